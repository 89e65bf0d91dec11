package rasid

// Arena is memory the annotators of a document take the storage of its
// words and segments from, so that a caller analysing documents one after
// another reuses it instead of allocating it again for each. A caller that
// is done with a document's layers before it analyses the next one (a
// worker of rasid analyze, which writes each document's output at once)
// keeps one Arena, calls Reset before each document and sets it as
// Document.Arena. Without one (a nil *Arena) the annotators allocate.
//
// An Arena is used by one goroutine at a time.
type Arena struct {
	words []Word
	strs  []string
}

// arenaMax bounds the slabs an Arena keeps from one document to the next
// (a very long document's are left to the collector).
const arenaMax = 1 << 18

// Reset makes the arena's memory free for the next document. The layers of
// the documents analysed with it must no longer be read: their words and
// segments are overwritten.
func (a *Arena) Reset() {
	if a == nil {
		return
	}
	if cap(a.words) > arenaMax {
		a.words = nil
	}
	if cap(a.strs) > arenaMax {
		a.strs = nil
	}
	a.words, a.strs = a.words[:0], a.strs[:0]
}

// Words returns n zero words, their capacity n.
func (a *Arena) Words(n int) []Word {
	if a == nil {
		return make([]Word, n)
	}
	if cap(a.words)-len(a.words) < n {
		// A new slab; the old one stays with the words already handed
		// out, and the arena keeps the larger.
		a.words = make([]Word, 0, max(2*cap(a.words), n, 1024))
	}
	l := len(a.words)
	a.words = a.words[:l+n]
	w := a.words[l : l+n : l+n]
	clear(w)
	return w
}

// Strings returns n empty strings, their capacity n.
func (a *Arena) Strings(n int) []string {
	if a == nil {
		return make([]string, n)
	}
	if cap(a.strs)-len(a.strs) < n {
		a.strs = make([]string, 0, max(2*cap(a.strs), n, 1024))
	}
	l := len(a.strs)
	a.strs = a.strs[:l+n]
	s := a.strs[l : l+n : l+n]
	clear(s)
	return s
}
