package learn

import "sort"

// Averaged is the weight vector of an averaged perceptron trained with the
// summed-update trick (Daumé's): W is the current weights, U the sum of
// each update times the step C at which it was made, and the average over
// all steps is W − U/C. The float type is the model's precision.
type Averaged[F float32 | float64] struct {
	W, U []F
	C    F // the step, from 1
}

// NewAveraged returns a zero vector of n weights.
func NewAveraged[F float32 | float64](n int) *Averaged[F] {
	return &Averaged[F]{W: make([]F, n), U: make([]F, n), C: 1}
}

// Add adds d to weight i.
func (a *Averaged[F]) Add(i int, d F) {
	a.W[i] += d
	a.U[i] += a.C * d
}

// Tick ends one training step.
func (a *Averaged[F]) Tick() { a.C++ }

// Mean returns the average of weight i over the steps so far.
func (a *Averaged[F]) Mean(i int) F { return a.W[i] - a.U[i]/a.C }

// Keyed is an Averaged vector indexed by feature key, grown as features
// are first updated.
type Keyed[F float32 | float64] struct {
	index map[uint64]int32
	a     Averaged[F]
}

// NewKeyed returns an empty vector.
func NewKeyed[F float32 | float64]() *Keyed[F] {
	return &Keyed[F]{index: map[uint64]int32{}, a: Averaged[F]{C: 1}}
}

// Get returns the current weight of k.
func (k *Keyed[F]) Get(key uint64) F {
	if i, ok := k.index[key]; ok {
		return k.a.W[i]
	}
	return 0
}

// Sum returns the current total weight of feats.
func (k *Keyed[F]) Sum(feats []uint64) F {
	var s F
	for _, f := range feats {
		if i, ok := k.index[f]; ok {
			s += k.a.W[i]
		}
	}
	return s
}

// Add adds d to the weight of key.
func (k *Keyed[F]) Add(key uint64, d F) {
	i, ok := k.index[key]
	if !ok {
		i = int32(len(k.a.W))
		k.index[key] = i
		k.a.W = append(k.a.W, 0)
		k.a.U = append(k.a.U, 0)
	}
	k.a.Add(int(i), d)
}

// Update adds d to the weight of every feature.
func (k *Keyed[F]) Update(feats []uint64, d F) {
	for _, f := range feats {
		k.Add(f, d)
	}
}

// Tick ends one training step.
func (k *Keyed[F]) Tick() { k.a.Tick() }

// Means returns the averaged weights whose magnitude exceeds eps.
func (k *Keyed[F]) Means(eps F) map[uint64]F {
	out := make(map[uint64]F, len(k.index))
	for key, i := range k.index {
		if m := k.a.Mean(int(i)); m > eps || m < -eps {
			out[key] = m
		}
	}
	return out
}

// Scalar turns scalar weights into Blocks (N = 1) in key order, leaving
// out zeros.
func Scalar(w map[uint64]float32) *Blocks {
	keys, vals := SortedScalar(w)
	return NewBlocks(1, keys, vals)
}

// SortedScalar returns the keys of the non-zero weights in w, in order,
// and their weights: a deterministic layout for saving.
func SortedScalar(w map[uint64]float32) ([]uint64, []float32) {
	keys := make([]uint64, 0, len(w))
	for k, v := range w {
		if v != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	vals := make([]float32, len(keys))
	for i, k := range keys {
		vals[i] = w[k]
	}
	return keys, vals
}
