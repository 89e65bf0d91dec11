package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Session 14: quotes missed on fresh copy (docs/quotes.md, "Session 14:
// quotes missed on fresh copy").

// straightUnclosed adds the pair of a straight mark o that opens speech
// after a cue and its colon (وأضاف: "…) and is never closed: the next
// straight mark of its paragraph opens a quoted name of its own or there is
// none. Its content runs to the end of o's sentence, not of the paragraph:
// one stray " is too common to let it run further. Marks anywhere else are
// left, as before.
func (f *finder) straightUnclosed(out []pair, o int) []pair {
	if o < 2 || !f.isColon(o-1) || !f.gluedToNext(o) || f.closingPosition(o) || !f.cueBeforeColon(o-1) {
		return out
	}
	_, se := f.sentRange(o)
	c := o
	for c+1 < se && !f.lineBreakBefore(c+1) && !f.isQuoteMark(c+1) && c-o < maxQuoteTokens {
		c++
	}
	for c > o && f.toks[c].Kind == rasid.Punct {
		c--
	}
	if c-o < 3 {
		return out
	}
	return append(out, pair{o: o, c: c, unclosed: true})
}

// cueBeforeColon reports whether the colon at k closes a cue clause: a
// reporting verb or participle at most eight words before it in its
// sentence, with no terminal mark, quote mark or line break between.
func (f *finder) cueBeforeColon(k int) bool {
	s0, _ := f.sentRange(k)
	for j := k - 1; j >= s0 && k-j <= 8; j-- {
		if f.isTerminal(j) || f.isQuoteMark(j) || f.lineBreakBefore(j+1) {
			return false
		}
		if c := f.cues[j].class; c == verb || c == participle {
			return true
		}
	}
	return false
}

// bulletMarks open a line of a list or a subheading (*فتيات: …، • الوزير:
// …); like a dash, they are no part of the speaker.
var bulletMarks = []string{"*", "•", "●", "■", "▪", "◦", "►", "◄"}

// lineOpener returns the first token of what a line starting at i says,
// after a bullet mark and after a section label of one or two words closed
// by a slash (عام / الوزير يؤكد …، رياضي / فلان: …, as wire services head
// their items); i itself when there is neither.
func (f *finder) lineOpener(i int) int {
	if i >= len(f.toks) {
		return i
	}
	if f.isPunct(i, bulletMarks...) && i+1 < len(f.toks) && !f.lineBreakBefore(i+1) {
		return i + 1
	}
	for n := 1; n <= 2; n++ {
		k := i + n
		if k+1 >= len(f.toks) || !f.isWord(k-1) || f.toks[k-1].Kind != rasid.Arabic || f.lineBreakBefore(k) || f.lineBreakBefore(k+1) {
			return i
		}
		if f.isPunct(k, "/") {
			if f.isWord(k+1) && f.toks[k+1].Kind == rasid.Arabic {
				return k + 1
			}
			return i
		}
	}
	return i
}

// afterSectionLabel reports whether token a is the first word of its line
// after a section label (عام / الوزير يؤكد …): a subject may start there.
// After a bullet mark it may not: lists of questions (* هل تعتقدين أن …)
// open with one.
func (f *finder) afterSectionLabel(a int) bool {
	for i := a - 1; i >= 0 && a-i <= 3; i-- {
		if i == 0 || f.lineBreakBefore(i) {
			return i < a && f.isPunct(a-1, "/") && f.lineOpener(i) == a
		}
	}
	return false
}

// bulletSpeaker reports whether the headline speaker [a, b) after the
// bullet mark at a-1 names a person: a person's entity starting at a, or a
// title or source head (* مستشار أسري: …). Lists of places and products
// share the shape (* قلعة …: وهي …).
func (f *finder) bulletSpeaker(a, b int) bool {
	if a == 0 || !f.isPunct(a-1, bulletMarks...) {
		return true
	}
	if personTitles[f.keys[a]] || sourceHeads[f.keys[a]] {
		return true
	}
	for _, e := range f.d.Entities {
		if e.Type == rasid.PER && e.Start == f.toks[a].Start && e.End <= f.toks[b-1].End {
			return true
		}
	}
	return false
}

// judgeForms are the finite forms of اعتبر (considered) that open a
// judgement: the thing judged and what it is judged to be follow, with no
// إن/أن (اعتبر الوزير القرار خطوة مهمة، اعتبرتها الهيئة مخالفة للقانون).
// past: the implied subject of a clause with و or after a relative
// pronoun may stand for the speaker; imperfect: it is often the passive
// يُعتبر (is considered), so a named subject must follow. The values tell
// whether the object is a pronoun on the verb.
var judgeForms = func() map[string]judgeForm {
	m := map[string]judgeForm{}
	for _, p := range []string{"اعتبر", "اعتبرت", "اعتبروا", "اعتبرا", "اعتبرتا"} {
		m[p] = judgeForm{past: true}
	}
	for _, p := range []string{"اعتبره", "اعتبرها", "اعتبرهم", "اعتبرته", "اعتبرتها", "اعتبرتهم", "اعتبروه", "اعتبروها", "اعتبروهم"} {
		m[p] = judgeForm{past: true, pronoun: true}
	}
	for _, p := range []string{"يعتبر", "تعتبر", "يعتبرون", "يعتبران", "تعتبران"} {
		m[p] = judgeForm{}
	}
	for _, p := range []string{"يعتبره", "يعتبرها", "يعتبرهم", "تعتبره", "تعتبرها", "تعتبرهم", "يعتبرونه", "يعتبرونها"} {
		m[p] = judgeForm{pronoun: true}
	}
	// the participle extends the clause of its speaker (session 17):
	// معتبرين ذلك إنجازاً كبيراً
	for _, p := range []string{"معتبرا", "معتبرة", "معتبرين", "معتبرتين"} {
		m[p] = judgeForm{past: true, part: true}
	}
	return m
}()

type judgeForm struct{ past, pronoun, part bool }

// judgements finds the judgements of اعتبر with no إن/أن: the verb, its
// subject (named after it, or implied by و or a relative pronoun before
// a past form), and as the content the object and its predicate — or the
// predicate alone when the object is a pronoun on the verb — up to the
// clause end. The content must hold the predicate: an indefinite noun or
// adjective, or an imperfect verb, in its first words.
func (f *finder) judgements() {
	for i := range f.toks {
		jf, ok := judgeForms[f.keys[i]]
		if !ok || f.used[i] || f.inQuote[i] || f.inDir[i] || f.judgeNegated(i) {
			continue
		}
		_, se := f.sentRange(i)
		k, sa, sb, ok := f.judgeSubject(i, se, jf)
		if ok && sb > sa {
			k = f.judgeAfterComma(k, se) // cues18.go
		}
		if !ok || k >= se || f.isComp(k) || f.hasCompIn(k, se) {
			continue
		}
		if !f.judgePredicate(k, se, jf.pronoun) {
			continue
		}
		end := f.judgeEnd(k, f.clauseEnd(k, se))
		if end <= f.toks[k].Start {
			continue
		}
		f.used[i] = true
		class := verb
		if jf.part {
			class = participle
		}
		f.add(cand{content: rasid.Span{Start: f.toks[k].Start, End: end}, kind: Indirect,
			cue: cueRef{a: i, b: i + 1, class: class}, hasCue: true, slotA: sa, slotB: sb})
	}
}

// judgeNegated reports a judgement under a negation or ل (لم يعتبر،
// لاعتبره: not a judgement made).
func (f *finder) judgeNegated(i int) bool {
	n := f.toks[i].Norm
	if f.keys[i] != n && !strings.HasPrefix(n, "و") && !strings.HasPrefix(n, "ف") {
		return true
	}
	return i > 0 && judgeNegations[f.toks[i-1].Norm]
}

// judgeNegations deny a judgement (ما before the verb is the relative:
// ما اعتبره المراقبون …).
var judgeNegations = setOf("لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم")

// hasCompIn reports an إن/أن within the clause from k: the verb's content
// is then read by the cue rules (اعتبر أن …), not here.
func (f *finder) hasCompIn(k, se int) bool {
	for j := k; j < se && j-k < 6; j++ {
		if f.isComp(j) {
			return true
		}
	}
	return false
}

// judgeSubject returns where the judgement's content starts after the
// verb at i and the speaker slot [sa, sb): a named subject (a person, an
// organisation or place, a title or source, a definite plural of people),
// or none when the verb is a past form whose subject is implied (واعتبر
// …، التي اعتبرها …).
func (f *finder) judgeSubject(i, se int, jf judgeForm) (k, sa, sb int, ok bool) {
	j := i + 1
	if j >= se || !f.isWord(j) || f.toks[j].Kind != rasid.Arabic {
		return 0, 0, 0, false
	}
	if jf.part {
		return j, j, j, true // a participle names no subject after it
	}
	b := j
	switch {
	case f.inName[j] && !personTitles[f.keys[j]] && !sourceHeads[f.keys[j]]:
		for b < se && b-j < 6 && f.inName[b] {
			b++ // the name the entity layer gives: تعتبرها أنقرة …
		}
	case jf.pronoun && f.ownedNoun(j):
		b = j + 1 // اعتبرها خصومه …: a noun of people with their pronoun
	case f.peoplePlural(j):
		for b = j + 1; b < se && f.peoplePlural(b) && strings.HasPrefix(f.keys[b], "ال") == strings.HasPrefix(f.keys[j], "ال"); b++ {
		} // واعتبر المحللون الاقتصاديون …
	case f.agentWord(j) || f.locAt[j]:
		_, b = f.subjectChunk(j, se)
	case f.constructPlural(j, se):
		b = f.definiteRun(j+1, se) // اعتبره مهنيو القطاع …
	case jf.pronoun && strings.HasPrefix(f.keys[j], "ال") && f.nounAt(j):
		b = f.definiteRun(j, se) // وهو ما اعتبرته المندوبة الجهوية مؤشراً …
	}
	if jf.pronoun && !f.inName[j] {
		for c := j + 1; c < b; c++ {
			if f.accusativeAt(c) {
				b = c // the subject ends where the predicate starts: اعتبرته المندوبة الجهوية مؤشراً …
				break
			}
		}
	}
	if b > j {
		if b+1 >= se {
			return 0, 0, 0, false
		}
		return b, j, b, true
	}
	implied := f.keys[i] != f.toks[i].Norm || i > 0 && (relatives[f.keys[i-1]] || f.keys[i-1] == "ما" || f.keys[i-1] == "كما")
	if !jf.past || !implied {
		return 0, 0, 0, false
	}
	return j, j, j, true
}

// constructPlural reports a nominative sound plural in construct at j, its
// ن dropped before a definite noun (مهنيو القطاع، مسؤولو الوزارة): people
// who can judge, never an accusative predicate.
func (f *finder) constructPlural(j, se int) bool {
	n := f.keys[j]
	return j+1 < se && !strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 3 && strings.HasSuffix(n, "و") &&
		f.isWord(j+1) && f.toks[j+1].Kind == rasid.Arabic && strings.HasPrefix(f.keys[j+1], "ال") && f.nounAt(j+1)
}

// definiteRun returns the end of the definite words from j (a definite
// subject and its adjectives or construct: المندوبة الجهوية، مهنيو القطاع
// السياحي): after a verb with an object pronoun a definite noun is the
// subject, and the indefinite predicate follows it.
func (f *finder) definiteRun(j, se int) int {
	b := j
	for b < se && b-j < 4 && f.isWord(b) && f.toks[b].Kind == rasid.Arabic && strings.HasPrefix(f.keys[b], "ال") && f.cues[b].class == noCue {
		b++
	}
	return b
}

// judgeEnd cuts a judgement's content at its first comma: the predicate
// is a short phrase, and what follows a comma is most often a new clause
// (… غير دستورية، نظّم الحزب …، … ضرورياً للاقتصاد، ثم صوّتوا …).
func (f *finder) judgeEnd(k, end int) int {
	for j := k + 1; j < len(f.toks) && f.toks[j].Start < end; j++ {
		if f.isComma(j) && !f.inDir[j] {
			b := j - 1
			for b > k && f.toks[b].Kind == rasid.Punct && !f.isQuoteMark(b) {
				b--
			}
			return f.toks[b].End
		}
	}
	return end
}

// accusativeAt reports an indefinite accusative noun or adjective at c,
// written with its final alif (مؤشراً، خطراً): a predicate, never part of
// the subject before it.
func (f *finder) accusativeAt(c int) bool {
	t := f.toks[c]
	n := strings.TrimSuffix(t.Norm, "ً")
	if f.inName[c] || strings.HasPrefix(n, "ال") || utf8.RuneCountInString(n) < 4 || !strings.HasSuffix(n, "ا") || len(t.Words) != 1 {
		return false
	}
	w := t.Words[0]
	return (w.UPOS == "NOUN" || w.UPOS == "ADJ") && strings.Contains(w.Feats, "Case=Acc") && strings.Contains(w.Feats, "Definite=Ind")
}

// peoplePlural reports a definite sound masculine plural (المحللون،
// الفلسطينيون، المراقبين): people who can judge.
//
// Without the article only the nominative -ون is taken (اعتبره إعلاميون
// تونسيون …): a predicate is accusative.
func (f *finder) peoplePlural(j int) bool {
	n := f.keys[j]
	if !strings.HasPrefix(n, "ال") {
		return utf8.RuneCountInString(n) > 4 && strings.HasSuffix(n, "ون") && f.nounAt(j)
	}
	return utf8.RuneCountInString(n) > 5 && (strings.HasSuffix(n, "ون") || strings.HasSuffix(n, "يين"))
}

// ownedNoun reports a noun with a pronoun at j (خصومه، أنصاره): after a
// verb with an object pronoun it is the subject, as a predicate holds no
// pronoun of its own.
func (f *finder) ownedNoun(j int) bool {
	ws := f.toks[j].Words
	return len(ws) == 2 && ws[0].UPOS == "NOUN" && ws[1].UPOS == "PRON"
}

// judgePredicate reports whether the content from k holds a judgement's
// predicate in its first words: after the object (the first word, unless
// the object is a pronoun on the verb), an indefinite noun or adjective
// or an imperfect verb (اعتبر القرار خطوة، اعتبرها مخالفة، اعتبر الاتفاق
// يهدد أمنها).
func (f *finder) judgePredicate(k, se int, pronoun bool) bool {
	from := k
	if !pronoun && f.toks[k].Kind == rasid.Arabic && demonstratives[f.toks[k].Norm] && len(f.toks[k].Norm) > len("ها") {
		// a demonstrative object, alone or before its noun (session 17):
		// اعتبر الكاتب هذه الخطوة بداية …، معتبرين ذلك إنجازاً …
		from = k + 1
		if from < se && f.toks[from].Kind == rasid.Arabic && strings.HasPrefix(f.toks[from].Norm, "ال") {
			from++
		}
	} else if !pronoun {
		if !f.nounAt(k) || !f.definiteObject(k, se) {
			return false // the object is a definite noun (يعتبر فلان أفضل لاعب: "is considered")
		}
		from = k + 1
	}
	for j := from; j < se && j-from < 4; j++ {
		t := f.toks[j]
		if f.isQuoteMark(j) {
			continue // a predicate in marks: اعتبره فلان «إعلان حرب»
		}
		if !f.isWord(j) || t.Kind != rasid.Arabic || f.isComp(j) || f.cues[j].class != noCue {
			return false
		}
		if len(t.Words) != 1 {
			continue
		}
		w := t.Words[0]
		if f.keys[j] == "احد" || f.keys[j] == "احدي" {
			return true // اعتبر الرياضة أحد الروافد
		}
		if !strings.HasPrefix(t.Norm, "ال") && (w.UPOS == "NOUN" || w.UPOS == "ADJ") && !notContent[f.keys[j]] && !stopSlot[t.Norm] {
			return true
		}
		if w.UPOS == "VERB" && strings.Contains(w.Feats, "Aspect=Imp") {
			return true
		}
	}
	return false
}

// nounAt reports a noun at k by the morphology layer (a definite one, one
// in construct or one with a pronoun; a definite noun is often read as an
// adjective).
func (f *finder) nounAt(k int) bool {
	t := f.toks[k]
	return t.Kind == rasid.Arabic && len(t.Words) > 0 && (t.Words[0].UPOS == "NOUN" || t.Words[0].UPOS == "ADJ") && !stopSlot[t.Norm] && f.cues[k].class == noCue
}

// definiteObject reports whether the noun at k is definite: with the
// article, with a pronoun, or in construct with a definite noun (تحوير
// الدستور).
func (f *finder) definiteObject(k, se int) bool {
	t := f.toks[k]
	if strings.HasPrefix(t.Norm, "ال") || len(t.Words) == 2 && t.Words[1].UPOS == "PRON" {
		return true
	}
	return k+1 < se && f.toks[k+1].Kind == rasid.Arabic && strings.HasPrefix(f.toks[k+1].Norm, "ال")
}
