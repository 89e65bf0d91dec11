package topic

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/modelfile"
)

// Options are the choices a model is trained with; they are stored in the
// model file, so that analysis extracts the features training saw.
type Options struct {
	Term        string  `json:"term"`               // TermLemma, TermStem or TermNorm
	Bigrams     bool    `json:"bigrams"`            // add pairs of adjacent content terms
	Trigrams    bool    `json:"trigrams,omitempty"` // and, with Bigrams, triples
	TitleWeight float64 `json:"title_weight"`       // a title term counts this many times a text term
	TitleOwn    bool    `json:"title_own"`          // title terms are also their own features ("t:" prefix)
	Sublinear   bool    `json:"sublinear"`          // tf weight 1+log(tf) instead of tf
	IDF         bool    `json:"idf"`                // multiply by idf
	MinDF       int     `json:"min_df"`             // terms in fewer training articles are dropped
	Epochs      int     `json:"epochs"`
	Rate        float64 `json:"rate"`     // AdaGrad learning rate
	L2          float64 `json:"l2"`       // L2 penalty per update
	Balanced    bool    `json:"balanced"` // weight classes by inverse frequency
	Seed        uint64  `json:"seed"`
	// Model is "lr" (logistic regression), "nb" (multinomial naive
	// Bayes), "cnb" (complement naive Bayes), "lr+cnb" (the sum of the
	// logistic regression's scores and Mix times the complement naive
	// Bayes's: still one linear model), "svm" (linear SVMs, one class
	// against the rest; Epochs caps the passes), "nbsvm" (the same over
	// features scaled by naive Bayes log-count ratios) or "lr+svm" (the
	// regression's scores plus Mix times the SVMs' margins).
	Model string  `json:"model"`
	Alpha float64 `json:"alpha"` // naive Bayes smoothing
	Mix   float64 `json:"mix"`
	// Raw leaves vectors unscaled (no unit length).
	Raw bool `json:"raw,omitempty"`
	// Ensemble averages the weights of this many regressions trained with
	// seeds Seed, Seed+1, … (0 or 1: one).
	Ensemble int `json:"ensemble,omitempty"`
	// C is the cost of the SVMs ("svm", "nbsvm").
	C float64 `json:"c,omitempty"`
	// Loss is the SVMs' loss: "" the squared hinge (L2-loss SVM), "hinge"
	// (LossHinge) the hinge (L1-loss SVM; the dual variables are bounded
	// by the cost). Train refuses any other value.
	Loss string `json:"loss,omitempty"`
	// Balance, when Balanced, is the power the inverse-frequency class
	// weights are raised to (0 means 1: fully balanced).
	Balance float64 `json:"balance,omitempty"`
	// CharMin–CharMax: character n-grams of each term (with "<" and ">"
	// marking its ends) are features too, prefix "c:", as a block of
	// their own scaled to length CharWeight. CharNormOnly takes them from
	// the normalised surfaces only (terms "n:…" of TermStemNorm, which
	// then give no word features).
	CharMin      int     `json:"char_min,omitempty"`
	CharMax      int     `json:"char_max,omitempty"`
	CharWeight   float64 `json:"char_weight,omitempty"`
	CharNormOnly bool    `json:"char_norm_only,omitempty"`
	// CharHash, when above 0, hashes every character n-gram (FNV-1a of
	// its UTF-8 bytes) into a table of 2^CharHash buckets: the feature is
	// the bucket ("c:" and its number in base 36), not the n-gram, so the
	// block has at most that many weights whatever the spelling variants.
	CharHash int `json:"char_hash,omitempty"`
	// Numbers makes years (terms "#2017") features.
	Numbers bool `json:"numbers,omitempty"`
	// TitleBlock, when above 0, makes the title's terms and pairs also
	// features of their own (prefix "t:") in a block scaled to this length,
	// beside the text's block (unlike TitleOwn, which puts them in it).
	TitleBlock float64 `json:"title_block,omitempty"`
	// LeadTerms and LeadBlock: the first LeadTerms terms of the text (the
	// dateline and lead) are also features of their own (prefix "s:") in
	// a block scaled to length LeadBlock.
	LeadTerms int     `json:"lead_terms,omitempty"`
	LeadBlock float64 `json:"lead_block,omitempty"`
	// LengthBlock, when above 0, adds the article's length class (the
	// base-2 logarithm of the number of terms of its text and of its
	// title, prefix "l:") as a block of this length.
	LengthBlock float64 `json:"length_block,omitempty"`
	// LemmaBlock, when above 0, puts the lemma terms of a kind with
	// TermAlsoLemma (prefix "m:") in a block of their own of this length,
	// a second view of the article beside the stems' block.
	LemmaBlock float64 `json:"lemma_block,omitempty"`
	// Dedup says what training does with articles of the same text (20
	// terms or more) filed under different labels: "" keeps them all,
	// "drop" leaves every such article out, "majority" keeps one article
	// of the group's most frequent label (none on a tie); "one" keeps one
	// article of every group of the same text (the first of its label
	// that is most frequent in the group, none on a tie). See Dedup.
	Dedup string `json:"dedup,omitempty"`
	// Vectors, when set, adds to an article's features its document
	// vector (see WordVectors) times VecWeight, or scaled to length
	// VecWeight when VecNorm is set. Without VecNorm the document vector
	// is a linear map of the article's vector, and Train folds its weights
	// into the terms' (the model file does not hold the embeddings).
	Vectors   *WordVectors `json:"-"`
	VecWeight float64      `json:"vec_weight,omitempty"`
	VecNorm   bool         `json:"vec_norm,omitempty"`
}

