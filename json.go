package rasid

import (
	"encoding/json"
	"math"
	"unicode/utf8"
)

// The JSON form of a Document (docs/json.md) gives spans as code point
// offsets, what Python, JavaScript and annotation tools expect; inside Go
// spans are byte offsets. The types below are the wire format.

type jsonDoc struct {
	Schema     int             `json:"schema"`
	ID         string          `json:"id,omitempty"`
	Text       string          `json:"text"`
	Date       string          `json:"date,omitempty"`
	Title      string          `json:"title,omitempty"`
	Sentences  []jsonSpan      `json:"sentences"`
	Tokens     []jsonToken     `json:"tokens"`
	Entities   []jsonEntity    `json:"entities,omitempty"`
	Titles     []jsonTitle     `json:"titles,omitempty"`
	Dates      []jsonDate      `json:"dates,omitempty"`
	Quotes     []jsonQuote     `json:"quotes,omitempty"`
	Topics     []jsonTopic     `json:"topics,omitempty"`
	Keyphrases []jsonKeyphrase `json:"keyphrases,omitempty"`
	Summary    []jsonTextSpan  `json:"summary,omitempty"`
	Warnings   []string        `json:"warnings,omitempty"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonToken struct {
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Text     string     `json:"text"`
	Norm     string     `json:"norm"`
	Kind     string     `json:"kind"`
	Words    []jsonWord `json:"words,omitempty"`
	Segments []string   `json:"segments,omitempty"`
}

type jsonWord struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Form     string `json:"form"`
	UPOS     string `json:"upos,omitempty"`
	Lemma    string `json:"lemma,omitempty"`
	LemmaVoc string `json:"lemma_voc,omitempty"`
	Stem     string `json:"stem,omitempty"`
	Root     string `json:"root,omitempty"`
	Feats    string `json:"feats,omitempty"`
}

type jsonEntity struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
}

type jsonTitle struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Person string `json:"person"`
	Title  string `json:"title"`
}

type jsonDate struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Value    string `json:"value"`
	Kind     string `json:"kind"`
	Hijri    string `json:"hijri,omitempty"`
	Calendar string `json:"calendar,omitempty"`
	Ref      string `json:"ref,omitempty"`
}

type jsonSpeaker struct {
	Name  string `json:"name"`
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
}

type jsonQuote struct {
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Text    string       `json:"text"`
	Kind    string       `json:"kind"`
	Cue     string       `json:"cue"`
	CueSpan *jsonSpan    `json:"cue_span,omitempty"`
	Speaker *jsonSpeaker `json:"speaker,omitempty"`
}

type jsonTopic struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
}

type jsonKeyphrase struct {
	Text  string  `json:"text"`
	Lemma string  `json:"lemma"`
	Score float64 `json:"score"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

type jsonTextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

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

func (c *CharOffsets) span(s Span) jsonSpan {
	return jsonSpan{Start: c.Char(s.Start), End: c.Char(s.End)}
}

// MarshalJSON writes the document in the documented JSON schema, with
// code point offsets. It has a value receiver, so that json.Marshal of a
// Document and of a *Document (and of structs holding either) agree.
func (d Document) MarshalJSON() ([]byte, error) {
	c := NewCharOffsets(d.Text)
	j := jsonDoc{
		Schema:    SchemaVersion,
		ID:        d.ID,
		Title:     d.Title,
		Text:      d.Text,
		Sentences: []jsonSpan{},
		Tokens:    []jsonToken{},
		Warnings:  d.Warnings,
	}
	if !d.Date.IsZero() {
		j.Date = d.Date.Format("2006-01-02")
	}
	for _, s := range d.Sentences {
		j.Sentences = append(j.Sentences, c.span(s))
	}
	for _, t := range d.Tokens {
		sp := c.span(t.Span)
		jt := jsonToken{Start: sp.Start, End: sp.End, Text: t.In(d.Text), Norm: t.Norm, Kind: t.Kind.String(), Segments: t.Segments}
		for _, w := range t.Words {
			ws := c.span(w.Span)
			jt.Words = append(jt.Words, jsonWord{Start: ws.Start, End: ws.End, Form: w.Form, UPOS: w.UPOS,
				Lemma: w.Lemma, LemmaVoc: w.LemmaVoc, Stem: w.Stem, Root: w.Root, Feats: w.Feats})
		}
		j.Tokens = append(j.Tokens, jt)
	}
	for _, e := range d.Entities {
		sp := c.span(e.Span)
		j.Entities = append(j.Entities, jsonEntity{Start: sp.Start, End: sp.End, Text: e.In(d.Text), Type: e.Type, Canonical: e.Canonical})
	}
	for _, t := range d.Titles {
		sp := c.span(t.Span)
		j.Titles = append(j.Titles, jsonTitle{Start: sp.Start, End: sp.End, Person: t.Person, Title: t.Title})
	}
	for _, m := range d.Dates {
		sp := c.span(m.Span)
		j.Dates = append(j.Dates, jsonDate{Start: sp.Start, End: sp.End, Text: m.In(d.Text), Value: m.Value, Kind: m.Kind, Hijri: m.Hijri, Calendar: m.Calendar, Ref: m.Ref})
	}
	for _, q := range d.Quotes {
		sp := c.span(q.Span)
		jq := jsonQuote{Start: sp.Start, End: sp.End, Text: q.In(d.Text), Kind: q.Kind}
		if q.Cue.End > q.Cue.Start {
			cs := c.span(q.Cue)
			jq.Cue = q.Cue.In(d.Text)
			jq.CueSpan = &cs
		}
		if q.Speaker.Name != "" {
			js := &jsonSpeaker{Name: q.Speaker.Name}
			if q.Speaker.End > q.Speaker.Start {
				s, e := c.Char(q.Speaker.Start), c.Char(q.Speaker.End)
				js.Start, js.End = &s, &e
			}
			jq.Speaker = js
		}
		j.Quotes = append(j.Quotes, jq)
	}
	for _, t := range d.Topics {
		j.Topics = append(j.Topics, jsonTopic{Label: t.Label, Score: round4(t.Score)})
	}
	for _, k := range d.Keyphrases {
		sp := c.span(k.Span)
		j.Keyphrases = append(j.Keyphrases, jsonKeyphrase{Text: k.Text, Lemma: k.Lemma, Score: round4(k.Score), Start: sp.Start, End: sp.End})
	}
	for _, s := range d.Summary {
		sp := c.span(s)
		j.Summary = append(j.Summary, jsonTextSpan{Start: sp.Start, End: sp.End, Text: s.In(d.Text)})
	}
	return json.Marshal(j)
}
