package tagger

import (
	"math"
	"sort"
)

// Features are hashed to 64-bit keys: a template number followed by the
// strings it combines, with FNV-1a and a final avalanche mix. With some
// 10^5–10^6 distinct features a 64-bit collision is vanishingly unlikely.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hsep(h uint64) uint64 {
	h ^= 0xff
	h *= fnvPrime
	return h
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func f1(tmpl uint64, a string) uint64 {
	return mix(hstr(fnvOffset^tmpl*0x9e3779b97f4a7c15, a))
}

func f2(tmpl uint64, a, b string) uint64 {
	return mix(hstr(hsep(hstr(fnvOffset^tmpl*0x9e3779b97f4a7c15, a)), b))
}

func f3(tmpl uint64, a, b, c string) uint64 {
	return mix(hstr(hsep(hstr(hsep(hstr(fnvOffset^tmpl*0x9e3779b97f4a7c15, a)), b)), c))
}

// dense is a multiclass averaged perceptron whose weights are stored as one
// block of nClass floats per feature.
type dense struct {
	nClass int
	index  map[uint64]int32 // feature key → block number (training)
	keys   []uint64         // feature keys in block order (trained or loaded)
	w      []float32

	// Training state: running sums for averaging and the time of each
	// weight's last change (lazy averaging).
	acc   []float64
	stamp []int32
	clock int32

	// table is the read-only lookup structure built by freeze.
	table *ftable
}

// ftable is an open-addressing hash table from feature keys (already
// well mixed) to block numbers, with linear probing at load factor ≤ 1/2.
// It is faster than a Go map for the many lookups of tagging.
type ftable struct {
	mask  uint64
	keys  []uint64
	block []int32 // -1: empty slot
}

// newFtable maps keys[b] to b.
func newFtable(keys []uint64) *ftable {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := &ftable{mask: uint64(size - 1), keys: make([]uint64, size), block: make([]int32, size)}
	for i := range t.block {
		t.block[i] = -1
	}
	for b, k := range keys {
		i := k & t.mask
		for t.block[i] >= 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.block[i] = k, int32(b)
	}
	return t
}

func (t *ftable) get(k uint64) int32 {
	i := k & t.mask
	for {
		b := t.block[i]
		if b < 0 || t.keys[i] == k {
			return b
		}
		i = (i + 1) & t.mask
	}
}

// freeze builds the lookup table; call after training or loading.
// The training map is dropped: keys (sorted, block i for keys[i]) is what
// Save writes.
func (d *dense) freeze() {
	d.table = newFtable(d.keys)
	d.index = nil
}

func newDense(nClass int) *dense {
	return &dense{nClass: nClass, index: map[uint64]int32{}}
}

// score adds the weights of feats to scores (len nClass).
func (d *dense) score(feats []uint64, scores []float32) {
	n := d.nClass
	if d.table != nil {
		for _, f := range feats {
			b := d.table.get(f)
			if b < 0 {
				continue
			}
			w := d.w[int(b)*n : int(b)*n+n]
			s := scores[:n]
			for c := range w {
				s[c] += w[c]
			}
		}
		return
	}
	for _, f := range feats {
		b, ok := d.index[f]
		if !ok {
			continue
		}
		w := d.w[int(b)*n : int(b)*n+n]
		for c := range w {
			scores[c] += w[c]
		}
	}
}

func (d *dense) block(f uint64) int {
	b, ok := d.index[f]
	if !ok {
		b = int32(len(d.index))
		d.index[f] = b
		d.w = append(d.w, make([]float32, d.nClass)...)
		d.acc = append(d.acc, make([]float64, d.nClass)...)
		d.stamp = append(d.stamp, make([]int32, d.nClass)...)
	}
	return int(b) * d.nClass
}

// tick advances the averaging clock by one training example.
func (d *dense) tick() { d.clock++ }

