package dates

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
)

// TestCorpus runs Find over about 2 MB of SaudiNewsNet articles, each
// against its own publication date, and checks what must hold on any real
// text: spans in bounds, ordered, not overlapping, on rune boundaries and
// not starting or ending with a space; a known kind and a non-empty value;
// the same output on a second run (the parser is pooled); and mentions
// found at all.
func TestCorpus(t *testing.T) {
	arts, err := corpus.SaudiNews(datatest.Path(t, "saudinewsnet"), 2<<20)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		pub, _ := time.Parse("2006-01-02", a.Date[:min(10, len(a.Date))])
		ms := Find(a.Content, pub)
		checkSpans(t, a.Content, ms)
		again := Find(a.Content, pub)
		if len(again) != len(ms) {
			t.Fatalf("%s: %d mentions, then %d on a second run", a.URL, len(ms), len(again))
		}
		for k := range ms {
			if ms[k] != again[k] {
				t.Fatalf("%s: mention %d is %+v, then %+v on a second run", a.URL, k, ms[k], again[k])
			}
		}
		n += len(ms)
	}
	if n < len(arts) {
		t.Errorf("%d mentions in %d articles: fewer than one an article", n, len(arts))
	}
}

func checkSpans(t *testing.T, text string, ms []rasid.DateMention) {
	t.Helper()
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad span %v after %d in %q", m.Span, last, text)
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Fatalf("span %v (%q) not on rune boundaries", m.Span, m.In(text))
		}
		if s := m.In(text); s[0] == ' ' || s[len(s)-1] == ' ' {
			t.Errorf("span %q starts or ends with a space", s)
		}
		switch m.Kind {
		case "date", "time", "duration", "set", "range":
		default:
			t.Fatalf("%q: kind %q", m.In(text), m.Kind)
		}
		if m.Value == "" {
			t.Fatalf("%q: empty value", m.In(text))
		}
		last = m.End
	}
}
