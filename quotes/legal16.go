package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Session 16: what a legal text provides (docs/quotes.md, "Session 16").

// stipForm is a verb form of a stipulation: نصّ على (stipulated), قضى بـ
// (provided for), تضمّن (contained).
type stipForm struct {
	prep string // the preposition of the content: على, ب, or none (an object)
	past bool
}

// stipForms are the forms of the stipulation verbs, normalised, without a
// conjunction. The past of قضى is also "spent, died" (قضى في حادث) and is
// read only with a legal text named after it.
var stipForms = map[string]stipForm{
	"نص": {prep: "علي", past: true}, "نصت": {prep: "علي", past: true}, "ينص": {prep: "علي"}, "تنص": {prep: "علي"},
	"قضي": {prep: "ب", past: true}, "قضت": {prep: "ب", past: true}, "يقضي": {prep: "ب"}, "تقضي": {prep: "ب"},
	"تضمن": {past: true}, "تضمنت": {past: true}, "يتضمن": {}, "تتضمن": {},
}

// legalHeads are the nouns of legal and binding texts whose provisions are
// their quotes (docs/evaluation-realnews.md: a law's or a decree's text is
// the text's as written), without the article.
var legalHeads = setOf("قانون", "قوانين", "مرسوم", "مراسيم", "قرار", "قرارات", "نظام", "لائحة", "لوائح", "مادة", "اتفاق", "اتفاقية",
	"بند", "فصل", "فقرة", "دستور", "ميثاق", "تعميم", "عقد", "بروتوكول", "مذكرة", "تعديل", "تشريع", "امر", "مشروع", "وثيقة")

// legalHead reports a legal text's noun at j: with the article, or in
// construct (مشروع القانون، نص المرسوم) when definite is false.
func (f *finder) legalHead(j int, definite bool) bool {
	if j < 0 || j >= len(f.toks) || f.toks[j].Kind != rasid.Arabic {
		return false
	}
	n := stripConj(f.toks[j].Norm)
	if b, ok := strings.CutPrefix(n, "ال"); ok {
		return legalHeads[b]
	}
	return !definite && legalHeads[strings.TrimSuffix(strings.TrimSuffix(n, "ا"), "ً")]
}

// stipulations finds what a legal text provides: نصّ/ينصّ على (أن) …،
// يقضي بـ …، تضمّن + a verbal noun. The subject is a legal text named
// after the verb (ونصّ المرسوم على …، تضمّن القانون المعاقبة …) or before
// it (والقانون ينصّ على …); نصّ على and يقضي بـ may leave it implied in a
// clause that continues the text's (كما نصّ على أن …، القرار الذي يقضي
// بتشكيل …, a legal text having been named before it in the sentence for
// قضى). The content is the clause after the preposition (after أن when it
// follows) or the verbal noun object, up to the clause end.
func (f *finder) stipulations() {
	for i := range f.toks {
		if f.toks[i].Kind != rasid.Arabic || f.used[i] || f.inQuote[i] || f.inDir[i] {
			continue
		}
		sf, ok := f.stipForm(i)
		if !ok || !f.stipOpens(i) {
			continue
		}
		s, se := f.sentRange(i)
		p, sa, sb, ok := f.stipSubject(i, s, se, sf)
		if !ok {
			continue
		}
		k, start, ok := f.stipContent(p, se, sf)
		if !ok || f.inQuote[k] || f.inDir[k] {
			continue
		}
		end := f.stipEnd(k, se, f.clauseEnd(k, se))
		if end <= start {
			continue
		}
		f.used[i] = true
		f.add(cand{content: rasid.Span{Start: start, End: end}, kind: Indirect,
			cue: cueRef{a: i, b: i + 1, class: verb}, hasCue: true, slotA: sa, slotB: sb, legal: true})
	}
}

// stipOpens reports whether the verb at i stands where a verb opens its
// clause: after a conjunction, كما، قد، a relative pronoun, punctuation or
// a legal text (its subject, or the indefinite text it describes: قراراً
// يقضي بـ …) — not after a preposition or a noun it would be the genitive
// of (في نصّ القرار, the noun "text"), and not denied (لم ينصّ).
func (f *finder) stipOpens(i int) bool {
	if n := f.toks[i].Norm; strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف") {
		return true
	}
	if i == 0 || f.toks[i-1].Kind != rasid.Arabic {
		return i == 0 || !f.isQuoteMark(i-1)
	}
	p := f.toks[i-1].Norm
	return p == "كما" || p == "قد" || p == "وقد" || relatives[p] || f.legalHead(i-1, false) && f.toks[i].Norm != "نص"
}

