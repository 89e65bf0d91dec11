package eval

import (
	"bytes"
	"strings"
	"testing"
)

func TestNormalizeTag(t *testing.T) {
	for in, want := range map[string]string{
		"B-PER": "B-PERS", "I-PERSON": "I-PERS", "S-LOC": "B-LOC", "E-ORG": "I-ORG",
		"B-GPE": "B-LOC", "B_ORGANIZATION": "B-ORG", "O": "O", "": "O", "B-MISC": "B-MISC", "X": "X",
	} {
		if got := NormalizeTag(in); got != want {
			t.Errorf("NormalizeTag(%q) = %q, want %q", in, got, want)
		}
	}
}

// The conlleval counts: exact spans, I- after O starts a chunk, a type
// change inside a chunk starts another.
func TestNERScore(t *testing.T) {
	in := "محمد B-PERS\nعلي I-PERS\nفي O\nعمان B-LOC\n.\tO\n\nوزارة B-ORG\nالخارجية I-ORG\n"
	sents, err := ReadBIO(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 5 {
		t.Fatalf("ReadBIO: %d sentences, first with %d tokens; want 2 and 5", len(sents), len(sents[0].Tokens))
	}
	sc := NewNERScore()
	sc.Add(sents[0].Tags, []string{"B-PERS", "I-PERS", "O", "I-LOC", "O"}) // I- after O is a chunk
	sc.Add(sents[1].Tags, []string{"B-ORG", "I-LOC"})                      // type change: two wrong chunks
	if sc.All.Gold != 3 || sc.All.Pred != 4 || sc.All.Correct != 2 {
		t.Errorf("counts gold %d pred %d correct %d, want 3 4 2", sc.All.Gold, sc.All.Pred, sc.All.Correct)
	}
	var b bytes.Buffer
	sc.Report(&b)
	if !strings.Contains(b.String(), "processed 7 tokens with 3 phrases; found: 4 phrases; correct: 2.") {
		t.Errorf("Report:\n%s", b.String())
	}
}

func TestTypeFilter(t *testing.T) {
	gold := []BIOSentence{{Tokens: []string{"a", "b", "c"}, Tags: []string{"B-PER", "O", "B-GPE"}}}
	f, note := NewTypeFilter(gold, "")
	if note == "" || gold[0].Tags[0] != "B-PERS" || gold[0].Tags[2] != "B-LOC" {
		t.Errorf("gold tags %q, note %q: want ANERcorp names and a note that MISC is not scored", gold[0].Tags, note)
	}
	if got := f.Apply([]string{"B-MISC", "I-ORGANIZATION"}); got[0] != "O" || got[1] != "I-ORG" {
		t.Errorf("Apply = %q, want [O I-ORG]", got)
	}
	f, _ = NewTypeFilter(gold, "per")
	if got := f.Apply([]string{"B-PERSON", "B-LOC"}); got[0] != "B-PERS" || got[1] != "O" {
		t.Errorf("--types per: Apply = %q, want [B-PERS O]", got)
	}
	sc := NewNERScore()
	if err := sc.AddStream(gold, []BIOSentence{{Tags: []string{"B-PERS"}}, {Tags: []string{"O", "O"}}}, f); err != nil || sc.All.Correct != 1 {
		t.Errorf("AddStream: %v, correct %d, want 1", err, sc.All.Correct)
	}
	if err := sc.AddStream(gold, nil, f); err == nil {
		t.Error("AddStream with fewer system tokens: no error")
	}
}
