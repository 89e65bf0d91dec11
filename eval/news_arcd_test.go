package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeARCD writes a data folder holding arcd/arcd-train.json with two
// articles of sentences written for this test, and returns its path and
// the text of article 1, paragraph 1.
func fakeARCD(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	text := " ولد سالم الحربي في تبوك، ودرس في جامعة القاهرة قبل أن ينتقل إلى بغداد.\n"
	doc := map[string]any{"version": "1.1", "data": []any{
		map[string]any{"title": "أ", "paragraphs": []any{
			map[string]any{"context": "فقرة أولى عن نهر النيل.", "qas": []any{}},
		}},
		map[string]any{"title": "ب", "paragraphs": []any{
			map[string]any{"context": "فقرة لا تعني الاختبار.", "qas": []any{}},
			map[string]any{"context": text, "qas": []any{map[string]any{"id": "q1", "question": "أين ولد؟"}}},
		}},
	}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "arcd"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "arcd", "arcd-train.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, text
}

// span returns the code point span of the first occurrence of sub in text.
func span(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	s := len([]rune(text[:i]))
	return s, s + len([]rune(sub))
}

func writeAnnotation(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name+".json"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestNewsARCD loads an annotation of an ARCD paragraph from a fake data
// folder: the text is the context as it stands (white space kept), the
// hash is checked, layers are checked, and the entity score can be limited
// to some types, the layers without gold items printing n/a.
func TestNewsARCD(t *testing.T) {
	data, text := fakeARCD(t)
	sum := sha256.Sum256([]byte(text))
	hash := hex.EncodeToString(sum[:])
	ann := t.TempDir()
	ents := ""
	for i, e := range []struct{ name, typ string }{{"سالم الحربي", "PER"}, {"تبوك", "LOC"}, {"جامعة القاهرة", "ORG"}, {"بغداد", "LOC"}} {
		s, en := span(t, text, e.name)
		if i > 0 {
			ents += ","
		}
		ents += fmt.Sprintf(`{"start": %d, "end": %d, "type": %q}`, s, en, e.typ)
	}
	head := `{"source": {"corpus": "arcd", "file": "train", "article": 1, "paragraph": 1}, "date": "", "sha256": %q, "chars": %d, "layers": %s,
"entities": [%s], "titles": [], "quotes": [], "dates": []}`
	writeAnnotation(t, ann, "01_arcd-train-1-1", fmt.Sprintf(head, hash, len([]rune(text)), `["entities"]`, ents))
	arts, err := LoadNews(ann, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Text != text || len(arts[0].Gold.Entities) != 4 {
		t.Fatalf("loaded %+v", arts)
	}
	if g := arts[0].Gold; !g.Annotates("entities") || g.Annotates("quotes") {
		t.Errorf("layers %v: entities %v, quotes %v", g.Layers, g.Annotates("entities"), g.Annotates("quotes"))
	}

	// A system that finds the person and the university, calls Baghdad an
	// ORG, and adds a MISC.
	var sys NewsSystem
	add := func(name, typ string) {
		s, e := span(t, text, name)
		sys.Entities = append(sys.Entities, struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Type  string `json:"type"`
		}{s, e, name, typ})
	}
	add("سالم الحربي", "PER")
	add("جامعة القاهرة", "ORG")
	add("بغداد", "ORG")
	add("القاهرة", "MISC")
	all := NewNewsScore()
	all.Add(arts[0], sys)
	if f := all.Figures(); all.EntTP["PER"] != 1 || all.EntFP["MISC"] != 1 || all.EntFN["LOC"] != 2 || f.EntityF1 < 49.9 || f.EntityF1 > 50.1 {
		t.Errorf("all types: TP %v FP %v FN %v F1 %.1f; want F1 50", all.EntTP, all.EntFP, all.EntFN, f.EntityF1)
	}
	three := NewNewsScore()
	if err := three.OnlyTypes([]string{"PER", "LOC", "ORG"}); err != nil {
		t.Fatal(err)
	}
	three.Add(arts[0], sys)
	f := three.Figures()
	// 2 right of 3 found (the MISC is left out), 2 of 4 gold.
	if p, r := f.EntityP, f.EntityR; p < 66.6 || p > 66.7 || r != 50 {
		t.Errorf("PER,LOC,ORG: P %.1f R %.1f; want 66.7 and 50", p, r)
	}
	rep := three.Report()
	for _, want := range []string{"PER, ORG, LOC only", "quotes    recall   n/a  speaker accuracy   n/a  (0 gold)", "dates     recall   n/a  value accuracy   n/a  (0 gold)"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	if strings.Contains(rep, "MISC") {
		t.Errorf("report of PER,LOC,ORG names MISC:\n%s", rep)
	}
	if err := NewNewsScore().OnlyTypes([]string{"PER", "GPE"}); err == nil {
		t.Error("OnlyTypes accepted GPE")
	}

	// Refusals: a changed text, an unknown paragraph or file, an unknown
	// layer, quotes in an entities-only file.
	for _, c := range []struct{ name, body, want string }{
		{"hash", fmt.Sprintf(head, strings.Repeat("0", 64), 1, `["entities"]`, ents), "hash differs"},
		{"paragraph", strings.Replace(fmt.Sprintf(head, hash, 1, `["entities"]`, ents), `"paragraph": 1`, `"paragraph": 7`, 1), "no paragraph 7 of article 1"},
		{"file", strings.Replace(fmt.Sprintf(head, hash, 1, `["entities"]`, ents), `"train"`, `"dev"`, 1), "want train or test"},
		{"layer", fmt.Sprintf(head, hash, 1, `["entities", "speakers"]`, ents), "unknown layer"},
		{"quotes", strings.Replace(fmt.Sprintf(head, hash, 1, `["entities"]`, ents), `"quotes": []`, `"quotes": [{"start": 0, "end": 3, "speaker": "x", "kind": "direct"}]`, 1), "leaves them out"},
	} {
		d := t.TempDir()
		writeAnnotation(t, d, c.name, c.body)
		if _, err := LoadNews(d, data); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v; want one saying %q", c.name, err, c.want)
		}
	}
}
