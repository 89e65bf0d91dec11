// Package clusters builds word clusters from raw text, the distributional
// features of the tagger (morph/tagger) and the entity model (entity).
//
// Raw texts → words ranked by frequency (Stream) → for each frequent word,
// the counts of the frequent words at given offsets around it → weighted
// context vectors (square roots, or positive PMI), clustered as they are or
// after a randomized SVD → spherical k-means → a cluster per word, and
// optionally coarse clusters of those clusters. A word the text knows but
// the model has never seen in training then shares the feature of the
// words that keep the same company.
//
// Deterministic: fixed text order, ties ranked by the word, initial
// centroids spread over the ranking or drawn from a fixed seed. The same
// texts and Options give the same clusters on every run, so the models that
// embed them reproduce byte for byte.
package clusters

import (
	"math"
	"math/rand"
	"sort"
)

// Splitter cuts a text into words: word is called for each, in order; cut
// ends a context span inside the text (no context crosses it, as none
// crosses from one text to the next).
type Splitter func(text string, word func(string), cut func())

// Weighting says how a context count becomes a vector component.
type Weighting int

const (
	// Sqrt weighs each context by the square root of its count. The
	// vectors and the centroids are scaled to unit length with their
	// squares rounded to float32 before they are summed (unitLength32), as
	// the tagger's clusters always were: summing exact squares moves 336 of
	// its 100,000 words to other clusters.
	Sqrt Weighting = iota
	// PPMI weighs each context by its positive pointwise mutual
	// information with the word, the context distribution smoothed with
	// exponent 0.75; contexts seen once are left out.
	PPMI
)

// Init says how k-means chooses its first centroids.
type Init int

const (
	// Spread takes the vectors at even steps of the frequency ranking.
	Spread Init = iota
	// Random takes vectors drawn with Options.Seed, and puts a cluster that
	// loses all its words back on a vector drawn the same way.
	Random
)

// Options sets how clusters are built.
type Options struct {
	Split     Splitter
	MaxTokens int // words read at most (text ends count as one); 0: all

	Vocab    int   // words that get a cluster, most frequent first
	MinCount int   // occurrences a clustered word needs
	Contexts int   // context words, most frequent first
	Offsets  []int // where a context word stands from the word (-1: just before)

	Weighting Weighting
	Dims      int // 0: cluster the context vectors; else their randomized SVD in Dims dimensions
	K         int // clusters (0: none, only the vectors of Result.Vectors)
	Coarse    int // clusters of the K centroids, weighted by size; 0: none
	Iter      int // k-means iterations (twice as many for the coarse clusters)
	Init      Init
	Seed      int64 // the SVD's and Random's seed; the coarse clusters use Seed+1

	Logf func(format string, args ...any) // progress; nil: none
}

// Result is what Build learnt.
type Result struct {
	Words  []string // every word read, most frequent first (ties by the word)
	Counts []int    // Counts[r]: occurrences of Words[r]
	// Cluster[r] is the cluster of Words[r] for r < len(Cluster): the
	// clustered words are the most frequent ones.
	Cluster []int
	Coarse  []int // Coarse[c]: the coarse cluster of cluster c; nil when Options.Coarse is 0
	// Vectors holds, when Options.Dims > 0, the unit-length embedding of
	// each clustered word: Vectors[r*Dims : (r+1)*Dims] is Words[r]'s.
	Vectors []float32
}

// Build reads the texts (texts calls its argument once per text) and
// clusters their frequent words.
func Build(texts func(func(string)) error, o Options) (*Result, error) {
	logf := o.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	st, err := read(texts, o.Split, o.MaxTokens)
	if err != nil {
		return nil, err
	}
	logf("clusters: %d tokens, %d types", len(st.IDs), len(st.Words))
	order := st.Ranked()
	res := &Result{Words: make([]string, len(order)), Counts: make([]int, len(order))}
	rank := make([]int32, len(order))
	for r, id := range order {
		rank[id] = int32(r)
		res.Words[r], res.Counts[r] = st.Words[id], st.Counts[id]
	}
	vocab := 0
	for vocab < len(order) && vocab < o.Vocab && res.Counts[vocab] >= o.MinCount {
		vocab++
	}
	if vocab == 0 {
		return res, nil
	}
	rows, totals := cooccur(st.IDs, rank, vocab, o.Contexts, o.Offsets)
	st.IDs = nil // the text is no longer needed
	m := weigh(rows, totals, o.Weighting)
	unit := unitLength
	if o.Weighting == Sqrt {
		unit = unitLength32
	}
	var vecs vectors = m
	if o.Dims > 0 {
		d := &dense{x: m.svdEmbed(o.Dims, o.Seed), d: o.Dims}
		for r := 0; r < vocab; r++ {
			unit(d.row(r))
		}
		logf("clusters: %d words, %d cells, embedded in %d dims", vocab, len(m.col), o.Dims)
		vecs = d
		res.Vectors = d.x
	} else {
		m.unitRows(unit)
	}
	if o.K <= 0 {
		return res, nil
	}
	km := kmeans{init: o.Init, unit: unit, logf: logf}
	res.Cluster = km.run(vecs, nil, o.K, o.Iter, o.Seed)
	if o.Coarse > 0 {
		res.Coarse = km.coarse(vecs, res.Cluster, o)
	}
	return res, nil
}

