package quotes

// The choice of a speaker: a speaker phrase (tokens found by the cue
// stage) becomes a name. phrase tries, in order, the sources of a name the
// document offers — the phrase's owner when it is data (بيانات الهيئة), an
// entity in the phrase, a title the document gives to a person, a title
// followed by a name, an organisation named earlier — and otherwise keeps
// the phrase as written (a descriptive source such as مصدر أمني).

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// phraseRef is a speaker phrase: tokens [a, b) and its byte span [start,
// end), after a glued proclitic.
type phraseRef struct {
	a, b       int
	start, end int
	attr       bool
}

func (ph phraseRef) span() rasid.Span { return rasid.Span{Start: ph.start, End: ph.end} }

// phrase resolves the speaker phrase of tokens [a, b): an entity in it, a
// title the document gives to a person, a title followed by a name, or the
// phrase as written (a descriptive source such as مصدر أمني). ok is false
// for a role description that refers back to an earlier speaker.
func (r *resolver) phrase(a, b int, attr bool) (rasid.Speaker, bool) {
	f := r.f
	if ka, kb, ok := f.relativeAuthor(a, b); ok {
		// وأوضح التقرير الذي صدر عن مؤسسة النقد أن: the report's issuer
		if sp, ok := r.phrase(ka, kb, false); ok {
			return sp, true
		}
	}
	if k := f.afterDataNoun(a, b); k > a && k < b {
		// معطيات قدمتها وزارة التجهيز, بيانات الهيئة العامة للإحصاء:
		// the data are the organisation's
		at := attr || strings.HasPrefix(f.toks[k].Norm, "ل") && len(f.toks[k].Norm) > len("لل")
		if sp, ok := r.phrase(k, b, at); ok {
			return sp, true
		}
	}
	for a+2 < b && f.isPunct(a+1, ".") && f.abbrevStop(a+1) {
		a += 2 // د. فلان: the name after the abbreviated title
	}
	if f.accusativeNoun(a) {
		return rasid.Speaker{}, false // نقداً حاداً: an object, not who speaks
	}
	b = f.phraseEnd(a, b)
	ph := phraseRef{a: a, b: b, start: f.skipProclitic(a, attr), end: f.toks[b-1].End, attr: attr}
	if ph.start >= ph.end {
		return rasid.Speaker{}, false
	}
	if e, ok := r.speakerEntity(ph); ok {
		return r.fromEntity(ph, e), true
	}
	for _, rule := range phraseRules {
		if sp, ok := rule(r, ph); ok {
			return sp, true
		}
	}
	if sp, ok := r.dataAnaphor(a, b); ok {
		return sp, true // وأوضحت الإحصائية: the author of the one named before
	}
	return r.asSource(ph)
}

// phraseEnd cuts a speaker phrase [a, b) before what is not the speaker:
// the object after an anaphoric head (طالبت الوزارة مجلس الأمن) and the
// title after a name (بدر باسملة وزير النقل اليمني).
func (f *finder) phraseEnd(a, b int) int {
	if anaphorHeads[f.keys[a]] && b > a+1 && !f.nisba(a+1) && !orgAdjectives[f.keys[a+1]] {
		return a + 1
	}
	if personTitles[f.keys[a]] {
		return b
	}
	if sourceHeads[f.keys[a]] && !strings.HasPrefix(f.keys[a], "ال") {
		// مصدر قضائي الصحيفة: a definite word cannot describe an
		// indefinite source after its adjective; it is the object
		k := a + 1
		for k < b && f.indefiniteAdj(k) {
			k++
		}
		if k > a+1 && k < b && (strings.HasPrefix(f.toks[k].Norm, "ال") || (f.orgTok[k] || nameNouns[f.keys[k]]) && !f.prepFirst(k)) {
			return k // أفاد مصدر أمني وكالة الأنباء
		}
		if j := f.sourceAddressee(a, b); j > a {
			return j // خبراء اقتصاديون للمستثمرين: the ones spoken to
		}
	}
	for k := a + 1; k < b; k++ {
		if personTitles[f.keys[k]] && !strings.HasPrefix(f.keys[k-1], "ل") &&
			(f.nameWord(k-1) || k-2 >= a && f.nameWord(k-2) && strings.HasPrefix(f.keys[k-1], "ال")) {
			return k
		}
	}
	return b
}

// prepFirst reports whether token k opens with a preposition (بجامعة،
// لوزارة): by the morphology layer, else by its first letter.
func (f *finder) prepFirst(k int) bool {
	if ws := f.toks[k].Words; len(ws) > 0 {
		return len(ws) > 1 && ws[0].UPOS == "ADP"
	}
	n := f.toks[k].Norm
	return strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل")
}

// indefiniteAdj reports whether token k is an adjective without the
// article (قضائي، مطلعة، أمنية): by the morphology layer, else by its
// ending.
func (f *finder) indefiniteAdj(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || strings.HasPrefix(t.Norm, "ال") || f.agentTok[k] {
		return false
	}
	if len(t.Words) > 0 {
		return len(t.Words) == 1 && t.Words[0].UPOS == "ADJ"
	}
	return utf8.RuneCountInString(t.Norm) > 3 && !stopSlot[t.Norm] && (strings.HasSuffix(t.Norm, "ي") || strings.HasSuffix(t.Norm, "ية"))
}

// speakerEntity finds the entity that names the speaker of ph: a person,
// an organisation (not one a source is described through, مصادر في حركة
// حماس) or a place that is the whole speaker (قالت موسكو).
func (r *resolver) speakerEntity(ph phraseRef) (rasid.Entity, bool) {
	f := r.f
	a, b, start, end := ph.a, ph.b, ph.start, ph.end
	e, ok := r.entityAt(start, end, false)
	if !ok {
		return e, false
	}
	if e.End > end {
		if k := f.tokenAt(end); k < len(f.toks) && f.toks[k].Start < e.End && f.isComp(k) {
			return e, false // المنظمة إن: the entity layer took إن into the name
		}
		if b == a+1 && anaphorHeads[f.keys[a]] && e.Start >= start {
			return e, false // الوزارة مجلس الأمن: the object glued to the subject
		}
	}
	if l, ok := r.entityAt(start, f.toks[a].End, true); ok && l.Type == rasid.LOC && l.Start == start && l.End <= e.Start && e.Type != rasid.LOC {
		return l, true // دعت إريتريا مجلس الأمن إلى …: the state, then its object
	}
	switch e.Type {
	case rasid.PER:
		return e, true
	case rasid.ORG:
		return e, !sourceHeads[f.keys[a]] && !f.bodyOfSource(a, e.Start) && !(personTitles[f.keys[a]] && e.Start > start)
	case rasid.LOC:
		return e, e.Start <= start
	}
	return e, false
}

