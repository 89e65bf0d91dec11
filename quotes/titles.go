package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Titles: what the document says about who holds which office. They are
// learned before the speakers are chosen (learnTitles, from "title +
// name", "name + title" and "counterpart + name"), so that a later title
// used alone (الوزير) resolves to the person.

// titleRef is a title known to belong to a person: from d.Titles, or
// learned from a title phrase followed by a name in the text.
type titleRef struct {
	pos    int      // byte offset of the mention
	key    string   // normalised title words, the article dropped from the first
	head   string   // first word of key
	mods   []string // the words after the head, by modStem
	person string
	// first and last are the first and last words of person, normalised
	first, last string
	words       []string // the words of person, normalised
	folded      string   // person folded for search
}

// courtesyFront are the honorifics before a title (معالي، سعادة) and
// courtesyBack the courtesy titles and ranks after it, before the name
// (المهندس، الدكتور، اللواء): neither is part of the office, in the
// folded spelling of titleKey.
var courtesyFront, courtesyBack = foldedSet("معالي", "سعادة", "سمو", "فخامة", "سماحة", "دولة", "فضيلة"),
	foldedSet("المهندس", "المهندسة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "الشيخ", "الشيخة", "السيد", "السيدة",
		"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الأمير", "الأميرة")

func foldedSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[normalize.ForSearch(w)] = true
	}
	return m
}

// titleKey normalises a title phrase for comparison: search folds, no
// conjunction, no article on the first word, no
// courtesy before or after the office.
func titleKey(s string) (key, head string) {
	ws := strings.Fields(normalize.ForSearch(s))
	if len(ws) == 0 {
		return "", ""
	}
	for len(ws) > 1 && courtesyFront[ws[0]] {
		ws = ws[1:] // معالي رئيس الهيئة is رئيس الهيئة
	}
	for len(ws) > 1 && courtesyBack[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1] // رئيس الهيئة المهندس: the rank is a title of its own
	}
	switch ws[0] {
	case "العاهل", "عاهل":
		ws[0] = "الملك" // العاهل الأردني is the king
	}
	if b := stripConj(ws[0]); b != ws[0] && !known(ws[0]) && (known(b) || strings.HasPrefix(b, "ال")) {
		ws[0] = b // والرئيس, not وزير → زير
	}
	if strings.HasPrefix(ws[0], "ال") && len(ws[0]) > len("ال")+2 {
		ws[0] = ws[0][len("ال"):]
	}
	return strings.Join(ws, " "), ws[0]
}

func (r *resolver) addTitle(pos int, title, person string) {
	key, head := titleKey(title)
	if key == "" || person == "" {
		return
	}
	if r.seen == nil {
		r.seen = map[[2]string]bool{}
	}
	if r.seen[[2]string{key, person}] {
		return
	}
	r.seen[[2]string{key, person}] = true
	t := titleRef{pos: pos, key: key, head: head, mods: titleMods(key), person: person}
	t.folded = normalize.ForSearch(person)
	t.words = strings.Fields(t.folded)
	if ws := t.words; len(ws) > 1 {
		t.first, t.last = ws[0], ws[len(ws)-1]
	}
	r.titles = append(r.titles, t)
}

// learnTitles reads "title phrase + name" everywhere in the text: a person
// title (وزير الخارجية الروسي), then the name, which is the PER entity
// right after it when entities are known, or else up to three words that
// are neither definite nor stop words.
func (r *resolver) learnTitles() {
	f := r.f
	for i := 0; i < len(f.toks); i++ {
		if f.toks[i].Kind != rasid.Arabic || !personTitles[f.keys[i]] && f.prepTitle(i) == 0 || f.titleGenitive(i) {
			continue
		}
		if k, ok := r.learnTitleAt(i); ok {
			i = k - 1
		}
	}
	r.learnAppositions()
	r.learnCounterparts()
	r.learnCommaNames()
	for _, t := range r.titles[:len(r.titles):len(r.titles)] {
		if i := f.tokenAt(t.pos); i < len(f.toks) && f.toks[i].Start == t.pos {
			r.learnCommaChain(i, t.person)
		}
	}
}

