package entity

import (
	"math"
	"math/rand"
	"sort"
	"unicode"

	"github.com/rasid/rasid/internal/learn"
)

// Clusters maps folded words to distributional clusters learnt from raw
// news text, and to their raw-text counts.
type Clusters struct {
	words map[string]clusterEntry
}

type clusterEntry struct {
	fine, coarse uint16 // noCluster when the word is counted but not clustered
	count        uint32
	ctx          uint32 // context buckets (contexts.go), ctxBits per class
}

const noCluster = 0xffff

func (c *Clusters) lookup(w string) (fine, coarse, freq int, ctx uint32) {
	if c == nil {
		return -1, -1, 0, 0
	}
	e, ok := c.words[w]
	if !ok {
		return -1, -1, 0, 0
	}
	if e.fine == noCluster {
		return -1, -1, freqBucket(int(e.count)), e.ctx
	}
	return int(e.fine), int(e.coarse), freqBucket(int(e.count)), e.ctx
}

func (c *Clusters) count(w string) int {
	if c == nil {
		return 0
	}
	return int(c.words[w].count)
}

// ClusterOptions sets how clusters are computed.
type ClusterOptions struct {
	Vocab     int // words that get a cluster (most frequent first)
	Keep      int // words whose counts are kept (for clitic decisions)
	Contexts  int // context words (most frequent first)
	Dims      int // random projection dimensions
	Fine      int // number of fine clusters
	Coarse    int // number of coarse clusters
	Iter      int // k-means iterations
	MinCount  int
	Seed      int64
	MaxTokens int // 0: all
}

// DefaultClusterOptions are the settings of the shipped model.
var DefaultClusterOptions = ClusterOptions{
	Vocab: 60000, Keep: 150000, Contexts: 1500, Dims: 64, Fine: 600, Coarse: 60,
	Iter: 8, MinCount: 3, Seed: 1,
}

// rawTokens splits raw text into folded tokens the way ANERcorp tokens are
// cut: at spaces, and with punctuation standing alone; clitics stay
// attached.
func rawTokens(text string, emit func(string)) {
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			emit(fold(clipToken(text[start:i])))
			start = -1
		}
		if !unicode.IsSpace(r) {
			emit(string(r))
		}
	}
	if start >= 0 {
		emit(fold(clipToken(text[start:])))
	}
}

