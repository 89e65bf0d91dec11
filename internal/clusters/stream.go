package clusters

import "sort"

// Stream is raw text read for word clusters: each distinct word gets a
// number in order of first appearance, counted, and the text is kept as
// the sequence of those numbers, -1 ending each text. It is Build's first
// pass.
type Stream struct {
	Words  []string // word number → word
	Counts []int    // word number → occurrences
	IDs    []int32  // the text as word numbers, -1 between texts
	index  map[string]int32
}

// Add appends one word.
func (s *Stream) Add(w string) {
	if s.index == nil {
		s.index = map[string]int32{}
	}
	id, ok := s.index[w]
	if !ok {
		id = int32(len(s.Words))
		s.index[w] = id
		s.Words = append(s.Words, w)
		s.Counts = append(s.Counts, 0)
	}
	s.Counts[id]++
	s.IDs = append(s.IDs, id)
}

// End ends a text: no context crosses it.
func (s *Stream) End() { s.IDs = append(s.IDs, -1) }

// ID returns the number of word w, or -1.
func (s *Stream) ID(w string) int32 {
	if id, ok := s.index[w]; ok {
		return id
	}
	return -1
}

// Ranked returns the word numbers, most frequent first, ties in word
// order: the deterministic order in which vocabularies and contexts are
// chosen.
func (s *Stream) Ranked() []int {
	order := make([]int, len(s.Words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		ca, cb := s.Counts[order[a]], s.Counts[order[b]]
		if ca != cb {
			return ca > cb
		}
		return s.Words[order[a]] < s.Words[order[b]]
	})
	return order
}
