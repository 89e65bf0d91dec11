package eval

import (
	"math"
	"testing"
)

func TestSplitScores(t *testing.T) {
	var s SplitScores
	// A token of six letters: gold words end at 1, 2 and 6, the system's
	// at 1, 3 and 6 and its second word's form is restored.
	s.AddToken([]int{1, 2, 6}, []int{1, 3, 6}, func(i int) bool { return i == 1 })
	// a token of one word, split alike, nothing restored
	s.AddToken([]int{4}, []int{4}, nil)
	want := SplitScores{Gold: 4, System: 4, Match: 2, Restored: 0}
	if s != want {
		t.Fatalf("SplitScores = %+v, want %+v", s, want)
	}
	if got, w := s.String(), "words gold 4 system 4  P 50.00 R 50.00 F1 50.00  (restoring letters would change 0 words, 0.00%)"; got != w {
		t.Errorf("String() = %q, want %q", got, w)
	}
	s.AddToken([]int{1, 3}, []int{1, 3}, func(i int) bool { return i == 1 })
	if _, _, f := s.PRF(); s.Restored != 1 || math.Abs(f-66.6667) > 0.001 {
		t.Errorf("after a restored match: %+v F1 %.4f, want Restored 1, F1 66.6667", s, f)
	}
	var zero SplitScores
	if p, r, f := zero.PRF(); p != 0 || r != 0 || f != 0 {
		t.Errorf("zero PRF = %v %v %v, want 0 0 0", p, r, f)
	}
}
