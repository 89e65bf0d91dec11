package learn

import "math/rand"

// Sequence is one training sentence: each position's feature numbers (rows
// of the weight matrix) and its gold label.
type Sequence struct {
	Feats [][]int32
	Gold  []int
}

// SequenceOptions configures TrainSequences.
type SequenceOptions struct {
	Epochs int
	// Seed fixes the shuffling (and dropout) so that training is
	// deterministic.
	Seed int64
	// Dropout is the probability that a position's Droppable features
	// (indices into its feature list) are left out at one visit, so that
	// the model also learns from the rest (names from context rather than
	// from the word itself).
	Dropout   float64
	Droppable []int
	// Progress, when not nil, is told each epoch's number of wrong labels.
	Progress func(epoch, errs int)
}

// TrainSequences trains a first-order structured perceptron with parameter
// averaging over sentences: nFeat feature rows of t.K weights, and the
// transitions t (whose Allowed moves constrain decoding). It returns the
// averaged emission weights (nFeat×K) and sets t.Score to the averaged
// transition scores.
func TrainSequences(ex []Sequence, nFeat int, t *Transitions, o SequenceOptions) []float32 {
	k := t.K
	nw := nFeat * k
	a := NewAveraged[float64](nw + len(t.Score)) // emissions, then transitions
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(o.Seed))
	var em []float32
	var drop []bool
	skip := func(i, f int) bool {
		if !drop[i] {
			return false
		}
		for _, p := range o.Droppable {
			if f == p {
				return true
			}
		}
		return false
	}
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, e := range order {
			s := &ex[e]
			n := len(s.Gold)
			if cap(em) < n*k {
				em = make([]float32, n*k)
			}
			em = em[:n*k]
			drop = drop[:0]
			for i := 0; i < n; i++ {
				drop = append(drop, o.Dropout > 0 && rng.Float64() < o.Dropout)
			}
			for i, fs := range s.Feats {
				row := em[i*k : (i+1)*k]
				clear(row)
				for j, f := range fs {
					if skip(i, j) {
						continue
					}
					base := int(f) * k
					for l := range row {
						row[l] += float32(a.W[base+l])
					}
				}
			}
			for i := range t.Score {
				t.Score[i] = float32(a.W[nw+i])
			}
			pred := t.Viterbi(n, em)
			prev, gprev := k, k
			for i := 0; i < n; i++ {
				g, p := s.Gold[i], pred[i]
				if g != p {
					errs++
					for j, f := range s.Feats[i] {
						if skip(i, j) {
							continue
						}
						base := int(f) * k
						a.Add(base+g, 1)
						a.Add(base+p, -1)
					}
				}
				if g != p || gprev != prev {
					a.Add(nw+gprev*k+g, 1)
					a.Add(nw+prev*k+p, -1)
				}
				prev, gprev = p, g
			}
			a.Tick()
		}
		if o.Progress != nil {
			o.Progress(ep, errs)
		}
	}
	out := make([]float32, nw)
	for i := range out {
		out[i] = float32(a.Mean(i))
	}
	for i := range t.Score {
		t.Score[i] = float32(a.Mean(nw + i))
	}
	return out
}
