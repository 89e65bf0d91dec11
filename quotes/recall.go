package quotes

// Session 8: quote recall. Verbal-noun content after the preposition of a
// cue when it is glued to the noun (أشاد بجهود …، أفاد بمقتل …) or when a
// relative ما opens it (أشار إلى ما تبذله …), the speaker slot of such a cue
// when a circumstance follows the subject (أفادت مصادر يمنية، اليوم،
// بهبوط …), and the implied subject of a verb that opens its clause with
// و or ف (وأكد أهمية …).

import (
	"maps"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// praiseVerbs are the verbs of praise whose ب-object is an evaluation,
// definite or not (أشاد بالجهود، نوّه بالتطور): the guidelines count
// evaluations as quotes. Other ب-verbs (أفاد بمقتل) report with an
// indefinite verbal noun only.
// Since session 12 they include welcomeForms (رحّب بالبيان، مرحباً بالقرار).
var praiseVerbs = withForms(setOf("اشاد", "اشادت", "اشادوا", "يشيد", "تشيد", "يشيدون", "مشيدا", "مشيدة", "مشيدين",
	"نوه", "نوهت", "نوهوا", "ينوه", "تنوه", "منوها", "منوهة", "منوهين"), welcomeForms)

// welcomeForms are the forms of رحّب (welcomed), among praiseVerbs: a
// statement or a decision welcomed (رحّب بالبيان) is an object too.
var welcomeForms = setOf("رحب", "رحبت", "رحبوا", "يرحب", "ترحب", "يرحبون", "مرحبا", "مرحبة", "مرحبين")

// withForms adds the words of more to set and returns it.
func withForms(set, more map[string]bool) map[string]bool {
	maps.Copy(set, more)
	return set
}

// asideWords may stand between a speaker and the preposition of
// its content: أفادت الأمم المتحدة اليوم (الأربعاء) بسقوط …، مشيرة أيضاً
// إلى …
var asideWords = setOf("ايضا", "كذلك", "بدوره", "بدورها", "امس", "يوم", "اليوم", "الليلة", "صباح", "مساء", "اول",
	"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "بالخصوص", "خاصة", "بدورهم")

// circumstance reports whether token k can stand between the speaker and
// the content's preposition: punctuation of an aside (، ( )), a time word,
// a date or number, an adverb.
func (f *finder) circumstance(k int) bool {
	t := f.toks[k]
	switch t.Kind {
	case rasid.Punct:
		return f.isComma(k) || f.isPunct(k, "(", ")")
	case rasid.Number, rasid.DateTok:
		return true
	case rasid.Arabic:
		return asideWords[f.keys[k]] || f.adverb(k)
	}
	return false
}

// slotReaches reports whether the speaker slot after the cue at i runs up
// to the preposition at pe: the speaker phrase ends there, or only
// circumstances stand between its end and pe.
func (f *finder) slotReaches(i, pe int) bool {
	_, pb := f.speakerPhrase(i+1, pe)
	if pb > i+1 && pb < pe && pe-pb <= 12 && f.toks[pb].Kind == rasid.Arabic && circumOpeners[f.toks[pb].Norm] {
		// a phrase of circumstance: أقر الرئيس خلال لقائه بأنصاره بتراجع …
		for k := pb; k < pe; k++ {
			if !f.isWord(k) && !f.isComma(k) || f.isComp(k) || f.cues[k].class != noCue || f.inDir[k] {
				return false
			}
		}
		return true
	}
	for ; pb < pe; pb++ {
		if e := f.asideEnd(pb, min(pe+2, len(f.toks))); e > 0 && e <= pe {
			pb = e // a relative clause set off by commas
			continue
		}
		if e := f.parenEnd(pb, pe); e > 0 {
			pb = e // أشاد فلان (موظف) بـ: an apposition in parentheses
			continue
		}
		if !f.circumstance(pb) {
			return false
		}
	}
	return true
}

// parenEnd returns the closing parenthesis of one to four words in
// parentheses that open at k, before limit (فلان (موظف)، فلان (35 عاماً)):
// an apposition or a circumstance of the speaker; 0 if none opens there.
func (f *finder) parenEnd(k, limit int) int {
	if k >= limit || !f.isPunct(k, "(") {
		return 0
	}
	for c := k + 1; c < limit && c-k <= 5; c++ {
		if f.isPunct(c, ")") {
			if c == k+1 {
				return 0
			}
			return c
		}
		if !f.isWord(c) && f.toks[c].Kind != rasid.Number || f.isComp(c) || f.cues[c].class != noCue {
			return 0
		}
	}
	return 0
}

// circumstanceGap reports whether tokens [pb, j) between the speaker
// phrase and the preposition of the cue hold only circumstances (a time,
// a date, an adverb, commas) and words in parentheses: تعهد فلان أمس
// الخميس بـ …، أشاد فلان (موظف) بـ …
func (f *finder) circumstanceGap(pb, j int) bool {
	if pb >= j || j-pb > 8 {
		return false
	}
	for k := pb; k < j; k++ {
		if e := f.parenEnd(k, j); e > 0 {
			k = e
			continue
		}
		if !f.circumstance(k) || f.isPunct(k, "(") || f.isPunct(k, ")") {
			return false
		}
	}
	return true
}

// gluedBiNoun reports whether token j is ب glued to a noun (بجهود، بمقتل,
// and for a verb of praise also بالتطور) that can hold what was said: not
// a name, a title, an organisation or a data noun (أفاد مصدر بوزارة …).
func (f *finder) gluedBiNoun(i, j int) bool {
	t := f.toks[j]
	ws := t.Words
	if t.Kind != rasid.Arabic || len(ws) != 2 || ws[0].UPOS != "ADP" || ws[1].UPOS != "NOUN" || f.inName[j] {
		return false
	}
	n, ok := strings.CutPrefix(t.Norm, "ب")
	if !ok || utf8.RuneCountInString(n) < 3 || len(n) < len("ال")*2 && !f.nounPrepOf(i) {
		return false
	}
	bare := strings.TrimPrefix(n, "ال")
	if bare != n && !praiseVerbs[f.keys[i]] && !condemnPreps[f.keys[i]] {
		return false
	}
	if welcomeForms[f.keys[i]] && !welcomeObject(bare, ws[1]) {
		return false
	}
	return !personTitles[n] && !personTitles[bare] && !titleWords[n] && !titleWords[bare] && !orgNouns[n] && !orgNouns["ال"+bare] &&
		(!dataNouns[bare] || welcomeForms[f.keys[i]]) && !sourceHeads[n] && !sourceHeads[bare] && !notContent[bare] && bare != "سبب" && (!anaphorHeads["ال"+bare] || welcomeForms[f.keys[i]])
}

// nounPrepOf reports a cue whose ب opens a three-letter verbal noun too
// (اعترف بنقص …، أقر بدور …).
func (f *finder) nounPrepOf(i int) bool {
	k := f.keys[i]
	return condemnPreps[k] || praiseVerbs[k] && !welcomeForms[k] || strings.Contains(k, "عترف") || strings.HasPrefix(k, "اقر") || strings.HasPrefix(k, "يقر") || strings.HasPrefix(k, "تقر") || strings.HasPrefix(k, "نوه") || strings.HasPrefix(k, "ينوه")
}

// nounPrepContent returns the first token of the content after the noun
// preposition of the cue at i found at token j, and the byte where the
// content starts: a verbal noun after a separate preposition (إلى ضرورة),
// a noun with ب glued to it (بجهود), or ما opening a relative clause (إلى
// ما تبذله الوزارة). ok is false when token j opens no content.
func (f *finder) nounPrepContent(i, j int, cw cueWord, se int) (k, start int, ok bool) {
	if cw.nounPrep == "ب" && f.toks[j].Norm != "ب" {
		if praiseVerbs[f.keys[i]] && f.biWhatClause(j, se) {
			// أشاد بما حققه الفريق من …: what was praised is a clause
			t := f.toks[j]
			_, n := utf8.DecodeRuneInString(f.text[t.Start:t.End])
			return j, t.Start + n, true
		}
		if !f.gluedBiNoun(i, j) {
			return 0, 0, false
		}
		// the content starts after the ب's whole character: two bytes,
		// three for a presentation form (ﺑ) in a document the pipeline
		// did not fold
		t := f.toks[j]
		_, n := utf8.DecodeRuneInString(f.text[t.Start:t.End])
		return j, t.Start + n, true
	}
	if j+1 >= se || !f.prepMatch(j, cw.nounPrep) {
		return 0, 0, false
	}
	k = j + 1
	if f.contentNounOf(i, k) && !dataNouns[f.keys[k]] || f.whatClause(k, se) || cw.nounPrep == "الي" && (f.pointedOwnNoun(i, k) || f.pointedDefinite(i, k, se)) {
		return k, f.toks[k].Start, true
	}
	return 0, 0, false
}

// whatClause reports ما followed by a verb at k: a relative clause that
// states what is pointed at (أشار إلى ما تحظى به الانتخابات من أهمية).
func (f *finder) whatClause(k, se int) bool {
	return f.toks[k].Norm == "ما" && k+1 < se && f.isVerb(k+1) && f.cues[k+1].class == noCue
}

// nounPrepAt reports whether token j may hold the noun preposition of the
// cue: the preposition itself or, for ب, a word carrying it.
func (f *finder) nounPrepAt(j int, cw cueWord) bool {
	if cw.nounPrep == "ب" {
		return f.toks[j].Kind == rasid.Arabic && strings.HasPrefix(f.toks[j].Norm, "ب")
	}
	return f.prepMatch(j, cw.nounPrep)
}

// clauseOpener reports whether the verb at i opens its clause with و or ف
// after punctuation, a line break or at its sentence's start (وأكد أهمية
// …): its subject is the one of the clause before, not a word after it.
func (f *finder) clauseOpener(i int) bool {
	if i == 0 || f.keys[i] == f.toks[i].Norm {
		return i == 0
	}
	s, _ := f.sentRange(i)
	return i == s || f.lineBreakBefore(i) || f.toks[i-1].Kind == rasid.Punct && !f.isQuoteMark(i-1)
}

// standOut are assertive forms that are more often intransitive "stands
// out" (وتبرز أجهزة …) when no subject is named.
var standOut = setOf("يبرز", "تبرز")

// openerObject reports whether the verb at i, opening its clause with و or
// ف, takes the noun right after it as its object with an implied subject
// (وأكد أهمية التعاون): no subject and verbal noun were found after it
// (k < 0), the noun is no name, and no person or organisation follows
// within the clause (وأكدت قيادة التحالف وقف …، وشدد أستاذ … الدكتور فلان
// على …: the noun starts the subject).
func (f *finder) openerObject(i, k, se int) bool {
	if k >= 0 || !f.clauseOpener(i) || standOut[f.keys[i]] || i+1 >= se || f.inName[i+1] || f.subjectThenObject(i+1, se) {
		return false
	}
	for j := i + 1; j < se && j <= i+8; j++ {
		if f.agentTok[j] {
			return false
		}
		if f.isTerminal(j) || f.isComp(j) || f.isComma(j) {
			break
		}
	}
	return true
}

// subjectThenObject reports a noun at a in construct with definite words
// and then an indefinite verbal noun (قيادة التحالف وقف العمليات، خطة
// التنمية ندرة الأراضي): the first noun phrase is the subject, the
// second the object.
func (f *finder) subjectThenObject(a, se int) bool {
	m := a + 1
	for m < se && f.toks[m].Kind == rasid.Arabic && (strings.HasPrefix(f.toks[m].Norm, "ال") || f.indefiniteAdj(m)) {
		m++ // (وأبدت حكومات غربية عدم رضاها)
	}
	return m > a+1 && m < se && f.contentNoun(m)
}

// headlineAt reads a headline speaker at the start of line i: a short
// phrase up to a colon that ends no line, with no cue and no quote mark
// after the colon. It returns the speaker's tokens [a, b) and the colon
// c. The phrase may open with a dash or stand in quote marks (-جورج :،
// "شرطة جدة": …); it ends before a paper spoken to (حوري لـ«عكاظ»:) and
// before a circumstance (الشاهد في اجتماعه بالموقعين …: …، فلان عن
// التحاقه بالحزب: …).
func (f *finder) headlineAt(i int) (a, b, c int, ok bool) {
	a = i
	if f.isPunct(i, "-", "–", "—") || f.isQuoteMark(i) {
		a = i + 1
	} else if k := f.lineOpener(i); k > i {
		a = k // *مستشار أسري: …، رياضي / فلان: …
	}
	c, to, stop := f.headlineScan(i, a)
	if c == a || c >= len(f.toks)-1 || !f.isColon(c) || f.lineBreakBefore(c+1) || f.isQuoteMark(c+1) && !f.quotedNameOpens(c+1) || f.used[c] {
		return 0, 0, 0, false
	}
	b = c
	if stop < 0 && c-a > 8 {
		return 0, 0, 0, false
	}
	for _, k := range []int{to, stop} {
		if k > a && k < b {
			b = k
		}
	}
	for b > a && f.isQuoteMark(b-1) {
		b--
	}
	return a, b, c, b > a && (a == i || f.closesName(i, c))
}

// closesName reports whether the dash or quote mark at i opens the
// headline's speaker: a dash, or a mark closed before the colon c after
// one to three words, with no verb among them.
func (f *finder) closesName(i, c int) bool {
	if !f.isQuoteMark(i) {
		return true
	}
	for k := i + 2; k < c && k <= i+4; k++ {
		if f.isQuoteMark(k) {
			return !f.verbIn(i+1, k) // ("تعطيلات تعيق إنجاز المستشفى": a quoted headline, no name)
		}
	}
	return false
}

// headlineScan runs over the words of a headline phrase that starts at a
// on line i, up to ten, and returns the token after them, the first
// preposition ل of an addressee and the first word that ends a speaker
// slot (-1 when there is none).
func (f *finder) headlineScan(i, a int) (c, to, stop int) {
	c, to, stop = a, -1, -1
	for c < len(f.toks) && c-a <= 10 && (f.isWord(c) || c > i && f.isQuoteMark(c)) && f.cues[c].class == noCue && (c == i || !f.lineBreakBefore(c)) {
		if c > a && f.toks[c].Kind == rasid.Arabic {
			if to < 0 && (f.toks[c].Norm == "ل" || f.toks[c].Norm == "لـ") {
				to = c // حوري لـ«عكاظ»: the paper spoken to
			}
			if stop < 0 && (stopSlot[f.keys[c]] || stopSlot[f.toks[c].Norm]) {
				stop = c
			}
		}
		c++
	}
	return c, to, stop
}

// quotedSubject returns the verbal noun after a name in quote marks right
// after the verb at i (أكدت "أم منصور" علمها، ولاحظت "سبق" ارتفاع …), 0 if
// token j does not open such a name.
func (f *finder) quotedSubject(i, j, se int) int {
	if j != i+1 || !f.isQuoteMark(j) {
		return 0
	}
	c := f.closingMarkNear(j, se)
	if c <= 0 || c+1 >= se || !f.contentNounOf(i, c+1) {
		return 0
	}
	return c + 1
}

// prayedTo returns the token naming God as the object of the verb of prayer
// at i (سأل الله أن، داعياً المولى أن: right after the verb, or after one
// word such as a pronoun), -1 when i is no such verb. God's name inside an
// entity is part of a name, not the object (دعا حزب الله إلى، تساءل عبد
// الله النفيسي).
func (f *finder) prayedTo(i, limit int) int {
	if !prayerVerb(f.keys[i]) {
		return -1
	}
	k := f.godAt(i+1, min(limit, i+3))
	if k < 0 || f.inName[k] {
		return -1
	}
	return k
}

// prayerVerb reports a form of سأل or دعا, the verbs of prayer (سأل الله
// أن، داعياً المولى أن).
func prayerVerb(k string) bool {
	return strings.Contains(k, "سال") || strings.Contains(k, "سائل") || strings.HasPrefix(k, "دع") || strings.HasPrefix(k, "داع")
}
