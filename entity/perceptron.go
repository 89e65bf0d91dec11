package entity

import (
	"math"
	"math/rand"
)

// Labels are the IOB2 tags, named as in ANERcorp. Their order is part of the
// model format.
var Labels = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const nLabels = 9

func labelIndex(tag string) int {
	switch tag {
	case "B-PER":
		tag = "B-PERS"
	case "I-PER":
		tag = "I-PERS"
	case "B-GPE":
		tag = "B-LOC"
	case "I-GPE":
		tag = "I-LOC"
	}
	for i, l := range Labels {
		if l == tag {
			return i
		}
	}
	return 0
}

// allowed reports whether label b may follow label a (a = -1 at the start):
// I-X only continues B-X or I-X.
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true
	}
	return a == b || a == b-1
}

// weights is the linear model: one row of nLabels per feature, plus
// transitions (row nLabels is the start state).
type weights struct {
	index map[uint64]int32
	w     []float32
	trans [nLabels + 1][nLabels]float32
}

// emissions fills sc (len(feats)*nLabels) with the per-token label scores.
func (m *weights) emissions(feats [][]uint64, sc []float32) {
	for i, fs := range feats {
		row := sc[i*nLabels : (i+1)*nLabels]
		for k := range row {
			row[k] = 0
		}
		for _, f := range fs {
			j, ok := m.index[f]
			if !ok {
				continue
			}
			wr := m.w[int(j)*nLabels : int(j+1)*nLabels]
			for k := range row {
				row[k] += wr[k]
			}
		}
	}
}

// viterbi returns the best label sequence given emissions and transitions.
func viterbi(n int, em []float32, trans *[nLabels + 1][nLabels]float32) []int {
	if n == 0 {
		return nil
	}
	neg := float32(math.Inf(-1))
	score := make([]float32, n*nLabels)
	back := make([]int8, n*nLabels)
	for b := 0; b < nLabels; b++ {
		if allowed(-1, b) {
			score[b] = em[b] + trans[nLabels][b]
		} else {
			score[b] = neg
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < nLabels; b++ {
			best, arg := neg, 0
			for a := 0; a < nLabels; a++ {
				if !allowed(a, b) {
					continue
				}
				s := score[(i-1)*nLabels+a] + trans[a][b]
				if s > best {
					best, arg = s, a
				}
			}
			score[i*nLabels+b] = best + em[i*nLabels+b]
			back[i*nLabels+b] = int8(arg)
		}
	}
	best, arg := neg, 0
	for b := 0; b < nLabels; b++ {
		if s := score[(n-1)*nLabels+b]; s > best {
			best, arg = s, b
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nLabels+out[i]])
	}
	return out
}

// lexicalPos are the positions, in a token's feature list, of the
// features that name the token itself (word, stem, bigrams with it); see
// features.
var lexicalPos = []int{1, 2, 4, 5, 6}

// trainExample is one sentence as feature indices and gold labels.
type trainExample struct {
	feats [][]int32
	gold  []int
}

// averagedPerceptron trains a first-order structured perceptron with
// parameter averaging over examples. nFeat is the number of feature rows.
// The order of examples is shuffled each epoch with a fixed seed, so training
// is deterministic.
//
// With dropP > 0, each token's own-word features (positions lexicalPos of
// its feature list) are left out with that probability at each visit, so
// that the model also learns to find names from context, clusters and
// gazetteers: most names in new text were never seen in training.
func averagedPerceptron(ex []trainExample, nFeat, epochs int, seed int64, dropP float64, progress func(epoch int, errs int)) ([]float32, [nLabels + 1][nLabels]float32) {
	w := make([]float64, nFeat*nLabels)
	u := make([]float64, nFeat*nLabels) // sum of c*update, for averaging
	var tr, tu [nLabels + 1][nLabels]float64
	c := 1.0
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	var em []float32
	var drop []bool
	var trans32 [nLabels + 1][nLabels]float32
	skip := func(i, k int) bool {
		if !drop[i] {
			return false
		}
		for _, p := range lexicalPos {
			if k == p {
				return true
			}
		}
		return false
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			e := &ex[k]
			n := len(e.gold)
			if cap(em) < n*nLabels {
				em = make([]float32, n*nLabels)
			}
			em = em[:n*nLabels]
			drop = drop[:0]
			for i := 0; i < n; i++ {
				drop = append(drop, dropP > 0 && rng.Float64() < dropP)
			}
			for i, fs := range e.feats {
				row := em[i*nLabels : (i+1)*nLabels]
				for l := range row {
					row[l] = 0
				}
				for k, f := range fs {
					if skip(i, k) {
						continue
					}
					base := int(f) * nLabels
					for l := range row {
						row[l] += float32(w[base+l])
					}
				}
			}
			for a := range tr {
				for b := range tr[a] {
					trans32[a][b] = float32(tr[a][b])
				}
			}
			pred := viterbi(n, em, &trans32)
			prev, gprev := nLabels, nLabels
			for i := 0; i < n; i++ {
				g, p := e.gold[i], pred[i]
				if g != p {
					errs++
					for k, f := range e.feats[i] {
						if skip(i, k) {
							continue
						}
						base := int(f) * nLabels
						w[base+g]++
						u[base+g] += c
						w[base+p]--
						u[base+p] -= c
					}
				}
				if g != p || gprev != prev {
					tr[gprev][g]++
					tu[gprev][g] += c
					tr[prev][p]--
					tu[prev][p] -= c
				}
				prev, gprev = p, g
			}
			c++
		}
		if progress != nil {
			progress(ep, errs)
		}
	}
	out := make([]float32, len(w))
	for i := range w {
		out[i] = float32(w[i] - u[i]/c)
	}
	var tout [nLabels + 1][nLabels]float32
	for a := range tr {
		for b := range tr[a] {
			tout[a][b] = float32(tr[a][b] - tu[a][b]/c)
		}
	}
	return out, tout
}
