package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Session 17: quotes missed on fresh copy (docs/quotes.md, "Session 17").

// partyDuals are the definite duals that name the two parties of a talk
// or an agreement (أكد الجانبان رفضهما …، اتفق الطرفان على …): the
// subject of the verb before them, as a named body is.
var partyDuals = setOf("الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين", "الدولتان", "الدولتين",
	"الوزيران", "الوزيرين", "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "القائدان", "القائدين", "الوفدان", "الوفدين")

// mannerAdverbs are adverbs of manner written with a preposition that may
// stand between a verb's subject and its object (تدين الحكومة بشدة …،
// أكد الوزير مجدداً …).
var mannerAdverbs = setOf("بشدة", "بقوة", "بحزم", "مجددا", "بوضوح", "صراحة", "رسميا")

// indefinitePeople reports an indefinite sound masculine plural in the
// nominative at j (محللون، دبلوماسيون، خبراء is listed apart): right
// after a verb it is the subject, as -ون marks the nominative and an
// object would end in -ين. The morphology layer may tag it a noun, an
// adjective or a proper noun.
func (f *finder) indefinitePeople(j int) bool {
	t := f.toks[j]
	n := f.keys[j]
	if t.Kind != rasid.Arabic || strings.HasPrefix(n, "ال") || utf8.RuneCountInString(n) < 5 || !strings.HasSuffix(n, "ون") ||
		len(t.Words) != 1 || f.cues[j].class != noCue || stopSlot[t.Norm] {
		return false
	}
	u := t.Words[0].UPOS
	return u == "NOUN" || u == "ADJ" || u == "PROPN"
}

// nisbaAfterPeople reports an indefinite adjective of origin in the
// plural after a plural of people, with or without و (محللون مصريون،
// دبلوماسيون عرب ومصريون، مسؤولون يمنيون): the morphology layer tags the
// ones in ي- as imperfect verbs, which ended the subject.
func (f *finder) nisbaAfterPeople(j int) bool {
	t := f.toks[j]
	if t.Kind != rasid.Arabic || f.cues[j].class != noCue {
		return false
	}
	n := strings.TrimPrefix(t.Norm, "و")
	if strings.HasPrefix(n, "ال") {
		return false
	}
	if n == "عرب" || n == "اجانب" {
		return true
	}
	return utf8.RuneCountInString(n) >= 5 && (strings.HasSuffix(n, "يون") || strings.HasSuffix(n, "يين"))
}

// quotedHeadName returns the closing mark of a quoted name that follows
// the subject's head noun at first (مجموعة "…" المصرفية، شركة «…»،
// صحيفة "…") when j is its opening mark; 0 otherwise. The name in marks
// is part of the subject, not a quote.
func (f *finder) quotedHeadName(first, j, se int) int {
	if j != first+1 || !f.isQuoteMark(j) || !f.nounAt(first) || strings.HasPrefix(f.keys[first], "ال") && !orgNouns[f.keys[first]] {
		return 0
	}
	c := f.closingMarkNear(j, se)
	if c <= 0 || c+1 >= se {
		return 0
	}
	return c
}

// pointedOwnNoun reports a noun with a pronoun at k after the إلى of a
// participle of pointing out (مشيراً، لافتاً، ملمحاً): مشيراً إلى تصديها
// لـ …، مشيرين إلى دوره في … — what was pointed out, when the noun is a
// verbal noun by its shape around the root (derivedVerbalNoun,
// simpleVerbalNoun) or an abstract noun in -ية (مسؤوليتها). The finite
// forms are left out: تشير/يشير has things for subjects (نقاط تشير إلى …،
// التي تشير إلى إعجابه) and points with the hand; so are nouns of people
// and things (مشيرين إلى سائقها، إلى أسرته).
func (f *finder) pointedOwnNoun(i, k int) bool {
	t := f.toks[k]
	ws := t.Words
	if f.cues[i].class != participle || t.Kind != rasid.Arabic || len(ws) != 2 || ws[0].UPOS != "NOUN" || ws[1].UPOS != "PRON" ||
		strings.HasPrefix(t.Norm, "ال") || f.cues[k].class != noCue || f.inName[k] {
		return false
	}
	stem := normalize.ForSearch(ws[0].Form)
	if personTitles[f.keys[k]] || personTitles[stem] || titleWords[stem] || sourceHeads[stem] || notContent[stem] || dataNouns[stem] {
		return false
	}
	abstract := utf8.RuneCountInString(stem) >= 5 && (strings.HasSuffix(stem, "ية") || strings.HasSuffix(stem, "يت"))
	return abstract || derivedVerbalNoun(stem, ws[0]) || simpleVerbalNoun(stem, ws[0])
}

// quotedSourceHeads are the attribution words whose source may be a name
// in marks (…، بحسب "بوابة الأخبار"، حسب «الوكالة»): the marks hold
// the source's name, not a quote, and the attribution reads it.
var quotedSourceHeads = setOf("بحسب", "حسب", "وبحسب", "وحسب")

// imamAt reports إمام (imam) at k without the article: imam (apposed.go)
// for the bare title, which folds with أمام (before), a word that ends
// speaker phrases.
func (f *finder) imamAt(k int) bool {
	return f.keys[k] == "امام" && f.imam(k)
}

// headlinePeople reports a headline speaker [a, b) that names a person by
// a title the speaker rules do not list because it folds with a
// preposition: إمام المسجد …: (imam, written with its hamza). A plural of
// people alone (مسنون:، مغردون:) or أهالي + a place was tried: the quotes
// are found, but the ranker gives them a person named in the body.
func (f *finder) headlinePeople(a, b int) bool {
	return b > a+1 && f.imamAt(a)
}

// lateAttr reports an attribution phrase at i that does not open its
// sentence (after و or punctuation): its content is the clause before it.
// At the sentence's start (وبحسب "الوكالة"، فقد …) the source is read as
// before, and the content follows it.
func (f *finder) lateAttr(i int) bool {
	s0, _ := f.sentRange(i)
	for s0 < i && (f.toks[s0].Kind == rasid.Punct || f.keys[s0] == "و") {
		s0++
	}
	return s0 != i
}
