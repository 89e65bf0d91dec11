package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// speaker resolves the speaker of candidate c; prev is the speaker of the
// quote before it. The speaker candidates are tried in this order: none
// for a passive cue (قيل), the previous speaker for a cue that carries it
// (على حد قوله), the subject between كان and قد, the phrase in the
// cue's slot, the subject of the verb or of the participle's clause, and
// last the speaker carried from before (carry).
func (r *resolver) speaker(c *cand, prev rasid.Speaker, prevEnd int) rasid.Speaker {
	if c.hasCue && c.cue.class == passive {
		return rasid.Speaker{}
	}
	if c.hasCue && c.cue.carry {
		if c.cue.attr {
			if sp, ok := r.clauseSubject(c.cue.a); ok {
				return sp // رجح فلان …، بحسب تصريحاته: the subject of the clause cited
			}
		}
		return prev
	}
	if c.hasCue && c.cue.class == verb && f1(r.f, c.cue.a) {
		// فإننا نؤكد اطلاعنا على …: a verb in the first person is said
		// by the one speaking, what follows it is its object
		return prev
	}
	if sp, ok := r.subjectBeforeQad(c); ok {
		return sp
	}
	if c.hasCue && c.cue.class == verb {
		// ألقى فلان كلمة (مسجلة) قال فيها: the speaker of the speech
		if sp, ok := r.speechAgent(c.cue.a); ok {
			return sp
		}
	}
	if c.hasCue && c.cue.class == verb {
		if sp, ok := r.namedSubjectBefore(c.cue.a); ok {
			return sp // عيدان طالب القاضي بالإفراج: the subject stands before the verb
		}
	}
	if c.slotA < c.slotB && !(c.hasCue && c.cue.class == participle) && !r.notSubject(c) {
		// a participle's speaker is its clause's subject: what follows
		// it is an object (داعياً المنظمات إلى …)
		return r.slotSpeaker(c, prev)
	}
	if !c.hasCue {
		return prev
	}
	switch c.cue.class {
	case verb:
		if sp, ok := r.pronounSubject(c.cue.a); ok {
			return sp // ورغم أن فلان لم يذكر …، إلا أنه قال
		}
		if sp, ok := r.relativeSubject(c.cue.a); ok {
			return sp
		}
		if sp, ok := r.indefiniteAntecedent(c.cue.a); ok {
			return sp
		}
		if sp, ok := r.whereSubject(c.cue.a, prev); ok {
			return sp
		}
		if sp, ok := r.verbSpeaker(c.cue.a, prevEnd); ok {
			return sp
		}
	case participle:
		if sp, ok := r.participleSpeaker(c.cue.a, prev, prevEnd); ok {
			return sp
		}
	}
	return r.carry(c, prev, prevEnd)
}

// subjectBeforeQad reads the subject of a verb cue after قد: وكان حاكم
// المصرف فلان قد أكد الأسبوع الماضي أن. The subject stands between كان and
// قد, whatever follows the verb.
func (r *resolver) subjectBeforeQad(c *cand) (rasid.Speaker, bool) {
	f := r.f
	if !c.hasCue || c.cue.class != verb || c.cue.a <= 0 {
		return rasid.Speaker{}, false
	}
	if f.keys[c.cue.a-1] != "قد" && f.keys[c.cue.a-1] != "فقد" {
		// وكانت الحكومة التركية أكدت …: the subject between كان and the
		// verb, without قد
		s0, _ := f.sentRange(c.cue.a)
		if f.keys[c.cue.a] != f.toks[c.cue.a].Norm {
			return rasid.Speaker{}, false // a verb with و is not the predicate of كان
		}
		if k := f.kanBefore(c.cue.a, s0); k >= 0 && k+1 < c.cue.a {
			if sp, ok := r.phrase(k+1, c.cue.a, false); ok {
				return sp, true
			}
		}
		return rasid.Speaker{}, false
	}
	if a, b, ok := f.subjectBefore(c.cue.a); ok {
		if sp, ok := r.phrase(a, b, false); ok {
			return sp, true
		}
	}
	return rasid.Speaker{}, false
}

// slotSpeaker resolves the phrase in the cue's slot, cut before an object
// (اتهمت الوزارة موسكو بـ"…"); a role description refers back to the
// previous speaker.
func (r *resolver) slotSpeaker(c *cand, prev rasid.Speaker) rasid.Speaker {
	f := r.f
	a, b := c.slotA, c.slotB
	if prev.Name != "" && (f.isVerb(a) && !f.agentAt(a) || f.keys[a] == "تم" || f.keys[a] == "تمت") {
		// وأضاف تمت مناقشة …: a verb after the cue opens what was said,
		// the speaker is the one speaking before
		return rasid.Speaker{Name: prev.Name}
	}
	if personTitles[phraseHead(f.keys[a], c.cue.attr)] && !r.hasPerson(a, b) && !(b < len(f.toks) && f.accusativeAt(b)) {
		// an accusative after the title is a predicate, not its holder's
		// name (اعتبرته المندوبة الجهوية مؤشراً …)
		if sp, ok := r.apposedName(a, c.cue.attr); ok {
			return sp // قال رئيس الجمعية بصفاقس، فلان، إن; وفقاً للمشرف على الفريق فلان فإن
		}
	}
	if f.objectBefore(b) && !r.hasAgent(a, b) {
		a, b = f.subjectChunk(a, b)
	}
	if a >= b {
		a, b = c.slotA, c.slotB
	}
	if c.hasCue && c.cue.class == verb {
		if e := f.pluralSubjectEnd(a, b); e > 0 {
			b = e // انتقد بعض السكان قرار فلان بأن: the object is not the speaker
		}
	}
	sp, ok := r.phrase(a, b, c.cue.attr)
	if !ok && prev.Name != "" {
		return rasid.Speaker{Name: prev.Name, Span: sp.Span}
	}
	return sp
}

// cueNouns are verbal nouns of reporting verbs: after جدد، أعاد، واصل
// they are the object (وجدد التأكيد على أن), never the speaker.
var cueNouns = setOf("التاكيد", "الدعوة", "الاشارة", "التحذير", "المطالبة", "التنبيه", "التشديد", "الاعراب", "التعبير",
	"الترحيب", "الرفض", "النفي", "القول", "التذكير", "الحديث")

