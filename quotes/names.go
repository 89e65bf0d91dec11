package quotes

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Names: the persons and organisations the document names (its entities
// and the name runs the rules read), and the look-ups that give a short
// or outside form its fullest form in the document.

// resolver chooses the speakers of the candidates. It holds the document's
// entities (those that fit the text), the titles it learned and look-up
// tables built on first use.
type resolver struct {
	f          *finder
	folded     []byte            // the text folded for search, built on first use
	inTextMemo map[string]bool   // names looked up in folded
	docCounts  map[string]int    // PER and ORG mentions by nameKey of their canonical name, built on first use (docCount)
	fullMemo   map[string]string // fullNameInText by word
	inData     bool              // dataAnaphor is resolving an earlier author: no second level
	// look-up tables over ents, built on first use by indexEntities
	indexed   bool
	orgByHead map[string][]int     // ORG entities by folded head noun, without the article
	longest   map[[2]string]string // longest written form by type and canonical name
	agents    map[string]bool      // written forms of ORG and LOC entities, normalised
	perByWord map[string]string    // the last PER written with two words or more, by its folded first and last word
	ents      []rasid.Entity
	titles    []titleRef
	chain     int                // depth of learnTitleAt through a chain of offices
	seen      map[[2]string]bool // title key and person already in titles
	genders   map[string]byte    // speakers' gender, 'F' or 'M', learnt from their cues (agree.go)
	// the written forms of the entities, built on first use (fullest.go)
	formsDone bool
	nameForms []nameForm
}

func newResolver(f *finder) *resolver {
	r := &resolver{f: f, ents: f.bufs.ents[:0], nameForms: f.bufs.forms[:0]}
	for _, e := range f.d.Entities {
		if e, ok := f.trusted(e); ok {
			r.ents = append(r.ents, e)
		}
	}
	sort.SliceStable(r.ents, func(i, j int) bool { return r.ents[i].Start < r.ents[j].Start })
	r.ents = joinNasab(f.text, r.ents)
	back := f.letterBack(r.ents)
	for _, t := range f.d.Titles {
		if t.Person == "" || t.Start < 0 || t.Start > t.End || t.End > len(f.text) || bismOffice(t.Person) {
			continue
		}
		if i := f.tokenAt(t.Start); i < len(f.toks) && f.toks[i].Start == t.Start && f.titleGenitive(i) {
			continue // مستشار الوزير فلان: the adviser, not the minister
		}
		title := t.Title
		if title == "" && t.End <= len(f.text) {
			title = f.text[t.Start:t.End]
		}
		person := trimStop(t.Person)
		if p, ok := back[person]; ok {
			person = p
		}
		if full, ok := r.nasabOf(person); ok {
			person = full // أحمد بن + علي العمودي
		}
		for _, e := range f.d.Entities {
			// the title's own name, when the entity layer gave it the
			// name of a son (الملك عبد الله الثاني → الحسين بن …)
			if e.Type == rasid.PER && e.Canonical == t.Person && e.Start >= t.End && e.Start <= t.End+2 && e.End <= len(f.text) &&
				sonOf(t.Person, f.text[e.Start:e.End]) {
				person = f.text[e.Start:e.End]
			}
		}
		r.addTitle(t.Start, title, person)
	}
	r.learnTitles()
	return r
}

// letterBack gives back to the PER entities the first letter the entity
// layer read as a preposition or conjunction (لامين دياك → امين دياك,
// فراس → راس): when a name's token starts with ل or ف right before the
// entity and the document never writes the name's first word without
// that letter. The entities are changed in place; the map turns the
// canonical names cut short into the whole ones.
func (f *finder) letterBack(ents []rasid.Entity) map[string]string {
	var back map[string]string
	for i, e := range ents {
		if e.Type != rasid.PER || e.End > len(f.text) {
			continue
		}
		k := f.tokenAt(e.Start)
		if k > 0 && f.toks[k-1].End > e.Start {
			k--
		}
		if k >= len(f.toks) || f.toks[k].Start >= e.Start || f.toks[k].Kind != rasid.Arabic {
			continue
		}
		lead := f.text[f.toks[k].Start:e.Start]
		if lead != "ل" && lead != "ف" {
			continue
		}
		w, _, _ := strings.Cut(f.text[e.Start:e.End], " ")
		if utf8.RuneCountInString(w) < 3 || !f.alwaysGlued(w, lead) {
			continue
		}
		old := canonical(f.text, e)
		if !strings.HasPrefix(old, w) {
			continue
		}
		if back == nil {
			back = map[string]string{}
		}
		back[old] = lead + old
		ents[i].Start -= len(lead)
		ents[i].Canonical = lead + old
	}
	for i, e := range ents {
		if p, ok := back[e.Canonical]; ok && e.Type == rasid.PER {
			ents[i].Canonical = p // البكوش alone, named after the whole name
		}
	}
	return back
}

// alwaysGlued reports whether the text never writes the word w alone or
// after a clitic other than lead (w, وw, بw, كw; فw when lead is ل).
func (f *finder) alwaysGlued(w, lead string) bool {
	fw := normalize.ForSearch(w)
	other := "ف"
	if lead == "ف" {
		other = "ل"
	}
	for i := range f.toks {
		if f.toks[i].Kind != rasid.Arabic || len(f.toks[i].Norm) < len(fw) {
			continue
		}
		n := normalize.ForSearch(f.text[f.toks[i].Start:f.toks[i].End])
		if n == fw || n == "و"+fw || n == "ب"+fw || n == "ك"+fw || n == other+fw {
			return false
		}
	}
	return true
}

// keepBufs hands r's slices back to its finder's buffers, for the next
// document (finderBufs.put empties them).
func (r *resolver) keepBufs() {
	r.f.bufs.ents, r.f.bufs.forms = r.ents, r.nameForms
}

// trusted returns the entity e of another layer as the speaker rules use
// it, ok false when its span does not fit the text or it is no name.
func (f *finder) trusted(e rasid.Entity) (rasid.Entity, bool) {
	if e.Start < 0 || e.Start >= e.End || e.End > len(f.text) || !utf8.RuneStart(f.text[e.Start]) ||
		e.End < len(f.text) && !utf8.RuneStart(f.text[e.End]) {
		return e, false
	}
	if e.Type != rasid.PER {
		return e, true
	}
	if w := f.text[e.Start:e.End]; e.Canonical != w && sonOf(e.Canonical, w) {
		e.Canonical = w // عبد الله الثاني is not الحسين بن عبد الله الثاني
	}
	if f.spokesAt(e.Start) || bismOffice(f.text[e.Start:e.End]) {
		return e, false // المتحدث + باسم الخارجية: "in the name of", not the name باسم
	}
	if k := f.tokenAt(e.End); k < len(f.toks) && compoundSeconds[f.toks[k].Norm] &&
		f.toks[k].Start-e.End == 1 && (e.Canonical == "" || e.Canonical == f.text[e.Start:e.End]) {
		// محمد زين + العابدين, نور + الدين: the second word of a compound
		// name the entity layer left out
		e.End = f.toks[k].End
		e.Canonical = f.text[e.Start:e.End]
	}
	return e, true
}

// nameWord reports whether token k can be part of a personal name in the
// fallback: an Arabic or Latin word without the article, not a stop word,
// cue or complementizer.
func (f *finder) nameWord(k int) bool {
	t := f.toks[k]
	if t.Kind == rasid.Latin {
		return true
	}
	if t.Kind != rasid.Arabic || f.cues[k].class != noCue || f.isComp(k) || attrWords[f.keys[k]] || dataNouns[f.keys[k]] {
		return false // بحسب التقرير، وفق بلاغ لـ: no name before the noun
	}
	if k > 0 && f.lineBreakBefore(k) {
		return false
	}
	n := t.Norm
	if f.isAla(k) {
		return false
	}
	if n == "ال" || nameLinks[n] || n == "ولد" || k > 0 && f.toks[k-1].Norm == "ال" {
		return true // آل (the house of): آل خليفة, آل ثاني
	}
	if stopSlot[n] || titleWords[n] || personTitles[n] || notComplement[n] || f.offeredThanksWord(k) || f.possessedNoun(k) {
		return false
	}
	for _, p := range []string{"بال", "لل", "وال", "فال", "كال"} {
		if strings.HasPrefix(n, p) && !(p == "كال" && utf8.RuneCountInString(n) < 6) {
			return false // a preposition or conjunction with the article: بالرد (but كالاس)
		}
	}
	if strings.HasPrefix(n, "ال") && !strings.HasPrefix(n, "الل") {
		// the article starts no name in the fallback, except after عبد,
		// أبو, بن: عبد العزيز, أبو الغيط
		if k == 0 || !nameLinks[f.toks[k-1].Norm] {
			return false
		}
	}
	// a word with و is a conjunction and a word, except short names
	// (وهبي, وليد, وائل)
	return !strings.HasPrefix(n, "و") || utf8.RuneCountInString(n) <= 4 && f.cues[k].class == noCue && !strings.HasSuffix(n, "ا")
}

func canonical(text string, e rasid.Entity) string {
	if e.Canonical != "" {
		return e.Canonical
	}
	return text[e.Start:e.End]
}

// entityAt returns the first PER (then ORG, then LOC) entity overlapping
// [s, e); with starts, only entities starting in the range count.
func (r *resolver) entityAt(s, e int, starts bool) (rasid.Entity, bool) {
	lo := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].End > s })
	best := -1
	rank := func(t string) int {
		switch t {
		case rasid.PER:
			return 3
		case rasid.ORG:
			return 2
		case rasid.LOC:
			return 1
		}
		return 0
	}
	for i := lo; i < len(r.ents) && r.ents[i].Start < e; i++ {
		if starts && r.ents[i].Start < s {
			continue
		}
		if rank(r.ents[i].Type) > 0 && (best < 0 || rank(r.ents[i].Type) > rank(r.ents[best].Type)) {
			best = i
		}
	}
	if best < 0 {
		return rasid.Entity{}, false
	}
	return r.ents[best], true
}

