package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/rasid/rasid/internal/learn"
)

// BIOSentence is one sentence of surface tokens with their IOB2 tags
// (empty when unknown).
type BIOSentence struct {
	Tokens []string
	Tags   []string
}

// ReadBIO reads the ANERcorp format: one "token TAG" line per token
// (token first, tag last, separated by spaces or a tab). A blank line or a
// "." token ends a sentence (the "." stays in the sentence it ends). Lines
// with an empty token are skipped. Tags are kept as written; a missing tag
// reads as "O".
func ReadBIO(r io.Reader) ([]BIOSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []BIOSentence
	var cur BIOSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = BIOSentence{}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			if strings.TrimSpace(line) == "" {
				flush()
			}
			continue
		}
		tok, tag := f[0], "O"
		if len(f) >= 2 {
			tag = f[len(f)-1]
		}
		if len(f) == 1 && looksLikeTag(f[0]) {
			// A line holding only a tag: the token was invisible.
			continue
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, tag)
		if tok == "." {
			flush()
		}
	}
	flush()
	return out, sc.Err()
}

func looksLikeTag(s string) bool {
	return s == "O" || strings.HasPrefix(s, "B-") || strings.HasPrefix(s, "I-")
}

// Counts holds exact-span match counts for one type.
type Counts struct{ Gold, Pred, Correct int }

// P, R and F1 in percent.
func (c Counts) P() float64 { return pct(c.Correct, c.Pred) }

// R is recall in percent.
func (c Counts) R() float64 { return pct(c.Correct, c.Gold) }

// F1 is the harmonic mean of P and R, in percent.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// NERScore holds conlleval-style results: per type and overall.
type NERScore struct {
	Tokens, TokensCorrect int
	ByType                map[string]*Counts
	All                   Counts
}

// NewNERScore returns an empty score.
func NewNERScore() *NERScore { return &NERScore{ByType: map[string]*Counts{}} }

// Add scores one sentence: gold and predicted tags of equal length.
func (s *NERScore) Add(gold, pred []string) {
	for i := range gold {
		s.Tokens++
		if i < len(pred) && gold[i] == pred[i] {
			s.TokensCorrect++
		}
	}
	get := func(t string) *Counts {
		c := s.ByType[t]
		if c == nil {
			c = &Counts{}
			s.ByType[t] = c
		}
		return c
	}
	g, p := learn.Chunks(gold), learn.Chunks(pred)
	seen := map[learn.Chunk]bool{}
	for _, c := range g {
		get(c.Type).Gold++
		s.All.Gold++
		seen[c] = true
	}
	for _, c := range p {
		get(c.Type).Pred++
		s.All.Pred++
		if seen[c] {
			get(c.Type).Correct++
			s.All.Correct++
		}
	}
}

// Report writes the scores as conlleval does.
func (s *NERScore) Report(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		s.Tokens, s.All.Gold, s.All.Pred, s.All.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		pct(s.TokensCorrect, s.Tokens), s.All.P(), s.All.R(), s.All.F1())
	var types []string
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, c.P(), c.R(), c.F1(), c.Pred)
	}
}

// NormalizeTag maps the tag names of other NER corpora to ANERcorp's:
// PER and PERSON → PERS, LOCATION and GPE → LOC, ORGANIZATION → ORG,
// MIS → MISC; BIOES S- and E- become B- and I-; "B_" reads as "B-".
// Anything else is returned unchanged.
func NormalizeTag(tag string) string {
	if tag == "" || tag == "O" {
		return "O"
	}
	if len(tag) < 3 || (tag[1] != '-' && tag[1] != '_') {
		return tag
	}
	p, typ := tag[0], tag[2:]
	switch p {
	case 'S':
		p = 'B'
	case 'E':
		p = 'I'
	case 'B', 'I':
	default:
		return tag
	}
	switch strings.ToUpper(typ) {
	case "PER", "PERS", "PERSON":
		typ = "PERS"
	case "LOC", "LOCATION", "GPE":
		typ = "LOC"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		typ = "ORG"
	case "MISC", "MIS":
		typ = "MISC"
	}
	return string(p) + "-" + typ
}

