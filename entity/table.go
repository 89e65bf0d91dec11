package entity

import "github.com/rasid/rasid/internal/learn"

// The inference form of the two perceptrons is one learn.Blocks from
// feature key to a row of 2×nLabels weights (first pass, then second pass),
// so that one probe serves both passes. Built once after loading; the
// training code keeps Go maps.

const stride = 2 * nLabels

func (m *Model) compile() {
	// The union of the two passes' keys, merged in increasing order.
	a, ra := m.first.sortedRows()
	var b []uint64
	var rb []int32
	if m.second != nil {
		b, rb = m.second.sortedRows()
	}
	n := mergedLen(a, b)
	keys := make([]uint64, 0, n)
	rows := make([]float32, 0, n*stride)
	var zero [stride]float32
	for i, j := 0, 0; i < len(a) || j < len(b); {
		inA := j == len(b) || i < len(a) && a[i] <= b[j]
		inB := i == len(a) || j < len(b) && b[j] <= a[i]
		r := len(rows)
		rows = append(rows, zero[:]...)
		if inA {
			keys = append(keys, a[i])
			copy(rows[r:], m.first.w[int(ra[i])*nLabels:int(ra[i]+1)*nLabels])
			i++
		} else {
			keys = append(keys, b[j])
		}
		if inB {
			copy(rows[r+nLabels:], m.second.w[int(rb[j])*nLabels:int(rb[j]+1)*nLabels])
			j++
		}
	}
	m.tab = learn.NewBlocks(stride, keys, rows)
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

// tagFast labels a document with the compiled table.
func (m *Model) tagFast(infos [][]tokInfo, second bool) [][]int {
	t := m.tab
	labels := make([][]int, len(infos))
	rowsOf := make([][][]int32, len(infos))
	var buf []uint64
	var em []float32
	for s, in := range infos {
		rowsOf[s] = make([][]int32, len(in))
		if cap(em) < len(in)*nLabels {
			em = make([]float32, len(in)*nLabels)
		}
		em = em[:len(in)*nLabels]
		for i := range in {
			buf = features(buf[:0], in, i)
			rs := make([]int32, 0, len(buf))
			e := em[i*nLabels : (i+1)*nLabels]
			for k := range e {
				e[k] = 0
			}
			for _, f := range buf {
				r := t.Find(f)
				if r < 0 {
					continue
				}
				rs = append(rs, r)
				w := t.W[int(r)*stride : int(r)*stride+nLabels]
				for k := range e {
					e[k] += w[k]
				}
			}
			rowsOf[s][i] = rs
		}
		labels[s] = m.first.trans.Viterbi(len(in), em)
	}
	if !second || m.second == nil {
		return labels
	}
	addMemory(infos, labels)
	for s, in := range infos {
		em = em[:len(in)*nLabels]
		for i := range in {
			e := em[i*nLabels : (i+1)*nLabels]
			for k := range e {
				e[k] = 0
			}
			for _, r := range rowsOf[s][i] {
				w := t.W[int(r)*stride+nLabels : int(r+1)*stride]
				for k := range e {
					e[k] += w[k]
				}
			}
			buf = memFeatures(buf[:0], in, i)
			for _, f := range buf {
				if r := t.Find(f); r >= 0 {
					w := t.W[int(r)*stride+nLabels : int(r+1)*stride]
					for k := range e {
						e[k] += w[k]
					}
				}
			}
		}
		labels[s] = m.second.trans.Viterbi(len(in), em)
	}
	return labels
}