// orgAnaphor finds the organisation a definite head refers to: الهيئة →
// the last ORG entity before pos whose name starts with هيئة.
func (r *resolver) orgAnaphor(head string, pos int) (rasid.Entity, bool) {
	r.indexEntities()
	idx := r.orgByHead[normalize.ForSearch(head)] // in text order
	k := sort.Search(len(idx), func(i int) bool { return r.ents[idx[i]].Start >= pos })
	if k == 0 {
		return rasid.Entity{}, false
	}
	return r.ents[idx[k-1]], true
}

// indexEntities builds, once, the look-up tables over the entities:
// organisations by head noun, the longest written form of each canonical
// name, and the written forms of organisations and places.
func (r *resolver) indexEntities() {
	if r.indexed {
		return
	}
	r.indexed = true
	r.orgByHead = map[string][]int{}
	r.longest = map[[2]string]string{}
	r.agents = map[string]bool{}
	r.perByWord = map[string]string{}
	for i, e := range r.ents {
		w := r.f.text[e.Start:e.End]
		if e.Type == rasid.PER {
			if ws := strings.Fields(normalize.ForSearch(w)); len(ws) > 1 {
				r.perByWord[ws[0]] = w
				r.perByWord[ws[len(ws)-1]] = w
			}
		}
		if e.Type == rasid.ORG || e.Type == rasid.LOC {
			r.agents[normalize.String(w)] = true
		}
		if e.Type != rasid.ORG && e.Type != rasid.PER {
			continue
		}
		key := [2]string{e.Type, canonical(r.f.text, e)}
		ws := strings.Fields(w)
		if cur := r.longest[key]; len(ws) > len(strings.Fields(cur)) {
			if first := normalize.String(ws[0]); !(e.Type == rasid.ORG && strings.HasPrefix(first, "ل") && titleWords[first[len("ل"):]]) {
				r.longest[key] = w // (not لوكالة الأنباء: a span with the preposition)
			}
		}
		if e.Type != rasid.ORG {
			continue
		}
		fw := strings.Fields(normalize.ForSearch(w))
		if len(fw) < 2 {
			continue
		}
		switch {
		case !strings.HasPrefix(fw[0], "ال"):
			r.orgByHead[fw[0]] = append(r.orgByHead[fw[0]], i)
		case strings.HasPrefix(fw[1], "ال"):
			// (المنظمة مارغريت هاريس is a name glued to the noun)
			r.orgByHead[fw[0][len("ال"):]] = append(r.orgByHead[fw[0][len("ال"):]], i)
		}
	}
}

