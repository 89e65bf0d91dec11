package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Session 18 (helper qcue): cues the rules did not know, from the census
// of quotes missed on fresh copy (docs/quotes.md, "Session 18: cues the
// rules did not know").

// init makes the forms of كرر and ردد (repeated) and of شكك (cast
// doubt), added to the lexicon in session 18, weak cues that count only
// near their complement (weakCues): كرر الوزير أن …, ردد بأن …, شكك الخبراء في
// سلامة … — without it they repeat an act (كرر المحاولة، ردد الأناشيد)
// or tell nothing (تكررت الحوادث).
func init() {
	for _, stem := range []string{"كرر", "ردد"} {
		for _, w := range verbForms(stem) {
			weakCues[w] = 8
		}
	}
	for _, w := range verbForms("شكك") {
		weakCues[w] = maxSlot
	}
	for _, suf := range []string{"ا", "ة", "ين"} {
		weakCues["مشكك"+suf] = maxSlot
	}
}

// verbForms returns the past and imperfect forms of a sound verb of three
// letters whose stem is the same in both (كرر: كرر كررت كرروا … يكرر
// تكرر يكررون …).
func verbForms(stem string) []string {
	out := []string{stem}
	for _, suf := range []string{"ت", "وا", "ا", "تا", "نا", "تم"} {
		out = append(out, stem+suf)
	}
	for _, pre := range []string{"ي", "ت", "ن", "ا", "سي", "ست"} {
		for _, suf := range []string{"", "ون", "ان", "وا", "ين"} {
			out = append(out, pre+stem+suf)
		}
	}
	return out
}

// findingVerbs are the forms of the verbs of showing (أظهر، كشف، أكد،
// رصد) whose subject can be a report, a survey or a test: أظهر تقرير
// اقتصادي تراجع النشاط …، أكدت الفحوص الطبية وجود تمزق …، كشفت الأشعة عن
// تعرضه لإصابة. Only the forms of a subject that follows the verb.
var findingVerbs = setOf("اظهر", "اظهرت", "يظهر", "تظهر", "كشف", "كشفت", "يكشف", "تكشف",
	"اكد", "اكدت", "يؤكد", "تؤكد", "رصد", "رصدت", "يرصد", "ترصد", "بينت", "تبين")

// findingNouns are the documents and measurements that report a finding:
// a report, a study, data, statistics, figures, results, a survey or
// poll, medical tests and scans, indicators, satellite images.
var findingNouns = setOf("تقرير", "التقرير", "تقارير", "التقارير", "دراسة", "الدراسة", "دراسات", "الدراسات",
	"بيانات", "البيانات", "احصاءات", "الاحصاءات", "احصائيات", "الاحصائيات", "احصائية", "الاحصائية",
	"ارقام", "الارقام", "نتائج", "النتائج", "مسح", "المسح", "استطلاع", "الاستطلاع", "استطلاعات",
	"فحوص", "الفحوص", "فحوصات", "الفحوصات", "تحاليل", "التحاليل", "تحليل", "التحليل", "الاشعة", "اشعة",
	"مؤشرات", "المؤشرات", "صور", "الصور", "تحقيقات", "التحقيقات", "ابحاث", "الابحاث", "بحث", "البحث")

// findings adds the finding of a report or test that a verb of showing
// states with a verbal noun as its object and no إن/أن (that case is the
// cue rules'): the verb, a report noun right after it as its subject, the
// subject's adjectives, genitive or relative clause, then the verbal noun
// (an indefinite noun by the morphology layer, or the noun after كشف …
// عن) up to the clause end. After a clause on the subject (أجراها …،
// نشرت اليوم) the noun must follow a comma, a definite word or a time,
// where the subject phrase can end. The speaker is the report as written
// (its author when the resolver finds one).
func (f *finder) findings() {
	for i := 0; i+2 < len(f.toks); i++ {
		if !findingVerbs[f.bareKey(i)] || f.used[i] || f.inQuote[i] || f.inDir[i] || f.toks[i].Kind != rasid.Arabic {
			continue
		}
		j := i + 1
		if !findingNouns[f.toks[j].Norm] {
			continue
		}
		_, se := f.sentRange(i)
		k, sb := f.findingStart(i, j, se)
		if k < 0 {
			continue
		}
		end := f.clauseEnd(k, se)
		if end <= f.toks[k].Start || f.covered(k, k+1) {
			continue
		}
		f.used[i] = true
		f.add(cand{content: rasid.Span{Start: f.toks[k].Start, End: end}, kind: Indirect,
			cue: cueRef{a: i, b: i + 1, class: verb}, hasCue: true, slotA: j, slotB: sb})
	}
}