// notSubject reports whether the slot of c cannot hold the cue's subject:
// a verbal noun of saying (وجدد التأكيد على أن) or, with no person or
// organisation in it, a phrase that opens with a preposition (على الاتفاق
// الذي يقولون إنه, بجدية التحولات). The subject is then looked for
// before the verb or carried over.
func (r *resolver) notSubject(c *cand) bool {
	f := r.f
	if !c.hasCue || c.cue.attr {
		return false
	}
	a := c.slotA
	if cueNouns[f.keys[a]] || a == c.cue.b && f.obliquePlural(a) || r.ownedPhrase(a, c.slotB) {
		return true // وشرحت فكرتها، وتابعت متحمسة: the subject is not written
	}
	if a == c.cue.b && c.cue.class == verb && f.circumstantial(a) && !r.hasPerson(a, a+1) {
		return true // فقال مخاطباً أنصاره، وقال متحدثاً للصحفيين: how he spoke
	}
	ws := f.toks[a].Words
	return len(ws) > 1 && ws[0].UPOS == "ADP" && !r.hasAgent(a, c.slotB)
}

// circumstantial reports an indefinite active participle in the
// accusative at k (مخاطباً، متحدثاً، مبتسمةً): right after a verb it says
// how the subject acted (a حال); it is never the subject itself. The
// participle of the derived forms starts with م and ends in ا (or ة with
// tanwin); a name the entity layer tagged is left alone.
func (f *finder) circumstantial(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.inName[k] || f.agentTok[k] || len(t.Words) != 1 {
		return false
	}
	n := t.Norm // without marks: the tanwin is read on the surface
	if !strings.HasPrefix(n, "م") || utf8.RuneCountInString(n) < 5 {
		return false
	}
	surf := f.text[t.Start:t.End]
	switch {
	case strings.HasSuffix(n, "ا") && !strings.HasSuffix(n, "اا"):
	case strings.HasSuffix(n, "ة") && strings.Contains(surf, "\u064b"):
	default:
		return false
	}
	return t.Words[0].UPOS == "NOUN" || t.Words[0].UPOS == "ADJ"
}

// namedSubjectBefore finds a person or organisation named right before
// the verb at v, at the start of its clause (SVO: وخلال الجلسة، فلان طالب
// القاضي بـ…): the subject, so that the noun after the verb is its
// object.
func (r *resolver) namedSubjectBefore(v int) (rasid.Speaker, bool) {
	f := r.f
	a, b, ok := f.subjectBefore(v)
	if !ok || a >= b {
		return rasid.Speaker{}, false
	}
	e, found := r.entityAt(f.toks[a].Start, f.toks[b-1].End, false)
	if !found || e.Type == rasid.LOC || e.Type == "MISC" || e.Start > f.skipProclitic(a, false) || e.End < f.toks[b-1].End {
		return rasid.Speaker{}, false
	}
	return r.phrase(a, b, false)
}

// phraseHead is the head word of a speaker phrase: for an attribution the
// word after its ل (للمشرف → المشرف, لوزير → وزير).
func phraseHead(k string, attr bool) string {
	switch {
	case !attr:
		return k
	case strings.HasPrefix(k, "لل"):
		return "ال" + k[len("لل"):]
	case strings.HasPrefix(k, "ل"):
		return k[len("ل"):]
	}
	return k
}

// apposedPerson is the PER entity starting at token p or, after a comma,
// the name words there (nameWordsAt).
func (r *resolver) apposedPerson(p, se int, comma bool) (rasid.Entity, bool) {
	f := r.f
	e, ok := r.entityAt(f.toks[p].Start, f.toks[p].End, true)
	if ok && e.Type == rasid.PER && e.Start == f.toks[p].Start {
		return e, true
	}
	if !comma {
		return rasid.Entity{}, false
	}
	return f.nameWordsAt(p, se)
}

// nameWordsAt reads two to four plain name words at p (before se) that
// the entity layer did not mark, followed by a comma or the one spoken
// to, as a person: قال رئيس النقابة بنابل، منير الصغير لـ"الإذاعة".
func (f *finder) nameWordsAt(p, se int) (rasid.Entity, bool) {
	end := min(f.nameRun(p, se), p+4)
	for m := p + 2; m <= end && m < se; m++ {
		if (f.isComma(m) || f.addresseeAfter(m) > m) && f.plainNameRun(p, m) {
			name := f.text[f.toks[p].Start:f.toks[m-1].End]
			return rasid.Entity{Span: rasid.Span{Start: f.toks[p].Start, End: f.toks[m-1].End}, Type: rasid.PER, Canonical: name}, true
		}
	}
	return rasid.Entity{}, false
}

// hasPerson reports whether a PER entity lies in tokens [a, b).
func (r *resolver) hasPerson(a, b int) bool {
	e, ok := r.entityAt(r.f.toks[a].Start, r.f.toks[b-1].End, false)
	return ok && e.Type == rasid.PER
}

// apposedName finds the person a title at token a names by apposition: a
// PER entity set off by a comma after the title and its complements, and
// followed by a comma, إن/أن or a colon, with no verb, cue or sentence end
// between (قال كاتب الدولة لدى وزير الفلاحة، فلان إن; رئيس جمعية
// الصيادين بصفاقس، فلان، إن). The title is learned for that person.
func (r *resolver) apposedName(a int, attr bool) (rasid.Speaker, bool) {
	f := r.f
	_, se := f.sentRange(a)
	for k := a + 1; k < se-1 && k-a <= 14; k++ {
		if f.isComp(k) || f.isColon(k) || f.isTerminal(k) || f.isQuoteMark(k) || f.cues[k].class != noCue || f.isVerb(k) && !f.agentAt(k) {
			return rasid.Speaker{}, false
		}
		if !f.isComma(k) && !attr {
			continue
		}
		p := k + 1 // the name after the comma, or for an attribution the name that closes its source
		if attr && !f.isComma(k) {
			p = k
		}
		e, ok := r.apposedPerson(p, se, f.isComma(k))
		if !ok && f.isComma(k) && p+1 < se && strings.HasPrefix(f.keys[p], "ال") && personTitles[f.keys[p]] {
			// المدير العام للمستشفى، استشاري جراحة القلب، الدكتور فلان:
			// a rank or honorific before the apposed name (session 10)
			e, ok = r.apposedPerson(p+1, se, false)
		}
		if !ok {
			continue
		}
		m := f.tokenAt(e.End)
		if m < len(f.toks) && f.toks[m].Start < e.End {
			m++ // the entity ends inside a token
		}
		if e2, m2, ok := r.secondAppositive(e, m, se); ok {
			e, m = e2, m2 // المدير العام للمستشفى، استشاري جراحة القلب، الدكتور فلان
		}
		name := canonical(f.text, e)
		marks := m < se && f.isQuoteMark(m) // انتقد القيادي، فلان "الديمقراطية": the object in marks
		if m < se && !f.isComma(m) && !f.isComp(m) && !marks {
			if m2 := min(f.nameRun(m, se), m+3); m2 > m {
				// the entity layer cut the name short (سالم بن + علي الحربي)
				m = m2
				e.End = f.toks[m-1].End
				name = asWritten(f.text[e.Start:e.End])
			}
		}
		if m >= se || !(f.isComma(m) || f.isComp(m) || f.isColon(m) || attr && f.isTerminal(m) || f.addresseeAfter(m) > m || marks) {
			return rasid.Speaker{}, false // (فلان لـ"الإذاعة": the one spoken to closes the name too)
		}
		t0 := f.toks[a].Start
		r.addTitle(t0, f.text[t0:f.toks[k-1].End], name)
		return rasid.Speaker{Name: name, Span: rasid.Span{Start: e.Start, End: e.End}}, true
	}
	return rasid.Speaker{}, false
}

