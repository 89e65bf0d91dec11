package topic

import "hash/maphash"

// termIndex numbers the model's terms: an open-addressing table hashed
// once per lookup, each slot holding the term's number and 32 bits of its
// hash, so that a probe compares strings only when those bits agree.
type termIndex struct {
	seed  maphash.Seed
	terms []string
	slots []termSlot
	mask  uint64
}

type termSlot struct {
	tag uint32 // the high bits of the term's hash
	n   int32  // the term's number + 1; 0 is an empty slot
}

// newTermIndex numbers terms in order (of equal terms, the last counts).
func newTermIndex(terms []string) *termIndex {
	size := 16
	for size < 2*len(terms) {
		size *= 2
	}
	x := &termIndex{seed: maphash.MakeSeed(), terms: terms, slots: make([]termSlot, size), mask: uint64(size - 1)}
	for i, t := range terms {
		h := maphash.String(x.seed, t)
		j := h & x.mask
		for x.slots[j].n != 0 && !(x.slots[j].tag == uint32(h>>32) && terms[x.slots[j].n-1] == t) {
			j = (j + 1) & x.mask
		}
		x.slots[j] = termSlot{tag: uint32(h >> 32), n: int32(i + 1)}
	}
	return x
}

// find returns the number of term t.
func (x *termIndex) find(t []byte) (int32, bool) {
	h := maphash.Bytes(x.seed, t)
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s.n == 0 {
			return 0, false
		}
		if s.tag == uint32(h>>32) && x.terms[s.n-1] == string(t) {
			return s.n - 1, true
		}
	}
}

// findString is find of a string.
func (x *termIndex) findString(t string) (int32, bool) {
	h := maphash.String(x.seed, t)
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s.n == 0 {
			return 0, false
		}
		if s.tag == uint32(h>>32) && x.terms[s.n-1] == t {
			return s.n - 1, true
		}
	}
}
