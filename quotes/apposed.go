package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// kinNouns name a person by a relation (والد الشهيد، شقيقة الضحية): like a
// title, they are often followed by the person's name set off by commas.
var kinNouns = setOf("والد", "والدة", "شقيق", "شقيقة", "ابن", "ابنة", "نجل", "نجلة", "زوج", "زوجة", "عم", "خال", "جد",
	"جدة", "ام", "اب", "اخ", "اخت", "ابنه", "ابنها", "زوجته", "زوجها", "والده", "والدها", "شقيقه", "شقيقها")

// circumstanceWords are the words that open a circumstance, not a complement of
// a title: a person named after them is someone else (قال الوزير خلال
// لقائه الرئيس فلان …).
var circumstanceWords = setOf("خلال", "اثناء", "مع", "امام", "عقب", "بعد", "قبل", "عند", "لدي", "منذ", "حول", "بين", "ضد",
	"لقاء", "لقائه", "لقائها", "استقباله", "استقبالها", "اجتماع", "اجتماعه", "اتصال", "اتصالا", "تعليقا", "ردا", "حديث",
	"حديثه", "حديثها", "كلمة", "كلمته", "كلمتها", "تصريح", "تصريحه", "تصريحات", "تصريحاته", "مؤتمر", "زيارة", "زيارته",
	"التابع", "التابعة", "المقرب", "المقربة", "الموالي", "الموالية", "المنتمي", "المنتمية")

// entityAfterTitle reads the person that a title and its complements, or a
// relation, lead up to when the speaker phrase stopped at the complement's
// preposition or at a comma: the first PER entity within fourteen words,
// after a rank, a definite word, a place or a comma, and followed by a
// comma, a colon, إن/أن, a relative pronoun or a preposition (قال النائب عن
// حزب العمل بالبرلمان فلان، تعليقاً …، إن; قال القائد العسكري في جبهة …
// العميد فلان: إن; وأشار والد الشهيد، فلان، الذي …). Nothing of the way
// may be a verb, a cue, a quote or a circumstance (خلال لقائه الرئيس فلان).
func (r *resolver) entityAfterTitle(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a, b := ph.a, ph.b
	if f.toks[a].Kind != rasid.Arabic || !(personTitles[f.keys[a]] || kinNouns[stripArticle(f.keys[a])] || f.imam(a)) || b >= len(f.toks) {
		return rasid.Speaker{}, false
	}
	_, se := f.sentRange(a)
	for k := b; k < se && k-b <= 14; k++ {
		if k > b && f.isComma(k-1) || k > b && f.toks[k].Kind == rasid.Arabic {
			if e, ok := r.entityAt(f.toks[k].Start, f.toks[k].End, true); ok && e.Type == rasid.PER && e.Start == f.toks[k].Start {
				return r.apposedEntity(ph, k, e)
			}
		}
		if !f.complementWord(k, b) || k > b && f.rankBeforeName(k) {
			return rasid.Speaker{}, false // الشيخ فلان الفلاني التابع لـ…: a name the entity layer missed
		}
	}
	return rasid.Speaker{}, false
}

// complementWord reports whether token k, between a title and its
// person's name, can belong to the title's complements or set off the name.
func (f *finder) complementWord(k, b int) bool {
	if f.isComma(k) {
		return k == b || !f.isComma(k-1)
	}
	if f.isPunct(k, "(") || f.isPunct(k, ")") {
		return true // مدير المهرجان (صيفنا أحلى) فلان: a name in brackets
	}
	if f.isQuoteMark(k) {
		return f.shortQuoted(k) // رئيس تحرير صحيفة "الفجر"، فلان: a quoted name
	}
	if f.toks[k].Kind != rasid.Arabic || f.cues[k].class != noCue || f.isComp(k) || f.inQuote[k] || f.isVerb(k) {
		return false
	}
	return !circumstanceWords[f.keys[k]] && !circumstanceWords[f.toks[k].Norm]
}