// update moves weight towards gold and away from pred for every feature.
func (d *dense) update(feats []uint64, gold, pred int, amount float32) {
	for _, f := range feats {
		o := d.block(f)
		d.bump(o+gold, amount)
		d.bump(o+pred, -amount)
	}
}

func (d *dense) bump(i int, v float32) {
	d.acc[i] += float64(d.clock-d.stamp[i]) * float64(d.w[i])
	d.stamp[i] = d.clock
	d.w[i] += v
}

// average replaces the weights by their averages over training and drops
// the training state. Blocks whose weights are all tiny are removed.
func (d *dense) average() {
	t := float64(d.clock)
	if t == 0 {
		t = 1
	}
	var maxAbs float32
	for i := range d.w {
		avg := float32((d.acc[i] + float64(d.clock-d.stamp[i])*float64(d.w[i])) / t)
		d.w[i] = avg
		if a := float32(math.Abs(float64(avg))); a > maxAbs {
			maxAbs = a
		}
	}
	d.acc, d.stamp = nil, nil
	d.prune(maxAbs * 1e-3)
	d.freeze()
}

// prune drops feature blocks whose largest weight is below eps, renumbering
// the rest in key order so that the layout is deterministic.
func (d *dense) prune(eps float32) {
	keys := make([]uint64, 0, len(d.index))
	for k, b := range d.index {
		w := d.w[int(b)*d.nClass : int(b+1)*d.nClass]
		keep := false
		for _, x := range w {
			if x > eps || x < -eps {
				keep = true
				break
			}
		}
		if keep {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	nw := make([]float32, 0, len(keys)*d.nClass)
	idx := make(map[uint64]int32, len(keys))
	for i, k := range keys {
		b := d.index[k]
		nw = append(nw, d.w[int(b)*d.nClass:int(b+1)*d.nClass]...)
		idx[k] = int32(i)
	}
	d.w, d.index, d.keys = nw, idx, keys
}

// sparse is an averaged perceptron keyed by (feature, class) pairs, for
// classifiers with many classes of which few apply to any one input.
type sparse struct {
	w map[uint64]float32

	acc   map[uint64]float64
	stamp map[uint64]int32
	clock int32
}

func newSparse() *sparse {
	return &sparse{w: map[uint64]float32{}, acc: map[uint64]float64{}, stamp: map[uint64]int32{}}
}

func pairKey(f uint64, class int) uint64 { return mix(f ^ uint64(class+1)*0x9e3779b97f4a7c15) }

func (s *sparse) score(feats []uint64, class int) float32 {
	var sum float32
	for _, f := range feats {
		sum += s.w[pairKey(f, class)]
	}
	return sum
}

// score1 and update1 handle a feature of the output itself, shared by all
// classes (stored under the pseudo-class -1).
func (s *sparse) score1(f uint64) float32 { return s.w[pairKey(f, -1)] }

func (s *sparse) update1(gold, pred uint64) {
	if gold == pred {
		return
	}
	s.bump(pairKey(gold, -1), 1)
	s.bump(pairKey(pred, -1), -1)
}

func (s *sparse) tick() { s.clock++ }

func (s *sparse) update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		s.bump(pairKey(f, gold), 1)
		s.bump(pairKey(f, pred), -1)
	}
}

func (s *sparse) bump(k uint64, v float32) {
	s.acc[k] += float64(s.clock-s.stamp[k]) * float64(s.w[k])
	s.stamp[k] = s.clock
	s.w[k] += v
}

func (s *sparse) average() {
	t := float64(s.clock)
	if t == 0 {
		t = 1
	}
	for k, w := range s.w {
		avg := float32((s.acc[k] + float64(s.clock-s.stamp[k])*float64(w)) / t)
		if avg > 1e-4 || avg < -1e-4 {
			s.w[k] = avg
		} else {
			delete(s.w, k)
		}
	}
	s.acc, s.stamp = nil, nil
}