// BuildClusters learns word clusters from raw text: each frequent word is
// described by positive PMI with the frequent words at offsets -2..+2,
// projected to a few random dimensions, and the projections are grouped
// by spherical k-means (fine), whose centroids are grouped again (coarse).
func BuildClusters(texts func(func(string)) error, o ClusterOptions, logf func(string, ...any)) (*Clusters, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	// Pass 1: count words and keep the token stream as ids.
	var st learn.Stream
	err := texts(func(text string) {
		rawTokens(text, func(w string) {
			if o.MaxTokens > 0 && len(st.IDs) >= o.MaxTokens {
				return
			}
			st.Add(w)
		})
		st.End() // document break
	})
	if err != nil {
		return nil, err
	}
	words, counts, stream := st.Words, st.Counts, st.IDs
	logf("clusters: %d tokens, %d types", len(stream), len(words))
	order := st.Ranked()
	rank := make([]int32, len(words))
	for r, id := range order {
		rank[id] = int32(r)
	}
	vocab := o.Vocab
	for vocab > 0 && counts[order[vocab-1]] < o.MinCount {
		vocab--
	}
	if vocab > len(order) {
		vocab = len(order)
	}
	// Pass 2: co-occurrence counts with the top contexts.
	C := o.Contexts
	nctx := 4 * C
	pairs := make([]map[int32]float32, vocab)
	for i := range pairs {
		pairs[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, nctx)
	for i, id := range stream {
		if id < 0 || int(rank[id]) >= vocab {
			continue
		}
		r := rank[id]
		for k, off := range [4]int{-2, -1, 1, 2} {
			j := i + off
			if j < 0 || j >= len(stream) || stream[j] < 0 {
				continue
			}
			if (off == -2 && stream[i-1] < 0) || (off == 2 && stream[i+1] < 0) {
				continue
			}
			cr := rank[stream[j]]
			if int(cr) >= C {
				continue
			}
			c := int32(k*C) + cr
			pairs[r][c]++
			ctxTotal[c]++
		}
	}
	var sumAlpha float64
	for _, v := range ctxTotal {
		sumAlpha += math.Pow(v, 0.75)
	}
	// Sparse PPMI matrix, rows = vocabulary words, in CSR form.
	csr := sparseRows{rowStart: make([]int, vocab+1), cols: nctx}
	for r := 0; r < vocab; r++ {
		var rowTotal float64
		for _, v := range pairs[r] {
			rowTotal += float64(v)
		}
		keys := make([]int32, 0, len(pairs[r]))
		for c := range pairs[r] {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, c := range keys {
			n := pairs[r][c]
			if n < 2 {
				continue
			}
			// Context distribution smoothed with exponent 0.75.
			pmi := math.Log(float64(n) * sumAlpha / (rowTotal * math.Pow(ctxTotal[c], 0.75)))
			if pmi <= 0 {
				continue
			}
			csr.col = append(csr.col, c)
			csr.val = append(csr.val, float32(pmi))
		}
		csr.rowStart[r+1] = len(csr.col)
		pairs[r] = nil
	}
	D := o.Dims
	vecs := csr.svdEmbed(D, o.Seed)
	for r := 0; r < vocab; r++ {
		unitLength(vecs[r*D : (r+1)*D])
	}
	logf("clusters: %d words, %d PPMI cells, embedded in %d dims", vocab, len(csr.col), D)
	fine := kmeans(vecs, nil, vocab, D, o.Fine, o.Iter, o.Seed)
	// Coarse clusters over the fine centroids, weighted by size.
	cent := make([]float32, o.Fine*D)
	size := make([]float32, o.Fine)
	for r := 0; r < vocab; r++ {
		c := fine[r]
		size[c]++
		for d := 0; d < D; d++ {
			cent[c*D+d] += vecs[r*D+d]
		}
	}
	for c := 0; c < o.Fine; c++ {
		unitLength(cent[c*D : (c+1)*D])
	}
	coarseOfFine := kmeans(cent, size, o.Fine, D, o.Coarse, o.Iter*2, o.Seed+1)
	t := &Clusters{words: map[string]clusterEntry{}}
	keep := o.Keep
	if keep > len(order) {
		keep = len(order)
	}
	for r := 0; r < keep; r++ {
		id := order[r]
		if counts[id] < 2 {
			break
		}
		e := clusterEntry{fine: noCluster, coarse: noCluster, count: uint32(counts[id])}
		if r < vocab {
			e.fine = uint16(fine[r])
			e.coarse = uint16(coarseOfFine[fine[r]])
		}
		t.words[words[id]] = e
	}
	logf("clusters: %d words kept, %d clustered", len(t.words), vocab)
	return t, nil
}

func unitLength(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
}

// kmeans runs spherical k-means on n unit vectors of d dims (optionally
// weighted) and returns each vector's cluster. Initial centroids are spread
// over the input order (frequency order), so the run is deterministic.
func kmeans(x, weight []float32, n, d, k, iter int, seed int64) []int {
	if k > n {
		k = n
	}
	cent := make([]float32, k*d)
	rng := rand.New(rand.NewSource(seed))
	perm := rng.Perm(n)
	for c := 0; c < k; c++ {
		copy(cent[c*d:(c+1)*d], x[perm[c]*d:(perm[c]+1)*d])
	}
	assign := make([]int, n)
	for it := 0; it < iter; it++ {
		for i := 0; i < n; i++ {
			xi := x[i*d : (i+1)*d]
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				cc := cent[c*d : (c+1)*d]
				var s float32
				for j := range xi {
					s += xi[j] * cc[j]
				}
				if s > best {
					best, arg = s, c
				}
			}
			assign[i] = arg
		}
		for i := range cent {
			cent[i] = 0
		}
		used := make([]bool, k)
		for i := 0; i < n; i++ {
			c := assign[i]
			used[c] = true
			wt := float32(1)
			if weight != nil {
				wt = weight[i]
			}
			for j := 0; j < d; j++ {
				cent[c*d+j] += wt * x[i*d+j]
			}
		}
		for c := 0; c < k; c++ {
			if !used[c] {
				p := rng.Intn(n)
				copy(cent[c*d:(c+1)*d], x[p*d:(p+1)*d])
			}
			unitLength(cent[c*d : (c+1)*d])
		}
	}
	return assign
}
