package entity

import "github.com/rasid/rasid/internal/learn"

// chunk is an entity span over token indices [start, end).
type chunk struct {
	start, end int
	typ        string
}

// chunks reads IOB2 tags into spans (learn.Chunks).
func chunks(tags []string) []chunk {
	cs := learn.Chunks(tags)
	out := make([]chunk, len(cs))
	for i, c := range cs {
		out[i] = chunk{c.Start, c.End, c.Type}
	}
	return out
}
