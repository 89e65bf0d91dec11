package conllu

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/rasid/rasid"
)

// A two-sentence sample written for this test: وبه (wa-bihi, "and with
// it") as a multi-word token و + ب + ه, an empty node, CRLF line ends and
// a final sentence without the closing blank line.
const sample = "\uFEFF# newdoc id = d1\n" +
	"# sent_id = d1-1\n" +
	"# text = وبه نبدأ.\n" +
	"1-3\tوبه\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"1\tو\tوَ\tCCONJ\tC---------\t_\t4\tcc\t_\t_\n" +
	"2\tب\tبِ\tADP\tP---------\t_\t3\tcase\t_\t_\n" +
	"3\tه\tهُوَ\tPRON\tSP---3MS2-\tCase=Gen\t4\tobl\t_\t_\n" +
	"4\tنبدأ\tبَدَأ\tVERB\tVIIA-1P--\tAspect=Imp|Person=1\t0\troot\t_\tSpaceAfter=No\n" +
	"4.1\tنحن\t_\t_\t_\t_\t_\t_\t4:nsubj\t_\n" +
	"5\t.\t.\tPUNCT\tG---------\t_\t4\tpunct\t_\t_\n" +
	"\n\n" +
	"# newpar\r\n" +
	"# sent_id = d1-2\r\n" +
	"1\tنعم\tنَعَم\tINTJ\t_\t_\t_\t_\t_\t_\r\n"

func readAll(t *testing.T, src string) []*Sentence {
	t.Helper()
	r := NewReader(strings.NewReader(src))
	var out []*Sentence
	for {
		s, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, s)
	}
}

func TestReader(t *testing.T) {
	ss := readAll(t, sample)
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	s := ss[0]
	if !s.NewDoc || s.DocID != "d1" || s.ID != "d1-1" || s.Text != "وبه نبدأ." || s.Line != 1 {
		t.Errorf("header = %+v", s)
	}
	if len(s.Tokens) != 3 {
		t.Fatalf("got %d tokens, want 3", len(s.Tokens))
	}
	mwt := s.Tokens[0]
	if !mwt.Multi || mwt.Form != "وبه" || len(mwt.Words) != 3 || mwt.Line != 4 {
		t.Errorf("multi-word token = %+v", mwt)
	}
	if w := mwt.Words[2]; w.Form != "ه" || w.Head != 4 || w.Feats != "Case=Gen" || w.Line != 7 {
		t.Errorf("word 3 = %+v", w)
	}
	if s.Tokens[1].SpaceAfter() || !s.Tokens[0].SpaceAfter() {
		t.Errorf("SpaceAfter wrong: %v %v", s.Tokens[0].SpaceAfter(), s.Tokens[1].SpaceAfter())
	}
	if got := len(s.Words()); got != 5 {
		t.Errorf("len(Words()) = %d, want 5 (empty node skipped)", got)
	}
	if got := s.SurfaceText(); got != "وبه نبدأ." {
		t.Errorf("SurfaceText() = %q", got)
	}
	s2 := ss[1]
	if !s2.NewPar || s2.NewDoc || s2.ID != "d1-2" || s2.Line != 13 {
		t.Errorf("sentence 2 header = %+v", s2)
	}
	if w := s2.Tokens[0].Words[0]; w.Head != NoHead || w.Form != "نعم" || w.Misc != "_" {
		t.Errorf("sentence 2 word = %+v", w)
	}
}

func TestReaderErrors(t *testing.T) {
	word := func(id, head string) string { return id + "\tx\tx\tX\t_\t_\t" + head + "\tdep\t_\t_\n" }
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"columns", "# c\n1\tx\tx\n", 2, "3 tab-separated columns"},
		{"bad id", word("a", "0"), 1, "bad word ID"},
		{"gap", word("1", "0") + word("3", "1"), 2, "word ID 3, want 2"},
		{"bad head", word("1", "x"), 1, "bad HEAD"},
		{"head out", word("1", "0") + word("2", "7") + "\n", 2, "outside the sentence"},
		{"range", "1-2\txy\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("1", "0") + "\n", 3, "ends inside multi-word token"},
		{"range start", word("1", "0") + "3-4\txy\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "want 2-N"},
		{"comment inside", word("1", "0") + "# late\n", 2, "comment line inside"},
		{"empty form", "1\t\tx\tX\t_\t_\t0\troot\t_\t_\n", 1, "empty FORM"},
		{"empty node id", word("1", "0") + "1.x\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "bad empty-node ID"},
		{"no words", "# only a comment\n\n", 1, "without words"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.src))
			var err error
			for err == nil {
				_, err = r.Next()
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error = %v, want *Error", err)
			}
			if ce.Line != tc.line || !strings.Contains(ce.Msg, tc.msg) {
				t.Errorf("error = %v, want line %d and %q", err, tc.line, tc.msg)
			}
			if _, err2 := r.Next(); err2 != err {
				t.Errorf("Next after error = %v, want the same error", err2)
			}
		})
	}
}

func TestMiscValue(t *testing.T) {
	tests := []struct{ misc, key, want string }{
		{"_", "SpaceAfter", ""},
		{"SpaceAfter=No", "SpaceAfter", "No"},
		{"LId=x_1|SpaceAfter=No", "SpaceAfter", "No"},
		{"Norm=a=b|X", "Norm", "a=b"},
		{"X|Y", "X", ""},
	}
	for _, tc := range tests {
		if got := MiscValue(tc.misc, tc.key); got != tc.want {
			t.Errorf("MiscValue(%q, %q) = %q, want %q", tc.misc, tc.key, got, tc.want)
		}
	}
}

