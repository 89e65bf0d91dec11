package rasid

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// The JSON form of a Document (docs/json.md) gives spans as code point
// offsets, what Python, JavaScript and annotation tools expect; inside Go
// spans are byte offsets. AppendJSON writes it directly; the tests hold it
// to the encoding/json form it replaced (internal/jsonoracle).

// round4 keeps JSON scores short: four decimals are more than any reader
// of a probability or a ranking score needs.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// CharOffsets maps byte offsets of a text to code point offsets.
type CharOffsets struct {
	idx []int32 // idx[b] = code points before byte b, for every byte b ≤ len(text)
}

// NewCharOffsets builds the map for text.
func NewCharOffsets(text string) *CharOffsets {
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < size; j++ {
			idx[i+j] = n
		}
		i += size
		n++
	}
	idx[len(text)] = n
	return &CharOffsets{idx: idx}
}

// Char returns the code point offset of byte offset b.
func (c *CharOffsets) Char(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(c.idx) {
		return int(c.idx[len(c.idx)-1])
	}
	return int(c.idx[b])
}

// Byte returns the byte offset of code point offset ch (the inverse of Char).
func (c *CharOffsets) Byte(ch int) int {
	lo, hi := 0, len(c.idx)-1
	for lo < hi {
		m := (lo + hi) / 2
		if int(c.idx[m]) < ch {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// MarshalJSON writes the document in the documented JSON schema, with
// code point offsets. It has a value receiver, so that json.Marshal of a
// Document and of a *Document (and of structs holding either) agree.
func (d Document) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil) }

// AppendJSON appends the JSON form of d (docs/json.md) to b, on one line
// without a line break: what json.Marshal(d) gives, written directly
// (no reflection, no second pass over the output). Scores that are not
// numbers (NaN, infinities) are an error, as with encoding/json.
func (d *Document) AppendJSON(b []byte) ([]byte, error) {
	o := &charPos{text: d.Text}
	b = append(b, `{"schema":`...)
	b = strconv.AppendInt(b, SchemaVersion, 10)
	if d.ID != "" {
		b = append(b, `,"id":`...)
		b = appendString(b, d.ID)
	}
	b = append(b, `,"text":`...)
	b = appendString(b, d.Text)
	if !d.Date.IsZero() {
		b = append(b, `,"date":"`...)
		b = d.Date.AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	if d.Title != "" {
		b = append(b, `,"title":`...)
		b = appendString(b, d.Title)
	}
	b = append(b, `,"sentences":[`...)
	for i, s := range d.Sentences {
		b = comma(b, i)
		b = o.appendSpan(b, s)
	}
	b = append(b, `],"tokens":[`...)
	o.rewind()
	for i := range d.Tokens {
		b = comma(b, i)
		b = o.appendToken(b, &d.Tokens[i])
	}
	b = append(b, ']')
	var err error
	b = appendLayer(b, o, "entities", d.Entities, o.appendEntity)
	b = appendLayer(b, o, "titles", d.Titles, o.appendTitle)
	b = appendLayer(b, o, "dates", d.Dates, o.appendDate)
	b = appendLayer(b, o, "quotes", d.Quotes, o.appendQuote)
	b = appendLayer(b, o, "topics", d.Topics, func(b []byte, t Topic) []byte { return appendTopic(b, t, &err) })
	b = appendLayer(b, o, "keyphrases", d.Keyphrases, func(b []byte, k Keyphrase) []byte { return o.appendKeyphrase(b, k, &err) })
	b = appendLayer(b, o, "summary", d.Summary, o.appendSummary)
	if len(d.Warnings) > 0 {
		b = append(b, `,"warnings":[`...)
		for i, w := range d.Warnings {
			b = comma(b, i)
			b = appendString(b, w)
		}
		b = append(b, ']')
	}
	b = append(b, '}')
	return b, err
}

// appendLayer appends `,"name":[…]` for a layer that is left out when
// empty.
func appendLayer[T any](b []byte, o *charPos, name string, xs []T, elem func([]byte, T) []byte) []byte {
	if len(xs) == 0 {
		return b
	}
	o.rewind()
	b = append(b, `,"`...)
	b = append(b, name...)
	b = append(b, `":[`...)
	for i, x := range xs {
		b = comma(b, i)
		b = elem(b, x)
	}
	return append(b, ']')
}

func comma(b []byte, i int) []byte {
	if i > 0 {
		return append(b, ',')
	}
	return b
}

// A charPos turns byte offsets of a text (a window of a longer text whose
// first code point is number base) into code point offsets. Offsets asked
// for in increasing order, as the layers give them, cost a step forward
// each; a step back (a token's words after the token, the next layer)
// starts again from the nearest of the last answers and of the marks
// left every 64 bytes by the steps forward.
type charPos struct {
	text  string
	base  int
	b, c  int         // byte b is code point c
	marks []charMark  // marks[k]: the first code point starting at or after byte 64(k+1)
	last  [4]charMark // the last answers
	nlast int
}

type charMark struct{ b, c int32 }

// rewind goes back to the beginning of the text, before a layer whose
// offsets start again from there.
func (p *charPos) rewind() { p.b, p.c = 0, 0 }

// char returns the code point offset of byte offset at, as
// CharOffsets.Char does (plus base).
func (p *charPos) char(at int) int {
	text := p.text
	if at > len(text) {
		at = len(text)
	}
	if at < p.b {
		// the nearest point before at of the last answers and the marks
		p.b, p.c = 0, 0
		k := at/64 - 2 // marks[k].b < 64(k+1) + 4 ≤ at
		if k >= 0 && k < len(p.marks) {
			p.b, p.c = int(p.marks[k].b), int(p.marks[k].c)
		}
		for _, h := range p.last {
			if int(h.b) <= at && int(h.b) > p.b {
				p.b, p.c = int(h.b), int(h.c)
			}
		}
	}
	i, n := p.b, p.c
	for i < at {
		c := text[i]
		size := 1
		switch {
		case c < utf8.RuneSelf:
		case c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			size = 2
		default:
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		if i+size > at {
			break // at is inside this code point: its offset is the code point's
		}
		i += size
		n++
		if i>>6 > len(p.marks) && i < 1<<31 {
			if p.marks == nil {
				p.marks = make([]charMark, 0, len(text)>>6)
			}
			p.marks = append(p.marks, charMark{int32(i), int32(n)})
		}
	}
	p.b, p.c = i, n
	if i < 1<<31 {
		p.last[p.nlast%len(p.last)] = charMark{int32(i), int32(n)}
		p.nlast++
	}
	return p.base + n
}

func (p *charPos) appendSpan(b []byte, s Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(p.char(s.Start)), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(p.char(s.End)), 10)
	return append(b, '}')
}

// appendSpanFields appends `"start":S,"end":E` without braces.
func (p *charPos) appendSpanFields(b []byte, s Span) []byte {
	b = append(b, `"start":`...)
	b = strconv.AppendInt(b, int64(p.char(s.Start)), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(p.char(s.End)), 10)
}

// appendField appends `,"name":"value"`.
func appendField(b []byte, name, value string) []byte {
	b = append(b, `,"`...)
	b = append(b, name...)
	b = append(b, `":`...)
	return appendString(b, value)
}

// appendOptional appends `,"name":"value"` unless value is empty.
func appendOptional(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	return appendField(b, name, value)
}

func (p *charPos) appendToken(b []byte, t *Token) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, t.Span)
	b = appendField(b, "text", t.In(p.text))
	b = appendField(b, "norm", t.Norm)
	b = appendField(b, "kind", t.Kind.String())
	if len(t.Words) > 0 {
		b = append(b, `,"words":[`...)
		for i := range t.Words {
			w := &t.Words[i]
			b = comma(b, i)
			b = append(b, '{')
			b = p.appendSpanFields(b, w.Span)
			b = appendField(b, "form", w.Form)
			b = appendOptional(b, "upos", w.UPOS)
			b = appendOptional(b, "lemma", w.Lemma)
			b = appendOptional(b, "lemma_voc", w.LemmaVoc)
			b = appendOptional(b, "stem", w.Stem)
			b = appendOptional(b, "root", w.Root)
			b = appendOptional(b, "feats", w.Feats)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(t.Segments) > 0 {
		b = append(b, `,"segments":[`...)
		for i, s := range t.Segments {
			b = comma(b, i)
			b = appendString(b, s)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func (p *charPos) appendEntity(b []byte, e Entity) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, e.Span)
	b = appendField(b, "text", e.In(p.text))
	b = appendField(b, "type", e.Type)
	b = appendField(b, "canonical", e.Canonical)
	return append(b, '}')
}

func (p *charPos) appendTitle(b []byte, t Title) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, t.Span)
	b = appendField(b, "person", t.Person)
	b = appendField(b, "title", t.Title)
	return append(b, '}')
}

func (p *charPos) appendDate(b []byte, m DateMention) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, m.Span)
	b = appendField(b, "text", m.In(p.text))
	b = appendField(b, "value", m.Value)
	b = appendField(b, "kind", m.Kind)
	b = appendOptional(b, "hijri", m.Hijri)
	b = appendOptional(b, "calendar", m.Calendar)
	b = appendOptional(b, "ref", m.Ref)
	b = appendOptional(b, "timex", m.Timex)
	return append(b, '}')
}