// stipSubject returns the token of the preposition (or of the object, for
// تضمّن) after the verb at i and the speaker slot [sa, sb).
func (f *finder) stipSubject(i, s, se int, sf stipForm) (p, sa, sb int, ok bool) {
	j := i + 1
	if j >= se {
		return 0, 0, 0, false
	}
	if f.legalHead(j, false) && (f.legalHead(j, true) || j+1 < se && strings.HasPrefix(f.toks[j+1].Norm, "ال")) {
		// a named text and its name: المرسوم، القانون الجديد، المادة (17) من
		// النظام، مرسوم القانون رقم 2 لسنة 2015
		for p = j + 1; p < se && p-j <= 10; p++ {
			if f.stipPrepAt(p, sf) || sf.prep == "" && f.stipObject(p, se) {
				return p, j, p, true
			}
			t := f.toks[p]
			if f.isComp(p) || f.isTerminal(p) || f.isComma(p) || f.isQuoteMark(p) || f.cues[p].class != noCue ||
				t.Kind == rasid.Arabic && f.isVerb(p) && !f.inName[p] {
				return 0, 0, 0, false
			}
		}
		return 0, 0, 0, false
	}
	if sf.prep == "" || !f.stipPrepAt(j, sf) {
		return 0, 0, 0, false
	}
	if f.legalHead(i-1, true) {
		return j, i - 1, i, true // والقانون ينصّ على …: the subject before the verb
	}
	// an implied subject: نصّ على after a conjunction, كما or a relative
	// pronoun; قضى only where a legal text was named before it in the
	// sentence (أصدر مرسوماً … يقضي بـ …)
	h := f.stipTextBefore(i, s)
	if h < 0 && (sf.prep == "ب" || !sf.past) {
		return 0, 0, 0, false // (ينصّ على with no text: a person's insistence)
	}
	if h >= 0 {
		// the text the clause describes speaks: القرار 2199 الذي ينصّ على …;
		// the head of a construct before it is the text's name (مشروع
		// القانون، نسخة الاتفاق)
		for h > s && f.legalHead(h-1, false) && !f.legalHead(h-1, true) {
			h--
		}
		e := h + 1
		for e < i && e-h < 4 && f.isWord(e) && !relatives[f.toks[e].Norm] && f.cues[e].class == noCue && !f.isVerb(e) {
			e++
		}
		return j, h, e, true
	}
	return j, j, j, true
}

// stipTextBefore returns the nearest legal text named in the sentence
// before the verb at i, within a dozen tokens (قراراً يقضي، مرسوماً بقانون
// … الذي يقضي), or -1.
func (f *finder) stipTextBefore(i, s int) int {
	for j := i - 1; j >= s && i-j <= 14; j-- {
		if f.legalHead(j, false) {
			return j
		}
		if f.isTerminal(j) || f.cues[j].class != noCue {
			return -1
		}
	}
	return -1
}

// stipPrepAt reports the preposition of the stipulation at p: على alone,
// or ب glued to a noun or to أن (بتجريم، بأن).
func (f *finder) stipPrepAt(p int, sf stipForm) bool {
	t := f.toks[p]
	if t.Kind != rasid.Arabic {
		return false
	}
	switch sf.prep {
	case "علي":
		return t.Norm == "علي"
	case "ب":
		if f.isComp(p) && strings.HasPrefix(t.Norm, "ب") {
			return true
		}
		ws := t.Words
		return len(ws) == 2 && ws[0].UPOS == "ADP" && ws[1].UPOS == "NOUN" && strings.HasPrefix(t.Norm, "ب") && !f.inName[p]
	}
	return false
}

// stipObject reports a verbal noun at k, the object of تضمّن: what the
// text provides (تضمّن القانون المعاقبة بالسجن …، إلغاء الرسوم …), not a
// count or a list (تضمّن القرار عشرة بنود).
func (f *finder) stipObject(k, se int) bool {
	if k >= se || !f.nounAt(k) || f.inName[k] || len(f.toks[k].Words) != 1 {
		return false
	}
	w := f.toks[k].Words[0]
	for _, n := range []string{f.keys[k], strings.TrimPrefix(f.keys[k], "ال")} {
		// إلغاء is written الغاء: the letters ال may be the noun's own
		if utf8.RuneCountInString(n) >= 3 && (simpleActs[n] || derivedVerbalNoun(n, w)) {
			return true
		}
	}
	return false
}

// stipContent returns the first token of the content after the
// preposition (or the object) at p and the byte where it starts: after أن
// when it follows, after the ب glued to the noun.
func (f *finder) stipContent(p, se int, sf stipForm) (k, start int, ok bool) {
	switch sf.prep {
	case "":
		return p, f.toks[p].Start, true
	case "علي":
		k = p + 1
		if k < se && f.isComp(k) {
			k++
		}
		if k >= se || !f.isWord(k) || f.toks[k].Kind == rasid.Number {
			return 0, 0, false
		}
		return k, f.toks[k].Start, true
	}
	if f.isComp(p) {
		if p+1 >= se || !f.isWord(p+1) {
			return 0, 0, false
		}
		return p + 1, f.toks[p+1].Start, true
	}
	ws := f.toks[p].Words
	start = ws[1].Start
	if start <= f.toks[p].Start || start >= f.toks[p].End {
		start = f.toks[p].Start
	}
	return p, start, true
}

