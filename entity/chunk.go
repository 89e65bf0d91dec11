package entity

import "github.com/rasid/rasid/internal/learn"

// chunk is an entity span over token indices [start, end).
type chunk struct {
	start, end int
	typ        string
}

// chunks reads IOB2 tags into spans (learn.Chunks), in slices of slab;
// buf is working memory, returned for the next call.
func chunks(slab *chunkSlab, buf []learn.Chunk, tags []string) ([]chunk, []learn.Chunk) {
	buf = learn.AppendChunks(buf[:0], tags)
	out := slab.take(len(buf))
	for _, c := range buf {
		out = append(out, chunk{c.Start, c.End, c.Type})
	}
	return out, buf
}

// chunkSlab hands out the chunk slices of one document's rules from one
// array kept from one document to the next. A slice handed out is not
// handed out again before reset, so a rule that replaces a sentence's
// chunks leaves the slice it read as it was (as a new allocation would).
// A nil slab allocates.
type chunkSlab struct{ buf []chunk }

// take returns an empty slice with room for n chunks; appending more
// moves it to a new array, as append does.
func (s *chunkSlab) take(n int) []chunk {
	if s == nil {
		return make([]chunk, 0, n)
	}
	at := len(s.buf)
	if at+n > cap(s.buf) {
		s.buf = make([]chunk, 0, max(2*cap(s.buf), n, 1024))
		at = 0
	}
	s.buf = s.buf[:at+n]
	return s.buf[at : at : at+n]
}

// reset makes the slab's array free for the next document: no slice it
// handed out may be used after.
func (s *chunkSlab) reset() {
	clear(s.buf) // the types' strings
	s.buf = s.buf[:0]
}