// findingStart returns the token where the finding starts after the
// report noun at j (the subject of the verb at i) and the end of the
// subject phrase; -1 when there is none within fourteen words.
func (f *finder) findingStart(i, j, se int) (k, sb int) {
	sb = j + 1
	clause := false // a verb or relative clause on the subject was read
	for k = j + 1; k < se && k-j <= 14; k++ {
		t := f.toks[k]
		if f.isTerminal(k) || f.isComp(k) || f.isColon(k) || f.isQuoteMark(k) || f.cues[k].class != noCue {
			return -1, 0
		}
		if f.isComma(k) {
			if k+1 < se && f.contentNoun(k+1) {
				return k + 1, sb
			}
			return -1, 0
		}
		if t.Kind != rasid.Arabic {
			continue
		}
		if t.Norm == "عن" && strings.Contains(f.bareKey(i), "كشف") {
			// after the preposition a word is a noun whatever the tagger
			// says (عن تعرضه: a verb by form)
			if k+1 < se && f.toks[k+1].Kind == rasid.Arabic && !stopSlot[f.toks[k+1].Norm] && !strings.HasPrefix(f.toks[k+1].Norm, "ال") {
				return k + 1, sb
			}
			return -1, 0
		}
		if relatives[t.Norm] || f.isVerb(k) {
			clause = true
			continue
		}
		if !clause && (f.indefiniteAdj(k) || f.definiteAdj(k)) {
			sb = k + 1
			continue
		}
		if f.contentNoun(k) {
			p := f.toks[k-1]
			if !clause && k == sb || clause && (definiteWord(p.Norm) || issueTimes[p.Norm]) {
				return k, sb
			}
		}
		if !clause && k == sb && strings.HasPrefix(t.Norm, "ال") && !f.agentTok[k] {
			// the report's genitive: نتائج المسح، بيانات الوزارة
			sb = k + 1
		}
	}
	return -1, 0
}

// bareKey returns the key of token i without a conjunction و/ف, which
// lookupCues keeps on words outside the cue lexicon (وتظهر).
func (f *finder) bareKey(i int) string {
	k := f.keys[i]
	if k == f.toks[i].Norm && len(k) > len("و")+4 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) {
		return k[len("و"):]
	}
	return k
}

// describeReach returns how far after the form of وصف at i its ب may
// stand: six words, counted after the subject when a name, a title or a
// quoted name follows the verb (ووصف رئيس الحزب فلان الفلاني زيارته
// بالناجحة، ووصف الدكتور «فلان» أيام العطل بمواسم السهر). The subject
// runs over the words of a name or a title within eight words.
func (f *finder) describeReach(i, se int) int {
	e := f.describeSubjectEnd(i, se)
	if e < 0 {
		return 6
	}
	return e - i - 1 + 6
}

// describeSubjectEnd returns the token after the subject named after the
// form of وصف at i (the last word of a name, a title or a quoted name
// within eight words, before limit), or -1 when no name, title or source
// follows the verb.
func (f *finder) describeSubjectEnd(i, limit int) int {
	e := i + 1
	if e >= limit || !(f.inName[e] || personTitles[f.keys[e]] || f.isQuoteMark(e) || sourceHeads[f.keys[e]]) {
		return -1
	}
	for m := i + 1; m < limit && m-i <= 8; m++ {
		if f.inName[m] || f.isQuoteMark(m) || personTitles[f.keys[m]] || m == i+1 {
			e = m + 1
		}
	}
	return e
}

// judgeAfterComma steps over the comma that closes a named subject of
// اعتبر, and over an apposition set off by commas after it (اعتبر رئيس
// الجمعية الدكتور فلان، موضوع التلوث قضية ثانوية؛ اعتبر البابا فلان،
// بابا الفاتيكان، الهجمات جزءاً من حرب): the content starts after it. An
// apposition holds at most five words and no verb; k is returned as it is
// when no comma stands there.
func (f *finder) judgeAfterComma(k, se int) int {
	if k >= se || !f.isComma(k) || k+1 >= se || !f.isWord(k+1) {
		return k
	}
	for j := k + 1; j < se && j-k <= 6; j++ {
		if f.isComma(j) {
			if j+1 < se && f.isWord(j+1) {
				return j + 1
			}
			return k
		}
		if !f.isWord(j) || f.isVerb(j) || f.isComp(j) || f.cues[j].class != noCue {
			break
		}
	}
	if f.inName[k+1] || personTitles[f.keys[k+1]] {
		return k // a second name or title, not the content
	}
	return k + 1
}

