// Package jsonoracle is the JSON encoding of a rasid.Document as it was
// first written, through encoding/json and reflection: the oracle that
// the tests hold the append-style encoder of the rasid package
// (Document.AppendJSON) to, byte for byte. Nothing outside tests uses it.
package jsonoracle

import (
	"encoding/json"
	"math"

	"github.com/rasid/rasid"
)

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
	Timex    string `json:"timex,omitempty"`
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

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Marshal returns the JSON form of d (docs/json.md) as json.Marshal of
// the wire types.
func Marshal(d *rasid.Document) ([]byte, error) {
	c := rasid.NewCharOffsets(d.Text)
	j := jsonDoc{
		Schema:    rasid.SchemaVersion,
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
	o := shifted{c: c}
	for _, s := range d.Sentences {
		j.Sentences = append(j.Sentences, o.span(s))
	}
	for i := range d.Tokens {
		j.Tokens = append(j.Tokens, jsonTokenOf(o, d.Text, &d.Tokens[i]))
	}
	for _, e := range d.Entities {
		j.Entities = append(j.Entities, jsonEntityOf(o, d.Text, e))
	}
	for _, t := range d.Titles {
		j.Titles = append(j.Titles, jsonTitleOf(o, t))
	}
	for _, m := range d.Dates {
		j.Dates = append(j.Dates, jsonDateOf(o, d.Text, m))
	}
	for _, q := range d.Quotes {
		j.Quotes = append(j.Quotes, jsonQuoteOf(o, d.Text, q))
	}
	for _, t := range d.Topics {
		j.Topics = append(j.Topics, jsonTopic{Label: t.Label, Score: round4(t.Score)})
	}
	for _, k := range d.Keyphrases {
		sp := o.span(k.Span)
		j.Keyphrases = append(j.Keyphrases, jsonKeyphrase{Text: k.Text, Lemma: k.Lemma, Score: round4(k.Score), Start: sp.Start, End: sp.End})
	}
	for _, s := range d.Summary {
		sp := o.span(s)
		j.Summary = append(j.Summary, jsonTextSpan{Start: sp.Start, End: sp.End, Text: s.In(d.Text)})
	}
	return json.Marshal(j)
}

// shifted gives the code point offsets of a piece of a text that starts
// at code point base of the whole.
type shifted struct {
	c    *rasid.CharOffsets
	base int
}

func (o shifted) char(b int) int { return o.base + o.c.Char(b) }

func (o shifted) span(s rasid.Span) jsonSpan {
	return jsonSpan{Start: o.char(s.Start), End: o.char(s.End)}
}

func jsonTokenOf(o shifted, text string, t *rasid.Token) jsonToken {
	sp := o.span(t.Span)
	jt := jsonToken{Start: sp.Start, End: sp.End, Text: t.In(text), Norm: t.Norm, Kind: t.Kind.String(), Segments: t.Segments}
	for _, w := range t.Words {
		ws := o.span(w.Span)
		jt.Words = append(jt.Words, jsonWord{Start: ws.Start, End: ws.End, Form: w.Form, UPOS: w.UPOS,
			Lemma: w.Lemma, LemmaVoc: w.LemmaVoc, Stem: w.Stem, Root: w.Root, Feats: w.Feats})
	}
	return jt
}

func jsonEntityOf(o shifted, text string, e rasid.Entity) jsonEntity {
	sp := o.span(e.Span)
	return jsonEntity{Start: sp.Start, End: sp.End, Text: e.In(text), Type: e.Type, Canonical: e.Canonical}
}

func jsonTitleOf(o shifted, t rasid.Title) jsonTitle {
	sp := o.span(t.Span)
	return jsonTitle{Start: sp.Start, End: sp.End, Person: t.Person, Title: t.Title}
}

func jsonDateOf(o shifted, text string, m rasid.DateMention) jsonDate {
	sp := o.span(m.Span)
	return jsonDate{Start: sp.Start, End: sp.End, Text: m.In(text), Value: m.Value, Kind: m.Kind, Hijri: m.Hijri, Calendar: m.Calendar, Ref: m.Ref, Timex: m.Timex}
}

func jsonQuoteOf(o shifted, text string, q rasid.Quote) jsonQuote {
	sp := o.span(q.Span)
	jq := jsonQuote{Start: sp.Start, End: sp.End, Text: q.In(text), Kind: q.Kind}
	if q.Cue.End > q.Cue.Start {
		cs := o.span(q.Cue)
		jq.Cue = q.Cue.In(text)
		jq.CueSpan = &cs
	}
	if q.Speaker.Name != "" {
		js := &jsonSpeaker{Name: q.Speaker.Name}
		if q.Speaker.End > q.Speaker.Start {
			s, e := o.char(q.Speaker.Start), o.char(q.Speaker.End)
			js.Start, js.End = &s, &e
		}
		jq.Speaker = js
	}
	return jq
}
