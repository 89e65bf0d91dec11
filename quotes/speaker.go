package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

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

type resolver struct {
	f          *finder
	folded     string            // the text folded for search, built on first use
	inTextMemo map[string]bool   // names looked up in folded
	fullMemo   map[string]string // fullNameInText by word
	// look-up tables over ents, built on first use by indexEntities
	indexed   bool
	orgByHead map[string][]int     // ORG entities by folded head noun, without the article
	longest   map[[2]string]string // longest written form by type and canonical name
	agents    map[string]bool      // written forms of ORG and LOC entities, normalised
	perByWord map[string]string    // the last PER written with two words or more, by its folded first and last word
	ents      []rasid.Entity
	titles    []titleRef
	seen      map[[2]string]bool // title key and person already in titles
}

func newResolver(f *finder) *resolver {
	r := &resolver{f: f}
	for _, e := range f.d.Entities {
		// spans from another layer are trusted only when they fit the text
		if e.Start >= 0 && e.Start < e.End && e.End <= len(f.text) && utf8.RuneStart(f.text[e.Start]) &&
			(e.End == len(f.text) || utf8.RuneStart(f.text[e.End])) {
			if w := f.text[e.Start:e.End]; e.Type == rasid.PER && e.Canonical != w && sonOf(e.Canonical, w) {
				e.Canonical = w // عبد الله الثاني is not الحسين بن عبد الله الثاني
			}
			if e.Type == rasid.PER && (f.spokesAt(e.Start) || bismOffice(f.text[e.Start:e.End])) {
				continue // المتحدث + باسم الخارجية: "in the name of", not the name باسم
			}
			r.ents = append(r.ents, e)
		}
	}
	sort.SliceStable(r.ents, func(i, j int) bool { return r.ents[i].Start < r.ents[j].Start })
	for _, t := range f.d.Titles {
		if t.Person == "" || t.Start < 0 || t.Start > t.End || t.End > len(f.text) || bismOffice(t.Person) {
			continue
		}
		title := t.Title
		if title == "" && t.End <= len(f.text) {
			title = f.text[t.Start:t.End]
		}
		person := trimStop(t.Person)
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

// titleKey normalises a title phrase for comparison: search folds, no
// conjunction, no article on the first word.
func titleKey(s string) (key, head string) {
	ws := strings.Fields(normalize.ForSearch(s))
	if len(ws) == 0 {
		return "", ""
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
		if f.toks[i].Kind != rasid.Arabic || !personTitles[f.keys[i]] {
			continue
		}
		j := f.titleEnd(i)
		if j == i+1 && !strings.HasPrefix(f.keys[i], "ال") {
			// a bare indefinite head (وزير) with no complement is too weak
			continue
		}
		if j >= len(f.toks) || !f.isWord(j) {
			continue
		}
		if n := f.toks[j].Norm; f.toks[j].Kind == rasid.Arabic && strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") &&
			j > i+1 && strings.HasPrefix(f.keys[j-1], "ال") && f.nameRun(j+1, min(len(f.toks), j+7)) >= j+3 {
			j++ // الرئيس التنفيذي لإيني + name
		}
		if k := f.nameRun(j, min(len(f.toks), j+6)); k > j && k+1 < len(f.toks) && f.toks[k].Kind == rasid.Number &&
			f.nameRun(k+1, min(len(f.toks), k+7)) >= k+3 {
			j = k + 1 // كوب 28 belongs to the title
		}
		title := f.text[f.cueStart(i):f.toks[j-1].End]
		k := f.nameRun(j, min(len(f.toks), j+6))
		if e, ok := r.entityAt(f.toks[j].Start, f.toks[j].End, true); ok {
			if e.Type == rasid.PER {
				name := canonical(f.text, e)
				if k == j+2 && e.End == f.toks[j].End && f.text[e.Start:e.End] == name {
					// the entity layer cut the name short: ينس + لاركه
					name = f.text[e.Start:f.toks[k-1].End]
				}
				r.addTitle(f.toks[i].Start, title, name)
			}
			continue
		}
		for p := j; p < k; p++ {
			if f.orgOrLocAt(p) {
				j = p + 1 // a place closes the title: رئيس حكومة إقليم كردستان
			}
		}
		if j >= k {
			continue // the place ended the name run: no person follows (جامعة الأميرة نورة)
		}
		if j > i && j < len(f.toks) {
			title = f.text[f.cueStart(i):f.toks[j-1].End]
		}
		if len(r.ents) > 0 {
			// the entity layer missed the name or kept only part of it:
			// a run of two to four name words, or one ending in a PER
			// entity (سيندي + ماكين), is the person
			ok := k-j >= 2 && k-j <= 4
			if e, found := r.entityAt(f.toks[j].Start, f.toks[k-1].End, false); found && e.Type != rasid.PER {
				ok = false
			}
			if !ok {
				continue
			}
		}
		if k > j {
			r.addTitle(f.toks[i].Start, title, f.text[f.toks[j].Start:f.toks[k-1].End])
			i = k - 1
		}
	}
	r.learnAppositions()
	r.learnCounterparts()
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
		if j < len(f.toks) && f.isWord(j) && f.nameWord(j) {
			continue
		}
		if x, ok := r.entityAt(f.toks[j-1].End, f.toks[min(j+1, len(f.toks)-1)].End, true); ok && x.Type == rasid.PER && x.Start < f.toks[min(j+1, len(f.toks)-1)].Start {
			continue
		}
		name := canonical(f.text, e)
		r.addTitle(f.toks[i].Start, f.text[f.cueStart(i):f.toks[j-1].End], name)
		// a second title in a row: رئيس مجلس الوزراء وزير الخارجية
		if j < len(f.toks) && f.toks[j].Kind == rasid.Arabic && personTitles[f.keys[j]] && !f.lineBreakBefore(j) {
			if k := f.titleEnd(j); k > j+1 && (k >= len(f.toks) || !f.nameWord(k)) {
				r.addTitle(f.toks[j].Start, f.text[f.cueStart(j):f.toks[k-1].End], name)
			}
		}
	}
}

// titleEnd returns the token after the title phrase whose head is token i:
// the head, then definite words (الخارجية الروسي), words with لل, and the
// title vocabulary (باسم, خارجية).
func (f *finder) titleEnd(i int) int {
	j := i + 1
	seenBism := false
	if !strings.HasPrefix(f.keys[i], "ال") && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic &&
		!stopSlot[f.toks[j].Norm] && f.cues[j].class == noCue && !f.isComp(j) && !f.lineBreakBefore(j) &&
		j+1 < len(f.toks) && f.isWord(j+1) {
		j++ // an indefinite head takes a complement: محافظ حلب, وزير خارجية
	}
	for j < len(f.toks) && j-i < 8 && f.toks[j].Kind == rasid.Arabic && !f.lineBreakBefore(j) {
		k := f.keys[j]
		n := f.toks[j].Norm
		if n == "في" && j+1 < len(f.toks) && (strings.HasPrefix(f.toks[j+1].Norm, "ال") || titleWords[f.toks[j+1].Norm]) {
			j++ // النائب في البرلمان
			continue
		}
		if n == "في" && j+1 < len(f.toks) && f.locAt[j+1] {
			j += 2 // مدير المكتب الإقليمي في أوروبا
			continue
		}
		if f.cues[j].class != noCue || f.isComp(j) || stopSlot[n] && !f.genitiveBeforeName(i, j, min(len(f.toks), j+9)) {
			break
		}
		if strings.HasPrefix(n, "و") && !strings.HasPrefix(n, "وال") && utf8.RuneCountInString(n) > 4 && j > i+1 &&
			j+1 < len(f.toks) && f.toks[j+1].Kind == rasid.Arabic && strings.HasPrefix(f.toks[j+1].Norm, "ال") &&
			!f.lineBreakBefore(j+1) && strings.HasPrefix(strings.TrimPrefix(f.toks[j-1].Norm, "و"), "ال") {
			j += 2 // وزير النقل والاتصالات + وتقنية المعلومات
			continue
		}
		if n == "باسمه" || n == "باسمها" {
			j++ // المتحدث باسمه (its spokesman)
			break
		}
		if n == "باسم" {
			if seenBism || !spokesHeads[f.keys[i]] && j+1 < len(f.toks) && f.nameWord(j+1) && !strings.HasPrefix(f.toks[j+1].Norm, "ال") {
				break // باسم is also a first name: مدير الشركة باسم عبد الكريم
			}
			seenBism = true
			j++
			continue
		}
		org := titleWords[k] || titleWords[n] || strings.HasPrefix(n, "ل") && titleWords[n[len("ل"):]]
		org = org || strings.HasPrefix(n, "ب") && titleWords[n[len("ب"):]] // بمنطقة مكة
		if strings.HasPrefix(k, "ال") || strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "وال") || org || personTitles[n] && j == i+1 {
			j++
			if e, ok := f.nameEnd[j]; ok && org && e > j && e-j < 8 {
				j = e // لمنظمة + أطباء بلا حدود (an organisation's name)
				continue
			}
			if org && j+2 < len(f.toks) && f.toks[j+1].Norm == "بلا" {
				j += 3 // منظمة أطباء بلا حدود
				continue
			}
			if org && !strings.HasPrefix(n, "ال") && !strings.HasPrefix(n, "بال") && !strings.HasPrefix(n, "لل") && !placeTitleWords[n] &&
				!f.locAt[j-1] && j < len(f.toks) && f.toks[j].Kind == rasid.Arabic &&
				!stopSlot[f.toks[j].Norm] && f.cues[j].class == noCue && !f.isComp(j) && !f.lineBreakBefore(j) {
				j++ // the complement of an organisation noun: شركة أرامكو
			}
			continue
		}
		break
	}
	return j
}

