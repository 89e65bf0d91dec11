package main

import (
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
