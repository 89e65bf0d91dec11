package topic

import (
	"math"
	"strings"

	"github.com/rasid/rasid/internal/clusters"
)

// WordVectors are embeddings of terms learnt from raw text (see
// BuildVectors): an article's document vector is the sum of its terms'
// vectors, each times the term's weight in the article's vector.
type WordVectors struct {
	Dims  int
	index map[string]int32
	x     []float32 // row r: the vector of term r
}

// Len returns the number of terms with a vector.
func (wv *WordVectors) Len() int { return len(wv.index) }

// VectorOptions say how BuildVectors learns the embeddings.
type VectorOptions struct {
	Dims     int // dimensions of the randomized SVD
	Vocab    int // terms that get a vector, most frequent first
	MinCount int // occurrences a term needs
	Contexts int // context terms, most frequent first
	Seed     int64
}

// DefaultVectorOptions are the options the figures of docs/aids.md
// measured.
var DefaultVectorOptions = VectorOptions{Dims: 100, Vocab: 30000, MinCount: 5, Contexts: 3000, Seed: 1}

// BuildVectors learns term embeddings from texts given as terms (see
// Terms; "" cuts the context): the positive PMI of each term with the
// frequent terms within two places of it, reduced by randomized SVD
// (package internal/clusters). Deterministic for the same texts.
func BuildVectors(texts [][]string, o VectorOptions) (*WordVectors, error) {
	res, err := clusters.Build(func(text func(string)) error {
		for _, t := range texts {
			text(strings.Join(t, "\n"))
		}
		return nil
	}, clusters.Options{
		Split: func(text string, word func(string), cut func()) {
			for _, t := range strings.Split(text, "\n") {
				if t == "" || strings.HasPrefix(t, "f:") || t[0] == '#' {
					cut()
					continue
				}
				word(t)
			}
		},
		Vocab: o.Vocab, MinCount: o.MinCount, Contexts: o.Contexts, Offsets: []int{-2, -1, 1, 2},
		Weighting: clusters.PPMI, Dims: o.Dims, Seed: o.Seed,
	})
	if err != nil {
		return nil, err
	}
	wv := &WordVectors{Dims: o.Dims, index: map[string]int32{}, x: res.Vectors}
	for r := 0; r*o.Dims < len(res.Vectors); r++ {
		wv.index[res.Words[r]] = int32(r)
	}
	return wv, nil
}

// docVector writes into d the document vector of x over the model's
// terms: the sum of the vectors of its terms times their weights, scaled
// to length VecWeight when VecNorm is set, else times VecWeight.
func (m *Model) docVector(x []feature, d []float64) {
	clear(d)
	dims := m.vec.Dims
	for _, f := range x {
		r := m.tv[f.i]
		if r < 0 {
			continue
		}
		row := m.vec.x[int(r)*dims : int(r)*dims+dims]
		for j := range d {
			d[j] += float64(float64(row[j]) * float64(f.v))
		}
	}
	s := m.Opt.VecWeight
	if m.Opt.VecNorm {
		var n float64
		for _, v := range d {
			n += float64(v * v)
		}
		if n == 0 {
			return
		}
		s = float64(s / math.Sqrt(n))
	}
	for j := range d {
		d[j] = float64(d[j] * s)
	}
}

// termVectors sets m.tv: the row of each term's vector, -1 for none.
func (m *Model) termVectors() {
	m.tv = make([]int32, len(m.terms))
	for i, t := range m.terms {
		r, ok := m.vec.index[t]
		if !ok {
			r = -1
		}
		m.tv[i] = r
	}
}
