// Package conllu reads and writes CoNLL-U, the format of the Universal
// Dependencies treebanks (UD v1 and v2).
//
// Input → output: a CoNLL-U stream → one Sentence at a time (comments,
// surface tokens, the syntactic words inside them); and a rasid.Document →
// UD v2 CoNLL-U (WriteDocument).
//
// A Sentence keeps the two levels UD distinguishes: a surface Token (what
// the reader sees, one line, or a multi-word range line "1-2") and the
// Words inside it. Empty nodes (ID "1.1", enhanced graphs only) are skipped.
// The reader never panics: malformed input yields an *Error naming the line.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Column indexes of a CoNLL-U word line.
const (
	colID = iota
	colForm
	colLemma
	colUPOS
	colXPOS
	colFeats
	colHead
	colDepRel
	colDeps
	colMisc
	numCols
)

// NoHead is Word.Head when the HEAD column is "_" (no syntax layer).
const NoHead = -1

// Sentence is one sentence of a CoNLL-U file.
type Sentence struct {
	// Line is the 1-based line number of the sentence's first line
	// (comment or token).
	Line int
	// Comments are the comment lines as written, without the leading "#"
	// and the blank after it.
	Comments []string
	// ID is the value of "# sent_id = …"; Text the value of "# text = …".
	ID, Text string
	// NewDoc is true when the sentence starts a document ("# newdoc",
	// with or without "id = …"); DocID is the id given, if any.
	NewDoc bool
	DocID  string
	// NewPar is true when the sentence starts a paragraph ("# newpar").
	NewPar bool
	ParID  string
	Tokens []Token
}

// Token is a surface token: a plain word line, or a multi-word range line
// ("1-2 وبه") together with the words it spans.
type Token struct {
	// Line is the 1-based line number of the token's (range) line.
	Line int
	// Form is the surface form. For a plain word it is the word's FORM.
	Form string
	// Misc is the MISC column of the token's line: for a multi-word token
	// that of the range line, for a plain word that of the word.
	Misc string
	// Multi is true when the token was written as a range line.
	Multi bool
	// Words are the syntactic words of the token; a plain word holds one.
	Words []Word

	rangeID string // "i-j" of a multi-word token, for error messages
}

// SpaceAfter reports whether the token is followed by a space, which is
// the case unless MISC holds SpaceAfter=No.
func (t Token) SpaceAfter() bool { return MiscValue(t.Misc, "SpaceAfter") != "No" }

// Word is one syntactic word (a line whose ID is an integer).
type Word struct {
	// Line is the 1-based line number of the word's line.
	Line int
	// ID is the word's index in its sentence, from 1.
	ID                             int
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // 0 for the root, NoHead for "_"
	DepRel, Deps, Misc             string
}

// MiscValue returns the value of key in a MISC column ("SpaceAfter=No|
// Norm=x"), or "" when the key is absent.
func MiscValue(misc, key string) string {
	if misc == "_" || misc == "" {
		return ""
	}
	for misc != "" {
		var item string
		item, misc, _ = strings.Cut(misc, "|")
		k, v, ok := strings.Cut(item, "=")
		if ok && k == key {
			return v
		}
	}
	return ""
}

// Error is a malformed-input error with the 1-based line it was found on.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg) }

// MaxLineBytes is the longest line the reader accepts.
const MaxLineBytes = 1 << 20

// Reader reads sentences from a CoNLL-U stream.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLineBytes)
	return &Reader{sc: sc}
}

func (r *Reader) errorf(format string, args ...any) error {
	return &Error{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// Next returns the next sentence, or io.EOF after the last one. A final
// sentence without the closing blank line is accepted. After an error,
// Next keeps returning that error.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	s, err := r.next()
	if err != nil {
		r.err = err
	}
	return s, err
}

// pending is the sentence being read.
type pending struct {
	s *Sentence
	// open is the index in s.Tokens of the multi-word token whose words
	// are still being read, -1 for none; openEnd is its last word ID.
	open, openEnd int
}

func (r *Reader) next() (*Sentence, error) {
	p := pending{open: -1}
	for r.sc.Scan() {
		r.line++
		line := r.sc.Text()
		if r.line == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			if p.s == nil {
				continue // blank lines between sentences
			}
			return r.finish(&p, "sentence")
		}
		if p.s == nil {
			p.s = &Sentence{Line: r.line}
		}
		if err := r.row(&p, line); err != nil {
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &Error{Line: r.line + 1, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes)}
		}
		return nil, err
	}
	if p.s == nil {
		return nil, io.EOF
	}
	return r.finish(&p, "file")
}

// finish checks the sentence p ends at the end of what (a sentence or the
// file) and returns it.
func (r *Reader) finish(p *pending, what string) (*Sentence, error) {
	if p.open >= 0 {
		return nil, r.errorf("%s ends inside multi-word token %q", what, p.s.Tokens[p.open].rangeID)
	}
	if err := r.checkHeads(p.s); err != nil {
		return nil, err
	}
	return p.s, nil
}

