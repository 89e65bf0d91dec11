package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid/normalize"
)

// The wire evaluation set (testdata/wire, docs/evaluation-wire.md): sixteen
// hand-written, hand-annotated wire articles run through
// `rasid analyze --format json --date D FILE`, scored per layer.

// wireFloors are the figures the test asserts, in percent, set just under
// the measured ones, so that one more error fails (see
// docs/evaluation-wire.md; go test ./cmd/rasid -run TestWireEvaluation -v).
var wireFloors = struct {
	dateRecall, dateValue, quoteRecall, speaker, entityF1 float64
}{
	dateRecall:  99.5, // measured 100.0 (129/129)
	dateValue:   99.5, // measured 100.0 (129/129)
	quoteRecall: 99.5, // measured 100.0 (105/105)
	speaker:     96.0, // measured 100.0 (105/105); 96.2 (101/105) with session 16's ranker (35 read sets): four «نقلت وكالة … عن مصدر/خبراء/شهود» to the agency, the real-copy annotations' habit (docs/quotes.md, Session 16); 98.1 (103/105) with session 11's speaker ranker: «نقلت وكالة … عن مصدر/خبراء» goes to the agency, which the real-copy annotations it learns from list beside the inner source (docs/quotes.md, Session 11); 97.1 (102/105) with session 12's retrained ranker, a third such report (docs/quotes.md, Session 12)
	entityF1:    97.0, // measured 97.3 (issue 11 retrained model: سيندي ماكين and a partial لاركه lost; was 98.0)
}

