package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rasid/rasid"
)

// TimexDoc is one TimeML document: the text without tags, the gold TIMEX3
// spans (byte offsets into Text) and its creation time.
type TimexDoc struct {
	Name string
	Text string
	Gold []TimexGold
	DCT  time.Time
	// DCTFrom says where the creation time came from: "DCT", "inferred",
	// "corpus" (set by the caller) or "" (unknown).
	DCTFrom string
}

// TimexGold is one gold TIMEX3 mention.
type TimexGold struct {
	rasid.Span
	Type  string // DATE, TIME, DURATION, SET
	Value string
}

// ReadTimeML reads a TimeML document with inline TIMEX3 tags (an XML
// reader, HTML entities accepted). Text is the character data inside the
// TimeML element, every tag removed; a DCT element, when present, gives the
// creation time (the value of the TIMEX3 inside it) and is not part of the
// text. Without a DCT the creation time is inferred from the annotations
// (InferDCT).
func ReadTimeML(name string, r io.Reader) (*TimexDoc, error) {
	d := &TimexDoc{Name: name}
	dec := xml.NewDecoder(r)
	dec.Entity = xml.HTMLEntity
	var b strings.Builder
	depth, inDCT := 0, false // depth: inside TimeML
	var open *TimexGold
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("%s: line %d: %w", name, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TimeML":
				depth++
			case t.Name.Local == "DCT":
				inDCT = true
			case t.Name.Local == "TIMEX3" && inDCT:
				if v := attr(t, "value"); v != "" {
					if dct, err := time.Parse("2006-01-02", v[:min(10, len(v))]); err == nil {
						d.DCT, d.DCTFrom = dct, "DCT"
					}
				}
			case t.Name.Local == "TIMEX3" && depth > 0 && open == nil:
				open = &TimexGold{Span: rasid.Span{Start: b.Len()}, Type: attr(t, "type"), Value: attr(t, "value")}
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "TimeML":
				depth--
			case t.Name.Local == "DCT":
				inDCT = false
			case t.Name.Local == "TIMEX3" && open != nil && !inDCT:
				open.End = b.Len()
				d.Gold = append(d.Gold, *open)
				open = nil
			}
		case xml.CharData:
			if depth > 0 && !inDCT {
				b.Write(t)
			}
		}
	}
	d.Text = b.String()
	if d.DCT.IsZero() {
		d.DCT = InferDCT(d)
		if !d.DCT.IsZero() {
			d.DCTFrom = "inferred"
		}
	}
	return d, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// InferDCT guesses the creation time of a document without a DCT element