// headlineVerbs reads a headline (a line of its own) of the form «NAME»
// VERB + content, with the name in quote marks or a person or
// organisation the entity layer found, and a reporting verb in the
// imperfect (headlines tell the news in the present): «الشركة» تؤكد
// سعيها لتوطين الصناعة، الوزارة تنفي وجود إصابات. The content is the
// verbal noun after the verb, or the complement after its preposition,
// to the end of the line; a content with إن/أن is left to the cue rules.
func (f *finder) headlineVerbs() {
	for i := 0; i+3 < len(f.toks); i++ {
		if i > 0 && !f.lineBreakBefore(i) {
			continue
		}
		sa, sb, v := f.headlineSubject(i)
		if v < 0 || v >= len(f.toks) || f.used[v] || f.inDir[v] || f.cues[v].class != verb {
			continue
		}
		if n := f.toks[v].Norm; !strings.HasPrefix(n, "ي") && !strings.HasPrefix(n, "ت") || !assertiveVerbs[f.keys[v]] && !headlineAssertions[f.keys[v]] {
			continue
		}
		le := v + 1
		for le < len(f.toks) && !f.lineBreakBefore(le) {
			le++
		}
		if le-v > 30 || f.hasCompIn(v+1, min(le, v+4)) {
			continue
		}
		k := -1
		cw := f.cues[v]
		switch {
		case v+1 < le && f.contentNounOf(v, v+1):
			k = v + 1
		case v+2 < le && (cw.prep != "" && f.toks[v+1].Norm == cw.prep || cw.nounPrep != "" && f.toks[v+1].Norm == cw.nounPrep):
			k = v + 2
		}
		if k < 0 || !f.isWord(k) || f.covered(k, le) {
			continue
		}
		sp, ok := f.trimSpan(k, le)
		if !ok {
			continue
		}
		f.used[v] = true
		f.add(cand{content: sp, kind: Indirect, cue: cueRef{a: v, b: v + 1, class: verb}, hasCue: true, slotA: sa, slotB: sb})
	}
}

// headlineAssertions are the verbs of a headline that state (beside
// assertiveVerbs): denying, warning, expecting. A headline verb of acting
// or relaying (تعلّق نشاط …، ينقل تحيات …، يوضح حقيقة …) tells no
// statement.
var headlineAssertions = setOf("ينفي", "تنفي", "يحذر", "تحذر", "يتوقع", "تتوقع", "يرجح", "ترجح", "يستبعد", "تستبعد")

// headlineSubject reads the name that opens the line at i before a verb:
// a name of one to four words in quote marks, or a person or
// organisation of the entity layer of at most five words. It returns the
// name's tokens [sa, sb) and the verb's token, or v = -1.
func (f *finder) headlineSubject(i int) (sa, sb, v int) {
	if f.isQuoteMark(i) {
		for c := i + 2; c < len(f.toks) && c-i <= 5; c++ {
			if f.isQuoteMark(c) {
				return i + 1, c, c + 1
			}
			if !f.isWord(c) || f.lineBreakBefore(c) {
				break
			}
		}
		return 0, 0, -1
	}
	if !f.agentTok[i] {
		return 0, 0, -1
	}
	e := i
	for e < len(f.toks) && e-i < 5 && f.inName[e] {
		e++
		if e < len(f.toks) && f.lineBreakBefore(e) {
			return 0, 0, -1 // the name ends its line: no verb after it
		}
	}
	if e == i || e >= len(f.toks) {
		return 0, 0, -1
	}
	return i, e, e
}

// byPreposition reports whether the word at j starting with ب is the
// preposition on a word (بمواسم، بأنه، بـ), not a word of its own (بيت،
// بلاد): by the morphology layer when it ran, else always.
func (f *finder) byPreposition(j int) bool {
	ws := f.toks[j].Words
	return len(ws) == 0 || f.toks[j].Norm == "ب" || f.isComp(j) || len(ws) > 1 && ws[0].UPOS == "ADP"
}

// farDescription finds the بأن (بأنه، بأنها) of the form of وصف at i with
// a named subject when a long object stands between (ووصف فلان الهجوم
// الذي استهدف … بأنه عمل إجرامي): within forty words of the sentence, no
// colon or other cue between. It returns the content's first token and
// the token of بأن, or -1.
func (f *finder) farDescription(i int) (k, j int) {
	_, se := f.sentRange(i)
	if f.describeSubjectEnd(i, se) < 0 {
		return -1, -1
	}
	for j = i + 1; j < se && j-i <= 40; j++ {
		if f.isTerminal(j) || f.isColon(j) || f.cues[j].class != noCue || f.inDir[j] {
			return -1, -1
		}
		if f.isComp(j) && strings.HasPrefix(f.toks[j].Norm, "ب") {
			k = j + 1
			for k < se && f.isQuoteMark(k) {
				k++
			}
			if k < se {
				return k, j
			}
			return -1, -1
		}
	}
	return -1, -1
}
