package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	aids      rasid.Document  // the reading aids (of the first window), spans into head.Text
	listToks  bool            // list the tokens, kept in toks as the windows come
	listAfter *rasid.Document // list the tokens of this whole document when writing
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
	v := &textView{head: d, listToks: listTokens}
	if listTokens {
		v.tokw = tokWriters.Get().(*bufio.Writer)
		v.tokw.Reset(&v.toks)
	}
	return v
}

// tokWriters are the writers of the tokens listing, reused.
var tokWriters = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 32<<10) }}

func (v *textView) close() {
	if v.tokw != nil {
		v.tokw.Reset(nil)
		tokWriters.Put(v.tokw)
		v.tokw = nil
	}
	v.toks.reset()
}

// add takes in the layers of part, a window of the document that starts
// at byte byteAt and code point charAt, whose first sentence is number
// sentBase+1.
func (v *textView) add(part *rasid.Document, byteAt, charAt, sentBase int) {
	// code point positions, for the facts only: the map costs four bytes
	// a byte of text
	var c *rasid.CharOffsets
	pos := func(b int) int {
		if c == nil {
			c = rasid.NewCharOffsets(part.Text)
		}
		return charAt + c.Char(b)
	}
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
	if len(part.Entities) > 0 && v.ents == nil {
		v.ents = map[string]*entityFacts{}
	}
	if len(part.Titles) > 0 && v.seenTitle == nil {
		v.seenTitle = map[string]bool{}
	}
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
		listTokens(v.tokw, part, sentBase)
	}
}

// listTokens writes to w each sentence of part, numbered from sentBase+1, and
// its tokens: "\n[N] the sentence on one line\n    tok  tok/TAG  w+w/TAG+TAG\n".
func listTokens(w *bufio.Writer, part *rasid.Document, sentBase int) {
	text := part.Text
	k := 0
	var num [20]byte
	for i, s := range part.Sentences {
		w.WriteString("\n[")
		w.Write(strconv.AppendInt(num[:0], int64(sentBase+i+1), 10))
		w.WriteString("] ")
		writeOneLine(w, s.In(text))
		w.WriteString("\n    ")
		for first := true; k < len(part.Tokens) && part.Tokens[k].Start < s.End; k++ {
			if !first {
				w.WriteString("  ")
			}
			first = false
			writeTokenView(w, text, &part.Tokens[k])
		}
		w.WriteByte('\n')
	}
}

// writeTokenView writes a token as the tokens view shows it: its text, or
// its words' forms joined by + when it holds several, then / and their
// parts of speech joined by +.
func writeTokenView(w *bufio.Writer, text string, t *rasid.Token) {
	if len(t.Words) > 1 {
		for i := range t.Words {
			if i > 0 {
				w.WriteByte('+')
			}
			w.WriteString(t.Words[i].Form)
		}
	} else {
		w.WriteString(t.In(text))
	}
	if len(t.Words) > 0 && t.Words[len(t.Words)-1].UPOS != "" {
		w.WriteByte('/')
		for i := range t.Words {
			if i > 0 {
				w.WriteByte('+')
			}
			w.WriteString(t.Words[i].UPOS)
		}
	}
}

// writeOneLine writes what oneLine returns: the fields of s (split at
// Unicode white space) joined by single spaces.
func writeOneLine(w *bufio.Writer, s string) {
	first := true
	for i := 0; i < len(s); {
		// skip white space
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] == 0 {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i == len(s) {
			return
		}
		start := i
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] != 0 {
					break
				}
				i++
				continue
			}
			if c >= 0xC3 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2 // two-byte code points from U+00C0 on (Arabic): never space
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if !first {
			w.WriteByte(' ')
		}
		first = false
		w.WriteString(s[start:i])
	}
}

// asciiSpace marks the ASCII white space of unicode.IsSpace (and
// strings.Fields).
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

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
	var num [32]byte
	out.WriteString("# ")
	out.WriteString(d.ID)
	if !d.Date.IsZero() {
		out.WriteString(" — published ")
		out.Write(d.Date.AppendFormat(num[:0], time.DateOnly))
	}
	out.WriteString(" — ")
	out.Write(strconv.AppendInt(num[:0], int64(v.sentences), 10))
	out.WriteString(" sentences, ")
	out.Write(strconv.AppendInt(num[:0], int64(v.tokens), 10))
	out.WriteString(" tokens\n")
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
	switch {
	case v.listAfter != nil:
		out.WriteString("\nsentences and tokens:\n")
		listTokens(out, v.listAfter, 0)
	case v.listToks:
		out.WriteString("\nsentences and tokens:\n")
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

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// jsonBuffers are the buffers of the JSON output of one document, reused.
var jsonBuffers = sync.Pool{New: func() any { return new([]byte) }}

// writeDoc writes an analysed document in the chosen format.
func writeDoc(out *bufio.Writer, d *rasid.Document, opt analyzeOptions) error {
	switch opt.format {
	case "json":
		bp := jsonBuffers.Get().(*[]byte)
		defer jsonBuffers.Put(bp)
		var err error
		if opt.pretty {
			*bp, err = d.AppendJSONIndent((*bp)[:0])
		} else {
			*bp, err = d.AppendJSON((*bp)[:0])
		}
		if err != nil {
			return err
		}
		*bp = append(*bp, '\n')
		_, err = out.Write(*bp)
		if cap(*bp) > 4<<20 {
			*bp = nil // a long document's: not kept
		}
		return err
	case "conllu":
		return writeCoNLLU(out, d)
	}
	// one document whole: its tokens are listed straight into out after
	// the facts, not kept aside as those of a long document's windows are
	v := newTextView(d, false)
	defer v.close()
	v.add(d, 0, 0, 0)
	if opt.tokens {
		v.listAfter = d
	}
	return v.write(out)
}