// titleGenitive reports whether the title at token i is the genitive
// complement of an office right before it (نائب الرئيس فلان، مساعد الوزير
// فلان، مستشار الأمير فلان): the name after it holds the first office, not
// this one (session 15).
func (f *finder) titleGenitive(i int) bool {
	if i == 0 || !strings.HasPrefix(f.keys[i], "ال") || f.toks[i-1].Kind != rasid.Arabic || f.lineBreakBefore(i) {
		return false
	}
	p := f.keys[i-1]
	return personTitles[p] && !strings.HasPrefix(p, "ال") && f.toks[i-1].End < f.toks[i].Start && f.text[f.toks[i-1].End:f.toks[i].Start] == " "
}

// learnCommaNames reads "title، name،" everywhere in the text (وكيل
// المحافظة، خالد فلان، زار المرضى): a name set off by commas after a title
// is its holder, whether or not that sentence reports a quote, so that the
// title used alone before it — in a headline — or after it finds the person.
func (r *resolver) learnCommaNames() {
	f := r.f
	for i := 0; i < len(f.toks); i++ {
		if f.toks[i].Kind != rasid.Arabic || !personTitles[f.keys[i]] && !officerHeads[f.keys[i]] {
			continue
		}
		b := i + 1
		for b < len(f.toks) && b-i < 9 && !f.isComma(b) && f.toks[b].Kind == rasid.Arabic && !f.lineBreakBefore(b) && f.complementWord(b, i+1) {
			b++
		}
		if b >= len(f.toks) || !f.isComma(b) || b == i+1 && !strings.HasPrefix(f.keys[i], "ال") {
			continue
		}
		ph := phraseRef{a: i, b: b, start: f.titleStart(i), end: f.toks[b-1].End}
		if ph.start < ph.end {
			r.nameAfterComma(ph)
		}
		i = b
	}
}

// learnTitleAt learns the title whose head is token i and the name after
// it; ok says a name was read from the words of the text, ending at k.
func (r *resolver) learnTitleAt(i int) (k int, ok bool) {
	f := r.f
	j, ok := f.titleNameStart(i)
	if !ok {
		return 0, false
	}
	title := f.titleText(i, j)
	if j < len(f.toks) && f.toks[j].Kind == rasid.Arabic && courtesyFront[normalize.ForSearch(f.keys[j])] && !f.lineBreakBefore(j) {
		// مفتي المنطقة فضيلة الشيخ الدكتور فلان: an honorific and the
		// courtesy titles between the office and its holder
		j = f.afterCourtesy(j + 1)
	}
	if r.chain > 0 && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic && courtesyRank(f.keys[j]) && !f.lineBreakBefore(j) {
		// the second office of a chain, then a rank before the name (وزير
		// النقل رئيس مجلس إدارة الهيئة … المهندس فلان): the name after it
		j = f.afterCourtesy(j)
	}
	if j > i && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic && personTitles[f.keys[j]] && !courtesyBack[f.keys[j]] &&
		!f.lineBreakBefore(j) && r.chain < 3 && !(j == i+1 && f.titleGenitive(j)) {
		// a second office before the name: وزير المياه رئيس مجلس
		// المؤسسة المهندس فلان holds both
		n := len(r.titles)
		r.chain++
		k, ok = r.learnTitleAt(j)
		r.chain--
		if len(r.titles) > n {
			r.addTitle(f.toks[i].Start, title, r.titles[len(r.titles)-1].person)
		}
		return k, ok
	}
	k = f.nameRun(j, min(len(f.toks), j+6))
	if e, ok := r.entityAt(f.toks[j].Start, f.toks[j].End, true); ok {
		if e.Type == rasid.PER {
			name := canonical(f.text, e)
			if k == j+2 && e.End == f.toks[j].End && f.text[e.Start:e.End] == name {
				// the entity layer cut the name short: ينس + لاركه
				name = f.text[e.Start:f.toks[k-1].End]
			}
			r.addTitle(f.toks[i].Start, title, name)
		}
		return 0, false
	}
	for p := j; p < k; p++ {
		if f.orgOrLocAt(p) {
			j = p + 1 // a place closes the title: رئيس حكومة إقليم كردستان
		}
	}
	if j >= k || f.lamArticle(i) {
		// the place ended the name run: no person follows (جامعة الأميرة
		// نورة); after للخبير (ل + الخبير, often "to the expert") only a
		// person the entity layer tagged is a name (تمنح للخبير فرصة أكبر)
		return 0, false
	}
	if j > i && j < len(f.toks) {
		title = f.titleText(i, j)
	}
	if len(r.ents) > 0 && !r.missedName(j, k) || r.prepGlued(j) || f.addressedWord(j) || f.verbalNounAfterTitle(j) {
		// (ونوه المحافظ بتعاون الأهالي: a name never starts with a
		// preposition glued to a noun)
		return 0, false
	}
	r.addTitle(f.toks[i].Start, title, f.text[f.toks[j].Start:f.toks[k-1].End])
	return k, true
}

