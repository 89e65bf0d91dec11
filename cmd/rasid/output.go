package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
)

func writeCoNLLU(out *bufio.Writer, d *rasid.Document) error {
	id := d.ID
	if id == "" {
		id = "doc"
	}
	return conllu.WriteDocument(out, d, id)
}

// A textView is the readable view of a document for a person: the facts
// first — each entity once with its mention count and positions, titles,
// dates and quotes — then, with --tokens, every sentence with its tokens
// (words joined by + where a token holds several). Positions are code
// point offsets into the text, as in the JSON output. A long document is
// added window by window.
type textView struct {
	head      *rasid.Document
	sentences int
	tokens    int
	ents      map[string]*entityFacts
	order     []string
	titles    []string
	seenTitle map[string]bool
	dates     []string
	quotes    []string
	aids      rasid.Document // the reading aids (of the first window), spans into head.Text
	listToks  bool
	toks      spill
	tokw      *bufio.Writer
}

type entityFacts struct {
	typ, name string
	forms     []string
	at        []int
}

// maxPositions is how many positions of one entity the view lists.
const maxPositions = 12

func newTextView(d *rasid.Document, listTokens bool) *textView {
	v := &textView{head: d, ents: map[string]*entityFacts{}, seenTitle: map[string]bool{}, listToks: listTokens}
	if listTokens {
		v.tokw = bufio.NewWriterSize(&v.toks, 32<<10)
	}
	return v
}

func (v *textView) close() { v.toks.reset() }

// add takes in the layers of part, a window of the document that starts
// at byte byteAt and code point charAt, whose first sentence is number
// sentBase+1.
func (v *textView) add(part *rasid.Document, byteAt, charAt, sentBase int) {
	c := rasid.NewCharOffsets(part.Text)
	pos := func(b int) int { return charAt + c.Char(b) }
	text := part.Text
	if v.sentences == 0 && v.tokens == 0 {
		v.aids.Topics = part.Topics
		v.aids.Keyphrases = part.Keyphrases
		for _, s := range part.Summary {
			v.aids.Summary = append(v.aids.Summary, rasid.Span{Start: byteAt + s.Start, End: byteAt + s.End})
		}
	}
	v.sentences += len(part.Sentences)
	v.tokens += len(part.Tokens)
	for _, e := range part.Entities {
		form := oneLine(e.In(text))
		name := e.Canonical
		if name == "" {
			name = form
		}
		key := e.Type + "\x00" + name
		f := v.ents[key]
		if f == nil {
			f = &entityFacts{typ: e.Type, name: name}
			v.ents[key] = f
			v.order = append(v.order, key)
		}
		f.at = append(f.at, pos(e.Start))
		if form != name && !slices.Contains(f.forms, form) {
			f.forms = append(f.forms, form)
		}
	}
	for _, t := range part.Titles {
		line := fmt.Sprintf("%s: %s", t.Person, oneLine(t.Title))
		if v.seenTitle[line] {
			continue
		}
		v.seenTitle[line] = true
		v.titles = append(v.titles, fmt.Sprintf("%s  at %d", line, pos(t.Start)))
	}
	for _, m := range part.Dates {
		s := fmt.Sprintf("%s → %s (%s)", oneLine(m.In(text)), m.Value, m.Kind)
		if m.Hijri != "" {
			s += " hijri " + m.Hijri
		}
		v.dates = append(v.dates, fmt.Sprintf("%s  at %d", s, pos(m.Start)))
	}
	for i, q := range part.Quotes {
		if !shownQuote(part.Quotes, i) {
			continue
		}
		speaker := q.Speaker.Name
		if speaker == "" {
			speaker = "?"
		}
		cue := ""
		if q.Cue.End > q.Cue.Start {
			cue = " (" + oneLine(q.Cue.In(text)) + ")"
		}
		v.quotes = append(v.quotes, fmt.Sprintf("[%s] %s%s at %d: «%s»", q.Kind, speaker, cue, pos(q.Start), oneLine(q.In(text))))
	}
	if v.listToks {
		k := 0
		for i, s := range part.Sentences {
			fmt.Fprintf(v.tokw, "\n[%d] %s\n", sentBase+i+1, oneLine(s.In(text)))
			var parts []string
			for k < len(part.Tokens) && part.Tokens[k].Start < s.End {
				parts = append(parts, tokenView(part, &part.Tokens[k]))
				k++
			}
			fmt.Fprintf(v.tokw, "    %s\n", strings.Join(parts, "  "))
		}
	}
}

