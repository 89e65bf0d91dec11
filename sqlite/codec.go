package sqlite

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"sync"

	"github.com/rasid/rasid"
)

// The stored form of a Document (articles.doc), deflate-compressed:
//
//	byte 'R', byte codecVersion
//	uvarint n, then n bytes: sentences and tokens in a compact binary form
//	the rest of the Document JSON (docs/json.md) without text, sentences
//	and tokens: entities, titles, dates, quotes, warnings and any layer
//	added later, so new layers are stored without a schema change
//
// Tokens with their words are nine tenths of a document's JSON; written
// with varint offsets and each distinct string once (later uses are
// indexes), they take a fraction of it and are much faster to encode.
const codecVersion = 1

var errCodec = errors.New("sqlite: corrupt stored document")

type strTable struct {
	idx map[string]uint64
}

func (s *strTable) put(dst []byte, v string) []byte {
	if i, ok := s.idx[v]; ok {
		return binary.AppendUvarint(dst, i+1)
	}
	s.idx[v] = uint64(len(s.idx))
	dst = binary.AppendUvarint(dst, 0)
	dst = binary.AppendUvarint(dst, uint64(len(v)))
	return append(dst, v...)
}

// strTables keep the string tables between documents: a table grows to a
// few thousand strings, and growing a new one for every document cost more
// than its look-ups.
var strTables = sync.Pool{New: func() any { return &strTable{idx: make(map[string]uint64, 4096)} }}

func encodeTokens(d *rasid.Document) []byte {
	st := strTables.Get().(*strTable)
	defer func() {
		clear(st.idx)
		strTables.Put(st)
	}()
	b := make([]byte, 0, 16*len(d.Tokens)+1024)
	b = binary.AppendUvarint(b, uint64(len(d.Sentences)))
	last := 0
	for _, s := range d.Sentences {
		b = binary.AppendVarint(b, int64(s.Start-last))
		b = binary.AppendUvarint(b, uint64(s.End-s.Start))
		last = s.End
	}
	b = binary.AppendUvarint(b, uint64(len(d.Tokens)))
	last = 0
	for i := range d.Tokens {
		t := &d.Tokens[i]
		b = binary.AppendVarint(b, int64(t.Start-last))
		b = binary.AppendUvarint(b, uint64(t.End-t.Start))
		last = t.End
		b = append(b, byte(t.Kind))
		b = st.put(b, t.Norm)
		b = binary.AppendUvarint(b, uint64(len(t.Words)))
		for _, w := range t.Words {
			b = binary.AppendVarint(b, int64(w.Start-t.Start))
			b = binary.AppendVarint(b, int64(w.End-w.Start))
			for _, s := range [...]string{w.Form, w.UPOS, w.Lemma, w.LemmaVoc, w.Stem, w.Root, w.Feats} {
				b = st.put(b, s)
			}
		}
		b = binary.AppendUvarint(b, uint64(len(t.Segments)))
		for _, s := range t.Segments {
			b = st.put(b, s)
		}
	}
	return b
}

type reader struct {
	b    []byte
	strs []string
	err  error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errCodec
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errCodec
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = errCodec
		r.b = nil
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	i := r.uvarint()
	if i > 0 {
		if i-1 >= uint64(len(r.strs)) {
			r.err = errCodec
			r.b = nil
			return ""
		}
		return r.strs[i-1]
	}
	n := r.count()
	s := string(r.b[:n])
	r.b = r.b[n:]
	r.strs = append(r.strs, s)
	return s
}

func decodeTokens(b []byte) ([]rasid.Span, []rasid.Token, error) {
	r := &reader{b: b}
	sents := make([]rasid.Span, r.count())
	last := 0
	for i := range sents {
		s := last + r.varint()
		sents[i] = rasid.Span{Start: s, End: s + int(r.uvarint())}
		last = sents[i].End
	}
	toks := make([]rasid.Token, r.count())
	last = 0
	for i := range toks {
		t := &toks[i]
		s := last + r.varint()
		t.Span = rasid.Span{Start: s, End: s + int(r.uvarint())}
		last = t.End
		if len(r.b) == 0 {
			return nil, nil, errCodec
		}
		t.Kind = rasid.TokenKind(r.b[0])
		r.b = r.b[1:]
		t.Norm = r.str()
		if n := r.count(); n > 0 {
			t.Words = make([]rasid.Word, n)
			for j := range t.Words {
				w := &t.Words[j]
				ws := t.Start + r.varint()
				w.Span = rasid.Span{Start: ws, End: ws + r.varint()}
				w.Form, w.UPOS, w.Lemma, w.LemmaVoc = r.str(), r.str(), r.str(), r.str()
				w.Stem, w.Root, w.Feats = r.str(), r.str(), r.str()
			}
		}
		if n := r.count(); n > 0 {
			t.Segments = make([]string, n)
			for j := range t.Segments {
				t.Segments[j] = r.str()
			}
		}
		if r.err != nil {
			return nil, nil, r.err
		}
	}
	return sents, toks, r.err
}

