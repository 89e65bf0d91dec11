package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Session 18: quotes missed on fresh copy (docs/quotes.md, "Session 18").

// saidWhat reports whether the attribution phrase at i is وفق ما (وفقما)
// followed by a verb of saying or of a text's words (وفق ما صرّح به
// المعتمد، وفق ما أفادت الوزارة، وفق ما ورد في/على الصفحة الرسمية، وفق ما
// جاء في البيان): "according to what X said" names its source by the
// verb, where وفق alone is most often "in line with" (وفق المعايير) and
// needs a source noun. A verb of requiring or providing (وفق ما يقتضيه
// القانون، وفق ما نصّ عليه النظام) is no saying.
func (f *finder) saidWhat(i int) bool {
	j := i + 1
	switch {
	case f.keys[i] == "وفق" && f.arabicNorm(j) == "ما":
		j++
	case f.keys[i] == "وفقما":
	default:
		return false
	}
	if j >= len(f.toks) || f.toks[j].Kind != rasid.Arabic {
		return false
	}
	if textVerbs[f.keys[j]] {
		return true
	}
	return f.sayingVerb(j) && !notAttrVerb(f.keys[j]) && !strings.HasPrefix(f.keys[j], "نص") && !strings.HasPrefix(f.keys[j], "ينص")
}

// textVerbs say where words stand written: ورد في/على، جاء في (وفق ما
// ورد على الصفحة الرسمية للوزارة): the text after في/على is the source.
var textVerbs = setOf("ورد", "وردت", "جاء", "جاءت")

// textVerbPlace returns the token after the في/على of a verb of where
// words stand (ورد في، ورد على، جاء في) at v; v+1 otherwise.
func (f *finder) textVerbPlace(v int) int {
	if v < len(f.toks) && textVerbs[f.keys[v]] {
		if w := f.arabicNorm(v + 1); w == "في" || w == "علي" {
			return v + 2
		}
	}
	return v + 1
}

// occasionNouns name the occasion a statement was made on (في تصريح
// صحفي، في اتصال هاتفي مع «…»، خلال كلمته، في حديث لقناة …، في تعميم
// للجان): set between the speaker and what was said, they are no part of
// either.
var occasionNouns = setOf("تصريح", "تصريحات", "حديث", "اتصال", "لقاء", "مقابلة", "كلمة", "مؤتمر", "تعميم", "رسالة", "تغريدة",
	"ندوة", "حوار", "مداخلة", "محاضرة", "خطبة", "افادة", "بيان", "ايجاز", "اجتماع", "جلسة", "حصة", "استضافة")

// occasionOpens reports whether tokens j, j+1 open the occasion of a
// statement: في/خلال + an occasion noun, bare or with the speaker's
// pronoun (في تصريح، خلال كلمته، في حديثها), or على لسان (on the tongue
// of: حذرت المديرية على لسان متحدثها …), whose name is the spokesman's.
func (f *finder) occasionOpens(j int) bool {
	if j+1 >= len(f.toks) {
		return false
	}
	w, nx := f.arabicNorm(j), f.arabicNorm(j+1)
	if w == "علي" && strings.HasPrefix(nx, "لسان") {
		return true
	}
	if w != "في" && w != "خلال" && w != "وفي" {
		return false
	}
	if occasionNouns[nx] {
		return true
	}
	for _, p := range possessives {
		if b, ok := strings.CutSuffix(nx, p); ok && occasionNouns[b] {
			return true
		}
	}
	return false
}

// occasionLinks may follow an occasion and continue it: عقب، إثر، لدى،
// أمام … (في تصريح له عقب الاجتماع), so the noun after them is theirs,
// not what was said.
var occasionLinks = setOf("عقب", "اثر", "لدي", "امام", "قبيل", "بعد", "قبل", "اثناء", "خلال", "حول", "عند", "ضمن", "عبر", "مع",
	"له", "لها", "لهم", "هاتفي", "هاتفيا", "صحفي", "صحفيا", "رسمي")

