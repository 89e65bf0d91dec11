package quotes

import (
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// TestGluedPrepositionNoun: a noun with a preposition that the entity layer
// glued to the front of a name (بعزف + the person) is dropped when the rest
// is the person's usual form in the document, and kept when the name with
// the word is the usual one (names written for this test).
func TestGluedPrepositionNoun(t *testing.T) {
	forms := func(names ...string) *resolver {
		r := &resolver{formsDone: true}
		for _, n := range names {
			fw := strings.Fields(normalize.ForSearch(n))
			r.nameForms = append(r.nameForms, nameForm{typ: rasid.PER, canon: n, written: n, words: fw, fold: strings.Join(fw, " ")})
		}
		return r
	}
	r := forms("وليد الحسيني", "وليد الحسيني", "بعزف وليد الحسيني")
	if got := r.withoutGluedWord("بعزف وليد الحسيني"); got != "وليد الحسيني" {
		t.Errorf("glued noun kept: %q", got)
	}
	r = forms("بسام عبد الكريم", "بسام عبد الكريم", "عبد الكريم")
	if got := r.withoutGluedWord("بسام عبد الكريم"); got != "بسام عبد الكريم" {
		t.Errorf("a given name with ب dropped: %q", got)
	}
	r = forms("بندر آل سالم", "آل سالم", "آل سالم")
	if got := r.withoutGluedWord("بندر آل سالم"); got != "بندر آل سالم" {
		t.Errorf("a given name before آل dropped: %q", got)
	}
	r = forms("لطفي الحداد")
	if got := r.withoutGluedWord("لطفي الحداد"); got != "لطفي الحداد" {
		t.Errorf("a given name with ل dropped: %q", got)
	}
}
