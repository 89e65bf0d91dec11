package entity

import (
	"os"
	"strings"
	"testing"
)

// TestHeadBits checks headBits against stripHead for every class: each
// word of the classes, with every proclitic and with its article's alef
// dropped after ل, and the words of the test texts.
func TestHeadBits(t *testing.T) {
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, s := range headSets {
		for w := range s.set {
			add(w)
			for _, p := range procliticPrefixes {
				add(p + w)
				if rest, ok := strings.CutPrefix(w, "ا"); ok {
					add(p + rest)
				}
			}
		}
	}
	for _, f := range []string{"testdata/wire1.txt", "testdata/orgs1.txt", "testdata/press1.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			add(fold(w))
		}
	}
	for _, w := range append(words, "", "ل", "لل", "ا", "وا", "x") {
		b := headBits(w)
		for _, s := range headSets {
			if got, want := b&s.bit != 0, stripHead(w, s.set) != ""; got != want {
				t.Errorf("headBits(%q)&%#x = %v, stripHead says %v", w, s.bit, got, want)
			}
		}
		if b&hDone != 0 {
			t.Errorf("headBits(%q) has the done bit", w)
		}
	}
	for w, e := range headMasks {
		if headEntryOf(w) != e {
			t.Errorf("headFilter leaves out %q", w)
		}
	}
	if len(headSets) > 63 {
		t.Errorf("%d head classes: at most 63 fit with the done bit", len(headSets))
	}
	bits := uint64(0)
	for _, s := range headSets {
		if bits&s.bit != 0 || s.bit == 0 {
			t.Errorf("class bit %#x used twice or empty", s.bit)
		}
		bits |= s.bit
	}
}
