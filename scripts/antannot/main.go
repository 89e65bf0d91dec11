// Command antannot helps annotate ANT articles of ../shared/data for the
// real-copy evaluation set (docs/evaluation-realnews.md): it draws the
// articles, prints an article's text with code point offsets, and turns a
// hand-written span specification into the set's annotation JSON, so that
// no offset is ever counted by hand. It holds no article text: the
// specifications, which quote the text, stay outside the repository.
//
//	antannot select -seed 20261211 -n 12      # the reproducible draw (-longslots, -longmax, -maxwords, -dirs)
//	antannot show JA-politic-302-20170321     # the text, each line with its offset
//	antannot find JA-… 'substring'            # offsets of every occurrence
//	antannot build SPEC OUT.json              # spans from a specification
//	antannot check DIR                        # eval.LoadNews on DIR, counts only
//
// A specification is one directive a line (# starts a comment):
//
//	id JA-politic-302-20170321
//	E PER [سامي بن علي]           entity; brackets mark the span inside a context
//	E LOC ب[تونس]
//	T سامي بن علي | [الوزير] سامي  title, person's canonical name
//	Q indirect سامي بن علي | أن [الوضع ... مستقر]   quote: start piece ... end piece
//	Q= وزارة الداخلية            the previous quote's span again, another speaker
//	D 2017-03-21 | [أمس]         date and its value
//	@ context                    move every layer's cursor to this context
//
// Each layer keeps a cursor: a line is matched at the first occurrence at
// or after the cursor, which then moves just past the match's start, so
// lines are written in text order within each layer. The context must
// begin and end at word boundaries (a warning says otherwise).
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
)

const dataDir = "../shared/data"

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "select":
		err = cmdSelect(os.Args[2:])
	case "show":
		err = cmdShow(os.Args[2:])
	case "find":
		err = cmdFind(os.Args[2:])
	case "build":
		err = cmdBuild(os.Args[2:])
	case "check":
		err = cmdCheck(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "antannot:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: antannot select|show|find|build|check …")
	os.Exit(2)
}

// antArticle is one line of ant-train.jsonl.gz.
type antArticle = corpus.ANTArticle

// articles caches the ANT training file.
var articles map[string]antArticle

func loadANT() (map[string]antArticle, error) {
	if articles != nil {
		return articles, nil
	}
	m := map[string]antArticle{}
	if err := corpus.EachANT(dataDir, func(a antArticle) bool { m[a.ID] = a; return true }); err != nil {
		return nil, err
	}
	articles = m
	return articles, nil
}

func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) })
}

// text is the annotated text: title + "\n\n" + body, both trimmed.
func text(a antArticle) string { return trim(a.Title) + "\n\n" + trim(a.Text) }

func article(id string) (antArticle, error) {
	m, err := loadANT()
	if err != nil {
		return antArticle{}, err
	}
	a, ok := m[id]
	if !ok {
		return antArticle{}, fmt.Errorf("no ANT article %q", id)
	}
	return a, nil
}

// cueWords are the statement cues counted by the draw, after a leading
// و or ف is dropped, hamzas on alef folded and diacritics removed.
var cueWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`قال قالت يقول تقول اكد اكدت يؤكد تؤكد مؤكدا مؤكدة اضاف اضافت يضيف مضيفا مضيفة
		اوضح اوضحت موضحا موضحة اشار اشارت مشيرا مشيرة صرح صرحت مصرحا بين بينت مبينا افاد افادت مفيدا
		اعتبر اعتبرت معتبرا لاحظ لاحظت تابع تابعت تابعا تحسب بحسب حسب وفق وفقا كشف كشفت اعلن اعلنت
		شدد شددت مشددا نفى نفت ذكر ذكرت افاد اعرب اعربت`) {
		cueWords[w] = true
	}
}

func fold(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 0x064B && r <= 0x0652, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ':
			b.WriteRune('ا')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func cues(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !(r >= 0x064B && r <= 0x0652) }) {
		w = fold(w)
		if cueWords[w] {
			n++
			continue
		}
		if len([]rune(w)) > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && cueWords[w[len("و"):]] {
			n++
		}
	}
	return n
}