// nameWord reports whether token k can be part of a personal name in the
// fallback: an Arabic or Latin word without the article, not a stop word,
// cue or complementizer.
func (f *finder) nameWord(k int) bool {
	t := f.toks[k]
	if t.Kind == rasid.Latin {
		return true
	}
	if t.Kind != rasid.Arabic || f.cues[k].class != noCue || f.isComp(k) {
		return false
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
	if stopSlot[n] || titleWords[n] || personTitles[n] || notComplement[n] {
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

// speaker resolves the speaker of candidate c; prev is the speaker of the
// quote before it.
func (r *resolver) speaker(c *cand, prev rasid.Speaker, prevEnd int) rasid.Speaker {
	f := r.f
	if c.hasCue && c.cue.class == passive {
		return rasid.Speaker{}
	}
	if c.hasCue && c.cue.carry {
		return prev
	}
	if c.hasCue && c.cue.class == verb && c.cue.a > 0 && (f.keys[c.cue.a-1] == "قد" || f.keys[c.cue.a-1] == "فقد") {
		// وكان حاكم المصرف فلان قد أكد الأسبوع الماضي أن: the subject
		// stands between كان and قد, whatever follows the verb
		if a, b, ok := f.subjectBefore(c.cue.a); ok {
			if sp, ok := r.phrase(a, b, false); ok {
				return sp
			}
		}
	}
	if c.slotA < c.slotB && !(c.hasCue && c.cue.class == participle) {
		// a participle's speaker is its clause's subject: what follows
		// it is an object (داعياً المنظمات إلى …)
		a, b := c.slotA, c.slotB
		if f.objectBefore(b) && !r.hasAgent(a, b) {
			// اتهمت الوزارة موسكو بـ"…": the phrase holds an object
			a, b = f.subjectChunk(a, b)
		}
		if a >= b {
			a, b = c.slotA, c.slotB
		}
		sp, ok := r.phrase(a, b, c.cue.attr)
		if !ok && prev.Name != "" {
			// a role description refers back: the previous speaker
			return rasid.Speaker{Name: prev.Name, Span: sp.Span}
		}
		return sp
	}
	if !c.hasCue {
		return prev
	}
	cue := c.cue.a
	switch c.cue.class {
	case verb:
		if a, b, ok := f.subjectBefore(cue); ok {
			if sp, ok := r.phrase(a, b, false); ok {
				return sp
			}
		}
		// a coordinated verb shares the subject of the verb before it in
		// the sentence: نفت القوات الاتهامات، واعتبرت أنها …
		if f.keys[cue] != f.toks[cue].Norm && (prevEnd < 0 || prevEnd < f.toks[cue].Start) {
			s0, _ := f.sentRange(cue)
			for v := cue - 1; v >= s0 && cue-v < 40; v-- {
				if f.cues[v].class != verb || f.inDir[v] || f.inQuote[v] {
					continue
				}
				if sp, ok := r.verbSubject(v, cue); ok {
					return sp
				}
				break
			}
		}
	case participle:
		s0, _ := f.sentRange(cue)
		for v := cue - 1; v >= s0 && cue-v < 80; v-- {
			if f.cues[v].class != verb || f.inDir[v] {
				continue
			}
			a, b := f.speakerPhrase(v+1, cue)
			if a < b && !f.hasCompBetween(v, cue) && !r.hasAgent(a, b) {
				// no إن/أن bounds the phrase: it may run into the object
				// (ناشد والي القضارف المنظمات …)
				a, b = f.subjectChunk(a, b)
			}
			if a < b {
				if sp, ok := r.phrase(a, b, false); ok {
					return sp
				}
			}
			if a, b, ok := f.subjectBefore(v); ok {
				if sp, ok := r.phrase(a, b, false); ok {
					return sp
				}
			}
			return prev
		}
		if prevEnd >= f.toks[s0].Start {
			return prev
		}
		if e, ok := r.entityAt(f.toks[s0].Start, f.toks[cue].Start, false); ok && e.Type != rasid.LOC {
			return rasid.Speaker{Name: canonical(f.text, e), Span: e.Span}
		}
		// the subject after the sentence's first verb: ناشد والي القضارف
		// المنظمات …، مؤكداً أن
		if s0+2 < cue && f.toks[s0].Kind == rasid.Arabic && !stopSlot[f.keys[s0]] && !attrWords[f.keys[s0]] {
			if a, b := f.subjectChunk(s0+1, cue); a < b {
				if sp, ok := r.phrase(a, b, false); ok {
					return sp
				}
			}
		}
	}
	return r.carry(c, prev, prevEnd)
}

// carry returns the speaker of a cue that names nobody (وقال, وأضاف):
// the previous quote's speaker, unless that quote lies before the previous
// sentence and the previous sentence names a person (التقى الرئيس فلان
// الوفد. وقال إن …): then that person, the last one mentioned.
func (r *resolver) carry(c *cand, prev rasid.Speaker, prevEnd int) rasid.Speaker {
	f := r.f
	if !c.hasCue || prev.Name != "" && len(r.ents) == 0 {
		return prev
	}
	s := int(f.sent[c.cue.a])
	if s == 0 {
		return prev
	}
	ps := f.sTok[s-1]
	if ps[0] >= ps[1] {
		return prev
	}
	start, end := f.toks[ps[0]].Start, f.toks[ps[1]-1].End
	if prevEnd > start {
		return prev // the previous quote is in the previous sentence or this one
	}
	if len(r.ents) > 0 {
		if e, ok := r.entityAt(start, end, false); ok && e.Type == rasid.PER {
			return rasid.Speaker{Name: canonical(f.text, e)}
		}
		return prev
	}
	// without entities: the subject of the previous sentence's first verb
	if v := int(ps[0]); f.cues[v].class == verb {
		if sp, ok := r.verbSubject(v, int(ps[1])); ok {
			return sp
		}
	}
	return prev
}

// verbSubject resolves the subject of the verb cue at token v: the phrase
// after it, cut before an object when no إن/أن bounds it (up to limit).
func (r *resolver) verbSubject(v, limit int) (rasid.Speaker, bool) {
	f := r.f
	a, b := f.slot(v, limit)
	if a < b && !f.hasCompBetween(v, b+1) && !r.hasAgent(a, b) {
		a, b = f.subjectChunk(a, b)
	}
	if a >= b {
		return rasid.Speaker{}, false
	}
	sp, ok := r.phrase(a, b, false)
	if !ok {
		return rasid.Speaker{}, false
	}
	return rasid.Speaker{Name: sp.Name}, true
}

// subjectBefore finds a subject that precedes the verb cue at the start of
// its clause: الوزير أكد أن (the minister stressed that). A verb with a
// conjunction (وأكد) continues the previous clause and has none.
func (f *finder) subjectBefore(v int) (int, int, bool) {
	if v == 0 {
		return 0, 0, false
	}
	fa := f.keys[v] != f.toks[v].Norm && strings.HasPrefix(f.toks[v].Norm, "ف")
	if f.keys[v] != f.toks[v].Norm && !fa {
		return 0, 0, false
	}
	s0, _ := f.sentRange(v)
	a := v
	// أما الوزير فقد أكد (as for the minister, he stressed)
	for a > s0 && (f.keys[a-1] == "فقد" || f.keys[a-1] == "قد" || f.keys[a-1] == "فانه") {
		a--
	}
	v2 := a
	if v2 < v {
		// وكان الرئيس فلان قد أكد (the president had stressed): the
		// subject lies between كان and قد
		for k := v2 - 1; k >= s0 && v2-k <= 9; k-- {
			if n := f.toks[k].Norm; n == "كان" || n == "وكان" || n == "كانت" || n == "وكانت" || n == "فكان" {
				if k+1 < v2 {
					return k + 1, v2, true
				}
				break
			}
			if !f.isWord(k) || f.cues[k].class != noCue || f.isComp(k) {
				break
			}
		}
	}
	for k := a - 1; k >= s0 && v2-k <= 8; k-- {
		if f.keys[k] == "ان" && k > s0 && notComplement[f.keys[k-1]] && !fa {
			// غير أن النقابة أكدت (but the union stressed)
			if k+1 < v2 && v2 == v {
				return k + 1, v2, true
			}
			break
		}
		if f.keys[k] == "اما" {
			if k+1 < v2 {
				return k + 1, v2, true
			}
			break
		}
		if !f.isWord(k) {
			break
		}
	}
	if v2 != v || fa {
		return 0, 0, false // فقال without أما
	}
	for a > s0 && v-a < 6 && f.isWord(a-1) && !f.lineBreakBefore(a) {
		k := f.keys[a-1]
		if f.cues[a-1].class != noCue || f.isComp(a-1) || stopSlot[k] || stopSlot[f.toks[a-1].Norm] || carryWords[k] {
			return 0, 0, false
		}
		a--
	}
	if a == v {
		return 0, 0, false
	}
	if a != s0 && !f.isComma(a-1) && !f.isColon(a-1) && !f.lineBreakBefore(a) {
		return 0, 0, false
	}
	return a, v, true
}

// phrase resolves the speaker phrase of tokens [a, b): an entity in it, a
// title the document gives to a person, a title followed by a name, or the
// phrase as written (a descriptive source such as مصدر أمني).
func (r *resolver) phrase(a, b int, attr bool) (rasid.Speaker, bool) {
	f := r.f
	if k := f.afterDataNoun(a, b); k > a && k < b {
		// معطيات قدمتها وزارة التجهيز, بيانات الهيئة العامة للإحصاء:
		// the data are the organisation's
		at := attr || strings.HasPrefix(f.toks[k].Norm, "ل") && len(f.toks[k].Norm) > len("لل")
		if sp, ok := r.phrase(k, b, at); ok {
			return sp, true
		}
	}
	if anaphorHeads[f.keys[a]] && b > a+1 && !f.nisba(a+1) && !orgAdjectives[f.keys[a+1]] {
		b = a + 1 // طالبت الوزارة مجلس الأمن: the subject is الوزارة
	}
	if !personTitles[f.keys[a]] {
		// a name followed by its title: بدر باسملة وزير النقل اليمني
		for k := a + 1; k < b; k++ {
			if personTitles[f.keys[k]] && !strings.HasPrefix(f.keys[k-1], "ل") &&
				(f.nameWord(k-1) || k-2 >= a && f.nameWord(k-2) && strings.HasPrefix(f.keys[k-1], "ال")) {
				b = k
				break
			}
		}
	}
	start, end := f.toks[a].Start, f.toks[b-1].End
	start = f.skipProclitic(a, attr)
	if start >= end {
		return rasid.Speaker{}, false
	}
	span := rasid.Span{Start: start, End: end}
	e, ok := r.entityAt(start, end, false)
	if ok && e.End > end {
		if k := f.tokenAt(end); k < len(f.toks) && f.toks[k].Start < e.End && f.isComp(k) {
			ok = false // المنظمة إن: the entity layer took إن into the name
		}
		if b == a+1 && anaphorHeads[f.keys[a]] && e.Start >= start {
			ok = false // الوزارة مجلس الأمن: the object glued to the subject
		}
	}
	if ok && (e.Type == rasid.PER || e.Type == rasid.ORG && !sourceHeads[f.keys[a]] &&
		!(personTitles[f.keys[a]] && e.Start > start) ||
		e.Type == rasid.LOC && e.Start <= start) {
		// a source described through an organisation (مصادر في حركة
		// حماس) stays as written; a place counts only as the whole
		// speaker (قالت موسكو)
		name := canonical(f.text, e)
		if e.Type == rasid.PER && e.Start > start && f.orgHead(a) && !personTitles[f.keys[a]] && !strings.HasPrefix(f.keys[a], "ال") {
			// شركة برايس ووترهاوس كوبرز: a company named after a person
			return rasid.Speaker{Name: asWritten(f.text[start:end]), Span: span}, true
		}
		if e.Type == rasid.ORG {
			name = r.orgName(e, b)
			if e.Start > start && f.orgHead(a) {
				// الرئاسة العامة لشؤون المسجد الحرام: the entity is
				// inside the organisation's name
				if j := min(f.titleEnd(a), b); j > a && f.toks[j-1].End >= e.End {
					return rasid.Speaker{Name: asWritten(f.text[start:f.toks[j-1].End]), Span: rasid.Span{Start: start, End: f.toks[j-1].End}}, true
				}
			}
		}
		if e.Type == rasid.ORG {
			// المتحدثة باسم المنظمة مارغريت هاريس: the entity layer took
			// the organisation and the name for one
			if w, rest, ok := strings.Cut(name, " "); ok && anaphorHeads[normalize.String(w)] && !strings.Contains(normalize.String(rest), "ال") {
				name = rest
			}
		}
		if e.Type == rasid.PER && name == f.text[e.Start:e.End] {
			if ws := strings.Fields(name); len(ws) > 2 {
				k := f.tokenAt(e.Start)
				if k > 0 && f.toks[k-1].End > e.Start {
					k-- // the entity starts inside a token
				}
				n := f.toks[k].Norm
				if f.toks[k].Start < e.Start && (strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "ب")) || r.isAgent(normalize.String(ws[0])) {
					// الرئيس التنفيذي لإيني كلاوديو ديسكالزي: the
					// organisation after ل is not part of the name
					name = strings.Join(ws[1:], " ")
				}
			}
			name = trimStop(name)
		}
		if e.Type == rasid.PER {
			// المنظمة مارغريت هاريس, أوروبا هانز كلوغه: a word glued to
			// the front of a name by the entity layer
			if w, rest, ok := strings.Cut(name, " "); ok {
				k := normalize.String(w)
				if anaphorHeads[k] || personTitles[k] ||
					strings.Contains(rest, " ") && (r.isPlace(w) || placeTitleWords[k] || strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "ية"))) {
					name = rest
				}
			}
		}
		if e.Type == rasid.PER {
			// سند لرويترز: the addressee glued to the end of a name
			if i := strings.LastIndexByte(name, ' '); i > 0 {
				last := normalize.String(name[i+1:])
				if strings.HasPrefix(last, "ل") && (r.isAgent(last[len("ل"):]) || mediaNames[last[len("ل"):]] ||
					strings.HasPrefix(last, "لل")) {
					name = name[:i]
				}
			}
		}
		if e.Type == rasid.PER && name == f.text[e.Start:e.End] {
			// عمر سلطان + العلماء،: a family name the entity layer left
			// out, when the phrase ends with it
			if k := f.tokenAt(e.End); k < b && b-k == 1 && strings.HasPrefix(f.toks[k].Norm, "ال") && f.nameRun(k, b) == b {
				name = f.text[e.Start:f.toks[b-1].End]
			}
		}
		if e.Type == rasid.PER && name != f.text[e.Start:e.End] && !r.inText(name) {
			// an outside spelling of the canonical name (أنطوني for the
			// text's أنتوني): the document's own longest form
			if w := r.longestWritten(name); w != "" {
				name = w
			}
		}
		if w := f.text[e.Start:e.End]; e.Type == rasid.PER && name != w && !strings.Contains(w, " ") && !r.inText(name) {
			// a one-word name the entity layer mapped to an outside
			// alias (بارزاني → مسعود بارزاني) while the document names
			// another person with it (مسرور بارزاني)
			if p, ok := r.docPerson(w); ok {
				name = p
			}
		}
		if !strings.Contains(name, " ") && e.Type == rasid.PER {
			if p, ok := r.knownPerson(name); ok {
				name = p // الأمير عبدالعزيز → عبدالعزيز بن سلمان
			} else if p, ok := r.longerName(name); ok {
				name = p // عبدالملك → معين عبدالملك
			} else if p, ok := r.fullNameInText(name); ok {
				name = p
			}
		}
		if e.Start > start {
			r.addTitle(start, f.text[start:e.Start], name)
		}
		return rasid.Speaker{Name: name, Span: e.Span}, true
	}
	for _, t := range f.d.Titles {
		if t.Person != "" && t.Start < end && start < t.End && !bismOffice(t.Person) {
			if t.Start < 0 || t.End > len(f.text) || t.Start > t.End {
				continue // spans from another layer that do not fit the text
			}
			if p, ok := r.titlePerson(t.Title, t.Start+1); ok && sonOf(t.Person, p) {
				return rasid.Speaker{Name: p, Span: span}, true
			}
			return rasid.Speaker{Name: trimStop(t.Person), Span: span}, true
		}
	}
	// a title followed by a name: وزير الخارجية الروسي سيرغي لافروف
	if f.toks[a].Kind == rasid.Arabic && personTitles[f.keys[a]] {
		j := f.titleEnd(a)
		if j > b {
			j = b
		}
		// an honorific between title and name: وزير الطاقة الأمير عبدالعزيز
		if j+1 < b && personTitles[f.keys[j]] && strings.HasPrefix(f.keys[j], "ال") {
			j++
		}
		// a place complement (ممثلة المنظمة بالمغرب) or an organisation
		// after ل (الرئيس التنفيذي لإيني), then a name of two words or more
		if n := f.toks[j].Norm; j+2 < b && f.toks[j].Kind == rasid.Arabic && f.nameRun(j+1, b) >= j+3 &&
			(strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && j > a+1 &&
				strings.HasPrefix(f.keys[j-1], "ال")) {
			j++
		}
		if k := f.nameRun(j, b); k > j && k+1 < b && f.toks[k].Kind == rasid.Number && f.nameRun(k+1, b) >= k+3 {
			j = k + 1 // رئيس مؤتمر الأطراف كوب 28 + the name
		}
		if j < b && f.isWord(j) && !stopSlot[f.toks[j].Norm] {
			for k := j + 1; k < b; k++ {
				if personTitles[f.keys[k]] {
					b, end = k, f.toks[k-1].End // الدكتور فلان رئيس الهيئة
					break
				}
			}
			if k := f.nameRun(j, b); k > j {
				b, end = k, f.toks[k-1].End
			}
			name := f.text[f.toks[j].Start:end]
			if j+1 == b {
				if p, ok := r.knownPerson(f.toks[j].Norm); ok {
					return rasid.Speaker{Name: p, Span: f.toks[j].Span}, true
				}
			}
			if b-j >= 2 {
				if p, ok := r.longerKnown(name); ok {
					name = p // الأمير عبد العزيز → عبد العزيز بن سلمان
				}
			}
			r.addTitle(start, f.text[start:f.toks[j-1].End], name)
			return rasid.Speaker{Name: name, Span: rasid.Span{Start: f.toks[j].Start, End: end}}, true
		}
	}
	if b-a == 1 && honorifics[f.keys[a]] {
		// وأوضح السيد (Mr.) alone names nobody: the family name السيد
		if p, ok := r.docPerson(f.text[start:end]); ok {
			return rasid.Speaker{Name: p, Span: span}, true
		}
	}
	if personTitles[f.keys[a]] {
		// المبعوث الأممي إلى سوريا غير بيدرسون أن: the name follows the
		// title's complement of place
		if q, m, ok := r.nameAfterPlace(b); ok {
			sp := rasid.Span{Start: f.toks[q].Start, End: f.toks[m-1].End}
			name := f.text[sp.Start:sp.End]
			if e, ok := r.entityAt(sp.Start, sp.End, true); ok && e.Type == rasid.PER && e.Start == sp.Start {
				name = canonical(f.text, e)
			}
			r.addTitle(start, f.text[start:f.toks[m-1].End], name)
			return rasid.Speaker{Name: name, Span: sp}, true
		}
	}
	if p, ok := r.titlePerson(f.text[start:end], start); ok {
		return rasid.Speaker{Name: p, Span: span}, true
	}
	if b-a == 1 && strings.HasPrefix(f.keys[a], "ال") && !personTitles[f.keys[a]] && !roleWords[f.keys[a]] && !sourceHeads[f.keys[a]] {
		if e, ok := r.orgAnaphor(f.keys[a][len("ال"):], start); ok {
			name := r.orgName(e, f.tokenAt(e.End)+4)
			if long, ok := f.orgInText(a); ok && len(long) > len(name) && strings.HasPrefix(normalize.ForSearch(long), normalize.ForSearch(name)) {
				name = long // المنظمة الدولية + للهجرة
			}
			return rasid.Speaker{Name: name, Span: span}, true
		}
		// المحكمة → المحكمة العليا, الديوان → ديوان الخدمة المدنية:
		// the organisation named earlier with its modifiers
		if name, ok := f.orgInText(a); ok {
			return rasid.Speaker{Name: name, Span: span}, true
		}
	}
	if b-a == 1 && len(r.ents) > 0 && strings.HasPrefix(f.keys[a], "ال") {
		if e, ok := r.orgAnaphor(f.keys[a][len("ال"):], start); ok {
			return rasid.Speaker{Name: r.orgName(e, f.tokenAt(e.End)+4), Span: span}, true
		}
	}
	if len(r.ents) == 0 {
		for k := a; k < b; k++ {
			if p, ok := r.knownPerson(f.toks[k].Norm); ok {
				return rasid.Speaker{Name: p, Span: f.toks[k].Span}, true
			}
		}
	} else if k := f.keys[a]; b-a == 1 && f.toks[a].Kind == rasid.Arabic && !anaphorHeads[k] && !personTitles[k] &&
		!sourceHeads[k] && !roleWords[k] && !titleWords[k] {
		// a family name the entity layer missed: وأكد العلماء
		w := f.text[f.toks[a].Start:f.toks[a].End]
		if p, ok := r.knownPerson(w); ok {
			return rasid.Speaker{Name: p, Span: span}, true
		}
		if p, ok := r.longerName(w); ok {
			return rasid.Speaker{Name: p, Span: span}, true
		}
		if p, ok := r.fullNameInText(w); ok && p != w {
			return rasid.Speaker{Name: p, Span: span}, true
		}
	}
	if b-a >= 2 && strings.HasPrefix(f.keys[a], "ال") && !personTitles[f.keys[a]] && !sourceHeads[f.keys[a]] {
		// الديوان الملكي → الديوان الملكي الهاشمي named before
		if name, ok := r.orgStartingWith(f.text[start:end], start); ok {
			return rasid.Speaker{Name: name, Span: span}, true
		}
	}
	name := asWritten(f.text[start:end])
	if r.f.roleDescription(a, b) {
		return rasid.Speaker{Name: name, Span: span}, false
	}
	if personTitles[f.keys[a]] && !strings.HasPrefix(f.keys[a], "ال") && b-a > 1 {
		// an unnamed office holder (وزير المالية) stands for later
		// mentions of the office (الوزير)
		r.addTitle(start, name, name)
	}
	return rasid.Speaker{Name: name, Span: span}, true
}