// DefaultOptions are the options of the shipped model (docs/aids.md gives
// the figures that chose them): linear SVMs over stems, stem bigrams and
// the text's function words and punctuation, the title's terms also as a
// block of their own, classes weighted by the square root of their inverse
// frequency.
var DefaultOptions = Options{
	Term: TermStemFunc, Bigrams: true, TitleWeight: 2, TitleOwn: false, Sublinear: true, IDF: true,
	MinDF: 2, Epochs: 50, Rate: 0.2, L2: 0, Balanced: true, Balance: 0.5, Seed: 1,
	Model: "svm", C: 0.5, Alpha: 0.1, Mix: 1, TitleBlock: 0.3,
}

// RegressionOptions are the options of the first shipped model, a
// class-weighted logistic regression over stems and stem bigrams.
var RegressionOptions = Options{
	Term: TermStem, Bigrams: true, TitleWeight: 2, TitleOwn: false, Sublinear: true, IDF: true,
	MinDF: 2, Epochs: 12, Rate: 0.2, L2: 0, Balanced: true, Seed: 1,
	Model: "lr", Alpha: 0.1, Mix: 1,
}

// Model is a trained topic classifier.
type Model struct {
	Labels []string
	Opt    Options
	// Temperature divides the scores before the softmax; it is fitted on
	// held-out articles to minimise their log loss (calibration).
	Temperature float64
	// Licence is the licence note the model carries (from its data).
	Licence string
	// Command is the command that trained the model.
	Command string

	terms []string   // sorted
	index *termIndex // numbers terms
	idf   []float32
	w     []float32 // len(terms) × len(Labels)
	b     []float32
	// vec, when not nil, are the embeddings of VecNorm (not stored in the
	// file: only for measuring), tv the row of each term's vector and wd
	// the weights of the document vector (vec.Dims × len(Labels)).
	vec *WordVectors
	tv  []int32
	wd  []float32
	// block is the feature block of each term (see blockOf), nil when
	// every term is in the main block.
	block []uint8
}

// feature is one entry of a sparse vector.
type feature struct {
	i int32
	v float32
}

// counts gathers the weighted term frequencies of one article.
func (o *Options) counts(title, text []string) map[string]float64 {
	c := make(map[string]float64, len(text))
	o.walk(title, text, func(key []byte, wt float64) { c[string(key)] += wt })
	return c
}