func (p *charPos) appendQuote(b []byte, q Quote) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, q.Span)
	b = appendField(b, "text", q.In(p.text))
	b = appendField(b, "kind", q.Kind)
	hasCue := q.Cue.End > q.Cue.Start
	cue := ""
	if hasCue {
		cue = q.Cue.In(p.text)
	}
	b = appendField(b, "cue", cue)
	if hasCue {
		b = append(b, `,"cue_span":`...)
		b = p.appendSpan(b, q.Cue)
	}
	if q.Speaker.Name != "" {
		b = append(b, `,"speaker":{"name":`...)
		b = appendString(b, q.Speaker.Name)
		if q.Speaker.End > q.Speaker.Start {
			b = append(b, ',')
			b = p.appendSpanFields(b, q.Speaker.Span)
		}
		b = append(b, '}')
	}
	return append(b, '}')
}

func appendTopic(b []byte, t Topic, err *error) []byte {
	b = append(b, `{"label":`...)
	b = appendString(b, t.Label)
	b = append(b, `,"score":`...)
	b = appendFloat(b, round4(t.Score), err)
	return append(b, '}')
}

func (p *charPos) appendKeyphrase(b []byte, k Keyphrase, err *error) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, k.Text)
	b = appendField(b, "lemma", k.Lemma)
	b = append(b, `,"score":`...)
	b = appendFloat(b, round4(k.Score), err)
	b = append(b, ',')
	b = p.appendSpanFields(b, k.Span)
	return append(b, '}')
}