// occasionEnd returns the token after an occasion that opens at j and
// runs before limit: words, commas, numbers and quoted names (في اتصال
// هاتفي مع «المدينة»، في تصريح لـ"عكاظ" أمس). The occasion ends before
// the first noun that cannot continue it — an indefinite noun after a
// definite word, an adjective, a time word, a name or a closing mark (its
// genitive or adjectives are over) — which is returned; -1 when none
// comes, or a verb, a cue or إن/أن does first.
func (f *finder) occasionEnd(i, j, limit int) int {
	if !f.occasionOpens(j) {
		return -1
	}
	for k := j + 2; k < limit && k < len(f.toks) && k-j <= 14; k++ {
		if f.isQuoteMark(k) {
			c := f.closingMarkNear(k, limit)
			if c <= 0 {
				return -1
			}
			k = c
			if c+1 < limit && f.occasionContent(i, c, c+1, limit) {
				return c + 1
			}
			continue
		}
		if f.isComp(k) || f.isTerminal(k) || f.cues[k].class != noCue || f.inDir[k] || !f.isWord(k) && !f.isComma(k) && f.toks[k].Kind != rasid.Number && f.toks[k].Kind != rasid.DateTok {
			return -1
		}
		if f.isVerb(k) && !f.agentAt(k) {
			return -1
		}
		if k+1 >= limit || f.inName[k+1] || occasionLinks[f.keys[k]] || f.timeWord(k+1) {
			continue
		}
		closes := definiteWord(f.toks[k].Norm) || f.inName[k] || issueTimes[f.toks[k].Norm] || f.adverb(k) || f.isComma(k) ||
			f.toks[k].Kind == rasid.Number || f.toks[k].Kind == rasid.DateTok
		if len(f.toks[k].Words) == 1 && f.toks[k].Words[0].UPOS == "ADJ" {
			closes = true
		}
		if closes && !occasionLinks[f.keys[k+1]] && f.occasionContent(i, k, k+1, limit) {
			return k + 1
		}
	}
	return -1
}

// occasionContent reports whether token k, after the word p that closes
// an occasion, opens what was said: a content noun of the cue at i, or an
// indefinite word the tagger read otherwise (أهمية as an adjective,
// انشغال as a name) that stands after a definite word or a closing mark —
// an indefinite word cannot be their adjective — and before a definite
// word or a name, its genitive: a noun in construct.
func (f *finder) occasionContent(i, p, k, limit int) bool {
	if f.contentNounOf(i, k) {
		return true
	}
	t := f.toks[k]
	if k+1 >= limit || t.Kind != rasid.Arabic || strings.HasPrefix(t.Norm, "ال") || f.cues[k].class != noCue || f.inName[k] ||
		personTitles[f.keys[k]] || sourceHeads[f.keys[k]] || titleWords[f.keys[k]] || notContent[f.keys[k]] || occasionLinks[f.keys[k]] ||
		len(t.Words) != 1 || t.Words[0].UPOS == "ADP" || t.Words[0].UPOS == "VERB" {
		return false
	}
	if !definiteWord(f.toks[p].Norm) && !f.isQuoteMark(p) {
		return false
	}
	return f.toks[k+1].Kind == rasid.Arabic && (definiteWord(f.toks[k+1].Norm) || f.inName[k+1])
}

// occasionPrep reports whether tokens [pb, j) between the speaker phrase
// and the preposition at j of the cue cw are an occasion of the statement
// or its addressee (في اتصال هاتفي مع «المدينة»، على لسان متحدثها العقيد
// فلان، لـ"الوطن" أمس) with no content noun in them: the preposition is
// then the cue's (… من الاقتراب، … عن ارتفاع), its noun definite or not.
// ب is left out: a word with ب is as often a place or a means.
func (f *finder) occasionPrep(i, pb, j int, cw cueWord) bool {
	if cw.prep == "ب" || pb >= j || j-pb > 14 || j+1 >= len(f.toks) || f.toks[j+1].Kind != rasid.Arabic || f.cues[j+1].class != noCue {
		return false
	}
	if ws := f.toks[j+1].Words; len(ws) != 1 || ws[0].UPOS != "NOUN" {
		return false
	}
	if f.isComma(pb) && pb+1 < j {
		pb++ // فلان، خلال حصة … ، إلى: an occasion set off by commas
	}
	if !f.occasionOpens(pb) && !f.outletAddressee(pb) {
		return false
	}
	if f.occasionEnd(i, pb, j) > 0 {
		return false // في تصريح اليوم حرص … على: the noun is what was said
	}
	for k := pb; k < j; k++ {
		if f.isQuoteMark(k) {
			c := f.closingMarkNear(k, j)
			if c <= 0 {
				return false
			}
			k = c
			continue
		}
		if !f.isWord(k) && !f.isComma(k) && f.toks[k].Kind != rasid.Number && f.toks[k].Kind != rasid.DateTok ||
			f.isComp(k) || f.cues[k].class != noCue || f.inDir[k] || f.isVerb(k) && !f.agentAt(k) {
			return false
		}
	}
	return true
}