// excluded reads the ids already in the set from the annotation file
// names (NN_ID.json) under testdata/realnews (every subdirectory, or those
// named in dirs, comma-separated), without opening the files.
func excluded(dirs string) (map[string]bool, error) {
	out := map[string]bool{}
	pats := []string{"testdata/realnews/*/*.json"}
	if dirs != "" {
		pats = nil
		for _, d := range strings.Split(dirs, ",") {
			pats = append(pats, filepath.Join("testdata/realnews", strings.TrimSpace(d), "*.json"))
		}
	}
	var files []string
	for _, p := range pats {
		fs, err := filepath.Glob(p)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	for _, f := range files {
		b := strings.TrimSuffix(filepath.Base(f), ".json")
		if i := strings.IndexByte(b, '_'); i >= 0 {
			out[b[i+1:]] = true
		}
	}
	return out, nil
}

// categories are drawn round-robin in this order.
var categories = []string{"politic", "localNews", "internationalNews", "economy", "society", "sport", "culture"}

func cmdSelect(args []string) error {
	fs := flag.NewFlagSet("select", flag.ExitOnError)
	seed := fs.Int64("seed", 20261211, "random seed of the draw")
	n := fs.Int("n", 12, "articles to draw")
	long := fs.Int("long", 450, "words of a long article")
	longSlots := fs.String("longslots", "1,3,9", "round-robin slots (0-based) that take a long article")
	longMax := fs.Int("longmax", 0, "most words of a long article (0: no bound)")
	maxWords := fs.Int("maxwords", 0, "most words of any article drawn (0: no bound)")
	dirs := fs.String("dirs", "", "sets to leave out (comma-separated subdirectories of testdata/realnews; default all)")
	fs.Parse(args)
	m, err := loadANT()
	if err != nil {
		return err
	}
	ex, err := excluded(*dirs)
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pools := map[string][]string{}
	for _, id := range ids {
		a := m[id]
		if ex[id] || cues(text(a)) < 2 {
			continue
		}
		pools[a.Category] = append(pools[a.Category], id)
	}
	rng := rand.New(rand.NewSource(*seed))
	for _, c := range categories {
		p := pools[c]
		rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		fmt.Printf("# %s: %d eligible\n", c, len(p))
	}
	wantLong := map[int]bool{}
	for _, f := range strings.Split(*longSlots, ",") {
		var k int
		if _, err := fmt.Sscan(f, &k); err == nil {
			wantLong[k] = true
		}
	}
	taken := map[string]bool{}
	for slot := 0; slot < *n; slot++ {
		c := categories[slot%len(categories)]
		for _, id := range pools[c] {
			a := m[id]
			w := len(strings.Fields(text(a)))
			if taken[id] || (wantLong[slot] && (w < *long || *longMax > 0 && w > *longMax)) || (*maxWords > 0 && w > *maxWords) {
				continue
			}
			taken[id] = true
			fmt.Printf("%d\t%s\t%d words\t%d cues\tlong=%v\n", slot, id, w, cues(text(a)), w >= *long)
			break
		}
	}
	return nil
}

func cmdShow(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("show ID")
	}
	a, err := article(args[0])
	if err != nil {
		return err
	}
	t := []rune(text(a))
	fmt.Printf("# %s time=%s chars=%d words=%d cues=%d\n", a.ID, a.Time, len(t), len(strings.Fields(string(t))), cues(string(t)))
	start := 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == '\n' {
			fmt.Printf("[%d] %s\n", start, string(t[start:i]))
			start = i + 1
		}
	}
	return nil
}

func cmdFind(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("find ID SUBSTRING")
	}
	a, err := article(args[0])
	if err != nil {
		return err
	}
	t := []rune(text(a))
	sub := []rune(args[1])
	for i := 0; i+len(sub) <= len(t); i++ {
		if string(t[i:i+len(sub)]) == string(sub) {
			fmt.Printf("%d\t%d\t…%s…\n", i, i+len(sub), context(t, i, i+len(sub), 20))
		}
	}
	return nil
}

func context(t []rune, s, e, k int) string {
	a, b := max(0, s-k), min(len(t), e+k)
	return strings.ReplaceAll(string(t[a:s])+"⟦"+string(t[s:e])+"⟧"+string(t[e:b]), "\n", "⏎")
}

// index finds sub in t at or after from; any white space (the copy has
// no-break spaces) matches any other.
func index(t []rune, sub []rune, from int) int {
next:
	for i := from; i+len(sub) <= len(t); i++ {
		for k, r := range sub {
			if c := t[i+k]; c != r && !(unicode.IsSpace(c) && unicode.IsSpace(r)) {
				continue next
			}
		}
		return i
	}
	return -1
}

