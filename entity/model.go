package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strings"
	"sync"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/internal/modelfile"
	"github.com/rasid/rasid/morph"
)

// Model is a trained NER model: two first-order averaged perceptrons (the
// second reads what the first found elsewhere in the document), word
// clusters and the gazetteers. It is safe for concurrent use once loaded.
type Model struct {
	first    weights
	second   *weights // nil: single pass
	clusters *Clusters
	gaz      *gazetteer
	morph    *morph.Model // the analyser of the morph features (feat == featMorph)
	feat     string       // extra features: "", featMorph or featWords
	words    *wordAnnotator

	command string // the training command, for the file header
	data    string // the header's data field, when not the default's
	news    bool   // the model has news-copy features (TrainOptions.News)

	// bio is the model of the BIO output (TagSentences, --format bio),
	// trained on ANERcorp alone, when the model itself was trained on the
	// annotated news articles too (SetBIO; nil: the model itself). Read
	// from the file on first use (bioOnce, bioSrc).
	bio     *Model
	bioOnce sync.Once
	bioSrc  func() ([]byte, error)
	bioErr  error
	hasBIO  bool

	tab            *table            // compiled weights for tagging (see compile)
	trans1, trans2 learn.Transitions // their transitions, quantized
	twoPass        bool              // the second pass exists

	ttlOnce sync.Once
	ttl     *titleWords

	formsOnce sync.Once
	formc     *formCache // the forms' information and vectors (forms.go)
}

//go:embed model/ner.bin
var embedded string

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, decoded on first use and shared after.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loadModel, loadErr = readEmbedded(embedded)
	})
	return loadModel, loadErr
}

// Clusters returns the model's word clusters.
func (m *Model) Clusters() *Clusters { return m.clusters }

// TagBIO tags one sentence of surface tokens (clitics attached, as in
// ANERcorp) with IOB2 tags: O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG,
// B-MISC, I-MISC. The result has one tag per input token. It runs the first
// pass only. Tagging a whole document (or a whole CoNLL file) with
// TagSentences is more accurate: a name found with certainty in one
// sentence helps find it in the others (about +2 F1 on ANERcorp).
func (m *Model) TagBIO(tokens []string) []string {
	return m.TagSentences([][]string{tokens})[0]
}

// TagSentences tags the sentences of one document (or of a stream of
// documents, such as an ANERcorp file) with IOB2 tags, one slice per
// sentence. Each sentence sees the names found in the memoryWindow
// sentences before and after it.
func (m *Model) TagSentences(sents [][]string) [][]string {
	sc := getScratch()
	defer sc.put()
	labels, _ := m.bioModel().tagIdx(sc, sents, nil, false)
	n := 0
	for _, ls := range labels {
		n += len(ls)
	}
	flat := make([]string, n)
	out := make([][]string, len(sents))
	for i, ls := range labels {
		out[i] = flat[:len(ls):len(ls)]
		flat = flat[len(ls):]
		for j, l := range ls {
			out[i][j] = Labels[l]
		}
	}
	return out
}

// SetBIO makes b, a model trained with the same clusters and features on
// ANERcorp alone, the model of the BIO output (TagSentences, WriteBIO,
// --format bio); m itself, trained on the annotated news articles too,
// stays the annotator's. The two domains' conventions differ (class nouns,
// state bodies, sub-units with their place: docs/ner.md), and each output
// is scored on its own; the file then holds both weight tables.
func (m *Model) SetBIO(b *Model) error {
	if b.clusters != m.clusters || b.feat != m.feat || b.news || b.hasBIO {
		return errors.New("entity: the BIO model must share the model's clusters and features")
	}
	m.bio, m.hasBIO = b, true
	m.bioOnce.Do(func() {})
	return nil
}

// BIO returns the model of the BIO output that a file trained with
// --bio-anercorp holds (SetBIO), decoded on first use; false when m has
// none.
func (m *Model) BIO() (*Model, bool) {
	if !m.hasBIO {
		return nil, false
	}
	b := m.bioModel()
	return b, b != m
}

// bioModel is the model of the BIO output: the one of SetBIO (decoded from
// the file on first use), else m.
func (m *Model) bioModel() *Model {
	if !m.hasBIO {
		return m
	}
	m.bioOnce.Do(func() {
		m.bio, m.bioErr = m.decodeBIO()
	})
	if m.bio == nil {
		// a damaged BIO table is refused when the model is read (Read
		// and readEmbedded check it); this keeps a later failure from
		// being a panic
		return m
	}
	return m.bio
}

