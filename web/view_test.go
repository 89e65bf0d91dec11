package web

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
)

// TestArticleViewKeepsText checks that the pieces of the article view give
// back the text, whatever the marks: overlapping, nested, out of bounds or
// inside a letter.
func TestArticleViewKeepsText(t *testing.T) {
	text := "قال وزير الخارجية سيرغي لافروف أمس إن «الحوار ممكن» في جنيف."
	s := &Server{}
	cases := map[string]*rasid.Document{
		"analysed": {Text: text},
		"odd marks": {Text: text,
			Entities: []rasid.Entity{{Span: rasid.Span{Start: 0, End: 40}, Type: "PER"}, {Span: rasid.Span{Start: 10, End: 20}, Type: "ORG"},
				{Span: rasid.Span{Start: 1, End: 3}, Type: "LOC"}, {Span: rasid.Span{Start: 50, End: 9999}, Type: "LOC"}, {Span: rasid.Span{Start: 30, End: 20}}},
			Dates:  []rasid.DateMention{{Span: rasid.Span{Start: 0, End: len(text)}, Value: "2022"}},
			Quotes: []rasid.Quote{{Span: rasid.Span{Start: 5, End: 60}, Cue: rasid.Span{Start: 0, End: 6}}, {Span: rasid.Span{Start: -4, End: 2}}},
		},
	}
	if err := testPipeline(t).Annotate(context.Background(), cases["analysed"]); err != nil {
		t.Fatal(err)
	}
	for name, d := range cases {
		v := s.newArticleView(d, rasid.Article{})
		var b strings.Builder
		for _, p := range v.Pieces {
			b.WriteString(p.Text)
		}
		if b.String() != text {
			t.Errorf("%s: pieces give %q, want %q", name, b.String(), text)
		}
	}
	if v := s.newArticleView(cases["analysed"], rasid.Article{}); len(v.People) == 0 || len(v.Quotes) == 0 || len(v.Dates) == 0 {
		t.Errorf("analysed: people %v, quotes %v, dates %v", v.People, v.Quotes, v.Dates)
	}
}

// TestArticleViewJSON reads a stored document back, with the layers of the
// aids when present.
func TestArticleViewJSON(t *testing.T) {
	raw := `{"schema":1,"text":"زار لافروف جنيف أمس.","date":"2022-02-07",
	"entities":[{"start":4,"end":10,"text":"لافروف","type":"PER","canonical":"سيرغي لافروف"},{"start":11,"end":15,"text":"جنيف","type":"LOC","canonical":"جنيف"}],
	"dates":[{"start":16,"end":19,"text":"أمس","value":"2022-02-06","kind":"date"}],
	"topics":[{"label":"politics","score":0.8},{"label":"economy","score":0.1}],
	"keyphrases":[{"text":"لافروف","lemma":"لافروف","score":1,"start":4,"end":10}],
	"summary":[{"start":0,"end":20,"text":"زار لافروف جنيف أمس."}]}`
	v, err := (&Server{}).articleViewJSON([]byte(raw), rasid.Article{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range v.Pieces {
		switch {
		case p.Ent != nil:
			got = append(got, p.Ent.Type+":"+p.Text+"="+p.Ent.Canonical)
		case p.Date != nil:
			got = append(got, "date:"+p.Text+"="+p.Date.Value)
		}
	}
	want := "per:لافروف=سيرغي لافروف loc:جنيف=جنيف date:أمس=2022-02-06"
	if strings.Join(got, " ") != want {
		t.Errorf("marks = %q, want %q", strings.Join(got, " "), want)
	}
	if len(v.Topics) != 1 || v.Topics[0].Name != "سياسة" || v.Topics[0].Pct != 80 || len(v.Keyphrases) != 1 || len(v.Summary) != 1 {
		t.Errorf("topics %+v, keyphrases %q, summary %q", v.Topics, v.Keyphrases, v.Summary)
	}
	if _, err := (&Server{}).articleViewJSON([]byte(`{"text": 3}`), rasid.Article{}); err == nil {
		t.Errorf("a malformed document gives no error")
	}
}

func TestFragments(t *testing.T) {
	snip := "أعلن وزير الطاقة أن الطاقة المتجددة"
	got := fragments(snip, []rasid.CharSpan{{Start: 10, End: 16}, {Start: 3, End: 4}, {Start: 20, End: 26}, {Start: 30, End: 99}})
	var b strings.Builder
	var hits []string
	for _, f := range got {
		b.WriteString(f.Text)
		if f.Hit {
			hits = append(hits, f.Text)
		}
	}
	if b.String() != snip || strings.Join(hits, "|") != "الطاقة|الطاقة" {
		t.Errorf("fragments = %+v", got)
	}
}

// FuzzArticleView checks, for any text and any marks, that the article
// view keeps the text whole and that the page renders without error and
// without a tag from the text.
func FuzzArticleView(f *testing.F) {
	f.Add("قال الوزير إن <script>alert(1)</script> مهم", 0, 3, 4, 10, 12, 40)
	f.Add("ab", 0, 1, 1, 2, 0, 2)
	f.Add("\xffقال", 1, 3, -1, 9, 2, 2)
	p, err := loadPages()
	if err != nil {
		f.Fatal(err)
	}
	s := &Server{pages: p}
	f.Fuzz(func(t *testing.T, text string, e0, e1, d0, d1, q0, q1 int) {
		d := &rasid.Document{Text: text,
			Entities: []rasid.Entity{{Span: rasid.Span{Start: e0, End: e1}, Type: "PER", Canonical: text}},
			Dates:    []rasid.DateMention{{Span: rasid.Span{Start: d0, End: d1}, Value: text}},
			Quotes:   []rasid.Quote{{Span: rasid.Span{Start: q0, End: q1}, Speaker: rasid.Speaker{Name: text}, Cue: rasid.Span{Start: e0, End: q1}}},
			Titles:   []rasid.Title{{Person: text, Title: text}},
		}
		v := s.newArticleView(d, rasid.Article{Title: text})
		var b strings.Builder
		for _, p := range v.Pieces {
			b.WriteString(p.Text)
		}
		if b.String() != text {
			t.Fatalf("pieces give %q, want %q", b.String(), text)
		}
		var out strings.Builder
		if err := p.sets["article"].ExecuteTemplate(&out, "layout", page{Title: text, Data: v}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "<s") && strings.Count(out.String(), "<script") != 1 {
			t.Fatalf("a script tag from the text reached the page")
		}
	})
}
