package tagger

import (
	"bufio"
	"encoding/binary"
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

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uvarint(x uint64) {
	n := binary.PutUvarint(w.buf[:], x)
	w.w.Write(w.buf[:n])
}

func (w *writer) varint(x int64) {
	n := binary.PutVarint(w.buf[:], x)
	w.w.Write(w.buf[:n])
}

func (w *writer) str(s string) {
	w.uvarint(uint64(len(s)))
	w.w.WriteString(s)
}

func (w *writer) u64(x uint64) {
	binary.LittleEndian.PutUint64(w.buf[:8], x)
	w.w.Write(w.buf[:8])
}

func (w *writer) f64(x float64) { w.u64(math.Float64bits(x)) }

func (w *writer) strMap(m map[string]string) {
	w.uvarint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		w.str(k)
		w.str(m[k])
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
	w.uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k.s)
		w.uvarint(uint64(k.tag))
		w.str(m[k])
	}
}

// dense writes a quantized classifier: the number of classes, the scale,
// then each row's key (a delta from the previous one) and its non-zero
// weights as (gap, value) pairs.
func (w *writer) dense(q *learn.Quant) {
	w.uvarint(uint64(q.N))
	w.f64(q.Scale)
	n := q.Len()
	w.uvarint(uint64(n))
	prev := uint64(0)
	for r := 0; r < n; r++ {
		k := q.Key(r)
		nz := 0
		for c := 0; c < q.N; c++ {
			if q.Weight(r, c) != 0 {
				nz++
			}
		}
		w.uvarint(k - prev)
		prev = k
		w.uvarint(uint64(nz))
		last := -1
		for c := 0; c < q.N; c++ {
			if v := q.Weight(r, c); v != 0 {
				w.uvarint(uint64(c - last - 1))
				w.varint(int64(v))
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
	w.f64(scale)
	var rows []int
	for r, x := range b.W {
		if math.Round(float64(x)/scale) != 0 {
			rows = append(rows, r)
		}
	}
	w.uvarint(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		k := b.Keys[r]
		w.uvarint(k - prev)
		prev = k
		w.varint(int64(math.Round(float64(b.W[r]) / scale)))
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
	w := &writer{w: bw}
	w.w.WriteString(magic)
	w.uvarint(uint64(len(m.tags)))
	for _, t := range m.tags {
		w.str(t)
	}
	w.dense(m.upos)
	w.uvarint(uint64(len(m.attrs)))
	for _, a := range m.attrs {
		w.str(a.Name)
		w.uvarint(uint64(len(a.Values)))
		for _, v := range a.Values {
			w.str(v)
		}
	}
	for _, as := range m.attrsOf {
		w.uvarint(uint64(len(as)))
		for _, a := range as {
			w.uvarint(uint64(a))
		}
	}
	for _, d := range m.feats {
		if d != nil {
			w.dense(d)
		}
	}
	w.keyMap(m.lemmaMap())
	w.uvarint(uint64(len(m.scripts.scripts)))
	for _, s := range m.scripts.scripts {
		w.str(s.CutPre)
		w.str(s.CutSuf)
		w.str(s.AddPre)
		w.str(s.AddSuf)
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
	w.uvarint(uint64(len(lens)))
	for _, n := range lens {
		w.uvarint(uint64(n))
		w.uvarint(uint64(len(m.patterns[n])))
		for _, p := range m.patterns[n] {
			w.str(p.Shape)
			w.str(p.Build)
			w.f64(p.Count)
		}
	}
	w.table(m.names)
	w.table(m.clusters)
	w.uvarint(uint64(len(m.featStrings)))
	for _, f := range m.featStrings {
		w.str(f)
	}
	w.table(m.tagDict)
	return nil
}

// reader decodes a model from its payload, held in one string: the
// model's strings are substrings of it, not allocations of their own.
type reader struct {
	text string
	pos  int
	err  error
}

var errFormat = errors.New("tagger: malformed model")

func (r *reader) fail() {
	if r.err == nil {
		r.err = errFormat
	}
}

// uvarint reads what binary.PutUvarint writes.
func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var x uint64
	for shift, i := uint(0), r.pos; i < len(r.text) && shift < 64; shift, i = shift+7, i+1 {
		b := r.text[i]
		if b < 0x80 {
			if shift == 63 && b > 1 {
				break
			}
			r.pos = i + 1
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
	}
	r.fail()
	return 0
}

func (r *reader) count(limit int) int {
	n := r.uvarint()
	if n > uint64(limit) {
		r.fail()
		return 0
	}
	return int(n)
}

// varint reads what binary.PutVarint writes (zig-zag).
func (r *reader) varint() int64 {
	ux := r.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// bytes returns the next n bytes ("" on error).
func (r *reader) bytes(n int) string {
	if r.err != nil || n < 0 || n > len(r.text)-r.pos {
		r.fail()
		return ""
	}
	b := r.text[r.pos : r.pos+n]
	r.pos += n
	return b
}

func (r *reader) str() string { return r.bytes(r.count(1 << 20)) }

func (r *reader) u64() uint64 {
	b := r.bytes(8)
	if len(b) < 8 {
		return 0
	}
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (r *reader) f64() float64 { return math.Float64frombits(r.u64()) }

const maxEntries = 1 << 24

func (r *reader) strMap() map[string]string {
	n := r.count(maxEntries)
	m := make(map[string]string, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

func (r *reader) keyMap(ntags int) map[key]string {
	n := r.count(maxEntries)
	m := make(map[key]string, n)
	for i := 0; i < n && r.err == nil; i++ {
		s := r.str()
		t := r.count(ntags - 1)
		m[key{s, uint8(t)}] = r.str()
	}
	return m
}

// keyPairs reads what keyMap writes as its keys and values in order.
func (r *reader) keyPairs(ntags int) ([]key, []string) {
	n := r.count(maxEntries)
	keys, vals := make([]key, 0, n), make([]string, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		s := r.str()
		t := r.count(ntags - 1)
		if i > 0 {
			p := keys[i-1]
			if s < p.s || s == p.s && uint8(t) <= p.tag {
				r.fail() // out of order: knownForm groups a form's pairs
			}
		}
		keys = append(keys, key{s, uint8(t)})
		vals = append(vals, r.str())
	}
	return keys, vals
}

func (r *reader) dense() *learn.Quant {
	nClass := r.count(1 << 12)
	scale := r.f64()
	n := r.count(maxEntries)
	if r.err != nil {
		return nil
	}
	q := learn.EmptyQuant(nClass, scale, n)
	k := uint64(0)
	for i := 0; i < n && r.err == nil; i++ {
		d := r.uvarint()
		if i > 0 && d == 0 {
			r.fail() // keys must be distinct
		}
		k += d
		q.SetKey(i, k)
		nz := r.count(nClass)
		c := -1
		for j := 0; j < nz && r.err == nil; j++ {
			c += 1 + int(r.uvarint())
			v := r.varint()
			if c >= nClass || v == 0 || v < -learn.QuantMax || v > learn.QuantMax {
				r.fail()
				break
			}
			q.SetWeight(i, c, int16(v))
		}
	}
	if r.err != nil {
		return nil
	}
	q.Index()
	return q
}

func (r *reader) sparse() *learn.Pairs {
	scale := r.f64()
	n := r.count(maxEntries)
	keys, w := make([]uint64, 0, n), make([]float32, 0, n)
	k := uint64(0)
	for i := 0; i < n && r.err == nil; i++ {
		k += r.uvarint()
		keys = append(keys, k)
		w = append(w, float32(float64(r.varint())*scale))
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
	r := &reader{text: payload}
	if r.bytes(len(magic)) != magic {
		return nil, errFormat
	}
	m := &Model{tagIdx: map[string]int{}, command: h.Command}
	nt := r.count(255)
	for i := 0; i < nt && r.err == nil; i++ {
		t := r.str()
		m.tagIdx[t] = len(m.tags)
		m.tags = append(m.tags, t)
	}
	m.upos = r.dense()
	na := r.count(1 << 10)
	for i := 0; i < na && r.err == nil; i++ {
		a := attribute{Name: r.str()}
		nv := r.count(1 << 10)
		for j := 0; j < nv && r.err == nil; j++ {
			a.Values = append(a.Values, r.str())
		}
		m.attrs = append(m.attrs, a)
	}
	m.attrsOf = make([][]int, nt)
	for i := 0; i < nt && r.err == nil; i++ {
		n := r.count(na)
		for j := 0; j < n && r.err == nil; j++ {
			m.attrsOf[i] = append(m.attrsOf[i], r.count(na-1))
		}
	}
	if r.err != nil {
		return nil, errFormat
	}
	sizes := m.layout()
	m.feats = make([]*learn.Quant, nt)
	for ti, n := range sizes {
		if n > 0 && r.err == nil {
			m.feats[ti] = r.dense()
			if m.feats[ti] == nil || m.feats[ti].N != n {
				r.fail()
			}
		}
	}
	m.lemmaPairs, m.lemmaVals = r.keyPairs(nt)
	ns := r.count(maxEntries)
	scripts := make([]script, 0, ns)
	for i := 0; i < ns && r.err == nil; i++ {
		scripts = append(scripts, script{CutPre: r.str(), CutSuf: r.str(), AddPre: r.str(), AddSuf: r.str()})
	}
	m.scripts = newScriptIndex(scripts)
	m.lemmaW = r.sparse()
	m.vocDict = r.keyMap(nt)
	m.vocAny = r.strMap()
	m.rootDict = r.keyMap(nt)
	m.rootAny = r.strMap()
	m.patterns = map[int][]rootPattern{}
	nl := r.count(1 << 10)
	for i := 0; i < nl && r.err == nil; i++ {
		n := r.count(1 << 10)
		np := r.count(maxEntries)
		for j := 0; j < np && r.err == nil; j++ {
			m.patterns[n] = append(m.patterns[n], rootPattern{Shape: r.str(), Build: r.str(), Count: r.f64()})
		}
	}
	m.names = r.table(255)
	m.clusters = r.table(1<<16 - 1)
	nfs := r.count(maxEntries)
	for i := 0; i < nfs && r.err == nil; i++ {
		m.featStrings = append(m.featStrings, r.str())
	}
	m.tagDict = r.table(nt - 1)
	if r.err != nil {
		return nil, r.err
	}
	if m.upos == nil || m.upos.N != nt {
		return nil, errFormat
	}
	m.freeze()
	return m, nil
}