// read makes the stream of the texts' words.
func read(texts func(func(string)) error, split Splitter, max int) (*Stream, error) {
	st := &Stream{}
	word := func(w string) {
		if max > 0 && len(st.IDs) >= max {
			return
		}
		st.Add(w)
	}
	cut := func() { st.End() }
	err := texts(func(text string) {
		split(text, word, cut)
		st.End()
	})
	return st, err
}

// cooccur counts, for each of the vocab most frequent words, the context
// words (rank under contexts) at each offset; context c of offset number k
// is dimension k*contexts+c. totals sums each dimension over the words.
func cooccur(ids, rank []int32, vocab, contexts int, offsets []int) ([]map[int32]float32, []float64) {
	rows := make([]map[int32]float32, vocab)
	for i := range rows {
		rows[i] = map[int32]float32{}
	}
	totals := make([]float64, len(offsets)*contexts)
	for i, id := range ids {
		if id < 0 || int(rank[id]) >= vocab {
			continue
		}
		row := rows[rank[id]]
		for k, off := range offsets {
			j, ok := neighbour(ids, i, off)
			if !ok {
				continue
			}
			cr := rank[ids[j]]
			if int(cr) >= contexts {
				continue
			}
			c := int32(k*contexts) + cr
			row[c]++
			totals[c]++
		}
	}
	return rows, totals
}

// neighbour returns the position off words away from i, unless a text
// break (or the end of the stream) comes first.
func neighbour(ids []int32, i, off int) (int, bool) {
	j := i + off
	if off == 0 || j < 0 || j >= len(ids) {
		return 0, false
	}
	step := 1
	if off < 0 {
		step = -1
	}
	for p := i + step; ; p += step {
		if ids[p] < 0 {
			return 0, false
		}
		if p == j {
			return j, true
		}
	}
}