// stipBreaks are the words that open a new clause after a provision: فيما
// (while), ولذلك/لذلك (so), وبالتالي (hence).
var stipBreaks = setOf("فيما", "ولذلك", "لذلك", "وبالتالي", "بينما", "وبينما")

// stipEnd cuts a provision's content, from token k up to the byte end, at
// the first clause that is no longer the text's: «، فإن …» (the main clause
// after رغم أن …), a comma before a finite verb (، وتنتهي …، قامت …), فيما,
// ولذلك, or a second stipulation verb (… ، ويقضي النظام بـ …), which is a
// provision of its own.
func (f *finder) stipEnd(k, se, end int) int {
	for j := k + 1; j < se && j < len(f.toks) && f.toks[j].Start < end; j++ {
		t := f.toks[j]
		if t.Kind != rasid.Arabic {
			if !f.isComma(j) || j+1 >= se {
				continue
			}
			nx := f.toks[j+1]
			if nx.Kind == rasid.Arabic && (strings.HasPrefix(nx.Norm, "ف") && f.isComp(j+1) ||
				f.isVerb(j+1) && !f.inName[j+1] || stipBreaks[nx.Norm] || f.stipVerb(j+1)) {
				return f.toks[j-1].End
			}
			continue
		}
		if stipBreaks[t.Norm] || f.stipVerb(j) && t.Norm != f.keys[j] {
			return f.toks[j-1].End
		}
	}
	return end
}

// stipVerb reports a stipulation verb at j, with or without a conjunction.
func (f *finder) stipVerb(j int) bool {
	_, ok := f.stipForm(j)
	return ok
}

// stipForm returns the form of the stipulation verb at j, with or without
// a conjunction.
func (f *finder) stipForm(j int) (stipForm, bool) {
	n := f.toks[j].Norm
	if sf, ok := stipForms[n]; ok {
		return sf, true
	}
	sf, ok := stipForms[strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")]
	return sf, ok
}

// legalName is the speaker of a provision: the legal text named in the
// slot [a, b) as written, its head with the words of its name that follow
// (القانون الجديد، مشروع القانون، اللائحة المنظمة لبرنامج الدعم), not a
// number, a bracket, a verb, a relative or a preposition written apart
// after it (المادة (12) من النظام → المادة); without a conjunction. An
// indefinite text (أصدر مرسوماً يقضي بـ …) is named in its definite form,
// the one the copy refers back to it by (المرسوم).
func (f *finder) legalName(a, b int) rasid.Speaker {
	if a >= b || a < 0 || b > len(f.toks) {
		return rasid.Speaker{}
	}
	if n := stripConj(f.toks[a].Norm); !strings.HasPrefix(n, "ال") && legalHeads[strings.TrimSuffix(strings.TrimSuffix(n, "ا"), "ً")] &&
		!(a+1 < b && strings.HasPrefix(f.toks[a+1].Norm, "ال")) {
		t := f.toks[a]
		return rasid.Speaker{Name: "ال" + strings.TrimSuffix(strings.TrimSuffix(n, "ا"), "ً"), Span: rasid.Span{Start: t.Start, End: t.End}}
	}
	e := a + 1
	for e < b && e-a < 8 && f.toks[e].Kind == rasid.Arabic && !f.isVerb(e) && !legalStops[f.toks[e].Norm] && f.cues[e].class == noCue {
		e++
	}
	st := f.skipProclitic(a, false)
	if n := f.toks[a].Norm; st == f.toks[a].Start && (strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "فال")) {
		st += len("و") // والعقد ينصّ: the text, without its conjunction
	}
	en := f.toks[e-1].End
	return rasid.Speaker{Name: f.text[st:en], Span: rasid.Span{Start: st, End: en}}
}

// legalStops end a legal text's name: a preposition or relative written
// apart, a number's word.
var legalStops = setOf("من", "في", "الي", "علي", "عن", "رقم", "بشان", "حول", "الذي", "التي", "الذين", "لسنة", "لعام", "بعد", "قبل", "مع")

// legalBefore returns the nearest legal text named in the sentence before
// the verb at i, however far (the subject of a clause that continues it:
// صدر مرسوم … وسُمّي …، كما نصّ على), or -1.
func (f *finder) legalBefore(i int) int {
	s, _ := f.sentRange(i)
	for j := i - 1; j >= s; j-- {
		if f.legalHead(j, false) {
			return j
		}
	}
	return -1
}
