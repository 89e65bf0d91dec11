package quotes

// Session 12, quote recall: announcements of an act with their verbal
// noun (أعلنت الوزارة إطلاق …، الهيئة تعلن بدء …), the verb دان
// (condemned) beside أدان, and welcome with its object (رحّب بـ)
// (docs/quotes.md, "Session 12").

import (
	"strings"

	"github.com/rasid/rasid"
)

// announcedAct reports whether token k can open the verbal noun of an act
// announced (أعلنت الوزارة إطلاق حملة، أعلن اكتمال الاستعدادات): a content
// noun in construct, not a time or a count (أعلن يوم الأحد عطلة). The
// guidelines of the real-copy sets since train13 annotate an announcement
// with verbal-noun content as a quote of the announcer (docs/evaluation-
// realnews.md; the earlier ones left nominal announcements out).
func (f *finder) announcedAct(k int) bool {
	if k >= len(f.toks) || !f.contentNoun(k) || issueTimes[f.toks[k].Norm] || notAnnounced[f.keys[k]] {
		return false
	}
	// a verbal noun in construct: a noun, a number or a quoted name follows
	// (إطلاق حملة، بدء التسجيل، تجهيز «1263» مركزاً) — not an adjective
	// (أعلنت الحركة فلاناً زعيماً جديداً: a role given, two objects) nor a
	// preposition (أعلنت قيادات في …: the subject)
	if k+1 >= len(f.toks) {
		return false
	}
	n := f.toks[k+1]
	switch n.Kind {
	case rasid.Number:
		return true
	case rasid.Arabic:
		return len(n.Words) > 0 && (n.Words[0].UPOS == "NOUN" || n.Words[0].UPOS == "PROPN") && f.cues[k+1].class == noCue
	}
	return f.isQuoteMark(k + 1)
}

// notAnnounced are nouns after أعلن that name no act: times, counts and
// the words of a list (أعلن عدد المصابين، أعلن أسماء الفائزين are
// figures and lists, not statements).
var notAnnounced = setOf("يوم", "عدد", "اسماء", "اسم", "موعد", "قائمة", "نتائج", "نتيجة", "حصيلة", "ساعة", "شهر", "عام", "مساء", "صباح")

// danForms are the past forms of دان (condemned: دان المجلس الهجوم), cues
// like أدان's (condemnVerbs) when their object follows (weakCues).
var danForms = setOf("دان", "دانت", "دانوا")

// condemnAfterSubject returns the object of the condemnation verb at i
// that follows the subject ending at j, when the subject is closed by a
// comma (أدان الرئيس فلان، الهجوم) or is a definite noun with its definite
// adjectives (أدانت الجمعية الخيرية التفجير); 0 when there is none.
func (f *finder) condemnAfterSubject(i, j int, subject bool) int {
	if !condemnVerbs[f.keys[i]] || j+2 >= len(f.toks) {
		return 0
	}
	if subject && (f.inName[j] || definiteWord(f.toks[j].Norm)) && f.isComma(j+1) && f.condemnObject(i, j+2) {
		return j + 2
	}
	if j != i+1 || !definiteWord(f.toks[j].Norm) || f.cues[j].class != noCue || f.isVerb(j) {
		return 0
	}
	k := j + 1
	for k < len(f.toks) && k-j <= 3 && f.definiteAdj(k) {
		k++
	}
	if k > j+1 && f.condemnObject(i, k) {
		return k
	}
	return 0
}

// definiteAdj reports a definite adjective by the morphology layer
// (الخيرية، الأمريكي) outside a name.
func (f *finder) definiteAdj(k int) bool {
	t := f.toks[k]
	return t.Kind == rasid.Arabic && strings.HasPrefix(t.Norm, "ال") && len(t.Words) == 1 && t.Words[0].UPOS == "ADJ"
}

// bareWelcome reports a form of رحّب with neither إن/أن nor a colon after
// it whose ب-object holds no content (رحّب بهم، رحّب بجميع الحضور): then it
// is no cue — nor "as X welcomed" after كما.
func (f *finder) bareWelcome(i int) bool {
	c := f.cues[i]
	if !welcomeForms[f.keys[i]] || c.class == noCue {
		return false
	}
	bd := f.cueBound(i, c)
	if bd.comp >= 0 || bd.colon >= 0 || f.hasComplementNear(i, maxSlot) {
		return false // (رحّب فلان بالخطوة، معتبراً أنها …: the participle's verb)
	}
	_, _, ok := f.prepVerbalNoun(i, c, bd)
	return !ok
}

// stockRuns are the stock circumstances that may stand between a cue and
// the preposition or the verbal noun of its content (مشيراً في هذا الصدد
// إلى …، وأكد، من ناحية أخرى، ضرورة …): circumstanceRuns and the phrases
// of "at the same time" and "on the other hand".
var stockRuns = append([][]string{
	{"في", "الوقت", "نفسه"}, {"في", "الوقت", "ذاته"}, {"في", "نفس", "الوقت"}, {"في", "ذات", "الوقت"},
	{"من", "ناحية", "اخري"}, {"من", "جهة", "اخري"}, {"من", "جهة", "ثانية"}, {"من", "ناحية", "ثانية"},
}, circumstanceRuns...)

// stockRunEnd returns the token after a stock circumstance starting at k
// (a comma before and after it included), before se; k when none starts
// there.
func (f *finder) stockRunEnd(k, se int) int {
	from := k
	if from < se && from < len(f.toks) && f.isComma(from) {
		from++
	}
	for _, run := range stockRuns {
		e := from
		for _, w := range run {
			if e >= se || e >= len(f.toks) || f.toks[e].Norm != w {
				e = -1
				break
			}
			e++
		}
		if e < 0 {
			continue
		}
		if e < se && e < len(f.toks) && f.isComma(e) {
			e++
		}
		return e
	}
	return k
}

// bareDan reports a form of دان with no condemnation object after it
// (verbVerbalNoun): دان is a name too (دان براون), so it is a cue only with
// its object (دان المجلس الهجوم).
func (f *finder) bareDan(i int) bool {
	c := f.cues[i]
	if !danForms[f.keys[i]] || c.class == noCue {
		return false
	}
	_, _, ok := f.verbVerbalNoun(i, c, f.cueBound(i, c))
	return !ok
}
