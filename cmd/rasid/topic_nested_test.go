package main

import (
	"fmt"
	"math"
	"testing"

	"github.com/rasid/rasid"
)

// TestDecide checks the prior shift of the nested selection: β 0 keeps
// the first topic, a negative β favours the rarer label.
func TestDecide(t *testing.T) {
	ats := []articleTerms{{id: "a", label: "big"}, {id: "b", label: "big"}, {id: "c", label: "big"}, {id: "d", label: "small"}}
	prior := logPrior(ats, func(string) bool { return true })
	if math.Abs(prior["big"]-math.Log(0.75)) > 1e-12 || math.Abs(prior["small"]-math.Log(0.25)) > 1e-12 {
		t.Fatalf("logPrior = %v", prior)
	}
	ts := []rasid.Topic{{Label: "big", Score: 0.55}, {Label: "small", Score: 0.45}}
	for _, c := range []struct {
		beta float64
		want string
	}{{0, "big"}, {0.1, "big"}, {-0.1, "big"}, {-0.3, "small"}} {
		if got := decide(ts, prior, c.beta); got != c.want {
			t.Errorf("decide(β %.1f) = %s, want %s", c.beta, got, c.want)
		}
	}
}

// TestSelfTrainFolds: --folds n above 1 splits the articles into n parts
// (each scored once), not max(n, 5); without it the held-out part is the
// first of 5.
func TestSelfTrainFolds(t *testing.T) {
	for _, c := range []struct{ folds, want int }{{0, 5}, {1, 5}, {2, 2}, {3, 3}, {5, 5}, {10, 10}} {
		if got := selfTrainFolds(c.folds); got != c.want {
			t.Errorf("selfTrainFolds(%d) = %d, want %d", c.folds, got, c.want)
		}
	}
	var ats []articleTerms
	for i := range 300 {
		ats = append(ats, articleTerms{id: fmt.Sprintf("art-%d", i)})
	}
	fold := foldOf(ats, selfTrainFolds(3))
	seen := map[int]int{}
	for _, a := range ats {
		f, ok := fold[a.id]
		if !ok || f < 0 || f >= 3 {
			t.Fatalf("article %s in fold %d (%v), want one of 0-2", a.id, f, ok)
		}
		seen[f]++
	}
	if len(seen) != 3 {
		t.Errorf("folds used %v, want 3", seen)
	}
}
