package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Session 16: contents the cues did not reach (docs/quotes.md, "Session 16").

// rootLam reports a word whose initial ال is not the article but the
// first letters of its verbal noun, the ل being its root's: التزام (Form
// VIII of لزم), إلغاء written الغاء (إفعال of لغو), التقاء. The article
// is told by what is left without it: the root's ل must still be there
// (الالتزام، اللقاء keep theirs).
func rootLam(t rasid.Token) bool {
	if len(t.Words) != 1 || !strings.HasPrefix(t.Words[0].Root, "ل") || utf8.RuneCountInString(t.Words[0].Root) != 3 {
		return false
	}
	rest := strings.TrimPrefix(t.Norm, "ال")
	// an indefinite accusative (إلحاقاً لـ، إلزاماً) is an adverb here, not
	// the verbal noun that opens a content
	return rest != t.Norm && !strings.Contains(rest, "ل") && !strings.HasSuffix(t.Norm, "ا") && !strings.HasSuffix(t.Norm, "اً")
}

// nameComma reports a subject closed by a comma right before the cue's
// preposition at j: the phrase after the cue at i ends in a name that the
// entity layer gives (a person's, an organisation's) and a comma, with no
// verb, cue, bound or other comma between — a title with its place and
// the holder's name (كشف مدير الصحة بالمنطقة الدكتور فلان، عن …، نوّه
// رئيس الهيئة العامة للسياحة، بـ …), which the speaker phrase alone does
// not reach.
func (f *finder) nameComma(i, j int) bool {
	if j-i < 3 || j-i > 18 || !f.isComma(j-1) || !f.inName[j-2] {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if f.isComma(k) || f.isTerminal(k) || f.isComp(k) || f.cues[k].class != noCue || f.inDir[k] ||
			!f.isWord(k) && !f.isQuoteMark(k) && !f.isPunct(k, "(", ")") || f.isVerb(k) && !f.inName[k] {
			return false
		}
	}
	return true
}

// biWhatClause reports بما followed by a verb at j: after a cue whose
// verbal noun takes ب (أشاد، نوّه، رحّب), the relative clause states
// what was praised or acknowledged (أشاد الوزير بما حققته الفرق من
// إنجازات، منوّهاً بما تقدمه الجمعية), as ما after إلى does.
func (f *finder) biWhatClause(j, se int) bool {
	return f.toks[j].Norm == "بما" && j+1 < se && f.isVerb(j+1) && f.cues[j+1].class == noCue && !f.inName[j+1]
}

// quantifiers open a subject that counts its speakers: عدة تقارير، عدد من
// المسؤولين، العديد من الخبراء، بعض المحللين.
var quantifiers = setOf("عدة", "عدد", "العديد", "بعض", "كثير", "الكثير", "مجموعة", "جملة")

// quantifierEnd returns where the noun of a subject opened by a
// quantifier at j starts (after عدة، عدد من …), or j when there is none.
func (f *finder) quantifierEnd(j, se int) int {
	if j >= se || f.toks[j].Kind != rasid.Arabic || !quantifiers[f.toks[j].Norm] {
		return j
	}
	k := j + 1
	if k < se && f.toks[k].Norm == "من" {
		k++
	}
	if k >= se || f.toks[k].Kind != rasid.Arabic {
		return j
	}
	return k
}

// countedPeople reports the noun of people or sources after a quantifier
// at j: a sound plural, definite in the genitive after من (المسؤولين،
// المحللين) or not (تقارير، خبراء as sources), or a source noun with the
// article (الخبراء، المصادر).
func (f *finder) countedPeople(j int) bool {
	n := f.keys[j]
	if indefiniteSources[n] || indefiniteSources[stripArticle(n)] || f.peoplePlural(j) {
		return true
	}
	return strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 5 && (strings.HasSuffix(n, "ين") || strings.HasSuffix(n, "ون")) && f.nounAt(j)
}

// biWhatNear reports بما + a verb within the slot after the cue at i, up
// to the sentence's end: a verb of praise there keeps its cue (نوّه
// الرئيس بما يقدمه …).
func (f *finder) biWhatNear(i int) bool {
	_, se := f.sentRange(i)
	for j := i + 1; j < se && j-i <= maxSlot; j++ {
		if f.isTerminal(j) || f.isComp(j) {
			return false
		}
		if f.biWhatClause(j, se) {
			return true
		}
	}
	return false
}