// knownPerson matches a word against the first and last words of the
// names learned from titles (محمد النجار for النجار).
func (r *resolver) knownPerson(w string) (string, bool) {
	w = normalize.ForSearch(w)
	if len(w) < 4 {
		return "", false
	}
	for i := len(r.titles) - 1; i >= 0; i-- {
		if t := r.titles[i]; t.first != "" && (t.first == w || t.last == w) {
			return t.person, true
		}
	}
	// a middle name used alone (راميريز of إرنستو راميريز ريغو), when
	// one person only has it
	found := ""
	for _, t := range r.titles {
		if t.first == "" || t.person == found {
			continue
		}
		ws := t.words
		if personTitles[ws[0]] || strings.HasPrefix(w, "ال") {
			continue // an unnamed office holder (وزير الصيد …)
		}
		for _, x := range ws[1 : len(ws)-1] {
			if x == w && utf8.RuneCountInString(w) >= 5 {
				if found != "" {
					return "", false
				}
				found = t.person
			}
		}
	}
	return found, found != ""
}

// longerKnown returns the known person whose name starts or ends with the
// words of name (عبد العزيز of عبد العزيز بن سلمان), when one person only
// fits.
func (r *resolver) longerKnown(name string) (string, bool) {
	n := normalize.ForSearch(name)
	found := ""
	for _, t := range r.titles {
		p := t.folded
		if t.first == "" || t.person == found || len(p) <= len(n) || !strings.HasPrefix(p, n+" ") {
			continue
		}
		if found != "" {
			return "", false
		}
		found = t.person
	}
	return found, found != ""
}

// longerName finds a PER entity of the document whose canonical name has
// more than one word, the first or last of which is w.
func (r *resolver) longerName(w string) (string, bool) {
	fw := normalize.ForSearch(w)
	// a family name takes or drops the article (الكدوسي for منجي كدوسي)
	bare, _ := strings.CutPrefix(fw, "ال")
	if utf8.RuneCountInString(bare) < 4 {
		bare = fw
	}
	for _, e := range r.ents {
		if e.Type != rasid.PER {
			continue
		}
		ws := strings.Fields(normalize.ForSearch(canonical(r.f.text, e)))
		if len(ws) > 1 && (ws[0] == fw || ws[len(ws)-1] == fw || ws[len(ws)-1] == bare || withArticle(ws[len(ws)-1], fw)) {
			return canonical(r.f.text, e), true
		}
	}
	return "", false
}

// sonOfAlone names a person called by his father's name alone (ابن
// ريحان، بن عياف) with the fuller name the document gives him (سعيد بن
// ريحان), when one person only of the document ends so.
func (r *resolver) sonOfAlone(name string) (string, bool) {
	w, rest, ok := strings.Cut(normalize.ForSearch(name), " ")
	if !ok || w != "ابن" && w != "بن" || strings.Contains(rest, " ") || utf8.RuneCountInString(rest) < 3 {
		return "", false
	}
	n := " بن " + rest
	found := ""
	for _, e := range r.ents {
		if e.Type != rasid.PER {
			continue
		}
		c := canonical(r.f.text, e)
		if fc := normalize.ForSearch(c); strings.HasSuffix(fc, n) && len(fc) > len(n) && c != found {
			if found != "" {
				return "", false
			}
			found = c
		}
	}
	return found, found != ""
}

