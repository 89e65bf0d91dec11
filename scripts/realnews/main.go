// Command realnews is the annotator's helper for testdata/realnews
// (docs/evaluation-realnews.md). It holds no article text; it reads the
// articles from ../shared/data.
//
//	go run ./scripts/realnews draw [-seed 20261210] [-n 16] [-long 4] [-dirs dev,blind] [-prior SEED:N:LONG:DIRS]...
//	go run ./scripts/realnews show ZIP INDEX
//	go run ./scripts/realnews build SPEC OUT.json
//	go run ./scripts/realnews arcd-draw [-seed 20261340] [-n 60] [-min-words 60]
//	go run ./scripts/realnews arcd-show FILE ARTICLE PARAGRAPH
//
// arcd-draw lists a reproducible random selection of ARCD Wikipedia
// paragraphs (arcd.go), at most one per article; arcd-show prints one
// paragraph as show does; a spec's `arcd FILE ARTICLE PARAGRAPH` line
// (e.g. arcd train 12 3) annotates one, entities only (the file says
// "layers": ["entities"] and has no date).
//
// draw lists a reproducible random selection of SaudiNewsNet articles with at
// least two statement cues, de-duplicated by URL, leaving out every article
// already annotated in testdata/realnews (known from the file names only;
// -dirs limits the sets counted), and with -prior also every pick of an
// earlier draw recomputed against the sets that existed then (and the draws
// named by the -prior values before it; the flag can be repeated), drawn
// round-robin over papers, the first -long of them 450–800 words long.
//
// show prints an article's text (title + "\n\n" + content, both trimmed),
// each line prefixed with its starting code point offset.
//
// build reads an annotation spec (kept outside the repository, since it
// quotes the text) and writes the annotation JSON with every offset computed
// from the exact substrings the spec names, then prints the text with the
// spans marked for review. Spec lines:
//
//	src ZIP INDEX          (or: ant ID, an ANT training article; or: arcd FILE ARTICLE PARAGRAPH)
//	E TYPE name            every word-bounded mention (proclitics و ف ب ل ك left out; لل keeps its second ل)
//	E TYPE name @2,3       only those mentions (counted among the word-bounded ones)
//	-E name @N             drop a mention added by an all-mentions line
//	T person | text [@N]
//	Q direct|indirect speaker | text [@N]       exact span
//	Q direct|indirect speaker | start … end [@N] from start's Nth occurrence to the first end after it
//	Q= speaker                                  the previous quote's span again (a nested report's other speaker)
//	D value | text [@N]
//
// In T, Q and D, pre[[text]]post marks text inside a longer context that
// locates it.
//
// A text that occurs more than once needs @N (1-based) for T, Q and D.
package main

import (
	"archive/zip"
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
)

const dataDir = "../shared/data"

type article struct {
	Source        string `json:"source"`
	URL           string `json:"url"`
	DateExtracted string `json:"date_extracted"`
	Title         string `json:"title"`
	Content       string `json:"content"`
}

func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) })
}

func textOf(a article) string { return trim(a.Title) + "\n\n" + trim(a.Content) }

func readDay(zipName string) ([]article, string, error) {
	zr, err := zip.OpenReader(filepath.Join(dataDir, "saudinewsnet", zipName))
	if err != nil {
		return nil, "", err
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".json") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, "", err
		}
		var arts []article
		err = json.NewDecoder(rc).Decode(&arts)
		rc.Close()
		return arts, zf.Name, err
	}
	return nil, "", fmt.Errorf("%s: no JSON member", zipName)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: realnews draw|show|build …")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "draw":
		err = draw(os.Args[2:])
	case "show":
		err = show(os.Args[2:])
	case "build":
		err = build(os.Args[2:])
	case "arcd-draw":
		err = arcdDraw(os.Args[2:])
	case "arcd-show":
		err = arcdShow(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "realnews:", err)
		os.Exit(1)
	}
}