// decodeBIO reads the BIO model's weights (bioSrc) into a model that shares
// m's clusters and gazetteer.
func (m *Model) decodeBIO() (*Model, error) {
	if m.bioSrc == nil {
		return nil, errors.New("entity: model: the BIO model's weights are missing")
	}
	w, err := m.bioSrc()
	if err != nil {
		return nil, err
	}
	b := &Model{clusters: m.clusters, gaz: m.gaz, feat: m.feat, morph: m.morph, words: m.words}
	if err := b.decodeWeights(&dec{b: w}); err != nil {
		return nil, fmt.Errorf("entity: BIO model: %w", err)
	}
	return b, nil
}

// tagIdx labels sentences. With backoff (the annotator's path), strong
// gazetteer names that the model left untagged are tagged from the lists:
// right for wire copy, but ANERcorp's conventions differ (الجزيرة is a
// place there), so the BIO output does without; a model with news-copy
// features uses them on that path only, for the same reason.
//
// words holds the words of each token (Token.Words) when the caller has
// them; a model that reads the words layer computes them when it is nil.
// The rules read the part of speech of the host word when words are
// given, whatever the model's features.
// The token information is returned with the labels; both belong to sc.
func (m *Model) tagIdx(sc *scratch, sents [][]string, words [][][]rasid.Word, backoff bool) ([][]int, [][]tokInfo) {
	if m.feat == featWords && words == nil {
		words = m.words.words(sents)
	}
	sc.prepare(sents)
	sc.formsOf(m)
	infos := sc.infos
	sc.gzN = grow(sc.gzN, len(sc.folded))
	sc.gzCls = grow(sc.gzCls, len(sc.folded))
	clear(sc.gzN)
	k := 0
	for i, s := range sents {
		var ws [][]rasid.Word
		if words != nil {
			ws = words[i]
		}
		sc.ws = m.infosInto(infos[i], s, sc.folded[k:k+len(s)], ws, sc.ws, sc.forms[k:k+len(s)], sc.gazMemo(k, len(s)))
		k += len(s)
		if backoff && m.news {
			// the annotator's path: news copy
			setNews(infos[i])
		}
	}
	// A lone sentence has no document: the second pass, trained with
	// memory from the surrounding sentences, would see none; the first
	// pass alone does better.
	labels := m.tagFast(sc, len(sents) > 1)
	var names [][]string
	if backoff {
		names = sents
	}
	m.trimVerbs(infos, labels, names)
	if len(sents) > 1 {
		docPass(infos, labels)
	}
	if backoff {
		k := 0
		for i := range infos {
			sc.ws = m.gazetteerBackoff(infos[i], sents[i], labels[i], sc.ws, sc.gazMemo(k, len(infos[i])))
			k += len(infos[i])
		}
	}
	return labels, infos
}

// tag labels one sentence.
func (w *weights) tag(in []tokInfo) []int {
	n := len(in)
	if n == 0 {
		return nil
	}
	feats := make([][]uint64, n)
	buf := make([]uint64, 0, n*64)
	for i := range in {
		start := len(buf)
		buf = features(buf, in, i)
		feats[i] = buf[start:len(buf):len(buf)]
	}
	em := make([]float32, n*nLabels)
	w.emissions(feats, em)
	return w.trans.Viterbi(n, em)
}

// TrainOptions sets how a model is trained.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// Clusters are the word clusters to use (nil: none).
	Clusters *Clusters
	// Mix is the number of perceptrons, trained with different orders,
	// whose weights are averaged (parameter mixing; default 1).
	Mix int
	// Dropout is the probability of leaving out a token's own-word
	// features at each training visit.
	Dropout float64
	// Morph adds features from the morphology layer (package morph): the
	// stem's part of speech in context, the segments' tag pattern, the
	// stem. The model file records it and Read loads morph's model.
	Morph bool
	// Words adds features from the words layer (Token.Words, as the
	// pipeline's morph annotator writes it): the host word's part of
	// speech, lemma and form, the parts of speech of the token's words.
	Words bool
	// SinglePass trains only the first perceptron (no document memory).
	SinglePass bool
	// Folds is the number of jackknife folds that give the second pass
	// honest first-pass output on the training data (default 4).
	Folds int
	// Weights, when not nil, gives each sentence the number of times the
	// perceptrons visit it in an epoch (oversampling; 0 leaves it out of
	// the perceptrons' updates, 1 is the default). The jackknife folds count
	// a sentence once.
	Weights []int
	// News, when not nil, marks the sentences of news copy annotated
	// under rasid's guidelines (docs/evaluation-realnews.md), as against
	// ANERcorp's: the model then learns news-copy features (newsFeatures)
	// on them, which the annotator (Annotate) uses and the BIO output
	// (TagSentences) does not.
	News []bool
	// Docs, when not nil, lists the indices of the sentences that start a
	// document (ascending): the second pass's memory then stays inside each
	// document, as when an article is tagged. Without it the sentences are
	// one stream (ANERcorp has no article breaks).
	Docs []int
	// Command is the training command written in the model file's header
	// (default: Header.Command).
	Command string
	// DataNote names more training data in the header's data field (for
	// annotated articles: what they are and their licence).
	DataNote string
	// Logf receives progress lines (nil: silent).
	Logf func(format string, args ...any)
}