// verbSpeaker resolves the subject of the verb cue at cue with an empty
// slot: the subject before it (الوزير أكد أن), or, for a coordinated verb,
// the subject of the verb before it in the sentence (نفت القوات
// الاتهامات، واعتبرت أنها …).
func (r *resolver) verbSpeaker(cue, prevEnd int) (rasid.Speaker, bool) {
	f := r.f
	if a, b, ok := f.subjectBefore(cue); ok {
		if sp, ok := r.phrase(a, b, false); ok {
			return sp, true
		}
	}
	s0, _ := f.sentRange(cue)
	if f.inIndefiniteRelative(cue) {
		// ألقى فلان كلمة قال فيها: the speaker of the speech
		return r.mainClauseAgent(cue, s0)
	}
	subordinate := cue >= 2 && f.keys[cue-1] == "ان" && notComplement[f.keys[cue-2]] // بعد أن أكدت
	// كما قدّم لهم التهنئة: the subject of the clause before
	also := cue >= 1 && f.keys[cue-1] == "كما"
	if f.keys[cue] == f.toks[cue].Norm && !subordinate && !also || prevEnd >= 0 && prevEnd >= f.toks[cue].Start {
		return rasid.Speaker{}, false
	}
	for v := cue - 1; v >= s0 && cue-v < 40; v-- {
		if f.cues[v].class != verb || f.inDir[v] || f.inQuote[v] {
			continue
		}
		if f.plural(cue) {
			// انتقد ناشطون عرب ادعاءات فلان …، وقالوا إن: the plural
			// subject, not the person in the object
			if sp, ok := r.pluralSubject(f.slot(v, cue)); ok {
				return rasid.Speaker{Name: sp.Name}, true
			}
		}
		return r.verbSubject(v, cue)
	}
	if sp, ok := r.coordinatedSubject(cue, s0); ok {
		return sp, true
	}
	return r.mainClauseAgent(cue, s0)
}

// inIndefiniteRelative reports a cue that opens a relative clause on the
// indefinite noun before it, with فيه/فيها referring back to the noun
// (كلمة قال فيها، تدوينة كتب فيها، بياناً أكدت فيه): the clause has no
// relative pronoun, and the subject is the main clause's.
func (f *finder) inIndefiniteRelative(cue int) bool {
	return f.speechAntecedent(cue) >= 0
}

// speechAntecedent returns the indefinite noun that a cue with فيه/فيها
// describes (كلمة قال فيها), -1 if there is none. The noun may carry
// complements before the cue: كلمة (مسجلة) لهذا الحفل قال فيها، برسالة
// للطلاب؛ قال فيها.
func (f *finder) speechAntecedent(cue int) int {
	if cue < 1 || cue+1 >= len(f.toks) || f.keys[cue] != f.toks[cue].Norm {
		return -1
	}
	if !f.resumptiveAfter(cue) {
		return -1
	}
	s0 := f.clauseStartAcross(cue)
	names := 0 // the addressee's name after the noun: اتصالاً هاتفياً بالرئيس فلان أكدا خلاله
	for p := cue - 1; p >= s0 && cue-p-names <= 7 && cue-p <= 14; p-- {
		t := f.toks[p]
		switch {
		case f.isPunct(p, "(") || f.isPunct(p, ")") || p == cue-1 && f.isPunct(p, "؛"):
			continue
		case f.inName[p] && t.Kind == rasid.Arabic && f.cues[p].class == noCue:
			names++
			continue
		case t.Kind != rasid.Arabic || f.inName[p] || f.cues[p].class != noCue || f.isVerb(p):
			return -1
		case f.speechNoun(p):
			return p
		}
	}
	return -1
}

// speechAgent names the speaker of a cue in a relative clause on a noun of
// speech (ارتجل المحافظ كلمة أعرب فيها عن): the subject of the main verb
// before the noun, the noun itself being that verb's object.
func (r *resolver) speechAgent(cue int) (rasid.Speaker, bool) {
	f := r.f
	n := f.speechAntecedent(cue)
	if n < 0 {
		return rasid.Speaker{}, false
	}
	if sp, ok := r.speechAuthor(n, cue); ok {
		return sp, true // نشرت الصحيفة مقالاً للكاتب فلان أشار فيه إلى
	}
	s0 := f.clauseStartAcross(cue)
	v := n
	for range 2 {
		if v = f.mainVerbBefore(v, s0, f.gender(cue)); v < 0 {
			break
		}
		if sp, ok := r.nameBeforeObject(v, n); ok {
			return sp, true // ألقى مدير المهرجان (…) فلان كلمة
		}
		sp := r.participleVerb(v, n, rasid.Speaker{})
		if sp.Name != "" && r.namesAgent(sp.Span) {
			return sp, true
		}
	}
	return rasid.Speaker{}, false
}

// speechAuthor names the author the noun of speech at n is given to with
// لـ before the cue (مقالاً للكاتب فلان كتب فيه، كلمة لرئيس الجمعية فلان
// قال فيها): a person or an organisation the entity layer marked.
func (r *resolver) speechAuthor(n, cue int) (rasid.Speaker, bool) {
	f := r.f
	if n+2 > cue || !strings.HasPrefix(f.toks[n+1].Norm, "ل") {
		return rasid.Speaker{}, false
	}
	if ws := f.toks[n+1].Words; len(ws) != 2 || ws[0].UPOS != "ADP" {
		return rasid.Speaker{}, false
	}
	sp, ok := r.phrase(n+1, cue, true)
	if !ok || !r.namesAgent(sp.Span) {
		return rasid.Speaker{}, false
	}
	return sp, true
}

