package learn

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// viterbiEveryMove is Viterbi as first written: every move into a label
// tried in label order, the forbidden ones skipped.
func viterbiEveryMove(t *Transitions, n int, em []float32) []int {
	k := t.K
	neg := float32(math.Inf(-1))
	score, back := make([]float32, n*k), make([]int, n*k)
	for b := 0; b < k; b++ {
		score[b] = neg
		if t.ok(k*k + b) {
			score[b] = em[b] + t.Score[k*k+b]
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < k; b++ {
			best, arg := neg, 0
			for a := 0; a < k; a++ {
				if !t.ok(a*k + b) {
					continue
				}
				if s := score[(i-1)*k+a] + t.Score[a*k+b]; s > best {
					best, arg = s, a
				}
			}
			score[i*k+b], back[i*k+b] = best+em[i*k+b], arg
		}
	}
	out := make([]int, n)
	best := neg
	for b := 0; b < k; b++ {
		if s := score[(n-1)*k+b]; s > best {
			best, out[n-1] = s, b
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*k+out[i]]
	}
	return out
}

// ViterbiInto, which reads only the allowed moves, gives the labels of
// trying every move, ties (small integer scores make many) and
// unreachable labels included, with one scratch shared by two models.
func TestViterbiAllowedMoves(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const k = 9 // O and B/I of four types, as the entity model
	bio := NewTransitions(k, func(a, b int) bool {
		return b == 0 || b%2 == 1 || a == b || a == b-1 // I-X after B-X or I-X
	})
	all := NewTransitions(k, nil)
	var s ViterbiScratch
	for trial := 0; trial < 2000; trial++ {
		tr := &bio
		if trial%3 == 0 {
			tr = &all
		}
		for i := range tr.Score {
			tr.Score[i] = float32(rng.IntN(5) - 2)
		}
		n := 1 + rng.IntN(12)
		em := make([]float32, n*k)
		for i := range em {
			em[i] = float32(rng.IntN(5) - 2)
			if rng.IntN(20) == 0 {
				em[i] = float32(math.Inf(-1))
			}
		}
		want := viterbiEveryMove(tr, n, em)
		if got := tr.ViterbiInto(&s, make([]int, n), em); !slices.Equal(got, want) {
			t.Fatalf("trial %d: %v, every move tried gives %v", trial, got, want)
		}
	}
}