// shortQuoted reports whether the quote mark at k is one of a pair that
// holds a name of one to four words, with no quote content of its own.
func (f *finder) shortQuoted(k int) bool {
	for _, dir := range [2]int{1, -1} {
		for j, n := k+dir, 0; j >= 0 && j < len(f.toks) && n <= 4; j, n = j+dir, n+1 {
			if f.isQuoteMark(j) {
				if n > 0 {
					return true
				}
				break
			}
			if f.toks[j].Kind != rasid.Arabic && f.toks[j].Kind != rasid.Latin || f.inQuote[j] || f.lineBreakBefore(j) {
				break
			}
		}
	}
	return false
}

// apposedEntity checks what stands around the PER entity e starting at
// token k and names the speaker by it.
func (r *resolver) apposedEntity(ph phraseRef, k int, e rasid.Entity) (rasid.Speaker, bool) {
	f := r.f
	p := k - 1
	if !(f.isComma(p) || f.isPunct(p, ")") || f.locAt[p] || personTitles[f.keys[p]] || definiteWord(f.toks[p].Norm) || f.orgTok[p]) {
		return rasid.Speaker{}, false
	}
	n := f.tokenAt(e.End) // the token after the name
	if n <= k {
		return rasid.Speaker{}, false
	}
	if n >= len(f.toks) {
		return rasid.Speaker{}, false
	}
	switch {
	case f.isComma(n), f.isColon(n), f.isComp(n):
	case f.toks[n].Kind == rasid.Arabic && (stopSlot[f.toks[n].Norm] || strings.HasPrefix(f.toks[n].Norm, "الذ") || strings.HasPrefix(f.toks[n].Norm, "الت")):
	default:
		return rasid.Speaker{}, false
	}
	name := canonical(f.text, e)
	t := k - 1
	for t > ph.a && !f.isWord(t) {
		t-- // the title without the comma that sets the name off
	}
	r.addTitle(ph.start, f.text[ph.start:f.toks[t].End], name)
	return rasid.Speaker{Name: name, Span: rasid.Span{Start: e.Start, End: e.End}}, true
}

// prepGlued reports whether the morphology layer reads token k as a
// preposition glued to a noun (بمنطقة، للشرطة): a complement, not a name.
func (r *resolver) prepGlued(k int) bool {
	f := r.f
	ws := f.toks[k].Words
	if len(ws) < 2 || ws[0].UPOS != "ADP" {
		return false
	}
	e, ok := r.entityAt(f.toks[k].Start, f.toks[k].End, false)
	return !ok || e.Type != rasid.PER
}

// imam reports whether token a is إمام (imam), written with hamza below:
// its normal form is that of أمام (before).
func (f *finder) imam(a int) bool {
	return stripArticle(f.keys[a]) == "امام" && strings.Contains(f.surf(a), "إمام")
}

// relativeAuthor finds the author of data named by the phrase a..b in the
// relative clause right after it: a definite data noun, then الذي/التي, a
// verb of issuing (صدر، صدرت) or a verb with its object pronoun (أعدها،
// أصدرته، نشرتها; not one that relays them: نقلته), a time, عن/من, and the author (التقرير الذي صدر أمس
// عن مؤسسة النقد; الدراسة التي أعدتها جامعة الملك سعود). Numbers and
// adjectives may stand between the noun and the pronoun (التقرير الـ 51).
func (f *finder) relativeAuthor(a, b int) (int, int, bool) {
	if f.toks[a].Kind != rasid.Arabic || !strings.HasPrefix(f.keys[a], "ال") || !f.dataNoun(a) || b-a > 8 {
		return 0, 0, false
	}
	_, se := f.sentRange(a)
	k := b
	for k < se && k-b < 8 && f.keys[k] != "الذي" && f.keys[k] != "التي" && f.complementWord(k, b) {
		k++ // التقرير الخاص بأوضاع التعليم في المنطقة، الذي أصدره
	}
	if k+2 >= se || (f.keys[k] != "الذي" && f.keys[k] != "التي") {
		return 0, 0, false
	}
	k++
	v, verb := f.dataVerb(k, se)
	if !verb || relayed(f.toks[k].Norm) {
		return 0, 0, false // التقرير الذي نقلته الوكالة: the agency relays it
	}
	for v < se && v-k <= 4 && f.toks[v].Kind == rasid.Arabic && (issueTimes[f.toks[v].Norm] || f.adverb(v)) {
		v++
	}
	if v < se && (f.toks[v].Norm == "عن" || f.toks[v].Norm == "من") {
		v++
	}
	if v >= se || !f.isWord(v) || f.isComp(v) {
		return 0, 0, false
	}
	pa, pb := f.speakerPhrase(v, se)
	if pa >= pb || !f.dataAuthor(pa, pb) {
		return 0, 0, false
	}
	return pa, pb, true
}

