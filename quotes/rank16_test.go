package quotes_test

import (
	"strings"
	"testing"

	"github.com/rasid/rasid/quotes"
)

// TestRankAddressee: the outlet a source speaks to (لـ after the cue and
// its subject) is no candidate of the quote; named in the sentence before,
// it is one (session 16, sentences written for this test).
func TestRankAddressee(t *testing.T) {
	cands := func(text, marker string) map[string]bool {
		d, _ := findFull(t, text)
		out := map[string]bool{}
		found := false
		for _, q := range quotes.Candidates(d) {
			if strings.Contains(text[q.Quote.Start:q.Quote.End], marker) {
				found = true
				for _, c := range q.Candidates {
					out[c.Name] = true
				}
			}
		}
		if !found {
			t.Fatalf("no quote with %q in %q", marker, text)
		}
		return out
	}
	got := cands("وقال مصدر حكومي لـ«رويترز» إن الاجتماع تأجل إلى الأسبوع المقبل.", "الاجتماع")
	for n := range got {
		if strings.Contains(n, "رويترز") {
			t.Errorf("the addressee is a candidate: %v", got)
		}
	}
	got = cands("نشرت رويترز تقريرا عن الأزمة أمس. وقال مصدر حكومي إن الاجتماع تأجل إلى الأسبوع المقبل.", "الاجتماع")
	ok := false
	for n := range got {
		ok = ok || strings.Contains(n, "رويترز")
	}
	if !ok {
		t.Errorf("the agency of the sentence before is no candidate: %v", got)
	}
}