func (p *charPos) appendSummary(b []byte, s Span) []byte {
	b = append(b, '{')
	b = p.appendSpanFields(b, s)
	b = appendField(b, "text", s.In(p.text))
	return append(b, '}')
}

// errNotANumber is the error of a score that JSON cannot hold.
var errNotANumber = errors.New("json: unsupported value: a score is NaN or infinite")

// appendFloat writes f as encoding/json does: like ES6, shortest
// representation, exponent form below 1e-6 and from 1e21 on.
func appendFloat(b []byte, f float64, err *error) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if *err == nil {
			*err = errNotANumber
		}
		return append(b, '0')
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// plainASCII marks the ASCII bytes that a JSON string holds as they are
// (encoding/json's HTML-safe set: not controls, '"', '\\', '<', '>', '&').
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string exactly as encoding/json
// writes it: HTML characters and controls escaped, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a two-byte code point (Arabic): nothing to escape
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// AppendJSONIndent appends the JSON form of d indented as
// json.MarshalIndent(d, "", "  ") writes it.
func (d *Document) AppendJSONIndent(b []byte) ([]byte, error) {
	flat, err := d.AppendJSON(nil)
	if err != nil {
		return b, err
	}
	return appendIndent(b, flat), nil
}

// appendIndent indents compact JSON (as produced by AppendJSON) with two
// spaces a level, as json.Indent does.
func appendIndent(b, flat []byte) []byte {
	buf := bytes.NewBuffer(b)
	if err := json.Indent(buf, flat, "", "  "); err != nil {
		return append(b, flat...)
	}
	return buf.Bytes()
}