type wireItem struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Value   string `json:"value,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Type    string `json:"type,omitempty"`
}

type wireGold struct {
	Date     string     `json:"date"`
	Dates    []wireItem `json:"dates"`
	Quotes   []wireItem `json:"quotes"`
	Entities []wireItem `json:"entities"`
}

type wireSystem struct {
	Text  string `json:"text"`
	Dates []struct {
		Start, End         int
		Text, Value, Timex string
	} `json:"dates"`
	Quotes []struct {
		Start, End int
		Text       string
		Speaker    struct {
			Name string `json:"name"`
		} `json:"speaker"`
	} `json:"quotes"`
	Entities []struct {
		Start, End int
		Text, Type string
	} `json:"entities"`
}

// wireScore accumulates the counts of every layer.
type wireScore struct {
	dates, datesFound, datesRight, datesLenient int
	quotes, quotesFound, speakersRight          int
	entTP, entFP, entFN                         map[string]int
	dateMiss, valueErr, quoteMiss               []string
	speakerErr, entityFN, entityFP              []string
}

func wireOverlap(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

func wirePct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func wirePRF(tp, fp, fn int) (p, r, f float64) {
	p, r = wirePct(tp, tp+fp), wirePct(tp, tp+fn)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func wireClip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func (sc *wireScore) add(t *testing.T, name string, g wireGold, sys wireSystem) string {
	// dates: recall by overlap, value accuracy on the matched ones
	dm, dv := 0, 0
	for _, gd := range g.Dates {
		sc.dates++
		found, right, lenient := false, false, false
		var got []string
		for _, sd := range sys.Dates {
			if wireOverlap(gd.Start, gd.End, sd.Start, sd.End) {
				found = true
				got = append(got, fmt.Sprintf("%q=%s", sd.Text, sd.Value))
				// a season or a weekend: the wire guidelines write
				// TimeML's notation, which rasid gives in timex (beside
				// UNKNOWN for a season, the week for a weekend: session 7,
				// as rasid eval news counts it)
				if sd.Value == gd.Value || sd.Timex != "" && sd.Timex == gd.Value {
					right = true
				}
				if wireValueEquiv(gd.Value, sd.Value) {
					lenient = true
				}
			}
		}
		if found && lenient {
			sc.datesLenient++
		}
		switch {
		case !found:
			sc.dateMiss = append(sc.dateMiss, fmt.Sprintf("%s: %q (want %s)", name, gd.Text, gd.Value))
		case !right:
			sc.valueErr = append(sc.valueErr, fmt.Sprintf("%s: %q want %s, got %s", name, gd.Text, gd.Value, strings.Join(got, " ")))
		}
		if found {
			sc.datesFound++
			dm++
		}
		if found && right {
			sc.datesRight++
			dv++
		}
	}
	// quotes: recall by overlap, speaker accuracy on the matched ones
	qm, qs := 0, 0
	for _, gq := range g.Quotes {
		sc.quotes++
		found, right := false, false
		var got []string
		for _, sq := range sys.Quotes {
			if wireOverlap(gq.Start, gq.End, sq.Start, sq.End) {
				found = true
				got = append(got, fmt.Sprintf("%q", sq.Speaker.Name))
				if normalize.ForSearch(sq.Speaker.Name) == normalize.ForSearch(gq.Speaker) {
					right = true
				}
			}
		}
		switch {
		case !found:
			sc.quoteMiss = append(sc.quoteMiss, fmt.Sprintf("%s: %q (%s)", name, wireClip(gq.Text, 50), gq.Speaker))
		case !right:
			sc.speakerErr = append(sc.speakerErr, fmt.Sprintf("%s: %q want %q, got %s", name, wireClip(gq.Text, 40), gq.Speaker, strings.Join(got, " ")))
		}
		if found {
			sc.quotesFound++
			qm++
		}
		if found && right {
			sc.speakersRight++
			qs++
		}
	}
	// entities: exact span and type
	type key struct {
		s, e int
		typ  string
	}
	gold := map[key]string{}
	for _, ge := range g.Entities {
		gold[key{ge.Start, ge.End, ge.Type}] = ge.Text
	}
	sysSet := map[key]string{}
	for _, se := range sys.Entities {
		sysSet[key{se.Start, se.End, se.Type}] = se.Text
	}
	tp := 0
	for k, txt := range sysSet {
		if _, ok := gold[k]; ok {
			sc.entTP[k.typ]++
			tp++
		} else {
			sc.entFP[k.typ]++
			sc.entityFP = append(sc.entityFP, fmt.Sprintf("%s: %s %q [%d,%d)", name, k.typ, txt, k.s, k.e))
		}
	}
	for k, txt := range gold {
		if _, ok := sysSet[k]; !ok {
			sc.entFN[k.typ]++
			sc.entityFN = append(sc.entityFN, fmt.Sprintf("%s: %s %q [%d,%d)", name, k.typ, txt, k.s, k.e))
		}
	}
	_, _, f := wirePRF(tp, len(sysSet)-tp, len(gold)-tp)
	return fmt.Sprintf("%-14s dates %2d/%2d val %2d  quotes %d/%d spk %d  ent F1 %5.1f (%d gold)",
		name, dm, len(g.Dates), dv, qm, len(g.Quotes), qs, f, len(g.Entities))
}

// wireValueEquiv says whether a system value means the gold one up to a
// notation the guidelines leave open: a part of day (TMO, TAF, TEV, TNI)
// after a date, and halves and quarters (2025-H1) against month ranges.
func wireValueEquiv(gold, sys string) bool {
	if gold == sys {
		return true
	}
	for _, pod := range []string{"TMO", "TAF", "TEV", "TNI"} {
		if sys == gold+pod {
			return true
		}
	}
	if len(sys) == 7 && sys[4] == '-' {
		y := sys[:4]
		ranges := map[string][2]string{
			"H1": {"01", "06"}, "H2": {"07", "12"},
			"Q1": {"01", "03"}, "Q2": {"04", "06"}, "Q3": {"07", "09"}, "Q4": {"10", "12"},
		}
		if r, ok := ranges[sys[5:]]; ok {
			return gold == y+"-"+r[0]+"/"+y+"-"+r[1]
		}
	}
	return false
}

// wireArticles returns the base names (without extension) of the articles.
func wireArticles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "wire", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/wire: %v", err)
	}
	sort.Strings(files)
	for i, f := range files {
		files[i] = strings.TrimSuffix(f, ".json")
	}
	return files
}

func loadWireGold(t *testing.T, base string) wireGold {
	t.Helper()
	b, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var g wireGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s.json: %v", base, err)
	}
	return g
}

// TestWireGoldOffsets checks the annotations themselves: every span is in
// code points and its text is what the .txt holds there.
func TestWireGoldOffsets(t *testing.T) {
	for _, base := range wireArticles(t) {
		g := loadWireGold(t, base)
		txt, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(string(txt))
		check := func(layer string, items []wireItem) {
			for _, it := range items {
				if it.Start < 0 || it.End > len(runes) || it.Start >= it.End {
					t.Errorf("%s %s %q: bad span [%d,%d)", base, layer, it.Text, it.Start, it.End)
					continue
				}
				if got := string(runes[it.Start:it.End]); got != it.Text {
					t.Errorf("%s %s: [%d,%d) is %q, annotation says %q", base, layer, it.Start, it.End, got, it.Text)
				}
			}
		}
		check("dates", g.Dates)
		check("quotes", g.Quotes)
		check("entities", g.Entities)
		if len(g.Date) != 10 {
			t.Errorf("%s: publication date %q", base, g.Date)
		}
	}
}

func TestWireEvaluation(t *testing.T) {
	sc := &wireScore{entTP: map[string]int{}, entFP: map[string]int{}, entFN: map[string]int{}}
	var rows []string
	for _, base := range wireArticles(t) {
		g := loadWireGold(t, base)
		var out, errb bytes.Buffer
		code := run([]string{"analyze", "--format", "json", "--date", g.Date, base + ".txt"}, strings.NewReader(""), &out, &errb)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", base, code, errb.String())
		}
		var sys wireSystem
		if err := json.Unmarshal(out.Bytes(), &sys); err != nil {
			t.Fatalf("%s: output is not JSON: %v", base, err)
		}
		rows = append(rows, sc.add(t, filepath.Base(base), g, sys))
	}

	dateRecall := wirePct(sc.datesFound, sc.dates)
	dateValue := wirePct(sc.datesRight, sc.datesFound)
	dateLenient := wirePct(sc.datesLenient, sc.datesFound)
	quoteRecall := wirePct(sc.quotesFound, sc.quotes)
	speaker := wirePct(sc.speakersRight, sc.quotesFound)
	var tp, fp, fn int
	types := []string{"PER", "ORG", "LOC", "MISC"}
	var entRows []string
	for _, typ := range types {
		p, r, f := wirePRF(sc.entTP[typ], sc.entFP[typ], sc.entFN[typ])
		entRows = append(entRows, fmt.Sprintf("  %-4s P %5.1f  R %5.1f  F1 %5.1f  (gold %d, system %d)",
			typ, p, r, f, sc.entTP[typ]+sc.entFN[typ], sc.entTP[typ]+sc.entFP[typ]))
		tp += sc.entTP[typ]
		fp += sc.entFP[typ]
		fn += sc.entFN[typ]
	}
	ep, er, ef := wirePRF(tp, fp, fn)

	t.Log("per article:\n" + strings.Join(rows, "\n"))
	t.Logf("dates:    recall %5.1f%% (%d/%d), value accuracy on matched %5.1f%% (%d/%d); %5.1f%% up to notation (part of day, H1/Q1)",
		dateRecall, sc.datesFound, sc.dates, dateValue, sc.datesRight, sc.datesFound, dateLenient)
	t.Logf("quotes:   recall %5.1f%% (%d/%d), speaker accuracy on matched %5.1f%% (%d/%d)",
		quoteRecall, sc.quotesFound, sc.quotes, speaker, sc.speakersRight, sc.quotesFound)
	t.Logf("entities: P %5.1f  R %5.1f  F1 %5.1f (exact span and type)\n%s", ep, er, ef, strings.Join(entRows, "\n"))
	list := func(title string, l []string) {
		if len(l) > 0 {
			t.Logf("%s (%d):\n  %s", title, len(l), strings.Join(l, "\n  "))
		}
	}
	list("dates missed", sc.dateMiss)
	list("date values wrong", sc.valueErr)
	list("quotes missed", sc.quoteMiss)
	list("speakers wrong", sc.speakerErr)
	sort.Strings(sc.entityFN)
	sort.Strings(sc.entityFP)
	list("entities missed (FN)", sc.entityFN)
	list("entities spurious or wrong span/type (FP)", sc.entityFP)

	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"date recall", dateRecall, wireFloors.dateRecall},
		{"date value accuracy", dateValue, wireFloors.dateValue},
		{"quote recall", quoteRecall, wireFloors.quoteRecall},
		{"speaker accuracy", speaker, wireFloors.speaker},
		{"entity F1", ef, wireFloors.entityF1},
	} {
		if c.got < c.floor {
			t.Errorf("%s %.1f%% is below the floor %.1f%%", c.name, c.got, c.floor)
		}
	}
}

var wireRegen = flag.Bool("wire.regen", false, "rewrite testdata/wire/*.json from testdata/wire/spec/*.spec")

// TestWireRegenerate rewrites the gold JSON from the annotation specs, so
// that nobody counts code points by hand:
//
//	go test ./cmd/rasid/ -run TestWireRegenerate -wire.regen
//
// A spec holds "date: YYYY-MM-DD" and one tab-separated line per annotation:
// D TEXT VALUE, Q TEXT SPEAKER or E TEXT TYPE. TEXT marks every occurrence
// at a word boundary (a run of up to two proclitics و ف ب ل ك س may precede
// it) that is not inside a longer annotation of the same layer; TEXT@2 or
// TEXT@1,3 picks occurrences by number instead.
func TestWireRegenerate(t *testing.T) {
	if !*wireRegen {
		t.Skip("run with -wire.regen to rewrite testdata/wire/*.json")
	}
	specs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "wire", "spec", "*.spec"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no specs: %v", err)
	}
	for _, sp := range specs {
		base := strings.TrimSuffix(filepath.Base(sp), ".spec")
		dir := filepath.Join("..", "..", "testdata", "wire")
		txt, err := os.ReadFile(filepath.Join(dir, base+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		spec, err := os.ReadFile(sp)
		if err != nil {
			t.Fatal(err)
		}
		g, err := wireFromSpec([]rune(string(txt)), string(spec))
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		b, err := json.MarshalIndent(g, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, base+".json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type wireSpecLine struct {
	kind, text, attr string
	pick             []int
}

func wireFromSpec(text []rune, spec string) (*wireGold, error) {
	g := &wireGold{Dates: []wireItem{}, Quotes: []wireItem{}, Entities: []wireItem{}}
	var lines []wireSpecLine
	for _, l := range strings.Split(spec, "\n") {
		l = strings.TrimRight(l, " \r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if d, ok := strings.CutPrefix(l, "date:"); ok {
			g.Date = strings.TrimSpace(d)
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("bad spec line %q", l)
		}
		sl := wireSpecLine{kind: f[0], text: f[1], attr: f[2]}
		if k := strings.LastIndex(sl.text, "@"); k > 0 {
			for _, n := range strings.Split(sl.text[k+1:], ",") {
				v, err := strconv.Atoi(n)
				if err != nil {
					return nil, fmt.Errorf("bad occurrence in %q", l)
				}
				sl.pick = append(sl.pick, v)
			}
			sl.text = sl.text[:k]
		}
		lines = append(lines, sl)
	}
	// Longer strings first, so that a shorter one inside them is skipped.
	sort.SliceStable(lines, func(a, b int) bool {
		return utf8.RuneCountInString(lines[a].text) > utf8.RuneCountInString(lines[b].text)
	})
	taken := map[string][][2]int{}
	for _, sl := range lines {
		s := []rune(sl.text)
		occ := wireOccurrences(text, s, sl.kind != "Q")
		var picked []int
		if sl.pick != nil {
			for _, n := range sl.pick {
				if n < 1 || n > len(occ) {
					return nil, fmt.Errorf("no occurrence %d of %q", n, sl.text)
				}
				picked = append(picked, occ[n-1])
			}
		} else {
			for _, o := range occ {
				inside := false
				for _, sp := range taken[sl.kind] {
					if o >= sp[0] && o+len(s) <= sp[1] {
						inside = true
					}
				}
				if !inside {
					picked = append(picked, o)
				}
			}
		}
		if len(picked) == 0 {
			return nil, fmt.Errorf("%s %q not found", sl.kind, sl.text)
		}
		for _, o := range picked {
			it := wireItem{Text: sl.text, Start: o, End: o + len(s)}
			switch sl.kind {
			case "D":
				it.Value = sl.attr
				g.Dates = append(g.Dates, it)
			case "Q":
				it.Speaker = sl.attr
				g.Quotes = append(g.Quotes, it)
			case "E":
				it.Type = sl.attr
				g.Entities = append(g.Entities, it)
			default:
				return nil, fmt.Errorf("unknown layer %q", sl.kind)
			}
			taken[sl.kind] = append(taken[sl.kind], [2]int{o, o + len(s)})
		}
	}
	for _, l := range [][]wireItem{g.Dates, g.Quotes, g.Entities} {
		sort.Slice(l, func(a, b int) bool { return l[a].Start < l[b].Start })
		for i := 1; i < len(l); i++ {
			if l[i].Start < l[i-1].End {
				return nil, fmt.Errorf("overlapping annotations %q and %q", l[i-1].Text, l[i].Text)
			}
		}
	}
	return g, nil
}

// wireOccurrences returns the code point offsets of s in text; with
// boundary, only where s is a whole word, optionally after proclitics.
func wireOccurrences(text, s []rune, boundary bool) []int {
	var out []int
	for i := 0; i+len(s) <= len(text); i++ {
		if string(text[i:i+len(s)]) != string(s) {
			continue
		}
		if boundary {
			if e := i + len(s); e < len(text) && unicode.IsLetter(text[e]) && unicode.IsLetter(s[len(s)-1]) {
				continue
			}
			j := i
			for j > 0 && unicode.IsLetter(text[j-1]) {
				j--
			}
			if j < i && (!unicode.IsLetter(s[0]) || i-j > 2 || strings.Trim(string(text[j:i]), "وفبلكس") != "") {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}