// prepTitle returns the length in bytes of the preposition ل glued to a
// title head at token i (لوزير التجهيز, للرئيس), 0 if there is none:
// استمعت اللجنة لوزير التجهيز فلان names the minister all the same.
func (f *finder) prepTitle(i int) int {
	n := f.toks[i].Norm
	switch {
	case strings.HasPrefix(n, "لل") && personTitles["ال"+n[len("لل"):]]:
		return len("ل")
	case strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && personTitles[n[len("ل"):]] && !strings.HasPrefix(n[len("ل"):], "ال"):
		return len("ل")
	}
	return 0
}

// definiteHead reports whether the title head at token i is definite:
// with the article (الكاتب), or with the preposition ل before it, which
// swallows the article's alif (للكاتب فلان = ل + الكاتب: "by the writer
// فلان"). A definite head takes no complement of its own before the name.
func (f *finder) definiteHead(i int) bool {
	return strings.HasPrefix(f.keys[i], "ال") || f.lamArticle(i)
}

// lamArticle reports whether token i is a definite title head after the
// preposition ل (للكاتب، للرئيس).
func (f *finder) lamArticle(i int) bool {
	return strings.HasPrefix(f.toks[i].Norm, "لل") && f.prepTitle(i) > 0 && !personTitles[f.keys[i]]
}

// titleText is the title phrase of tokens [i, j) whose head is token i,
// as a title of its own: without a conjunction or ل, and with the
// article's alif back after ل (للكاتب → الكاتب).
func (f *finder) titleText(i, j int) string {
	s := f.text[f.titleStart(i):f.toks[j-1].End]
	if f.lamArticle(i) && strings.HasPrefix(s, "ل") {
		return "ا" + s
	}
	return s
}

// titleStart is where the title whose head is token i starts in the text,
// after a conjunction or a preposition ل.
func (f *finder) titleStart(i int) int {
	if p := f.prepTitle(i); p > 0 && !personTitles[f.keys[i]] {
		s := f.text[f.toks[i].Start:f.toks[i].End]
		if strings.HasPrefix(s, "ل") {
			return f.toks[i].Start + p
		}
	}
	return f.cueStart(i)
}

// titleNameStart returns where the name may start after the title whose
// head is token i: after the title phrase, an organisation after ل
// (الرئيس التنفيذي لإيني + name) and a number (كوب 28). ok is false for a
// bare indefinite head (وزير) with no complement, too weak, or when no word
// follows.
func (f *finder) titleNameStart(i int) (int, bool) {
	j := f.titleEnd(i)
	if j == i+1 && !f.definiteHead(i) {
		return 0, false
	}
	if j >= len(f.toks) || !f.isWord(j) {
		return 0, false
	}
	if n := f.toks[j].Norm; f.toks[j].Kind == rasid.Arabic && strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") &&
		j > i+1 && strings.HasPrefix(f.keys[j-1], "ال") && f.nameRun(j+1, min(len(f.toks), j+7)) >= j+3 {
		j++
	}
	if j > i+1 && j+2 < len(f.toks) && f.toks[j].Kind == rasid.Arabic && strings.HasPrefix(f.toks[j].Norm, "بال") &&
		!f.lineBreakBefore(j) {
		// a complement of place before the name: مدير عام التعليم بالمنطقة
		// فلان, عميد الكلية بالجامعة د. فلان
		if q := f.afterCourtesy(j + 1); f.nameRun(q, min(len(f.toks), q+6)) >= q+2 {
			j = q
		}
	}
	if k := f.nameRun(j, min(len(f.toks), j+6)); k > j && k+1 < len(f.toks) && f.toks[k].Kind == rasid.Number &&
		f.nameRun(k+1, min(len(f.toks), k+7)) >= k+3 {
		j = k + 1
	}
	return j, true
}

// afterCourtesy skips, from token q, the abbreviated courtesy titles
// (د. فلان) and the ranks or courtesy titles with the article (الدكتور)
// that stand before a name.
func (f *finder) afterCourtesy(q int) int {
	for n := 0; n < 3 && q+1 < len(f.toks); n++ {
		switch {
		case f.courtesyAbbrev(q):
			q += 2
		case f.toks[q].Kind == rasid.Arabic && courtesyRank(f.keys[q]) && !f.lineBreakBefore(q):
			q++
		default:
			return q
		}
	}
	return q
}

