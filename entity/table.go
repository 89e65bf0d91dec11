package entity

import "github.com/rasid/rasid/internal/learn"

// The inference form of the two perceptrons is one learn.Blocks from
// feature key to a row of 2×nLabels weights (first pass, then second pass),
// so that one probe serves both passes. Built once after loading; the
// training code keeps Go maps.

const stride = 2 * nLabels

func (m *Model) compile() {
	union := map[uint64]int32{}
	var keys []uint64
	add := func(w *weights) {
		if w == nil {
			return
		}
		for k := range w.index {
			if _, ok := union[k]; !ok {
				union[k] = int32(len(union))
				keys = append(keys, k)
			}
		}
	}
	add(&m.first)
	add(m.second)
	rows := make([]float32, len(union)*stride)
	for k, r := range union {
		if i, ok := m.first.index[k]; ok {
			copy(rows[int(r)*stride:], m.first.w[int(i)*nLabels:int(i+1)*nLabels])
		}
		if m.second != nil {
			if i, ok := m.second.index[k]; ok {
				copy(rows[int(r)*stride+nLabels:], m.second.w[int(i)*nLabels:int(i+1)*nLabels])
			}
		}
	}
	m.tab = learn.NewBlocks(stride, keys, rows)
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
