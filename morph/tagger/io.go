package tagger

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/internal/modelfile"
)

// Model file format (the payload, LZ4-compressed in the file): the magic line, then sections written
// with unsigned and zig-zag varints, length-prefixed strings and sorted
// keys, so that a model trained twice on the same data saves to the same
// bytes. Weights are quantized to integers with one scale per classifier.
const magic = "rasid-tagger 1\n"

// writer and reader are the container's plain binary codec with the
// tagger's own sections (maps with sorted keys, quantized classifiers).
type writer struct{ *modelfile.Encoder }

func (w *writer) strMap(m map[string]string) {
	w.Uvarint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		w.String(k)
		w.String(m[k])
	}
}

func (w *writer) keyMap(m map[key]string) {
	keys := make([]key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].s != keys[j].s {
			return keys[i].s < keys[j].s
		}
		return keys[i].tag < keys[j].tag
	})
	w.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.String(k.s)
		w.Uvarint(uint64(k.tag))
		w.String(m[k])
	}
}

// dense writes a quantized classifier: the number of classes, the scale,
// then each row's key (a delta from the previous one) and its non-zero
// weights as (gap, value) pairs.
func (w *writer) dense(q *learn.Quant) {
	w.Uvarint(uint64(q.N))
	w.Float64(q.Scale)
	n := q.Len()
	w.Uvarint(uint64(n))
	prev := uint64(0)
	for r := 0; r < n; r++ {
		k := q.Key(r)
		nz := 0
		for c := 0; c < q.N; c++ {
			if q.Weight(r, c) != 0 {
				nz++
			}
		}
		w.Uvarint(k - prev)
		prev = k
		w.Uvarint(uint64(nz))
		last := -1
		for c := 0; c < q.N; c++ {
			if v := q.Weight(r, c); v != 0 {
				w.Uvarint(uint64(c - last - 1))
				w.Varint(int64(v))
				last = c
			}
		}
	}
}

func (w *writer) sparse(s *learn.Pairs) {
	b := s.Blocks()
	var maxAbs float32
	for _, x := range b.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := learn.QuantScale(maxAbs)
	w.Float64(scale)
	var rows []int
	for r, x := range b.W {
		if math.Round(float64(x)/scale) != 0 {
			rows = append(rows, r)
		}
	}
	w.Uvarint(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		k := b.Keys[r]
		w.Uvarint(k - prev)
		prev = k
		w.Varint(int64(math.Round(float64(b.W[r]) / scale)))
	}
}

// Header is the model file header of a tagger: the command that trains it
// and the data it is derived from, whose licences it carries.
var Header = modelfile.Header{
	Kind: "tagger", Version: 1, Command: "rasid train morph",
	Data: "UD Arabic PADT v1 (CC BY-NC-SA 3.0); UD Arabic PUD dev (CC BY-SA); ANERcorp train (research use); " +
		"SaudiNewsNet (CC BY-NC-SA 4.0): research and non-commercial use only",
}

// Save writes the model file: the header (with the model's training
// command) and the model, LZ4-compressed. The bytes depend only on the
// model's contents.
func (m *Model) Save(out io.Writer) error {
	return modelfile.WriteLZ4(out, Header.WithCommand(m.command), m.save)
}