// Train learns a model from tagged sentences (surface tokens and their IOB2
// tags, one slice of each per sentence), taken in order as a stream of
// documents.
func Train(tokens, tags [][]string, o TrainOptions) (*Model, error) {
	if len(tokens) != len(tags) {
		return nil, fmt.Errorf("entity: %d token sentences, %d tag sentences", len(tokens), len(tags))
	}
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Folds < 2 {
		o.Folds = 4
	}
	logf := o.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m := &Model{clusters: o.Clusters, gaz: g, command: o.Command, news: o.News != nil}
	if o.DataNote != "" {
		d := Header.Data
		if o.Clusters.hasContexts() {
			d = dataWithContexts
		}
		base, terms, _ := strings.Cut(d, ": ")
		m.data = base + "; " + o.DataNote + ": " + terms
	}
	if o.Morph && o.Words {
		return nil, errors.New("entity: morph and words features exclude each other")
	}
	if o.Morph {
		m.feat = featMorph
		if m.morph, err = morph.Load(); err != nil {
			return nil, err
		}
	}
	var words [][][]rasid.Word
	if o.Words {
		m.feat = featWords
		if m.words, err = newWordAnnotator(); err != nil {
			return nil, err
		}
		words = m.words.words(tokens)
	}
	ts, err := m.trainSet(tokens, tags, words, o)
	if err != nil {
		return nil, err
	}
	infos, gold, weight, docs := ts.infos, ts.gold, ts.weight, ts.docs
	o.Weights = weight
	m.first = trainWeights(infos, gold, o, "pass 1", logf)
	if o.SinglePass {
		m.compile()
		return m, nil
	}
	// First-pass labels for the training data from models that did not
	// see the sentence.
	pred := make([][]int, len(infos))
	n := len(infos)
	for f := 0; f < o.Folds; f++ {
		a, b := f*n/o.Folds, (f+1)*n/o.Folds
		var ti [][]tokInfo
		var tg [][]int
		ti = append(append(ti, infos[:a]...), infos[b:]...)
		tg = append(append(tg, gold[:a]...), gold[b:]...)
		of := o
		if weight != nil {
			of.Weights = append(append([]int(nil), weight[:a]...), weight[b:]...)
		}
		w := trainWeights(ti, tg, of, fmt.Sprintf("fold %d", f+1), func(string, ...any) {})
		for i := a; i < b; i++ {
			pred[i] = w.tag(infos[i])
		}
	}
	for i := 0; i+1 < len(docs); i++ {
		addMemory(infos[docs[i]:docs[i+1]], pred[docs[i]:docs[i+1]])
	}
	sec := trainWeights(infos, gold, o, "pass 2", logf)
	m.second = &sec
	m.compile()
	return m, nil
}

// trainSet is the training data as the perceptrons read it: the token
// information and gold labels of the non-empty sentences, their weights
// (nil: all 1) and the indices of the sentences that start a document.
type trainSet struct {
	infos  [][]tokInfo
	gold   [][]int
	weight []int
	docs   []int
}

// trainSet computes the training data of Train.
func (m *Model) trainSet(tokens, tags [][]string, words [][][]rasid.Word, o TrainOptions) (trainSet, error) {
	var ts trainSet
	if o.Weights != nil && len(o.Weights) != len(tokens) {
		return ts, fmt.Errorf("entity: %d sentences, %d weights", len(tokens), len(o.Weights))
	}
	if o.News != nil && len(o.News) != len(tokens) {
		return ts, fmt.Errorf("entity: %d sentences, %d news marks", len(tokens), len(o.News))
	}
	ts.docs = []int{0}
	nextDoc := 0
	for k, toks := range tokens {
		for nextDoc < len(o.Docs) && o.Docs[nextDoc] <= k {
			if n := len(ts.infos); ts.docs[len(ts.docs)-1] != n {
				ts.docs = append(ts.docs, n)
			}
			nextDoc++
		}
		if len(toks) == 0 {
			continue
		}
		if len(tags[k]) != len(toks) {
			return ts, fmt.Errorf("entity: sentence %d has %d tokens and %d tags", k+1, len(toks), len(tags[k]))
		}
		if o.Weights != nil {
			ts.weight = append(ts.weight, o.Weights[k])
		}
		var ws [][]rasid.Word
		if words != nil {
			ws = words[k]
		}
		in := m.infos(toks, ws)
		if o.News != nil && o.News[k] {
			setNews(in)
		}
		ts.infos = append(ts.infos, in)
		gl := make([]int, len(toks))
		for i, t := range tags[k] {
			gl[i] = labelIndex(t)
		}
		ts.gold = append(ts.gold, gl)
	}
	ts.docs = append(ts.docs, len(ts.infos))
	return ts, nil
}

