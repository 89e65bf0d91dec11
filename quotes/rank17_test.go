package quotes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rasid/rasid/quotes"
)

// TestRankHoldGroup: a speaker the rules read as an unnamed source, a
// plural of people or a quantifier of people is held (hold=group: the
// ranker may not replace it), a named person, a definite source noun
// (anaphoric) or an official alone is not (session 17, sentences written
// for this test).
func TestRankHoldGroup(t *testing.T) {
	held := func(text, marker string) (string, bool) {
		d, _ := findFull(t, text)
		for _, q := range quotes.Candidates(d) {
			if !strings.Contains(text[q.Quote.Start:q.Quote.End], marker) {
				continue
			}
			for _, c := range q.Candidates {
				if c.Rules {
					return c.Name, slices.Contains(c.Feats, "hold=group")
				}
			}
			return q.Quote.Speaker.Name, false
		}
		t.Fatalf("no quote with %q in %q", marker, text)
		return "", false
	}
	const before = "استقبل وزير الخارجية سامر الحداد نظيره في العاصمة أمس. "
	for _, c := range []struct {
		text string
		want bool
	}{
		{"وقال مصدر دبلوماسي إن المحادثات تناولت ملف الحدود.", true},
		{"وذكرت مصادر مطلعة أن المحادثات تناولت ملف الحدود.", true},
		{"ويرى محللون أن المحادثات تناولت ملف الحدود.", true},
		{"ويرى المراقبون أن المحادثات تناولت ملف الحدود.", true},
		{"وقال أحد الدبلوماسيين إن المحادثات تناولت ملف الحدود.", true},
		{"وقال الحداد إن المحادثات تناولت ملف الحدود.", false},
		{"وأوضح المصدر أن المحادثات تناولت ملف الحدود.", false},
	} {
		name, got := held(before+c.text, "المحادثات")
		if got != c.want {
			t.Errorf("%q: rules' speaker %q held %v, want %v", c.text, name, got, c.want)
		}
		if c.want {
			if _, qs := findFull(t, before+c.text); len(qs) == 0 || strings.Contains(qs[len(qs)-1].Speaker.Name, "الحداد") {
				t.Errorf("%q: the ranker replaced the held speaker: %v", c.text, qs)
			}
		}
	}
}
