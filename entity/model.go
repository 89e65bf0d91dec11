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
	"sort"
	"sync"
)

// Model is a trained NER model: feature weights of a first-order averaged
// perceptron, word clusters and the gazetteers. It is safe for concurrent
// use once loaded.
type Model struct {
	weights
	clusters *Clusters
	gaz      *gazetteer
}

//go:embed model/ner.bin.gz
var embedded []byte

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, decoded on first use and shared after.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loadModel, loadErr = Read(bytes.NewReader(embedded))
	})
	return loadModel, loadErr
}

// Clusters returns the model's word clusters.
func (m *Model) Clusters() *Clusters { return m.clusters }

// TagBIO tags one sentence of surface tokens (clitics attached, as in
// ANERcorp) with IOB2 tags: O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG,
// B-MISC, I-MISC. The result has one tag per input token.
func (m *Model) TagBIO(tokens []string) []string {
	labels := m.tagIdx(tokens)
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = Labels[l]
	}
	return out
}

func (m *Model) tagIdx(tokens []string) []int {
	if len(tokens) == 0 {
		return nil
	}
	in := m.infos(tokens)
	feats := make([][]uint64, len(tokens))
	buf := make([]uint64, 0, len(tokens)*64)
	for i := range tokens {
		start := len(buf)
		buf = features(buf, in, i)
		feats[i] = buf[start:len(buf):len(buf)]
	}
	em := make([]float32, len(tokens)*nLabels)
	m.emissions(feats, em)
	return viterbi(len(tokens), em, &m.trans)
}

// TrainOptions sets how a model is trained.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// Clusters are the word clusters to use (nil: none).
	Clusters *Clusters
	// Logf receives progress lines (nil: silent).
	Logf func(format string, args ...any)
}

// Train learns a model from tagged sentences.
func Train(sents []Sentence, o TrainOptions) (*Model, error) {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	logf := o.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m := &Model{clusters: o.Clusters, gaz: g}
	m.index = map[uint64]int32{}
	var ex []trainExample
	var buf []uint64
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		in := m.infos(s.Tokens)
		e := trainExample{feats: make([][]int32, len(s.Tokens)), gold: make([]int, len(s.Tokens))}
		for i := range s.Tokens {
			buf = features(buf[:0], in, i)
			ids := make([]int32, len(buf))
			for k, f := range buf {
				id, ok := m.index[f]
				if !ok {
					id = int32(len(m.index))
					m.index[f] = id
				}
				ids[k] = id
			}
			e.feats[i] = ids
			e.gold[i] = labelIndex(s.Tags[i])
		}
		ex = append(ex, e)
	}
	logf("ner: %d sentences, %d features", len(ex), len(m.index))
	w, tr := averagedPerceptron(ex, len(m.index), o.Epochs, o.Seed, func(ep, errs int) {
		logf("ner: epoch %d: %d token errors", ep+1, errs)
	})
	m.w, m.trans = w, tr
	m.prune(1e-3)
	logf("ner: %d features after pruning", len(m.index))
	return m, nil
}

// prune drops features whose weights are all below eps in magnitude.
func (m *Model) prune(eps float32) {
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

// weightScale quantizes weights to int16 in the file.
const weightScale = 256

// Write stores the model, gzip-compressed. The gazetteers are not stored:
// they are compiled into the package.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
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
	// Features, sorted by key; keys delta-coded.
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	uv(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		uv(k - prev)
		prev = k
	}
	for _, k := range keys {
		row := m.w[int(m.index[k])*nLabels : int(m.index[k]+1)*nLabels]
		for _, x := range row {
			sv(int64(math.Round(float64(x) * weightScale)))
		}
	}
	for a := range m.trans {
		for b := range m.trans[a] {
			sv(int64(math.Round(float64(m.trans[a][b]) * weightScale)))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("entity: model: bad header")
	}
	var rerr error
	uv := func() uint64 {
		x, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return x
	}
	sv := func() int64 {
		x, err := binary.ReadVarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return x
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m := &Model{gaz: g, clusters: &Clusters{words: map[string]clusterEntry{}}}
	nw := int(uv())
	for i := 0; i < nw && rerr == nil; i++ {
		l := int(uv())
		if l > 1<<16 {
			return nil, errors.New("entity: model: corrupt word")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("entity: model: %w", err)
		}
		e := clusterEntry{fine: uint16(uv()), coarse: uint16(uv()), count: uint32(uv())}
		m.clusters.words[string(b)] = e
	}
	nf := int(uv())
	if nf > 1<<26 {
		return nil, errors.New("entity: model: corrupt feature count")
	}
	m.index = make(map[uint64]int32, nf)
	var k uint64
	for i := 0; i < nf && rerr == nil; i++ {
		k += uv()
		m.index[k] = int32(i)
	}
	m.w = make([]float32, nf*nLabels)
	for i := range m.w {
		m.w[i] = float32(sv()) / weightScale
	}
	for a := range m.trans {
		for b := range m.trans[a] {
			m.trans[a][b] = float32(sv()) / weightScale
		}
	}
	if rerr != nil {
		return nil, fmt.Errorf("entity: model: %w", rerr)
	}
	return m, nil
}
