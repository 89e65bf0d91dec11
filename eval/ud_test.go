package eval

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// conllu builds a CoNLL-U file from sentences of token specs: "abc" is a
// plain word, "abc a b c" a multi-word token "abc" with words a, b, c.
// Every word gets HEAD 0 and no other annotation.
func conlluOf(sents ...[]string) string {
	var b strings.Builder
	for _, sent := range sents {
		id := 0
		for _, spec := range sent {
			parts := strings.Fields(spec)
			if len(parts) == 1 {
				id++
				fmt.Fprintf(&b, "%d\t%s\t_\t_\t_\t_\t0\t_\t_\t_\n", id, parts[0])
				continue
			}
			fmt.Fprintf(&b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", id+1, id+len(parts)-1, parts[0])
			for _, w := range parts[1:] {
				id++
				fmt.Fprintf(&b, "%d\t%s\t_\t_\t_\t_\t0\t_\t_\t_\n", id, w)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func mustRead(t *testing.T, src string) *UDTreebank {
	t.Helper()
	tb, err := ReadUD(strings.NewReader(src))
	if err != nil {
		t.Fatalf("ReadUD: %v\n%s", err, src)
	}
	return tb
}

func mustScore(t *testing.T, gold, system string) *UDReport {
	t.Helper()
	r, err := ScoreUD(mustRead(t, gold), mustRead(t, system))
	if err != nil {
		t.Fatalf("ScoreUD: %v", err)
	}
	return r
}

// TestAlignWords checks the number of aligned words on cases worked out by
// hand from the definition.
func TestAlignWords(t *testing.T) {
	tests := []struct {
		gold, system []string
		aligned      int
	}{
		{[]string{"a"}, []string{"a"}, 1},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, 3},
		{[]string{"abc a b c"}, []string{"a", "b", "c"}, 3},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "c", "d"}, 4},
		{[]string{"abcd a b c d"}, []string{"ab a b", "cd c d"}, 4},
		{[]string{"abc a b c", "de d e"}, []string{"a", "bcd b c d", "e"}, 5},
		{[]string{"abcd"}, []string{"a", "b", "c", "d"}, 0},
		{[]string{"abc", "d"}, []string{"a", "b", "c", "d"}, 1},
		{[]string{"a", "bc", "d"}, []string{"a", "b", "c", "d"}, 2},
		// gold a | b c (MWT) | d against a | b | cd: only a and b align.
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "cd"}, 2},
		// Forms compare case-insensitively.
		{[]string{"abc a BX c", "def d EX f"}, []string{"ab a b", "cd c d", "ef e f"}, 4},
		// Clitics: gold writes ل + أوباما as two tokens (PUD), the system
		// as one surface token with two words; both words align.
		{[]string{"ل", "أوباما"}, []string{"لأوباما ل أوباما"}, 2},
		// The system keeps the surface token whole: no word aligns.
		{[]string{"ل", "أوباما"}, []string{"لأوباما"}, 0},
		// لل (li-l, "for the") written as ل + ال: forms differ from the
		// letters; LCS still aligns ل.
		{[]string{"للسلطة ل ال سلطة"}, []string{"للسلطة ل لسلطة"}, 1},
	}
	for _, tc := range tests {
		name := strings.Join(tc.gold, "|") + " vs " + strings.Join(tc.system, "|")
		t.Run(name, func(t *testing.T) {
			r := mustScore(t, conlluOf(tc.gold), conlluOf(tc.system))
			w, _ := r.Score("Words")
			if w.Correct != tc.aligned {
				t.Errorf("aligned words = %d, want %d", w.Correct, tc.aligned)
			}
		})
	}
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

type want struct {
	metric        string
	p, r, f1, acc float64 // acc < 0: no aligned accuracy
	na            bool
}

func check(t *testing.T, r *UDReport, ws []want) {
	t.Helper()
	for _, w := range ws {
		s, ok := r.Score(w.metric)
		if !ok {
			t.Errorf("no metric %s", w.metric)
			continue
		}
		if s.NA != w.na {
			t.Errorf("%s: NA = %v, want %v", w.metric, s.NA, w.na)
		}
		if w.na {
			continue
		}
		if !approx(s.Precision(), w.p) || !approx(s.Recall(), w.r) || !approx(s.F1(), w.f1) {
			t.Errorf("%s: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f (%+v)", w.metric,
				s.Precision(), s.Recall(), s.F1(), w.p, w.r, w.f1, s)
		}
		if w.acc >= 0 && (!s.OnAligned || !approx(s.AlignedAccuracy(), w.acc)) {
			t.Errorf("%s: aligned accuracy = %.4f (on aligned %v), want %.4f", w.metric, s.AlignedAccuracy(), s.OnAligned, w.acc)
		}
	}
}

// Gold: wa-kataba l-waladu . | ja'a amsi ("and the boy wrote. He came
// yesterday"), written for this test. وكتب is a multi-word token و + كتب.
const goldSmall = `# sent_id = 1
# text = وكتب الولد .
1-2	وكتب	_	_	_	_	_	_	_	_
1	و	وَ	CCONJ	C	_	2	cc	_	_
2	كتب	كَتَب	VERB	V	Aspect=Perf|LId=x	0	root	_	_
3	الولد	وَلَد	NOUN	N	Case=Nom|Definite=Def	2	nsubj	_	_
4	.	.	PUNCT	G	_	2	punct	_	_

# sent_id = 2
# text = جاء أمس
1	جاء	جَاء	VERB	V	_	0	root	_	_
2	أمس	أَمسِ	ADV	D	_	1	advmod	_	_

`

// TestScoreUD: the system misses the multi-word token and the sentence
// boundary, tags أمس as a noun and writes undiacritised lemmas.
func TestScoreUD(t *testing.T) {
	system := `# text = وكتب الولد . جاء أمس
1	وكتب	كتب	VERB	_	_	_	_	_	_
2	الولد	ولد	NOUN	_	_	_	_	_	_
3	.	.	PUNCT	_	_	_	_	_	_
4	جاء	جاء	VERB	_	_	_	_	_	_
5	أمس	أمس	NOUN	_	_	_	_	_	_

`
	r := mustScore(t, goldSmall, system)
	// 5 gold and 5 system tokens with equal spans. 2 gold sentences, 1
	// system sentence: none matches. Words: gold 6, system 5; و and كتب
	// do not align with وكتب, the other 4 do. UPOS: 3 of the 4 aligned
	// agree (أمس ADV ≠ NOUN). Lemmas as written: only "." agrees; without
	// diacritics all 4 do.
	check(t, r, []want{
		{"Tokens", 1, 1, 1, -1, false},
		{"Sentences", 0, 0, 0, -1, false},
		{"Words", 4. / 5, 4. / 6, 8. / 11, -1, false},
		{"UPOS", 3. / 5, 3. / 6, 6. / 11, 3. / 4, false},
		{"Lemmas", 1. / 5, 1. / 6, 2. / 11, 1. / 4, false},
		{"LemmasBare", 4. / 5, 4. / 6, 8. / 11, 1, false},
		{"XPOS", 0, 0, 0, 0, true},
		{"UFeats", 0, 0, 0, 0, true},
		{"AllTags", 0, 0, 0, 0, true},
		{"UAS", 0, 0, 0, 0, true},
		{"LAS", 0, 0, 0, 0, true},
	})
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	table := b.String()
	for _, line := range []string{
		"Metric     | Precision |    Recall |  F1 Score | AligndAcc\n",
		"Tokens     |    100.00 |    100.00 |    100.00 |\n",
		"Words      |     80.00 |     66.67 |     72.73 |\n",
		"UPOS       |     60.00 |     50.00 |     54.55 |     75.00\n",
		"XPOS       |       n/a |       n/a |       n/a |       n/a\n",
		"LemmasBare |     80.00 |     66.67 |     72.73 |    100.00\n",
	} {
		if !strings.Contains(table, line) {
			t.Errorf("table lacks %q:\n%s", line, table)
		}
	}
}

// TestScoreUDMultiword: the same text with the multi-word token found and
// the sentences split; heads and labels partly right.
func TestScoreUDMultiword(t *testing.T) {
	system := `1-2	وكتب	_	_	_	_	_	_	_	_
1	و	و	CCONJ	C	_	2	cc	_	_
2	كتب	كتب	VERB	V	Aspect=Perf	0	root	_	_
3	الولد	ولد	NOUN	N	Definite=Def|Case=Nom	2	obj	_	_
4	.	.	PUNCT	G	_	3	punct	_	_

1	جاء	جاء	VERB	V	_	0	root	_	_
2	أمس	أمس	ADV	D	Foo=Bar	1	advmod:tmod	_	_

`
	r := mustScore(t, goldSmall, system)
	// All 6 words align. Lemmas as written: only "." agrees (و ≠ وَ). UFeats compares universal features, sorted
	// (LId and Foo are dropped). Heads: "." points to الولد instead of
	// كتب: UAS 5/6. LAS also loses الولد (obj ≠ nsubj); advmod:tmod counts
	// as advmod: 4/6. CLAS counts content relations only (root, nsubj,
	// root, advmod in gold: 4 words; system: root, obj, root, advmod):
	// كتب, جاء, أمس agree: 3.
	check(t, r, []want{
		{"Sentences", 1, 1, 1, -1, false},
		{"Words", 1, 1, 1, -1, false},
		{"UPOS", 1, 1, 1, 1, false},
		{"UFeats", 1, 1, 1, 1, false},
		{"AllTags", 1, 1, 1, 1, false},
		{"Lemmas", 1. / 6, 1. / 6, 1. / 6, 1. / 6, false},
		{"LemmasBare", 1, 1, 1, 1, false},
		{"UAS", 5. / 6, 5. / 6, 5. / 6, 5. / 6, false},
		{"LAS", 4. / 6, 4. / 6, 4. / 6, 4. / 6, false},
		{"CLAS", 3. / 4, 3. / 4, 3. / 4, 3. / 4, false},
	})
}

func TestScoreUDMismatch(t *testing.T) {
	gold := conlluOf([]string{"ab", "c"}, []string{"de"})
	system := conlluOf([]string{"ab", "c", "dx"})
	_, err := ScoreUD(mustRead(t, gold), mustRead(t, system))
	var me *UDMismatchError
	if !errors.As(err, &me) {
		t.Fatalf("err = %v, want *UDMismatchError", err)
	}
	if me.Offset != 4 || me.GoldLine != 4 || me.SystemLine != 3 || me.Gold != "e" || me.System != "x" {
		t.Errorf("mismatch = %+v", me)
	}
	// Spaces (category Zs) inside a FORM are ignored, as officially.
	if _, err := ScoreUD(mustRead(t, conlluOf([]string{"ab", "c"})), mustRead(t, "1\ta\u00a0b\t_\t_\t_\t_\t0\t_\t_\t_\n2\tc\t_\t_\t_\t_\t0\t_\t_\t_\n\n")); err != nil {
		t.Errorf("NBSP inside a form: %v", err)
	}
	// A shorter system file.
	_, err = ScoreUD(mustRead(t, gold), mustRead(t, conlluOf([]string{"ab"})))
	if !errors.As(err, &me) || me.Offset != 2 || me.SystemLine != 0 {
		t.Errorf("short system: err = %v", err)
	}
}

// FuzzScoreUD: any pair of readable files scores without panicking, and
// scores stay within their counts.
func FuzzScoreUD(f *testing.F) {
	f.Add(goldSmall, conlluOf([]string{"وكتب", "الولد", ".", "جاء", "أمس"}))
	f.Add(conlluOf([]string{"abc a b c", "de d e"}), conlluOf([]string{"a", "bcd b c d", "e"}))
	f.Fuzz(func(t *testing.T, gold, system string) {
		g, err := ReadUD(strings.NewReader(gold))
		if err != nil {
			return
		}
		s, err := ReadUD(strings.NewReader(system))
		if err != nil {
			return
		}
		r, err := ScoreUD(g, s)
		if err != nil {
			return
		}
		for _, sc := range r.Scores {
			if sc.Correct > sc.Gold || sc.Correct > sc.System || (sc.OnAligned && sc.Correct > sc.Aligned) {
				t.Fatalf("%+v", sc)
			}
		}
	})
}

func TestUDDocuments(t *testing.T) {
	// Two documents: one of two sentences ("kataba. qara'a." — "he wrote.
	// he read."), the second without a "# text" line, and one whose
	// newdoc has no id.
	const gold = "# newdoc id = x\n# text = كتب.\n1\tكتب\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n" +
		"1\tقرأ\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n" +
		"# newdoc\n# text = نعم\n1\tنعم\t_\tINTJ\t_\t_\t0\troot\t_\t_\n\n"
	docs, err := UDDocuments(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	want := []UDDoc{{"x", "كتب. قرأ."}, {"doc2", "نعم"}}
	if fmt.Sprint(docs) != fmt.Sprint(want) {
		t.Errorf("UDDocuments = %q, want %q", docs, want)
	}
	if _, err := UDDocuments(strings.NewReader("1\tx\n\n")); err == nil || !strings.HasPrefix(err.Error(), "gold: conllu: line 1") {
		t.Errorf("UDDocuments(bad) error = %v, want gold: conllu: line 1 …", err)
	}
}