// cueWords are the statement cues counted by draw: verbs of saying and
// their participles, with an optional و or ف before them.
var cueWords = strings.Fields(`قال قالت يقول تقول أكد أكدت يؤكد مؤكدا مؤكدة أوضح أوضحت موضحا موضحة
أشار أشارت مشيرا مشيرة أضاف أضافت مضيفا مضيفة ذكر ذكرت مبينا مبينة بين بينت صرح صرحت
لفت لفتت لافتا لافتة شدد شددت مشددا مشددة أفاد أفادت كشف كشفت قائلا قائلة أعرب أعربت نقلت نقل`)

func countCues(s string) int {
	set := map[string]bool{}
	for _, w := range cueWords {
		set[w] = true
	}
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		f = strings.TrimRight(f, "ً")
		if set[f] || (strings.HasPrefix(f, "و") || strings.HasPrefix(f, "ف")) && set[f[len("و"):]] {
			n++
		}
	}
	return n
}

type cand struct {
	zip   string
	index int
	paper string
	url   string
	words int
}

func draw(args []string) error {
	fs := flag.NewFlagSet("draw", flag.ContinueOnError)
	seed := fs.Uint64("seed", 20261210, "random seed")
	n := fs.Int("n", 16, "articles to draw")
	long := fs.Int("long", 4, "how many of them 450–800 words long")
	dirs := fs.String("dirs", "", "sets to leave out (comma-separated subdirectories of testdata/realnews; default all)")
	var priors []string
	fs.Func("prior", "also leave out an earlier draw's picks, SEED:N:LONG:DIRS (DIRS as -dirs, the sets that existed then); repeat it for several draws, in the order they were made: each is recomputed leaving out the picks of those before it", func(v string) error {
		priors = append(priors, v)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	done, err := annotated(*dirs)
	if err != nil {
		return err
	}
	// Earlier draws, each recomputed against the sets that existed then and
	// the picks of the draws before it: their picks are left out even where
	// they are not annotated yet.
	var earlier []cand
	for _, p := range priors {
		picks, err := priorDraw(p, earlier)
		if err != nil {
			return err
		}
		earlier = append(earlier, picks...)
	}
	for _, c := range earlier {
		done[c.url] = true
		done[c.zip+"#"+strconv.Itoa(c.index)] = true
	}
	out, err := drawFrom(*seed, *n, *long, done)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i, c := range out {
		fmt.Fprintf(w, "%02d\t%s\t%d\t%s\t%d words\t%s\n", i+1, c.zip, c.index, c.paper, c.words, c.url)
	}
	return nil
}

// priorDraw recomputes the draw that a -prior value names (SEED:N:LONG:DIRS)
// against the sets of DIRS, leaving out the picks of the earlier draws too.
func priorDraw(prior string, earlier []cand) ([]cand, error) {
	f := strings.SplitN(prior, ":", 4)
	if len(f) != 4 {
		return nil, fmt.Errorf("-prior %q: want SEED:N:LONG:DIRS", prior)
	}
	var ps uint64
	var pn, pl int
	if _, err := fmt.Sscan(f[0], &ps); err != nil {
		return nil, fmt.Errorf("-prior %q: seed: %v", prior, err)
	}
	if _, err := fmt.Sscan(f[1], &pn); err != nil {
		return nil, fmt.Errorf("-prior %q: n: %v", prior, err)
	}
	if _, err := fmt.Sscan(f[2], &pl); err != nil {
		return nil, fmt.Errorf("-prior %q: long: %v", prior, err)
	}
	pdone, err := annotated(f[3])
	if err != nil {
		return nil, err
	}
	for _, c := range earlier {
		pdone[c.url] = true
		pdone[c.zip+"#"+strconv.Itoa(c.index)] = true
	}
	picks, err := drawFrom(ps, pn, pl, pdone)
	if err != nil {
		return nil, fmt.Errorf("-prior %q: %v", prior, err)
	}
	return picks, nil
}

// annotated returns the SaudiNewsNet articles already in testdata/realnews
// (every subdirectory, or those named in dirs, comma-separated), by position
// and by URL. The positions are read from the file names only
// (NN_snn-PAPER-YYYY-MM-DD-INDEX.json), never from the files, and the URL
// from the data at that position.
func annotated(dirs string) (map[string]bool, error) {
	pat := []string{"testdata/realnews/*/*.json"}
	if dirs != "" {
		pat = nil
		for _, d := range strings.Split(dirs, ",") {
			pat = append(pat, filepath.Join("testdata/realnews", strings.TrimSpace(d), "*.json"))
		}
	}
	done := map[string]bool{}
	days := map[string][]article{}
	for _, p := range pat {
		files, err := filepath.Glob(p)
		if err != nil {
			return nil, err
		}
		for _, g := range files {
			base := strings.TrimSuffix(filepath.Base(g), ".json")
			_, id, _ := strings.Cut(base, "_")
			if !strings.HasPrefix(id, "snn-") {
				continue
			}
			f := strings.Split(id, "-")
			if len(f) < 6 {
				return nil, fmt.Errorf("%s: name is not NN_snn-PAPER-YYYY-MM-DD-INDEX", g)
			}
			idx, err := strconv.Atoi(f[len(f)-1])
			if err != nil {
				return nil, fmt.Errorf("%s: index: %v", g, err)
			}
			zipName := strings.Join(f[len(f)-4:len(f)-1], "-") + ".zip"
			arts, ok := days[zipName]
			if !ok {
				if arts, _, err = readDay(zipName); err != nil {
					return nil, fmt.Errorf("%s: %v", g, err)
				}
				days[zipName] = arts
			}
			if idx < 0 || idx >= len(arts) {
				return nil, fmt.Errorf("%s: %s holds %d articles", g, zipName, len(arts))
			}
			done[zipName+"#"+strconv.Itoa(idx)] = true
			done[arts[idx].URL] = true
		}
	}
	return done, nil
}

// drawFrom is the draw itself, leaving out the articles in done.
func drawFrom(seed uint64, n, long int, done map[string]bool) ([]cand, error) {
	zips, err := filepath.Glob(filepath.Join(dataDir, "saudinewsnet", "*.zip"))
	if err != nil || len(zips) == 0 {
		return nil, fmt.Errorf("no SaudiNewsNet zips under %s", dataDir)
	}
	sort.Strings(zips)
	seen := map[string]bool{}
	regular := map[string][]cand{}
	longs := map[string][]cand{}
	for _, z := range zips {
		name := filepath.Base(z)
		arts, _, err := readDay(name)
		if err != nil {
			return nil, err
		}
		for i, a := range arts {
			if seen[a.URL] {
				continue
			}
			seen[a.URL] = true
			if done[a.URL] || done[name+"#"+strconv.Itoa(i)] {
				continue
			}
			t := textOf(a)
			if countCues(t) < 2 {
				continue
			}
			c := cand{name, i, a.Source, a.URL, len(strings.Fields(t))}
			switch {
			case c.words >= 450 && c.words <= 800:
				longs[a.Source] = append(longs[a.Source], c)
			case c.words >= 120 && c.words < 450:
				regular[a.Source] = append(regular[a.Source], c)
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	var papers []string
	for p := range regular {
		papers = append(papers, p)
	}
	sort.Strings(papers)
	rng.Shuffle(len(papers), func(i, j int) { papers[i], papers[j] = papers[j], papers[i] })
	for _, p := range papers {
		rng.Shuffle(len(regular[p]), func(i, j int) { regular[p][i], regular[p][j] = regular[p][j], regular[p][i] })
		rng.Shuffle(len(longs[p]), func(i, j int) { longs[p][i], longs[p][j] = longs[p][j], longs[p][i] })
	}
	// Round-robin over papers; every fourth slot (0, 4, 8, 12) takes a long
	// article while any are wanted, so each batch of eight holds two.
	var out []cand
	next := 0
	for len(out) < n {
		wantLong := len(out)%4 == 0 && countLong(out) < long
		pool := regular
		if wantLong {
			pool = longs
		}
		took := false
		for k := 0; k < len(papers); k++ {
			p := papers[(next+k)%len(papers)]
			if len(pool[p]) > 0 {
				out = append(out, pool[p][0])
				pool[p] = pool[p][1:]
				next = (next + k + 1) % len(papers)
				took = true
				break
			}
		}
		if !took {
			return nil, fmt.Errorf("ran out of candidates after %d", len(out))
		}
	}
	return out, nil
}

func countLong(cs []cand) int {
	n := 0
	for _, c := range cs {
		if c.words >= 450 && c.words <= 800 {
			n++
		}
	}
	return n
}

func load(zipName string, index int) (article, string, error) {
	arts, member, err := readDay(zipName)
	if err != nil {
		return article{}, "", err
	}
	if index < 0 || index >= len(arts) {
		return article{}, "", fmt.Errorf("%s holds %d articles, no index %d", zipName, len(arts), index)
	}
	return arts[index], member, nil
}

// antArticle is one line of ant/ant-train.jsonl.gz.
// antArticle is one article of the ANT training part.
type antArticle = corpus.ANTArticle

// loadANT finds an ANT training article by its id.
func loadANT(id string) (antArticle, error) {
	var found antArticle
	err := corpus.EachANT(dataDir, func(a antArticle) bool {
		if a.ID == id {
			found = a
		}
		return found.ID == ""
	})
	if err != nil {
		return antArticle{}, err
	}
	if found.ID == "" {
		return antArticle{}, fmt.Errorf("no ANT article %q", id)
	}
	return found, nil
}

func show(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: show ZIP INDEX")
	}
	idx, err := strconv.Atoi(args[1])
	if err != nil {
		return err
	}
	a, _, err := load(args[0], idx)
	if err != nil {
		return err
	}
	t := []rune(textOf(a))
	fmt.Printf("# %s %s %s (%d chars, %d words)\n", a.Source, a.DateExtracted, a.URL, len(t), len(strings.Fields(string(t))))
	start := 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == '\n' {
			fmt.Printf("%5d| %s\n", start, string(t[start:i]))
			start = i + 1
		}
	}
	return nil
}

type entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

type title struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Person string `json:"person"`
}

type quote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

type date struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// occurrences returns the code point starts of every occurrence of pat in t.
func occurrences(t, pat []rune) []int {
	var out []int
	for i := 0; i+len(pat) <= len(t); i++ {
		if string(t[i:i+len(pat)]) == string(pat) {
			out = append(out, i)
		}
	}
	return out
}

func isArabicLetter(r rune) bool { return unicode.IsLetter(r) || r == 'ـ' }

var proclitics = map[string]bool{"": true, "و": true, "ف": true, "ب": true, "ل": true, "ك": true,
	"وب": true, "ول": true, "وك": true, "فب": true, "فل": true, "فك": true}

// mentions returns the word-bounded mentions of name as [start, end) spans.
func mentions(t []rune, name string) [][2]int {
	pat := []rune(name)
	var out [][2]int
	bounded := func(s, e int) bool {
		if e < len(t) && isArabicLetter(t[e]) {
			return false
		}
		w := s
		for w > 0 && isArabicLetter(t[w-1]) {
			w--
		}
		return proclitics[strings.ReplaceAll(string(t[w:s]), "ـ", "")]
	}
	for _, s := range occurrences(t, pat) {
		if bounded(s, s+len(pat)) {
			out = append(out, [2]int{s, s + len(pat)})
		}
	}
	// ل + ال fused as لل: the span keeps the second ل.
	if strings.HasPrefix(name, "ال") {
		alt := []rune("ل" + strings.TrimPrefix(name, "ال"))
		for _, s := range occurrences(t, alt) {
			if s == 0 || t[s-1] != 'ل' {
				continue
			}
			w := s - 1
			for w > 0 && isArabicLetter(t[w-1]) {
				w--
			}
			p := string(t[w : s-1])
			if (p == "" || p == "و" || p == "ف") && (s+len(alt) >= len(t) || !isArabicLetter(t[s+len(alt)])) {
				out = append(out, [2]int{s, s + len(alt)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func parseAt(s string) (string, []int, error) {
	s = strings.TrimSpace(s)
	i := strings.LastIndex(s, " @")
	if i < 0 {
		return s, nil, nil
	}
	var ns []int
	for _, f := range strings.Split(s[i+2:], ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return "", nil, fmt.Errorf("bad occurrence %q", s[i:])
		}
		ns = append(ns, n)
	}
	return strings.TrimSpace(s[:i]), ns, nil
}

// locate finds text (or "start … end") in t: its one occurrence, or the Nth.
func locate(t []rune, s string) (int, int, error) {
	body, at, err := parseAt(s)
	if err != nil {
		return 0, 0, err
	}
	if len(at) > 1 {
		return 0, 0, fmt.Errorf("%q: one occurrence only", s)
	}
	// pre[[x]]post: the span is x, found where pre+x+post occurs.
	pre, inner, marked := strings.Cut(body, "[[")
	if marked {
		x, post, ok := strings.Cut(inner, "]]")
		if !ok {
			return 0, 0, fmt.Errorf("%q: [[ without ]]", s)
		}
		st, _, err := locate(t, pre+x+post+atSuffix(at))
		if err != nil {
			return 0, 0, err
		}
		st += len([]rune(pre))
		return st, st + len([]rune(x)), nil
	}
	startText, endText, ranged := strings.Cut(body, " … ")
	occ := occurrences(t, []rune(startText))
	if len(occ) == 0 {
		return 0, 0, fmt.Errorf("%q not in the text", startText)
	}
	k := 0
	if at == nil {
		if len(occ) > 1 {
			return 0, 0, fmt.Errorf("%q occurs %d times: add @N", startText, len(occ))
		}
	} else {
		if at[0] > len(occ) {
			return 0, 0, fmt.Errorf("%q occurs %d times, no @%d", startText, len(occ), at[0])
		}
		k = at[0] - 1
	}
	s0 := occ[k]
	if !ranged {
		return s0, s0 + len([]rune(startText)), nil
	}
	ends := occurrences(t[s0:], []rune(endText))
	if len(ends) == 0 {
		return 0, 0, fmt.Errorf("%q not after %q", endText, startText)
	}
	return s0, s0 + ends[0] + len([]rune(endText)), nil
}

func atSuffix(at []int) string {
	if at == nil {
		return ""
	}
	return " @" + strconv.Itoa(at[0])
}

// specBuild holds what a spec has built so far: the article and its
// spans.
type specBuild struct {
	zipName string
	index   int
	t       []rune
	a       article
	antA    antArticle
	member  string
	arcd    *arcdPara
	ents    map[[2]int]string
	titles  []title
	quotes  []quote
	dates   []date
}

func build(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: build SPEC OUT.json")
	}
	sb := &specBuild{index: -1, ents: map[[2]int]string{}}
	if err := sb.read(args[0]); err != nil {
		return err
	}
	es, err := sb.entities()
	if err != nil {
		return err
	}
	sort.Slice(sb.titles, func(i, j int) bool { return sb.titles[i].Start < sb.titles[j].Start })
	sort.SliceStable(sb.quotes, func(i, j int) bool { return sb.quotes[i].Start < sb.quotes[j].Start })
	sort.Slice(sb.dates, func(i, j int) bool { return sb.dates[i].Start < sb.dates[j].Start })
	out, err := sb.json(es)
	if err != nil {
		return err
	}
	if err := os.WriteFile(args[1], []byte(out), 0o644); err != nil {
		return err
	}
	review(sb.t, es, sb.titles, sb.quotes, sb.dates)
	return nil
}

// read applies the spec's lines; the errors of all lines are reported
// together.
func (sb *specBuild) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var errs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fail := func(format string, x ...any) {
			errs = append(errs, fmt.Sprintf("%s:%d: %s", path, ln, fmt.Sprintf(format, x...)))
		}
		if err := sb.line(line, fail); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(errs) > 0 {
		return fmt.Errorf("\n%s", strings.Join(errs, "\n"))
	}
	return nil
}

// line applies one spec line: a mistake in it is reported through fail, a
// failure to read the data is returned.
func (sb *specBuild) line(line string, fail func(string, ...any)) error {
	kw, rest, _ := strings.Cut(line, " ")
	if kw != "src" && kw != "ant" && kw != "arcd" && sb.t == nil {
		fail("src, ant or arcd line first")
		return nil
	}
	if sb.arcd != nil && (kw == "T" || kw == "Q" || kw == "Q=" || kw == "D") {
		fail("an arcd paragraph is annotated for entities only")
		return nil
	}
	switch kw {
	case "ant", "src", "arcd":
		return sb.source(kw, rest, fail)
	case "E", "-E":
		sb.entity(kw, rest, fail)
	case "Q=":
		if len(sb.quotes) == 0 {
			fail("Q= without a quote before")
			return nil
		}
		q := sb.quotes[len(sb.quotes)-1]
		q.Speaker = strings.TrimSpace(rest)
		sb.quotes = append(sb.quotes, q)
	case "T", "Q", "D":
		sb.span(kw, rest, fail)
	default:
		fail("unknown line %q", kw)
	}
	return nil
}

// source loads the article of an ant or src line.
func (sb *specBuild) source(kw, rest string, fail func(string, ...any)) error {
	var err error
	sb.arcd = nil
	if kw == "arcd" {
		file, a, q, perr := parseARCDRef(strings.Fields(rest))
		if perr != nil {
			fail("%v", perr)
			return nil
		}
		p, err := loadARCD(file, a, q)
		if err != nil {
			return err
		}
		sb.arcd = &p
		sb.zipName, sb.index = "", -1
		sb.t = []rune(p.text)
		return nil
	}
	if kw == "ant" {
		id := strings.TrimSpace(rest)
		if sb.antA, err = loadANT(id); err != nil {
			return err
		}
		sb.zipName, sb.index = "", -1
		sb.t = []rune(trim(sb.antA.Title) + "\n\n" + trim(sb.antA.Text))
		return nil
	}
	fs := strings.Fields(rest)
	if len(fs) != 2 {
		fail("src ZIP INDEX")
		return nil
	}
	sb.zipName = fs[0]
	sb.index, _ = strconv.Atoi(fs[1])
	sb.a, sb.member, err = load(sb.zipName, sb.index)
	if err != nil {
		return err
	}
	sb.t = []rune(textOf(sb.a))
	return nil
}

// entity applies an E or -E line: it adds (or drops) mentions of a name.
func (sb *specBuild) entity(kw, rest string, fail func(string, ...any)) {
	typ := ""
	if kw == "E" {
		typ, rest, _ = strings.Cut(rest, " ")
		if typ != "PER" && typ != "ORG" && typ != "LOC" && typ != "MISC" {
			fail("bad type %q", typ)
			return
		}
	}
	name, at, err := parseAt(rest)
	if err != nil {
		fail("%v", err)
		return
	}
	ms := mentions(sb.t, name)
	if len(ms) == 0 {
		fail("no mention of %q", name)
		return
	}
	pick := ms
	if at != nil {
		pick = nil
		for _, n := range at {
			if n > len(ms) {
				fail("%q has %d mentions, no @%d", name, len(ms), n)
				continue
			}
			pick = append(pick, ms[n-1])
		}
	}
	for _, m := range pick {
		if kw == "E" {
			sb.ents[m] = typ
			continue
		}
		if _, ok := sb.ents[m]; !ok {
			fail("-E %q: mention at %d not annotated", name, m[0])
		}
		delete(sb.ents, m)
	}
}

// span applies a T, Q or D line.
func (sb *specBuild) span(kw, rest string, fail func(string, ...any)) {
	head, body, ok := strings.Cut(rest, " | ")
	if !ok {
		fail("missing ' | '")
		return
	}
	s, e, err := locate(sb.t, body)
	if err != nil {
		fail("%v", err)
		return
	}
	head = strings.TrimSpace(head)
	switch kw {
	case "T":
		sb.titles = append(sb.titles, title{s, e, head})
	case "D":
		sb.dates = append(sb.dates, date{s, e, head})
	case "Q":
		kind, spk, _ := strings.Cut(head, " ")
		if kind != "direct" && kind != "indirect" {
			fail("kind %q", kind)
			return
		}
		sb.quotes = append(sb.quotes, quote{s, e, strings.TrimSpace(spk), kind})
	}
}

// entities returns the entity mentions in order. A mention inside a longer
// one (a place inside an organisation's name) is dropped; crossing
// mentions are an error.
func (sb *specBuild) entities() ([]entity, error) {
	var es []entity
	keys := make([][2]int, 0, len(sb.ents))
	for k := range sb.ents {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] > keys[j][1]
	})
	lastEnd := -1
	for _, k := range keys {
		if k[1] <= lastEnd {
			continue // inside the previous one
		}
		if k[0] < lastEnd {
			return nil, fmt.Errorf("crossing entity spans at %d–%d: %q", k[0], k[1], string(sb.t[k[0]:k[1]]))
		}
		es = append(es, entity{k[0], k[1], sb.ents[k]})
		lastEnd = k[1]
	}
	return es, nil
}

// json returns the annotation file.
func (sb *specBuild) json(es []entity) (string, error) {
	t, a, antA := sb.t, sb.a, sb.antA
	text := string(t)
	sum := sha256.Sum256([]byte(text))
	day := strings.TrimSuffix(sb.zipName, ".zip")
	if len(a.DateExtracted) >= 10 {
		day = a.DateExtracted[:10]
	}
	src, _ := json.Marshal(map[string]any{"corpus": "saudinewsnet", "zip": sb.zipName, "member": sb.member, "index": sb.index, "url": a.URL, "paper": a.Source})
	if antA.ID != "" {
		src, _ = json.Marshal(map[string]any{"corpus": "ant", "id": antA.ID, "category": antA.Category, "url": antA.URL})
		var err error
		if day, err = eval.ANTDate(antA.Time); err != nil {
			return "", fmt.Errorf("%s: %v", antA.ID, err)
		}
	}
	layers := ""
	if p := sb.arcd; p != nil {
		src, _ = json.Marshal(map[string]any{"corpus": "arcd", "file": p.file, "article": p.article, "paragraph": p.paragraph})
		day, layers = "", `, "layers": ["entities"]`
	}
	var b strings.Builder
	fmt.Fprintf(&b, "{\n\"source\": %s,\n\"date\": %q, \"sha256\": %q, \"chars\": %d%s,\n", src, day, hex.EncodeToString(sum[:]), len(t), layers)
	writeList(&b, "entities", es, len(es), false)
	writeList(&b, "titles", sb.titles, len(sb.titles), false)
	writeList(&b, "quotes", sb.quotes, len(sb.quotes), false)
	writeList(&b, "dates", sb.dates, len(sb.dates), true)
	b.WriteString("}\n")
	return b.String(), nil
}

func writeList[T any](b *strings.Builder, name string, xs []T, n int, last bool) {
	fmt.Fprintf(b, "%q: [", name)
	for i, x := range xs {
		j, _ := json.Marshal(x)
		sep := ","
		if i == n-1 {
			sep = ""
		}
		fmt.Fprintf(b, "\n %s%s", j, sep)
	}
	if n > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]")
	if !last {
		b.WriteString(",")
	}
	b.WriteString("\n")
}

func review(t []rune, es []entity, ts []title, qs []quote, ds []date) {
	var b strings.Builder
	j := 0
	for i := 0; i <= len(t); i++ {
		if j < len(es) && es[j].End == i {
			fmt.Fprintf(&b, "]%s", es[j].Type)
			j++
		}
		if i == len(t) {
			break
		}
		if j < len(es) && es[j].Start == i {
			b.WriteString("[")
		}
		b.WriteRune(t[i])
	}
	fmt.Println(b.String())
	counts := map[string]int{}
	for _, e := range es {
		counts[e.Type]++
	}
	fmt.Printf("\n== %d entities %v, %d titles, %d quotes, %d dates, %d words\n", len(es), counts, len(ts), len(qs), len(ds), len(strings.Fields(string(t))))
	for _, x := range ts {
		fmt.Printf("T %q → %s\n", string(t[x.Start:x.End]), x.Person)
	}
	for _, x := range qs {
		fmt.Printf("Q %s [%s] %q\n", x.Kind, x.Speaker, string(t[x.Start:x.End]))
	}
	for _, x := range ds {
		fmt.Printf("D %s %q\n", x.Value, string(t[x.Start:x.End]))
	}
}