// from its own annotations: the value given to "today" (اليوم), else the
// day after the value given to "yesterday" (أمس), else the day before
// "tomorrow" (غداً). The most frequent guess wins.
func InferDCT(d *TimexDoc) time.Time {
	votes := map[string]int{}
	for _, g := range d.Gold {
		w := strings.TrimSpace(g.In(d.Text))
		t, err := time.Parse("2006-01-02", g.Value)
		if err != nil {
			continue
		}
		switch {
		case w == "اليوم":
			votes[t.Format("2006-01-02")] += 2
		case strings.HasSuffix(w, "أمس") || strings.HasSuffix(w, "امس") || w == "الأمس" || w == "الامس":
			votes[t.AddDate(0, 0, 1).Format("2006-01-02")]++
		case w == "غدا" || w == "غداً" || w == "الغد":
			votes[t.AddDate(0, 0, -1).Format("2006-01-02")]++
		}
	}
	best, n := "", 0
	for k, v := range votes {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	if best == "" {
		return time.Time{}
	}
	t, _ := time.Parse("2006-01-02", best)
	return t
}

// timexCounts accumulates matching figures for one gold type (or "all").
type timexCounts struct {
	gold, sys            int
	exact, overlap       int // matched gold mentions
	sysExact, sysOverlap int // matched system mentions
	valueOK, valueN      int // value agreement on overlapping matches
	valueEq              int // value agreement up to notation (timexNotationEq)
}

// NotationEq says whether a system value means the gold TimeML value
// up to notation: a part of the day after a date (2015-12-23TNI against
// 2015-12-23), a half or quarter (2015-Q1 against 2015-01/2015-03),
// decades and centuries in durations (P2DE against P20Y). The dates
// package writes ISO 8601 where TimeML has its own codes (docs/dates.md).
func NotationEq(gold, sys string) bool {
	if gold == sys {
		return true
	}
	if len(gold) == 13 && gold[10] == 'T' && gold[:10] == sys {
		return true
	}
	if len(gold) == 7 && gold[4] == '-' && (gold[5] == 'Q' || gold[5] == 'H') {
		n, err := strconv.Atoi(gold[6:])
		if err == nil {
			size := 3
			if gold[5] == 'H' {
				size = 6
			}
			y := gold[:4]
			m2 := n * size
			return sys == fmt.Sprintf("%s-%02d/%s-%02d", y, m2-size+1, y, m2)
		}
	}
	for _, u := range []struct {
		code string
		mult int
	}{{"DE", 10}, {"CE", 100}} {
		if strings.HasPrefix(gold, "P") && strings.HasSuffix(gold, u.code) {
			if n, err := strconv.Atoi(gold[1 : len(gold)-2]); err == nil {
				return sys == "P"+strconv.Itoa(n*u.mult)+"Y"
			}
		}
	}
	return false
}

// timexPRF returns precision, recall and F1 as fractions.
func timexPRF(matchedSys, sys, matchedGold, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(matchedSys) / float64(sys)
	}
	if gold > 0 {
		r = float64(matchedGold) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// TimexScore accumulates the TIMEX3 figures of `rasid eval timex`: spans
// matched exactly and by overlap (one-to-one), values exactly and up to
// notation, per gold type and overall.
type TimexScore struct {
	counts map[string]*timexCounts
	// Verbose, when not nil, receives every disagreement.
	Verbose io.Writer
}

// NewTimexScore returns an empty score.
func NewTimexScore() *TimexScore { return &TimexScore{counts: map[string]*timexCounts{}} }

func (ts *TimexScore) get(k string) *timexCounts {
	if ts.counts[k] == nil {
		ts.counts[k] = &timexCounts{}
	}
	return ts.counts[k]
}

// Gold returns the number of gold mentions scored.
func (ts *TimexScore) Gold() int { return ts.get("all").gold }

// Add scores the system mentions sys of one document.
func (ts *TimexScore) Add(d *TimexDoc, sys []rasid.DateMention) {
	get, w, verbose := ts.get, ts.Verbose, ts.Verbose != nil
	all := get("all")
	all.gold += len(d.Gold)
	all.sys += len(sys)
	usedSys := make([]bool, len(sys))
	sysType := make([]string, len(sys))
	for _, g := range d.Gold {
		c := get(g.Type)
		c.gold++
		// best overlapping system mention not yet used
		best, bestOv := -1, 0
		for i, s := range sys {
			if usedSys[i] {
				continue
			}
			ov := min(s.End, g.End) - max(s.Start, g.Start)
			if ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			if verbose {
				fmt.Fprintf(w, "%s\tMISS\t%q\t%s %s\n", d.Name, g.In(d.Text), g.Type, g.Value)
			}
			continue
		}
		usedSys[best] = true
		s := sys[best]
		sysType[best] = g.Type
		c.overlap++
		all.overlap++
		exact := s.Start == g.Start && s.End == g.End
		if exact {
			c.exact++
			all.exact++
		}
		c.valueN++
		all.valueN++
		if s.Value == g.Value {
			c.valueOK++
			all.valueOK++
		}
		if NotationEq(g.Value, s.Value) {
			c.valueEq++
			all.valueEq++
		}
		if verbose && (!exact || s.Value != g.Value) {
			tag := "SPAN"
			if s.Value != g.Value {
				tag = "VALUE"
			}
			fmt.Fprintf(w, "%s\t%s\tgold %q %s %s\tsys %q %s %s\n", d.Name, tag, g.In(d.Text), g.Type, g.Value, s.In(d.Text), s.Kind, s.Value)
		}
	}
	for i, s := range sys {
		typ := sysType[i]
		if typ == "" {
			typ = strings.ToUpper(s.Kind)
		}
		c := get(typ)
		if !usedSys[i] {
			c.sys++
			if verbose {
				fmt.Fprintf(w, "%s\tEXTRA\t%q\t%s %s\n", d.Name, s.In(d.Text), s.Kind, s.Value)
			}
			continue
		}
		c.sys++
		c.sysOverlap++
		all.sysOverlap++
		for _, g := range d.Gold {
			if g.Start == s.Start && g.End == s.End {
				c.sysExact++
				all.sysExact++
				break
			}
		}
	}
}

// WriteTable writes the figures as `rasid eval timex` prints them.
func (ts *TimexScore) WriteTable(w io.Writer) {
	counts := ts.counts
	fmt.Fprintf(w, "%-9s %5s %5s | %6s %6s %6s | %6s %6s %6s | %s\n", "type", "gold", "sys", "P", "R", "F1", "P~", "R~", "F1~", "value acc (on ~ matches) | up to notation")
	keys := []string{"all", "DATE", "TIME", "DURATION", "SET"}
	for k := range counts {
		if !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		c := counts[k]
		if c == nil {
			continue
		}
		p, r, f := timexPRF(c.sysExact, c.sys, c.exact, c.gold)
		po, ro, fo := timexPRF(c.sysOverlap, c.sys, c.overlap, c.gold)
		acc := 0.0
		if c.valueN > 0 {
			acc = float64(c.valueOK) / float64(c.valueN)
		}
		eq := 0.0
		if c.valueN > 0 {
			eq = float64(c.valueEq) / float64(c.valueN)
		}
		fmt.Fprintf(w, "%-9s %5d %5d | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %5.1f%% (%d/%d) | %5.1f%%\n", k, c.gold, c.sys,
			100*p, 100*r, 100*f, 100*po, 100*ro, 100*fo, 100*acc, c.valueOK, c.valueN, 100*eq)
	}
	fmt.Fprintln(w, "exact: same span; ~: overlapping spans, one-to-one. System mentions are counted under the type of the gold mention they match (unmatched ones under their own kind).")
	fmt.Fprintln(w, "up to notation: also accepts ISO 8601 for TimeML codes (a day for DATETNI, months for Q1/H1, years for DE/CE).")
}

// NaturalLess orders file names doc2 before doc10.
func NaturalLess(a, b string) bool {
	na, nb := digitsIn(a), digitsIn(b)
	if na != nb && strings.Map(noDigit, a) == strings.Map(noDigit, b) {
		return na < nb
	}
	return a < b
}

func noDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return -1
	}
	return r
}