func trainWeights(infos [][]tokInfo, gold [][]int, o TrainOptions, name string, logf func(string, ...any)) weights {
	w := weights{index: map[uint64]int32{}, trans: newTransitions()}
	var ex []learn.Sequence
	var buf []uint64
	for k, in := range infos {
		e := learn.Sequence{Feats: make([][]int32, len(in)), Gold: gold[k]}
		for i := range in {
			buf = features(buf[:0], in, i)
			ids := make([]int32, len(buf))
			for j, f := range buf {
				id, ok := w.index[f]
				if !ok {
					id = int32(len(w.index))
					w.index[f] = id
				}
				ids[j] = id
			}
			e.Feats[i] = ids
		}
		r := 1
		if o.Weights != nil {
			r = o.Weights[k]
		}
		for ; r > 0; r-- {
			ex = append(ex, e)
		}
	}
	logf("ner %s: %d sentences, %d features", name, len(ex), len(w.index))
	mix := o.Mix
	if mix < 1 {
		mix = 1
	}
	for r := 0; r < mix; r++ {
		tr := newTransitions()
		ww := learn.TrainSequences(ex, len(w.index), &tr, learn.SequenceOptions{
			Epochs: o.Epochs, Seed: o.Seed + int64(r), Dropout: o.Dropout, Droppable: lexicalPos,
			Progress: func(ep, errs int) { logf("ner %s: run %d epoch %d: %d token errors", name, r+1, ep+1, errs) },
		})
		if r == 0 {
			w.w, w.trans.Score = ww, tr.Score
			continue
		}
		for i := range ww {
			w.w[i] += ww[i]
		}
		for i := range tr.Score {
			w.trans.Score[i] += tr.Score[i]
		}
	}
	if mix > 1 {
		inv := 1 / float32(mix)
		for i := range w.w {
			w.w[i] *= inv
		}
		for i := range w.trans.Score {
			w.trans.Score[i] *= inv
		}
	}
	w.prune(pruneEps)
	logf("ner %s: %d features after pruning", name, len(w.index))
	return w
}

// prune drops features whose weights are all below eps in magnitude.
func (m *weights) prune(eps float32) {
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	idx := map[uint64]int32{}
	var w []float32
	for _, k := range keys {
		row := m.w[int(m.index[k])*nLabels : int(m.index[k]+1)*nLabels]
		keep := false
		for _, x := range row {
			if x > eps || x < -eps {
				keep = true
				break
			}
		}
		if keep {
			idx[k] = int32(len(idx))
			w = append(w, row...)
		}
	}
	m.index, m.w = idx, w
}

const magic = "RASIDNER2\n"

// Values of the "features" field of the model file header.
const (
	featMorph = "morph" // morph.AnalyzeSentence run by the model
	featWords = "words" // the words layer (Token.Words)
)

// Header is the model file header of an entity model: the command that
// trains it and the data it is derived from, whose licences it carries.
// Version 2: the compiled table (quantized rows, zero weights left out),
// gzip-compressed.
var Header = modelfile.Header{
	Kind: "ner", Version: 2, Command: "rasid train ner",
	Data: "ANERcorp train (research use); SaudiNewsNet word clusters (CC BY-NC-SA 4.0): research and non-commercial use only",
}

// dataWithContexts is the header's data field of a model with context
// statistics (rasid train ner --contexts), which also come from ANT.
const dataWithContexts = "ANERcorp train (research use); SaudiNewsNet word clusters and context statistics (CC BY-NC-SA 4.0); ANT context statistics (Apache 2.0): research and non-commercial use only"

// The header field of a model with news-copy features (TrainOptions.News).
const newsField, newsValue = "domains", "anercorp news"

// The header field of a model with a BIO model of its own (SetBIO): its
// weights follow the model's as a third gzip member.
const bioField, bioValue = "bio", "anercorp"