// nameBeforeObject reads the subject of verb v that ends with a PER entity
// right before its object at n (ألقى مدير المهرجان (صيفنا أحلى) فلان كلمة):
// the words between are the title's, with no verb or cue among them.
func (r *resolver) nameBeforeObject(v, n int) (rasid.Speaker, bool) {
	f := r.f
	if n-v < 3 || !personTitles[f.keys[v+1]] {
		return rasid.Speaker{}, false
	}
	e, ok := r.entityAt(f.toks[n-1].Start, f.toks[n-1].End, false)
	if !ok || e.Type != rasid.PER || e.End != f.toks[n-1].End || e.Start <= f.toks[v+1].End {
		return rasid.Speaker{}, false
	}
	for k := v + 2; k < n && f.toks[k].Start < e.Start; k++ {
		if !f.complementWord(k, v+2) {
			return rasid.Speaker{}, false
		}
	}
	return rasid.Speaker{Name: canonical(f.text, e), Span: rasid.Span{Start: e.Start, End: e.End}}, true
}

// clauseStartAcross is the first token of cue's sentence, or of the one
// before when a semicolon ended it: a semicolon joins two clauses of one
// sentence (وتوجه فلان برسالة للطلاب؛ قال فيها).
func (f *finder) clauseStartAcross(cue int) int {
	s0, _ := f.sentRange(cue)
	if s0 > 0 && f.isPunct(s0-1, "؛") {
		s0, _ = f.sentRange(s0 - 1)
	} else if s0 > 0 && s0 == cue && f.isPunct(s0, "؛") {
		s0, _ = f.sentRange(s0 - 1)
	}
	return s0
}

// speechNoun reports an indefinite noun at p, bare or after ب, that a
// relative clause with فيه/فيها can describe (كلمة، برسالة، تدوينة).
func (f *finder) speechNoun(p int) bool {
	t := f.toks[p]
	if strings.HasPrefix(t.Norm, "ال") {
		return false
	}
	ws := t.Words
	switch {
	case len(ws) == 1:
		return ws[0].UPOS == "NOUN"
	case len(ws) == 2 && ws[0].UPOS == "ADP" && strings.HasPrefix(t.Norm, "ب"):
		return ws[1].UPOS == "NOUN" && !strings.HasPrefix(ws[1].Form, "ال")
	}
	return false
}

// mainClauseAgent reads the implied subject of a verb cue with و or ف
// that no reporting verb precedes in its sentence (وعلق فلان على
// الاتهامات فأشار إلى أن; اعتقلت الشرطة رجلاً …، وقالت إنها): the subject
// of the nearest main verb before it, of the cue's gender, when that
// subject names a person, an organisation or an office. A verb whose
// subject is not written (an undiacritised passive, تم, an object after
// the verb) names nobody, and the next main verb before it is tried.
func (r *resolver) mainClauseAgent(cue, s0 int) (rasid.Speaker, bool) {
	f := r.f
	g := f.gender(cue)
	v := cue
	for range 3 {
		if v = f.mainVerbBefore(v, s0, g); v < 0 {
			break
		}
		sp := r.participleVerb(v, cue, rasid.Speaker{})
		if sp.Name != "" && (r.namesAgent(sp.Span) || sp.End > sp.Start && f.orgHead(f.tokenAt(sp.Start))) {
			return sp, true
		}
	}
	return rasid.Speaker{}, false
}

// participleSpeaker resolves the speaker of a participle cue (مؤكداً):
// the subject of the verb before it in the sentence, else the previous
// speaker, an entity before it, or the subject after the sentence's first
// verb. ok false leaves it to carry.
func (r *resolver) participleSpeaker(cue int, prev rasid.Speaker, prevEnd int) (rasid.Speaker, bool) {
	f := r.f
	s0, _ := f.sentRange(cue)
	sub, rel := -1, -1
	g := f.gender(cue)
	plural := f.plural(cue)
	for v := cue - 1; v >= s0 && cue-v < 80; v-- {
		if f.cues[v].class != verb || f.inDir[v] || f.inQuote[v] && f.cueInsideOther(v) || f.inName[v] && !f.agentAt(v) || f.afterNamedSubject(v, s0) {
			continue
		}
		if vg := f.gender(v); g != 0 && vg != 0 && vg != g {
			// أبدى الأخير رغبته …، مبينة أن: the participle agrees with
			// the subject of its clause's verb, not with another verb's
			continue
		}
		if v > s0 && relatives[f.toks[v-1].Norm] && rel < 0 {
			// الجهة التي كشفت النقاب عن …، مؤكدة: a verb of a relative
			// clause is taken only when no main clause's verb names the
			// subject
			rel = v
			continue
		}
		if v > s0 && f.subordinateVerb(v) {
			// قرار يدين النظام السوري …، قائلا: an imperfect verb inside
			// the sentence belongs to a relative or complement clause;
			// the participle extends the main clause
			if sub < 0 {
				sub = v
			}
			continue
		}
		sp := r.participleVerb(v, cue, prev)
		if sp.Name == "" && f.offerKey(v) != "" {
			// كما قدم لهم التهنئة …، مشيراً: thanks offered with no
			// subject written; the main clause's is looked for below
			break
		}
		return sp, true
	}
	if sub >= 0 {
		return r.participleVerb(sub, cue, prev), true
	}
	if prevEnd >= f.toks[s0].Start {
		return prev, true
	}
	if v := f.mainVerbBefore(cue, s0, g); v >= 0 {
		// قدم الأمير فلان شكره للوزير …، مضيفاً: the subject of the
		// clause's main verb, whatever the verb, when it names someone
		// (not the object after a verb whose subject is not written:
		// علّل هذه المسألة بتغير النمط …، مشيراً)
		if sp := r.participleVerb(v, cue, rasid.Speaker{}); sp.Name != "" && (r.namesAgent(sp.Span) || plural) {
			// عبر الأهالي عن ارتياحهم …، مؤكدين: a plural participle
			// agrees with the plural subject, named or not
			return sp, true
		}
	}
	if rel >= 0 {
		return r.participleVerb(rel, cue, prev), true
	}
	if e, ok := r.entityAt(f.toks[s0].Start, f.toks[cue].Start, false); ok && e.Type != rasid.LOC && !(plural && e.Type == rasid.PER) {
		return rasid.Speaker{Name: canonical(f.text, e), Span: e.Span}, true
	}
	// the subject after the sentence's first verb: ناشد والي القضارف
	// المنظمات …، مؤكداً أن
	if s0+1 < cue && f.toks[s0].Kind == rasid.Arabic && !stopSlot[f.keys[s0]] && !attrWords[f.keys[s0]] &&
		(f.isVerb(s0) || len(f.toks[s0].Words) == 0) {
		// (not after وبخصوص الأزمة …: the morphology layer reads no verb
		// there)
		if a, b := f.subjectChunk(s0+1, cue); a < b {
			if sp, ok := r.phrase(a, b, false); ok {
				return sp, true
			}
		}
	}
	return rasid.Speaker{}, false
}