// withArticle reports whether the family name last is the one-word name
// w with the article: الطيب for طيب (the copy drops it: وقال طيب).
func withArticle(last, w string) bool {
	return !strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 3 && len(last) == len("ال")+len(w) &&
		strings.HasPrefix(last, "ال") && last[len("ال"):] == w
}

// nameEndingWith finds the PER entity of the document whose canonical
// name is longer and ends with name (بن خليفة → عبد الرزاق بن خليفة).
func (r *resolver) nameEndingWith(name string) (string, bool) {
	n := " " + normalize.ForSearch(name)
	oneWord := !strings.Contains(n[1:], " ")
	for _, e := range r.ents {
		if e.Type != rasid.PER || r.f.cueInside(e.Start, e.Start+1) {
			continue // ورأى بن خليفة: the entity layer took the cue in
		}
		c := canonical(r.f.text, e)
		fc := normalize.ForSearch(c)
		if strings.HasSuffix(fc, n) {
			return c, true
		}
		if oneWord {
			if ws := strings.Fields(fc); len(ws) > 1 && withArticle(ws[len(ws)-1], n[1:]) {
				return c, true
			}
		}
	}
	return "", false
}

// speakerEndingWith finds a longer name ending with name among the persons
// of the document's titles and the speakers found so far (a name the
// entity layer cut short, then repaired: عصام بن عبداللطيف + الملا).
func (r *resolver) speakerEndingWith(name string) (string, bool) {
	if full, ok := r.nameEndingWith(name); ok {
		return full, true
	}
	n := " " + normalize.ForSearch(name)
	for _, t := range r.titles {
		if strings.HasSuffix(t.folded, n) {
			return t.person, true
		}
	}
	best := ""
	for p := range r.genders {
		if strings.HasSuffix(normalize.ForSearch(p), n) && (best == "" || p < best) {
			best = p // the smallest of several, so that the choice does not depend on map order
		}
	}
	return best, best != ""
}

// tokenAt returns the index of the first token starting at or after byte
// offset off.
func (f *finder) tokenAt(off int) int {
	return sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= off })
}

// nisba reports whether token k is a definite adjective of origin or
// affiliation (الأمريكية, الروسي, الاتحادية): the article, then a word
// ending in ي or ية.
func (f *finder) nisba(k int) bool {
	n := f.toks[k].Norm
	return f.toks[k].Kind == rasid.Arabic && strings.HasPrefix(n, "ال") && len(n) > len("ال")+4 &&
		(strings.HasSuffix(n, "ي") || strings.HasSuffix(n, "ية")) && !nisbaLikeNouns[n]
}

// compoundSeconds are the second words of compound first names (زين
// العابدين، نور الدين، سيف الإسلام).
var compoundSeconds = setOf("العابدين", "الدين", "الاسلام")

// nisbaLikeNouns end like an adjective of origin but are abstract nouns,
// the object of the verb before them (أعلنت الحركة المسؤولية عن الهجوم).
var nisbaLikeNouns = setOf("المسؤولية", "الحرية", "الاولوية", "الاهمية", "الشرعية", "الجاهزية", "الحماية",
	"الرعاية", "الهوية", "الغالبية", "الاغلبية", "الاكثرية", "الاستقلالية", "الشفافية", "المصداقية", "الجدية")

// nameRun returns the end of the personal name starting at token j, before
// b: name words, a definite word inside the name (فاطمة الزهراء عمور), and a
// definite family name at its end unless it looks like a plural or a
// feminine noun (محمد الصقر, but not نبيل أبو ردينة العملية).
func (f *finder) nameRun(j, b int) int {
	k := j
	for k < b && k-j < 8 {
		if k > 0 && strings.HasPrefix(f.keys[k-1], "ال") && f.accusativeAt(k) {
			// an indefinite accusative after a definite word is a
			// predicate: اعتبرته المندوبة الجهوية مؤشراً …
			break
		}
		if f.nameWord(k) {
			k++
			continue
		}
		n := f.toks[k].Norm
		if f.toks[k].Kind != rasid.Arabic || !strings.HasPrefix(n, "ال") || k > j && f.lineBreakBefore(k) ||
			stopSlot[n] || titleWords[n] || personTitles[n] || f.cues[k].class != noCue {
			break
		}
		if n == "الدين" && k > j {
			k++ // نور الدين, صلاح الدين: a compound given name
			continue
		}
		if strings.HasSuffix(n, "ة") || strings.HasSuffix(n, "ات") || strings.HasSuffix(n, "ين") || strings.HasSuffix(n, "ون") {
			break
		}
		k++
		if k < b && f.nameWord(k) && (k+1 >= b || !f.isWord(k+1) || stopSlot[f.toks[k+1].Norm]) {
			continue // فاطمة الزهراء عمور
		}
		break
	}
	return k
}

// isPlace reports whether w is the text of a LOC entity of the document.
func (r *resolver) isPlace(w string) bool {
	for _, e := range r.ents {
		if e.Type == rasid.LOC && r.f.text[e.Start:e.End] == w {
			return true
		}
	}
	return false
}

// fullNameInText finds the one-word name w written in full after a title
// somewhere in the text: رئيس الوزراء اليمني معين عبدالملك gives معين
// عبدالملك for عبدالملك. The word before w must be a name word, and the
// one before that close a title (a title noun, an adjective of origin) or
// be a verb (يفتقر دالي بليند).
func (r *resolver) fullNameInText(w string) (string, bool) {
	if v, ok := r.fullMemo[w]; ok {
		return v, v != ""
	}
	if r.fullMemo == nil {
		r.fullMemo = map[string]string{}
	}
	v, _ := r.scanFullName(w)
	r.fullMemo[w] = v
	return v, v != ""
}