// Write stores the model file: the header (with the model's training
// command), then the model, gzip-compressed (docs/models.md). The
// gazetteers are not stored: they are compiled into the package.
func (m *Model) Write(w io.Writer) error {
	h := Header.WithCommand(m.command)
	if m.clusters.hasContexts() {
		h.Data = dataWithContexts
	}
	if m.data != "" {
		h.Data = m.data
	}
	if m.feat != "" || m.news || m.hasBIO {
		h.Extra = map[string]string{}
	}
	parts := [][]byte{nil, nil}
	if m.hasBIO {
		h.Extra[bioField] = bioValue
		parts = append(parts, m.bioModel().weightBytes())
	}
	if m.feat != "" {
		h.Extra["features"] = m.feat
	}
	if m.news {
		h.Extra[newsField] = newsValue
	}
	return modelfile.Write(w, h, func(w io.Writer) error {
		parts[0], parts[1] = m.payload()
		// Two gzip members (one gzip stream to any reader): the loader
		// inflates the first, hands the clusters to another goroutine and
		// reads the weights meanwhile. The weights, hashed keys and
		// varints, deflate by a fifth only (3.2 → 2.6 MB) and inflating
		// them took longer than decoding them: they are stored blocks, and
		// so are the BIO model's (a third member, read when first used).
		for k, part := range parts {
			level := gzip.BestCompression
			if k >= 1 {
				level = gzip.NoCompression
			}
			zw, err := gzip.NewWriterLevel(w, level)
			if err != nil {
				return err
			}
			if _, err := zw.Write(part); err != nil {
				return err
			}
			if err := zw.Close(); err != nil {
				return err
			}
		}
		return nil
	})
}

// The payload (docs/ner.md): the magic, the byte length of the clusters,
// the clusters, then the weights; stored as two gzip members, the
// clusters' end being the first's.
//
// The clusters are the number of words, then for each word (sorted) the
// length of the prefix it shares with the word before, the rest of it,
// its fine and coarse clusters and its count.
//
// The weights are the compiled table as it lies in memory, so that
// loading fills it front to back: the number of passes, the base-2
// logarithm of the number of slots, the number of keys, the byte lengths
// of the first two of three streams over the occupied slots in slot
// order: for each slot, the number of empty slots before it and its key
// (8 bytes, little-endian); the mask of its non-zero weights (bit k:
// weight k of the 2×nLabels row); the non-zero weights in 1/weightScale
// (zigzag varints). Then the transitions of each pass. The slot of key 0,
// if any, is the last.
func (m *Model) payload() (head, weights []byte) {
	// Clusters, sorted by word, front-coded.
	var words []string
	if m.clusters != nil {
		m.clusters.each(func(w string, _ clusterEntry) {
			words = append(words, w)
		})
	}
	sort.Strings(words)
	var e enc
	e.uv(uint64(len(words)))
	last := ""
	for _, w := range words {
		p := 0
		for p < len(w) && p < len(last) && w[p] == last[p] {
			p++
		}
		ce, _ := m.clusters.get(w)
		e.uv(uint64(p))
		e.uv(uint64(len(w) - p))
		e.b = append(e.b, w[p:]...)
		e.uv(uint64(ce.fine))
		e.uv(uint64(ce.coarse) | uint64(ce.ctx)<<ctxShift)
		e.uv(uint64(ce.count))
		last = w
	}
	head = append([]byte(magic), binary.AppendUvarint(nil, uint64(len(e.b)))...)
	head = append(head, e.b...)
	return head, m.weightBytes()
}

// weightBytes encodes the weight table and the transitions (payload).
func (m *Model) weightBytes() []byte {
	t := m.tab
	passes := uint64(1)
	if m.twoPass {
		passes = 2
	}
	var keys, masks, vals enc
	gap := uint64(0)
	for i := range t.slots {
		s := &t.slots[i]
		if s.key == 0 && (i < len(t.slots)-1 || !t.hasZero) {
			gap++
			continue
		}
		keys.uv(gap)
		gap = 0
		keys.b = binary.LittleEndian.AppendUint64(keys.b, s.key)
		var mask uint64
		for k, x := range s.w {
			if x != 0 {
				mask |= 1 << k
				vals.sv(int64(x))
			}
		}
		masks.uv(mask)
	}
	var w enc
	w.uv(passes)
	w.uv(uint64(bits.TrailingZeros64(t.mask + 1)))
	w.uv(uint64(t.n))
	w.uv(uint64(len(keys.b)))
	w.uv(uint64(len(masks.b)))
	w.b = append(w.b, keys.b...)
	w.b = append(w.b, masks.b...)
	w.b = append(w.b, vals.b...)
	trans := []learn.Transitions{m.trans1, m.trans2}
	for p := range passes {
		for _, x := range trans[p].Score {
			w.sv(int64(math.Round(float64(x) * weightScale)))
		}
	}
	return w.b
}

// enc appends varints.
type enc struct{ b []byte }

func (e *enc) uv(x uint64) { e.b = binary.AppendUvarint(e.b, x) }
func (e *enc) sv(x int64)  { e.b = binary.AppendVarint(e.b, x) }

// dec reads varints from a payload; the first error sticks.
type dec struct {
	b   []byte
	pos int
	err error
}

func (d *dec) uv() uint64 {
	x, n := binary.Uvarint(d.b[d.pos:])
	if n <= 0 {
		if d.err == nil {
			d.err = errors.New("corrupt varint")
		}
		d.pos = len(d.b)
		return 0
	}
	d.pos += n
	return x
}

