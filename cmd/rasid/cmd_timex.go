package main

import (
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/dates"
)

// timexDoc is one TimeML document: the text without tags, the gold
// TIMEX3 spans (byte offsets into Text) and its creation time.
type timexDoc struct {
	Name string
	Text string
	Gold []timexGold
	DCT  time.Time
	// DCTFrom says where the creation time came from: "DCT", "inferred"
	// or "" (unknown).
	DCTFrom string
}

type timexGold struct {
	rasid.Span
	Type  string // DATE, TIME, DURATION, SET
	Value string
}

var (
	timexTag  = regexp.MustCompile(`(?s)<TIMEX3\b([^>]*)>(.*?)</TIMEX3>`)
	anyTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	attrRe    = regexp.MustCompile(`(\w+)="([^"]*)"`)
	dctRe     = regexp.MustCompile(`(?s)<DCT>(.*?)</DCT>`)
	bodyStart = regexp.MustCompile(`(?s)<TimeML[^>]*>`)
)

// parseTimeML reads a TimeML document with inline TIMEX3 tags. Text is the
// content of the TimeML element with every tag removed and entities
// decoded; a DCT element, when present, gives the creation time and is not
// part of the text.
func parseTimeML(name string, src string) (*timexDoc, error) {
	d := &timexDoc{Name: name}
	if m := dctRe.FindStringSubmatch(src); m != nil {
		if a := attrs(m[1]); a["value"] != "" {
			if t, err := time.Parse("2006-01-02", a["value"][:min(10, len(a["value"]))]); err == nil {
				d.DCT, d.DCTFrom = t, "DCT"
			}
		}
		src = strings.Replace(src, m[0], "", 1)
	}
	if loc := bodyStart.FindStringIndex(src); loc != nil {
		src = src[loc[1]:]
	}
	if k := strings.LastIndex(src, "</TimeML>"); k >= 0 {
		src = src[:k]
	}
	var b strings.Builder
	for len(src) > 0 {
		loc := timexTag.FindStringSubmatchIndex(src)
		if loc == nil {
			b.WriteString(stripTags(src))
			break
		}
		b.WriteString(stripTags(src[:loc[0]]))
		a := attrs(src[loc[2]:loc[3]])
		inner := stripTags(src[loc[4]:loc[5]])
		start := b.Len()
		b.WriteString(inner)
		d.Gold = append(d.Gold, timexGold{Span: rasid.Span{Start: start, End: b.Len()}, Type: a["type"], Value: a["value"]})
		src = src[loc[1]:]
	}
	d.Text = b.String()
	if d.DCT.IsZero() {
		d.DCT = inferDCT(d)
		if !d.DCT.IsZero() {
			d.DCTFrom = "inferred"
		}
	}
	return d, nil
}

func stripTags(s string) string {
	return html.UnescapeString(anyTag.ReplaceAllString(s, ""))
}

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(s, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// inferDCT guesses the creation time of a document without a DCT element
// from its own annotations: the value given to "today" (اليوم), else the
// day after the value given to "yesterday" (أمس), else the day before
// "tomorrow" (غداً). The most frequent guess wins.
func inferDCT(d *timexDoc) time.Time {
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

// timexNotationEq says whether a system value means the gold TimeML value
// up to notation: a part of the day after a date (2015-12-23TNI against
// 2015-12-23), a half or quarter (2015-Q1 against 2015-01/2015-03),
// decades and centuries in durations (P2DE against P20Y). The dates
// package writes ISO 8601 where TimeML has its own codes (docs/dates.md).
func timexNotationEq(gold, sys string) bool {
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

func prf(matchedSys, sys, matchedGold, gold int) (p, r, f float64) {
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

// evalTimex implements `rasid eval timex [-v] [-dct YYYY-MM-DD] DIR|FILE...`.
func evalTimex(args []string) error {
	return evalTimexTo(args, os.Stdout)
}

func evalTimexTo(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "list every disagreement")
	dctFlag := fs.String("dct", "", "creation time for documents without a DCT element (YYYY-MM-DD); default: inferred from each document")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("eval timex: usage: rasid eval timex [-v] [-dct YYYY-MM-DD] DIR|FILE.tml...")
	}
	var fixed time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			return fmt.Errorf("eval timex: -dct: %v", err)
		}
		fixed = t
	}
	var files []string
	for _, a := range fs.Args() {
		st, err := os.Stat(a)
		if err != nil {
			return fmt.Errorf("eval timex: %v", err)
		}
		if st.IsDir() {
			m, _ := filepath.Glob(filepath.Join(a, "*.tml"))
			files = append(files, m...)
		} else {
			files = append(files, a)
		}
	}
	if len(files) == 0 {
		return errors.New("eval timex: no .tml files")
	}
	sort.Slice(files, func(i, j int) bool { return naturalLess(files[i], files[j]) })
	counts := map[string]*timexCounts{}
	get := func(k string) *timexCounts {
		if counts[k] == nil {
			counts[k] = &timexCounts{}
		}
		return counts[k]
	}
	var bytes int
	var elapsed time.Duration
	withDCT := 0
	var docs []*timexDoc
	votes := map[time.Time]int{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("eval timex: %v", err)
		}
		d, err := parseTimeML(filepath.Base(f), string(src))
		if err != nil {
			return fmt.Errorf("eval timex: %s: %v", f, err)
		}
		docs = append(docs, d)
		if !d.DCT.IsZero() {
			votes[d.DCT]++
		}
	}
	// Documents without a creation time of their own take -dct, else the
	// most common creation time of the others (a corpus annotated in one
	// run shares it).
	if fixed.IsZero() {
		n := 0
		for t, v := range votes {
			if v > n || v == n && t.Before(fixed) {
				fixed, n = t, v
			}
		}
	}
	for _, d := range docs {
		if d.DCTFrom != "DCT" && !fixed.IsZero() && (*dctFlag != "" || d.DCT.IsZero()) {
			d.DCT, d.DCTFrom = fixed, "corpus"
		}
		if !d.DCT.IsZero() {
			withDCT++
		}
		t0 := time.Now()
		sys := dates.Find(d.Text, d.DCT)
		elapsed += time.Since(t0)
		bytes += len(d.Text)
		scoreTimexDoc(d, sys, get, w, *verbose)
	}
	fmt.Fprintf(w, "timex: %d documents (%d with a creation time: DCT element, -dct, or inferred from the annotations), %d gold mentions\n",
		len(files), withDCT, get("all").gold)
	if !fixed.IsZero() {
		fmt.Fprintf(w, "creation time for documents without their own: %s\n", fixed.Format("2006-01-02"))
	}
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
		p, r, f := prf(c.sysExact, c.sys, c.exact, c.gold)
		po, ro, fo := prf(c.sysOverlap, c.sys, c.overlap, c.gold)
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
	if elapsed > 0 {
		fmt.Fprintf(w, "speed: %.1f MB/s over %d bytes (Find only)\n", float64(bytes)/elapsed.Seconds()/1e6, bytes)
	}
	return nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// naturalLess orders doc2 before doc10.
func naturalLess(a, b string) bool {
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

func scoreTimexDoc(d *timexDoc, sys []rasid.DateMention, get func(string) *timexCounts, w io.Writer, verbose bool) {
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
		if timexNotationEq(g.Value, s.Value) {
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