// learnCommaChain gives the holder of a title learned at token i the
// offices set off by commas right before it (ولي العهد، نائب رئيس مجلس
// الوزراء، وزير الدفاع الأمير فلان): each office ends at the comma before
// the next one, which has no conjunction of its own (a list of several
// people, ووزير الدفاع, is not a chain).
func (r *resolver) learnCommaChain(i int, person string) {
	f := r.f
	for n := 0; n < 3 && i >= 2 && f.isComma(i-1) && f.cueStart(i) == f.toks[i].Start; n++ {
		h := -1
		for k := i - 2; k >= 0 && i-k <= 9 && f.isWord(k) && f.toks[k].Kind == rasid.Arabic && !f.lineBreakBefore(k+1); k-- {
			if personTitles[f.keys[k]] && f.titleEnd(k) == i-1 {
				h = k
			}
		}
		if h < 0 {
			return
		}
		r.addTitle(f.toks[h].Start, f.titleText(h, i-1), person)
		i = h
	}
}

// missedName reports whether the name run [j, k) after a title is a
// person the entity layer missed or kept only part of: a run of two to
// four name words, or one ending in a PER entity (سيندي + ماكين).
func (r *resolver) missedName(j, k int) bool {
	f := r.f
	if k-j < 2 || k-j > 4 {
		return false
	}
	e, found := r.entityAt(f.toks[j].Start, f.toks[k-1].End, false)
	return !found || e.Type == rasid.PER
}

// learnCounterparts reads "counterpart + adjective of origin + name" (بحث
// وزير الخارجية المصري مع نظيره السوداني فلان): the name holds the title
// of the person before, with the adjective of origin changed, so that a
// later الوزير السوداني finds it.
func (r *resolver) learnCounterparts() {
	f := r.f
	for i := 0; i+1 < len(f.toks); i++ {
		switch f.keys[i] {
		case "نظيره", "نظيرته", "نظيرها", "نظيرتها":
		default:
			continue
		}
		j := i + 1
		var adjs []string
		for j < len(f.toks) && f.nisba(j) && len(adjs) < 2 {
			adjs = append(adjs, f.toks[j].Norm)
			j++
		}
		if j >= len(f.toks) || !f.isWord(j) {
			continue
		}
		k := f.nameRun(j, min(len(f.toks), j+6))
		e, isPer := r.entityAt(f.toks[j].Start, f.toks[min(j+3, len(f.toks)-1)].End, false)
		isPer = isPer && e.Type == rasid.PER
		person := ""
		switch {
		case isPer && e.Start == f.toks[j].Start && (k <= j+1 || e.End >= f.toks[k-1].End):
			person = canonical(f.text, e)
		case isPer && e.Start > f.toks[j].Start && f.plainWords(j, f.tokenAt(e.Start)):
			// ضو البيت + عبد الرحمن: the entity layer kept the end only
			person = f.text[f.toks[j].Start:e.End]
		case k-j >= 2:
			person = f.text[f.toks[j].Start:f.toks[k-1].End]
		default:
			continue
		}
		// the title of the person named before
		prev := -1
		for t := range r.titles {
			if r.titles[t].pos < f.toks[i].Start && r.titles[t].person != person && (prev < 0 || r.titles[t].pos > r.titles[prev].pos) {
				prev = t
			}
		}
		if prev < 0 {
			continue
		}
		var ws []string
		replaced := false
		for n, w := range strings.Fields(r.titles[prev].key) {
			if n > 0 && originAdj(modStem(w)) {
				if !replaced {
					ws = append(ws, adjs...)
					replaced = true
				}
				continue
			}
			ws = append(ws, w)
		}
		if !replaced {
			ws = append(ws, adjs...)
		}
		r.addTitle(f.toks[i].Start, strings.Join(ws, " "), person)
	}
}