// outletAddressee reports whether token k is ل glued to a quoted or known
// outlet, or لـ before a quoted name (لـ"الوطن"، لـ«عكاظ»، لصحيفة …): the
// one a statement was made to.
func (f *finder) outletAddressee(k int) bool {
	w := f.arabicNorm(k)
	if w == "ل" { // لـ as well: the norm drops the tatweel
		return k+1 < len(f.toks) && f.isQuoteMark(k+1)
	}
	b, ok := strings.CutPrefix(w, "ل")
	return ok && mediaNames[b]
}

// misreadShapes are the shapes of derived verbal nouns that the tagger
// may read as a past verb or a name (تفاعل as تفاعَلَ, انشغال, استقرار as
// names): تفاعُل، انفِعال، افتِعال، استِفعال (1, 2, 3: the root).
var misreadShapes = [][]rune{[]rune("ت1ا23"), []rune("ان12ا3"), []rune("ا1ت2ا3"), []rune("است12ا3")}

// misreadVerbalNoun reports a word at k the tagger read as a verb or a
// name whose letters fit a derived verbal noun and that stands before a
// definite word or a name, its genitive (مؤكداً تفاعل تونس …، جدّد انشغال
// الحكومة …): a past verb there would need أن after a cue, so it is the
// noun in construct.
func (f *finder) misreadVerbalNoun(k int) bool {
	t := f.toks[k]
	if len(t.Words) != 1 || k+1 >= len(f.toks) || f.toks[k+1].Kind != rasid.Arabic || f.inName[k] || f.agentTok[k] {
		return false
	}
	w := t.Words[0]
	if w.UPOS != "VERB" && w.UPOS != "PROPN" || !definiteWord(f.toks[k+1].Norm) && !f.inName[k+1] {
		return false
	}
	return misreadShape([]rune(f.keys[k]), w.Root)
}

// misreadShape reports whether the letters n fit one of misreadShapes
// around root (any letters when the root is not of three).
func misreadShape(n []rune, root string) bool {
	r := []rune(root)
	if len(r) != 3 {
		r = []rune("???")
	}
	for _, pat := range misreadShapes {
		if fitShape(n, pat, r) {
			return true
		}
	}
	return false
}

// verbalNounAfterTitle reports a word at j right after a title that is a
// derived verbal noun by its letters (تراجع، استقرار، انتشار، تفعيل)
// before its genitive, and that no entity covers: the object of the
// verb before the title (وأكد الوزير تراجع الأسعار), not the holder's
// name. A name of that shape (انتصار، ابتسام) is a PER entity when the
// entity layer ran.
func (f *finder) verbalNounAfterTitle(j int) bool {
	if j >= len(f.toks) || f.inName[j] || f.agentTok[j] || len(f.toks[j].Words) != 1 {
		return false
	}
	if f.misreadVerbalNoun(j) {
		return true
	}
	w := f.toks[j].Words[0]
	return w.UPOS == "NOUN" && j+1 < len(f.toks) && definiteWord(f.toks[j+1].Norm) && derivedVerbalNoun(f.keys[j], w)
}

// learnedForms are the past of علم (learned) with which a paper reports
// what its sources told it: علمت «الوطن» من مصادر مطلعة أن …، وعلم من
// مصادر في الوزارة عن …
var learnedForms = setOf("علمت", "علم")

