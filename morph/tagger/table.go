package tagger

import "hash/maphash"

// table is a read-only map from strings to small numbers, stored as one
// blob of sorted keys. It loads without an allocation per entry, which
// keeps model loading fast with 10^5 entries. Look-ups (for words not seen
// in training, several per new word) go through an index built at load:
// open addressing with linear probing, at most half full, a slot holding
// 32 bits of its key's hash beside the key's number, so that a probe reads
// a key only when those agree. It is safe for concurrent use.
type table struct {
	blob  string
	ends  []uint32 // ends[i] is the end of key i in blob
	vals  []uint16
	seed  maphash.Seed
	slots []uint64 // high 32 bits of the key's hash << 32 | key number + 1; 0 is an empty slot
}

func (t *table) len() int { return len(t.ends) }

func (t *table) key(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.blob[start:t.ends[i]]
}

// index builds the look-up index once the keys are in place (they are
// distinct).
func (t *table) index() *table {
	size := 16
	for size < 2*len(t.ends) {
		size *= 2
	}
	t.seed = maphash.MakeSeed()
	t.slots = make([]uint64, size)
	mask := uint64(size - 1)
	for i := range t.ends {
		h := maphash.String(t.seed, t.key(i))
		j := h & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = h>>32<<32 | uint64(i+1)
	}
	return t
}

func (t *table) get(k string) (uint16, bool) {
	if t == nil {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	h := maphash.String(t.seed, k)
	for j := h & mask; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s == 0 {
			return 0, false
		}
		if s>>32 == h>>32 {
			if i := int(uint32(s)) - 1; t.key(i) == k {
				return t.vals[i], true
			}
		}
	}
}

// tag implements tagLookup for a table of UPOS classes.
func (t *table) tag(k string) (uint8, bool) {
	v, ok := t.get(k)
	return uint8(v), ok
}

func tableOf[V uint8 | uint16](m map[string]V) *table {
	keys := sortedKeys(m)
	t := &table{ends: make([]uint32, len(keys)), vals: make([]uint16, len(keys))}
	var blob []byte
	for i, k := range keys {
		blob = append(blob, k...)
		t.ends[i] = uint32(len(blob))
		t.vals[i] = uint16(m[k])
	}
	t.blob = string(blob)
	return t.index()
}

// tagLookup gives the commonest UPOS class of a folded form: a map while
// training (jackknifed dictionaries), a table in a trained model.
type tagLookup interface {
	tag(form string) (uint8, bool)
}

type tagMap map[string]uint8

func (m tagMap) tag(k string) (uint8, bool) {
	v, ok := m[k]
	return v, ok
}

// writeTable and readTable store a table as its count and (key, value)
// pairs in key order.
func (w *writer) table(t *table) {
	n := 0
	if t != nil {
		n = t.len()
	}
	w.Uvarint(uint64(n))
	for i := 0; i < n; i++ {
		w.String(t.key(i))
		w.Uvarint(uint64(t.vals[i]))
	}
}

func (r *reader) table(maxVal int) *table {
	n := r.Count(maxEntries)
	t := &table{ends: make([]uint32, 0, n), vals: make([]uint16, 0, n)}
	var blob []byte
	prevStart := 0
	for i := 0; i < n && r.Err == nil; i++ {
		k := r.Bytes(r.Count(1 << 20))
		start := len(blob)
		blob = append(blob, k...)
		if i > 0 && string(blob[start:]) <= string(blob[prevStart:start]) {
			r.Fail() // keys must be sorted for binary search
		}
		prevStart = start
		t.ends = append(t.ends, uint32(len(blob)))
		t.vals = append(t.vals, uint16(r.Count(maxVal)))
	}
	t.blob = string(blob)
	return t.index()
}
