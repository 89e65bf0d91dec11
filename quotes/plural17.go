package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// pluralSubjectEnd returns where a plural subject that opens the phrase
// [a, b) after a verb ends, when a noun follows it: the verb's object
// (انتقد ناشطون عرب وأجانب ادعاءات فلان → ناشطون عرب وأجانب;
// انتقد بعض السكان قرار … → بعض السكان). A sound masculine plural
// that keeps its ن (…ون، …ين without the article, …ون with it) cannot
// govern a genitive, so the noun after it and its adjectives starts
// another phrase; بعض + a plural is read the same way. -1 when the phrase
// opens otherwise, when nothing follows the subject, or when what follows
// is a preposition, a coordinated word (مسؤولون وخبراء), an adjective or a
// verb (a relative clause: مسؤولون شاركوا في; a plural of origin the tagger
// reads as a verb: مسؤولين أتراك).
func (f *finder) pluralSubjectEnd(a, b int) int {
	if a >= b || b > len(f.toks) {
		return -1
	}
	h := a
	if f.keys[a] == "بعض" && f.toks[a].Norm == "بعض" {
		h = a + 1
		if h >= b || !strings.HasPrefix(f.keys[h], "ال") || !f.pluralNoun(h) {
			return -1
		}
	} else if !f.soundPlural(a) {
		return -1
	}
	k := h + 1
	def := strings.HasPrefix(f.keys[h], "ال")
	for k < b && k-h < 6 && (f.pluralAdjective(k) || def && f.definitePlural(k)) && strings.HasPrefix(strings.TrimPrefix(f.toks[k].Norm, "و"), "ال") == def {
		k++
	}
	if k >= b || f.toks[k].Kind != rasid.Arabic || f.agentTok[k] && f.toks[k].Norm != f.keys[k] {
		return -1
	}
	if f.keys[k] != f.toks[k].Norm {
		return -1 // a proclitic: وخبراء، في، لـ، ب
	}
	ws := f.toks[k].Words
	if len(ws) != 1 {
		return -1
	}
	if ws[0].UPOS != "NOUN" {
		// a verb agrees with the plural (a relative clause: شاركوا), and
		// the tagger reads broken plurals of origin as verbs (اتراك)
		return -1
	}
	if strings.Contains(ws[0].Feats, "Case=Nom") && !strings.HasPrefix(f.keys[k], "ال") {
		return -1 // a second subject word the tagger reads as a noun
	}
	if stopSlot[f.keys[k]] {
		return -1
	}
	return k
}

// pluralSubject reads the plural subject that opens the slot [a, b)
// and ends before its object (pluralSubjectEnd) as the speaker.
func (r *resolver) pluralSubject(a, b int) (rasid.Speaker, bool) {
	if e := r.f.pluralSubjectEnd(a, b); e > 0 {
		return r.phrase(a, e, false)
	}
	return rasid.Speaker{}, false
}

// soundPlural reports an indefinite sound masculine plural noun at k
// (دبلوماسيون، مسؤولين) or a definite one in the nominative (المشاركون),
// outside any name, with no proclitic.
func (f *finder) soundPlural(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.inName[k] || f.agentTok[k] || f.keys[k] != t.Norm || !f.pluralNoun(k) {
		return false
	}
	n := t.Norm
	if strings.HasPrefix(n, "ال") {
		return strings.HasSuffix(n, "ون")
	}
	return strings.HasSuffix(n, "ون") || strings.HasSuffix(n, "ين")
}

// pluralNoun reports a token whose one word is a plural noun.
func (f *finder) pluralNoun(k int) bool {
	ws := f.toks[k].Words
	return len(ws) == 1 && ws[0].UPOS == "NOUN" && strings.Contains(ws[0].Feats, "Number=Plur")
}

// pluralAdjective reports an adjective at k that may describe a plural
// subject, also coordinated (عرب، وأجانب، ومغاربة، كبار; the tagger gives
// broken plurals any number).
func (f *finder) pluralAdjective(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.agentTok[k] {
		return false
	}
	for _, w := range t.Words {
		if w.UPOS != "CCONJ" && w.UPOS != "ADJ" {
			return false
		}
	}
	return len(t.Words) > 0 && t.Words[len(t.Words)-1].UPOS == "ADJ"
}