// isWord tells whether r continues a word (letters, marks, digits).
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// locate finds a pattern at or after from: "A ... B" is a start piece and
// an end piece; brackets mark the span inside the pieces (the whole match
// without them). It returns the span and the whole match.
func locate(t []rune, pat string, from int) (s, e, ms, me int, err error) {
	parts := strings.SplitN(pat, " ... ", 2)
	clean := func(p string) (string, int, int) {
		o := strings.Index(p, "[")
		p = strings.Replace(p, "[", "", 1)
		c := strings.Index(p, "]")
		p = strings.Replace(p, "]", "", 1)
		oi, ci := -1, -1
		if o >= 0 {
			oi = len([]rune(p[:o]))
		}
		if c >= 0 {
			ci = len([]rune(p[:c]))
		}
		return p, oi, ci
	}
	a, ao, ac := clean(parts[0])
	i := index(t, []rune(a), from)
	if i < 0 {
		return 0, 0, 0, 0, fmt.Errorf("%q not found after %d", a, from)
	}
	ms, me = i, i+len([]rune(a))
	s, e = ms, me
	if ao >= 0 {
		s = i + ao
	}
	if ac >= 0 {
		e = i + ac
	}
	if len(parts) == 2 {
		b, bo, bc := clean(parts[1])
		if bo >= 0 {
			return 0, 0, 0, 0, fmt.Errorf("%q: '[' in the end piece", pat)
		}
		j := index(t, []rune(b), me)
		if j < 0 {
			return 0, 0, 0, 0, fmt.Errorf("end piece %q not found after %d", b, me)
		}
		me = j + len([]rune(b))
		e = me
		if bc >= 0 {
			e = j + bc
		}
	}
	if s >= e {
		return 0, 0, 0, 0, fmt.Errorf("%q: empty span", pat)
	}
	return s, e, ms, me, nil
}

type span struct {
	s, e  int
	typ   string // entity type, quote kind
	label string // person, speaker, date value
}

// specBuild holds what a spec has built so far: the article, its text,
// the spans of each layer, the search cursor of each directive.
type specBuild struct {
	a                           antArticle
	t                           []rune
	ents, titles, quotes, dates []span
	cur                         map[byte]int
	warns                       int
}

func cmdBuild(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("build SPEC OUT.json")
	}
	spec, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	sb := &specBuild{cur: map[byte]int{}}
	for n, line := range strings.Split(string(spec), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := sb.line(line); err != nil {
			return fmt.Errorf("%s:%d: %v", args[0], n+1, err)
		}
	}
	if sb.t == nil {
		return fmt.Errorf("%s: no id line", args[0])
	}
	for _, l := range [][]span{sb.ents, sb.titles, sb.quotes, sb.dates} {
		sort.SliceStable(l, func(i, j int) bool { return l[i].s < l[j].s })
	}
	ents := sb.ents
	for i := 1; i < len(ents); i++ {
		if ents[i].s < ents[i-1].e {
			return fmt.Errorf("entities overlap: %d-%d and %d-%d", ents[i-1].s, ents[i-1].e, ents[i].s, ents[i].e)
		}
	}
	out, err := sb.json()
	if err != nil {
		return err
	}
	fmt.Printf("%d entities, %d titles, %d quotes, %d dates, %d warnings\n", len(sb.ents), len(sb.titles), len(sb.quotes), len(sb.dates), sb.warns)
	return os.WriteFile(args[1], []byte(out), 0o644)
}

// line applies one spec line.
func (sb *specBuild) line(line string) error {
	var err error
	op, rest, _ := strings.Cut(line, " ")
	if op == "id" {
		if sb.a, err = article(strings.TrimSpace(rest)); err != nil {
			return err
		}
		sb.t = []rune(text(sb.a))
		return nil
	}
	if sb.t == nil {
		return fmt.Errorf("no id line first")
	}
	switch op {
	case "Q=":
		if len(sb.quotes) == 0 {
			return fmt.Errorf("%s without a quote before", op) // op is "Q="
		}
		q := sb.quotes[len(sb.quotes)-1]
		q.label = strings.TrimSpace(rest)
		sb.quotes = append(sb.quotes, q)
		fmt.Printf("Q= %d-%d %s\n", q.s, q.e, q.label)
		return nil
	case "@":
		_, _, ms, _, err := locate(sb.t, strings.TrimSpace(rest), sb.cur['@'])
		if err != nil {
			return err
		}
		for _, k := range []byte("ETQD@") {
			sb.cur[k] = ms
		}
		return nil
	}
	typ, label, pat, err := directive(op, rest)
	if err != nil {
		return err
	}
	return sb.add(op, typ, label, pat)
}

