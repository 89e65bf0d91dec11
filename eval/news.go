package eval

// News evaluation: real articles of ../shared/data annotated by hand
// (testdata/realnews, docs/evaluation-realnews.md) scored against the JSON
// that `rasid analyze --format json --date D` prints.
//
// The annotation files hold no text: each names its article in the shared
// data (a SaudiNewsNet day archive and position, an ANT id, or an ARCD
// Wikipedia paragraph) with the SHA-256 of the text annotated, and gives
// code point spans into it. A news text is rebuilt from the data as title +
// "\n\n" + body, both trimmed; an ARCD paragraph is its `context` as it
// stands.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/normalize"
)

// NewsSource names an article in the shared data folder.
type NewsSource struct {
	Corpus string `json:"corpus"` // "saudinewsnet", "ant" or "arcd"
	Zip    string `json:"zip,omitempty"`
	Member string `json:"member,omitempty"`
	Index  int    `json:"index,omitempty"`
	ID     string `json:"id,omitempty"`
	URL    string `json:"url,omitempty"`
	// An ARCD paragraph: File "train" or "test" (arcd/arcd-FILE.json),
	// the article's index in `data` and the paragraph's index in its
	// `paragraphs`, both from 0.
	File      string `json:"file,omitempty"`
	Article   int    `json:"article,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
}

// NewsEntity is a gold entity mention; offsets are code points, half-open.
type NewsEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// NewsTitle is a gold title attached to a person.
type NewsTitle struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Person string `json:"person"`
}

// NewsQuote is a gold quotation: its content span and its speaker's name.
// A nested report («نقلت وام عن الوزارة أن …») is annotated twice on the
// same span, once per speaker.
type NewsQuote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

// QuoteSpan is one quoted span of the gold with every speaker annotated
// on it (a nested report has two).
type QuoteSpan struct {
	Start, End int
	Speakers   []string
}

// QuoteSpans groups gold quotes by span, in the order their spans first
// appear: the unit quote recall and speaker accuracy count.
func QuoteSpans(qs []NewsQuote) []QuoteSpan {
	var out []QuoteSpan
	at := map[[2]int]int{}
	for _, g := range qs {
		k := [2]int{g.Start, g.End}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, QuoteSpan{Start: g.Start, End: g.End})
		}
		out[i].Speakers = append(out[i].Speakers, g.Speaker)
	}
	return out
}

// NewsDate is a gold temporal expression with its resolved value.
type NewsDate struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// NewsGold is one annotated article.
type NewsGold struct {
	Source   NewsSource   `json:"source"`
	Date     string       `json:"date"`
	SHA256   string       `json:"sha256"`
	Chars    int          `json:"chars"`
	Entities []NewsEntity `json:"entities"`
	Titles   []NewsTitle  `json:"titles"`
	Quotes   []NewsQuote  `json:"quotes"`
	Dates    []NewsDate   `json:"dates"`
	// Layers names the layers the file annotates ("entities", "titles",
	// "quotes", "dates"); absent, all four. A layer left out is not
	// scored on the file: an entities-only file has no quotes to find.
	Layers []string `json:"layers,omitempty"`
}

// newsLayers are the layers an annotation file can name in Layers.
var newsLayers = []string{"entities", "titles", "quotes", "dates"}

// Annotates reports whether the file annotates layer.
func (g *NewsGold) Annotates(layer string) bool {
	if g.Layers == nil {
		return true
	}
	for _, l := range g.Layers {
		if l == layer {
			return true
		}
	}
	return false
}

// checkLayers refuses an unknown layer name and spans of a layer the file
// says it does not annotate.
func (g *NewsGold) checkLayers() error {
	for _, l := range g.Layers {
		known := false
		for _, k := range newsLayers {
			known = known || l == k
		}
		if !known {
			return fmt.Errorf("unknown layer %q (known: %s)", l, strings.Join(newsLayers, ", "))
		}
	}
	counts := map[string]int{"entities": len(g.Entities), "titles": len(g.Titles), "quotes": len(g.Quotes), "dates": len(g.Dates)}
	for _, l := range newsLayers {
		if counts[l] > 0 && !g.Annotates(l) {
			return fmt.Errorf("%d %s given but layers %v leaves them out", counts[l], l, g.Layers)
		}
	}
	return nil
}

// NewsArticle is an annotated article with its text rebuilt from the data.
type NewsArticle struct {
	Name string // file name without .json
	Gold NewsGold
	Text string
}

// LoadNews reads every *.json annotation in dir and rebuilds each
// article's text from the shared data folder dataDir, checking it against
// the recorded hash and every span against the text.
func LoadNews(dir, dataDir string) ([]NewsArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no annotation files (*.json) in %s", dir)
	}
	sort.Strings(files)
	src := &newsTexts{dataDir: dataDir}
	var out []NewsArticle
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g NewsGold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: not a news annotation: %v", f, err)
		}
		if g.SHA256 == "" || g.Source.Corpus == "" {
			return nil, fmt.Errorf("%s: not a news annotation (no source or sha256)", f)
		}
		text, err := src.text(g.Source)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		sum := sha256.Sum256([]byte(text))
		if hex.EncodeToString(sum[:]) != g.SHA256 {
			return nil, fmt.Errorf("%s: the article rebuilt from %s does not match the annotated text (hash differs)", f, dataDir)
		}
		if err := g.checkLayers(); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		if err := g.checkSpans(len([]rune(text))); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		out = append(out, NewsArticle{Name: strings.TrimSuffix(filepath.Base(f), ".json"), Gold: g, Text: text})
	}
	return out, nil
}

func (g *NewsGold) checkSpans(n int) error {
	check := func(layer string, s, e int) error {
		if s < 0 || e > n || s >= e {
			return fmt.Errorf("%s span [%d,%d) outside the text (%d characters)", layer, s, e, n)
		}
		return nil
	}
	for _, x := range g.Entities {
		if err := check("entity", x.Start, x.End); err != nil {
			return err
		}
	}
	for _, x := range g.Titles {
		if err := check("title", x.Start, x.End); err != nil {
			return err
		}
	}
	for _, x := range g.Quotes {
		if err := check("quote", x.Start, x.End); err != nil {
			return err
		}
	}
	for _, x := range g.Dates {
		if err := check("date", x.Start, x.End); err != nil {
			return err
		}
	}
	return nil
}

// newsTexts rebuilds article texts, caching each archive it opens.
type newsTexts struct {
	dataDir string
	days    map[string][]corpus.Article
	ant     map[string]corpus.ANTArticle
	arcd    map[string]map[string]string // file → paragraph id (p3-1) → context
}

// trimText trims white space at both ends as the annotation tools did
// (Unicode white space, as Python's str.strip).
func trimText(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
	})
}

func (t *newsTexts) text(s NewsSource) (string, error) {
	switch s.Corpus {
	case "saudinewsnet":
		arts, err := t.day(s.Zip, s.Member)
		if err != nil {
			return "", err
		}
		if s.Index < 0 || s.Index >= len(arts) {
			return "", fmt.Errorf("%s holds %d articles, no index %d", s.Zip, len(arts), s.Index)
		}
		a := arts[s.Index]
		return trimText(a.Title) + "\n\n" + trimText(a.Content), nil
	case "ant":
		if t.ant == nil {
			if err := t.loadANT(); err != nil {
				return "", err
			}
		}
		a, ok := t.ant[s.ID]
		if !ok {
			return "", fmt.Errorf("no ANT article with id %q", s.ID)
		}
		return trimText(a.Title) + "\n\n" + trimText(a.Text), nil
	case "arcd":
		return t.arcdParagraph(s.File, s.Article, s.Paragraph)
	}
	return "", fmt.Errorf("unknown corpus %q", s.Corpus)
}

// ARCDPath is the SQuAD file of an ARCD part ("train" or "test") in the
// shared data folder.
func ARCDPath(dataDir, file string) (string, error) {
	if file != "train" && file != "test" {
		return "", fmt.Errorf("ARCD file %q: want train or test", file)
	}
	return filepath.Join(dataDir, "arcd", "arcd-"+file+".json"), nil
}

// arcdParagraph returns an ARCD paragraph's context exactly as the JSON
// holds it.
func (t *newsTexts) arcdParagraph(file string, article, paragraph int) (string, error) {
	if t.arcd[file] == nil {
		path, err := ARCDPath(t.dataDir, file)
		if err != nil {
			return "", err
		}
		ps, _, err := ReadSQuAD(path)
		if err != nil {
			return "", err
		}
		m := map[string]string{}
		for _, p := range ps {
			m[p.ID] = p.Text
		}
		if t.arcd == nil {
			t.arcd = map[string]map[string]string{}
		}
		t.arcd[file] = m
	}
	text, ok := t.arcd[file][fmt.Sprintf("p%d-%d", article, paragraph)]
	if !ok {
		return "", fmt.Errorf("arcd-%s.json has no paragraph %d of article %d", file, paragraph, article)
	}
	return text, nil
}

func (t *newsTexts) day(zipName, member string) ([]corpus.Article, error) {
	key := zipName + "/" + member
	if a, ok := t.days[key]; ok {
		return a, nil
	}
	arts, err := corpus.ReadDay(filepath.Join(t.dataDir, "saudinewsnet"), zipName, member)
	if err != nil {
		return nil, err
	}
	if t.days == nil {
		t.days = map[string][]corpus.Article{}
	}
	t.days[key] = arts
	return arts, nil
}

func (t *newsTexts) loadANT() error {
	ant := map[string]corpus.ANTArticle{}
	err := corpus.EachANT(t.dataDir, func(a corpus.ANTArticle) bool {
		ant[a.ID] = a
		return true
	})
	if err != nil {
		return err
	}
	t.ant = ant
	return nil
}

// NewsSystem is the part of the analyze JSON (docs/json.md) that the news
// evaluation reads. Offsets are code points.
type NewsSystem struct {
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
	} `json:"entities"`
	Titles []struct {
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Person string `json:"person"`
	} `json:"titles"`
	Quotes []struct {
		Start   int `json:"start"`
		End     int `json:"end"`
		Speaker *struct {
			Name string `json:"name"`
		} `json:"speaker"`
	} `json:"quotes"`
	Dates []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Value string `json:"value"`
		Timex string `json:"timex"`
	} `json:"dates"`
}

// NewsScore accumulates the counts of every layer over articles.
type NewsScore struct {
	EntTP, EntFP, EntFN map[string]int

	Titles, TitlesFound, TitlePersonRight int
	Quotes, QuotesFound, SpeakersRight    int
	Dates, DatesFound, DatesRight         int

	// Errors lists each miss and wrong answer ("article: what"), for
	// development sets; an evaluation of a blind set should not print it.
	Errors []string

	// types, when set (OnlyTypes), are the entity types scored; gold and
	// system entities of other types are left out.
	types map[string]bool
}

// NewsTypes are the entity types of the news annotations.
var NewsTypes = []string{"PER", "ORG", "LOC", "MISC"}

// OnlyTypes limits the entity scores to the given types (AQMAR's measure
// is PER, LOC and ORG): entities of other types, gold or system, are left
// out of every count. Call it before Add.
func (sc *NewsScore) OnlyTypes(types []string) error {
	if len(types) == 0 {
		return fmt.Errorf("no entity type given")
	}
	m := map[string]bool{}
	for _, t := range types {
		known := false
		for _, k := range NewsTypes {
			known = known || t == k
		}
		if !known {
			return fmt.Errorf("unknown entity type %q (known: %s)", t, strings.Join(NewsTypes, ", "))
		}
		m[t] = true
	}
	sc.types = m
	return nil
}

// scored reports whether entities of type typ are scored.
func (sc *NewsScore) scored(typ string) bool { return sc.types == nil || sc.types[typ] }

// scoredTypes are the types scored, in the order of NewsTypes.
func (sc *NewsScore) scoredTypes() []string {
	var out []string
	for _, t := range NewsTypes {
		if sc.scored(t) {
			out = append(out, t)
		}
	}
	return out
}

// NewNewsScore returns an empty score.
func NewNewsScore() *NewsScore {
	return &NewsScore{EntTP: map[string]int{}, EntFP: map[string]int{}, EntFN: map[string]int{}}
}

func overlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// sameName compares names after search normalisation, ignoring
// surrounding punctuation.
func sameName(a, b string) bool {
	f := func(s string) string {
		return strings.Join(strings.FieldsFunc(normalize.ForSearch(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}), " ")
	}
	return a != "" && f(a) == f(b)
}

// Add scores one article: entities by exact span and type; titles, quotes
// and dates found when a system span overlaps the gold one, and then right
// when the person, speaker or value agrees.
func (sc *NewsScore) Add(a NewsArticle, sys NewsSystem) {
	runes := []rune(a.Text)
	snip := func(s, e int) string {
		if e-s > 40 {
			return string(runes[s:s+40]) + "…"
		}
		return string(runes[s:e])
	}
	if a.Gold.Annotates("entities") {
		sc.addEntities(a, sys, snip) // a file without the layer has no false positives either
	}
	for _, g := range a.Gold.Titles {
		sc.Titles++
		found, right := false, false
		for _, s := range sys.Titles {
			if overlaps(g.Start, g.End, s.Start, s.End) {
				found = true
				right = right || sameName(g.Person, s.Person)
			}
		}
		sc.TitlesFound += b2i(found)
		sc.TitlePersonRight += b2i(right)
		if !right {
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: title %q of %q: found %v", a.Name, snip(g.Start, g.End), g.Person, found))
		}
	}
	sc.addQuotes(a, sys, snip)
	for _, g := range a.Gold.Dates {
		sc.Dates++
		found, right := false, false
		var got []string
		for _, s := range sys.Dates {
			if overlaps(g.Start, g.End, s.Start, s.End) {
				found = true
				// a season, a weekend (value UNKNOWN), a half or a quarter
				// (value the ISO months): the guidelines leave TimeML's
				// notation open, and rasid gives it in timex; a duration
				// is right in either notation of its length (P42M, P3Y6M)
				right = right || s.Value == g.Value || s.Timex != "" && s.Timex == g.Value || SameDuration(s.Value, g.Value)
				got = append(got, s.Value)
			}
		}
		sc.DatesFound += b2i(found)
		sc.DatesRight += b2i(right)
		if !right {
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: date %q want %s, got %v", a.Name, snip(g.Start, g.End), g.Value, got))
		}
	}
}

func (sc *NewsScore) addEntities(a NewsArticle, sys NewsSystem, snip func(int, int) string) {
	type key struct {
		s, e int
		typ  string
	}
	gold := map[key]bool{}
	for _, g := range a.Gold.Entities {
		if sc.scored(g.Type) {
			gold[key{g.Start, g.End, g.Type}] = true
		}
	}
	seen := map[key]bool{}
	for _, s := range sys.Entities {
		k := key{s.Start, s.End, s.Type}
		if seen[k] || !sc.scored(k.typ) {
			continue
		}
		seen[k] = true
		if gold[k] {
			sc.EntTP[k.typ]++
		} else {
			sc.EntFP[k.typ]++
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: spurious entity %s %q", a.Name, k.typ, s.Text))
		}
	}
	for k := range gold {
		if !seen[k] {
			sc.EntFN[k.typ]++
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: missed entity %s %q", a.Name, k.typ, snip(k.s, k.e)))
		}
	}
}

// addQuotes scores quotes; gold quotes on the same span (nested reports)
// count once, right when the speaker is any of theirs.
func (sc *NewsScore) addQuotes(a NewsArticle, sys NewsSystem, snip func(int, int) string) {
	for _, q := range QuoteSpans(a.Gold.Quotes) {
		sc.Quotes++
		found, right := false, false
		var got []string
		for _, s := range sys.Quotes {
			if !overlaps(q.Start, q.End, s.Start, s.End) {
				continue
			}
			found = true
			name := ""
			if s.Speaker != nil {
				name = s.Speaker.Name
			}
			got = append(got, name)
			for _, want := range q.Speakers {
				right = right || sameName(want, name)
			}
		}
		sc.QuotesFound += b2i(found)
		sc.SpeakersRight += b2i(right)
		switch {
		case !found:
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: missed quote %q (%s)", a.Name, snip(q.Start, q.End), strings.Join(q.Speakers, " / ")))
		case !right:
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s: quote %q speaker want %s, got %q", a.Name, snip(q.Start, q.End), strings.Join(q.Speakers, " / "), got))
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// NewsFigures are the headline figures, in percent.
type NewsFigures struct {
	EntityP, EntityR, EntityF1 float64
	PerType                    map[string][3]float64 // P, R, F1
	TitleRecall, TitlePerson   float64
	QuoteRecall, Speaker       float64
	DateRecall, DateValue      float64
}

// Figures computes the percentages: recall over gold items, and speaker,
// title person and date value accuracy over the items found.
func (sc *NewsScore) Figures() NewsFigures {
	var f NewsFigures
	f.PerType = map[string][3]float64{}
	var tp, fp, fn int
	for _, typ := range sc.scoredTypes() {
		p, r, f1 := prf(sc.EntTP[typ], sc.EntFP[typ], sc.EntFN[typ])
		f.PerType[typ] = [3]float64{p, r, f1}
		tp += sc.EntTP[typ]
		fp += sc.EntFP[typ]
		fn += sc.EntFN[typ]
	}
	f.EntityP, f.EntityR, f.EntityF1 = prf(tp, fp, fn)
	f.TitleRecall, f.TitlePerson = pct(sc.TitlesFound, sc.Titles), pct(sc.TitlePersonRight, sc.TitlesFound)
	f.QuoteRecall, f.Speaker = pct(sc.QuotesFound, sc.Quotes), pct(sc.SpeakersRight, sc.QuotesFound)
	f.DateRecall, f.DateValue = pct(sc.DatesFound, sc.Dates), pct(sc.DatesRight, sc.DatesFound)
	return f
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = pct(tp, tp+fp), pct(tp, tp+fn)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Report formats the figures as the lines `rasid eval news` prints. A
// layer without gold items (an entities-only set has no quotes) prints
// n/a, not a figure.
func (sc *NewsScore) Report() string {
	f := sc.Figures()
	var b strings.Builder
	scope := "exact span and type"
	if sc.types != nil {
		scope += "; " + strings.Join(sc.scoredTypes(), ", ") + " only"
	}
	fmt.Fprintf(&b, "entities  P %5.1f  R %5.1f  F1 %5.1f  (%s)\n", f.EntityP, f.EntityR, f.EntityF1, scope)
	for _, typ := range sc.scoredTypes() {
		v := f.PerType[typ]
		fmt.Fprintf(&b, "  %-4s    P %5.1f  R %5.1f  F1 %5.1f  (gold %d)\n", typ, v[0], v[1], v[2], sc.EntTP[typ]+sc.EntFN[typ])
	}
	fig := func(v float64, gold int) string {
		if gold == 0 {
			return "  n/a"
		}
		return fmt.Sprintf("%5.1f", v)
	}
	fmt.Fprintf(&b, "titles    recall %s  person accuracy %s  (%d gold)\n", fig(f.TitleRecall, sc.Titles), fig(f.TitlePerson, sc.Titles), sc.Titles)
	fmt.Fprintf(&b, "quotes    recall %s  speaker accuracy %s  (%d gold)\n", fig(f.QuoteRecall, sc.Quotes), fig(f.Speaker, sc.Quotes), sc.Quotes)
	fmt.Fprintf(&b, "dates     recall %s  value accuracy %s  (%d gold)\n", fig(f.DateRecall, sc.Dates), fig(f.DateValue, sc.Dates), sc.Dates)
	return b.String()
}

// ANTDate reads an ANT article's time — ISO 8601 (2016-12-10T10:18:00+01:00)
// or DD/MM/YYYY — as the YYYY-MM-DD date an annotation file gives as `date`.
func ANTDate(tm string) (string, error) {
	tm = strings.TrimSpace(tm)
	if len(tm) >= 10 && tm[4] == '-' && tm[7] == '-' {
		return tm[:10], nil
	}
	var d, m, y int
	if _, err := fmt.Sscanf(tm, "%d/%d/%d", &d, &m, &y); err == nil {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
	}
	return "", fmt.Errorf("time %q is neither ISO 8601 nor DD/MM/YYYY", tm)
}