// f1 reports whether the cue at k is a verb in the first person by the
// morphology layer (نؤكد، أؤكد، أكدنا).
func f1(f *finder, k int) bool {
	for _, w := range f.toks[k].Words {
		if w.UPOS == "VERB" && strings.Contains(w.Feats, "Person=1") {
			return true
		}
	}
	return false
}

// namesAgent reports whether the bytes of sp hold a PER or ORG entity or
// start with a person's title or a source noun.
func (r *resolver) namesAgent(sp rasid.Span) bool {
	if sp.End <= sp.Start {
		return false
	}
	if e, ok := r.entityAt(sp.Start, sp.End, false); ok && e.Type != rasid.LOC {
		return true
	}
	k := r.f.tokenAt(sp.Start)
	return k < len(r.f.toks) && (personTitles[r.f.keys[k]] || sourceHeads[r.f.keys[k]])
}

// mainVerbBefore finds the nearest past verb before the participle at cue
// in its sentence that heads a main clause (not after a relative pronoun
// or أن, not inside a quote) and agrees with gender g; -1 if none.
func (f *finder) mainVerbBefore(cue, s0 int, g byte) int {
	for v := cue - 1; v >= s0 && cue-v < 60; v-- {
		if !f.isVerb(v) || f.inQuote[v] || f.agentAt(v) || !f.pastVerb(v) {
			continue
		}
		if v > s0 && (relatives[f.toks[v-1].Norm] || f.toks[v-1].Norm == "ان" || f.isComp(v-1)) {
			continue
		}
		if vg := f.gender(v); g != 0 && vg != 0 && vg != g {
			continue
		}
		return v
	}
	return -1
}

// pastVerb reports whether token k holds a verb in the perfect.
func (f *finder) pastVerb(k int) bool {
	for _, w := range f.toks[k].Words {
		if w.UPOS == "VERB" && strings.Contains(w.Feats, "Aspect=Perf") {
			return true
		}
	}
	return false
}