func (d *dec) sv() int64 {
	// the zigzag decoding of binary.Varint over uv
	u := d.uv()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	h, pr, err := modelfile.OpenPayload(r, Header.Kind, Header.Version)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	// The payload is decoded from memory: one read of the (decompressed)
	// bytes, then varints from the slice.
	data, err := io.ReadAll(pr)
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	clusters, n, err := splitHead(data)
	if err != nil {
		return nil, err
	}
	m, err := decode(h, clusters, func() ([]byte, error) { return data[n:], nil })
	if err != nil || !m.hasBIO {
		return m, err
	}
	// a file read from outside is checked whole
	if m.bioModel(); m.bioErr != nil {
		return nil, m.bioErr
	}
	return m, nil
}

// splitHead returns the clusters section of a payload and the length of
// the head (magic, length, clusters).
func splitHead(data []byte) ([]byte, int, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, 0, errors.New("entity: model: bad header")
	}
	d := dec{b: data, pos: len(magic)}
	n := d.uv()
	if d.err != nil || n > uint64(len(data)-d.pos) {
		return nil, 0, errors.New("entity: model: corrupt clusters length")
	}
	return data[d.pos : d.pos+int(n)], d.pos + int(n), nil
}

// readEmbedded loads a model file held in memory. Its first gzip member
// (the clusters) is inflated, then the second (the weights) while another
// goroutine builds the clusters.
func readEmbedded(file string) (*Model, error) {
	h, stored, err := modelfile.Split(file, Header.Kind, Header.Version)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	if c := h.Extra[modelfile.Compression]; c != "" && c != "gzip" {
		return Read(strings.NewReader(file))
	}
	sr := strings.NewReader(stored)
	zr, err := gzip.NewReader(sr) // a strings.Reader: no byte read past the member
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	zr.Multistream(false)
	head, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	clusters, n, err := splitHead(head)
	if err != nil {
		return nil, err
	}
	if n != len(head) {
		return nil, errors.New("entity: model: clusters and weights in one gzip member")
	}
	rest := stored[len(stored)-sr.Len():]
	if len(rest) < 18 { // a gzip member's header and trailer
		return nil, errors.New("entity: model: the weights' gzip member is missing")
	}
	var bio string // the BIO model's member (SetBIO), read on first use
	m, err := decode(h, clusters, func() ([]byte, error) {
		b, more, err := inflateMember(rest)
		bio = more
		return b, err
	})
	if err != nil {
		return nil, err
	}
	if !m.hasBIO {
		if bio != "" {
			return nil, errors.New("entity: model: bytes after the weights")
		}
		return m, nil
	}
	if len(bio) < 18 {
		return nil, errors.New("entity: model: the BIO weights' gzip member is missing")
	}
	m.bioSrc = func() ([]byte, error) {
		b, more, err := inflateMember(bio)
		if err == nil && more != "" {
			err = errors.New("entity: model: bytes after the BIO weights")
		}
		return b, err
	}
	return m, nil
}

// inflateMember inflates the gzip member at the start of s and returns
// what follows it.
func inflateMember(s string) ([]byte, string, error) {
	sr := strings.NewReader(s)
	zr, err := gzip.NewReader(sr) // a strings.Reader: no byte read past the member
	if err != nil {
		return nil, "", fmt.Errorf("entity: model: %w", err)
	}
	zr.Multistream(false)
	// The trailer's size (modulo 2^32) of the file's last member sizes the
	// buffer; a wrong one costs only growing it.
	size := int(binary.LittleEndian.Uint32([]byte(s[len(s)-4:])))
	buf := bytes.NewBuffer(make([]byte, 0, min(size, 1032*len(s))+bytes.MinRead))
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, "", fmt.Errorf("entity: model: %w", err)
	}
	return buf.Bytes(), s[len(s)-sr.Len():], nil
}

// decode builds the model: the clusters on one goroutine while weights
// are read and fill the table on another.
func decode(h modelfile.Header, clusters []byte, weights func() ([]byte, error)) (*Model, error) {
	// The morphology model, when the features need it, loads meanwhile
	// (on another core when there is one).
	type morphModel struct {
		m   *morph.Model
		err error
	}
	var morphc chan morphModel
	if h.Extra["features"] == featMorph {
		morphc = make(chan morphModel, 1)
		go func() {
			mm, err := morph.Load()
			morphc <- morphModel{mm, err}
		}()
	}
	type clusterResult struct {
		c   *Clusters
		err error
	}
	cc := make(chan clusterResult, 1)
	go func() {
		c, err := decodeClusters(&dec{b: clusters})
		cc <- clusterResult{c, err}
	}()
	m, err := decodeRest(h, weights)
	cr := <-cc
	if err != nil {
		return nil, err
	}
	if cr.err != nil {
		return nil, cr.err
	}
	m.clusters = cr.c
	if morphc != nil {
		mm := <-morphc
		if mm.err != nil {
			return nil, fmt.Errorf("entity: model needs morphology: %w", mm.err)
		}
		m.morph = mm.m
	}
	return m, nil
}

