package quotes

// Session 16 (the review): who a report is told to is no candidate. A
// name after لـ or بـ that a verb or noun of speaking governs («قال مصدر
// أمني لـ"الصحيفة"», «في اتصال هاتفي بإذاعة …») is the addressee, and a
// name after لـ that completes a source's description («مصادر موالية
// لفلان») names whom the source is close to; neither speaks.

import (
	"strings"

	"github.com/rasid/rasid"
)

// addressWords are nouns and adjectives after which a name glued to لـ or
// بـ is the addressee of a report or the one a source is close to.
var addressWords = setOf("اتصال", "حديث", "تصريح", "تصريحات", "مقابلة", "هاتفي", "هاتفية", "مداخلة",
	"موالية", "موالي", "موالين", "موالون", "مقربة", "مقرب", "مقربين", "مقربون", "تابعة", "تابع", "قريبة", "قريب")

// addressee reports whether the name whose span starts at byte s in token
// k is governed by لـ or بـ (glued to it, or standing alone before it,
// quotation marks aside) after a cue in the same clause (at most four
// words back, no punctuation between) or right after an addressWords word.
func (r *resolver) addressee(k, s int) bool {
	f := r.f
	prep := false
	if t := f.toks[k]; t.Start < s {
		lead := strings.ReplaceAll(f.text[t.Start:s], "ـ", "") // the proclitics, without tatweel
		prep = lead == "ل" || lead == "ب" || lead == "لل" || lead == "ول" || lead == "وب"
	}
	j := k - 1
	for j >= 0 && f.isQuoteMark(j) {
		j--
	}
	if !prep && j >= 0 && f.toks[j].Kind == rasid.Arabic {
		if n := strings.TrimSuffix(f.toks[j].Norm, "ـ"); n == "ل" || n == "ب" {
			prep = true
			j--
		}
	}
	if !prep || j < 0 {
		return false
	}
	if f.toks[j].Kind == rasid.Arabic && addressWords[f.keys[j]] {
		return true
	}
	for i := j; i >= 0 && i > j-4; i-- {
		if f.toks[i].Kind != rasid.Arabic {
			return false
		}
		if f.cues[i].class != noCue {
			return true
		}
	}
	return false
}
