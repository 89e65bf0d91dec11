package learn

// Chunk is a labelled span over token indices [Start, End).
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks reads IOB2 tags (B-X, I-X, O; "B_X" reads as "B-X") into spans
// the way conlleval does: an I- tag whose type differs from the running
// chunk, or that follows O, starts a new chunk.
func Chunks(tags []string) []Chunk { return AppendChunks(nil, tags) }

// AppendChunks appends the chunks of tags (Chunks) to out.
func AppendChunks(out []Chunk, tags []string) []Chunk {
	cur := Chunk{Start: -1}
	for i, t := range tags {
		p, typ := SplitTag(t)
		startNew := p == 'B' || (p == 'I' && (cur.Start < 0 || cur.Type != typ))
		if p == 'O' || startNew {
			if cur.Start >= 0 {
				cur.End = i
				out = append(out, cur)
				cur = Chunk{Start: -1}
			}
		}
		if startNew {
			cur = Chunk{Start: i, Type: typ}
		}
	}
	if cur.Start >= 0 {
		cur.End = len(tags)
		out = append(out, cur)
	}
	return out
}

// SplitTag returns the prefix (B, I or O) and the type of an IOB2 tag.
func SplitTag(t string) (byte, string) {
	if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && (t[1] == '-' || t[1] == '_') {
		return t[0], t[2:]
	}
	return 'O', ""
}