// directive splits an E, T, D or Q line into its type, label and pattern.
func directive(op, rest string) (typ, label, pat string, err error) {
	switch op {
	case "E":
		typ, pat, _ = strings.Cut(rest, " ")
		if typ != "PER" && typ != "ORG" && typ != "LOC" && typ != "MISC" {
			return "", "", "", fmt.Errorf("entity type %q", typ)
		}
	case "T", "D":
		label, pat, _ = strings.Cut(rest, " | ")
	case "Q":
		var head string
		head, pat, _ = strings.Cut(rest, " | ")
		typ, label, _ = strings.Cut(head, " ")
		if typ != "direct" && typ != "indirect" {
			return "", "", "", fmt.Errorf("quote kind %q", typ)
		}
	default:
		return "", "", "", fmt.Errorf("unknown directive %q", op)
	}
	label, pat = strings.TrimSpace(label), strings.TrimSpace(pat)
	if pat == "" || (op != "E" && label == "") {
		return "", "", "", fmt.Errorf("incomplete line")
	}
	return typ, label, pat, nil
}

// add locates the pattern of an E, T, Q or D line after the directive's
// cursor and adds the span to its layer.
func (sb *specBuild) add(op, typ, label, pat string) error {
	t := sb.t
	s, e, ms, me, err := locate(t, pat, sb.cur[op[0]])
	if err != nil {
		return err
	}
	sb.cur[op[0]] = s + 1
	w := ""
	if (ms > 0 && isWord(t[ms-1]) && isWord(t[ms])) || (me < len(t) && isWord(t[me]) && isWord(t[me-1])) {
		w = "  !! not at a word boundary"
		sb.warns++
	}
	sp := span{s, e, typ, label}
	switch op {
	case "E":
		sb.ents = append(sb.ents, sp)
	case "T":
		sb.titles = append(sb.titles, sp)
	case "Q":
		sb.quotes = append(sb.quotes, sp)
	case "D":
		sb.dates = append(sb.dates, sp)
	}
	fmt.Printf("%s %d-%d %s %s: %s%s\n", op, s, e, typ, label, context(t, s, e, 12), w)
	return nil
}

// json returns the annotation file.
func (sb *specBuild) json() (string, error) {
	a, t := sb.a, sb.t
	date, err := eval.ANTDate(a.Time)
	if err != nil {
		return "", fmt.Errorf("%s: %v", a.ID, err)
	}
	sum := sha256.Sum256([]byte(string(t)))
	var b strings.Builder
	src, _ := jsonString(a.URL)
	fmt.Fprintf(&b, "{\n\"source\": {\"corpus\": \"ant\", \"id\": %s, \"category\": %s, \"url\": %s},\n",
		q(a.ID), q(a.Category), src)
	fmt.Fprintf(&b, "\"date\": %s, \"sha256\": %q, \"chars\": %d,\n", q(date), hex.EncodeToString(sum[:]), len(t))
	list := func(name string, l []span, f func(span) string, last bool) {
		if len(l) == 0 {
			fmt.Fprintf(&b, "%q: []", name)
		} else {
			fmt.Fprintf(&b, "%q: [\n", name)
			for i, x := range l {
				sep := ","
				if i == len(l)-1 {
					sep = ""
				}
				fmt.Fprintf(&b, " {\"start\": %d, \"end\": %d, %s}%s\n", x.s, x.e, f(x), sep)
			}
			b.WriteString("]")
		}
		if !last {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	list("entities", sb.ents, func(x span) string { return "\"type\": " + q(x.typ) }, false)
	list("titles", sb.titles, func(x span) string { return "\"person\": " + q(x.label) }, false)
	list("quotes", sb.quotes, func(x span) string { return "\"speaker\": " + q(x.label) + ", \"kind\": " + q(x.typ) }, false)
	list("dates", sb.dates, func(x span) string { return "\"value\": " + q(x.label) }, true)
	b.WriteString("}\n")
	return b.String(), nil
}

func q(s string) string { r, _ := jsonString(s); return r }

// jsonString quotes s as JSON without escaping <, > and &.
func jsonString(s string) (string, error) {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String(), nil
}

func cmdCheck(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("check DIR")
	}
	arts, err := eval.LoadNews(args[0], dataDir)
	if err != nil {
		return err
	}
	var words, ents, titles, quotes, dates int
	types := map[string]int{}
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
		ents += len(a.Gold.Entities)
		for _, e := range a.Gold.Entities {
			types[e.Type]++
		}
		titles += len(a.Gold.Titles)
		quotes += len(a.Gold.Quotes)
		dates += len(a.Gold.Dates)
	}
	fmt.Printf("%d articles loaded (hashes and spans checked): %d words, %d entities (PER %d, ORG %d, LOC %d, MISC %d), %d titles, %d quote annotations, %d dates\n",
		len(arts), words, ents, types["PER"], types["ORG"], types["LOC"], types["MISC"], titles, quotes, dates)
	return nil
}
