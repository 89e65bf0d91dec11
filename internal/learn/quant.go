package learn

import "math"

// Quant is a read-only weight matrix like Blocks with its weights
// quantized: one row of N 16-bit integers per feature key, all rows
// sharing one Scale (the weight is q·Scale). A row is stored right after
// its key, so that a hit reads one stretch of memory (for N ≤ 12 one
// cache line most of the time); the index holds 8 bytes a slot (32 bits of
// the key and the row number), so that a miss costs a look into a small
// table. Scores are summed as integers: exact, and independent of the
// order of the features. It is safe for concurrent use.
type Quant struct {
	N     int
	Scale float64
	words int      // uint64 words of a row: the key, then the weights four to a word
	rows  []uint64 // row r: rows[r*words] is its key
	slots []uint64 // key>>32<<32 | row+1; 0 is empty
	mask  uint64
}

// QuantMax is the largest magnitude of a quantized weight: Quantize maps
// the largest weight of a matrix to it.
const QuantMax = 4096

// QuantScale is the scale that maps the largest magnitude maxAbs to
// QuantMax (1 for an all-zero matrix).
func QuantScale(maxAbs float32) float64 {
	if maxAbs == 0 {
		return 1
	}
	return float64(maxAbs) / QuantMax
}

// Quantize returns the quantized form of b (q = round(w/scale), the
// scale from the largest weight, see QuantScale).
func Quantize(b *Blocks) *Quant {
	var maxAbs float32
	for _, x := range b.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := QuantScale(maxAbs)
	q := make([]int16, len(b.W))
	for i, x := range b.W {
		q[i] = int16(math.Round(float64(x) / scale))
	}
	return NewQuant(b.N, scale, b.Keys, q)
}

// NewQuant indexes the rows q (n per key, in the order of keys) of the
// distinct keys, with weight q·scale.
func NewQuant(n int, scale float64, keys []uint64, q []int16) *Quant {
	t := EmptyQuant(n, scale, len(keys))
	for r, k := range keys {
		t.SetKey(r, k)
		for c, v := range q[r*n : (r+1)*n] {
			t.SetWeight(r, c, v)
		}
	}
	t.Index()
	return t
}

// EmptyQuant returns a Quant of count rows of n classes, keys and weights
// zero, to be filled by SetKey and SetWeight and then indexed by Index
// (a model reader decodes into it without a copy).
func EmptyQuant(n int, scale float64, count int) *Quant {
	words := 1 + (n+3)/4
	return &Quant{N: n, Scale: scale, words: words, rows: make([]uint64, count*words)}
}

// SetKey sets the key of row r.
func (t *Quant) SetKey(r int, k uint64) { t.rows[r*t.words] = k }

// SetWeight sets the weight of class c in row r (which must be 0).
func (t *Quant) SetWeight(r, c int, v int16) {
	t.rows[r*t.words+1+c/4] |= uint64(uint16(v)) << (16 * (c % 4))
}

// Index builds the look-up table (at most 3/4 full: linear probing stays
// short, and the index small) once the keys are set; they must be
// distinct.
func (t *Quant) Index() {
	n := t.Len()
	size := 16
	for size*3 < n*4 {
		size *= 2
	}
	t.mask = uint64(size - 1)
	t.slots = make([]uint64, size)
	for r := 0; r < n; r++ {
		k := t.Key(r)
		i := probe(k) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = k>>32<<32 | uint64(r+1)
	}
}

// Len returns the number of rows.
func (t *Quant) Len() int { return len(t.rows) / t.words }

// Key returns the key of row r.
func (t *Quant) Key(r int) uint64 { return t.rows[r*t.words] }

// Weight returns the quantized weight of class c in row r.
func (t *Quant) Weight(r, c int) int16 {
	return int16(t.rows[r*t.words+1+c/4] >> (16 * (c % 4)))
}

// Find returns the row number of key k, or -1.
func (t *Quant) Find(k uint64) int {
	i := probe(k) & t.mask
	hi := k >> 32
	for {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>32 == hi {
			r := int(uint32(s)) - 1
			if t.rows[r*t.words] == k {
				return r
			}
		}
		i = (i + 1) & t.mask
	}
}

// Add adds the quantized rows of feats to scores (len N); unknown
// features add nothing.
func (t *Quant) Add(feats []uint64, scores []int32) {
	s := scores[:t.N]
	// The rows are found first, a batch at a time, then added: the
	// look-ups do not wait on one another's cache misses.
	var found [32]int
	for len(feats) > 0 {
		k := min(len(feats), len(found))
		for i, f := range feats[:k] {
			found[i] = t.Find(f)
		}
		feats = feats[k:]
		for _, r := range found[:k] {
			if r < 0 {
				continue
			}
			row := t.rows[r*t.words+1 : (r+1)*t.words]
			c := 0
			for _, u := range row[:len(s)/4] {
				s4 := s[c : c+4 : c+4]
				s4[0] += int32(int16(u))
				s4[1] += int32(int16(u >> 16))
				s4[2] += int32(int16(u >> 32))
				s4[3] += int32(int16(u >> 48))
				c += 4
			}
			if c < len(s) {
				u := row[c/4]
				for ; c < len(s); c++ {
					s[c] += int32(int16(u))
					u >>= 16
				}
			}
		}
	}
}
