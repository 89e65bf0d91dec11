package quotes

import "testing"

// The bit sets spare look-ups only: every word of the lexicon and of
// known's lists passes them, and a word of no list is still not known.
func TestWordBits(t *testing.T) {
	for w := range lexicon {
		if !cueBits.may(w) || !knownBits.may(w) {
			t.Errorf("lexicon word %q is not in the bit sets", w)
		}
		if _, ok := lookupCue(w); !ok {
			t.Errorf("lookupCue(%q) misses a lexicon word", w)
		}
	}
	for _, l := range knownLists {
		for w, in := range l {
			if in && !known(w) {
				t.Errorf("known(%q) is false for a listed word", w)
			}
		}
	}
	for _, w := range []string{"", "قلم", "البرتقال", "xyz"} {
		_, inLexicon := lexicon[w]
		listed := inLexicon
		for _, l := range knownLists {
			listed = listed || l[w]
		}
		if known(w) != listed {
			t.Errorf("known(%q) = %v, the lists say %v", w, known(w), listed)
		}
	}
}