// fromEntity names the speaker after the entity e found in ph.
func (r *resolver) fromEntity(ph phraseRef, e rasid.Entity) rasid.Speaker {
	f := r.f
	a, start, end := ph.a, ph.start, ph.end
	name := canonical(f.text, e)
	if e.Start < start && e.End > start && f.cueInside(e.Start, start) {
		// وأوضح بن خليفة: the entity layer took the cue into the name
		name = asWritten(f.text[start:e.End])
		if full, ok := r.nameEndingWith(name); ok {
			name = full // بن خليفة → عبد الرزاق بن خليفة
		}
		e.Start, e.Canonical = start, name
	}
	switch e.Type {
	case rasid.PER:
		if e.Start > start && f.orgHead(a) && !personTitles[f.keys[a]] && !strings.HasPrefix(f.keys[a], "ال") {
			// شركة برايس ووترهاوس كوبرز: a company named after a person
			return rasid.Speaker{Name: asWritten(f.text[start:end]), Span: ph.span()}
		}
		for _, fix := range personNameFixes {
			name = fix(r, ph, e, name)
		}
	case rasid.ORG:
		name = r.orgName(e, ph.b)
		if e.Start > start && f.orgHead(a) {
			// الرئاسة العامة لشؤون المسجد الحرام: the entity is inside the
			// organisation's name
			if j := min(f.titleEnd(a), ph.b); j > a && f.toks[j-1].End >= e.End {
				return rasid.Speaker{Name: asWritten(f.text[start:f.toks[j-1].End]), Span: rasid.Span{Start: start, End: f.toks[j-1].End}}
			}
		}
		// المتحدثة باسم المنظمة مارغريت هاريس: the entity layer took the
		// organisation and the name for one
		if w, rest, ok := strings.Cut(name, " "); ok && anaphorHeads[normalize.String(w)] && !strings.Contains(normalize.String(rest), "ال") {
			name = rest
		}
	}
	if e.Start > start {
		r.addTitle(start, f.text[start:e.Start], name)
	}
	return rasid.Speaker{Name: name, Span: e.Span}
}

// personNameFixes turn the canonical name of a PER entity into the name of
// the speaker, in this order: each repairs one way the entity layer or an
// outside alias gets the name wrong.
var personNameFixes = []func(r *resolver, ph phraseRef, e rasid.Entity, name string) string{
	(*resolver).dropOrgBeforeName,
	(*resolver).dropGluedFront,
	(*resolver).dropAddressee,
	(*resolver).addFamilyName,
	(*resolver).dropTrailingNoun,
	(*resolver).dropObjectNoun,
	(*resolver).documentSpelling,
	(*resolver).documentPerson,
	(*resolver).aliAfterName,
	(*resolver).fullerName,
}

// dropOrgBeforeName drops an organisation after ل written before the name:
// الرئيس التنفيذي لإيني كلاوديو ديسكالزي.
func (r *resolver) dropOrgBeforeName(_ phraseRef, e rasid.Entity, name string) string {
	f := r.f
	if name != f.text[e.Start:e.End] {
		return name
	}
	if ws := strings.Fields(name); len(ws) > 2 {
		k := f.tokenAt(e.Start)
		if k > 0 && f.toks[k-1].End > e.Start {
			k-- // the entity starts inside a token
		}
		n := f.toks[k].Norm
		if f.toks[k].Start < e.Start && (strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "ب")) || r.isAgent(normalize.String(ws[0])) {
			name = strings.Join(ws[1:], " ")
		}
	}
	return trimStop(name)
}

// dropGluedFront drops a word the entity layer glued to the front of a
// name: المنظمة مارغريت هاريس, أوروبا هانز كلوغه.
func (r *resolver) dropGluedFront(_ phraseRef, _ rasid.Entity, name string) string {
	w, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	if !strings.Contains(r.f.text, name) {
		// a canonical name from outside the text (the gazetteer's الباجي
		// قائد السبسي for قايد السبسي): its first word is the name's,
		// nothing was glued to it
		return name
	}
	k := normalize.String(w)
	if second, _, _ := strings.Cut(rest, " "); normalize.String(second) == "الدين" {
		return name // نجم الدين فلان: a given name compounded with الدين, not the title نجم
	}
	if anaphorHeads[k] || personTitles[k] ||
		strings.Contains(rest, " ") && (r.isPlace(w) || placeTitleWords[k] || strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "ية")) && !definiteGivenNames[normalize.ForSearch(w)]) {
		// (a definite given name is the name's: الباجي، الهادي، المهدي —
		// Maghrebi copy writes them with the article; session 18)
		return rest
	}
	return name
}

// dropAddressee drops the addressee glued to the end of a name: سند
// لرويترز.
func (r *resolver) dropAddressee(_ phraseRef, _ rasid.Entity, name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return name
	}
	last := normalize.String(name[i+1:])
	if strings.HasPrefix(last, "ل") && (r.isAgent(last[len("ل"):]) || mediaNames[last[len("ل"):]] ||
		strings.HasPrefix(last, "لل")) {
		return name[:i]
	}
	return name
}

// trailingNouns are the words the entity layer glues to the end of a name
// that no name ends with: the object of the cue (لفت فلان النظر، نقل عن
// فلان القول) and an official's description (فلان المسؤول في الهيئة).
var trailingNouns = setOf("النظر", "القول", "الانتباه", "المسؤول", "المسؤولة", "المتحدث", "الناطق")

// dropTrailingNoun drops such a word from the end of a name of three words
// or more: نبيل قمصاني النظر → نبيل قمصاني.
func (r *resolver) dropTrailingNoun(_ phraseRef, _ rasid.Entity, name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || strings.Count(name, " ") < 2 || !trailingNouns[normalize.String(name[i+1:])] {
		return name
	}
	return name[:i]
}

