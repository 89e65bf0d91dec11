package morph

import "strings"

// strTable is a read-only set of strings numbered 0..n-1, for the word
// lists of a loaded model (raw-text frequencies, names, training stems,
// memorised analyses, UD splits). It is built from the model file's sorted
// keys without an allocation per key, and looks a key up by its parts
// (find2: ال + stem, stem + ending) without building the string: open
// addressing with linear probing over an FNV-1a hash, load factor ≤ 1/2.
// A slot holds the low 32 bits of its key's hash beside the key's number,
// so that a probe compares strings only when those agree (most look-ups
// of candidate stems miss, and a miss then reads no key). Safe for
// concurrent use.
type strTable struct {
	keys  []string
	slots []uint64 // low 32 bits of the key's hash << 32 | key number + 1; 0 is an empty slot
	shift uint     // slot of hash h: (h * golden) >> shift
}

const (
	strOffset = 14695981039346656037
	strPrime  = 1099511628211
	strGolden = 0x9e3779b97f4a7c15
)

// strHash adds the bytes of s to the FNV-1a hash h.
func strHash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= strPrime
	}
	return h
}

// newStrTable numbers keys in order; the keys must be distinct.
func newStrTable(keys []string) *strTable {
	bits := uint(4)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	t := &strTable{keys: keys, slots: make([]uint64, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.slots) - 1)
	for i, k := range keys {
		h := strHash(strOffset, k)
		j := t.slot(h)
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = h<<32 | uint64(i+1)
	}
	return t
}

// splitKeys returns the "\n"-separated keys of joined as substrings of it.
func splitKeys(joined string, n int) []string {
	keys := make([]string, 0, n)
	for joined != "" {
		k, rest, _ := strings.Cut(joined, "\n")
		keys = append(keys, k)
		joined = rest
	}
	return keys
}

func (t *strTable) slot(h uint64) uint64 { return (h * strGolden) >> t.shift }

// find returns the number of key s, or -1.
func (t *strTable) find(s string) int {
	if t == nil {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	h := strHash(strOffset, s)
	for j := t.slot(h); ; j = (j + 1) & mask {
		e := t.slots[j]
		if e == 0 {
			return -1
		}
		if k := uint32(e); e>>32 == h&(1<<32-1) && t.keys[k-1] == s {
			return int(k - 1)
		}
	}
}

// find2 returns the number of key a+b, or -1.
func (t *strTable) find2(a, b string) int {
	if t == nil {
		return -1
	}
	return t.findHashed(strHash(strHash(strOffset, a), b), a, b)
}

// findHashed is find2 given the hash h of a+b.
func (t *strTable) findHashed(h uint64, a, b string) int {
	if t == nil {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	n := len(a) + len(b)
	for j := t.slot(h); ; j = (j + 1) & mask {
		e := t.slots[j]
		if e == 0 {
			return -1
		}
		if e>>32 != h&(1<<32-1) {
			continue
		}
		if s := t.keys[uint32(e)-1]; len(s) == n && s[:len(a)] == a && s[len(a):] == b {
			return int(uint32(e) - 1)
		}
	}
}

// lexicons are the word lists of a model read from a file, in place of the
// maps training fills (see Model.freqOf and its siblings).
type lexicons struct {
	freq, names, lex, memory, udSplit *strTable

	freqV, namesV, lexV []uint8
	memoryV             []string
	udSplitV            []uint64
}

func u8At(v []uint8, i int) uint8 {
	if i < 0 {
		return 0
	}
	return v[i]
}

// freqOf returns the frequency bucket of w in the raw news text (0 absent).
func (m *Model) freqOf(w string) uint8 {
	if l := m.lists; l != nil {
		return u8At(l.freqV, l.freq.find(w))
	}
	return m.freq[w]
}

// freqOf2 is freqOf(a + b).
func (m *Model) freqOf2(a, b string) uint8 {
	if l := m.lists; l != nil {
		return u8At(l.freqV, l.freq.find2(a, b))
	}
	return m.freq[a+b]
}

// paradigmFreqs sets f[i] to freqOf2(stem, paradigm[i]) for every ending
// of the paradigm, hashing the stem once.
func (m *Model) paradigmFreqs(stem string, f *[len(paradigm)]uint8) {
	l := m.lists
	if l == nil {
		for i, alt := range paradigm {
			f[i] = m.freq[stem+alt]
		}
		return
	}
	h := strHash(strOffset, stem)
	for i, alt := range paradigm {
		f[i] = u8At(l.freqV, l.freq.findHashed(strHash(h, alt), stem, alt))
	}
}

// nameOf returns the name-token count bucket of w (0 absent).
func (m *Model) nameOf(w string) uint8 {
	if l := m.lists; l != nil {
		return u8At(l.namesV, l.names.find(w))
	}
	return m.names[w]
}

// lexOf returns the training-stem count bucket of w (0 absent).
func (m *Model) lexOf(w string) uint8 {
	if l := m.lists; l != nil {
		return u8At(l.lexV, l.lex.find(w))
	}
	return m.lex[w]
}

// memoryOf returns the memorised analysis of the letters tok.
func (m *Model) memoryOf(tok string) (string, bool) {
	if l := m.lists; l != nil {
		if i := l.memory.find(tok); i >= 0 {
			return l.memoryV[i], true
		}
		return "", false
	}
	s, ok := m.memory[tok]
	return s, ok
}

// udSplitOf returns the UD word starts PUD gives the letters tok.
func (m *Model) udSplitOf(tok string) (uint64, bool) {
	if l := m.lists; l != nil {
		if i := l.udSplit.find(tok); i >= 0 {
			return l.udSplitV[i], true
		}
		return 0, false
	}
	v, ok := m.udSplit[tok]
	return v, ok
}