// decodeRest builds the model but its clusters.
func decodeRest(h modelfile.Header, weights func() ([]byte, error)) (*Model, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m := &Model{gaz: g, command: h.Command, data: h.Data, news: h.Extra[newsField] == newsValue}
	if b, ok := h.Extra[bioField]; ok {
		if b != bioValue {
			return nil, fmt.Errorf("entity: model: unknown %s model %q", bioField, b)
		}
		m.hasBIO = true
	}
	switch f := h.Extra["features"]; f {
	case "":
	case featMorph:
		m.feat = featMorph // m.morph: loading meanwhile
	case featWords:
		m.feat = featWords
		if m.words, err = newWordAnnotator(); err != nil {
			return nil, fmt.Errorf("entity: model needs the words layer: %w", err)
		}
	default:
		return nil, fmt.Errorf("entity: model: unknown features %q", f)
	}
	w, err := weights()
	if err != nil {
		return nil, err
	}
	d := &dec{b: w}
	if !m.hasBIO {
		return m, m.decodeWeights(d)
	}
	if err := m.decodeTable(d); err != nil {
		return nil, err
	}
	if d.pos < len(w) {
		// one stream (Read): the BIO model's weights follow
		bio := w[d.pos:]
		m.bioSrc = func() ([]byte, error) { return bio, nil }
	}
	return m, nil
}

// decodeWeights fills the table and the transitions from all of d.
func (m *Model) decodeWeights(d *dec) error {
	if err := m.decodeTable(d); err != nil {
		return err
	}
	if d.pos != len(d.b) {
		return errors.New("entity: model: trailing bytes in the weights")
	}
	return nil
}

// decodeTable fills the table and the transitions from the start of d.
func (m *Model) decodeTable(d *dec) error {
	passes := d.uv()
	if passes != 1 && passes != 2 {
		return errors.New("entity: model: corrupt pass count")
	}
	lg, nk, nkeys, nmasks := d.uv(), d.uv(), d.uv(), d.uv()
	if d.err != nil || lg < 4 || lg > 30 || nk > 2*(1<<lg)/3 || nkeys > uint64(len(d.b)-d.pos) || nmasks > uint64(len(d.b)-d.pos)-nkeys {
		return errors.New("entity: model: corrupt table size")
	}
	t := &table{mask: 1<<lg - 1, slots: make([]slot, 1<<lg+1), n: int(nk)}
	kd := dec{b: d.b[d.pos : d.pos+int(nkeys)]}
	md := dec{b: d.b[d.pos+int(nkeys) : d.pos+int(nkeys+nmasks)]}
	d.pos += int(nkeys + nmasks)
	if err := t.fill(nk, &kd, &md, d); err != nil {
		return err
	}
	if kd.err != nil || md.err != nil || kd.pos != len(kd.b) || md.pos != len(md.b) {
		return errors.New("entity: model: corrupt table")
	}
	m.tab = t
	m.twoPass = passes == 2
	m.trans1 = newTransitions()
	m.trans2 = newTransitions()
	for _, tr := range []learn.Transitions{m.trans1, m.trans2}[:passes] {
		for i := range tr.Score {
			tr.Score[i] = float32(d.sv()) / weightScale
		}
	}
	if d.err != nil {
		return fmt.Errorf("entity: model: %w", d.err)
	}
	return nil
}

// fill reads the nk occupied slots: gaps and keys from kd, masks from
// md, weights from vd.
func (t *table) fill(nk uint64, kd, md, vd *dec) error {
	var pl placement
	i := 0
	for n := uint64(0); n < nk; n++ {
		gap := kd.uv()
		if gap > uint64(len(t.slots)-i) || len(kd.b)-kd.pos < 8 {
			return errors.New("entity: model: corrupt table")
		}
		pl.skip(i, int(gap))
		i += int(gap)
		k := binary.LittleEndian.Uint64(kd.b[kd.pos:])
		kd.pos += 8
		if err := t.place(&pl, i, k); err != nil {
			return err
		}
		if err := t.slots[i].readRow(md, vd); err != nil {
			return err
		}
		i++
	}
	pl.skip(i, len(t.slots)-1-i)
	return pl.check()
}

