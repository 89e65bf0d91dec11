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
	return take(&a.words, n)
}

// Strings returns n empty strings, their capacity n.
func (a *Arena) Strings(n int) []string {
	if a == nil {
		return make([]string, n)
	}
	return take(&a.strs, n)
}

// take hands out the next n zeroed elements of *slab, capacity n. When the
// slab is too small a new one is started (the old one stays with what was
// already handed out) and the arena keeps the larger.
func take[T any](slab *[]T, n int) []T {
	if cap(*slab)-len(*slab) < n {
		*slab = make([]T, 0, max(2*cap(*slab), n, 1024))
	}
	l := len(*slab)
	*slab = (*slab)[:l+n]
	s := (*slab)[l : l+n : l+n]
	clear(s)
	return s
}