// learnAppositions reads "name + title" (سعادة السيد بدر عبد العاطي وزير
// الخارجية والهجرة المصري): a PER entity followed, after an optional
// comma, by a title phrase that no name follows (else the title belongs
// to that name: استقبل فلان رئيس الوزراء فلان).
func (r *resolver) learnAppositions() {
	f := r.f
	for _, e := range r.ents {
		if e.Type != rasid.PER {
			continue
		}
		i := f.tokenAt(e.End)
		if i < len(f.toks) && f.isComma(i) {
			i++
		}
		if i >= len(f.toks) || f.toks[i].Kind != rasid.Arabic || !personTitles[f.keys[i]] || f.lineBreakBefore(i) {
			continue
		}
		j := f.titleEnd(i)
		if j == i+1 && !strings.HasPrefix(f.keys[i], "ال") {
			continue
		}
		for j < len(f.toks) && f.lamGenitive(j) {
			// the name is before the title: a complement with ل cannot
			// be the next name (فلان الرئيس العام لرعاية الشباب)
			j += 2
		}
		if j < len(f.toks) && f.isWord(j) && f.nameWord(j) && !personTitles[f.keys[j]] {
			continue
		}
		if x, ok := r.entityAt(f.toks[j-1].End, f.toks[min(j+1, len(f.toks)-1)].End, true); ok && x.Type == rasid.PER && x.Start < f.toks[min(j+1, len(f.toks)-1)].Start {
			continue
		}
		name := canonical(f.text, e)
		r.addTitle(f.toks[i].Start, f.text[f.cueStart(i):f.toks[j-1].End], name)
		// more titles in a row: رئيس مجلس الوزراء وزير الخارجية; مستشار
		// الرئيس أمير المنطقة رئيس اللجنة العليا
		for n := 0; n < 3 && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic && personTitles[f.keys[j]] && !f.lineBreakBefore(j); n++ {
			k := f.titleEnd(j)
			if k < len(f.toks) && f.lamGenitive(k) {
				k += 2 // رئيس اللجنة + للمهرجان
			} else if k < len(f.toks) && strings.HasPrefix(f.toks[k].Norm, "ل") && f.toks[k].Kind == rasid.Arabic {
				for _, x := range f.d.Entities {
					if x.Start < f.toks[k].End && x.End > f.toks[k].End && x.Start >= f.toks[j].Start && (x.Type == rasid.ORG || x.Type == rasid.MISC) {
						// رئيس اللجنة + لسوق عكاظ: the name of a body or an
						// event runs on after ل
						k = f.tokenAt(x.End)
						break
					}
				}
			}
			if k <= j+1 || k < len(f.toks) && f.nameWord(k) {
				break
			}
			r.addTitle(f.toks[j].Start, f.text[f.cueStart(j):f.toks[k-1].End], name)
			j = k
		}
	}
}

// titleEnd returns the token after the title phrase whose head is token i:
// the head, then definite words (الخارجية الروسي), words with لل, and the
// title vocabulary (باسم, خارجية).
func (f *finder) titleEnd(i int) int {
	j := i + 1
	if !f.definiteHead(i) && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic &&
		!stopSlot[f.toks[j].Norm] && f.cues[j].class == noCue && !f.isComp(j) && !f.lineBreakBefore(j) &&
		j+1 < len(f.toks) && f.isWord(j+1) {
		j++ // an indefinite head takes a complement: محافظ حلب, وزير خارجية
		if e, ok := f.orgNameFrom(j - 1); ok && e-i < 9 {
			j = e // مدير جامعة الملك فيصل: the organisation's whole name
		}
	}
	seenBism := false
	for j < len(f.toks) && j-i < 8 && f.toks[j].Kind == rasid.Arabic && !f.lineBreakBefore(j) {
		next, stop := f.titleWord(i, j, &seenBism)
		j = next
		if stop {
			break
		}
	}
	return j
}

// titleWord reads the word j of the title whose head is i: it returns the
// token after what it read and whether the title stops there.
func (f *finder) titleWord(i, j int, seenBism *bool) (int, bool) {
	n := f.toks[j].Norm
	if n == "في" && j+1 < len(f.toks) && (strings.HasPrefix(f.toks[j+1].Norm, "ال") || titleWords[f.toks[j+1].Norm]) {
		return j + 1, false // النائب في البرلمان
	}
	if n == "في" && j+1 < len(f.toks) && f.locAt[j+1] {
		return j + 2, false // مدير المكتب الإقليمي في أوروبا
	}
	if e, ok := f.placeAfterUnit(i, j); ok {
		return e, true // أمير منطقة نجران, رئيس بلدية صفاقس
	}
	if f.cues[j].class != noCue || f.isComp(j) || stopSlot[n] && !f.genitiveBeforeName(i, j, min(len(f.toks), j+9)) {
		return j, true
	}
	if strings.HasPrefix(n, "و") && !strings.HasPrefix(n, "وال") && utf8.RuneCountInString(n) > 4 && j > i+1 &&
		j+1 < len(f.toks) && f.toks[j+1].Kind == rasid.Arabic && strings.HasPrefix(f.toks[j+1].Norm, "ال") &&
		!f.lineBreakBefore(j+1) && strings.HasPrefix(strings.TrimPrefix(f.toks[j-1].Norm, "و"), "ال") {
		return j + 2, false // وزير النقل والاتصالات + وتقنية المعلومات
	}
	switch n {
	case "باسمه", "باسمها":
		return j + 1, true // المتحدث باسمه (its spokesman)
	case "باسم":
		if *seenBism || !spokesHeads[f.keys[i]] && j+1 < len(f.toks) && f.nameWord(j+1) && !strings.HasPrefix(f.toks[j+1].Norm, "ال") {
			return j, true // باسم is also a first name: مدير الشركة باسم عبد الكريم
		}
		*seenBism = true
		return j + 1, false
	}
	return f.titleNoun(i, j)
}

