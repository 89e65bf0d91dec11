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

// sum returns the rows of pass (0 or 1) of the given slots, summed.
func (t *table) sum(slots []int32, pass int) [nLabels]int32 {
	var acc [nLabels]int32
	off := pass * nLabels
	for _, s := range slots {
		w := t.slots[s].w[off : off+nLabels]
		for k := range acc {
			acc[k] += int32(w[k])
		}
	}
	return acc
}

// tagFast labels the document of sc.infos with the compiled table, into
// sc.labels.
func (m *Model) tagFast(sc *scratch, second bool) [][]int {
	t := m.tab
	infos, labels := sc.infos, sc.labels
	sc.rows = sc.rows[:0]
	k := 0 // flat token index
	for s, in := range infos {
		sc.em = grow(sc.em, len(in)*nLabels)
		em := sc.em
		for i := range in {
			sc.feats = features(sc.feats[:0], in, i)
			start := len(sc.rows)
			for _, f := range sc.feats {
				if r := t.find(f); r >= 0 {
					sc.rows = append(sc.rows, r)
				}
			}
			acc := t.sum(sc.rows[start:], 0)
			e := em[i*nLabels : (i+1)*nLabels]
			for c := range acc {
				e[c] = float32(acc[c]) * (1.0 / weightScale)
			}
			sc.rowEnd[k] = int32(len(sc.rows))
			k++
		}
		m.trans1.ViterbiInto(&sc.vit, labels[s], em)
	}
	if !second || !m.twoPass {
		return labels
	}
	sc.mem.add(infos, labels, memoryWindow)
	k = 0
	start := int32(0)
	for s, in := range infos {
		sc.em = grow(sc.em, len(in)*nLabels)
		em := sc.em
		for i := range in {
			// the first pass's rows, then those of the memory features,
			// summed as integers
			end := sc.rowEnd[k]
			acc := t.sum(sc.rows[start:end], 1)
			start = end
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