// span returns the span of the n-th occurrence (from 0) of sub in text.
func span(text, sub string, n int) rasid.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic("no " + sub)
		}
		if n == 0 {
			return rasid.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func TestWriteDocumentRoundTrip(t *testing.T) {
	// Text written for this test: "Wal-kitabu jadid. Qara'tuhu\n(amsi)."
	text := "والكتاب جديد.  قرأته\n(أمس)."
	tok := func(sub string, n int, norm string, words ...rasid.Word) rasid.Token {
		return rasid.Token{Span: span(text, sub, n), Norm: norm, Words: words}
	}
	d := &rasid.Document{
		Text: text,
		Tokens: []rasid.Token{
			tok("والكتاب", 0, "والكتاب",
				rasid.Word{Form: "و", Lemma: "و", UPOS: "CCONJ"},
				rasid.Word{Form: "الكتاب", Lemma: "كتاب", UPOS: "NOUN", Feats: "Definite=Def"}),
			tok("جديد", 0, "جديد", rasid.Word{Form: "جديد", Lemma: "جديد", UPOS: "ADJ"}),
			tok(".", 0, "."),
			tok("قرأته", 0, "قراته",
				rasid.Word{Form: "قرأت", Lemma: "قرأ", UPOS: "VERB"},
				rasid.Word{Form: "ه", Lemma: "هو", UPOS: "PRON"}),
			tok("(", 0, "("),
			tok("أمس", 0, "امس"),
			tok(")", 0, ")"),
			tok(".", 1, "."),
		},
	}
	d.Sentences = []rasid.Span{
		{Start: 0, End: d.Tokens[2].End},
		{Start: d.Tokens[3].Start, End: len(text)},
	}
	var b strings.Builder
	if err := WriteDocument(&b, d, "doc7"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"# newdoc id = doc7\n# sent_id = doc7-1\n# text = والكتاب جديد.\n1-2\tوالكتاب\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\tو\tCCONJ\t_\t_\t_\t_\t_\t_\n",
		"3\tجديد\tجديد\tADJ\t_\t_\t_\t_\t_\tSpaceAfter=No\n",
		"# sent_id = doc7-2\n# text = قرأته (أمس).\n1-2\tقرأته\t_\t_\t_\t_\t_\t_\t_\tNorm=قراته\n",
		"4\tأمس\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|Norm=امس\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; output:\n%s", want, out)
		}
	}
	ss := readAll(t, out)
	if len(ss) != 2 {
		t.Fatalf("read back %d sentences, want 2", len(ss))
	}
	var got []Token
	for _, s := range ss {
		got = append(got, s.Tokens...)
	}
	if len(got) != len(d.Tokens) {
		t.Fatalf("read back %d tokens, want %d", len(got), len(d.Tokens))
	}
	for k, rt := range got {
		dt := d.Tokens[k]
		if rt.Form != dt.In(text) {
			t.Errorf("token %d form = %q, want %q", k, rt.Form, dt.In(text))
		}
		wantSpace := k+1 >= len(d.Tokens) || d.Tokens[k+1].Start != dt.End
		if rt.SpaceAfter() != wantSpace {
			t.Errorf("token %d %q SpaceAfter = %v, want %v", k, rt.Form, rt.SpaceAfter(), wantSpace)
		}
		nw := len(dt.Words)
		if nw == 0 {
			nw = 1
		}
		if len(rt.Words) != nw || rt.Multi != (len(dt.Words) > 1) {
			t.Errorf("token %d %q: %d words (multi %v), want %d", k, rt.Form, len(rt.Words), rt.Multi, nw)
		}
		for j, w := range dt.Words {
			if j < len(rt.Words) && (rt.Words[j].Lemma != w.Lemma || rt.Words[j].UPOS != w.UPOS) {
				t.Errorf("token %d word %d = %+v, want %+v", k, j, rt.Words[j], w)
			}
		}
	}
	if ss[0].SurfaceText() != "والكتاب جديد." {
		t.Errorf("SurfaceText = %q", ss[0].SurfaceText())
	}
}

func TestWriteDocumentOdd(t *testing.T) {
	// No sentence layer, a tab inside a token, a token outside the
	// sentence spans and an empty sentence: the output still parses and
	// keeps every token.
	text := "a\tb c d"
	d := &rasid.Document{Text: text, Tokens: []rasid.Token{
		{Span: rasid.Span{Start: 0, End: 3}}, {Span: rasid.Span{Start: 4, End: 5}}, {Span: rasid.Span{Start: 6, End: 7}},
	}}
	for _, sents := range [][]rasid.Span{nil, {{Start: 0, End: 3}, {Start: 3, End: 4}}, {{Start: 4, End: 5}}} {
		d.Sentences = sents
		var b strings.Builder
		if err := WriteDocument(&b, d, ""); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range readAll(t, b.String()) {
			n += len(s.Tokens)
		}
		if n != 3 {
			t.Errorf("sentences %v: read back %d tokens, want 3:\n%s", sents, n, b.String())
		}
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("1\ta\t_\t_\t_\t_\t99999999999\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, src string) {
		r := NewReader(strings.NewReader(src))
		for i := 0; i < 10000; i++ {
			s, err := r.Next()
			if err != nil {
				return
			}
			if len(s.Words()) == 0 {
				t.Fatalf("sentence without words returned")
			}
		}
		t.Fatalf("reader did not stop")
	})
}