// asWritten is a descriptive source as the text gives it, without quote
// marks and with single spaces: مصادر في حركة "حماس" → مصادر في حركة حماس.
func asWritten(s string) string {
	if !strings.ContainsAny(s, "\"«»“”\n\t") && !strings.Contains(s, "  ") {
		return s
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '«', '»', '“', '”':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// roleDescription reports whether tokens [a, b) are a short definite
// description of a person (المسؤولة الحكومية, "the government official"),
// which refers back to someone already quoted.
func (f *finder) roleDescription(a, b int) bool {
	if b-a > 3 || !roleWords[f.keys[a]] {
		return false
	}
	for k := a; k < b; k++ {
		if !strings.HasPrefix(f.keys[k], "ال") {
			return false
		}
	}
	return true
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

// skipProclitic returns where the phrase starting at token a begins once a
// conjunction, or for an attribution the preposition ل (لوزارة), is left
// out.
func (f *finder) skipProclitic(a int, attr bool) int {
	t := f.toks[a]
	s := f.text[t.Start:t.End]
	if attr && strings.HasPrefix(t.Norm, "ل") && len(t.Norm) > len("لل") {
		i := len("ل")
		for strings.HasPrefix(s[i:], "ـ") {
			i += len("ـ")
		}
		if i < len(s) {
			return t.Start + i
		}
	}
	if f.keys[a] != t.Norm && (strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف")) {
		return t.Start + len("و")
	}
	return t.Start
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
		case strings.HasPrefix(t.key, key+" ") || strings.HasPrefix(key, t.key+" "):
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

// modStem reduces a title word for comparison: و, لل/ال and ل off
// (والهجرة → هجرة, لحلف → حلف).
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

// longerName finds a PER entity of the document whose canonical name has
// more than one word, the first or last of which is w.
func (r *resolver) longerName(w string) (string, bool) {
	fw := normalize.ForSearch(w)
	for _, e := range r.ents {
		if e.Type != rasid.PER {
			continue
		}
		ws := strings.Fields(normalize.ForSearch(canonical(r.f.text, e)))
		if len(ws) > 1 && (ws[0] == fw || ws[len(ws)-1] == fw) {
			return canonical(r.f.text, e), true
		}
	}
	return "", false
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
		(strings.HasSuffix(n, "ي") || strings.HasSuffix(n, "ية"))
}

// subjectChunk returns the person or source phrase starting at token a,
// before b: a title with its complement and adjectives of origin, then up
// to four name words (الناطق باسم الرئاسة الفلسطينية نبيل أبو ردينة), or
// the name words alone.
func (f *finder) subjectChunk(a, b int) (int, int) {
	k := a
	if anaphorHeads[f.keys[a]] && (a+1 >= b || !f.nisba(a+1) && !orgAdjectives[f.keys[a+1]]) {
		return a, a + 1 // ونصحت الوزارة كبار السن
	}
	if titleWords[f.keys[a]] && !personTitles[f.keys[a]] {
		return a, min(f.titleEnd(a), b) // قوات الدعم السريع
	}
	if n := f.keys[a]; strings.HasPrefix(n, "ال") && !personTitles[n] && !roleWords[n] && !sourceHeads[n] {
		// الخارجية الأردنية, المحكمة العليا: a definite noun and its
		// adjectives
		k := a + 1
		for k < b && (f.nisba(k) || orgAdjectives[f.keys[k]]) {
			k++
		}
		if k > a+1 || orgNouns[n] {
			return a, k
		}
	}
	if personTitles[f.keys[a]] {
		// a title whose words all carry the article or belong to titles,
		// then a name: عضو لجنة النفط والطاقة النيابية علي المشكور
		p := a + 1
		for p < b && p-a < 9 && f.toks[p].Kind == rasid.Arabic && !f.nameWord(p) {
			n := f.toks[p].Norm
			if !(strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "لل") ||
				titleWords[f.keys[p]] || p == a+1) || stopSlot[n] {
				break
			}
			p++
		}
		if p < b && p > a+1 && f.nameWord(p) {
			return a, f.nameRun(p, b)
		}
	}
	if personTitles[f.keys[a]] || sourceHeads[f.keys[a]] {
		k = a + 1
		if !strings.HasPrefix(f.keys[a], "ال") && k < b && f.isWord(k) && f.keys[k] != "باسم" {
			k++ // محافظ حلب
		}
	loop:
		for k < b && f.toks[k].Kind == rasid.Arabic {
			n := f.keys[k]
			switch {
			case n == "باسم" && k+1 < b:
				k += 2
			case f.nisba(k) || titleWords[n] || personTitles[n] && strings.HasPrefix(n, "ال"):
				k++
			default:
				break loop
			}
		}
	}
	return a, f.nameRun(k, b)
}

// nameRun returns the end of the personal name starting at token j, before
// b: name words, a definite word inside the name (فاطمة الزهراء عمور), and a
// definite family name at its end unless it looks like a plural or a
// feminine noun (محمد الصقر, but not نبيل أبو ردينة العملية).
func (f *finder) nameRun(j, b int) int {
	k := j
	for k < b && k-j < 8 {
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

// hasCompBetween reports whether an إن/أن or a colon lies between tokens a
// and b.
func (f *finder) hasCompBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if f.isComp(i) || f.isColon(i) {
			return true
		}
	}
	return false
}

// hasAgent reports whether a PER or ORG entity lies in tokens [a, b).
func (r *resolver) hasAgent(a, b int) bool {
	e, ok := r.entityAt(r.f.toks[a].Start, r.f.toks[b-1].End, false)
	return ok && e.Type != rasid.LOC
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
// one before that close a title (a title noun, an adjective of origin).
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
		for j > 0 && k-j < 3 && f.nameWord(j-1) {
			j--
		}
		// the run must follow a title, a cue or a clause boundary
		if j == 0 || !f.isWord(j-1) || f.toks[j-1].Kind == rasid.Number || f.cues[j-1].class != noCue || personTitles[f.keys[j-1]] ||
			titleWords[f.keys[j-1]] || strings.HasPrefix(f.keys[j-1], "ال") {
			return f.text[f.toks[j].Start:f.toks[k].End], true
		}
	}
	return "", false
}

// isAgent reports whether w (normalised) is the text of an ORG or LOC
// entity of the document.
func (r *resolver) isAgent(w string) bool {
	r.indexEntities()
	return r.agents[w]
}

// objectBefore reports whether the speaker phrase ending at token b was
// cut by the preposition of an object's complement (بـ, a word with ب) or
// by a quote mark without a colon: the phrase may hold subject and object.
func (f *finder) objectBefore(b int) bool {
	if b >= len(f.toks) {
		return false
	}
	if f.isQuoteMark(b) {
		return true
	}
	// ب alone, or before the article or a verbal noun (باستهداف, بتعمد);
	// not a noun such as بيان
	n := f.toks[b].Norm
	return f.toks[b].Kind == rasid.Arabic && !statementNouns[n] &&
		(n == "ب" || len(n) > len("بال") && (strings.HasPrefix(n, "با") || strings.HasPrefix(n, "بت")))
}

// orgName is the name of organisation e, widened by the adjectives of
// origin that follow it before token limit when the entity layer cut them
// off: وزارة الخارجية + الأمريكية, وزارة الخارجية + والمغتربين السورية.
func (r *resolver) orgName(e rasid.Entity, limit int) string {
	f := r.f
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
	limit = min(limit, len(f.toks))
	k := f.tokenAt(e.End)
	for k < limit && (f.nisba(k) || strings.HasPrefix(f.toks[k].Norm, "وال") && k+1 < limit && f.nisba(k+1)) {
		k++
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

// dataNouns are documents and figures whose author is the source: معطيات
// قدمتها الوزارة (figures the ministry gave).
var dataNouns = setOf("معطيات", "بيانات", "بيان", "تقرير", "ارقام", "احصاءات", "احصائيات", "وثيقة", "دراسة",
	"تقديرات", "نتائج", "مسح", "احصاء", "تقريرا", "بيانا", "حصيلة")

// addressees follow a speaker as the one spoken to, not as part of a
// name: قالت المنظمة للصحفيين.
var addressees = setOf("للصحفيين", "للصحافيين", "للصحافة", "للاعلام", "للتلفزيون", "للاذاعة", "للوكالة", "للقناة",
	"للصحيفة", "للموقع", "للمراسلين", "للحاضرين", "للمشاركين", "للنواب")

// afterDataNoun returns the token where the author starts when the phrase
// [a, b) opens with a data noun: the noun (with ل or ب), then a verb with
// its object pronoun (قدمتها، أصدرتها، نشرتها) or صادر عن; a when there is
// none.
func (f *finder) afterDataNoun(a, b int) int {
	if b-a < 2 || f.toks[a].Kind != rasid.Arabic {
		return a
	}
	n := f.keys[a]
	if !dataNouns[n] && len(n) > len("ل") && (strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "ب")) {
		n = n[len("ل"):]
	}
	if !dataNouns[n] {
		return a
	}
	k := a + 1
	verbSkipped := false
	if k < b && f.toks[k].Kind == rasid.Arabic {
		m := f.toks[k].Norm
		switch {
		case m == "صادر" || m == "صادرة" || m == "الصادر" || m == "الصادرة" || m == "منشورة" || m == "المنشورة":
			k++
			verbSkipped = true
		case !strings.HasPrefix(m, "ال") && (strings.HasSuffix(m, "ها") || strings.HasSuffix(m, "ه")) && utf8.RuneCountInString(m) >= 4 &&
			k+1 < b && f.toks[k+1].Kind == rasid.Arabic:
			k++ // قدمتها، أصدرته، أعدها، أصدره
			verbSkipped = true
		}
	}
	if k < b && (f.toks[k].Norm == "عن" || f.toks[k].Norm == "من") {
		k++
	}
	if k >= b || !f.isWord(k) || f.isComp(k) || f.toks[k].Kind != rasid.Arabic {
		return a
	}
	// the author is an organisation or person, not an adjective of the
	// data (إحصائيات رسمية) or a verb (بيان جاء فيه)
	m := f.keys[k]
	if len(m) > len("لل") && strings.HasPrefix(m, "ل") && !strings.HasPrefix(m, "ال") {
		m = m[len("ل"):]
		if strings.HasPrefix(m, "ل") {
			m = "ا" + m // للهيئة → الهيئة
		}
	}
	if verbSkipped || f.agentAt(k) || anaphorHeads[m] || titleWords[m] && !personTitles[m] || orgNouns[m] || orgNouns["ال"+m] ||
		strings.HasPrefix(m, "ال") && !f.nisba(k) {
		return k
	}
	// an indefinite noun heading a name of two words or more (بيانات
	// مرصد السياحة), not an adjective of the data (تقديرات أولية)
	if k+1 < b && f.isWord(k+1) && strings.HasPrefix(f.keys[k+1], "ال") && !strings.HasSuffix(m, "ي") &&
		!strings.HasSuffix(m, "ية") && !strings.HasSuffix(m, "ة") && !strings.HasPrefix(m, "ال") {
		return k
	}
	return a
}

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
	ok := func(k int) bool {
		return k < len(f.toks) && f.isWord(k) && f.toks[k].Kind == rasid.Arabic && f.cues[k].class == noCue &&
			!f.isComp(k) && !f.lineBreakBefore(k) && !stopSlot[f.toks[k].Norm] && !personTitles[f.keys[k]] &&
			!roleWords[f.keys[k]] && !sourceHeads[f.keys[k]]
	}
	if !strings.HasPrefix(f.keys[i], "ال") {
		// the complement of an indefinite head: definite or a name, or
		// an indefinite noun before a definite one (هيئة جودة التعليم)
		if ok(j) && ok(j+1) && !strings.HasPrefix(f.keys[j], "ال") && strings.HasPrefix(f.keys[j+1], "ال") && !f.nisba(j+1) {
			j++
		}
		if !ok(j) || !strings.HasPrefix(f.keys[j], "ال") && !f.orgOrLocAt(j) && !placeTitleWords[f.keys[j]] {
			return j
		}
		j++
	}
	for j-i < 7 {
		if j+1 < len(f.toks) && f.toks[j].Norm == "في" && f.locAt[j+1] {
			j += 2
			continue
		}
		if !ok(j) {
			break
		}
		n := f.toks[j].Norm
		if strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && utf8.RuneCountInString(n) > 3 && ok(j+1) &&
			strings.HasPrefix(f.keys[j+1], "ال") && j > i+1 {
			j += 2 // المؤسسة العامة + لتوليد الكهرباء
			continue
		}
		if f.nisba(j) || orgAdjectives[n] || strings.HasPrefix(n, "لل") && !addressees[n] ||
			strings.HasPrefix(n, "وال") && j+1 > i+2 {
			j++
			continue
		}
		break
	}
	return j
}

// nameAfterPlace finds a name after a title's complement of place that
// ended the speaker phrase at token b (… إلى سوريا غير بيدرسون أن): a
// preposition, one place word, then a PER entity or two or three name
// words up to إن/أن. It returns the name's tokens.
func (r *resolver) nameAfterPlace(b int) (int, int, bool) {
	f := r.f
	if b+3 >= len(f.toks) || f.toks[b].Kind != rasid.Arabic {
		return 0, 0, false
	}
	switch f.toks[b].Norm {
	case "الي", "لدي", "في":
	default:
		return 0, 0, false
	}
	p := b + 1
	if !f.isWord(p) || !(f.locAt[p] || strings.HasPrefix(f.toks[p].Norm, "ال") || placeTitleWords[f.keys[p]]) {
		return 0, 0, false
	}
	q := p + 1
	m := q
	for m < len(f.toks) && m-q < 4 && f.isWord(m) && f.toks[m].Kind == rasid.Arabic && !f.isComp(m) &&
		f.cues[m].class == noCue && !f.lineBreakBefore(m) && !strings.HasPrefix(f.toks[m].Norm, "ال") &&
		!stopSlot[f.toks[m].Norm] || m < len(f.toks) && m == q && f.toks[m].Norm == "غير" {
		m++
	}
	if m >= len(f.toks) || !f.isComp(m) && !(f.toks[m].Kind == rasid.Arabic && stopSlot[f.toks[m].Norm]) && !f.isComma(m) {
		return 0, 0, false // the name ends at إن/أن, a preposition (أمام مجلس الأمن) or a comma
	}
	if e, ok := r.entityAt(f.toks[q].Start, f.toks[m-1].End, true); ok && e.Type == rasid.PER {
		return q, m, true
	}
	if m-q < 2 || m-q > 3 {
		return 0, 0, false
	}
	if e, ok := r.entityAt(f.toks[q].Start, f.toks[m-1].End, false); ok && e.Type != rasid.PER {
		return 0, 0, false
	}
	return q, m, true
}

// inText reports whether name occurs in the document, up to search
// folding.
func (r *resolver) inText(name string) bool {
	if v, ok := r.inTextMemo[name]; ok {
		return v
	}
	if r.folded == "" {
		r.folded = normalize.ForSearch(r.f.text)
		r.inTextMemo = map[string]bool{}
	}
	v := strings.Contains(r.folded, normalize.ForSearch(name))
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
	if i := strings.LastIndexByte(name, ' '); i > 0 && stopSlot[normalize.String(name[i+1:])] {
		return name[:i]
	}
	return name
}

// placeTitleWords are the places among titleWords: no complement follows
// them inside a title (حاكم مصرف لبنان كريم سعيد).
var placeTitleWords = setOf("روسيا", "ايران", "مصر", "فرنسا", "المانيا", "تركيا", "الصين", "امريكا", "بريطانيا",
	"اسرائيل", "الاردن", "لبنان", "سوريا", "العراق", "اليمن", "قطر", "الكويت", "البحرين", "عمان", "ليبيا", "تونس",
	"الجزائر", "المغرب", "السودان", "فلسطين", "اوكرانيا", "المملكة", "الامارات", "السعودية", "دبي", "الرياض", "جدة",
	"مكة", "المدينة")

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