// titleNoun reads a noun of the title at j: a definite word, a word with
// لل or وال, the title vocabulary (an organisation noun, with its name or
// complement after it: لمنظمة أطباء بلا حدود, شركة أرامكو), or a second
// title head right after the first.
func (f *finder) titleNoun(i, j int) (int, bool) {
	k, n := f.keys[j], f.toks[j].Norm
	org := titleWords[k] || titleWords[n] || strings.HasPrefix(n, "ل") && titleWords[n[len("ل"):]]
	org = org || strings.HasPrefix(n, "ب") && titleWords[n[len("ب"):]] // بمنطقة مكة
	if !(strings.HasPrefix(k, "ال") || strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "وال") || org || personTitles[n] && j == i+1) {
		return j, true
	}
	j++
	if !org {
		return j, false
	}
	if e, ok := f.nameEnd[j]; ok && e > j && e-j < 8 {
		return e, false // لمنظمة + أطباء بلا حدود (an organisation's name)
	}
	if e, ok := f.orgNameFrom(j - 1); ok && e-j < 8 {
		return e, false // رئيس + شركة أرامكو السعودية (the name starts with the noun)
	}
	if j+2 < len(f.toks) && f.toks[j+1].Norm == "بلا" {
		return j + 3, false // منظمة أطباء بلا حدود
	}
	if !strings.HasPrefix(n, "ال") && !strings.HasPrefix(n, "بال") && !strings.HasPrefix(n, "لل") && !placeTitleWords[n] &&
		!f.locAt[j-1] && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic &&
		!stopSlot[f.toks[j].Norm] && f.cues[j].class == noCue && !f.isComp(j) && !f.lineBreakBefore(j) {
		j++ // the complement of an organisation noun: شركة أرامكو
	}
	return j, false
}

// lamGenitive reports an indefinite noun with ل before a definite one at
// j: the complement of a title after a name (لرعاية الشباب، لشؤون
// الحرمين). After a title with no name before it the pair may be the
// name (وزيرة الدولة لولوة الخاطر), so only learnAppositions asks.
func (f *finder) lamGenitive(j int) bool {
	n := f.toks[j].Norm
	if !strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "لا") || utf8.RuneCountInString(n) < 4 ||
		stopSlot[n] || f.isComp(j) || f.cues[j].class != noCue || j+1 >= len(f.toks) || f.lineBreakBefore(j+1) {
		return false
	}
	m := f.toks[j+1]
	return m.Kind == rasid.Arabic && strings.HasPrefix(m.Norm, "ال") && f.cues[j+1].class == noCue && !stopSlot[m.Norm]
}