// walk calls emit with the key of every term, bigram, trigram and
// character n-gram of an article that the options make features (built in
// one reused buffer), each with its weight.
func (o *Options) walk(title, text []string, emit func(key []byte, wt float64)) {
	var buf []byte
	var cg charGrams
	chars := func(t string, wt float64) { cg.emit(o, t, wt, emit) }
	add := func(terms []string, wt float64, prefix string) {
		if wt <= 0 {
			return
		}
		prev, prev2 := "", ""
		for _, t := range terms {
			if t == "" || t[0] == '#' {
				if t != "" && o.Numbers {
					emit(append(append(buf[:0], prefix...), t...), wt)
				}
				prev, prev2 = "", ""
				continue
			}
			if o.CharMax > 0 {
				// character n-grams count once, in the text's block
				if !o.CharNormOnly {
					if prefix == "" {
						chars(t, wt)
					}
				} else if n, ok := strings.CutPrefix(t, "n:"); ok {
					if prefix == "" {
						chars(n, wt)
					}
					continue
				}
			}
			buf = append(append(buf[:0], prefix...), t...)
			emit(buf, wt)
			if o.Bigrams && prev != "" {
				buf = append(append(append(append(buf[:0], prefix...), prev...), ' '), t...)
				emit(buf, wt)
				if o.Trigrams && prev2 != "" {
					buf = append(append(append(append(append(append(buf[:0], prefix...), prev2...), ' '), prev...), ' '), t...)
					emit(buf, wt)
				}
			}
			prev2, prev = prev, t
		}
	}
	add(text, 1, "")
	add(title, o.TitleWeight, "")
	if o.TitleOwn || o.TitleBlock > 0 {
		add(title, 1, "t:")
	}
	if o.LeadTerms > 0 && o.LeadBlock > 0 {
		add(leadTerms(text, o.LeadTerms), 1, "s:")
	}
	if o.LengthBlock > 0 {
		emit(append(buf[:0], "l:text"+lengthClass(text)...), 1)
		emit(append(buf[:0], "l:title"+lengthClass(title)...), 1)
	}
}

// leadTerms returns the terms of text up to its n-th content term.
func leadTerms(text []string, n int) []string {
	for i, t := range text {
		if t != "" && t[0] != '#' {
			if n--; n == 0 {
				return text[:i+1]
			}
		}
	}
	return text
}

// lengthClass is the base-2 logarithm of the number of content terms, as
// a decimal string.
func lengthClass(terms []string) string {
	n := 0
	for _, t := range terms {
		if t != "" && t[0] != '#' {
			n++
		}
	}
	b := 0
	for ; n > 1; n >>= 1 {
		b++
	}
	return strconv.Itoa(b)
}

// charGrams is the working memory of the character n-grams of a term.
type charGrams struct {
	word, key []byte
	starts    []int
}

// emit calls emit with the key of every character n-gram (CharMin to
// CharMax characters) of term t marked "<" t ">", hashed into a bucket
// when o.CharHash is above 0.
func (g *charGrams) emit(o *Options, t string, wt float64, emit func(key []byte, wt float64)) {
	g.word = append(append(append(g.word[:0], '<'), t...), '>')
	g.starts = g.starts[:0]
	for i := range string(g.word) {
		g.starts = append(g.starts, i)
	}
	g.starts = append(g.starts, len(g.word))
	runes := len(g.starts) - 1
	for n := max(o.CharMin, 1); n <= o.CharMax; n++ {
		for i := 0; i+n <= runes; i++ {
			gram := g.word[g.starts[i]:g.starts[i+n]]
			g.key = append(g.key[:0], "c:"...)
			if o.CharHash > 0 {
				g.key = strconv.AppendUint(g.key, uint64(fnv1a(gram)&(1<<o.CharHash-1)), 36)
			} else {
				g.key = append(g.key, gram...)
			}
			emit(g.key, wt)
		}
	}
}

