package learn

// Table maps feature keys to row numbers: open addressing with linear
// probing at load factor ≤ 1/2. A slot holds the key and its row side by
// side, so a lookup usually touches one cache line; in the table of a
// scalar Blocks it also holds the row's weight (in what would be the slot's
// padding), so that a hit reads nothing else. It is read-only once built
// and safe for concurrent use.
type Table struct {
	mask  uint64
	slots []slot
}

type slot struct {
	key uint64
	row int32   // -1: empty
	w   float32 // the weight of row, in a scalar Blocks' table
}

// probe spreads keys that are not well mixed (raw FNV hashes) over the
// table; for mixed keys it costs a multiply.
func probe(k uint64) uint64 {
	k ^= k >> 29
	k *= 0xbf58476d1ce4e5b9
	return k ^ k>>32
}

// NewTable maps keys[i] to row i. The keys must be distinct.
func NewTable(keys []uint64) *Table {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := &Table{mask: uint64(size - 1), slots: make([]slot, size)}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	for r, k := range keys {
		i := probe(k) & t.mask
		for t.slots[i].row >= 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{key: k, row: int32(r)}
	}
	return t
}

// Find returns the row of key k, or -1.
func (t *Table) Find(k uint64) int32 { return t.find(k).row }

// find returns the slot of key k, an empty one (row -1) when k is absent.
func (t *Table) find(k uint64) *slot {
	i := probe(k) & t.mask
	for {
		s := &t.slots[i]
		if s.row < 0 || s.key == k {
			return s
		}
		i = (i + 1) & t.mask
	}
}

// Blocks is a read-only weight matrix: one row of N weights per feature
// key (N = 1 for a scalar model). Safe for concurrent use.
type Blocks struct {
	N    int
	Keys []uint64  // row i belongs to Keys[i]
	W    []float32 // len(Keys)*N
	t    *Table
}

// NewBlocks indexes the rows w (N per key) of keys.
func NewBlocks(n int, keys []uint64, w []float32) *Blocks {
	t := NewTable(keys)
	for i := range t.slots {
		if s := &t.slots[i]; s.row >= 0 {
			s.w = w[s.row] // what Sum and Get read (W[row] when N is 1)
		}
	}
	return &Blocks{N: n, Keys: keys, W: w, t: t}
}

// Find returns the row number of key k, or -1.
func (b *Blocks) Find(k uint64) int32 { return b.t.Find(k) }

// Row returns row r.
func (b *Blocks) Row(r int32) []float32 { return b.W[int(r)*b.N : int(r)*b.N+b.N] }

// Add adds the rows of feats to scores (len N); unknown features add
// nothing.
func (b *Blocks) Add(feats []uint64, scores []float32) {
	n := b.N
	s := scores[:n]
	// The rows are found first, a batch at a time, then added: the
	// look-ups do not wait on one another's cache misses.
	var rows [32]int32
	for len(feats) > 0 {
		k := min(len(feats), len(rows))
		for i, f := range feats[:k] {
			rows[i] = b.t.Find(f)
		}
		feats = feats[k:]
		for _, r := range rows[:k] {
			if r < 0 {
				continue
			}
			w := b.W[int(r)*n:][:n]
			// Four at a time (the same additions, in the same order per
			// class, as one at a time).
			c := 0
			for ; c+4 <= len(w) && c+4 <= len(s); c += 4 {
				s4, w4 := s[c:c+4:c+4], w[c:c+4:c+4]
				s4[0] += w4[0]
				s4[1] += w4[1]
				s4[2] += w4[2]
				s4[3] += w4[3]
			}
			for ; c < len(w) && c < len(s); c++ {
				s[c] += w[c]
			}
		}
	}
}

// Sum returns the total weight of feats in a scalar model (N = 1; W must
// not change once the Blocks are made).
func (b *Blocks) Sum(feats []uint64) float32 {
	var s float32
	for _, f := range feats {
		if sl := b.t.find(f); sl.row >= 0 {
			s += sl.w
		}
	}
	return s
}

// Get returns the weight of key k in a scalar model, 0 when absent.
func (b *Blocks) Get(k uint64) float32 {
	if sl := b.t.find(k); sl.row >= 0 {
		return sl.w
	}
	return 0
}