// addFamilyName adds a family name the entity layer left out, when the
// phrase ends with it: عمر سلطان + العلماء، — not when the document writes
// the person elsewhere ending where the entity ends (nameEndsElsewhere:
// the word is the cue's object; session 18)
func (r *resolver) addFamilyName(ph phraseRef, e rasid.Entity, name string) string {
	f := r.f
	if name != f.text[e.Start:e.End] {
		return name
	}
	b := ph.b
	if k := f.tokenAt(e.End); k < b && b-k == 1 && strings.HasPrefix(f.toks[k].Norm, "ال") && f.nameRun(k, b) == b &&
		!r.nameEndsElsewhere(e, f.toks[k].Norm) {
		return f.text[e.Start:f.toks[b-1].End]
	}
	return name
}

// documentSpelling replaces an outside spelling of the canonical name
// (أنطوني for the text's أنتوني) by the document's own longest form.
func (r *resolver) documentSpelling(_ phraseRef, e rasid.Entity, name string) string {
	if name != r.f.text[e.Start:e.End] && !r.inText(name) {
		if w := r.longestWritten(name); w != "" {
			return w
		}
	}
	return name
}

// documentPerson replaces the outside alias of a one-word name (بارزاني →
// مسعود بارزاني) by the person the document names with it (مسرور بارزاني).
func (r *resolver) documentPerson(_ phraseRef, e rasid.Entity, name string) string {
	if w := r.f.text[e.Start:e.End]; name != w && !strings.Contains(w, " ") && !r.inText(name) {
		if p, ok := r.docPerson(w); ok {
			return p
		}
	}
	return name
}

// fullerName replaces a one-word name by the fuller name the document or
// the known persons give: الأمير عبدالعزيز → عبدالعزيز بن سلمان,
// عبدالملك → معين عبدالملك.
func (r *resolver) fullerName(_ phraseRef, _ rasid.Entity, name string) string {
	if full, ok := r.sonOfAlone(name); ok {
		return full
	}
	if strings.Contains(name, " ") {
		return name
	}
	if p, ok := r.knownPerson(name); ok {
		return p
	} else if p, ok := r.longerName(name); ok {
		return p
	} else if p, ok := r.fullNameInText(name); ok {
		return p
	}
	return name
}

// phraseRules are tried in this order on a phrase with no speaker entity;
// the first that names someone wins.
var phraseRules = []func(r *resolver, ph phraseRef) (rasid.Speaker, bool){
	(*resolver).fromTitles,
	(*resolver).titleThenName,
	(*resolver).nameAfterComma,
	(*resolver).honorificAlone,
	(*resolver).nameAfterTitlePlace,
	(*resolver).entityAfterTitle,
	(*resolver).heldTitle,
	(*resolver).originHolder,
	(*resolver).epithet,
	(*resolver).orgByArticle,
	(*resolver).orgByArticleEntities,
	(*resolver).missedPerson,
	(*resolver).orgNamedBefore,
	(*resolver).orgByNisba,
}

// fromTitles reads the titles layer: a title in the phrase names its
// person (or the son the document names with the same title).
func (r *resolver) fromTitles(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	for _, t := range f.d.Titles {
		if t.Person != "" && t.Start < ph.end && ph.start < t.End && !bismOffice(t.Person) {
			if t.Start < 0 || t.End > len(f.text) || t.Start > t.End {
				continue // spans from another layer that do not fit the text
			}
			if p, ok := r.titlePerson(t.Title, t.Start+1); ok && sonOf(t.Person, p) {
				return rasid.Speaker{Name: p, Span: ph.span()}, true
			}
			return rasid.Speaker{Name: trimStop(t.Person), Span: ph.span()}, true
		}
	}
	return rasid.Speaker{}, false
}

