package entity

import (
	"math"
	"slices"
)

// The inference form of the two perceptrons is one open-addressing table
// whose slots hold a feature key and its row of 2×nLabels weights (first
// pass, then second pass) side by side, as int16 in 1/weightScale: one
// probe, usually one cache line, serves both passes. Built once after
// loading or training; the training code keeps Go maps and float32.
//
// The weights are those of the file (quantized to 1/weightScale), and a
// trained model is quantized the same way when compiled, so that it tags
// exactly as the file it writes. The emission scores are summed as
// integers: a float32 sum of multiples of 1/256 under 2^16 in magnitude
// is exact, so the sums are those of the float32 rows, bit for bit.

const stride = 2 * nLabels

// weightScale quantizes weights (and transitions) to int16.
const weightScale = 256

// slot is a feature key and its row. Key 0 marks an empty slot; a model
// key 0 (not seen so far: keys are FNV hashes) has the extra slot at the
// end of the table.
type slot struct {
	key uint64
	w   [stride]int16
}

// table is the compiled weights, read-only and safe for concurrent use.
type table struct {
	mask    uint64
	slots   []slot // mask+1 probed slots, then the slot of key 0
	n       int    // keys
	hasZero bool
}

// probeStart spreads the FNV keys over the table.
func probeStart(k uint64) uint64 {
	k ^= k >> 29
	k *= 0xbf58476d1ce4e5b9
	return k ^ k>>32
}

// newTable returns an empty table for n keys, filled at most to 2/3.
func newTable(n int) *table {
	size := 16
	for size*2 < n*3 {
		size *= 2
	}
	return &table{mask: uint64(size - 1), slots: make([]slot, size+1)}
}

// insert returns the slot of a new key k.
func (t *table) insert(k uint64) int32 {
	t.n++
	if k == 0 {
		t.hasZero = true
		return int32(len(t.slots) - 1)
	}
	i := probeStart(k) & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i].key = k
	return int32(i)
}

// find returns the slot of key k, or -1.
func (t *table) find(k uint64) int32 {
	if k == 0 {
		if t.hasZero {
			return int32(len(t.slots) - 1)
		}
		return -1
	}
	i := probeStart(k) & t.mask
	for {
		s := &t.slots[i]
		if s.key == k {
			return int32(i)
		}
		if s.key == 0 {
			return -1
		}
		i = (i + 1) & t.mask
	}
}

// quantize rounds a weight to the file's int16 (saturating).
func quantize(x float32) int16 {
	q := math.Round(float64(x) * weightScale)
	return int16(max(math.MinInt16, min(math.MaxInt16, q)))
}

// quantizeTransitions rounds transition scores to multiples of
// 1/weightScale, as the file stores them.
func quantizeTransitions(s []float32) {
	for i, x := range s {
		s[i] = float32(math.Round(float64(x)*weightScale)) / weightScale
	}
}

// compile builds the table of a trained model: the union of the two
// passes' keys, each row quantized.
func (m *Model) compile() {
	a, ra := m.first.sortedRows()
	var b []uint64
	var rb []int32
	if m.second != nil {
		b, rb = m.second.sortedRows()
	}
	t := newTable(mergedLen(a, b))
	for i, j := 0, 0; i < len(a) || j < len(b); {
		inA := j == len(b) || i < len(a) && a[i] <= b[j]
		inB := i == len(a) || j < len(b) && b[j] <= a[i]
		var s *slot
		if inA {
			s = &t.slots[t.insert(a[i])]
			for k, x := range m.first.w[int(ra[i])*nLabels : int(ra[i]+1)*nLabels] {
				s.w[k] = quantize(x)
			}
			i++
		} else {
			s = &t.slots[t.insert(b[j])]
		}
		if inB {
			for k, x := range m.second.w[int(rb[j])*nLabels : int(rb[j]+1)*nLabels] {
				s.w[nLabels+k] = quantize(x)
			}
			j++
		}
	}
	m.tab = t
	m.trans1 = m.first.trans
	m.trans1.Score = slices.Clone(m.first.trans.Score)
	quantizeTransitions(m.trans1.Score)
	m.twoPass = m.second != nil
	if m.twoPass {
		m.trans2 = m.second.trans
		m.trans2.Score = slices.Clone(m.second.trans.Score)
		quantizeTransitions(m.trans2.Score)
	}
}

// mergedLen is the number of distinct keys in two increasing key lists.
func mergedLen(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) || j < len(b); n++ {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			i++
			j++
		}
	}
	return n
}

// tagFast labels the document of sc.infos with the compiled table, into
// sc.labels. A token's scores are its form's vectors and its neighbours'
// (sc.vecs, forms.go) and the rows of its other features, both passes'
// summed at once; the second pass adds the memory features' rows.
func (m *Model) tagFast(sc *scratch, second bool) [][]int {
	t := m.tab
	pad := m.forms().pad
	infos, labels := sc.infos, sc.labels
	sc.acc = grow(sc.acc, len(sc.flat)*stride)
	side := func(acc *[stride]int32, k0, n, i, s int) {
		if i < 0 || i >= n {
			addVector(acc, pad[s*stride:])
		} else {
			sc.addSide(acc, k0+i, s)
		}
	}
	k := 0 // flat token index
	for s, in := range infos {
		sc.em = grow(sc.em, len(in)*nLabels)
		em := sc.em
		k0, n := k, len(in)
		for i := range in {
			acc := (*[stride]int32)(sc.acc[k*stride:])
			*acc = [stride]int32{}
			sc.addSide(acc, k, fsSelf)
			side(acc, k0, n, i-1, fsPrev)
			side(acc, k0, n, i-2, fsPrev2)
			side(acc, k0, n, i+1, fsNext)
			side(acc, k0, n, i+2, fsNext2)
			sc.feats = tokenFeatures(sc.feats[:0], in, i)
			sc.feats = memFeatures(sc.feats, in, i)
			t.addRows(acc, sc.feats)
			e := em[i*nLabels : (i+1)*nLabels]
			for c := range e {
				e[c] = float32(acc[c]) * (1.0 / weightScale)
			}
			k++
		}
		m.trans1.ViterbiInto(&sc.vit, labels[s], em)
	}
	if !second || !m.twoPass {
		return labels
	}
	sc.mem.add(infos, labels, memoryWindow)
	k = 0
	for s, in := range infos {
		sc.em = grow(sc.em, len(in)*nLabels)
		em := sc.em
		for i := range in {
			// the first pass's sums, then the memory features' rows
			var acc [nLabels]int32
			copy(acc[:], sc.acc[k*stride+nLabels:(k+1)*stride])
			k++
			sc.feats = memFeatures(sc.feats[:0], in, i)
			for _, f := range sc.feats {
				if r := t.find(f); r >= 0 {
					w := t.slots[r].w[nLabels:stride]
					for c := range acc {
						acc[c] += int32(w[c])
					}
				}
			}
			e := em[i*nLabels : (i+1)*nLabels]
			for c := range acc {
				e[c] = float32(acc[c]) * (1.0 / weightScale)
			}
		}
		m.trans2.ViterbiInto(&sc.vit, labels[s], em)
	}
	return labels
}
