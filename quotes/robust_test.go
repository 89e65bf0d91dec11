package quotes_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

func find(t testing.TB, text string) (*rasid.Document, []rasid.Quote) {
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d, quotes.Find(d)
}

// checkInvariants checks what every output must satisfy: spans in bounds,
// on rune boundaries, non-empty content, known kinds.
func checkInvariants(t testing.TB, d *rasid.Document, qs []rasid.Quote) {
	t.Helper()
	ok := func(s rasid.Span) bool {
		if s.Start < 0 || s.Start > s.End || s.End > len(d.Text) {
			return false
		}
		return (s.Start == len(d.Text) || utf8.RuneStart(d.Text[s.Start])) &&
			(s.End == len(d.Text) || utf8.RuneStart(d.Text[s.End]))
	}
	for _, q := range qs {
		if !ok(q.Span) || q.Len() == 0 || !ok(q.Cue) || !ok(q.Speaker.Span) {
			t.Fatalf("bad spans in %+v for %q", q, d.Text)
		}
		if q.Kind != quotes.Direct && q.Kind != quotes.Indirect {
			t.Fatalf("bad kind %q", q.Kind)
		}
	}
}

// TestOddInput runs Find on text that is not news: nothing panics and the
// invariants hold.
func TestOddInput(t *testing.T) {
	cases := []string{
		"",
		" ",
		"«",
		"»«",
		"\"\"\"\"\"",
		"قال",
		"قال:",
		"قال إن",
		// a title at the very end after an attribution: the name after it
		// was read past the last token
		"قررت النقابة تأجيل الإضراب، وفق ما أكده مراسل",
		"حسب ما أوضحه رئيس قسم الطب الاستعجالي لجنة الكوارث",
		"وقال: «",
		"«»",
		"«قال»",
		"بحسب",
		"وفقا ل",
		"على حد",
		"نقلا عن",
		"قال الوزير إن\n",
		"مؤكدا أن",
		"He said: \"yes, it is true\".",
		"١٢٣ قال ٤٥٦: «٧٨٩ ٠١٢ ٣٤٥»",
		"قَالَ الوَزِيرُ إِنَّ الوَضْعَ مُسْتَقِرٌّ.",
		"قـــال الـوزيـر: «الوضع مستقر تماما».",
		strings.Repeat("ق", 5000) + " قال: «" + strings.Repeat("ا", 5000) + "»",
		"\xff\xfe قال \xff إن \xff",
		"“الوضع مستقر تماما هنا”، قال المتحدث.",
		"”الوضع مستقر تماما هنا“، قال المتحدث.",
		"»الوضع مستقر تماما هنا«، قال المتحدث.",
	}
	for _, c := range cases {
		d, qs := find(t, c)
		checkInvariants(t, d, qs)
	}
}

// TestLongInput feeds long runs of marks and cues without sentence ends;
// the cost must stay linear (a quadratic pass would make this test crawl).
func TestLongInput(t *testing.T) {
	for _, unit := range []string{
		"«", "\"", "قال ", "وقال الوزير إن ", "بحسب الوزارة ", "مؤكدا أن ", "« قال: ",
		"الرئيس فلان قال إن ", "، مشيرا إلى أن ", "وفقا للوزارة، ",
	} {
		d, qs := find(t, strings.Repeat(unit, 20000))
		checkInvariants(t, d, qs)
	}
	// a long document with an entity on every line: the speaker look-ups
	// over entities and titles must not be quadratic
	text := strings.Repeat("وقال وزير الخارجية سيرغي لافروف إن الوضع صعب. وأضاف لافروف أن الحل ممكن. "+
		"وقالت الهيئة إن البيان صدر. وبحسب بيانات المنظمة الدولية، فإن العدد ارتفع. وأكد السيد أن الأمر انتهى.\n", 3000)
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for off := 0; ; {
		k := strings.Index(text[off:], "لافروف")
		if k < 0 {
			break
		}
		d.Entities = append(d.Entities, rasid.Entity{Span: rasid.Span{Start: off + k, End: off + k + len("لافروف")}, Type: rasid.PER, Canonical: "سيرغي لافروف الآخر"})
		off += k + len("لافروف")
	}
	checkInvariants(t, d, quotes.Find(d))
}

// FuzzFind checks the invariants on arbitrary text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"قال الوزير إن الوضع مستقر.",
		"وأضاف: «نحن مستعدون». وتابع أن الحكومة ستعمل.",
		"«لا يمكن ذلك»، قال لافروف.",
		"ارتفع العدد، وفقاً لوزارة الصحة.",
		"وبحسب المصدر، فإن الاجتماع تأجل.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d, qs := find(t, s)
		checkInvariants(t, d, qs)
	})
}

// TestBadLayers gives Find entity and title spans that do not fit the
// text: they are ignored, nothing panics.
func TestBadLayers(t *testing.T) {
	text := "قال وزير الخارجية سيرغي لافروف إن الوضع مستقر. وأضاف: «لن نتراجع عن قرارنا»."
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	d.Entities = []rasid.Entity{
		{Span: rasid.Span{Start: -5, End: 3}, Type: rasid.PER},
		{Span: rasid.Span{Start: 10, End: 5}, Type: rasid.ORG},
		{Span: rasid.Span{Start: 20, End: len(text) + 40}, Type: rasid.LOC},
		{Span: rasid.Span{Start: 1, End: 2}, Type: rasid.PER}, // inside a rune
	}
	d.Titles = []rasid.Title{{Span: rasid.Span{Start: 3, End: 9999}, Person: "x"}, {Person: "y", Title: ""}}
	qs := quotes.Find(d)
	checkInvariants(t, d, qs)
	if len(qs) != 2 {
		t.Errorf("Find = %d quotes, want 2", len(qs))
	}
}
