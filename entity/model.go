package entity

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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

	tab *learn.Blocks // compiled weights for tagging (see compile)

	ttlOnce sync.Once
	ttl     *titleWords
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
	labels, _ := m.tagIdx(sents, nil, false)
	out := make([][]string, len(sents))
	for i, ls := range labels {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = Labels[l]
		}
	}
	return out
}

// tagIdx labels sentences. With backoff, strong gazetteer names that the
// model left untagged are tagged from the lists: right for wire copy, but
// ANERcorp's conventions differ (الجزيرة is a place there), so the BIO
// output does without.
//
// words holds the words of each token (Token.Words) when the caller has
// them; a model that reads the words layer computes them when it is nil.
// The rules read the part of speech of the host word when words are
// given, whatever the model's features.
// The token information is returned with the labels.
func (m *Model) tagIdx(sents [][]string, words [][][]rasid.Word, backoff bool) ([][]int, [][]tokInfo) {
	if m.feat == featWords && words == nil {
		words = m.words.words(sents)
	}
	infos := make([][]tokInfo, len(sents))
	for i, s := range sents {
		var ws [][]rasid.Word
		if words != nil {
			ws = words[i]
		}
		infos[i] = m.infos(s, ws)
	}
	var labels [][]int
	if len(sents) == 1 {
		// No document: the second pass, trained with memory from the
		// surrounding sentences, would see none; the first pass alone
		// does better.
		if m.tab != nil {
			labels = m.tagFast(infos, false)
		} else {
			labels = [][]int{m.first.tag(infos[0])}
		}
	} else if m.tab != nil {
		labels = m.tagFast(infos, m.second != nil)
	} else {
		labels = make([][]int, len(sents))
		for i := range infos {
			labels[i] = m.first.tag(infos[i])
		}
		if m.second != nil {
			addMemory(infos, labels)
			for i := range infos {
				labels[i] = m.second.tag(infos[i])
			}
		}
	}
	m.trimVerbs(infos, labels)
	if len(sents) > 1 {
		docPass(infos, labels)
	}
	if backoff {
		for i := range infos {
			m.gazetteerBackoff(infos[i], labels[i])
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
	// Command is the training command written in the model file's header
	// (default: Header.Command).
	Command string
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
	m := &Model{clusters: o.Clusters, gaz: g, command: o.Command}
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
	var infos [][]tokInfo
	var gold [][]int
	for k, toks := range tokens {
		if len(toks) == 0 {
			continue
		}
		if len(tags[k]) != len(toks) {
			return nil, fmt.Errorf("entity: sentence %d has %d tokens and %d tags", k+1, len(toks), len(tags[k]))
		}
		var ws [][]rasid.Word
		if words != nil {
			ws = words[k]
		}
		infos = append(infos, m.infos(toks, ws))
		gl := make([]int, len(toks))
		for i, t := range tags[k] {
			gl[i] = labelIndex(t)
		}
		gold = append(gold, gl)
	}
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
		w := trainWeights(ti, tg, o, fmt.Sprintf("fold %d", f+1), func(string, ...any) {})
		for i := a; i < b; i++ {
			pred[i] = w.tag(infos[i])
		}
	}
	addMemory(infos, pred)
	sec := trainWeights(infos, gold, o, "pass 2", logf)
	m.second = &sec
	m.compile()
	return m, nil
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
		ex = append(ex, e)
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

const magic = "RASIDNER1\n"

// Values of the "features" field of the model file header.
const (
	featMorph = "morph" // morph.AnalyzeSentence run by the model
	featWords = "words" // the words layer (Token.Words)
)

// weightScale quantizes weights to int16 in the file.
const weightScale = 256

// Header is the model file header of an entity model: the command that
// trains it and the data it is derived from, whose licences it carries.
var Header = modelfile.Header{
	Kind: "ner", Version: 1, Command: "rasid train ner",
	Data: "ANERcorp train (research use); SaudiNewsNet word clusters (CC BY-NC-SA 4.0): research and non-commercial use only",
}

// Write stores the model file: the header (with the model's training
// command), then the model, uncompressed (an embedded model loads faster
// without inflating; docs/models.md). The gazetteers are not
// stored: they are compiled into the package.
func (m *Model) Write(w io.Writer) error {
	h := Header.WithCommand(m.command)
	if m.feat != "" {
		h.Extra = map[string]string{"features": m.feat}
	}
	return modelfile.WriteRaw(w, h, m.write)
}

func (m *Model) write(bw *bufio.Writer) error {
	bw.WriteString(magic)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	sv := func(x int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	// Clusters, sorted by word.
	var words []string
	if m.clusters != nil {
		for w := range m.clusters.words {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		e := m.clusters.words[w]
		uv(uint64(len(w)))
		bw.WriteString(w)
		uv(uint64(e.fine))
		uv(uint64(e.coarse))
		uv(uint64(e.count))
	}
	m.first.write(uv, sv)
	if m.second != nil {
		uv(2)
		m.second.write(uv, sv)
	} else {
		uv(1)
	}
	return nil
}

// Read loads a model written by Write (or an older gzip-compressed file).
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
	return decode(h, data)
}

// readEmbedded loads a model file held in memory: the payload is copied
// once instead of being read through a growing buffer.
func readEmbedded(file string) (*Model, error) {
	h, payload, err := modelfile.OpenString(file, Header.Kind, Header.Version)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	return decode(h, []byte(payload))
}

// decode builds the model from its payload; the cluster words are
// substrings of one string instead of one allocation each.
func decode(h modelfile.Header, data []byte) (*Model, error) {
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
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("entity: model: bad header")
	}
	pos := len(magic)
	var rerr error
	corrupt := errors.New("corrupt varint")
	uv := func() uint64 {
		x, n := binary.Uvarint(data[pos:])
		if n <= 0 {
			if rerr == nil {
				rerr = corrupt
			}
			pos = len(data)
			return 0
		}
		pos += n
		return x
	}
	sv := func() int64 {
		// the zigzag decoding of binary.Varint over uv
		u := uv()
		x := int64(u >> 1)
		if u&1 != 0 {
			x = ^x
		}
		return x
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m := &Model{gaz: g, command: h.Command}
	switch f := h.Extra["features"]; f {
	case "":
	case featMorph:
		m.feat = featMorph // m.morph: loading meanwhile (morphc)
	case featWords:
		m.feat = featWords
		if m.words, err = newWordAnnotator(); err != nil {
			return nil, fmt.Errorf("entity: model needs the words layer: %w", err)
		}
	default:
		return nil, fmt.Errorf("entity: model: unknown features %q", f)
	}
	nw := int(uv())
	if nw > len(data) {
		return nil, errors.New("entity: model: corrupt word count")
	}
	// The words are gathered into one string (their bytes only, not the
	// whole payload's, sized before it is filled), then keyed by
	// substrings of it.
	type wordAt struct {
		at, n int
		e     clusterEntry
	}
	ats := make([]wordAt, 0, nw)
	total := 0
	for i := 0; i < nw && rerr == nil; i++ {
		l := int(uv())
		if l > 1<<16 || l > len(data)-pos {
			return nil, errors.New("entity: model: corrupt word")
		}
		at := pos
		pos += l
		e := clusterEntry{fine: uint16(uv()), coarse: uint16(uv()), count: uint32(uv())}
		ats = append(ats, wordAt{at, l, e})
		total += l
	}
	var blob strings.Builder
	blob.Grow(total)
	for _, w := range ats {
		blob.Write(data[w.at : w.at+w.n])
	}
	words := blob.String()
	m.clusters = &Clusters{words: make(map[string]clusterEntry, nw)}
	start := 0
	for _, w := range ats {
		m.clusters.words[words[start:start+w.n]] = w.e
		start += w.n
	}
	if err := m.first.read(uv, sv); err != nil {
		return nil, err
	}
	if uv() == 2 {
		m.second = &weights{}
		if err := m.second.read(uv, sv); err != nil {
			return nil, err
		}
	}
	if rerr != nil {
		return nil, fmt.Errorf("entity: model: %w", rerr)
	}
	m.compile()
	if morphc != nil {
		mm := <-morphc
		if mm.err != nil {
			return nil, fmt.Errorf("entity: model needs morphology: %w", mm.err)
		}
		m.morph = mm.m
	}
	return m, nil
}

// write stores the weights: feature keys sorted and delta-coded, then the
// rows and the transitions quantized to 1/weightScale.
func (m *weights) write(uv func(uint64), sv func(int64)) {
	keys := m.keys
	if m.index != nil {
		keys = make([]uint64, 0, len(m.index))
		for k := range m.index {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	}
	uv(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		uv(k - prev)
		prev = k
	}
	for _, k := range keys {
		j, _ := m.row(k)
		row := m.w[int(j)*nLabels : int(j+1)*nLabels]
		for _, x := range row {
			sv(int64(math.Round(float64(x) * weightScale)))
		}
	}
	for _, x := range m.trans.Score {
		sv(int64(math.Round(float64(x) * weightScale)))
	}
}

func (m *weights) read(uv func() uint64, sv func() int64) error {
	nf := int(uv())
	if nf > 1<<26 {
		return errors.New("entity: model: corrupt feature count")
	}
	// The keys come sorted: they stay a sorted slice (see weights.row),
	// with no map built at load.
	m.keys = make([]uint64, nf)
	var k uint64
	for i := 0; i < nf; i++ {
		d := uv()
		if i > 0 && d == 0 {
			return errors.New("entity: model: feature keys out of order")
		}
		k += d
		m.keys[i] = k
	}
	m.w = make([]float32, nf*nLabels)
	for i := range m.w {
		m.w[i] = float32(sv()) / weightScale
	}
	m.trans = newTransitions()
	for i := range m.trans.Score {
		m.trans.Score[i] = float32(sv()) / weightScale
	}
	return nil
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