func (m *Model) save(bw *bufio.Writer) error {
	w := &writer{modelfile.NewEncoder(bw)}
	w.Raw(magic)
	w.Uvarint(uint64(len(m.tags)))
	for _, t := range m.tags {
		w.String(t)
	}
	w.dense(m.upos)
	w.Uvarint(uint64(len(m.attrs)))
	for _, a := range m.attrs {
		w.String(a.Name)
		w.Uvarint(uint64(len(a.Values)))
		for _, v := range a.Values {
			w.String(v)
		}
	}
	for _, as := range m.attrsOf {
		w.Uvarint(uint64(len(as)))
		for _, a := range as {
			w.Uvarint(uint64(a))
		}
	}
	for _, d := range m.feats {
		if d != nil {
			w.dense(d)
		}
	}
	w.keyMap(m.lemmaMap())
	w.Uvarint(uint64(len(m.scripts.scripts)))
	for _, s := range m.scripts.scripts {
		w.String(s.CutPre)
		w.String(s.CutSuf)
		w.String(s.AddPre)
		w.String(s.AddSuf)
	}
	w.sparse(m.lemmaW)
	w.keyMap(m.vocDict)
	w.strMap(m.vocAny)
	w.keyMap(m.rootDict)
	w.strMap(m.rootAny)
	lens := make([]int, 0, len(m.patterns))
	for n := range m.patterns {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	w.Uvarint(uint64(len(lens)))
	for _, n := range lens {
		w.Uvarint(uint64(n))
		w.Uvarint(uint64(len(m.patterns[n])))
		for _, p := range m.patterns[n] {
			w.String(p.Shape)
			w.String(p.Build)
			w.Float64(p.Count)
		}
	}
	w.table(m.names)
	w.table(m.clusters)
	w.Uvarint(uint64(len(m.featStrings)))
	for _, f := range m.featStrings {
		w.String(f)
	}
	w.table(m.tagDict)
	return nil
}

// reader decodes a model from its payload, held in one string: the
// model's strings are substrings of it, not allocations of their own.
type reader struct{ *modelfile.Decoder }

var errFormat = errors.New("tagger: malformed model")

// str reads a string of at most 1 MiB.
func (r *reader) str() string { return r.Bytes(r.Count(1 << 20)) }

const maxEntries = 1 << 24

func (r *reader) strMap() map[string]string {
	n := r.Count(maxEntries)
	m := make(map[string]string, n)
	for i := 0; i < n && r.Err == nil; i++ {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

func (r *reader) keyMap(ntags int) map[key]string {
	n := r.Count(maxEntries)
	m := make(map[key]string, n)
	for i := 0; i < n && r.Err == nil; i++ {
		s := r.str()
		t := r.Count(ntags - 1)
		m[key{s, uint8(t)}] = r.str()
	}
	return m
}

// keyPairs reads what keyMap writes as its keys and values in order.
func (r *reader) keyPairs(ntags int) ([]key, []string) {
	n := r.Count(maxEntries)
	keys, vals := make([]key, 0, n), make([]string, 0, n)
	for i := 0; i < n && r.Err == nil; i++ {
		s := r.str()
		t := r.Count(ntags - 1)
		if i > 0 {
			p := keys[i-1]
			if s < p.s || s == p.s && uint8(t) <= p.tag {
				r.Fail() // out of order: knownForm groups a form's pairs
			}
		}
		keys = append(keys, key{s, uint8(t)})
		vals = append(vals, r.str())
	}
	return keys, vals
}

func (r *reader) dense() *learn.Quant {
	nClass := r.Count(1 << 12)
	scale := r.Float64()
	n := r.Count(maxEntries)
	if r.Err != nil {
		return nil
	}
	q := learn.EmptyQuant(nClass, scale, n)
	k := uint64(0)
	for i := 0; i < n && r.Err == nil; i++ {
		d := r.Uvarint()
		if i > 0 && d == 0 {
			r.Fail() // keys must be distinct
		}
		k += d
		q.SetKey(i, k)
		nz := r.Count(nClass)
		c := -1
		for j := 0; j < nz && r.Err == nil; j++ {
			c += 1 + int(r.Uvarint())
			v := r.Varint()
			if c >= nClass || v == 0 || v < -learn.QuantMax || v > learn.QuantMax {
				r.Fail()
				break
			}
			q.SetWeight(i, c, int16(v))
		}
	}
	if r.Err != nil {
		return nil
	}
	q.Index()
	return q
}

func (r *reader) sparse() *learn.Pairs {
	scale := r.Float64()
	n := r.Count(maxEntries)
	keys, w := make([]uint64, 0, n), make([]float32, 0, n)
	k := uint64(0)
	for i := 0; i < n && r.Err == nil; i++ {
		k += r.Uvarint()
		keys = append(keys, k)
		w = append(w, float32(float64(r.Varint())*scale))
	}
	return learn.FrozenPairs(keys, w)
}

// Load reads a model written by Save (or by earlier versions, whose
// payload was gzip-compressed).
func Load(in io.Reader) (*Model, error) {
	var b strings.Builder
	if _, err := io.Copy(&b, in); err != nil {
		return nil, fmt.Errorf("tagger: reading model: %w", err)
	}
	return Decode(b.String())
}

// Decode reads a model file held in memory (an embedded file, say) without
// copying it: the model's strings are substrings of file.
func Decode(file string) (*Model, error) {
	h, payload, err := modelfile.OpenString(file, Header.Kind, Header.Version)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	r := &reader{modelfile.NewDecoder(payload)}
	if r.Bytes(len(magic)) != magic {
		return nil, errFormat
	}
	m := &Model{tagIdx: map[string]int{}, command: h.Command}
	nt := r.Count(255)
	for i := 0; i < nt && r.Err == nil; i++ {
		t := r.str()
		m.tagIdx[t] = len(m.tags)
		m.tags = append(m.tags, t)
	}
	m.upos = r.dense()
	na := r.Count(1 << 10)
	for i := 0; i < na && r.Err == nil; i++ {
		a := attribute{Name: r.str()}
		nv := r.Count(1 << 10)
		for j := 0; j < nv && r.Err == nil; j++ {
			a.Values = append(a.Values, r.str())
		}
		m.attrs = append(m.attrs, a)
	}
	m.attrsOf = make([][]int, nt)
	for i := 0; i < nt && r.Err == nil; i++ {
		n := r.Count(na)
		for j := 0; j < n && r.Err == nil; j++ {
			m.attrsOf[i] = append(m.attrsOf[i], r.Count(na-1))
		}
	}
	if r.Err != nil {
		return nil, errFormat
	}
	sizes := m.layout()
	m.feats = make([]*learn.Quant, nt)
	for ti, n := range sizes {
		if n > 0 && r.Err == nil {
			m.feats[ti] = r.dense()
			if m.feats[ti] == nil || m.feats[ti].N != n {
				r.Fail()
			}
		}
	}
	m.lemmaPairs, m.lemmaVals = r.keyPairs(nt)
	ns := r.Count(maxEntries)
	scripts := make([]script, 0, ns)
	for i := 0; i < ns && r.Err == nil; i++ {
		scripts = append(scripts, script{CutPre: r.str(), CutSuf: r.str(), AddPre: r.str(), AddSuf: r.str()})
	}
	m.scripts = newScriptIndex(scripts)
	m.lemmaW = r.sparse()
	m.vocDict = r.keyMap(nt)
	m.vocAny = r.strMap()
	m.rootDict = r.keyMap(nt)
	m.rootAny = r.strMap()
	m.patterns = map[int][]rootPattern{}
	nl := r.Count(1 << 10)
	for i := 0; i < nl && r.Err == nil; i++ {
		n := r.Count(1 << 10)
		np := r.Count(maxEntries)
		for j := 0; j < np && r.Err == nil; j++ {
			m.patterns[n] = append(m.patterns[n], rootPattern{Shape: r.str(), Build: r.str(), Count: r.Float64()})
		}
	}
	m.names = r.table(255)
	m.clusters = r.table(1<<16 - 1)
	nfs := r.Count(maxEntries)
	for i := 0; i < nfs && r.Err == nil; i++ {
		m.featStrings = append(m.featStrings, r.str())
	}
	m.tagDict = r.table(nt - 1)
	if r.Err != nil {
		return nil, fmt.Errorf("tagger: %w", r.Err)
	}
	if m.upos == nil || m.upos.N != nt {
		return nil, errFormat
	}
	m.freeze()
	return m, nil
}