// shownQuote tells whether the text view lists quote i: not a quotation
// without a cue or a speaker (a headline in quotation marks), and not an
// indirect quotation that only repeats a direct one inside it.
func shownQuote(qs []rasid.Quote, i int) bool {
	q := qs[i]
	if q.Cue.End <= q.Cue.Start && q.Speaker.Name == "" {
		return false
	}
	if q.Kind != "indirect" {
		return true
	}
	for j, o := range qs {
		if j != i && o.Kind == "direct" && o.Start >= q.Start && o.End <= q.End && 2*o.Len() >= q.Len() {
			return false
		}
	}
	return true
}

func (v *textView) write(out *bufio.Writer) error {
	d := v.head
	fmt.Fprintf(out, "# %s", d.ID)
	if !d.Date.IsZero() {
		fmt.Fprintf(out, " — published %s", d.Date.Format("2006-01-02"))
	}
	fmt.Fprintf(out, " — %d sentences, %d tokens\n", v.sentences, v.tokens)
	for _, w := range d.Warnings {
		fmt.Fprintf(out, "! %s\n", w)
	}
	if len(v.order) > 0 {
		mentions := 0
		for _, k := range v.order {
			mentions += len(v.ents[k].at)
		}
		fmt.Fprintf(out, "\nentities (%d, %d mentions; positions are character offsets):\n", len(v.order), mentions)
		for _, k := range v.order {
			f := v.ents[k]
			at := make([]string, 0, maxPositions)
			for i, p := range f.at {
				if i == maxPositions {
					at = append(at, "…")
					break
				}
				at = append(at, strconv.Itoa(p))
			}
			fmt.Fprintf(out, "  %-4s %s  ×%d  at %s", f.typ, f.name, len(f.at), strings.Join(at, ", "))
			if len(f.forms) > 0 {
				fmt.Fprintf(out, "  (written %s)", strings.Join(f.forms, "، "))
			}
			out.WriteByte('\n')
		}
	}
	section := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(out, "\n%s:\n", title)
		for _, l := range lines {
			fmt.Fprintf(out, "  %s\n", l)
		}
	}
	section("titles", v.titles)
	section("dates", v.dates)
	section("quotes", v.quotes)
	v.aids.Text = d.Text
	writeAids(out, &v.aids)
	if v.listToks {
		fmt.Fprintf(out, "\nsentences and tokens:\n")
		if err := v.tokw.Flush(); err != nil {
			return err
		}
		if err := v.toks.copyTo(out); err != nil {
			return err
		}
	}
	out.WriteByte('\n')
	return nil
}

func tokenView(d *rasid.Document, t *rasid.Token) string {
	s := t.In(d.Text)
	if len(t.Words) > 1 {
		forms := make([]string, len(t.Words))
		for i, w := range t.Words {
			forms[i] = w.Form
		}
		s = strings.Join(forms, "+")
	}
	if len(t.Words) > 0 && t.Words[len(t.Words)-1].UPOS != "" {
		var tags []string
		for _, w := range t.Words {
			tags = append(tags, w.UPOS)
		}
		s += "/" + strings.Join(tags, "+")
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// writeDoc writes an analysed document in the chosen format.
func writeDoc(out *bufio.Writer, d *rasid.Document, opt analyzeOptions) error {
	switch opt.format {
	case "json":
		var b []byte
		var err error
		if opt.pretty {
			b, err = json.MarshalIndent(d, "", "  ")
		} else {
			b, err = json.Marshal(d)
		}
		if err != nil {
			return err
		}
		out.Write(b)
		return out.WriteByte('\n')
	case "conllu":
		return writeCoNLLU(out, d)
	}
	v := newTextView(d, opt.tokens)
	defer v.close()
	v.add(d, 0, 0, 0)
	return v.write(out)
}