// scanFullName does the work of fullNameInText.
func (r *resolver) scanFullName(w string) (string, bool) {
	f := r.f
	nw := normalize.String(w)
	for k := 1; k < len(f.toks); k++ {
		if f.toks[k].Norm != nw || !f.nameWord(k-1) {
			continue
		}
		j := k - 1
		for j > 0 && k-j < 3 && f.nameWord(j-1) && !(f.isVerb(j-1) && !f.agentAt(j-1)) {
			j-- // not over the verb before the name (يفتقر دالي بليند)
		}
		if !f.plainNameRun(j, k) {
			continue // اتصالاً بمواطنه مورا: a noun and a clitic word, not a name
		}
		// the run must follow a title, a cue or a clause boundary
		if j == 0 || !f.isWord(j-1) || f.toks[j-1].Kind == rasid.Number || f.cues[j-1].class != noCue || personTitles[f.keys[j-1]] ||
			titleWords[f.keys[j-1]] || strings.HasPrefix(f.keys[j-1], "ال") || f.isVerb(j-1) {
			return f.text[f.toks[j].Start:f.toks[k].End], true
		}
	}
	return "", false
}

// plainNameRun reports whether tokens [j, k) can be the words of a name:
// none is a verb or carries a conjunction or a pronoun suffix (by the
// morphology layer, when it ran: وشعر، بمواطنه) or the accusative tanween
// (اتصالاً).
func (f *finder) plainNameRun(j, k int) bool {
	for m := j; m < k; m++ {
		if strings.ContainsRune(f.text[f.toks[m].Start:f.toks[m].End], 'ً') {
			return false
		}
		ws := f.toks[m].Words
		if len(ws) > 1 && (ws[len(ws)-1].UPOS == "PRON" || ws[0].UPOS == "CCONJ") || f.isVerb(m) && !f.agentAt(m) {
			return false // وشعر مورا: a conjunction or verb before the name
		}
	}
	return true
}

// isVerb reports whether the morphology layer, when it ran, read token k
// as a verb (ربما يفتقر دالي بليند: a name runs after the verb).
func (f *finder) isVerb(k int) bool {
	for _, w := range f.toks[k].Words {
		if w.UPOS == "VERB" {
			return true
		}
	}
	return false
}

// nounWord reports whether the morphology layer read token k as a noun
// (المسؤولية, responsibility), not an adjective of origin.
func (f *finder) nounWord(k int) bool {
	ws := f.toks[k].Words
	return len(ws) > 0 && ws[len(ws)-1].UPOS == "NOUN"
}

// verbOrAux reports whether token k holds a verb or an auxiliary (مضى in
// ومضت تقول) by the morphology layer.
func (f *finder) verbOrAux(k int) bool {
	for _, w := range f.toks[k].Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return true
		}
	}
	return false
}

// gender is the grammatical gender of token k by the morphology layer:
// 'F', 'M', or 0 when unknown. The last word with a gender decides (the
// stem after its proclitics).
func (f *finder) gender(k int) byte {
	var g byte
	for _, w := range f.toks[k].Words {
		switch {
		case strings.Contains(w.Feats, "Gender=Fem"):
			g = 'F'
		case strings.Contains(w.Feats, "Gender=Masc"):
			g = 'M'
		}
	}
	return g
}

// plural reports whether token k is in the plural by the morphology
// layer (مؤكدين، قالوا).
func (f *finder) plural(k int) bool {
	for _, w := range f.toks[k].Words {
		if strings.Contains(w.Feats, "Number=Plur") {
			return true
		}
	}
	return false
}

// adverb reports whether token k is an adverb in the accusative
// (أخيراً lately, مسبقاً beforehand, رسمياً officially) by the morphology
// layer: a word that qualifies the verb, never its subject.
func (f *finder) adverb(k int) bool {
	ws := f.toks[k].Words
	if len(ws) == 0 || !strings.HasSuffix(f.toks[k].Norm, "ا") {
		return false
	}
	for _, w := range ws {
		if w.UPOS != "ADV" {
			return false
		}
	}
	return true
}

// accusativeNoun reports an indefinite noun in the accusative at k,
// outside a name: the object of a verb, never its subject. The alif of
// the tanween must carry its mark (نقداً) or an indefinite adjective in
// the accusative follow (نقدا حادا): a bare final alif is also a name
// (مورا) or a dual in construct (صحيفتا).
func (f *finder) accusativeNoun(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.agentTok[k] || f.inName[k] || strings.HasPrefix(t.Norm, "ال") ||
		!strings.HasSuffix(t.Norm, "ا") || len(t.Words) != 1 || t.Words[0].UPOS != "NOUN" {
		return false
	}
	if strings.Contains(f.text[t.Start:t.End], "\u064b") {
		return true
	}
	if k+1 >= len(f.toks) {
		return false
	}
	n := f.toks[k+1]
	return len(n.Words) == 1 && n.Words[0].UPOS == "ADJ" && strings.HasSuffix(n.Norm, "ا") && !strings.HasPrefix(n.Norm, "ال")
}

