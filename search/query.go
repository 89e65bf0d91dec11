package search

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Occur says how a clause takes part in a query.
type Occur uint8

const (
	Should  Occur = iota // may match; adds to the score
	Must                 // must match (+word, or every clause of an AND)
	MustNot              // must not match (-word)
)

// Expr is a word, a phrase or a proximity group as the user wrote it.
type Expr struct {
	// Text is the word or the phrase's text, unanalysed.
	Text string
	// Phrase is true for "quoted" text: the words in order, adjacent
	// (Slop 0) or within Slop extra positions, in any order (~N).
	Phrase bool
	Slop   int
	// Exact skips normalisation and stemming (=word, ="a phrase").
	Exact bool
	// Pos is the character (code point) offset of the expression in the
	// query.
	Pos int
}

// Clause is one or more alternatives joined by OR.
type Clause struct {
	Occur Occur
	Alts  []Expr
}

// Query is a parsed query: clauses and filters.
type Query struct {
	Clauses []Clause
	Sources []string // source: values (any of them)
	From    string   // from: YYYY-MM-DD, inclusive
	To      string   // to: YYYY-MM-DD, inclusive
	Entity  []string // entity: names (all of them)
	Types   []string // type: PER, ORG, LOC, MISC
	Speaker []string // speaker: names (all of them)
	// Topics are topic: labels (any of them), as written; the archive
	// compares them case-insensitively with each article's best topic.
	Topics []string
	// Keyphrases are keyphrase: values (all of them): a keyphrase's text
	// or lemma.
	Keyphrases []string
}

// Empty reports whether the query has no clause that can match: only
// filters and exclusions.
func (q *Query) Empty() bool {
	for _, c := range q.Clauses {
		if c.Occur != MustNot {
			return false
		}
	}
	return true
}

// HasFilter reports whether the query has a filter.
func (q *Query) HasFilter() bool {
	return len(q.Sources) > 0 || q.From != "" || q.To != "" || len(q.Entity) > 0 || len(q.Types) > 0 || len(q.Speaker) > 0 ||
		len(q.Topics) > 0 || len(q.Keyphrases) > 0
}

// SyntaxError is a malformed query, with the character offset where the
// problem is.
type SyntaxError struct {
	Pos int // code point offset into the query
	Msg string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("query: %s at character %d", e.Msg, e.Pos)
}

// MaxQueryRunes bounds the length of a query.
const MaxQueryRunes = 2000

// Parse parses the query language of docs/search.md.
func Parse(s string) (*Query, error) {
	if !utf8.ValidString(s) {
		return nil, &SyntaxError{Pos: 0, Msg: "invalid UTF-8"}
	}
	if n := utf8.RuneCountInString(s); n > MaxQueryRunes {
		return nil, &SyntaxError{Pos: MaxQueryRunes, Msg: fmt.Sprintf("query longer than %d characters", MaxQueryRunes)}
	}
	p := &parser{src: []rune(s)}
	q := &Query{}
	pendingOr := false
	for {
		p.space()
		if p.eof() {
			break
		}
		start := p.i
		if p.keyword("OR") {
			if len(q.Clauses) == 0 || pendingOr {
				return nil, &SyntaxError{Pos: start, Msg: "OR without a term before it"}
			}
			pendingOr = true
			continue
		}
		if p.keyword("AND") {
			if len(q.Clauses) == 0 {
				return nil, &SyntaxError{Pos: start, Msg: "AND without a term before it"}
			}
			// AND makes the clauses around it required
			q.Clauses[len(q.Clauses)-1].Occur = Must
			p.space()
			if p.eof() {
				return nil, &SyntaxError{Pos: start, Msg: "AND without a term after it"}
			}
			if p.peek() != '-' && p.peek() != '+' {
				p.forceMust = true
			}
			continue
		}
		occur := Should
		switch p.peek() {
		case '-':
			occur = MustNot
			p.i++
		case '+':
			occur = Must
			p.i++
		}
		if p.forceMust && occur == Should {
			occur = Must
		}
		p.forceMust = false
		// filters
		if name, ok := p.filterName(); ok {
			if occur != Should || pendingOr {
				return nil, &SyntaxError{Pos: start, Msg: "a filter cannot take -, + or OR"}
			}
			vpos := p.i
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			if v == "" {
				return nil, &SyntaxError{Pos: vpos, Msg: name + ": needs a value"}
			}
			if err := q.addFilter(name, v, vpos); err != nil {
				return nil, err
			}
			continue
		}
		e, err := p.expr()
		if err != nil {
			return nil, err
		}
		if pendingOr {
			last := &q.Clauses[len(q.Clauses)-1]
			if occur == MustNot || last.Occur == MustNot {
				return nil, &SyntaxError{Pos: start, Msg: "OR cannot join an excluded term"}
			}
			if occur == Must {
				last.Occur = Must
			}
			last.Alts = append(last.Alts, e)
			pendingOr = false
			continue
		}
		q.Clauses = append(q.Clauses, Clause{Occur: occur, Alts: []Expr{e}})
	}
	if pendingOr {
		return nil, &SyntaxError{Pos: len(p.src), Msg: "OR without a term after it"}
	}
	return q, nil
}