// fnv1a is the 32-bit FNV-1a hash of b.
func fnv1a(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// vector turns counts into the unit-length weighted vector over the
// model's vocabulary, sorted by index.
func (m *Model) vector(c map[string]float64, dst []feature) []feature {
	acc := make(map[int32]float64, len(c))
	for t, n := range c {
		if i, ok := m.index.findString(t); ok {
			acc[i] = n
		}
	}
	return m.weigh(acc, dst)
}

// featuresInto is vector(m.Opt.counts(title, text)) at analysis time, with
// the working memory of sc (nil: none): the terms are looked up as they are
// read, without building the strings of the bigrams and trigrams the model
// does not know.
func (m *Model) featuresInto(sc *scratch, title, text []string) []feature {
	if sc == nil {
		sc = &scratch{}
	}
	if sc.acc == nil {
		sc.acc = make(map[int32]float64, len(text)+len(title))
	}
	acc := sc.acc
	clear(acc)
	m.Opt.walk(title, text, func(key []byte, wt float64) {
		if i, ok := m.index.find(key); ok {
			acc[i] += wt
		}
	})
	sc.x = m.weigh(acc, sc.x)
	return sc.x
}

// weigh turns term counts by index into the weighted vector, sorted by
// index and scaled to unit length (the character n-grams, if any, to
// length CharWeight as a block of their own).
func (m *Model) weigh(c map[int32]float64, dst []feature) []feature {
	dst = dst[:0]
	for i, n := range c {
		v := n
		if m.Opt.Sublinear {
			v = 1 + math.Log(n)
		}
		if m.Opt.IDF {
			v *= float64(m.idf[i])
		}
		dst = append(dst, feature{i, float32(v)})
	}
	slices.SortFunc(dst, func(a, b feature) int { return int(a.i - b.i) })
	if m.Opt.Raw {
		return dst
	}
	var norm [nBlocks]float64
	for _, f := range dst {
		norm[m.blockOf(f.i)] += float64(f.v) * float64(f.v)
	}
	var s [nBlocks]float64
	for b, n := range norm {
		if n > 0 {
			s[b] = m.blockLength(b) / math.Sqrt(n)
		}
	}
	for k := range dst {
		dst[k].v = float32(float64(dst[k].v) * s[m.blockOf(dst[k].i)])
	}
	return dst
}

// Feature blocks: each is scaled to a length of its own (Options).
const (
	blockMain = iota
	blockChar
	blockTitle
	blockLead
	blockLength
	blockLemma
	nBlocks
)

// blockOf returns the block of term i.
func (m *Model) blockOf(i int32) int {
	if m.block == nil {
		return blockMain
	}
	return int(m.block[i])
}

// blockLength is the length block b is scaled to.
func (m *Model) blockLength(b int) float64 {
	switch b {
	case blockChar:
		return m.Opt.CharWeight
	case blockTitle:
		return m.Opt.TitleBlock
	case blockLead:
		return m.Opt.LeadBlock
	case blockLength:
		return m.Opt.LengthBlock
	case blockLemma:
		return m.Opt.LemmaBlock
	}
	return 1
}

// setBlocks sets m.block from the terms' prefixes (nil when the options
// make no block beside the main one).
func (m *Model) setBlocks() {
	o := &m.Opt
	m.block = nil
	if o.CharMax == 0 && o.TitleBlock <= 0 && o.LeadBlock <= 0 && o.LengthBlock <= 0 && o.LemmaBlock <= 0 {
		return
	}
	m.block = make([]uint8, len(m.terms))
	for i, t := range m.terms {
		switch {
		case o.CharMax > 0 && strings.HasPrefix(t, "c:"):
			m.block[i] = blockChar
		case o.TitleBlock > 0 && strings.HasPrefix(t, "t:"):
			m.block[i] = blockTitle
		case o.LeadBlock > 0 && strings.HasPrefix(t, "s:"):
			m.block[i] = blockLead
		case o.LengthBlock > 0 && strings.HasPrefix(t, "l:"):
			m.block[i] = blockLength
		case o.LemmaBlock > 0 && strings.HasPrefix(t, "m:"):
			m.block[i] = blockLemma
		}
	}
}

// scores writes the raw class scores of x into s.
func (m *Model) scores(x []feature, s []float64) {
	k := len(m.Labels)
	for c := range s {
		s[c] = float64(m.b[c])
	}
	for _, f := range x {
		row := m.w[int(f.i)*k : int(f.i)*k+k]
		for c := range s {
			s[c] += float64(float64(row[c]) * float64(f.v))
		}
	}
	if m.vec != nil {
		d := make([]float64, m.vec.Dims)
		m.docVector(x, d)
		for j, v := range d {
			row := m.wd[j*k : j*k+k]
			for c := range s {
				s[c] += float64(float64(row[c]) * v)
			}
		}
	}
}

// softmax turns scores divided by t into probabilities, in place.
func softmax(s []float64, t float64) {
	mx := math.Inf(-1)
	for _, v := range s {
		mx = math.Max(mx, v/t)
	}
	var z float64
	for c, v := range s {
		s[c] = math.Exp(v/t - mx)
		z += s[c]
	}
	for c := range s {
		s[c] /= z
	}
}

// Classify returns every label with its probability, best first, for an
// article whose title and text terms (see Terms) are given.
func (m *Model) Classify(title, text []string) []rasid.Topic {
	return m.classify(nil, title, text)
}

// classify is Classify with the working memory of sc (nil: none).
func (m *Model) classify(sc *scratch, title, text []string) []rasid.Topic {
	p := m.probsInto(sc, title, text, m.Temperature)
	out := make([]rasid.Topic, len(p))
	for c, v := range p {
		out[c] = rasid.Topic{Label: m.Labels[c], Score: v}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

func (m *Model) probsInto(sc *scratch, title, text []string, t float64) []float64 {
	x := m.featuresInto(sc, title, text)
	s := make([]float64, len(m.Labels))
	m.scores(x, s)
	if t <= 0 {
		t = 1
	}
	softmax(s, t)
	return s
}

// The model file is an internal/modelfile container (kind "topic",
// version 1; docs/models.md) whose payload is gzip of: a JSON line with
// the labels, options, temperature and term count, then per term (sorted)
// its length as a uvarint, its bytes, its idf and one weight per label
// (float32, little endian), then one bias per label.
const (
	fileKind    = "topic"
	fileVersion = 1
)

type header struct {
	Labels      []string `json:"labels"`
	Options     Options  `json:"options"`
	Temperature float64  `json:"temperature"`
	Terms       int      `json:"terms"`
}

// Write writes the model file. The output is a function of the model
// alone (no time stamps).
func (m *Model) Write(w io.Writer) error {
	h := modelfile.Header{Kind: fileKind, Version: fileVersion, Command: m.Command, Data: m.Licence}
	if h.Command == "" {
		h.Command = "rasid train topic"
	}
	return modelfile.Write(w, h, m.writePayload)
}

func (m *Model) writePayload(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	h, err := json.Marshal(header{Labels: m.Labels, Options: m.Opt, Temperature: m.Temperature, Terms: len(m.terms)})
	if err != nil {
		return err
	}
	bw.Write(h)
	bw.WriteByte('\n')
	e := modelfile.NewEncoder(bw)
	k := len(m.Labels)
	for i, t := range m.terms {
		e.String(t)
		e.Float32(m.idf[i])
		for _, v := range m.w[i*k : i*k+k] {
			e.Float32(v)
		}
	}
	for _, v := range m.b {
		e.Float32(v)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	fh, payload, err := modelfile.Open(r, fileKind, fileVersion)
	if err != nil {
		return nil, fmt.Errorf("topic model: %w", err)
	}
	zr, err := gzip.NewReader(payload)
	if err != nil {
		return nil, fmt.Errorf("topic model: %w", err)
	}
	br := bufio.NewReader(zr)
	line, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("topic model: header: %w", err)
	}
	var h header
	if err := json.Unmarshal([]byte(line), &h); err != nil {
		return nil, fmt.Errorf("topic model: header: %w", err)
	}
	k := len(h.Labels)
	if k == 0 || h.Terms < 0 || h.Terms > 1<<24 {
		return nil, fmt.Errorf("topic model: bad header (%d labels, %d terms)", k, h.Terms)
	}
	m := &Model{Labels: h.Labels, Opt: h.Options, Temperature: h.Temperature, Licence: fh.Data, Command: fh.Command,
		terms: make([]string, h.Terms), idf: make([]float32, h.Terms), w: make([]float32, h.Terms*k), b: make([]float32, k)}
	rest, err := io.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("topic model: %w", err)
	}
	d := modelfile.NewDecoder(string(rest))
	for i := 0; i < h.Terms && d.Err == nil; i++ {
		m.terms[i] = d.Bytes(d.Count(1 << 10))
		m.idf[i] = d.Float32()
		for c := 0; c < k; c++ {
			m.w[i*k+c] = d.Float32()
		}
	}
	for c := 0; c < k; c++ {
		m.b[c] = d.Float32()
	}
	if err := d.Done(); err != nil {
		return nil, fmt.Errorf("topic model: terms and weights: %w", err)
	}
	m.index = newTermIndex(m.terms)
	m.setBlocks()
	return m, nil
}

// VocabSize returns the size of the model's vocabulary.
func (m *Model) VocabSize() int { return len(m.terms) }