// relayed reports whether a verb with its object pronoun relays data
// rather than authors them (نقلته، تلقتها، تناقلتها، ترجمها).
func relayed(w string) bool {
	for _, v := range []string{"نقل", "تلق", "ترجم", "اورد", "تداول"} {
		if strings.Contains(w, v) {
			return true
		}
	}
	return false
}

// rankBeforeName reports whether token k is a rank or honorific with the
// article (الشيخ، العميد، الدكتور) followed by two name words that no
// entity covers: the name of the title's holder, which the entity layer
// missed.
func (f *finder) rankBeforeName(k int) bool {
	return personTitles[f.keys[k]] && strings.HasPrefix(f.keys[k], "ال") && k+2 < len(f.toks) &&
		f.nameWord(k+1) && !f.inName[k+1] && f.isWord(k+2) && f.toks[k+2].Kind == rasid.Arabic && !f.inName[k+2]
}

// reportNouns are indefinite nouns of reports and sources that an
// imperfect verb of saying can describe (معلومات تفيد بأن …).
var reportNouns = setOf("معلومات", "انباء", "اخبار", "تقارير", "ارقام", "بيانات", "معطيات", "احصاءات", "احصائيات", "دراسات",
	"دراسة", "تقرير", "مصادر", "اصوات", "شهادات", "وثائق", "وثيقة", "مؤشرات", "تسريبات", "روايات", "تصريحات")

// indefiniteAntecedent reads an imperfect cue right after an indefinite
// noun of reports and its adjectives as a clause describing that noun
// (فهناك معلومات مؤكدة تفيد بأن …، كما تفيد أرقام أخرى …, وردت معلومات
// تفيد بـ): the noun phrase is the source, as written.
func (r *resolver) indefiniteAntecedent(cue int) (rasid.Speaker, bool) {
	f := r.f
	if f.keys[cue] != f.toks[cue].Norm || !(strings.HasPrefix(f.keys[cue], "ي") || strings.HasPrefix(f.keys[cue], "ت")) {
		return rasid.Speaker{}, false
	}
	s0, _ := f.sentRange(cue)
	k := cue - 1
	for k > s0 && cue-k <= 3 && f.indefiniteAdj(k) {
		k--
	}
	if k < s0 || f.toks[k].Kind != rasid.Arabic || !reportNouns[f.keys[k]] {
		return rasid.Speaker{}, false
	}
	sp := rasid.Span{Start: f.toks[k].Start, End: f.toks[cue-1].End}
	if f.keys[k] != f.toks[k].Norm {
		sp.Start += len("و")
	}
	return rasid.Speaker{Name: asWritten(f.text[sp.Start:sp.End]), Span: sp}, true
}

// sourceAddressee finds the addressee after an indefinite source and its
// words, a ل glued to a noun by the morphology layer (خبراء اقتصاديون
// للمستثمرين:), before any definite word; a, or less, when there is none.
func (f *finder) sourceAddressee(a, b int) int {
	for j := a + 1; j < b && j <= a+3 && f.toks[j].Kind == rasid.Arabic; j++ {
		if strings.HasPrefix(f.toks[j].Norm, "ل") && len(f.toks[j].Words) > 1 && f.toks[j].Words[0].UPOS == "ADP" && !f.nisba(j) {
			return j
		}
		if definiteWord(f.toks[j].Norm) {
			break
		}
	}
	return a
}