// row reads one non-blank line of a sentence: a comment, an empty node
// (checked, then skipped), a multi-word token or a word.
func (r *Reader) row(p *pending, line string) error {
	s := p.s
	if line[0] == '#' {
		if len(s.Tokens) > 0 {
			return r.errorf("comment line inside a sentence (missing blank line before it?)")
		}
		s.comment(strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
		return nil
	}
	cols := strings.Split(line, "\t")
	if len(cols) != numCols {
		return r.errorf("%d tab-separated columns, want 10", len(cols))
	}
	id := cols[colID]
	switch {
	case strings.Contains(id, "."):
		// Empty node of the enhanced graph: check the ID, then skip.
		a, b, _ := strings.Cut(id, ".")
		if !isUint(a) || !isUint(b) {
			return r.errorf("bad empty-node ID %q", id)
		}
		return nil
	case strings.Contains(id, "-"):
		return r.multiWord(p, cols)
	}
	w, err := r.word(cols)
	if err != nil {
		return err
	}
	if want := s.nextID(); w.ID != want {
		return r.errorf("word ID %d, want %d", w.ID, want)
	}
	if p.open >= 0 {
		t := &s.Tokens[p.open]
		t.Words = append(t.Words, w)
		if w.ID == p.openEnd {
			p.open = -1
		}
		return nil
	}
	s.Tokens = append(s.Tokens, Token{Line: r.line, Form: w.Form, Misc: w.Misc, Words: []Word{w}})
	return nil
}

// multiWord opens the multi-word token of a range line (3-4).
func (r *Reader) multiWord(p *pending, cols []string) error {
	s, id := p.s, cols[colID]
	a, b, _ := strings.Cut(id, "-")
	from, err1 := strconv.Atoi(a)
	to, err2 := strconv.Atoi(b)
	if !isUint(a) || !isUint(b) || err1 != nil || err2 != nil {
		return r.errorf("bad multi-word token ID %q", id)
	}
	if cols[colForm] == "" {
		return r.errorf("empty FORM")
	}
	if p.open >= 0 {
		return r.errorf("multi-word token %q starts inside multi-word token ending at %d", id, p.openEnd)
	}
	if want := s.nextID(); from != want || to < from {
		return r.errorf("multi-word token range %q, want %d-N with N ≥ %d", id, want, want)
	}
	s.Tokens = append(s.Tokens, Token{Line: r.line, Form: cols[colForm], Misc: cols[colMisc], Multi: true, rangeID: id})
	p.open, p.openEnd = len(s.Tokens)-1, to
	return nil
}

func (r *Reader) word(cols []string) (Word, error) {
	id, err := strconv.Atoi(cols[colID])
	if err != nil || !isUint(cols[colID]) {
		return Word{}, r.errorf("bad word ID %q", cols[colID])
	}
	if cols[colForm] == "" {
		return Word{}, r.errorf("empty FORM")
	}
	head := NoHead
	if h := cols[colHead]; h != "_" {
		head, err = strconv.Atoi(h)
		if err != nil || !isUint(h) {
			return Word{}, r.errorf("bad HEAD %q", h)
		}
	}
	return Word{
		Line: r.line, ID: id,
		Form: cols[colForm], Lemma: cols[colLemma], UPOS: cols[colUPOS], XPOS: cols[colXPOS],
		Feats: cols[colFeats], Head: head, DepRel: cols[colDepRel], Deps: cols[colDeps], Misc: cols[colMisc],
	}, nil
}

// checkHeads checks that every HEAD points inside the sentence and that the
// sentence has at least one word.
func (r *Reader) checkHeads(s *Sentence) error {
	n := s.nextID() - 1
	if n == 0 {
		return &Error{Line: s.Line, Msg: "sentence without words"}
	}
	for _, t := range s.Tokens {
		for _, w := range t.Words {
			if w.Head > n {
				return &Error{Line: w.Line, Msg: fmt.Sprintf("HEAD %d points outside the sentence (%d words)", w.Head, n)}
			}
		}
	}
	return nil
}

// nextID is the ID the next word of s must have.
func (s *Sentence) nextID() int {
	for i := len(s.Tokens) - 1; i >= 0; i-- {
		if ws := s.Tokens[i].Words; len(ws) > 0 {
			return ws[len(ws)-1].ID + 1
		}
	}
	return 1
}

func (s *Sentence) comment(c string) {
	s.Comments = append(s.Comments, c)
	key, val, hasVal := strings.Cut(c, "=")
	key = strings.TrimSpace(key)
	val = strings.TrimSpace(val)
	switch {
	case key == "sent_id" && hasVal:
		s.ID = val
	case key == "text" && hasVal:
		s.Text = val
	case key == "newdoc" || strings.HasPrefix(key, "newdoc "):
		s.NewDoc = true
		if hasVal && strings.TrimSpace(strings.TrimPrefix(key, "newdoc")) == "id" {
			s.DocID = val
		}
	case key == "newpar" || strings.HasPrefix(key, "newpar "):
		s.NewPar = true
		if hasVal && strings.TrimSpace(strings.TrimPrefix(key, "newpar")) == "id" {
			s.ParID = val
		}
	}
}

func isUint(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Words returns the sentence's syntactic words in order.
func (s *Sentence) Words() []Word {
	var ws []Word
	for _, t := range s.Tokens {
		ws = append(ws, t.Words...)
	}
	return ws
}

// SurfaceText rebuilds the sentence's text from its token forms and
// SpaceAfter=No marks, for sentences without a "# text" comment.
func (s *Sentence) SurfaceText() string {
	var b strings.Builder
	for i, t := range s.Tokens {
		b.WriteString(t.Form)
		if i < len(s.Tokens)-1 && t.SpaceAfter() {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