// learnedFrom finds what a paper learned from its sources (علمت «الصحيفة»
// من مصادر مطلعة في الهيئة، أن …؛ علمت «عكاظ» من مصادرها عن وجود …): the
// verb, its subject (a quoted name or a few words), من and a source noun,
// then إن/أن or عن + a verbal noun in the same sentence. The speaker is
// the source phrase after من; the content runs to the clause end. Without
// a source noun after من (علمت الأسرة من الجيران، علم بالخبر) it is no
// report.
func (f *finder) learnedFrom() {
	for i := range f.toks {
		if !learnedForms[f.keys[i]] || f.used[i] || f.inQuote[i] || f.inDir[i] || i > 0 && judgeNegations[f.toks[i-1].Norm] {
			continue
		}
		_, se := f.sentRange(i)
		m := -1
		for j := i + 1; j < se && j-i <= 7; j++ {
			if f.isQuoteMark(j) {
				if c := f.closingMarkNear(j, se); c > 0 {
					j = c
					continue
				}
				break
			}
			if f.arabicNorm(j) == "من" {
				m = j
				break
			}
			if !f.isWord(j) || f.isComp(j) || f.cues[j].class != noCue {
				break
			}
		}
		if m < 0 || m+1 >= se || !f.sourceNounAt(m+1) {
			continue
		}
		k, slotEnd := -1, -1
		for j := m + 2; j < se && j-m <= maxSlot; j++ {
			if f.isComp(j) {
				k, slotEnd = j+1, j
				break
			}
			if f.arabicNorm(j) == "عن" && j+1 < se && f.contentNoun(j+1) {
				k, slotEnd = j+1, j
				break
			}
			if f.isTerminal(j) || f.isColon(j) || f.cues[j].class != noCue || f.inDir[j] || f.isQuoteMark(j) {
				break
			}
		}
		if k < 0 || k >= se {
			continue
		}
		end := f.clauseEnd(k, se)
		if end <= f.toks[k].Start {
			continue
		}
		sa, sb := f.speakerPhrase(m+1, slotEnd)
		for p := sa + 1; p < sb; p++ {
			if f.arabicNorm(p) == "من" {
				sb = p // مصادر مقربة من اللاعب: the sources, not the one they are close to
				break
			}
		}
		for sb > sa && f.isComma(sb-1) {
			sb--
		}
		f.used[i] = true
		f.add(cand{content: rasid.Span{Start: f.toks[k].Start, End: end}, kind: Indirect,
			cue: cueRef{a: i, b: i + 1, class: verb}, hasCue: true, slotA: sa, slotB: sb})
	}
}

// sourceNounAt reports whether token k names sources: مصادر، مصدر،
// مصادرها، أوساط، جهات، مسؤول … (a few of sourceHeads, bare, with at most
// a pronoun or a plural ending after them; never with the article).
func (f *finder) sourceNounAt(k int) bool {
	w := f.arabicNorm(k)
	if w == "" {
		return false
	}
	for _, b := range []string{"مصادر", "مصدر", "اوساط", "جهات", "مسؤولين", "مسؤول"} {
		if strings.HasPrefix(w, b) && len(w)-len(b) <= len("هما") {
			return true
		}
	}
	return false
}

// timeWord reports a word of time that may close an occasion and is never
// what was said (صباح اليوم، مساء أمس، يوم الأحد، ليلة …).
func (f *finder) timeWord(k int) bool {
	w := f.arabicNorm(k)
	return issueTimes[w] || asideWords[w] || w == "ليلة" || w == "عشية" || w == "منتصف" || w == "نهاية" || w == "بداية"
}

// wordingCue reports an attribution phrase about the words used (حسبما
// وصفها، بحسب تعبيره، على حد قوله): it cites the quoted words before it,
// however short.
func (f *finder) wordingCue(c cueRef) bool {
	for k := c.a; k < c.b && k < len(f.toks); k++ {
		w := f.keys[k]
		if strings.Contains(w, "وصف") || strings.Contains(w, "تعبير") || strings.Contains(w, "قول") {
			return true
		}
	}
	return false
}