// encodeDoc returns the stored form of d.
func encodeDoc(d *rasid.Document) ([]byte, error) {
	rest := *d
	rest.Sentences, rest.Tokens = nil, nil
	js, err := rest.MarshalJSON()
	if err != nil {
		return nil, err
	}
	// the text is stored beside: out, found by its place in what
	// AppendJSON writes (decodeDoc takes text, sentences and tokens from
	// the codec and the article, whatever the JSON holds of them)
	js, err = withoutText(js)
	if err != nil {
		return nil, err
	}
	toks := encodeTokens(d)
	var buf bytes.Buffer
	buf.Grow(len(toks)/3 + len(js)/3)
	zw := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(zw)
	zw.Reset(&buf)
	head := binary.AppendUvarint([]byte{'R', codecVersion}, uint64(len(toks)))
	zw.Write(head)
	zw.Write(toks)
	zw.Write(js)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// withoutText removes the "text" field from the JSON of a document as
// Document.AppendJSON writes it: {"schema":N[,"id":"…"],"text":"…",…}.
func withoutText(js []byte) ([]byte, error) {
	const key = `,"text":"`
	i := bytes.Index(js, []byte(key))
	if i < 0 {
		return nil, errCodec
	}
	// the id before it is a JSON string too, in which the key would be
	// escaped (\"): the first match is the field
	j := i + len(key)
	for j < len(js) && js[j] != '"' {
		if js[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(js) {
		return nil, errCodec
	}
	return append(js[:i], js[j+1:]...), nil
}

// flateWriters keep compressors between documents: a new one allocates
// about a megabyte of state.
var flateWriters = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return zw
}}

// decodeDoc returns the Document JSON (docs/json.md) of a stored form and
// the article's text.
func decodeDoc(stored []byte, text string) (json.RawMessage, error) {
	zr := flate.NewReader(bytes.NewReader(stored))
	b, err := io.ReadAll(zr)
	zr.Close()
	if err != nil {
		return nil, errCodec
	}
	if len(b) > 0 && b[0] == '{' {
		// archives written before this codec kept the whole JSON
		return b, nil
	}
	if len(b) < 2 || b[0] != 'R' {
		return nil, errCodec
	}
	if b[1] != codecVersion {
		return nil, errors.New("sqlite: stored document of an unknown codec version")
	}
	n, k := binary.Uvarint(b[2:])
	if k <= 0 || n > uint64(len(b)-2-k) {
		return nil, errCodec
	}
	toks := b[2+k : 2+k+int(n)]
	restJSON := b[2+k+int(n):]
	sents, tokens, err := decodeTokens(toks)
	if err != nil {
		return nil, err
	}
	for _, t := range tokens {
		if t.Start < 0 || t.End > len(text) || t.Start > t.End {
			return nil, errCodec
		}
	}
	d := &rasid.Document{Text: text, Sentences: sents, Tokens: tokens}
	js, err := d.MarshalJSON()
	if err != nil {
		return nil, err
	}
	base, err := objectFields(js)
	if err != nil {
		return nil, err
	}
	rest, err := objectFields(restJSON)
	if err != nil {
		return nil, errCodec
	}
	// the order of MarshalJSON: these first, then the other layers
	var all []field
	for _, k := range []string{"schema", "id", "text", "date", "sentences", "tokens"} {
		if f, ok := lookup(base, k); ok {
			all = append(all, f)
		} else if f, ok := lookup(rest, k); ok {
			all = append(all, f)
		}
	}
	n0 := len(all)
	for _, f := range rest {
		if _, ok := lookup(all[:n0], f.key); !ok {
			all = append(all, f)
		}
	}
	return writeObject(nil, all, func(string) bool { return true }), nil
}

type field struct {
	key string
	val json.RawMessage
}

func lookup(fs []field, k string) (field, bool) {
	for _, f := range fs {
		if f.key == k {
			return f, true
		}
	}
	return field{}, false
}

// objectFields splits a JSON object into its fields, in order.
func objectFields(b []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errCodec
	}
	var out []field
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, ok := t.(string)
		if !ok {
			return nil, errCodec
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, field{k, v})
	}
	return out, nil
}

// writeObject writes the fields that keep accepts as a JSON object.
func writeObject(dst []byte, fs []field, keep func(string) bool) []byte {
	dst = append(dst, '{')
	first := true
	for _, f := range fs {
		if !keep(f.key) {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		k, _ := json.Marshal(f.key)
		dst = append(dst, k...)
		dst = append(dst, ':')
		dst = append(dst, f.val...)
	}
	return append(dst, '}')
}
