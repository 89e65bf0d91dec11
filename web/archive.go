package web

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/rasid/rasid"
)

// The archive is a rasid.Searcher (package sqlite). It gives an article's
// document in the JSON format of docs/json.md, with code point offsets; the
// article view reads back the layers it shows, with byte offsets.

type wireSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type wireDoc struct {
	Text     string `json:"text"`
	Date     string `json:"date"`
	Entities []struct {
		wireSpan
		Type      string `json:"type"`
		Canonical string `json:"canonical"`
	} `json:"entities"`
	Titles []struct {
		wireSpan
		Person string `json:"person"`
		Title  string `json:"title"`
	} `json:"titles"`
	Dates []struct {
		wireSpan
		Value    string `json:"value"`
		Kind     string `json:"kind"`
		Hijri    string `json:"hijri"`
		Calendar string `json:"calendar"`
	} `json:"dates"`
	Quotes []struct {
		wireSpan
		Kind    string    `json:"kind"`
		CueSpan *wireSpan `json:"cue_span"`
		Speaker *struct {
			Name  string `json:"name"`
			Start *int   `json:"start"`
			End   *int   `json:"end"`
		} `json:"speaker"`
	} `json:"quotes"`
	// layers of the aids (topics, keyphrases, summary), when the document
	// has them
	Topics []struct {
		Label string  `json:"label"`
		Score float64 `json:"score"`
	} `json:"topics"`
	Keyphrases []struct {
		Text  string  `json:"text"`
		Score float64 `json:"score"`
	} `json:"keyphrases"`
	Summary []struct {
		Text string `json:"text"`
	} `json:"summary"`
}

// decodeDocument reads a stored document: its text and the entity, title,
// date and quote layers, with spans turned back into byte offsets, and the
// topic, keyphrase and summary layers as they are.
func decodeDocument(raw json.RawMessage) (*rasid.Document, *wireDoc, error) {
	var w wireDoc
	if err := json.Unmarshal(raw, &w); err != nil {
		return nil, nil, fmt.Errorf("stored document: %w", err)
	}
	d := &rasid.Document{Text: w.Text}
	if w.Date != "" {
		d.Date, _ = time.Parse("2006-01-02", w.Date)
	}
	co := rasid.NewCharOffsets(w.Text)
	span := func(s wireSpan) rasid.Span { return rasid.Span{Start: co.Byte(s.Start), End: co.Byte(s.End)} }
	for _, e := range w.Entities {
		d.Entities = append(d.Entities, rasid.Entity{Span: span(e.wireSpan), Type: e.Type, Canonical: e.Canonical})
	}
	for _, t := range w.Titles {
		d.Titles = append(d.Titles, rasid.Title{Span: span(t.wireSpan), Person: t.Person, Title: t.Title})
	}
	for _, m := range w.Dates {
		d.Dates = append(d.Dates, rasid.DateMention{Span: span(m.wireSpan), Value: m.Value, Kind: m.Kind, Hijri: m.Hijri, Calendar: m.Calendar})
	}
	for _, q := range w.Quotes {
		rq := rasid.Quote{Span: span(q.wireSpan), Kind: q.Kind}
		if q.CueSpan != nil {
			rq.Cue = span(*q.CueSpan)
		}
		if q.Speaker != nil {
			rq.Speaker.Name = q.Speaker.Name
			if q.Speaker.Start != nil && q.Speaker.End != nil {
				rq.Speaker.Span = span(wireSpan{*q.Speaker.Start, *q.Speaker.End})
			}
		}
		d.Quotes = append(d.Quotes, rq)
	}
	return d, &w, nil
}

// articleJSON is the answer of GET /api/articles/{id}: the article's
// metadata and its document.
type articleJSON struct {
	*rasid.Article
	Document json.RawMessage `json:"document"`
}