// relativeAfterSource reports a verb at b that opens a relative clause
// of anonymity on the indefinite source before it (موظف أوروبي طلب عدم
// ذكر اسمه، مصدر فضّل عدم نشر اسمه، دبلوماسي رفض الكشف عن هويته):
// an indefinite antecedent takes its relative clause without الذي, and the
// clause is no part of the source's name. The tagger often reads the verb
// as a noun (طلب "request"), so the verb is known by the word after it.
func (f *finder) relativeAfterSource(a, b int) bool {
	if b <= a || b+1 >= len(f.toks) || strings.HasPrefix(f.keys[a], "ال") {
		return false
	}
	v := f.toks[b].Norm
	if !anonVerbs[v] {
		v = strings.TrimPrefix(v, "و") // أحد المسؤولين ورفض نشر اسمه
	}
	return anonVerbs[v] && anonRequest(v, f.keys[b+1])
}

// anonRequest reports whether the verb v and the word after it ask that a
// source stay unnamed: an object of anonObjects, or على after تحفّظ
// (تحفّظ على ذكر اسمه; رفض على … is no such request).
func anonRequest(v, next string) bool {
	if next == "علي" {
		return strings.HasPrefix(v, "تحفظ")
	}
	return anonObjects[next]
}

// anonVerbs ask that a source stay unnamed (طلب عدم ذكر اسمه); anonObjects
// are what they ask (عدم، ذكر، الكشف، نشر، الإفصاح).
var anonVerbs = setOf("طلب", "طلبت", "طلبا", "طلبوا", "رفض", "رفضت", "رفضا", "رفضوا", "فضل", "فضلت", "فضلا", "فضلوا",
	"اشترط", "اشترطت", "اشترطوا", "تحفظ", "تحفظت", "تحفظوا")

var anonObjects = setOf("عدم", "ذكر", "الكشف", "كشف", "نشر", "الافصاح", "الاشارة", "ذكرها", "الاعلان")

// anonymityNoun reports a cue word at i that is the verbal noun of a
// request for anonymity (رفض ذكر اسمه، طلب عدم الكشف عن هويته، فضّل عدم
// نشر اسمه): what the source did not want said, not a verb of saying.
// Only the nouns of anonObjects after طلب/رفض/فضّل/اشترط/تحفّظ or عدم
// (also with و) are dropped.
func (f *finder) anonymityNoun(i int) bool {
	if i == 0 || f.keys[i] != f.toks[i].Norm || f.toks[i-1].Kind != rasid.Arabic {
		return false
	}
	p := strings.TrimPrefix(f.toks[i-1].Norm, "و")
	return (anonVerbs[p] || p == "عدم") && anonObjects[f.keys[i]]
}

// afterNamedSubject reports a cue word at v, without a conjunction, right
// after a person or body that is the subject of an earlier verb of the
// same clause (عرض رئيس اللجنة فلان أبرز نتائج …: أبرز "the most
// prominent" opens the object, it is no second verb). A verb after its
// subject opens a clause of its own only at the clause's start or after a
// conjunction.
func (f *finder) afterNamedSubject(v, s0 int) bool {
	if v <= s0 || f.keys[v] != f.toks[v].Norm || !f.inName[v-1] || f.inName[v] {
		return false
	}
	for k := v - 1; k >= s0 && v-k < 12; k-- {
		if !f.isWord(k) || f.isComp(k) || relatives[f.toks[k].Norm] {
			return false
		}
		if !f.inName[k] && f.isVerb(k) {
			return f.cues[k].class != noCue || f.pastVerb(k) || f.imperfect(k)
		}
	}
	return false
}

// definitePlural reports a definite plural at k that the tagger reads as
// a noun, standing for an adjective of origin after a definite plural
// subject (المراقبون الأوروبيون، المشاركون الأجانب).
func (f *finder) definitePlural(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.agentTok[k] || !strings.HasPrefix(t.Norm, "ال") || len(t.Words) != 1 {
		return false
	}
	w := t.Words[0]
	return (w.UPOS == "NOUN" || w.UPOS == "ADJ") && strings.Contains(w.Feats, "Number=Plur")
}