func digitsIn(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// ReadTimeMLFiles reads the TimeML documents of paths: the .tml files of
// each folder and each file named, in natural order (doc2 before doc10).
func ReadTimeMLFiles(paths []string) ([]*TimexDoc, error) {
	var files []string
	for _, a := range paths {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			m, _ := filepath.Glob(filepath.Join(a, "*.tml"))
			files = append(files, m...)
		} else {
			files = append(files, a)
		}
	}
	if len(files) == 0 {
		return nil, errors.New("no .tml files")
	}
	sort.Slice(files, func(i, j int) bool { return NaturalLess(files[i], files[j]) })
	docs := make([]*TimexDoc, 0, len(files))
	for _, path := range files {
		d, err := readTimeMLFile(path)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readTimeMLFile(path string) (*TimexDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadTimeML(filepath.Base(path), f)
}

// CorpusDCT returns the most common creation time of the documents that
// have one (the earliest of equally common ones), zero when none has: the
// creation time a corpus annotated in one run shares.
func CorpusDCT(docs []*TimexDoc) time.Time {
	votes := map[time.Time]int{}
	for _, d := range docs {
		if !d.DCT.IsZero() {
			votes[d.DCT]++
		}
	}
	var best time.Time
	n := 0
	for t, v := range votes {
		if v > n || v == n && t.Before(best) {
			best, n = t, v
		}
	}
	return best
}