// titlePerson finds the person the document gives the title phrase s,
// preferring the nearest mention before pos. The phrase and each known
// title are split into a head (وزير, the article dropped) and modifiers
// (their words without article, conjunction or the preposition ل); a title
// is compatible when the heads agree and every modifier of the phrase is
// among its words, except an adjective of origin (الألماني) the title does
// not contradict with another one. Exact titles win, then the title
// sharing the most modifiers, then the nearest before pos: الوزير الألماني
// → the person introduced as وزير الخارجية الألماني.
func (r *resolver) titlePerson(s string, pos int) (string, bool) {
	if len(r.titles) == 0 {
		return "", false
	}
	key, head := titleKey(s)
	if key == "" {
		return "", false
	}
	mods := titleMods(key)
	best, bestScore := -1, -1
	for i, t := range r.titles {
		score := 0
		switch {
		case t.key == key:
			score = 100
		case wordsPrefix(t.key, key) || wordsPrefix(key, t.key):
			score = 50
		case masc(t.head) == masc(head):
			m, ok := modsMatch(mods, t.mods)
			if !ok {
				continue
			}
			score = 10 + m
		default:
			continue
		}
		// nearer before pos is better; after pos is a weak fallback
		if t.pos > pos {
			score -= 5
		}
		if score > bestScore || score == bestScore && best >= 0 && t.pos < pos && t.pos > r.titles[best].pos {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", false
	}
	return r.titles[best].person, true
}

// wordsPrefix reports whether s starts with the words of p followed by a
// space (strings.HasPrefix(s, p+" ") without building the string).
func wordsPrefix(s, p string) bool {
	return len(s) > len(p) && s[len(p)] == ' ' && strings.HasPrefix(s, p)
}

// titleMods returns the modifiers of a title key (the words after the
// head), each reduced by modStem.
func titleMods(key string) []string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return nil
	}
	out := make([]string, 0, len(ws)-1)
	for _, w := range ws[1:] {
		out = append(out, modStem(w))
	}
	return out
}

// modStem reduces a title word for comparison: و, لل/ال, ل and ب off
// (والهجرة → هجرة, لحلف → حلف, بمعرض → معرض).
func modStem(w string) string {
	if strings.HasPrefix(w, "وال") && utf8.RuneCountInString(w) > 4 {
		w = w[len("و"):]
	}
	switch {
	case strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 4:
		w = w[len("لل"):]
	case strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4:
		w = w[len("ال"):]
	case strings.HasPrefix(w, "ل") && utf8.RuneCountInString(w) > 4:
		w = w[len("ل"):]
	case strings.HasPrefix(w, "بال") && utf8.RuneCountInString(w) > 5:
		w = w[len("بال"):] // مدير بالمعرض is مدير المعرض
	case strings.HasPrefix(w, "ب") && titleWords[w[len("ب"):]]:
		w = w[len("ب"):] // مدير مركزي بمعرض سوسة: the office of the المعرض (not بريطاني)
	}
	return masc(w) // the prefixes off first: للحركة and لحركة both give حرك
}

// originAdj reports whether a modifier stem is an adjective of origin or
// affiliation (الماني, اممي, عماني) rather than an office word (خارجية).
func originAdj(m string) bool {
	if utf8.RuneCountInString(m) < 4 || titleWords[m] || orgAdjectives["ال"+m] || titleWords["ال"+m] || officeAdj[m] {
		return false
	}
	return strings.HasSuffix(m, "ي")
}

// officeAdj are adjectives of office or domain, not of origin, as
// modStem leaves them (folded, without the feminine ending): الخارجية,
// التنفيذي, الاقتصادي.
var officeAdj = setOf("خارجي", "داخلي", "مالي", "تنفيذي", "اعلي", "اقليمي", "انساني", "اجتماعي", "صحي", "تجاري",
	"نيابي", "عسكري", "امني", "اعلامي", "سياسي", "فني", "اقتصادي", "رسمي", "مركزي", "وطني", "اداري", "قانوني",
	"شرعي", "رياضي", "ثقافي", "تربوي", "زراعي", "صناعي", "نفطي", "مائي", "بيئي", "دبلوماسي", "قضائي", "دستوري",
	"برلماني", "حكومي", "رئاسي", "ملكي", "سلطاني", "اميري", "عمومي", "اقتصادي", "نقدي", "ضريبي", "جمركي", "بحري",
	"جوي", "بري", "نووي", "استراتيجي", "تقني", "علمي", "طبي", "اعلي", "عالي", "ميداني", "اسلامي", "ديني", "خاصي")

// modsMatch reports whether the modifiers of a phrase fit those of a
// known title, and how many they share.
func modsMatch(phrase, title []string) (int, bool) {
	in := func(w string, set []string) bool {
		for _, x := range set {
			if x == w {
				return true
			}
		}
		return false
	}
	matched := 0
	var unmatched []string
	for _, m := range phrase {
		if in(m, title) {
			matched++
			continue
		}
		if !originAdj(m) {
			return 0, false // وزير الدفاع is not وزير الخارجية
		}
		unmatched = append(unmatched, m)
	}
	if len(unmatched) > 0 {
		for _, w := range title {
			if originAdj(w) && !in(w, phrase) {
				return 0, false // الوزير الأردني is not وزير الخارجية الألماني
			}
		}
	}
	return matched, true
}