// obliquePlural reports a definite plural or dual in ين at k, outside a
// name (وطالب الراغبين في التدريب …): the ending is accusative or
// genitive, so right after a verb it is the object, not the subject
// (which would end in ون or ان).
func (f *finder) obliquePlural(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.inName[k] || !strings.HasPrefix(t.Norm, "ال") || !strings.HasSuffix(t.Norm, "ين") ||
		len(t.Words) != 1 || t.Words[0].UPOS != "NOUN" && t.Words[0].UPOS != "ADJ" {
		return false
	}
	return strings.Contains(t.Words[0].Feats, "Number=Plur") || strings.Contains(t.Words[0].Feats, "Number=Dual")
}

// isAgent reports whether w (normalised) is the text of an ORG or LOC
// entity of the document.
func (r *resolver) isAgent(w string) bool {
	r.indexEntities()
	return r.agents[w]
}

// orgName is the name of organisation e, widened by the adjectives of
// origin that follow it before token limit when the entity layer cut them
// off: وزارة الخارجية + الأمريكية, وزارة الخارجية + والمغتربين السورية.
func (r *resolver) orgName(e rasid.Entity, limit int) string {
	f := r.f
	if i := strings.LastIndexByte(f.text[e.Start:e.End], ' '); i > 0 && nisbaLikeNouns[normalize.String(f.text[e.Start+i+1:e.End])] {
		// حركة الشباب + المسؤولية: the entity layer took the object in
		e.End, e.Canonical = e.Start+i, ""
	}
	name := canonical(f.text, e)
	if long := r.longestOrg(name); long != "" {
		// the longest written name of the organisation: وزارة الدفاع
		// الأمريكية for البنتاغون
		return long
	}
	if name != f.text[e.Start:e.End] && !r.inText(name) {
		// an outside form of the name (منظمة الدول المصدرة للنفط for
		// أوبك): the document's own, written before "(أوبك)"
		if long := r.nameBeforeParen(f.text[e.Start:e.End]); long != "" {
			return long
		}
	}
	if name != f.text[e.Start:e.End] {
		return name // an alias the entity layer resolved
	}
	if long, ok := r.nisbaOrg(e.Start, e.End); ok {
		return long
	}
	limit = min(limit, len(f.toks))
	k := f.tokenAt(e.End)
	for k < limit && (f.nisba(k) && !f.nounWord(k) || strings.HasPrefix(f.toks[k].Norm, "وال") && k+1 < limit && f.nisba(k+1)) {
		k++ // not the object: وأعلنت حركة طالبان المسؤولية عن
	}
	if k < limit && k+1 == limit && f.toks[k].Kind == rasid.Arabic && strings.HasPrefix(f.toks[k].Norm, "لل") &&
		!addressees[f.toks[k].Norm] && (k == f.tokenAt(e.End) || f.nisba(k-1)) {
		k++ // المنظمة الدولية + للهجرة, when the phrase ends with it
	}
	if k < limit && limit-k <= 6 && f.genitiveRun(k, limit) && limit <= len(f.toks) {
		k = limit // الهيئة العامة للعناية + بشؤون المسجد الحرام والمسجد النبوي
	}
	if k > 0 && f.toks[k-1].End > e.End {
		name = f.text[e.Start:f.toks[k-1].End]
	}
	return name
}

// docPerson finds the person the document itself names with the one-word
// name w as first or last word: a person learned with a title, else a PER
// entity written with more than one word.
func (r *resolver) docPerson(w string) (string, bool) {
	if p, ok := r.knownPerson(w); ok {
		return p, true
	}
	r.indexEntities()
	p, ok := r.perByWord[normalize.ForSearch(w)]
	return p, ok
}