type parser struct {
	src       []rune
	i         int
	forceMust bool
}

func (p *parser) eof() bool  { return p.i >= len(p.src) }
func (p *parser) peek() rune { return p.src[p.i] }

func (p *parser) space() {
	for p.i < len(p.src) && (unicode.IsSpace(p.src[p.i]) || unicode.Is(unicode.Cf, p.src[p.i])) {
		p.i++
	}
}

// keyword consumes an upper-case operator standing alone.
func (p *parser) keyword(k string) bool {
	r := []rune(k)
	if p.i+len(r) > len(p.src) || string(p.src[p.i:p.i+len(r)]) != k {
		return false
	}
	// the keyword ends where a term would: at a space or a quote, so that
	// OR"x" is the operator before a phrase, as printing it gives OR "x"
	if e := p.i + len(r); e < len(p.src) && !unicode.IsSpace(p.src[e]) && p.src[e] != '"' {
		return false
	}
	p.i += len(r)
	return true
}

var filterNames = []string{"source", "from", "to", "entity", "type", "speaker", "topic", "keyphrase"}

func (p *parser) filterName() (string, bool) {
	for _, n := range filterNames {
		r := []rune(n + ":")
		if p.i+len(r) <= len(p.src) && strings.EqualFold(string(p.src[p.i:p.i+len(r)]), n+":") {
			p.i += len(r)
			return n, true
		}
	}
	return "", false
}

// value reads a filter value: a quoted string or up to the next space.
func (p *parser) value() (string, error) {
	if p.eof() {
		return "", nil
	}
	if p.peek() == '"' {
		start := p.i
		p.i++
		b := p.i
		for p.i < len(p.src) && p.src[p.i] != '"' {
			p.i++
		}
		if p.eof() {
			return "", &SyntaxError{Pos: start, Msg: "unterminated quote"}
		}
		v := string(p.src[b:p.i])
		p.i++
		return strings.TrimSpace(v), nil
	}
	b := p.i
	for p.i < len(p.src) && !unicode.IsSpace(p.src[p.i]) {
		p.i++
	}
	return string(p.src[b:p.i]), nil
}

func (p *parser) expr() (Expr, error) {
	e := Expr{Pos: p.i}
	if !p.eof() && p.peek() == '=' {
		e.Exact = true
		p.i++
	}
	if p.eof() || unicode.IsSpace(p.peek()) {
		return e, &SyntaxError{Pos: e.Pos, Msg: "operator without a term"}
	}
	if p.peek() == '"' {
		start := p.i
		p.i++
		b := p.i
		for p.i < len(p.src) && p.src[p.i] != '"' {
			p.i++
		}
		if p.eof() {
			return e, &SyntaxError{Pos: start, Msg: "unterminated phrase"}
		}
		e.Text = strings.TrimSpace(string(p.src[b:p.i]))
		e.Phrase = true
		p.i++
		if e.Text == "" {
			return e, &SyntaxError{Pos: start, Msg: "empty phrase"}
		}
		if !p.eof() && p.peek() == '~' {
			p.i++
			b := p.i
			for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
				p.i++
			}
			n, err := strconv.Atoi(string(p.src[b:p.i]))
			if err != nil || n > 1000 {
				return e, &SyntaxError{Pos: b, Msg: "~ needs a number of words from 0 to 1000"}
			}
			e.Slop = n
		}
		return e, nil
	}
	b := p.i
	for p.i < len(p.src) && !unicode.IsSpace(p.src[p.i]) && p.src[p.i] != '"' {
		p.i++
	}
	e.Text = string(p.src[b:p.i])
	return e, nil
}

var entityTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true, "MISC": true}

func (q *Query) addFilter(name, v string, pos int) error {
	switch name {
	case "source":
		q.Sources = append(q.Sources, v)
	case "from", "to":
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return &SyntaxError{Pos: pos, Msg: name + ": wants a date YYYY-MM-DD, not " + strconv.Quote(v)}
		}
		if name == "from" {
			q.From = v
		} else {
			q.To = v
		}
	case "entity":
		q.Entity = append(q.Entity, v)
	case "type":
		for _, t := range strings.Split(v, "|") {
			t = strings.ToUpper(strings.TrimSpace(t))
			if !entityTypes[t] {
				return &SyntaxError{Pos: pos, Msg: "type: wants PER, ORG, LOC or MISC, not " + strconv.Quote(t)}
			}
			q.Types = append(q.Types, t)
		}
	case "speaker":
		q.Speaker = append(q.Speaker, v)
	case "topic":
		for _, t := range strings.Split(v, "|") {
			if t = strings.TrimSpace(t); t == "" {
				return &SyntaxError{Pos: pos, Msg: "topic: empty label in " + strconv.Quote(v)}
			}
			// A label after | starts where a quote would open a value:
			// labels have no quotes (and could not be written back).
			if strings.ContainsRune(t, '"') {
				return &SyntaxError{Pos: pos, Msg: "topic: a label has no quotes: " + strconv.Quote(t)}
			}
			q.Topics = append(q.Topics, t)
		}
	case "keyphrase":
		q.Keyphrases = append(q.Keyphrases, v)
	}
	return nil
}

// String writes the query back in the query language (a canonical form:
// parsing it again gives the same query).
func (q *Query) String() string {
	var parts []string
	for _, c := range q.Clauses {
		var alts []string
		for _, e := range c.Alts {
			s := e.Text
			if e.Phrase {
				s = `"` + s + `"`
				if e.Slop > 0 {
					s += "~" + strconv.Itoa(e.Slop)
				}
			}
			if e.Exact {
				s = "=" + s
			}
			alts = append(alts, s)
		}
		s := strings.Join(alts, " OR ")
		switch c.Occur {
		case Must:
			s = "+" + s
			if len(alts) > 1 {
				// +a OR b: the + binds the whole clause
				s = "+" + strings.Join(alts, " OR +")
			}
		case MustNot:
			s = "-" + s
		}
		parts = append(parts, s)
	}
	fv := func(name, v string) {
		if strings.IndexFunc(v, unicode.IsSpace) >= 0 {
			v = `"` + v + `"`
		}
		parts = append(parts, name+":"+v)
	}
	for _, v := range q.Sources {
		fv("source", v)
	}
	if q.From != "" {
		fv("from", q.From)
	}
	if q.To != "" {
		fv("to", q.To)
	}
	for _, v := range q.Entity {
		fv("entity", v)
	}
	for _, v := range q.Types {
		fv("type", v)
	}
	for _, v := range q.Speaker {
		fv("speaker", v)
	}
	for _, v := range q.Topics {
		fv("topic", v)
	}
	for _, v := range q.Keyphrases {
		fv("keyphrase", v)
	}
	return strings.Join(parts, " ")
}

// ParsePlain reads s as plain words, every one of them ranked: quotes,
// operators and filter prefixes lose their meaning. It never fails.
func ParsePlain(s string) *Query {
	s = strings.ToValidUTF8(s, " ")
	q := &Query{}
	pos := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == ':' || r == '~'
	}) {
		w := strings.TrimLeft(f, "+-=")
		if w == "" || w == "OR" || w == "AND" {
			continue
		}
		q.Clauses = append(q.Clauses, Clause{Occur: Should, Alts: []Expr{{Text: w, Pos: pos}}})
		pos++
	}
	return q
}
