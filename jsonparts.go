package rasid

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// The JSON form of a document too long to hold whole in memory with all its
// layers is written in parts: the document is analysed window by window,
// each window's layers become JSON array elements (JSONElements), kept
// apart per layer by the caller (on disk if need be), and WriteJSONParts
// joins them in the layout of MarshalJSON. The output is the same as
// MarshalJSON's for the same layers.

// JSON layer names, in the order of the document's JSON form.
var JSONLayers = []string{"sentences", "tokens", "entities", "titles", "dates", "quotes", "topics", "keyphrases", "summary"}

// JSONElements converts the layers of part, a window of a longer document
// whose text starts at code point charAt of the whole, into JSON array
// elements with offsets into the whole text, and hands each to add with
// its layer name (one of JSONLayers). add must not keep elem: its
// memory is reused.
func (part *Document) JSONElements(charAt int, add func(layer string, elem []byte) error) error {
	o := &charPos{text: part.Text, base: charAt}
	var b []byte
	var err error
	emit := func(layer string, elem []byte) error {
		b = elem[:0]
		if err != nil {
			return err
		}
		return add(layer, elem)
	}
	for _, s := range part.Sentences {
		if err := emit("sentences", o.appendSpan(b, s)); err != nil {
			return err
		}
	}
	o.rewind()
	for i := range part.Tokens {
		if err := emit("tokens", o.appendToken(b, &part.Tokens[i])); err != nil {
			return err
		}
	}
	o.rewind()
	for _, e := range part.Entities {
		if err := emit("entities", o.appendEntity(b, e)); err != nil {
			return err
		}
	}
	o.rewind()
	for _, t := range part.Titles {
		if err := emit("titles", o.appendTitle(b, t)); err != nil {
			return err
		}
	}
	o.rewind()
	for _, m := range part.Dates {
		if err := emit("dates", o.appendDate(b, m)); err != nil {
			return err
		}
	}
	o.rewind()
	for _, q := range part.Quotes {
		if err := emit("quotes", o.appendQuote(b, q)); err != nil {
			return err
		}
	}
	for _, t := range part.Topics {
		if err := emit("topics", appendTopic(b, t, &err)); err != nil {
			return err
		}
	}
	o.rewind()
	for _, k := range part.Keyphrases {
		if err := emit("keyphrases", o.appendKeyphrase(b, k, &err)); err != nil {
			return err
		}
	}
	o.rewind()
	for _, s := range part.Summary {
		if err := emit("summary", o.appendSummary(b, s)); err != nil {
			return err
		}
	}
	return nil
}

// A JSONPart is the comma-separated elements of one layer and their count.
type JSONPart struct {
	R io.Reader
	N int
}

// WriteJSONParts writes the JSON form of head (its ID, Text, Date, Title
// and Warnings; its layers are ignored) with the layers read from parts, keyed
// by the names of JSONLayers, followed by a line break.
func WriteJSONParts(w io.Writer, head *Document, parts map[string]JSONPart) error {
	var b bytes.Buffer
	b.WriteString(`{"schema":`)
	fmt.Fprint(&b, SchemaVersion)
	field := func(name string, v any) error {
		enc, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.WriteString(`,"` + name + `":`)
		b.Write(enc)
		return nil
	}
	if head.ID != "" {
		if err := field("id", head.ID); err != nil {
			return err
		}
	}
	if err := field("text", head.Text); err != nil {
		return err
	}
	if !head.Date.IsZero() {
		if err := field("date", head.Date.Format("2006-01-02")); err != nil {
			return err
		}
	}
	if head.Title != "" {
		if err := field("title", head.Title); err != nil {
			return err
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return err
	}
	for i, layer := range JSONLayers {
		p := parts[layer]
		if p.N == 0 && i >= 2 {
			continue // omitted when empty, as in MarshalJSON
		}
		if _, err := io.WriteString(w, `,"`+layer+`":[`); err != nil {
			return err
		}
		if p.R != nil {
			if _, err := io.Copy(w, p.R); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, "]"); err != nil {
			return err
		}
	}
	b.Reset()
	if len(head.Warnings) > 0 {
		if err := field("warnings", head.Warnings); err != nil {
			return err
		}
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}