// honorifics are titles of courtesy that name nobody alone: وأوضح السيد
// is Mr. Sayed.
var honorifics = setOf("السيد", "السيدة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "الاستاذ", "المهندس")

// orgNouns head the names of organisations besides anaphorHeads: محكمة,
// ديوان, مجلس.
var orgNouns = setOf("المحكمة", "الديوان", "المجلس", "المركز", "المعهد", "المفوضية", "الرئاسة", "الادارة", "المديرية",
	"الهيئة", "الوزارة", "المؤسسة", "المصلحة", "السلطة", "البرنامج", "الصندوق", "المكتب", "الجامعة", "النقابة",
	"الغرفة", "البلدية", "المحافظة", "الامانة", "الدائرة", "الشركة", "المنظمة", "الوكالة", "الجمعية", "الاتحاد",
	"اللجنة", "القيادة", "المجموعة", "مصالح", "المصالح")

// agentAt reports whether a PER or ORG entity starts in token k.
func (f *finder) agentAt(k int) bool {
	return f.agentTok[k]
}

// orgHead reports whether token k is an organisation noun that heads a
// name (الرئاسة, هيئة).
func (f *finder) orgHead(k int) bool {
	n := f.keys[k]
	return anaphorHeads[n] || strings.HasPrefix(n, "ال") && anaphorHeads[n] ||
		titleWords[n] && !personTitles[n] && !strings.HasPrefix(n, "ال") && n != "باسم" && n != "عام"
}

// longestOrg returns the longest written form of the ORG entities whose
// canonical name is canon, when it is longer than canon; "" otherwise.
func (r *resolver) longestOrg(canon string) string {
	r.indexEntities()
	best := r.longest[[2]string{rasid.ORG, canon}]
	if len(strings.Fields(best)) <= len(strings.Fields(canon)) {
		return ""
	}
	return asWritten(best)
}

// orgInText finds the organisation a definite noun at token a refers to
// when the entity layer named none: the nearest earlier mention of the
// noun (with or without the article) followed by its modifiers, such as
// المحكمة العليا or ديوان الخدمة المدنية.
func (f *finder) orgInText(a int) (string, bool) {
	head := f.keys[a]
	if dataNouns[head[len("ال"):]] || statementNouns[head[len("ال"):]] {
		return "", false // البيان: the statement as written
	}
	if !orgNouns[head] && !anaphorHeads[head] && (orgAdjectives[head] || personTitles[head] || roleWords[head] ||
		sourceHeads[head] || utf8.RuneCountInString(head) < 5) {
		return "", false
	}
	bare := head[len("ال"):]
	for i := a - 1; i >= 0 && a-i < 600; i-- {
		if f.toks[i].Kind != rasid.Arabic || f.keys[i] != head && f.keys[i] != bare {
			continue
		}
		j := f.orgExtent(i)
		if j <= i+1 {
			continue
		}
		return asWritten(f.text[f.cueStart(i):f.toks[j-1].End]), true
	}
	return "", false
}

// orgExtent returns the end of the organisation name headed by token i: an
// indefinite head takes its complement (ديوان الخدمة), then adjectives
// (المدنية, العليا, العامة), genitives with لل (للإحصاء), coordinated
// definite words (والآثار) and في before a place (هيئة الصحة في دبي).
func (f *finder) orgExtent(i int) int {
	j := i + 1
	if !strings.HasPrefix(f.keys[i], "ال") {
		// the complement of an indefinite head: definite or a name, or
		// an indefinite noun before a definite one (هيئة جودة التعليم)
		if f.orgWord(j) && f.orgWord(j+1) && !strings.HasPrefix(f.keys[j], "ال") && strings.HasPrefix(f.keys[j+1], "ال") && !f.nisba(j+1) {
			j++
		}
		if !f.orgWord(j) || !strings.HasPrefix(f.keys[j], "ال") && !f.orgOrLocAt(j) && !placeTitleWords[f.keys[j]] {
			return j
		}
		j++
	}
	for j-i < 7 {
		next := f.orgModifier(i, j)
		if next == j {
			break
		}
		j = next
	}
	return j
}

// orgWord reports whether token k can be a word of an organisation's name.
func (f *finder) orgWord(k int) bool {
	return k < len(f.toks) && f.isWord(k) && f.toks[k].Kind == rasid.Arabic && f.cues[k].class == noCue &&
		!f.isComp(k) && !f.lineBreakBefore(k) && !stopSlot[f.toks[k].Norm] && !personTitles[f.keys[k]] &&
		!roleWords[f.keys[k]] && !sourceHeads[f.keys[k]]
}

// orgModifier reads a modifier of the organisation headed at i, at j: في +
// a place, ل + a definite genitive (المؤسسة العامة + لتوليد الكهرباء), an
// adjective, a word with لل or وال. It returns j when there is none.
func (f *finder) orgModifier(i, j int) int {
	if j+1 < len(f.toks) && f.toks[j].Norm == "في" && f.locAt[j+1] {
		return j + 2
	}
	if !f.orgWord(j) {
		return j
	}
	n := f.toks[j].Norm
	if strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && utf8.RuneCountInString(n) > 3 && f.orgWord(j+1) &&
		strings.HasPrefix(f.keys[j+1], "ال") && j > i+1 {
		return j + 2
	}
	if f.nisba(j) || orgAdjectives[n] || strings.HasPrefix(n, "لل") && !addressees[n] && !strings.HasSuffix(n, "ين") ||
		strings.HasPrefix(n, "وال") && j+1 > i+2 {
		return j + 1
	}
	return j
}

// inText reports whether name occurs in the document, up to search
// folding.
func (r *resolver) inText(name string) bool {
	if v, ok := r.inTextMemo[name]; ok {
		return v
	}
	if r.inTextMemo == nil {
		b := r.f.bufs
		b.folded = normalize.SearchNormalizer().Append(b.folded[:0], r.f.text)
		if b.inTextMemo == nil {
			b.inTextMemo = map[string]bool{}
		}
		r.folded, r.inTextMemo = b.folded, b.inTextMemo
	}
	v := bytes.Contains(r.folded, []byte(normalize.ForSearch(name)))
	r.inTextMemo[name] = v
	return v
}

// longestWritten returns the longest written form, of two words or more,
// of the PER entities whose canonical name is canon; "" when there is none.
func (r *resolver) longestWritten(canon string) string {
	r.indexEntities()
	best := r.longest[[2]string{rasid.PER, canon}]
	if len(strings.Fields(best)) < 2 {
		return ""
	}
	return asWritten(best)
}

// trimStop drops a preposition the entity layer glued to the end of a
// name: جعفر حسان أمام (before) → جعفر حسان.
func trimStop(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && (stopSlot[normalize.String(name[i+1:])] || trailingTitles[normalize.String(name[i+1:])]) {
		return name[:i] // فلان + ولي (العهد): a title after the name
	}
	return name
}

// trailingTitles are title heads the entity layer sometimes glues to the
// end of a name (محمد بن زايد آل نهيان + ولي عهد أبوظبي).
var trailingTitles = setOf("ولي", "وزير", "رئيس", "امير", "نائب", "سفير", "مدير", "محافظ")

// nameBeforeParen finds the full name the text gives before an
// abbreviation in parentheses: منظمة البلدان المصدرة للبترول (أوبك). The
// name starts at an organisation noun at most eight words before.
func (r *resolver) nameBeforeParen(abbr string) string {
	f := r.f
	for k := 1; k+2 < len(f.toks); k++ {
		if f.text[f.toks[k].Start:f.toks[k].End] != "(" || f.text[f.toks[k+1].Start:f.toks[k+1].End] != abbr ||
			f.text[f.toks[k+2].Start:f.toks[k+2].End] != ")" {
			continue
		}
		for h := k - 1; h >= 0 && k-h <= 8 && f.isWord(h) && f.toks[h].Kind == rasid.Arabic && f.cues[h].class == noCue; h-- {
			n := f.keys[h]
			if (titleWords[n] || nameNouns[n] || orgNouns[n] || anaphorHeads[n]) && !placeTitleWords[n] && h < k-1 {
				return asWritten(f.text[f.cueStart(h):f.toks[k-1].End])
			}
		}
	}
	return ""
}

// plainWords reports whether tokens [a, b) are Arabic words that are no
// cue, إن/أن, stop word or title: parts of a name.
func (f *finder) plainWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.isWord(k) || f.toks[k].Kind != rasid.Arabic || f.cues[k].class != noCue || f.isComp(k) ||
			stopSlot[f.toks[k].Norm] || personTitles[f.keys[k]] || f.lineBreakBefore(k) {
			return false
		}
	}
	return b > a
}

