package entity

// table is the inference form of the two perceptrons: an open-addressing
// hash table from feature key to a row of 2×nLabels weights (first pass,
// then second pass), so that one probe serves both passes. Built once
// after loading; the training code keeps Go maps.
type table struct {
	keys  []uint64 // 0 marks an empty slot
	slot  []int32  // row index of keys[i]
	mask  uint64
	rows  []float32 // stride 2*nLabels
	zero0 bool      // key 0 present (hashes are never 0 in practice)
}

const stride = 2 * nLabels

func (m *Model) compile() {
	union := map[uint64]int32{}
	add := func(w *weights) {
		if w == nil {
			return
		}
		for k := range w.index {
			if _, ok := union[k]; !ok {
				union[k] = int32(len(union))
			}
		}
	}
	add(&m.first)
	add(m.second)
	size := uint64(16)
	for size < uint64(2*len(union)) {
		size <<= 1
	}
	t := &table{keys: make([]uint64, size), slot: make([]int32, size), mask: size - 1,
		rows: make([]float32, len(union)*stride)}
	for k, r := range union {
		if i, ok := m.first.index[k]; ok {
			copy(t.rows[int(r)*stride:], m.first.w[int(i)*nLabels:int(i+1)*nLabels])
		}
		if m.second != nil {
			if i, ok := m.second.index[k]; ok {
				copy(t.rows[int(r)*stride+nLabels:], m.second.w[int(i)*nLabels:int(i+1)*nLabels])
			}
		}
		if k == 0 {
			k = 1 << 63 // reserved: never produced by the hasher in practice
		}
		p := mix(k) & t.mask
		for t.keys[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.keys[p], t.slot[p] = k, r
	}
	m.tab = t
}

func mix(k uint64) uint64 {
	k ^= k >> 29
	k *= 0xbf58476d1ce4e5b9
	return k ^ k>>32
}

// find returns the row of key k, or -1.
func (t *table) find(k uint64) int32 {
	if k == 0 {
		k = 1 << 63
	}
	p := mix(k) & t.mask
	for {
		c := t.keys[p]
		if c == k {
			return t.slot[p]
		}
		if c == 0 {
			return -1
		}
		p = (p + 1) & t.mask
	}
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
				r := t.find(f)
				if r < 0 {
					continue
				}
				rs = append(rs, r)
				w := t.rows[int(r)*stride : int(r)*stride+nLabels]
				for k := range e {
					e[k] += w[k]
				}
			}
			rowsOf[s][i] = rs
		}
		labels[s] = viterbi(len(in), em, &m.first.trans)
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
				w := t.rows[int(r)*stride+nLabels : int(r+1)*stride]
				for k := range e {
					e[k] += w[k]
				}
			}
			buf = memFeatures(buf[:0], in, i)
			for _, f := range buf {
				if r := t.find(f); r >= 0 {
					w := t.rows[int(r)*stride+nLabels : int(r+1)*stride]
					for k := range e {
						e[k] += w[k]
					}
				}
			}
		}
		labels[s] = viterbi(len(in), em, &m.second.trans)
	}
	return labels
}