// place puts key k in slot i, checking that probing finds it there.
func (t *table) place(pl *placement, i int, k uint64) error {
	switch {
	case i >= len(t.slots):
		return errors.New("entity: model: corrupt table")
	case i == len(t.slots)-1:
		if k != 0 {
			return errors.New("entity: model: corrupt table")
		}
		t.hasZero = true
	case k == 0:
		return errors.New("entity: model: key out of place")
	default:
		if !pl.key(i, int(probeStart(k)&t.mask)) {
			return errors.New("entity: model: key out of place")
		}
	}
	t.slots[i].key = k
	return nil
}

// readRow reads the mask of a slot's non-zero weights and the weights.
func (s *slot) readRow(md, vd *dec) error {
	mask := md.uv()
	if mask >= 1<<stride {
		return errors.New("entity: model: corrupt weight mask")
	}
	for ; mask != 0; mask &= mask - 1 {
		x := vd.sv()
		if x < math.MinInt16 || x > math.MaxInt16 {
			return errors.New("entity: model: weight out of range")
		}
		s.w[bits.TrailingZeros64(mask)] = int16(x)
	}
	return nil
}

// placement checks, slot by slot in order, that each key lies where
// probing finds it: every slot from its home to it occupied. Runs that
// wrap around the end are checked once the first empty slot is known.
type placement struct {
	firstEmpty, lastEmpty int // -1: none yet (the zero value is set by skip)
	seen                  bool
	wrapAt                int    // the last slot of a key whose run wraps, or -1
	wrapHome              uint64 // the first home of those keys
	wrapped               bool
}

// skip records the empty slots [i, i+n).
func (p *placement) skip(i, n int) {
	if n <= 0 {
		return
	}
	if !p.seen {
		p.firstEmpty, p.seen = i, true
	}
	p.lastEmpty = i + n - 1
}

// key records a key at slot i whose home is h; false when an empty slot
// lies between them.
func (p *placement) key(i, h int) bool {
	if h <= i {
		return !p.seen || h > p.lastEmpty
	}
	if !p.wrapped || uint64(h) < p.wrapHome {
		p.wrapHome = uint64(h)
	}
	p.wrapAt, p.wrapped = i, true
	return true
}

// check is the final check of the wrapping runs.
func (p *placement) check() error {
	if p.wrapped && (!p.seen || p.firstEmpty <= p.wrapAt || p.wrapHome <= uint64(p.lastEmpty)) {
		return errors.New("entity: model: key out of place")
	}
	return nil
}

// decodeClusters reads the cluster section; the words are substrings of
// one string instead of one allocation each.
func decodeClusters(d *dec) (*Clusters, error) {
	nw := d.uv()
	if nw > uint64(len(d.b)) {
		return nil, errors.New("entity: model: corrupt word count")
	}
	// The words are rebuilt into one buffer, then keyed by substrings of
	// it.
	type wordAt struct {
		end int
		e   clusterEntry
	}
	ats := make([]wordAt, 0, nw)
	buf := make([]byte, 0, 2*len(d.b))
	lastAt := 0
	for i := uint64(0); i < nw && d.err == nil; i++ {
		p, l := d.uv(), d.uv()
		last := len(buf) - lastAt
		if p > uint64(last) || l > 1<<16 || l > uint64(len(d.b)-d.pos) {
			return nil, errors.New("entity: model: corrupt word")
		}
		start := len(buf)
		buf = append(buf, buf[lastAt:lastAt+int(p)]...)
		buf = append(buf, d.b[d.pos:d.pos+int(l)]...)
		d.pos += int(l)
		lastAt = start
		fine, coarse := uint16(d.uv()), d.uv()
		e := clusterEntry{fine: fine, coarse: uint16(coarse), ctx: uint32(coarse >> ctxShift), count: uint32(d.uv())}
		ats = append(ats, wordAt{len(buf), e})
	}
	if d.err != nil {
		return nil, fmt.Errorf("entity: model: %w", d.err)
	}
	if d.pos != len(d.b) {
		return nil, errors.New("entity: model: trailing bytes in the clusters")
	}
	ends := make([]int, len(ats))
	es := make([]clusterEntry, len(ats))
	for k, w := range ats {
		ends[k], es[k] = w.end, w.e
	}
	return &Clusters{flat: newWordTable(string(buf), ends, es)}, nil
}

// pruneEps is the weight magnitude under which a feature row is dropped.
var pruneEps float32 = 0.05

// WriteBIO tags the sentences of a pretokenized file as one stream (see
// TagSentences) and writes token<TAB>tag lines, a blank line after each
// sentence: the output of `rasid analyze --pretokenized --format bio`.
func (m *Model) WriteBIO(w io.Writer, sents [][]string) error {
	bw := bufio.NewWriter(w)
	tags := m.TagSentences(sents)
	for i, s := range sents {
		for j, tok := range s {
			bw.WriteString(tok)
			bw.WriteByte('\t')
			bw.WriteString(tags[i][j])
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