// masc drops the feminine ending of a folded title word (المبعوثه →
// المبعوث, الامميه → الاممي), so that المبعوثة الأممية finds the title
// المبعوث الأممي.
func masc(w string) string {
	if strings.HasSuffix(w, "ه") && utf8.RuneCountInString(w) > 3 {
		return w[:len(w)-len("ه")]
	}
	return w
}

// genitiveRun reports whether tokens [a, b) continue an organisation's name:
// a first word with ب or ل before a title word (بشؤون, لشؤون), then
// definite words and words with لل or وال.
func (f *finder) genitiveRun(a, b int) bool {
	n := f.toks[a].Norm
	if f.toks[a].Kind != rasid.Arabic || len(n) <= len("ب") || !(strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل")) ||
		!titleWords[n[len("ب"):]] || addressees[n] {
		return false
	}
	for k := a + 1; k < b; k++ {
		m := f.toks[k].Norm
		if f.toks[k].Kind != rasid.Arabic || f.cues[k].class != noCue || stopSlot[m] || personTitles[f.keys[k]] ||
			!(strings.HasPrefix(m, "ال") || strings.HasPrefix(m, "لل") || strings.HasPrefix(m, "وال")) {
			return false
		}
	}
	return true
}

// orgStartingWith finds the ORG entity before pos whose written name
// starts with the phrase s and is longer (the last one wins).
func (r *resolver) orgStartingWith(s string, pos int) (string, bool) {
	p := normalize.ForSearch(s)
	for i := len(r.ents) - 1; i >= 0; i-- {
		e := r.ents[i]
		if e.Type != rasid.ORG || e.Start >= pos {
			continue
		}
		w := r.f.text[e.Start:e.End]
		if strings.HasPrefix(normalize.ForSearch(w), p+" ") {
			return r.orgName(e, r.f.tokenAt(e.End)), true
		}
	}
	return "", false
}

// nisbaOrg reads the two words [start, end), a definite head and an
// adjective of origin, as the organisation of the document with that head
// and that country in its name: السفارة السعودية → سفارة المملكة العربية
// السعودية, with the place written right after it for a branch (بتونس).
func (r *resolver) nisbaOrg(start, end int) (string, bool) {
	f := r.f
	a := f.tokenAt(start)
	if a+2 > len(f.toks) || f.toks[a+1].End != end || !strings.HasPrefix(f.toks[a].Norm, "ال") || !f.nisba(a+1) {
		return "", false
	}
	head := strings.TrimPrefix(normalize.ForSearch(f.toks[a].Norm), "ال")
	adj := normalize.ForSearch(f.toks[a+1].Norm)
	best, bestEnd := "", 0
	for _, e := range r.ents {
		if e.Type != rasid.ORG || e.Start >= start && e.Start < end {
			continue
		}
		ws := strings.Fields(normalize.ForSearch(f.text[e.Start:e.End]))
		if len(ws) < 3 || ws[0] != head || !slices.Contains(ws[1:], adj) {
			continue
		}
		if n := f.text[e.Start:e.End]; len(n) > len(best) {
			best, bestEnd = n, e.End
		}
	}
	if best == "" {
		return "", false
	}
	if k := f.tokenAt(bestEnd); k < len(f.toks) && strings.HasPrefix(f.toks[k].Norm, "ب") && f.toks[k].Start-bestEnd <= 1 && r.placeIn(k) {
		best += " " + f.text[f.toks[k].Start:f.toks[k].End]
	}
	return best, true
}

// placeIn reports whether a LOC entity starts inside token k (بتونس).
func (r *resolver) placeIn(k int) bool {
	t := r.f.toks[k]
	for _, e := range r.ents {
		if e.Type == rasid.LOC && e.Start >= t.Start && e.Start < t.End {
			return true
		}
	}
	return false
}