// titleThenName reads a title followed by a name: وزير الخارجية الروسي
// سيرغي لافروف.
func (r *resolver) titleThenName(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a, b, end := ph.a, ph.b, ph.end
	if f.toks[a].Kind != rasid.Arabic || !personTitles[f.keys[a]] {
		return rasid.Speaker{}, false
	}
	j := f.nameAfterTitle(a, b)
	if j >= b || !f.isWord(j) || stopSlot[f.toks[j].Norm] || f.orgTok[j] && f.nameEnd[j] >= b || r.prepGlued(j) {
		// لاعب وسط مانشستر يونايتد: an organisation completes the title
		return rasid.Speaker{}, false
	}
	if personTitles[f.keys[j]] && !courtesyBack[f.keys[j]] && f.titleEnd(j) > j+1 && !r.hasPerson(j, b) {
		// أمير المنطقة رئيس اللجنة العليا: a second office, not a name,
		// when the document names its holder elsewhere (without one,
		// read on: أمين is also a given name)
		if p, ok := r.titlePerson(f.text[f.cueStart(j):ph.end], ph.start); ok {
			return rasid.Speaker{Name: p, Span: ph.span()}, true
		}
	}
	if j == a+1 && !strings.HasPrefix(f.keys[a], "ال") && f.locAt[j] && f.nameEnd[j] >= b {
		// أمير تبوك، محافظ جدة: a place completes an indefinite title
		// head, it is not the holder's name
		return rasid.Speaker{}, false
	}
	if nameNouns[f.keys[j]] && j+1 < len(f.toks) && (f.isQuoteMark(j+1) || f.orgTok[j+1]) {
		// رئيس تحرير صحيفة "الفجر": the class noun of a name completes the title
		return rasid.Speaker{}, false
	}
	if e, ok := r.entityAt(f.toks[j].Start, f.toks[j].End, false); ok && e.Type == rasid.ORG && e.Start < f.toks[j].Start {
		// مدير مستشفى الملك خالد: no name starts inside an organisation's name
		return rasid.Speaker{}, false
	}
	if j+2 == b && f.lamGenitive(j) {
		// الرئيس العام لرعاية الشباب: when the document gave the whole
		// phrase to a person, the words with ل are the title's, not a name
		p, ok := r.titlePerson(f.text[ph.start:ph.end], ph.start)
		if ok && !strings.Contains(normalize.ForSearch(p), normalize.ForSearch(f.text[f.toks[j].Start:f.toks[j].End])) {
			return rasid.Speaker{Name: p, Span: ph.span()}, true
		}
	}
	for k := j + 1; k < b; k++ {
		if personTitles[f.keys[k]] {
			b, end = k, f.toks[k-1].End // الدكتور فلان رئيس الهيئة
			break
		}
	}
	if k := f.nameRun(j, b); k > j {
		b, end = k, f.toks[k-1].End
	}
	if j+1 == b {
		if p, ok := r.wordForHolder(ph.start, j); ok {
			return rasid.Speaker{Name: p, Span: ph.span()}, true
		}
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
	r.addTitle(ph.start, f.text[ph.start:f.toks[j-1].End], name)
	return rasid.Speaker{Name: name, Span: rasid.Span{Start: f.toks[j].Start, End: end}}, true
}

// wordForHolder reads the one untagged word after a title as the title's
// object, not its holder's name, when the document gives that exact title
// to one named person and the word is no word of a person's name there
// (جدد رئيس الجمهورية انشغال تونس …: the president named before, not
// «انشغال»). The title starts at byte start and ends before token j.
func (r *resolver) wordForHolder(start, j int) (string, bool) {
	f := r.f
	w := normalize.ForSearch(f.text[f.toks[j].Start:f.toks[j].End])
	if r.hasPerson(j, j+1) {
		return "", false
	}
	if _, ok := r.knownPerson(w); ok {
		return "", false
	}
	key, _ := titleKey(f.text[start:f.toks[j-1].End])
	if key == "" {
		return "", false
	}
	holder := ""
	for _, t := range r.titles {
		if t.key != key {
			continue
		}
		if slices.Contains(t.words, w) {
			return "", false // the word is the holder's
		}
		switch h, p := normalize.ForSearch(holder), t.folded; {
		case holder == "" || strings.Contains(p, h):
			holder = t.person // سالم العلي, then أحمد سالم العلي: one person
		case !strings.Contains(h, p):
			return "", false // two holders
		}
	}
	if holder == "" {
		return "", false
	}
	// last, as it folds every PER entity's words: the word is no word of
	// a person's name the document writes
	for _, e := range r.ents {
		if e.Type == rasid.PER && slices.Contains(strings.Fields(normalize.ForSearch(f.text[e.Start:e.End])), w) {
			return "", false
		}
	}
	return holder, true
}

// nameAfterTitle returns where the name starts after the title at a,
// within b: after the title phrase, an honorific (وزير الطاقة الأمير
// عبدالعزيز), a complement of place (ممثلة المنظمة بالمغرب) or an
// organisation after ل (الرئيس التنفيذي لإيني), or a number (رئيس مؤتمر
// الأطراف كوب 28).
func (f *finder) nameAfterTitle(a, b int) int {
	j := min(f.titleEnd(a), b)
	if j+1 < b && personTitles[f.keys[j]] && strings.HasPrefix(f.keys[j], "ال") {
		j++
	}
	if j+2 < b && f.toks[j].Kind == rasid.Arabic && f.nameRun(j+1, b) >= j+3 && f.titleComplement(a, j) {
		j++
	}
	if k := f.nameRun(j, b); k > j && k+1 < b && f.toks[k].Kind == rasid.Number && f.nameRun(k+1, b) >= k+3 {
		j = k + 1
	}
	return j
}

// titleComplement reports whether token j after the title at a is a
// complement of place (بالمغرب) or an organisation after ل (لإيني).
func (f *finder) titleComplement(a, j int) bool {
	n := f.toks[j].Norm
	return strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && j > a+1 &&
		strings.HasPrefix(f.keys[j-1], "ال")
}

// honorificAlone reads وأوضح السيد (Mr.) alone, which names nobody: the
// family name السيد, when the document has a person of that name.
func (r *resolver) honorificAlone(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	if ph.b-ph.a != 1 || !honorifics[f.keys[ph.a]] {
		return rasid.Speaker{}, false
	}
	if p, ok := r.docPerson(f.text[ph.start:ph.end]); ok {
		return rasid.Speaker{Name: p, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// nameAfterTitlePlace reads a name after the title's complement of place:
// المبعوث الأممي إلى سوريا غير بيدرسون أن.
func (r *resolver) nameAfterTitlePlace(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	if !personTitles[f.keys[ph.a]] {
		if !officerHeads[f.keys[ph.a]] {
			return rasid.Speaker{}, false
		}
		// مسؤول الرقابة في الوفد فلان أن: an officer's description
		// closed by a person the entity layer tagged names that person
		q, m, ok := r.nameBeforeBound(ph)
		if q0, ok0 := r.perEndingAt(m-1, ph.b); !ok || !ok0 || q0 != q {
			return rasid.Speaker{}, false
		}
		return r.titledName(ph, q, m), true
	}
	q, m, ok := r.nameAfterPlace(ph.b)
	if !ok {
		q, m, ok = r.nameInComplement(ph)
	}
	if !ok {
		q, m, ok = r.nameBeforeBound(ph)
	}
	if !ok || f.addressedWord(q) {
		// الناطق باسم الحماية المدنية فلان لمراسل الإذاعة إن: the one
		// spoken to is no name
		return rasid.Speaker{}, false
	}
	return r.titledName(ph, q, m), true
}

// titledName names the speaker by the name of tokens [q, m) after the
// title of ph, and learns the title.
func (r *resolver) titledName(ph phraseRef, q, m int) rasid.Speaker {
	f := r.f
	sp := rasid.Span{Start: f.toks[q].Start, End: f.toks[m-1].End}
	name := f.text[sp.Start:sp.End]
	if e, ok := r.entityAt(sp.Start, sp.End, true); ok && e.Type == rasid.PER && e.Start == sp.Start {
		name = canonical(f.text, e)
	}
	r.addTitle(ph.start, f.text[ph.start:f.toks[m-1].End], name)
	return rasid.Speaker{Name: name, Span: sp}
}

// officerHeads are the source heads that may describe a named officer:
// مسؤول الرقابة في الوفد فلان.
var officerHeads = setOf("مسؤول", "مسؤولة", "المسؤول", "المسؤولة")

// heldTitle reads a title the document gave to a person before: الوزير.
func (r *resolver) heldTitle(ph phraseRef) (rasid.Speaker, bool) {
	if p, ok := r.titlePerson(r.f.text[ph.start:ph.end], ph.start); ok {
		return rasid.Speaker{Name: p, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// epithets head a description that news copy uses for a person it has
// just named (ربما يفتقر فلان للطول إلا أن لاعب وسط الفريق أكد).
var epithets = setOf("لاعب", "مهاجم", "مدافع", "حارس", "نجم", "اللاعب", "النجم", "المهاجم", "المدافع", "الحارس", "هداف", "الهداف")

// epithet reads a descriptive epithet (لاعب وسط الفريق) as the person
// named in the sentence before it, when the sentence names one person
// only before the epithet.
func (r *resolver) epithet(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	if !epithets[f.keys[ph.a]] {
		return rasid.Speaker{}, false
	}
	s0, _ := f.sentRange(ph.a)
	var found rasid.Entity
	n := 0
	for _, e := range r.ents {
		if e.Type == rasid.PER && e.Start >= f.toks[s0].Start && e.End <= ph.start {
			if n == 0 || canonical(f.text, e) != canonical(f.text, found) {
				n++
			}
			found = e
		}
	}
	if n != 1 {
		return rasid.Speaker{}, false
	}
	name := canonical(f.text, found)
	if p, ok := r.fullNameInText(name); ok && !strings.Contains(name, " ") {
		name = p
	}
	return rasid.Speaker{Name: name, Span: ph.span()}, true
}

// orgByArticle reads a definite head alone as the organisation named
// earlier: المنظمة → المنظمة الدولية للهجرة, المحكمة → المحكمة العليا,
// الديوان → ديوان الخدمة المدنية.
func (r *resolver) orgByArticle(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a := ph.a
	if ph.b-a != 1 || !strings.HasPrefix(f.keys[a], "ال") || personTitles[f.keys[a]] || roleWords[f.keys[a]] || sourceHeads[f.keys[a]] {
		return rasid.Speaker{}, false
	}
	if e, ok := r.orgAnaphor(f.keys[a][len("ال"):], ph.start); ok {
		name := r.orgName(e, f.tokenAt(e.End)+4)
		if long, ok := f.orgInText(a); ok && len(long) > len(name) && strings.HasPrefix(normalize.ForSearch(long), normalize.ForSearch(name)) {
			name = long // المنظمة الدولية + للهجرة
		}
		return rasid.Speaker{Name: name, Span: ph.span()}, true
	}
	if name, ok := f.orgInText(a); ok {
		return rasid.Speaker{Name: name, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// orgByArticleEntities reads any definite word alone as an organisation
// entity with that head: الوزارة.
func (r *resolver) orgByArticleEntities(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	if ph.b-ph.a != 1 || len(r.ents) == 0 || !strings.HasPrefix(f.keys[ph.a], "ال") {
		return rasid.Speaker{}, false
	}
	if e, ok := r.orgAnaphor(f.keys[ph.a][len("ال"):], ph.start); ok {
		return rasid.Speaker{Name: r.orgName(e, f.tokenAt(e.End)+4), Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// missedPerson reads a person the entity layer missed: without entities,
// a known person in the phrase; with them, a one-word family name (وأكد
// العلماء).
func (r *resolver) missedPerson(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a, b := ph.a, ph.b
	if len(r.ents) == 0 {
		for k := a; k < b; k++ {
			if p, ok := r.knownPerson(f.toks[k].Norm); ok {
				return rasid.Speaker{Name: p, Span: f.toks[k].Span}, true
			}
		}
		return rasid.Speaker{}, false
	}
	k := f.keys[a]
	if b-a != 1 || f.toks[a].Kind != rasid.Arabic || anaphorHeads[k] || personTitles[k] ||
		sourceHeads[k] || roleWords[k] || titleWords[k] || documentSpeakers[k] {
		return rasid.Speaker{}, false
	}
	w := f.text[f.toks[a].Start:f.toks[a].End]
	if p, ok := r.knownPerson(w); ok {
		return rasid.Speaker{Name: p, Span: ph.span()}, true
	}
	if p, ok := r.longerName(w); ok {
		return rasid.Speaker{Name: p, Span: ph.span()}, true
	}
	if p, ok := r.fullNameInText(w); ok && p != w {
		return rasid.Speaker{Name: p, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// orgNamedBefore reads a definite phrase as the organisation named before
// with more words: الديوان الملكي → الديوان الملكي الهاشمي.
func (r *resolver) orgNamedBefore(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a := ph.a
	if ph.b-a < 2 || !strings.HasPrefix(f.keys[a], "ال") || personTitles[f.keys[a]] || sourceHeads[f.keys[a]] {
		return rasid.Speaker{}, false
	}
	if name, ok := r.orgStartingWith(f.text[ph.start:ph.end], ph.start); ok {
		return rasid.Speaker{Name: name, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// orgByNisba reads a definite head with an adjective of origin as the
// organisation of the document with that head and that country in its
// name (see nisbaOrg).
func (r *resolver) orgByNisba(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	if ph.b-ph.a != 2 || personTitles[f.keys[ph.a]] || sourceHeads[f.keys[ph.a]] {
		return rasid.Speaker{}, false
	}
	if name, ok := r.nisbaOrg(ph.start, ph.end); ok {
		return rasid.Speaker{Name: name, Span: ph.span()}, true
	}
	return rasid.Speaker{}, false
}

// asSource keeps the phrase as written: a descriptive source (مصدر أمني).
// A role description (المسؤولة الحكومية) refers back to an earlier
// speaker (ok false); an unnamed office holder (وزير المالية) stands for
// later mentions of the office (الوزير).
func (r *resolver) asSource(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a, b := ph.a, ph.b
	name := asWritten(f.text[ph.start:ph.end])
	if t := f.toks[a]; ph.attr && strings.HasPrefix(t.Norm, "لل") && ph.start > t.Start {
		name = "ا" + name // وفقاً للباحثين: ل + الباحثين
	}
	if f.roleDescription(a, b) {
		return rasid.Speaker{Name: name, Span: ph.span()}, false
	}
	if !strings.Contains(name, " ") && utf8.RuneCountInString(name) > 2 && !sourceHeads[f.keys[a]] && !personTitles[f.keys[a]] {
		if full, ok := r.speakerEndingWith(name); ok {
			return rasid.Speaker{Name: full, Span: ph.span()}, true // وأردف "الملا" → the full name
		}
		if full, ok := r.firstNameOf(name); ok && f.nameWord(a) {
			return rasid.Speaker{Name: full, Span: ph.span()}, true // وأضاف نيل → نيل أروسميث
		}
	}
	if personTitles[f.keys[a]] && !strings.HasPrefix(f.keys[a], "ال") && b-a > 1 {
		r.addTitle(ph.start, name, name)
	}
	return rasid.Speaker{Name: name, Span: ph.span()}, true
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

// dataNouns are documents and figures whose author is the source: معطيات
// قدمتها الوزارة (figures the ministry gave).
var dataNouns = setOf("معطيات", "بيانات", "بيان", "تقرير", "ارقام", "احصاءات", "احصائيات", "وثيقة", "دراسة",
	"تقديرات", "نتائج", "مسح", "احصاء", "تقريرا", "بيانا", "حصيلة", "مؤشرات", "موشرات", "بلاغ", "بلاغا", "احصائية")

// addressees follow a speaker as the one spoken to, not as part of a
// name: قالت المنظمة للصحفيين.
var addressees = setOf("للصحفيين", "للصحافيين", "للصحافة", "للاعلام", "للتلفزيون", "للاذاعة", "للوكالة", "للقناة",
	"للصحيفة", "للموقع", "للمراسلين", "للحاضرين", "للمشاركين", "للنواب")

// afterDataNoun returns the token where the author starts when the phrase
// [a, b) opens with a data noun: the noun (with ل or ب), then a verb with
// its object pronoun (قدمتها، أصدرتها، نشرتها) or صادر عن; a when there is
// none.
func (f *finder) afterDataNoun(a, b int) int {
	if b-a < 2 || f.toks[a].Kind != rasid.Arabic || !f.dataNoun(a) {
		return a
	}
	k, verbSkipped := f.dataVerb(a+1, b)
	if !verbSkipped {
		// بيان صحفي صادر عن الهيئة: an adjective or two of the
		// statement before صادر (session 17)
		j := a + 1
		for j < b && j-a <= 2 && (f.indefiniteAdj(j) || otherDataAdjectives[f.toks[j].Norm]) && !publishedWords[f.toks[j].Norm] {
			j++
		}
		if j > a+1 && j < b && publishedWords[f.toks[j].Norm] {
			k, verbSkipped = f.dataVerb(j, b)
		}
	}
	if k < b && (f.toks[k].Norm == "عن" || f.toks[k].Norm == "من") {
		k++
	}
	if k >= b || !f.isWord(k) || f.isComp(k) || f.toks[k].Kind != rasid.Arabic {
		return a
	}
	if verbSkipped || f.dataAuthor(k, b) && !f.adjectiveWord(k) {
		return k // not an adjective of the data: التقرير السابق
	}
	return a
}

// adjectiveWord reports whether the morphology layer read token k as an
// adjective that names no one.
func (f *finder) adjectiveWord(k int) bool {
	ws := f.toks[k].Words
	return len(ws) > 0 && ws[len(ws)-1].UPOS == "ADJ" && !f.agentAt(k)
}

// dataNoun reports whether token a is a noun of data or statements
// (بيانات، تقرير), with ل or ب before it.
func (f *finder) dataNoun(a int) bool {
	n := f.keys[a]
	if !dataNouns[n] && len(n) > len("ل") && (strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "ب")) {
		n = n[len("ل"):]
	}
	if !dataNouns[n] && len(n) > len("ال") && strings.HasPrefix(n, "ال") {
		n = n[len("ال"):] // البيان الصادر عن مكتب رئيس الوزراء
	}
	return dataNouns[n]
}

// publishedWords come between data and their author: بيان صادر عن.
var publishedWords = setOf("صادر", "صادرة", "الصادر", "الصادرة", "منشورة", "المنشورة", "صدر", "صدرت")

// issueTimes may stand between صدر and its author: بيان صدر صباح اليوم عن.
var issueTimes = setOf("صباح", "مساء", "اليوم", "امس", "ظهر", "فجر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت")

// dataVerb skips a word between data at k-1 and their author: صادر,
// a verb with an object pronoun (قدمتها، أصدرته، أعدها).
func (f *finder) dataVerb(k, b int) (int, bool) {
	k0 := k
	if k >= b || f.toks[k].Kind != rasid.Arabic {
		return k, false
	}
	m := f.toks[k].Norm
	if publishedWords[m] {
		k++
		for k < b && k-k0 <= 3 && f.toks[k].Kind == rasid.Arabic && issueTimes[f.toks[k].Norm] {
			k++ // بيان صدر صباح اليوم عن الوزارة
		}
		return k, true
	}
	if !strings.HasPrefix(m, "ال") && (strings.HasSuffix(m, "ها") || strings.HasSuffix(m, "ه")) && utf8.RuneCountInString(m) >= 4 &&
		k+1 < b && f.toks[k+1].Kind == rasid.Arabic {
		return k + 1, true
	}
	return k, false
}

// dataAuthor reports whether token k after data is their author, an
// organisation or person, not an adjective of the data (إحصائيات رسمية،
// تقديرات أولية) or a verb (بيان جاء فيه).
func (f *finder) dataAuthor(k, b int) bool {
	m := f.keys[k]
	if len(m) > len("لل") && strings.HasPrefix(m, "ل") && !strings.HasPrefix(m, "ال") {
		m = m[len("ل"):]
		if strings.HasPrefix(m, "ل") {
			m = "ا" + m // للهيئة → الهيئة
		}
	}
	if f.agentAt(k) || anaphorHeads[m] || titleWords[m] && !personTitles[m] || orgNouns[m] || orgNouns["ال"+m] ||
		strings.HasPrefix(m, "ال") && !f.nisba(k) {
		return true
	}
	// an indefinite noun heading a name of two words or more (بيانات مرصد
	// السياحة)
	return k+1 < b && f.isWord(k+1) && strings.HasPrefix(f.keys[k+1], "ال") && !strings.HasSuffix(m, "ي") &&
		!strings.HasSuffix(m, "ية") && !strings.HasSuffix(m, "ة") && !strings.HasPrefix(m, "ال")
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
	case "علي": // المشرف العام على فرق الإغاثة … سعد القحطاني
		return r.nameAfterComplement(b)
	default:
		return 0, 0, false
	}
	p := b + 1
	if !f.isWord(p) || !(f.locAt[p] || strings.HasPrefix(f.toks[p].Norm, "ال") || placeTitleWords[f.keys[p]]) {
		if q, m, ok := r.nameAfterComplement(b); ok {
			return q, m, true
		}
		return 0, 0, false
	}
	q := p + 1
	for q+1 < len(f.toks) && q-p < 3 && (f.toks[q].Kind == rasid.Arabic && courtesyRank(f.keys[q]) || f.courtesyAbbrev(q)) {
		if f.courtesyAbbrev(q) {
			q++ // د. فلان: the dot
		}
		q++ // لدى الأردن الدكتور فلان: a rank or courtesy title before the name
	}
	m := q
	for m < len(f.toks) && m-q < 4 && f.placeNameWord(m) || m < len(f.toks) && m == q && f.toks[m].Norm == "غير" {
		m++
	}
	if m > q && m+1 < len(f.toks) && f.toks[m].Kind == rasid.Arabic && strings.HasPrefix(f.keys[m], "ال") && f.isComp(m+1) &&
		!stopSlot[f.toks[m].Norm] && f.cues[m].class == noCue {
		m++ // a family name with the article: سامي بن عبدالله + الصالح
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

// courtesyRank reports whether key k is a courtesy title or a rank with
// the article that stands before a name (الدكتور، المهندس، اللواء).
func courtesyRank(k string) bool {
	return strings.HasPrefix(k, "ال") && courtesyBack[normalize.ForSearch(k)]
}

// placeNameWord reports whether token m can be a word of a name after a
// complement of place.
func (f *finder) placeNameWord(m int) bool {
	return f.isWord(m) && f.toks[m].Kind == rasid.Arabic && !f.isComp(m) &&
		f.cues[m].class == noCue && !f.lineBreakBefore(m) && !strings.HasPrefix(f.toks[m].Norm, "ال") &&
		!stopSlot[f.toks[m].Norm]
}

// nameInComplement finds, inside the phrase, the name that ends a title
// with a complement after a preposition (المشرف العام على فرق الإغاثة في
// المنطقة سعد القحطاني): the name must end the phrase.
func (r *resolver) nameInComplement(ph phraseRef) (int, int, bool) {
	f := r.f
	for k := ph.a + 1; k < ph.b-2; k++ {
		switch f.toks[k].Norm {
		case "علي", "في", "الي", "لدي":
			if q, m, ok := r.nameAfterComplement(k); ok && m == ph.b {
				return q, m, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// nameAfterComplement finds a name after a longer complement of the title
// that ended the speaker phrase at token b (المشرف العام على فرق الإغاثة
// في المنطقة سعد القحطاني أن): after the preposition, up to five words of
// the complement — the last one definite or a place — then two or three
// name words up to إن/أن. The speaker is the name at the end.
func (r *resolver) nameAfterComplement(b int) (int, int, bool) {
	f := r.f
	for q := b + 2; q < len(f.toks) && q-b <= 6; q++ {
		if q == b+2 && !(q+2 < len(f.toks) && f.isPunct(q+1, ".") && f.abbrevStop(q+1)) {
			continue // one word of complement only before an abbreviated title: المشرف على المسابقة د. فلان
		}
		w := q - 1
		if !f.isWord(w) || f.toks[w].Kind != rasid.Arabic || f.isComp(w) || f.cues[w].class != noCue {
			return 0, 0, false
		}
		if !(definiteWord(f.toks[w].Norm) || f.locAt[w]) || strings.HasPrefix(f.keys[q], "ال") {
			continue
		}
		q0 := q
		for q+2 < len(f.toks) && f.isPunct(q+1, ".") && f.abbrevStop(q+1) {
			q += 2 // an abbreviated title before the name: أ.د. فلان
		}
		m := q
		for m < len(f.toks) && m-q < 3 && f.nameWord(m) && !(m > q && !strings.HasPrefix(f.keys[m], "ال") && strings.HasPrefix(f.keys[m-1], "ال")) {
			m++
		}
		if m > q && m+1 < len(f.toks) && strings.HasPrefix(f.keys[m], "ال") && f.isComp(m+1) && f.toks[m].Kind == rasid.Arabic && !stopSlot[f.toks[m].Norm] {
			m++ // a family name with the article: سعد + القحطاني
		}
		if m-q < 2 || m >= len(f.toks) || !f.isComp(m) {
			q = q0
			continue
		}
		if e, ok := r.entityAt(f.toks[q].Start, f.toks[m-1].End, false); ok && e.Type != rasid.PER {
			return 0, 0, false
		}
		return q, m, true
	}
	return 0, 0, false
}

// nameAfterComma reads a name set off by commas after the title that
// ended the phrase (المتحدث الرسمي باسم وزارة الداخلية، اللواء منصور
// التركي، إن): a rank or honorific with the article, then two to four
// name words (a family name may take the article) up to a comma or إن/أن.
func (r *resolver) nameAfterComma(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a, b := ph.a, ph.b
	if f.toks[a].Kind != rasid.Arabic || !personTitles[f.keys[a]] && !officerHeads[f.keys[a]] || b+3 >= len(f.toks) || !f.isComma(b) {
		return rasid.Speaker{}, false
	}
	k := b + 1
	if sp, ok := r.secondCommaTitle(ph, k); ok {
		return sp, true
	}
	for k < len(f.toks) && k-b < 4 && (f.toks[k].Kind == rasid.Arabic && personTitles[f.keys[k]] && strings.HasPrefix(f.keys[k], "ال") || f.courtesyAbbrev(k)) {
		if f.courtesyAbbrev(k) {
			k++ // د. فلان: the dot
		}
		k++ // اللواء، الدكتور
	}
	if k >= len(f.toks) {
		return rasid.Speaker{}, false
	}
	if e, ok := r.entityAt(f.toks[k].Start, f.toks[k].End, true); ok && e.Type == rasid.PER && e.Start == f.toks[k].Start &&
		strings.Contains(f.text[e.Start:e.End], " ") {
		// a person the entity layer tagged, whatever follows it (فلان
		// ومسؤولون، فلان لمراسل الإذاعة)
		sp := rasid.Span{Start: e.Start, End: e.End}
		name := canonical(f.text, e)
		r.addTitle(ph.start, f.text[ph.start:ph.end], name)
		return rasid.Speaker{Name: name, Span: sp}, true
	}
	if !personTitles[f.keys[a]] {
		return rasid.Speaker{}, false
	}
	m := k
	for m < len(f.toks) && m-k < 4 && (f.nameWord(m) || m > k && strings.HasPrefix(f.keys[m], "ال") && f.toks[m].Kind == rasid.Arabic && !stopSlot[f.toks[m].Norm]) {
		m++
		if strings.HasPrefix(f.keys[m-1], "ال") {
			break // the family name ends the name
		}
	}
	if m-k < 2 || m >= len(f.toks) || !(f.isComma(m) || f.isComp(m)) {
		return rasid.Speaker{}, false
	}
	if e, ok := r.entityAt(f.toks[k].Start, f.toks[m-1].End, false); ok && e.Type != rasid.PER {
		return rasid.Speaker{}, false
	}
	sp := rasid.Span{Start: f.toks[k].Start, End: f.toks[m-1].End}
	name := f.text[sp.Start:sp.End]
	if e, ok := r.entityAt(sp.Start, sp.End, true); ok && e.Type == rasid.PER && e.Start == sp.Start {
		name = canonical(f.text, e)
	}
	r.addTitle(ph.start, f.text[ph.start:ph.end], name)
	return rasid.Speaker{Name: name, Span: sp}, true
}

// nameBeforeBound reads the name that ends a title with complements, right
// before the bound of the content: المشرف العام على البرنامج الوطني للحرف
// "صناع" الدكتور ماجد الدوسري، أن. From the title the words run, with no
// cue or sentence end, to إن/أن (or إلى أن, على أن); the name is the two
// to four name words before it (and before a comma), the last one may be a
// family name with the article, and what precedes the name closes the
// complement: an honorific, a definite word, a place or a quote mark.
func (r *resolver) nameBeforeBound(ph phraseRef) (int, int, bool) {
	f := r.f
	m := f.boundAfterTitle(ph.a)
	if m < 0 {
		return 0, 0, false
	}
	end := f.beforeAddressee(m, ph.b)
	if f.isComma(end - 1) {
		end--
	}
	q := end
	for q > ph.b && end-q < 4 && f.toks[q-1].Kind == rasid.Arabic &&
		(f.nameWord(q-1) || q == end && strings.HasPrefix(f.keys[q-1], "ال") && !stopSlot[f.toks[q-1].Norm] && f.nameWord(q-2)) {
		q--
	}
	if e, ok := r.perEndingAt(end-1, ph.b); ok {
		// a person the entity layer tagged closes the complement: the
		// word before it may be any name (مدير الإعلام في معرض جرش فلان)
		q = e
	}
	if end-q < 2 {
		return 0, 0, false
	}
	p := q - 1
	if !(f.isQuoteMark(p) || f.isComma(p) || f.locAt[p] || f.toks[p].Kind == rasid.Arabic && strings.HasPrefix(f.keys[p], "ال") ||
		r.entityEndsAt(p)) {
		return 0, 0, false
	}
	for k := ph.b; k < q; k++ {
		if circumstanceWords[f.keys[k]] {
			return 0, 0, false // قال الوزير خلال لقائه الرئيس فلان إن: someone else
		}
	}
	if e, ok := r.entityAt(f.toks[q].Start, f.toks[end-1].End, false); ok && e.Type != rasid.PER {
		return 0, 0, false
	}
	return q, end, true
}

// beforeAddressee steps back from the bound m over the addressee written
// before it (فلان، لـ"سبق" أنه; لوكالة الأنباء أن), not before lo.
func (f *finder) beforeAddressee(m, lo int) int {
	k := m
	for k > lo && f.isQuoteMark(k-1) {
		k--
	}
	for j := k - 1; j > lo && k-j <= 4; j-- {
		if f.isQuoteMark(j) || f.isComma(j) {
			continue
		}
		if n := f.toks[j].Norm; f.toks[j].Kind == rasid.Arabic && strings.HasPrefix(n, "ل") && (n == "ل" || n == "لـ" || addressees[n] || f.isComma(j-1)) {
			return j
		}
	}
	return m
}

// boundAfterTitle returns the token of إن/أن (or of إلى/على before أن)
// that bounds the content after a title starting at a, within the
// sentence and 18 tokens, with no cue or other quote between; -1 if none.
func (f *finder) boundAfterTitle(a int) int {
	_, se := f.sentRange(a)
	for m := a + 1; m < se && m-a <= 18; m++ {
		if f.isComp(m) {
			return m
		}
		if (f.keys[m] == "الي" || f.isAla(m)) && m+1 < se && f.isComp(m+1) {
			return m
		}
		if f.cues[m].class != noCue || f.inQuote[m] || f.isTerminal(m) || f.isColon(m) {
			return -1
		}
	}
	return -1
}

// cueInside reports whether a cue token lies in the bytes [s, e).
func (f *finder) cueInside(s, e int) bool {
	for k := f.tokenAt(s); k < len(f.toks) && f.toks[k].Start < e; k++ {
		if f.cues[k].class != noCue {
			return true
		}
	}
	return false
}

// courtesyAbbrev reports a courtesy title written as one letter and a
// dot at token k (د. for الدكتور, م. for المهندس, أ. for الأستاذ), before
// a name.
func (f *finder) courtesyAbbrev(k int) bool {
	if k+2 >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || !f.isPunct(k+1, ".") || f.lineBreakBefore(k+2) {
		return false
	}
	switch f.toks[k].Norm {
	case "د", "م", "ا":
		return f.toks[k+1].Start == f.toks[k].End && f.nameWord(k+2)
	}
	return false
}

// secondCommaTitle reads a second office set off by commas after the first
// (مدير عام الهيئة، أمين مجلس التنمية بالمنطقة، فلان،): the office at
// token k, its complement up to a comma, then the name after it. The
// person holds both offices.
func (r *resolver) secondCommaTitle(ph phraseRef, k int) (rasid.Speaker, bool) {
	f := r.f
	if k >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || !personTitles[f.keys[k]] || courtesyBack[f.keys[k]] ||
		strings.HasPrefix(f.keys[k], "ال") && k+1 < len(f.toks) && f.nameWord(k+1) || r.chain >= 2 {
		return rasid.Speaker{}, false
	}
	c := k + 1
	for c < len(f.toks) && c-k < 9 && !f.isComma(c) && !f.lineBreakBefore(c) && f.complementWord(c, k+1) {
		c++
	}
	if c >= len(f.toks) || c == k+1 || !f.isComma(c) {
		return rasid.Speaker{}, false
	}
	r.chain++
	sp, ok := r.nameAfterComma(phraseRef{a: k, b: c, start: f.titleStart(k), end: f.toks[c-1].End})
	r.chain--
	if !ok {
		return rasid.Speaker{}, false
	}
	if e, found := r.entityAt(sp.Span.Start, sp.Span.End, true); !found || e.Type != rasid.PER {
		return rasid.Speaker{}, false // two offices and then words the entity layer did not read as a person (ضيف البرنامج)
	}
	r.addTitle(ph.start, f.text[ph.start:ph.end], sp.Name)
	return sp, true
}
