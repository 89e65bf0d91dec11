package tagger

import (
	"math"
	"os"
	"sort"
	"unicode"

	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/learn"
)

// Word clusters from raw news text. A fifth of the words in new text were
// never seen in the treebanks; what the tagger knows of them comes from
// their letters, unless it also knows the company they keep. Each frequent
// word of the SaudiNewsNet articles is represented by the words seen just
// left and right of it (among the most frequent ones), and spherical
// k-means groups words with similar neighbourhoods; the cluster number is
// a feature of the UPOS classifier. Deterministic: fixed file order, fixed
// initialisation, no randomness.

const (
	clusterVocab    = 100000 // words that get a cluster
	clusterContexts = 400    // neighbours counted on each side
	clusterMinCount = 3
	clusterIters    = 8
)

// rawTokens calls fn for each word (run of letters, diacritics stripped)
// of the articles' titles and contents, in file order; a nil word marks the
// end of a text.
func rawTokens(dir string, fn func(w string)) error {
	return corpus.EachText(dir, func(text string) {
		splitWords(text, fn)
		fn("")
	})
}

func splitWords(text string, fn func(w string)) {
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r) || isDiacritic(r)
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			fn(Strip(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fn(Strip(text[start:]))
	}
}

// learnClusters returns a cluster number for the frequent words of the raw
// text in dir (folded forms), or nil when dir has no archives.
func learnClusters(dir string, k int, log func(string, ...any)) (map[string]uint16, error) {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, nil
	}
	// One pass over the archives: every type gets a number in order of
	// appearance and the text is kept as a stream of numbers (-1 ends a
	// text).
	var st learn.Stream
	if err := rawTokens(dir, func(w string) {
		if w == "" {
			st.End()
			return
		}
		st.Add(normForm(w))
	}); err != nil {
		return nil, err
	}
	if log != nil {
		log("clusters: %d words, %d types", len(st.IDs), len(st.Words))
	}
	words := clusterWords(&st)
	if len(words) < k {
		return nil, nil
	}
	vecs := neighbourVectors(&st, words)
	st.IDs = nil // the text is no longer needed
	assign := kmeans(vecs, k, log)
	out := make(map[string]uint16, len(words))
	for i, w := range words {
		out[w] = assign[i]
	}
	return out, nil
}

// clusterWords returns the words that get a cluster: the clusterVocab
// commonest seen at least clusterMinCount times, commonest first.
func clusterWords(st *learn.Stream) []string {
	var words []string
	for _, id := range st.Ranked() {
		if st.Counts[id] < clusterMinCount {
			break
		}
		words = append(words, st.Words[id])
	}
	if len(words) > clusterVocab {
		words = words[:clusterVocab]
	}
	return words
}

// clusterDims is the dimension of the neighbour vectors: dimension c <
// clusterContexts is "left neighbour is word c", c+clusterContexts "right
// neighbour is c".
const clusterDims = 2 * clusterContexts

// sparseEntry is one non-zero dimension of a sparse vector.
type sparseEntry struct {
	dim int32
	v   float32
}

// neighbourVectors returns each word's vector of neighbour counts (square
// roots, unit length), dimensions in order.
func neighbourVectors(st *learn.Stream, words []string) [][]sparseEntry {
	// rank maps a type number to the word's rank, -1 when not kept.
	rank := make([]int32, len(st.Words))
	for i := range rank {
		rank[i] = -1
	}
	for i, w := range words {
		rank[st.ID(w)] = int32(i)
	}
	counts := make([]map[int32]float32, len(words))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	prev := int32(-1)
	prevCtx := int32(-1)
	for _, t := range st.IDs {
		if t < 0 {
			prev, prevCtx = -1, -1
			continue
		}
		cur := rank[t]
		curCtx := int32(-1)
		if cur >= 0 && cur < clusterContexts {
			curCtx = cur
		}
		if cur >= 0 && prevCtx >= 0 {
			counts[cur][prevCtx]++
		}
		if prev >= 0 && curCtx >= 0 {
			counts[prev][curCtx+clusterContexts]++
		}
		prev, prevCtx = cur, curCtx
	}
	vecs := make([][]sparseEntry, len(words))
	for i, c := range counts {
		var v []sparseEntry
		var norm float64
		for d, n := range c {
			x := float32(math.Sqrt(float64(n)))
			v = append(v, sparseEntry{d, x})
			norm += float64(x * x)
		}
		sort.Slice(v, func(a, b int) bool { return v[a].dim < v[b].dim })
		if norm > 0 {
			s := float32(1 / math.Sqrt(norm))
			for j := range v {
				v[j].v *= s
			}
		}
		vecs[i] = v
	}
	return vecs
}

// kmeans groups the vectors into k clusters by spherical k-means,
// initialised with vectors spread over their order (the frequency
// ranking), and returns each vector's cluster.
func kmeans(vecs [][]sparseEntry, k int, log func(string, ...any)) []uint16 {
	dims := clusterDims
	cent := make([]float32, k*dims)
	for c := 0; c < k; c++ {
		for _, e := range vecs[c*len(vecs)/k] {
			cent[c*dims+int(e.dim)] = e.v
		}
	}
	assign := make([]uint16, len(vecs))
	for it := 0; it < clusterIters; it++ {
		changed := 0
		for i, v := range vecs {
			best := nearest(cent, dims, k, v)
			if assign[i] != uint16(best) || it == 0 {
				changed++
			}
			assign[i] = uint16(best)
		}
		clear(cent)
		for i, v := range vecs {
			row := cent[int(assign[i])*dims:]
			for _, e := range v {
				row[e.dim] += e.v
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*dims : c*dims+dims])
		}
		if log != nil {
			log("clusters iteration %d: %d words moved", it+1, changed)
		}
	}
	return assign
}

// nearest returns the centroid of the k in cent (dims each) with the
// largest dot product with v (the first of equals).
func nearest(cent []float32, dims, k int, v []sparseEntry) int {
	best, bestScore := 0, float32(-1)
	for c := 0; c < k; c++ {
		row := cent[c*dims : c*dims+dims]
		var s float32
		for _, e := range v {
			s += row[e.dim] * e.v
		}
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// normalize scales row to unit length (a zero row stays zero).
func normalize(row []float32) {
	var norm float64
	for _, x := range row {
		norm += float64(x * x)
	}
	if norm > 0 {
		s := float32(1 / math.Sqrt(norm))
		for d := range row {
			row[d] *= s
		}
	}
}