// weigh turns the counts into a sparse matrix, dimensions in order.
func weigh(rows []map[int32]float32, totals []float64, w Weighting) *sparse {
	m := &sparse{rowStart: make([]int, len(rows)+1), cols: len(totals)}
	var sumAlpha float64
	for _, v := range totals {
		sumAlpha += math.Pow(v, 0.75)
	}
	for r, row := range rows {
		var rowTotal float64
		keys := make([]int32, 0, len(row))
		for c, v := range row {
			rowTotal += float64(v)
			keys = append(keys, c)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, c := range keys {
			n := row[c]
			var x float32
			switch w {
			case Sqrt:
				x = float32(math.Sqrt(float64(n)))
			case PPMI:
				if n < 2 {
					continue
				}
				pmi := math.Log(float64(n) * sumAlpha / (rowTotal * math.Pow(totals[c], 0.75)))
				if pmi <= 0 {
					continue
				}
				x = float32(pmi)
			}
			m.col = append(m.col, c)
			m.val = append(m.val, x)
		}
		m.rowStart[r+1] = len(m.col)
		rows[r] = nil
	}
	return m
}

// coarse clusters the centroids of the clusters, each weighted by its
// number of words.
func (km kmeans) coarse(vecs vectors, fine []int, o Options) []int {
	d := vecs.dims()
	cent := &dense{x: make([]float32, o.K*d), d: d}
	size := make([]float32, o.K)
	for r, c := range fine {
		size[c]++
		vecs.addTo(r, cent.row(c), 1)
	}
	for c := 0; c < o.K; c++ {
		km.unit(cent.row(c))
	}
	return km.run(cent, size, o.Coarse, o.Iter*2, o.Seed+1)
}

// vectors are the rows k-means clusters: sparse or dense, unit length.
type vectors interface {
	len() int
	dims() int
	// nearest returns the centroid of the k in cent (dims each) with the
	// largest dot product with row i, the first of equals.
	nearest(i int, cent []float32, k int) int
	addTo(i int, dst []float32, w float32) // dst += w·row i
	copyTo(i int, dst []float32)           // dst = row i (dst zero or to be overwritten)
}

// kmeans is spherical k-means: init chooses the first centroids, unit
// scales a centroid to unit length.
type kmeans struct {
	init Init
	unit func([]float32)
	logf func(string, ...any)
}

// run clusters the vectors (optionally weighted) into k clusters in iter
// iterations and returns each one's cluster.
func (km kmeans) run(x vectors, weight []float32, k, iter int, seed int64) []int {
	n, d := x.len(), x.dims()
	if k > n {
		k = n
	}
	cent := make([]float32, k*d)
	row := func(c int) []float32 { return cent[c*d : (c+1)*d] }
	var rng *rand.Rand
	if km.init == Random {
		rng = rand.New(rand.NewSource(seed))
		perm := rng.Perm(n)
		for c := 0; c < k; c++ {
			x.copyTo(perm[c], row(c))
		}
	} else {
		for c := 0; c < k; c++ {
			x.copyTo(c*n/k, row(c))
		}
	}
	assign := make([]int, n)
	used := make([]bool, k)
	for it := 0; it < iter; it++ {
		moved := 0
		for i := range assign {
			c := x.nearest(i, cent, k)
			if c != assign[i] || it == 0 {
				moved++
			}
			assign[i] = c
		}
		clear(cent)
		clear(used)
		for i, c := range assign {
			used[c] = true
			w := float32(1)
			if weight != nil {
				w = weight[i]
			}
			x.addTo(i, row(c), w)
		}
		for c := 0; c < k; c++ {
			if !used[c] && rng != nil {
				x.copyTo(rng.Intn(n), row(c))
			}
			km.unit(row(c))
		}
		km.logf("clusters: k-means iteration %d of %d: %d of %d vectors moved", it+1, iter, moved, n)
	}
	return assign
}

// unitLength scales v to unit length (a zero vector stays zero).
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

// unitLength32 is unitLength with each square rounded to float32.
func unitLength32(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x * x)
	}
	if s == 0 {
		return
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
}

// unitRows scales every row of a to unit length.
func (a *sparse) unitRows(unit func([]float32)) {
	for r := 0; r < a.rows(); r++ {
		unit(a.val[a.rowStart[r]:a.rowStart[r+1]])
	}
}

func (a *sparse) len() int  { return a.rows() }
func (a *sparse) dims() int { return a.cols }

func (a *sparse) nearest(i int, cent []float32, k int) int {
	d := a.cols
	col, val := a.col[a.rowStart[i]:a.rowStart[i+1]], a.val[a.rowStart[i]:a.rowStart[i+1]]
	best, arg := float32(-2), 0
	for c := 0; c < k; c++ {
		row := cent[c*d : c*d+d]
		var s float32
		for p, j := range col {
			s += row[j] * val[p]
		}
		if s > best {
			best, arg = s, c
		}
	}
	return arg
}

func (a *sparse) addTo(i int, dst []float32, w float32) {
	for p := a.rowStart[i]; p < a.rowStart[i+1]; p++ {
		dst[a.col[p]] += w * a.val[p]
	}
}

func (a *sparse) copyTo(i int, dst []float32) {
	clear(dst)
	for p := a.rowStart[i]; p < a.rowStart[i+1]; p++ {
		dst[a.col[p]] = a.val[p]
	}
}

// dense is a row-major matrix of d columns.
type dense struct {
	x []float32
	d int
}

func (m *dense) row(i int) []float32 { return m.x[i*m.d : (i+1)*m.d] }
func (m *dense) len() int            { return len(m.x) / m.d }
func (m *dense) dims() int           { return m.d }

func (m *dense) nearest(i int, cent []float32, k int) int {
	xi := m.row(i)
	best, arg := float32(-2), 0
	for c := 0; c < k; c++ {
		cc := cent[c*m.d : (c+1)*m.d]
		var s float32
		for j := range xi {
			s += xi[j] * cc[j]
		}
		if s > best {
			best, arg = s, c
		}
	}
	return arg
}

func (m *dense) addTo(i int, dst []float32, w float32) {
	for j, v := range m.row(i) {
		dst[j] += w * v
	}
}

func (m *dense) copyTo(i int, dst []float32) { copy(dst, m.row(i)) }