// placeTitleWords are the places among titleWords: no complement follows
// them inside a title (حاكم مصرف لبنان كريم سعيد).
var placeTitleWords = setOf("روسيا", "ايران", "مصر", "فرنسا", "المانيا", "تركيا", "الصين", "امريكا", "بريطانيا",
	"اسرائيل", "الاردن", "لبنان", "سوريا", "العراق", "اليمن", "قطر", "الكويت", "البحرين", "عمان", "ليبيا", "تونس",
	"الجزائر", "المغرب", "السودان", "فلسطين", "اوكرانيا", "المملكة", "الامارات", "السعودية", "دبي", "الرياض", "جدة",
	"مكة", "المدينة")

// spokesAt reports whether byte offset off starts the word باسم right
// after a spokesperson's title (المتحدث باسم …).
func (f *finder) spokesAt(off int) bool {
	k := f.tokenAt(off)
	if k == 0 || k >= len(f.toks) || f.toks[k].Start != off || f.toks[k].Norm != "باسم" {
		return false
	}
	return spokesHeads[f.keys[k-1]]
}

// spokesHeads are the titles followed by باسم (in the name of).
var spokesHeads = setOf("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "متحدثة", "ناطق", "ناطقة", "متحدثا", "ناطقا")

// bismOffice reports whether a "name" is باسم (in the name of) followed by
// an office or organisation word (باسم الخارجية, باسم الحكومة): part of a
// spokesperson's title, not the given name Basim (باسم العوادي).
func bismOffice(name string) bool {
	w, rest, ok := strings.Cut(name, " ")
	if !ok || normalize.String(w) != "باسم" {
		return false
	}
	x, _, _ := strings.Cut(rest, " ")
	x = normalize.String(x)
	bare := strings.TrimPrefix(x, "ال")
	return anaphorHeads[x] || orgNouns[x] || titleWords[x] || titleWords[bare] || placeTitleWords[x] ||
		officeAdj[modStem(normalize.ForSearch(x))]
}

// sonOf reports whether the name canon is "X بن name": the son of the
// person written name, another person.
func sonOf(canon, name string) bool {
	c, n := normalize.ForSearch(canon), normalize.ForSearch(name)
	for _, link := range []string{" بن ", " ابن ", " بنت "} {
		if strings.HasSuffix(c, link+n) {
			return true
		}
	}
	return false
}

// addressedWord reports whether token k is ل glued to the one spoken to
// (لمراسل الإذاعة، للصحفيين، لمندوبة الصحيفة): what follows a title there
// is the addressee of the statement, never the holder's name (session 10).
func (f *finder) addressedWord(k int) bool {
	n := f.toks[k].Norm
	if f.toks[k].Kind != rasid.Arabic || !strings.HasPrefix(n, "ل") {
		return false
	}
	if addressees[n] {
		return true
	}
	rest := n[len("ل"):]
	if strings.HasPrefix(n, "لل") {
		rest = "ال" + n[len("لل"):]
	}
	return outletStaff[rest] || outletStaff[strings.TrimPrefix(rest, "ال")]
}

// orgNameFrom returns the token after the ORG entity that starts at token
// p and runs over at least two tokens: the organisation noun of a title
// heads a name that the title takes whole (مدير جامعة الملك فيصل المكلف,
// whose words الملك فيصل would otherwise end the title and be read as the
// holder's name).
func (f *finder) orgNameFrom(p int) (int, bool) {
	if p < 0 || !f.orgTok[p] {
		return 0, false
	}
	e, ok := f.nameEnd[p]
	if !ok || e <= p+1 || e >= len(f.toks) || f.lineBreakBefore(e) || f.toks[e].Kind != rasid.Arabic {
		return 0, false
	}
	// what follows the name must go on with the title or name its holder:
	// a definite word (المكلف, الدكتور) or a person; else the title
	// stops where it did before (… للعلوم والتقنية حرص المدينة على …)
	if strings.HasPrefix(f.keys[e], "ال") {
		return e, true
	}
	if n := f.toks[e].Norm; strings.HasPrefix(n, "و") && titleWords[n[len("و"):]] && e+1 < len(f.toks) &&
		f.toks[e+1].Kind == rasid.Arabic && strings.HasPrefix(f.keys[e+1], "ال") && !f.lineBreakBefore(e+1) {
		// a second body coordinated with the first, both the office's
		// (رئيس هيئة كبار العلماء + وإدارة الإفتاء)
		return e + 2, true
	}
	return e, f.agentTok[e] && !f.orgTok[e]
}
