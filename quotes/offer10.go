package quotes

// Session 10: quote recall. Thanks, congratulations and condolences
// offered with a verb of giving (قدّم الوزير شكره لـ…، وجّه التهنئة إلى …،
// رفع أسمى آيات الشكر لـ…، نقل خالص تعازيه …، مقدماً شكره …): the guidelines
// of the later real-copy sets annotate the noun phrase of thanks as what
// was said, like أعرب عن شكره. The verbs of giving are no cues by
// themselves (قدّم استقالته، رفع الأسعار): each becomes one only when a
// noun of thanks is its object, after its subject or right after it.

import (
	"strings"

	"github.com/rasid/rasid"
)

// offerForms are the forms of the verbs of giving (قدّم، وجّه، رفع، أزجى،
// نقل) that can offer thanks: past, imperfect and active participle.
var offerForms = setOf("قدم", "قدمت", "قدموا", "قدما", "يقدم", "تقدم", "يقدمون", "نقدم", "اقدم", "مقدما", "مقدمة", "مقدمين",
	"وجه", "وجهت", "وجهوا", "يوجه", "توجه", "يوجهون", "نوجه", "اوجه", "موجها", "موجهة", "موجهين",
	"رفع", "رفعت", "رفعوا", "يرفع", "ترفع", "يرفعون", "نرفع", "ارفع", "رافعا", "رافعة", "رافعين",
	"ازجي", "ازجت", "ازجوا", "يزجي", "تزجي", "نزجي", "مزجيا", "مزجية",
	"نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "ناقلا", "ناقلة")

// offerParticiples are the participles among offerForms: their subject is
// the main clause's.
var offerParticiples = setOf("مقدما", "مقدمة", "مقدمين", "موجها", "موجهة", "موجهين", "رافعا", "رافعة", "رافعين", "مزجيا", "مزجية",
	"ناقلا", "ناقلة")

// thanksNouns are the nouns of thanks, congratulation and condolence,
// bare or definite; a pronoun suffix of the thanker is allowed
// (شكره، تهانيها، تعازيهم).
var thanksNouns = setOf("شكر", "الشكر", "تهنئة", "التهنئة", "تهنئته", "تهنئتها", "تهنئتهم", "تهاني", "التهاني", "تعازي",
	"التعازي", "امتنان", "الامتنان", "ثناء", "الثناء", "عرفان", "العرفان")

// thanksDegree are the words of degree that come before a noun of thanks
// and open its phrase: خالص التعازي، أسمى آيات الشكر، جزيل الشكر.
var thanksDegree = setOf("خالص", "اسمي", "جزيل", "عظيم", "بالغ", "وافر", "صادق", "اصدق", "اجمل", "ايات", "عبارات", "معاني")

// thanksNoun reports whether token k is a noun of thanks, with or without
// the thanker's pronoun (شكره، تعازيه).
func (f *finder) thanksNoun(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic {
		return false
	}
	if thanksNouns[t.Norm] {
		return true
	}
	for _, p := range []string{"هما", "هم", "هن", "ها", "ه", "نا"} {
		if b, ok := strings.CutSuffix(t.Norm, p); ok && len(b) > 2 && thanksNouns[b] {
			return true
		}
	}
	return false
}

// offerKey returns the form of giving at token i without its conjunction
// (وقدم → قدم), or "" when the token is none.
func (f *finder) offerKey(i int) string {
	t := f.toks[i]
	if t.Kind != rasid.Arabic || f.inName[i] {
		return ""
	}
	if offerForms[t.Norm] {
		return t.Norm
	}
	if b := stripConj(t.Norm); b != t.Norm && offerForms[b] {
		return b
	}
	return ""
}

// thanksObject returns the token that opens the noun phrase of thanks
// offered by the verb of giving at i — right after it or after its
// subject, within one sentence — or -1. The subject may be a name, a
// title, an honorific pronoun (سموه), a definite noun phrase and ب-phrases
// (باسم الغرفة); an indefinite noun in the accusative (قدم عرضاً) is an
// object, and a verb, a quote mark, إن/أن, another cue or the end of the
// clause stops the search.
func (f *finder) thanksObject(i int) int {
	_, se := f.sentRange(i)
	for j := i + 1; j < se && j-i <= 10; j++ {
		t := f.toks[j]
		if thanksDegree[t.Norm] && j+1 < se && (f.thanksNoun(j+1) || j+2 < se && thanksDegree[f.toks[j+1].Norm] && f.thanksNoun(j+2)) {
			return j
		}
		if f.thanksNoun(j) {
			return j
		}
		if f.abbrevStop(j) {
			continue // a full stop after an initial: د. فلان
		}
		if t.Kind != rasid.Arabic || f.isComp(j) || f.cues[j].class != noCue || f.isVerb(j) && !f.inName[j] ||
			strings.HasSuffix(f.surf(j), "اً") || strings.HasSuffix(f.surf(j), "ًا") {
			return -1
		}
	}
	return -1
}

// offeredThanks makes a verb of giving a cue when thanks are its object
// (offerForms, thanksObject). Run after dropWeakCues.
func (f *finder) offeredThanks() {
	for i := range f.toks {
		if f.cues[i].class != noCue && !strings.Contains(f.keys[i], "نقل") {
			continue
		}
		k := f.offerKey(i)
		if k == "" || f.thanksObject(i) < 0 {
			continue
		}
		class := verb
		if offerParticiples[k] {
			class = participle
		}
		f.cues[i] = cueWord{class: class}
		f.keys[i] = k
	}
}

// thanksContent reads the content of a verb of giving made a cue by
// offeredThanks: the noun phrase of thanks up to the clause end, whatever
// bound the cue has further on (مقدماً شكره للجهات الداعمة، وفي مقدمتها:
// …); it returns the content and where the speaker slot ends.
func (f *finder) thanksContent(i int, bd bound) (rasid.Span, int, bool) {
	if f.offerKey(i) == "" {
		return rasid.Span{}, 0, false
	}
	k := f.thanksObject(i)
	if k < 0 {
		return rasid.Span{}, 0, false
	}
	end := f.clauseEnd(k, bd.se)
	if end <= f.toks[k].Start {
		return rasid.Span{}, 0, false
	}
	return rasid.Span{Start: f.toks[k].Start, End: end}, k, true
}

// offeredThanksWord reports whether token k opens or is the noun phrase of
// thanks of a verb of giving before it (أسمى آيات الشكر، خالص تعازيه):
// no name word, though صادق and عرفان are names elsewhere.
func (f *finder) offeredThanksWord(k int) bool {
	n := f.toks[k].Norm
	if !thanksDegree[n] && !f.thanksNoun(k) {
		return false
	}
	for i := k - 1; i >= 0 && k-i <= 10; i-- {
		if f.offerKey(i) != "" {
			return f.thanksObject(i) >= 0 && f.thanksObject(i) <= k
		}
	}
	return false
}

// possessedNoun reports a noun with a possessive pronoun by the
// morphology layer (دعمه، رفضها، شكرهم) outside an entity's name: no name
// word, so that a title alone before its verbal-noun object (أكد الوزير
// دعمه الكامل …) does not read the object as the name after the title.
func (f *finder) possessedNoun(k int) bool {
	ws := f.toks[k].Words
	return len(ws) == 2 && ws[0].UPOS == "NOUN" && ws[1].UPOS == "PRON" && !f.inName[k]
}

// subjectAfterWeak reports a weak cue (ذكر، رأى، يرى) whose subject
// follows it as a named person or organisation or as a count of people
// (نحو 80 في المئة من …، عدد من الخبراء): its إن/أن may then lie as far as
// a strong cue's, after the subject's appositions. بين (between) is left
// out: a name after it is one of two.
func (f *finder) subjectAfterWeak(i int) bool {
	if i+2 >= len(f.toks) || f.keys[i] == "بين" || claimForms[f.keys[i]] || f.toks[i+1].Kind != rasid.Arabic {
		return false
	}
	n := f.toks[i+1].Norm
	if !f.agentTok[i+1] && !((n == "نحو" || n == "حوالي") && f.toks[i+2].Kind == rasid.Number) && !(quantityHeads[n] && f.toks[i+2].Norm == "من") {
		return false
	}
	// the إن/أن must be this verb's: no other cue, verb outside a name or
	// a relative clause (من الذين شملهم الاستطلاع), or end of sentence
	// before it (علّق فلان على الاتهامات فأشار إلى أن)
	for j := i + 1; j < len(f.toks) && j-i <= maxSlot; j++ {
		if f.isComp(j) {
			return true
		}
		if f.isTerminal(j) || f.isColon(j) || f.cues[j].class != noCue || f.isVerb(j) && !f.inName[j] && !relatives[f.toks[j-1].Norm] {
			return false
		}
	}
	return false
}

// claimForms are the forms of ادّعى (claims) that are also يُدعى (is
// called): يدعى فلان names someone, reports nothing.
var claimForms = setOf("يدعي", "تدعي")