// Columns returns the tokens and the tags of sents, one slice each per
// sentence (entity.Train's input).
func Columns(sents []BIOSentence) (tokens, tags [][]string) {
	tokens, tags = make([][]string, len(sents)), make([][]string, len(sents))
	for i, s := range sents {
		tokens[i], tags[i] = s.Tokens, s.Tags
	}
	return tokens, tags
}

// A BIOTagger tags tokens with IOB2 tags, one sentence on its own or
// sentences as one document (the entity model remembers names across
// them).
type BIOTagger interface {
	TagBIO(tokens []string) []string
	TagSentences(sents [][]string) [][]string
}

// TagBIO tags the tokens of the sentences as one document or, with
// perSentence, each sentence on its own.
func TagBIO(t BIOTagger, sents []BIOSentence, perSentence bool) [][]string {
	tokens, _ := Columns(sents)
	if !perSentence {
		return t.TagSentences(tokens)
	}
	out := make([][]string, len(tokens))
	for i, s := range tokens {
		out[i] = t.TagBIO(s)
	}
	return out
}

// ReadBIOFile is ReadBIO on the file at path ("-": standard input); errors
// name it.
func ReadBIOFile(path string) ([]BIOSentence, error) { return readFile(path, ReadBIO) }

// readFile runs read on the file at path ("-": standard input); a read
// error names the file, an open error is returned as is (os.IsNotExist
// works on it).
func readFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return zero, err
		}
		defer f.Close()
		r = f
	}
	v, err := read(r)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// TypeFilter maps tags of other corpora to ANERcorp's (NormalizeTag) and
// turns the tags of types not scored into O.
type TypeFilter struct {
	keep map[string]bool // nil: every type
}

// NewTypeFilter normalizes the gold tags in place and returns the filter
// for scoring: the types listed (comma-separated, any corpus's names),
// else every type, except MISC when the gold has none (a corpus without
// MISC annotation; note then says so).
func NewTypeFilter(gold []BIOSentence, types string) (f TypeFilter, note string) {
	hasMISC := false
	for _, s := range gold {
		for i, t := range s.Tags {
			s.Tags[i] = NormalizeTag(t)
			hasMISC = hasMISC || strings.HasSuffix(s.Tags[i], "-MISC")
		}
	}
	switch {
	case types != "":
		f.keep = map[string]bool{}
		for _, t := range strings.Split(types, ",") {
			f.keep[strings.TrimPrefix(NormalizeTag("B-"+strings.TrimSpace(t)), "B-")] = true
		}
	case !hasMISC:
		f.keep = map[string]bool{"PERS": true, "LOC": true, "ORG": true}
		note = "GOLD has no MISC tags; scoring PERS, LOC and ORG only"
	}
	for _, s := range gold {
		copy(s.Tags, f.Apply(s.Tags))
	}
	return f, note
}

// Apply returns tags normalized, with the types not scored as O.
func (f TypeFilter) Apply(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		t = NormalizeTag(t)
		if len(f.keep) > 0 && len(t) > 2 && !f.keep[t[2:]] {
			t = "O"
		}
		out[i] = t
	}
	return out
}

// AddStream scores predicted tags given as one stream of tokens in the
// gold's order (a system file whose sentences need not match the gold's),
// sentence by sentence along the gold.
func (s *NERScore) AddStream(gold []BIOSentence, pred []BIOSentence, f TypeFilter) error {
	var gt, pt []string
	for _, g := range gold {
		gt = append(gt, g.Tags...)
	}
	for _, p := range pred {
		pt = append(pt, p.Tags...)
	}
	if len(gt) != len(pt) {
		return fmt.Errorf("%d gold tokens but %d system tokens", len(gt), len(pt))
	}
	i := 0
	for _, g := range gold {
		n := len(g.Tags)
		s.Add(g.Tags, f.Apply(pt[i:i+n]))
		i += n
	}
	return nil
}
