package learn

import "math"

// Transitions are the first-order label scores of a sequence model over K
// labels: K+1 rows of K, row a holding the scores of each label after
// label a and row K those of the first label. Allowed, when not nil, has
// the same layout and forbids the moves that are false (I-X after O in
// BIO tagging).
type Transitions struct {
	K       int
	Score   []float32
	Allowed []bool
}

// NewTransitions returns zero scores over k labels with every move allowed
// that allowed(a, b) permits (a = -1 for the start); allowed nil permits
// all.
func NewTransitions(k int, allowed func(a, b int) bool) Transitions {
	t := Transitions{K: k, Score: make([]float32, (k+1)*k)}
	if allowed != nil {
		t.Allowed = make([]bool, (k+1)*k)
		for a := -1; a < k; a++ {
			row := a
			if a < 0 {
				row = k
			}
			for b := 0; b < k; b++ {
				t.Allowed[row*k+b] = allowed(a, b)
			}
		}
	}
	return t
}

func (t *Transitions) ok(i int) bool { return t.Allowed == nil || t.Allowed[i] }

// Viterbi returns the best label sequence of n positions given emission
// scores em (n×K, row-major) and the transitions; ties go to the lower
// label.
func (t *Transitions) Viterbi(n int, em []float32) []int {
	if n == 0 {
		return nil
	}
	var s ViterbiScratch
	return t.ViterbiInto(&s, make([]int, n), em)
}

// ViterbiScratch is the working memory of ViterbiInto, reused across
// calls by one goroutine.
type ViterbiScratch struct {
	score []float32
	back  []int8
	from  []int8    // row b: the labels allowed before label b, ascending
	moves []float32 // row b: the scores of those moves
	nfrom []int     // how many labels row b of from holds
}

// ViterbiInto is Viterbi writing the labels of the len(out) positions into
// out, with the lattice in s.
func (t *Transitions) ViterbiInto(s *ViterbiScratch, out []int, em []float32) []int {
	n := len(out)
	if n == 0 {
		return out
	}
	k := t.K
	neg := float32(math.Inf(-1))
	if cap(s.score) < n*k {
		s.score = make([]float32, n*k+n*k/4)
		s.back = make([]int8, n*k+n*k/4)
	}
	score, back := s.score[:n*k], s.back[:n*k]
	// The allowed moves into each label, in the order of the labels they
	// come from (so that ties still go to the lower label), with their
	// scores side by side: the inner loop reads no forbidden move.
	if cap(s.from) < k*k {
		s.from, s.moves, s.nfrom = make([]int8, k*k), make([]float32, k*k), make([]int, k)
	}
	from, moves, nfrom := s.from[:k*k], s.moves[:k*k], s.nfrom[:k]
	for b := 0; b < k; b++ {
		c := 0
		for a := 0; a < k; a++ {
			if t.ok(a*k + b) {
				from[b*k+c], moves[b*k+c] = int8(a), t.Score[a*k+b]
				c++
			}
		}
		nfrom[b] = c
	}
	back[0] = 0
	for b := 0; b < k; b++ {
		if t.ok(k*k + b) {
			score[b] = em[b] + t.Score[k*k+b]
		} else {
			score[b] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*k : i*k]
		for b := 0; b < k; b++ {
			best, arg := neg, 0
			fs, ms := from[b*k:b*k+nfrom[b]], moves[b*k:b*k+nfrom[b]]
			for j, a := range fs {
				if s := prev[a] + ms[j]; s > best {
					best, arg = s, int(a)
				}
			}
			score[i*k+b] = best + em[i*k+b]
			back[i*k+b] = int8(arg)
		}
	}
	best, arg := neg, 0
	for b := 0; b < k; b++ {
		if s := score[(n-1)*k+b]; s > best {
			best, arg = s, b
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*k+out[i]])
	}
	return out
}
