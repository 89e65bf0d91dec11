package entity

import "hash/maphash"

// wordTable is a loaded model's cluster words (Clusters) in a form the
// collector does not scan: the words one after the other in one string,
// their entries in a slice without pointers and an open-addressing index
// over them. It is read-only once built.
type wordTable struct {
	seed  maphash.Seed
	text  string      // the words, one after the other
	slots []wordSlot  // a power of two, at most three quarters full
	ents  []wordEntry // in the order the words were added
}

// wordSlot is an open-addressing slot: 32 bits of the word's hash and its
// entry's index + 1 (0: empty).
type wordSlot struct {
	h uint32
	e uint32
}

// wordEntry is a word, text[off:off+n], and its clusters and counts.
type wordEntry struct {
	off, n uint32
	e      clusterEntry
}

// newWordTable returns a table of the words of text, word k ending at
// ends[k] (the next one starting there), with their entries es.
func newWordTable(text string, ends []int, es []clusterEntry) *wordTable {
	size := 1
	for 3*size < 4*len(ends)+4 {
		size *= 2
	}
	t := &wordTable{seed: maphash.MakeSeed(), text: text, slots: make([]wordSlot, size), ents: make([]wordEntry, 0, len(ends))}
	start := 0
	for k, end := range ends {
		w := text[start:end]
		if i, found := t.find(w); found {
			t.ents[t.slots[i].e-1].e = es[k] // a repeated word: the last entry, as a map keeps it
		} else {
			t.ents = append(t.ents, wordEntry{off: uint32(start), n: uint32(end - start), e: es[k]})
			t.slots[i] = wordSlot{h: uint32(maphash.String(t.seed, w)), e: uint32(len(t.ents))}
		}
		start = end
	}
	return t
}

// find returns the slot of w, or the empty slot where it would go.
func (t *wordTable) find(w string) (int, bool) {
	h := uint32(maphash.String(t.seed, w))
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.e == 0 {
			return i, false
		}
		if s.h == h {
			if e := &t.ents[s.e-1]; t.text[e.off:e.off+e.n] == w {
				return i, true
			}
		}
	}
}

// get returns the entry of w.
func (t *wordTable) get(w string) (clusterEntry, bool) {
	if len(t.slots) == 0 {
		return clusterEntry{}, false
	}
	i, ok := t.find(w)
	if !ok {
		return clusterEntry{}, false
	}
	return t.ents[t.slots[i].e-1].e, true
}

// word returns the word of entry k.
func (t *wordTable) word(k int) string {
	e := &t.ents[k]
	return t.text[e.off : e.off+e.n]
}