// participleVerb resolves the subject of the verb v that a participle at
// cue follows: the phrase after v (cut before the object when no إن/أن
// bounds it: ناشد والي القضارف المنظمات …), the subject before v, or the
// previous speaker.
func (r *resolver) participleVerb(v, cue int, prev rasid.Speaker) rasid.Speaker {
	f := r.f
	if sp, ok := r.namedSubjectBefore(v); ok {
		return sp
	}
	a, b := f.slot(v, cue) // نقلت الوكالة عن مصدر …، مشيراً: the source after عن
	if a < b && (f.accusativeNoun(a) || r.ownedPhrase(a, b) || f.gluedPrepObject(a)) {
		a = b // ووجه نقداً حاداً …، واصفاً: an object, the subject is unwritten
	}
	if a < b && personTitles[f.keys[a]] && !r.hasPerson(a, b) {
		if sp, ok := r.apposedName(a, false); ok {
			return sp // عبّر رئيس الغرفة …، فلان، عن …، معتبراً: the name set off by commas
		}
	}
	if f.plural(cue) {
		// انتقد ناشطون عرب ادعاءات فلان، مؤكدين: the plural subject,
		// not the person in the object
		if sp, ok := r.pluralSubject(a, b); ok {
			return sp
		}
	}
	if a < b && !f.hasCompBetween(v, cue) && !r.hasAgent(a, b) {
		a, b = f.subjectChunk(a, b)
	}
	if a < b && f.plural(cue) && f.plural(a) && strings.HasPrefix(f.keys[a], "ال") && !f.agentTok[a] {
		// أشاد المشاركون بدعم المحافظ فلان، مؤكدين: the plural subject,
		// not the person in its complement
		k := a + 1
		for k < b && f.nisba(k) {
			k++
		}
		b = k
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

// clauseSubject resolves the subject of the main verb that opens the
// sentence of token at, when it names an agent: رجح رئيس الحزب فلان وجود
// مخاطر، بحسب تصريحاته → فلان.
func (r *resolver) clauseSubject(at int) (rasid.Speaker, bool) {
	f := r.f
	s0, _ := f.sentRange(at)
	for v := s0; v < at && v-s0 < 4; v++ {
		if !f.isWord(v) {
			continue
		}
		if !f.isVerb(v) || f.inDir[v] || f.agentAt(v) {
			continue // the content of the attribution holds the verb
		}
		a, b := f.slot(v, at)
		if a < b && !r.hasAgent(a, b) {
			a, b = f.subjectChunk(a, b)
		}
		if a >= b || !r.hasAgent(a, b) && !personTitles[f.keys[a]] && !sourceHeads[f.keys[a]] {
			return rasid.Speaker{}, false
		}
		return r.phrase(a, b, false)
	}
	return rasid.Speaker{}, false
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
	if sp, ok := r.announcer(int(ps[0]), int(ps[1])); ok {
		return sp // أعلنت مصر قطع العلاقات … وأضافت أن: the one who announced
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

// announcer resolves the subject of a reporting verb that opens the
// sentence [s0, s1) and reported no quote (أعلنت جمهورية مصر قطع
// العلاقات، كشف الوزير عن خطة): a person, organisation or place named
// after it, who goes on speaking in the next sentence.
func (r *resolver) announcer(s0, s1 int) (rasid.Speaker, bool) {
	f := r.f
	v := s0
	for v < s1 && v-s0 < 4 && f.cues[v].class == noCue && !f.isVerb(v) {
		v++ // وأخيرا، أعلنت …
	}
	if v >= s1 || f.cues[v].class != verb || f.used[v] || len(r.ents) == 0 {
		return rasid.Speaker{}, false
	}
	a, b := f.slot(v, s1)
	if a >= b {
		return rasid.Speaker{}, false
	}
	e, ok := r.entityAt(f.toks[a].Start, f.toks[a].End, true)
	if !ok || e.Start > f.skipProclitic(a, false) {
		return rasid.Speaker{}, false // the subject must be named right after the verb
	}
	name := canonical(f.text, e)
	if w := asWritten(f.text[e.Start:e.End]); len(w) > len(name) {
		name = w // the fullest name the article gives (جمهورية مصر العربية, not مصر)
	}
	return rasid.Speaker{Name: name}, true
}

// verbSubject resolves the subject of the verb cue at token v: the phrase
// after it, cut before an object when no إن/أن bounds it (up to limit).
func (r *resolver) verbSubject(v, limit int) (rasid.Speaker, bool) {
	f := r.f
	a, b := f.slot(v, limit)
	if a < b && r.ownedPhrase(a, b) {
		return r.subjectOfOwner(v) // أكد دعمه للحكومة واعتبر أن: the subject is not after the verb
	}
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
	if a < v {
		if k := f.kanBefore(a, s0); k >= 0 && k+1 < a {
			return k + 1, a, true
		}
	}
	if k := f.clauseHeadBefore(a, s0, fa || a < v && strings.HasPrefix(f.toks[a].Norm, "ف")); k >= 0 && k+1 < a && (f.keys[k] == "اما" || a == v) {
		return k + 1, a, true
	}
	if rel := f.relativeBefore(a, s0); rel > 0 && a == v {
		// إلا أن لاعب الوسط الذي ينافس في الدوري أكد: the subject
		// before the relative clause
		if k := f.clauseHeadBefore(rel, s0, fa); k >= 0 && k+1 < rel {
			return k + 1, rel, true
		}
	}
	if a != v || fa {
		return 0, 0, false // فقال without أما
	}
	return f.subjectWords(v, s0)
}

// relativeBefore finds the relative pronoun of a clause that ends at the
// verb a (الذي ينافس في الدوري أكد), within 14 words and no punctuation,
// cue or إن/أن; -1 if none.
func (f *finder) relativeBefore(a, s0 int) int {
	for k := a - 1; k > s0 && a-k <= 14; k-- {
		if !f.isWord(k) || f.cues[k].class != noCue || f.isComp(k) {
			return -1
		}
		if relatives[f.toks[k].Norm] {
			return k
		}
	}
	return -1
}

// kanForms are the forms of كان that open a clause with its subject.
var kanForms = setOf("كان", "وكان", "كانت", "وكانت", "فكان", "كانا", "وكانا", "كانتا", "وكانتا", "كانوا", "وكانوا")

// kanBefore finds كان before the subject that ends at v2 (وكان الرئيس فلان
// قد أكد: the subject lies between كان and قد), or -1.
func (f *finder) kanBefore(v2, s0 int) int {
	for k, n := v2-1, 0; k >= s0 && n <= 14; k-- {
		if f.isWord(k) {
			n++ // marks and brackets do not count
		}
		if kanForms[f.toks[k].Norm] {
			return k
		}
		if f.isQuoteMark(k) || f.isPunct(k, "،", ",", "(", ")") {
			continue // وكانت شبكة «سي ان ان تورك» أكدت; وكانت النائبة، فلانة، صرحت; كان حزب … (8 نواب)، أكد
		}
		if !f.isWord(k) || f.cues[k].class != noCue || f.isComp(k) || f.verbOrAux(k) && !f.agentAt(k) || clauseOpeners[f.keys[k]] {
			return -1 // كان يكذب فيما يبدو عندما قال: no subject between
		}
	}
	return -1
}

// clauseOpeners open a subordinate clause: a subject never runs over them.
var clauseOpeners = setOf("عندما", "حين", "حينما", "بعدما", "لما", "فيما", "بينما", "كلما")

// clauseHeadBefore finds what opens the clause of a subject ending at a:
// أما (أما الوزير فقد أكد) or, for a verb without ف (fa false), أن after
// غير (غير أن النقابة أكدت). It returns -1 when there is none.
func (f *finder) clauseHeadBefore(a, s0 int, fa bool) int {
	for k := a - 1; k >= s0 && (a-k <= 8 || fa && a-k <= 18); k-- {
		if fa && (f.isComma(k) || f.isQuoteMark(k) || f.isPunct(k, "(", ")")) {
			continue // أما الممثل فلان، فاعتبر; أما «النصرة» فقد أعلنت; أما الجبهة (15 نائبا)، فقد
		}
		if f.keys[k] == "ان" && k > s0 && notComplement[f.keys[k-1]] && !fa {
			return k
		}
		if f.keys[k] == "اما" || f.keys[k] == "لكن" && !fa {
			return k // ولكن مسؤولاً قال إن: the subject after لكن
		}
		if !f.isWord(k) {
			return -1
		}
	}
	return -1
}

// subjectWords reads the words before the verb v back to the start of its
// clause (a comma, a colon, a line or the sentence start) as its subject:
// الوزير أكد أن.
func (f *finder) subjectWords(v, s0 int) (int, int, bool) {
	a := v
	for a > s0 && v-a < 6 && !f.lineBreakBefore(a) {
		if o := f.quotedNameBefore(a, s0); o >= 0 {
			a = o // صحيفة "الأيام" البحرينية أوضحت: a quoted name in the subject
			continue
		}
		if !f.isWord(a - 1) {
			break
		}
		k := f.keys[a-1]
		if f.isComp(a-1) && a < v && f.inQuote[a] {
			break // أشارت الصحيفة إلى أن الطيار رد بأنه: a report inside a report
		}
		if f.cues[a-1].class != noCue || f.isComp(a-1) || stopSlot[k] || stopSlot[f.toks[a-1].Norm] || carryWords[k] ||
			f.verbOrAux(a-1) && !f.agentAt(a-1) {
			// ومضت تقول إن: a verb before the cue has the subject, which
			// is not written
			return 0, 0, false
		}
		a--
	}
	if a == v {
		return 0, 0, false
	}
	if a != s0 && !f.isComma(a-1) && !f.isColon(a-1) && !f.lineBreakBefore(a) && !(f.isComp(a-1) && f.inQuote[a] && f.agentWord(a)) && !f.afterSectionLabel(a) {
		return 0, 0, false
	}
	return a, v, true
}

// agentWord reports whether the phrase at a names an agent: a PER or ORG
// entity starts there, or a title, source or organisation noun.
func (f *finder) agentWord(a int) bool {
	k := f.keys[a]
	return f.agentTok[a] || personTitles[k] || sourceHeads[k] || anaphorHeads[k] || roleWords[k]
}

// subjectChunk returns the person or source phrase starting at token a,
// before b: a title with its complement and adjectives of origin, then up
// to four name words (الناطق باسم الرئاسة الفلسطينية نبيل أبو ردينة), or
// the name words alone.
func (f *finder) subjectChunk(a, b int) (int, int) {
	if e := f.partitive(a, a+1, b); e > a+1 {
		return a, e // عدد من سكان الحي، 20% من المشاركين
	}
	if anaphorHeads[f.keys[a]] && (a+1 >= b || !f.nisba(a+1) && !orgAdjectives[f.keys[a+1]]) {
		return a, a + 1 // ونصحت الوزارة كبار السن
	}
	if titleWords[f.keys[a]] && !personTitles[f.keys[a]] {
		return a, min(f.titleEnd(a), b) // قوات الدعم السريع
	}
	if k, ok := f.definiteChunk(a, b); ok {
		return a, k
	}
	if personTitles[f.keys[a]] {
		if p := f.nameAfterArticleTitle(a, b); p > 0 {
			return a, f.nameRun(p, b)
		}
	}
	k := a
	if personTitles[f.keys[a]] || sourceHeads[f.keys[a]] {
		k = f.sourceHeadEnd(a, b)
	}
	return a, f.nameRun(k, b)
}

// definiteChunk reads a definite noun and its adjectives at a: الخارجية
// الأردنية, المحكمة العليا.
func (f *finder) definiteChunk(a, b int) (int, bool) {
	n := f.keys[a]
	if !strings.HasPrefix(n, "ال") || personTitles[n] || roleWords[n] || sourceHeads[n] {
		return 0, false
	}
	k := a + 1
	for k < b && (f.nisba(k) || orgAdjectives[f.keys[k]]) {
		k++
	}
	return k, k > a+1 || orgNouns[n]
}

// nameAfterArticleTitle returns where the name starts after a title at a
// whose words all carry the article or belong to titles (عضو لجنة النفط
// والطاقة النيابية علي المشكور), or 0.
func (f *finder) nameAfterArticleTitle(a, b int) int {
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
		return p
	}
	return 0
}

// sourceHeadEnd returns the end of a title or source head at a and its
// complement (محافظ حلب), adjectives, title words and باسم + one word.
func (f *finder) sourceHeadEnd(a, b int) int {
	k := a + 1
	if !strings.HasPrefix(f.keys[a], "ال") && k < b && f.isWord(k) && f.keys[k] != "باسم" {
		k++
	}
	for k < b && f.toks[k].Kind == rasid.Arabic {
		n := f.keys[k]
		switch {
		case n == "باسم" && k+1 < b:
			k += 2
		case f.nisba(k) || titleWords[n] || personTitles[n] && strings.HasPrefix(n, "ال"):
			k++
		default:
			return k
		}
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

// subordinateVerb reports an imperfect verb with no conjunction (يدين،
// تنقد), read by the morphology layer when it ran, else by its prefix: in
// a news sentence it is rarely the main verb a participle extends.
func (f *finder) subordinateVerb(v int) bool {
	if f.keys[v] != f.toks[v].Norm {
		return false // وتقول: coordinated
	}
	if imp, ok := f.verbAspect(v); ok {
		return imp
	}
	n := f.toks[v].Norm
	return strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") && !strings.HasPrefix(n, "تم")
}

// relatives are the relative pronouns a cue can follow: its subject is
// the noun before them.
var relatives = setOf("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")

// relativeSubject reads the subject of a cue inside a relative clause
// (التقى الوزير بالسفيرة التي توقعت أن …): the noun phrase the relative
// pronoun before the cue refers to, a PER or ORG entity ending there or
// else up to three words back to a verb, a preposition or punctuation.
func (r *resolver) relativeSubject(cue int) (rasid.Speaker, bool) {
	f := r.f
	rel := cue - 1
	if rel < 1 || f.toks[rel].Kind != rasid.Arabic || !relatives[f.toks[rel].Norm] {
		return rasid.Speaker{}, false
	}
	if f.objectSuffix(cue) || f.relativeGender(rel) != 0 && f.gender(cue) != 0 && f.relativeGender(rel) != f.gender(cue) {
		// انتقد فلان "الديمقراطية" التي وصفها بأنها …، الدعم الذي قالت
		// الحكومة إنه: the antecedent is the verb's object, not its
		// subject; the subject is the main clause's
		return r.mainClauseSubject(rel, f.gender(cue))
	}
	// b ends the antecedent: right before the pronoun, or before a comma
	// that sets off a relative clause describing a named one (التقى الرئيس
	// فلان، الذي أكد أن …)
	b := rel
	comma := f.isComma(rel-1) && rel >= 2 && !f.lineBreakBefore(rel)
	if comma {
		b = rel - 1
	}
	if o, ok := f.openerOf[b-1]; ok && !comma && b-1-o >= 2 && b-1-o <= 6 {
		// "ذي دايلي مايل" التي رأت أن: the name in the marks
		sp := f.toks[o+1].Start
		return rasid.Speaker{Name: asWritten(f.text[sp:f.toks[b-2].End]), Span: rasid.Span{Start: sp, End: f.toks[b-2].End}}, true
	}
	if e, ok := r.entityAt(f.toks[b-1].Start, f.toks[b-1].End, false); ok && e.End == f.toks[b-1].End && e.Type != rasid.LOC &&
		!(comma && e.Type != rasid.PER) {
		// (after a comma, an organisation may be the complement of a
		// person's title: رئيس مجلس إدارة شركة …، الذي أشار)
		if a := f.tokenAt(e.Start); comma && a < b && f.toks[a].Start == e.Start {
			// the name as the document writes it (عبدالفتاح, not the
			// gazetteer's عبد الفتاح)
			if sp, ok := r.phrase(a, b, true); ok && sp.Name != "" {
				return sp, true
			}
		}
		return rasid.Speaker{Name: canonical(f.text, e), Span: e.Span}, true
	}
	if comma {
		// after a comma only a name is sure to be the antecedent: a
		// common noun there may end a phrase the clause does not describe
		return rasid.Speaker{}, false
	}
	a := rel - 1
	for a > 0 && rel-a < 4 && f.isWord(a-1) && f.toks[a-1].Kind == rasid.Arabic && !stopSlot[f.toks[a-1].Norm] && !freePreps[f.toks[a-1].Norm] &&
		f.cues[a-1].class == noCue && !f.isVerb(a-1) && (strings.HasPrefix(f.keys[a], "ال") || strings.HasPrefix(f.keys[a], "لل")) &&
		!(strings.HasPrefix(f.keys[a-1], "ب") && !strings.HasPrefix(f.keys[a-1], "بال")) {
		// وزير الخارجية الذي, بالمديرة الفنية للمهرجان التي: the head
		// before its definite complements (its preposition is cut below)
		a--
		if strings.HasPrefix(f.keys[a], "بال") {
			break
		}
	}
	if !f.isWord(a) || f.toks[a].Kind != rasid.Arabic || stopSlot[f.toks[a].Norm] || f.isVerb(a) {
		return rasid.Speaker{}, false
	}
	sp, ok := r.phrase(a, rel, true)
	// بالسفيرة التي: the preposition glued to the antecedent is not the
	// speaker's
	for _, pre := range []string{"بال", "كال", "وبال"} {
		if strings.HasPrefix(sp.Name, pre) {
			cut := len(pre) - len("ال")
			sp.Name = sp.Name[cut:]
			if sp.Span.End > sp.Span.Start+cut {
				sp.Span.Start += cut
			}
		}
	}
	return sp, ok
}

// objectSuffix reports a verb at k with an object pronoun glued to it by
// the morphology layer (وصفها، اعتبره).
func (f *finder) objectSuffix(k int) bool {
	ws := f.toks[k].Words
	return len(ws) > 1 && ws[len(ws)-1].UPOS == "PRON" && slices.ContainsFunc(ws, func(w rasid.Word) bool { return w.UPOS == "VERB" })
}

// relativeGender is the gender of the relative pronoun at k: 'M' for
// الذي، الذين …, 'F' for التي، اللواتي …
func (f *finder) relativeGender(k int) byte {
	switch f.toks[k].Norm {
	case "الذي", "الذين", "اللذين", "اللذان":
		return 'M'
	case "التي", "اللتين", "اللتان", "اللواتي", "اللاتي":
		return 'F'
	}
	return 0
}

// mainClauseSubject resolves the subject of the verb before token at in
// its sentence, of gender g, when it names an agent: the speaker of a
// relative clause whose antecedent is the object of its cue.
func (r *resolver) mainClauseSubject(at int, g byte) (rasid.Speaker, bool) {
	f := r.f
	s0, _ := f.sentRange(at)
	for v := at - 1; v >= s0 && at-v < 60; v-- {
		if !f.isVerb(v) || f.inQuote[v] || f.agentAt(v) || v > s0 && (relatives[f.toks[v-1].Norm] || f.toks[v-1].Norm == "ان" || f.isComp(v-1)) {
			continue
		}
		if vg := f.gender(v); g != 0 && vg != 0 && vg != g {
			continue
		}
		if sp := r.participleVerb(v, at, rasid.Speaker{}); sp.Name != "" && r.namesAgent(sp.Span) {
			return sp, true
		}
	}
	return rasid.Speaker{}, false
}

// freePreps are prepositions written as words of their own; the noun
// after one is its object (وحول الأنباء التي أكدت → الأنباء).
var freePreps = setOf("حول", "عن", "من", "في", "الي", "علي", "مع", "بشان", "ازاء", "تجاه", "ضد", "وحول", "وعن", "وفي", "ومن")

// whereWords open a clause that goes on with the subject of the verb
// before it: حيث قال، إذ قال، حين قال، حينما أوضح، عندما أكد.
var whereWords = setOf("حيث", "اذ", "حين", "حينما", "عندما")

// whereSubject resolves a cue after حيث, إذ or حين with no subject of its
// own (وتحدث رئيس الوفد فلان حيث قال): it goes on from the verb before it
// in the sentence, whose subject speaks.
func (r *resolver) whereSubject(cue int, prev rasid.Speaker) (rasid.Speaker, bool) {
	f := r.f
	if cue < 2 || !whereWords[f.keys[cue-1]] {
		return rasid.Speaker{}, false
	}
	s0, _ := f.sentRange(cue)
	g := f.gender(cue)
	for v := cue - 2; v >= s0 && cue-v < 30; v-- {
		if vg := f.gender(v); g != 0 && vg != 0 && vg != g {
			continue // حيث ذكرت: not a verb of the other gender
		}
		if f.isVerb(v) && !f.inQuote[v] && !f.agentAt(v) {
			return r.participleVerb(v, cue-1, prev), true
		}
	}
	return rasid.Speaker{}, false
}

// cueInsideOther reports that the cue verb v lies inside the content of a
// quote of another cue: a participle after that content extends the
// sentence's own reporting clause, never a verb of what was reported
// (نفى البيان أن يكون السفير قد صرح لهذا الموقع …، مبرزاً …).
func (f *finder) cueInsideOther(v int) bool {
	off := f.toks[v].Start
	for _, c := range f.cands {
		if c.hasCue && c.cue.a != v && c.content.Start <= off && off < c.content.End {
			return true
		}
	}
	return false
}

// secondAppositive looks past words read as a name that the entity layer
// did not mark (e, ending before token m) when a comma follows them and a
// person the entity layer marked comes next, after a rank or honorific
// at most: المدير العام للمستشفى، استشاري جراحة القلب، الدكتور فلان — the
// first words are a second office, the person is the one named after
// them (session 10).
func (r *resolver) secondAppositive(e rasid.Entity, m, se int) (rasid.Entity, int, bool) {
	f := r.f
	if m+2 >= se || !f.isComma(m) {
		return rasid.Entity{}, 0, false
	}
	if ent, ok := r.entityAt(e.Start, e.End, false); ok && ent.Type == rasid.PER {
		return rasid.Entity{}, 0, false // the words before are a name
	}
	q := m + 1
	if personTitles[f.keys[q]] && strings.HasPrefix(f.keys[q], "ال") {
		q++
	}
	e2, ok := r.entityAt(f.toks[q].Start, f.toks[q].End, true)
	if !ok || e2.Type != rasid.PER || e2.Start != f.toks[q].Start {
		return rasid.Entity{}, 0, false
	}
	m2 := f.tokenAt(e2.End)
	if m2 < len(f.toks) && f.toks[m2].Start < e2.End {
		m2++
	}
	return e2, m2, true
}