// misreadOwnNoun reports a word at k that the tagger split as a verb and
// an object pronoun whose verb part fits a derived verbal noun (تفاؤله,
// read as تفاءل + ـه; انشغاله, استياءها): after a verb of expressing or
// assertion and its subject it is the noun with the speaker's pronoun
// (أبدى فلان، تفاؤله بـ …).
func (f *finder) misreadOwnNoun(k int) bool {
	ws := f.toks[k].Words
	if len(ws) != 2 || ws[1].UPOS != "PRON" || ws[0].UPOS != "VERB" && ws[0].UPOS != "PROPN" || f.inName[k] {
		return false
	}
	stem := []rune(f.keys[k])
	suf := []rune(ws[1].Form)
	if len(suf) == 0 || len(suf) >= len(stem) {
		return false
	}
	stem = stem[:len(stem)-len(suf)]
	return misreadShape(stem, ws[0].Root)
}

// pointedDefinite reports a definite noun at k after the إلى of a verb of
// pointing out (أشار، لفت، ألمح) that a modifier follows — a definite
// adjective or participle, or a relative pronoun (أشار إلى الدور الذي …،
// مشيراً إلى التنامي المتزايد …، لفت إلى الجهود المبذولة): the matter
// pointed out, described. A place, a person, a title, a source, a body
// or a plural of people (أشار إلى المواطنين) is pointed at, not out; the
// finite تشير/يشير is left out, as for pointedOwnNoun (things point).
func (f *finder) pointedDefinite(i, k, se int) bool {
	if k+1 >= se || f.keys[i] == "يشير" || f.keys[i] == "تشير" {
		return false
	}
	t := f.toks[k]
	if t.Kind != rasid.Arabic || !strings.HasPrefix(t.Norm, "ال") || len(t.Words) != 1 || t.Words[0].UPOS != "NOUN" ||
		f.inName[k] || f.agentTok[k] || f.locAt[k] || f.orgTok[k] || f.cues[k].class != noCue {
		return false
	}
	w := f.keys[k]
	bare := strings.TrimPrefix(w, "ال")
	if personTitles[w] || personTitles[bare] || sourceHeads[w] || sourceHeads[bare] || titleWords[bare] || dataNouns[bare] ||
		notContent[bare] || orgNouns[w] || anaphorHeads[w] || strings.HasSuffix(bare, "ين") || strings.HasSuffix(bare, "ون") {
		return false
	}
	nx := f.toks[k+1]
	if nx.Kind != rasid.Arabic {
		return false
	}
	if relatives[nx.Norm] {
		return true
	}
	return strings.HasPrefix(nx.Norm, "ال") && len(nx.Words) == 1 && nx.Words[0].UPOS == "ADJ" && !f.inName[k+1]
}

// placeNouns name a place by its class after ب (مديرية الدفاع المدني
// بالمنطقة، فرع الوزارة بالمحافظة).
var placeNouns = setOf("المنطقة", "المحافظة", "المدينة", "العاصمة", "المملكة", "الدولة", "البلاد", "الولاية", "المعتمدية", "القرية", "الامارة")

// placeComplement reports whether tokens [pb, j) are the place of the
// subject, glued to ب (مديرية الدفاع المدني بالمنطقة، مصادر في الجيش
// بمحافظة تعز، فرع الهيئة بالرياض): a body at a place, so the preposition
// at j is the cue's (… من المخاطر).
func (f *finder) placeComplement(pb, j int) bool {
	if pb >= j || j-pb > 4 || f.toks[pb].Kind != rasid.Arabic {
		return false
	}
	w, ok := strings.CutPrefix(f.toks[pb].Norm, "ب")
	if !ok || !(f.locAt[pb] || f.inName[pb] || placeNouns[w] || strings.HasPrefix(w, "محافظة") || strings.HasPrefix(w, "منطقة") || strings.HasPrefix(w, "مدينة")) {
		return false
	}
	for k := pb + 1; k < j; k++ {
		if !f.inName[k] && !f.locAt[k] {
			return false
		}
	}
	return true
}

// occasionSlot reports whether the speaker phrase after the cue at i is
// followed by an occasion of the statement that runs to the noun
// preposition at j (أشار فلان، خلال حصة … على إذاعة …، إلى وجود …): the
// preposition is the cue's. ب is left out (occasionPrep).
func (f *finder) occasionSlot(i, j int, cw cueWord) bool {
	if cw.nounPrep == "ب" {
		return false
	}
	_, pb := f.speakerPhrase(i+1, j)
	return pb > i+1 && f.occasionPrep(i, pb, j, cueWord{prep: cw.nounPrep})
}
