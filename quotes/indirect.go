package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// maxSlot is the most tokens between a cue and its إن/أن or colon:
// قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو أمس إن …
const maxSlot = 28

// maxContent bounds the tokens of an indirect quote's content, so that a
// text without sentence ends costs linear time.
const maxContent = 200

// maxSpeaker is the most tokens of a speaker phrase.
const maxSpeaker = 12

// speakerPhrase returns the speaker phrase starting at token a: the words
// up to a preposition, time word, punctuation, إن/أن or another cue, and
// before limit.
func (f *finder) speakerPhrase(a, limit int) (int, int) {
	b := a
	open := -1 // an opening mark of a quoted name inside the phrase
	usedFi := false
	for b < limit && b < len(f.toks) && b-a < maxSpeaker {
		if b > a && f.lineBreakBefore(b) {
			break
		}
		if f.isQuoteMark(b) {
			// a quoted name inside the phrase: حركة "حماس"
			if open >= 0 {
				open = -1
				b++
				continue
			}
			if b > a && b+1 < limit && f.isWord(b+1) && !f.inDir[b+1] {
				open = b
				b++
				continue
			}
			if c := f.closingMarkNear(b, limit); b == a && c > 0 {
				b = c + 1 // فقد ذكرت "إينوك" في بيان أنها: a quoted name as the subject
				continue
			}
			break
		}
		if b > a && f.isPunct(b, ".") && f.abbrevStop(b) {
			b++ // د. فلان
			continue
		}
		if !f.isWord(b) || f.isComp(b) || f.cues[b].class != noCue || f.phraseStops(a, b, limit, &usedFi) {
			break
		}
		b++
	}
	if open >= 0 {
		b = open
	}
	return a, b
}

// closingMarkNear returns the mark closing the quoted name that opens at
// o, one to three words later, before limit and not a quote's content; 0
// if none.
func (f *finder) closingMarkNear(o, limit int) int {
	for c := o + 2; c < limit && c-o <= 4; c++ {
		if f.isQuoteMark(c) {
			if f.inDir[o+1] {
				return 0
			}
			return c
		}
		if !f.isWord(c) {
			return 0
		}
	}
	return 0
}

// issuedWords come before عن in تقرير صادر عن.
var issuedWords = setOf("صادر", "صادرة", "الصادر", "الصادرة")

// issuedBy reports whether token v, inside a speaker phrase, is
// the participle or verb of issuing that takes the author of data with عن
// or من: تقرير صادر عن الشركة، بيانات صادرة من البنك، بيانات صدرت عن
// الهيئة (the verb only right after a data noun).
func (f *finder) issuedBy(v int) bool {
	if issuedWords[f.keys[v]] {
		return true
	}
	return (f.keys[v] == "صدر" || f.keys[v] == "صدرت") && v > 0 && f.toks[v-1].Kind == rasid.Arabic && f.dataNoun(v-1)
}

// responsibleWords take their complement with عن inside a speaker phrase.
var responsibleWords = setOf("المسؤول", "المسؤولة", "مسؤول", "مسؤولة", "المسؤولين", "مسؤولين", "المسؤولون", "مسؤولون")

// keptInPhrase reports whether a word that ends phrases elsewhere goes on
// the phrase at b: a participle's complement (الإدارة المسؤولة عن الجسر،
// مصدر موثوق به) or إمام (imam), which folds with أمام (before).
func (f *finder) keptInPhrase(a, b int) bool {
	k := f.keys[b]
	if b > a+1 && (k == "عن" && responsibleWords[f.keys[b-1]] || (k == "به" || k == "بها") && strings.HasSuffix(f.keys[b-1], "موثوق")) {
		return true
	}
	return k == "امام" && strings.Contains(f.surf(b), "إمام")
}

// phraseStops reports whether the word b ends the speaker phrase that
// starts at a: an addressee (مصادر محلية للأناضول), a prepositional phrase
// (بالعاصمة), a stop word, على. في is taken once after a source or title
// (مصدر في الوزارة, النائب في البرلمان).
func (f *finder) phraseStops(a, b, limit int, usedFi *bool) bool {
	k := f.keys[b]
	if (k == "عن" || k == "من") && b > a && f.issuedBy(b-1) {
		return false // تقرير صادر عن شركة …، بيانات صدرت من البنك
	}
	arabic := f.toks[b].Kind == rasid.Arabic
	if stop, ok := f.sourceStops(a, b, limit, usedFi); ok {
		return stop
	}
	if arabic && f.adverb(b) {
		return true // صرحت أخيراً بأن, أكدت مسبقاً أن: an adverb is no speaker
	}
	if arabic && f.relativeAfterSource(a, b) {
		return true // قال موظف أوروبي طلب عدم ذكر اسمه إن: a relative clause
	}
	if arabic && b > a && f.addresseeAfterSource(a, b) {
		return true
	}
	if arabic && strings.HasPrefix(f.toks[b].Norm, "بال") && !acting[f.toks[b].Norm] && f.biStops(a, b, limit, *usedFi) {
		return true // a prepositional phrase: بالعاصمة
	}
	if arabic && k == "في" && !*usedFi && b > a && b+1 < limit && f.fiInSource(a, b) {
		*usedFi = true
		return false
	}
	if f.keptInPhrase(a, b) {
		return false
	}
	if arabic && (stopSlot[k] || stopSlot[f.toks[b].Norm]) && !f.genitiveBeforeName(a, b, limit) {
		// على and the name علي fold together: only the preposition
		// written with alef maqsura stops
		if k != "علي" || strings.HasSuffix(f.surf(b), "ى") {
			return true
		}
	}
	return f.isAla(b)
}

// biStops reports whether a word with بال at b ends the speaker phrase
// that starts at a: at its start (قال بالإنجليزية: no subject) or after
// it, unless a name follows the title (ممثلة المنظمة بالمغرب مريم
// بيجديكيان: a place, then the name) or it says where a source sits
// (مصدر بالهيئة المديرة).
func (f *finder) biStops(a, b, limit int, usedFi bool) bool {
	if b == a {
		return !f.inName[b]
	}
	return !(personTitles[f.keys[a]] && b+2 < limit && f.nameWord(b+1) && f.nameWord(b+2)) &&
		!(sourceHeads[f.keys[a]] && !usedFi && f.adjectivesOnly(a+1, b)) && !f.partitiveHeadBefore(a, b, usedFi)
}

// fiInSource reports whether في at b belongs to the source or title at a:
// مصدر في الوزارة, النائب في البرلمان.
func (f *finder) fiInSource(a, b int) bool {
	h, src := f.sourceHeadAt(a)
	if h > a && b+1 < len(f.toks) && !f.bodyAt(b+1) {
		return false // أحد السكان في الحي: a place, not the body one of them belongs to
	}
	return f.isWord(b+1) && (src || personTitles[f.keys[h]]) &&
		(strings.HasPrefix(f.toks[b+1].Norm, "ال") || titleWords[f.toks[b+1].Norm] || f.locAt[b+1])
}

// addresseeAfterSource reports whether the word b with ل, after a source
// at a, is the addressee (مصادر محلية للأناضول: the agency), not an
// adjective of origin (مصدر رئاسي لبناني) nor a genitive (مصدر في شركة
// الشحن المالكة للسفينة).
func (f *finder) addresseeAfterSource(a, b int) bool {
	n := f.toks[b].Norm
	if !sourceHeads[f.keys[a]] || !strings.HasPrefix(n, "ل") || titleWords[strings.TrimPrefix(n, "ل")] || f.nameGoesOn(a, b) {
		return false
	}
	if sourcePreps[f.keys[b-1]] {
		return false // مصدر في لجنة الحكام: a noun after في (لجنة) is the body, no addressee (session 18)
	}
	if strings.HasPrefix(n, "لل") && !addressees[n] && strings.HasPrefix(f.keys[b-1], "ال") {
		return false
	}
	return !(!strings.HasPrefix(n, "لل") && (strings.HasSuffix(n, "ي") || strings.HasSuffix(n, "ية")) && !mediaNames[n[len("ل"):]])
}

// indirect finds reporting verbs and participles followed, within a few
// words, by إن/أن/بأن (قال الوزير إن …), a colon with no quote mark
// (وأضاف: …), or for verbs such as حث على, حذر من their preposition. For
// each cue: the bound after it (cueBound), the content after the bound
// (indirectContent), the speaker slot between them.
func (f *finder) indirect() {
	for i := range f.toks {
		cw := f.cues[i]
		if cw.class == noCue || f.used[i] || f.inDir[i] || f.inAttribution(i) || f.noOneSays(i) {
			continue
		}
		bd := f.cueBound(i, cw)
		content, slotEnd, ok := f.thanksContent(i, bd)
		if !ok {
			content, slotEnd, ok = f.indirectContent(cw, bd)
		}
		if !ok {
			if content, ok = f.verbalNounContent(i, cw, bd); ok {
				slotEnd = i + 1
			} else if content, slotEnd, ok = f.prepVerbalNoun(i, cw, bd); !ok {
				if content, slotEnd, ok = f.verbVerbalNoun(i, cw, bd); !ok {
					continue
				}
			}
		}
		c := cand{
			content: content,
			kind:    Indirect,
			cue:     cueRef{a: i, b: i + 1, class: cw.class},
			hasCue:  true,
		}
		c.slotA, c.slotB = f.slot(i, slotEnd)
		if f.isPassive(i) {
			c.cue.class = passive
		}
		f.used[i] = true
		f.add(c)
	}
}

// noOneSays reports a negated cue whose subject is the indefinite pronoun
// أحد (لا يأمل أحد في …، لم يقل أحد إن …): nobody is reported as saying
// or hoping anything.
func (f *finder) noOneSays(i int) bool {
	return i > 0 && i+1 < len(f.toks) && welcomeNegations[f.toks[i-1].Norm] && f.toks[i+1].Norm == "احد"
}

// inAttribution reports a verb that belongs to an attribution phrase before
// it: حسبما أفاد، بحسب ما ذكر.
//
// كما + verb is "as … said" only when the verb has no أن of its own: كما
// علمت المصادر أن … ("also") is a cue.
func (f *finder) inAttribution(i int) bool {
	if f.offerKey(i) != "" && f.thanksObject(i) >= 0 {
		return false // كما قدّم لهم التهنئة: "also", thanks follow
	}
	if i > 0 && f.keys[i-1] == "كما" && f.cues[i].class != noCue {
		if bd := f.cueBound(i, f.cues[i]); bd.comp >= 0 || bd.colon >= 0 || bd.prep == i+1 {
			return false // (كما يقول العم فلان: …, كما أكدت على أهمية …: "also")
		}
		if i+1 < len(f.toks) && (f.contentNounOf(i, i+1) || f.cues[i].nounPrep != "" && f.nounPrepAt(i+1, f.cues[i])) {
			return false // كما أكدت ضرورة …، كما أشار إلى …: the object follows, no source
		}
		if _, se := f.sentRange(i); assertiveVerbs[f.keys[i]] && f.nounAfterSubject(i, se) > 0 {
			return false // كما أكد الجانبان رفضهما …: a subject, then the object
		}
	}
	return i > 0 && f.toks[i-1].Kind == rasid.Arabic && strings.HasSuffix(f.keys[i-1], "ما") && attrWords[f.keys[i-1]] ||
		i > 1 && f.keys[i-1] == "ما" && attrWords[f.keys[i-2]]
}

// bound is what ends the speaker slot after a cue: the token of إن/أن, of
// a colon or of the cue's preposition (-1 when absent), and the end of the
// cue's sentence.
type bound struct {
	comp, colon, prep int
	se                int
}

// cueBound finds the bound after the cue i within maxSlot tokens.
func (f *finder) cueBound(i int, cw cueWord) bound {
	_, se := f.sentRange(i)
	bd := bound{comp: -1, colon: -1, prep: -1, se: se}
	// the first comma after the cue's preposition (or that of its verbal
	// noun): an أن past it and another verb is that verb's (يأمل فلان في
	// تحقيق النمو، مما يعني أن …، أعرب عن رضاه، مما يعني أن …)
	prepSeen, commaAfterPrep := false, -1
	for j := i + 1; j < len(f.toks) && j-i <= maxSlot; j++ {
		if j >= se {
			break
		}
		if f.isComp(j) {
			if strings.HasPrefix(f.toks[j].Norm, "ف") {
				break // فإن answers a condition or an attribution, not a verb of saying
			}
			if commaAfterPrep >= 0 && f.verbIn(commaAfterPrep+1, j) {
				break
			}
			bd.comp = j
			break
		}
		if prepSeen && commaAfterPrep < 0 && f.isComma(j) {
			commaAfterPrep = j
		}
		if !prepSeen && f.toks[j].Kind == rasid.Arabic && (cw.prep != "" && f.prepMatch(j, cw.prep) || cw.nounPrep != "" && f.prepMatch(j, cw.nounPrep)) {
			prepSeen = true
		}
		if f.isColon(j) {
			bd.colon = j
			break
		}
		if f.isTerminal(j) || f.cues[j].class != noCue || f.inDir[j] || f.isQuoteMark(j) && j+1 < len(f.toks) && f.inDir[j+1] {
			break
		}
		if j > i+1 && f.lineBreakBefore(j) {
			break
		}
		if bd.prep < 0 && cw.prep != "" && f.toks[j].Kind == rasid.Arabic && f.prepMatch(j, cw.prep) {
			// the preposition must follow the speaker phrase (and its
			// object): طالب وطالبة مع بداية is no demand
			_, pb := f.speakerPhrase(i+1, j)
			// or only a time or words in parentheses stand between (تعهد
			// فلان أمس الخميس بترحيل …): then ب must hold a noun of what
			// was said
			gap := pb > i+1 && f.circumstanceGap(pb, j) && (cw.prep != "ب" || f.gluedBiNoun(i, j))
			named := f.nameComma(i, j) && (cw.prep == "ب" && f.gluedBiNoun(i, j) || cw.prep != "ب" && j+1 < se && f.contentNoun(j+1))
			occ := f.occasionPrep(i, pb, j, cw)
			if f.occasionEnd(i, pb, j) > 0 {
				// في تصريح اليوم حرص الحكومة على …: the noun after the
				// occasion is what was said, the preposition its own
				occ, gap = false, false
			} else if f.circumstancePhrase(pb, j, cw) || cw.prep != "ب" && f.placeComplement(pb, j) {
				occ = true
			}
			if (pb == j || f.isComma(pb) && f.isComma(j-1) || occ || gap || named) && !f.verbIn(i+1, j) {
				bd.prep = j // أعلن الرئيس، يوم الأحد، عن … (not طالب جامعي يتبرع بـ: a verb between)
			}
		}
	}
	return bd
}

// circumOpeners open a phrase of circumstance between a speaker and the
// preposition of the cue: أكد الرئيس في كلمته أمام الطلاب أمس على …
var circumOpeners = setOf("في", "خلال", "امام", "اثناء", "وفي", "قد")

// circumstancePhrase reports whether tokens [pb, j) are a circumstance
// (في كلمته أمام الطلاب مساء أمس، في وقت سابق، قد) between the speaker
// phrase and the preposition at j of the cue cw, and a verbal noun that
// can hold what was said follows the preposition (على أهمية …، عن رغبة
// …): the preposition is the cue's, not a noun's in the circumstance.
func (f *finder) circumstancePhrase(pb, j int, cw cueWord) bool {
	if cw.prep == "ب" || pb >= j || j-pb > 12 || j+1 >= len(f.toks) || !f.contentNoun(j+1) || f.isComma(j-1) && !f.closedCircumstance(pb, j) {
		return false // (وأكد فلان لدى إشرافه على …، في تصريح، على هامش …)
	}
	if f.toks[pb].Kind != rasid.Arabic || !circumOpeners[f.toks[pb].Norm] && !f.circumstance(pb) {
		return false
	}
	for k := pb; k < j; k++ {
		if !f.isWord(k) && !f.isComma(k) && f.toks[k].Kind != rasid.Number && f.toks[k].Kind != rasid.DateTok ||
			f.isComp(k) || f.cues[k].class != noCue || f.inDir[k] {
			return false
		}
	}
	return true
}

// indirectContent returns the content after the bound of a cue and the end
// of its speaker slot; ok is false when the cue has no bound or no
// content.
func (f *finder) indirectContent(cw cueWord, bd bound) (content rasid.Span, slotEnd int, ok bool) {
	var start int
	switch {
	case bd.comp >= 0:
		start, slotEnd = f.toks[bd.comp].End, bd.comp
		if bd.comp+1 < len(f.toks) {
			start = f.toks[bd.comp+1].Start
		}
	case bd.colon >= 0:
		if bd.colon+1 < len(f.toks) && f.isQuoteMark(bd.colon+1) {
			return content, 0, false
		}
		start, slotEnd = f.toks[bd.colon].End, bd.colon
	case bd.prep >= 0:
		slotEnd = bd.prep
		start = f.toks[bd.prep].End
		if cw.prep == "ب" && f.toks[bd.prep].Norm != "ب" {
			start = f.toks[bd.prep].Start + len("ب")
		} else if bd.prep+1 < len(f.toks) {
			start = f.toks[bd.prep+1].Start
		}
	default:
		return content, 0, false
	}
	k, se := slotEnd+1, bd.se
	if bd.colon >= 0 && k < len(f.toks) && f.lineBreakBefore(k) {
		// the colon ends its line: the content is the next line
		_, se = f.sentRange(k)
	} else if bd.colon >= 0 {
		_, se = f.sentRange(bd.colon)
	}
	if bd.prep >= 0 && cw.prep == "ب" && f.toks[bd.prep].Norm != "ب" {
		k = bd.prep
	}
	end := f.clauseEnd(k, se)
	if end <= start {
		return content, 0, false
	}
	return rasid.Span{Start: start, End: end}, slotEnd, true
}

// prepMatch reports whether token j is the preposition p (علي, الي, من) or,
// for ب, a word carrying it (بوقف, "for stopping").
func (f *finder) prepMatch(j int, p string) bool {
	n := f.toks[j].Norm
	if p == "ب" {
		return n == "ب" || len(n) > len("بال") && strings.HasPrefix(n, "ب") && !complementizers[n]
	}
	if p == "علي" {
		return n == "علي" && strings.HasSuffix(f.surf(j), "ى")
	}
	return n == p
}

// clauseEnd returns the byte end of the reported content that starts at
// token k and runs at most to the sentence end se (token index): it stops
// before a comma followed by a new cue (، مشيراً إلى أن …) or a new
// reporting clause (وأضاف), but not inside a direct quote's marks.
func (f *finder) clauseEnd(k, se int) int {
	last := -1
	if se > k+maxContent {
		se = k + maxContent
	}
	for j := k; j < se && j < len(f.toks); j++ {
		if f.inDir[j] {
			// inside a direct quote's marks (قال إن «… (…)، وتأمل في أن …»)
			// a cue is the quoted speaker's, not a new clause of the report
			if f.toks[j].Kind != rasid.Punct || f.isQuoteMark(j) {
				last = j
			}
			continue
		}
		if f.isComma(j) && j+1 < se {
			nx := j + 1
			if f.cues[nx].class == participle {
				break // a new circumstantial clause: ، داعيةً المانحين إلى …
			}
			if f.cues[nx].class == verb && f.keys[nx] != f.toks[nx].Norm && f.hasComplementAfter(nx) {
				break
			}
			if _, _, _, _, _, ok := f.attributionAt(nx); ok {
				break
			}
		}
		if _, _, _, _, _, ok := f.attributionAt(j); ok && j > k && f.isComma(j-1) {
			break
		}
		if f.participleStarts(j, k) {
			break // a new participle cue without a comma: … انتهت مشيرا إلى أن …
		}
		if j > k+1 && f.cues[j].class == verb && (f.keys[j] != f.toks[j].Norm || connectors[f.keys[j-1]]) &&
			f.hasComplementAfter(j) {
			// a new reporting clause: …، فيما قال الوزير إن …
			if connectors[f.keys[j-1]] && last == j-1 {
				last = j - 2
				for last >= k && f.toks[last].Kind == rasid.Punct && !f.isQuoteMark(last) {
					last--
				}
			}
			break
		}
		if f.toks[j].Kind != rasid.Punct || f.isQuoteMark(j) {
			last = j
		}
	}
	if last < 0 {
		return -1
	}
	return f.toks[last].End
}

// hasComplementAfter reports whether cue i is followed, within the slot
// distance, by إن/أن or a colon.
func (f *finder) hasComplementAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j-i <= maxSlot; j++ {
		if f.isComp(j) || f.isColon(j) || f.isQuoteMark(j) {
			return true
		}
		if f.isTerminal(j) {
			return false
		}
	}
	return false
}

// attributionAt recognises an attribution phrase starting at token i:
// بحسب / حسب / وفقاً لـ / طبقاً لـ / وفق / نقلاً عن / على حد قوله / كما جاء في.
// It returns the phrase's tokens [a, b) and its source phrase [sa, sb);
// carry is set when the source is a pronoun (على حد قوله). The phrase's
// first word chooses its reader (attributionHeads); the reader returns
// the phrase and where its source starts, which speakerPhrase then reads.
func (f *finder) attributionAt(i int) (a, b, sa, sb int, carry, ok bool) {
	if i >= len(f.toks) || f.toks[i].Kind != rasid.Arabic {
		return
	}
	read := attributionHeads[f.keys[i]]
	if read == nil {
		return
	}
	h, ok := read(f, i)
	switch {
	case !ok:
		return
	case h.done:
		return i, h.b, h.sa, h.sb, h.carry, true
	case f.demonstrativeSource(h):
		return 0, 0, 0, 0, false, false // وفقاً لذلك (accordingly): no one is cited
	}
	return f.attributionSource(i, h)
}

// demonstratives stand where an attribution would name its source: وفقاً
// لذلك (accordingly), بحسب هذا, وفقاً له.
var demonstratives = setOf("ذلك", "هذا", "هذه", "تلك", "ه", "ها", "هم", "هما", "هن")

// demonstrativeSource reports whether the source of the attribution read
// as h is a demonstrative or a pronoun.
func (f *finder) demonstrativeSource(h attrHead) bool {
	if h.src >= len(f.toks) || f.toks[h.src].Kind != rasid.Arabic {
		return false
	}
	w := f.toks[h.src].Norm
	if h.srcOff {
		w = strings.TrimPrefix(w, "ل")
	}
	return demonstratives[w]
}

// attrHead is an attribution phrase read up to its source: the phrase ends
// before b and the source starts at src (inside the token, after ل, when
// srcOff). done marks a phrase read whole, with its source [sa, sb).
type attrHead struct {
	b, src int
	srcOff bool
	done   bool
	sa, sb int
	carry  bool
}

// attributionHeads are the readers of attribution phrases by first word.
var attributionHeads = map[string]func(f *finder, i int) (attrHead, bool){
	"بحسب": (*finder).attrAccording, "حسب": (*finder).attrAccording, "حسبما": (*finder).attrAccording,
	"بحسبما": (*finder).attrAccording, "وفق": (*finder).attrAccording, "وفقما": (*finder).attrAccording,
	"وفقا": (*finder).attrPer, "طبقا": (*finder).attrPer, "استنادا": (*finder).attrPer, "نقلا": (*finder).attrPer,
	"علي": (*finder).attrAlaHadd,
	"كما": (*finder).attrKama,
	"جاء": (*finder).attrJaa,
	"هو":  (*finder).attrWhat, "وهو": (*finder).attrWhat, "هذا": (*finder).attrWhat, "وهذا": (*finder).attrWhat,
	"ذلك": (*finder).attrWhat, "وذلك": (*finder).attrWhat, "هي": (*finder).attrWhat, "وهي": (*finder).attrWhat,
}

// arabicNorm is the normalised form of token j when it is an Arabic word,
// else "".
func (f *finder) arabicNorm(j int) string {
	if j < len(f.toks) && f.toks[j].Kind == rasid.Arabic {
		return f.toks[j].Norm
	}
	return ""
}

// attrAccording reads بحسب / حسب / وفق [ما + verb] [قول …]: بحسب الوزارة،
// بحسب قوله، حسبما أفاد به بيان، وفق ما نقلته قناة «العربية» عن مصادر.
func (f *finder) attrAccording(i int) (attrHead, bool) {
	n := len(f.toks)
	h := attrHead{b: i + 1, src: i + 1}
	if w := f.arabicNorm(i + 1); strings.HasPrefix(w, "قول") || strings.HasPrefix(w, "تعبير") || strings.HasPrefix(w, "وصف") {
		if w != "قول" && w != "تعبير" && w != "وصف" {
			return attrHead{b: i + 2, sa: i + 2, sb: i + 2, carry: true, done: true}, true // بحسب قوله (as he put it)
		}
		h.b, h.src = i+2, i+2 // بحسب قول الوزير
	}
	if ownStatement(f.arabicNorm(i + 1)) {
		// بحسب تصريحاته لإذاعة محلية, حسب تقديره: the speaker's own
		// words, whoever the addressee
		return attrHead{b: i + 2, sa: i + 2, sb: i + 2, carry: true, done: true}, true
	}
	if w := f.arabicNorm(i + 1); w != "" && slices.Contains(statementBases, w) && i+2 < n && f.agentTok[i+2] {
		h.b, h.src = i+2, i+2 // وفق تأكيد فلان, بحسب تصريحات الوزير
	} else if claimNouns[w] && i+2 < n {
		if sa, sb := f.speakerPhrase(i+2, min(n, i+11)); sa < sb && (f.agentSource(sa) || definiteWord(f.toks[sa].Norm)) {
			return attrHead{b: i + 2, sa: sa, sb: sb, done: true}, true // وفق تحذيرات الباحثين
		}
		sb := i + 2
		for sb < n && sb-i < 5 && f.indefiniteAdj(sb) {
			sb++
		}
		return attrHead{b: i + 2, sa: i + 1, sb: sb, done: true}, true // وفق اتهامات فلسطينية: as written
	}
	if !strings.HasSuffix(f.keys[i], "ما") && f.arabicNorm(i+1) != "ما" {
		return h, true
	}
	if f.arabicNorm(i+1) == "ما" {
		h.b++
	}
	// بحسب ما ذكرت الوزارة: the verb belongs to the phrase (and the
	// في/على of ورد في، جاء في)
	if h.b < n && f.toks[h.b].Kind == rasid.Arabic {
		h.b = f.textVerbPlace(h.b)
	}
	if h.b < n && (f.toks[h.b].Norm == "به" || f.toks[h.b].Norm == "بها" || f.toks[h.b].Norm == "عنه") {
		h.b++ // حسبما أفاد به بيان
	}
	h.src = h.b
	if v := h.b - 1; v > i && strings.Contains(f.keys[v], "نقل") {
		// وفق ما نقلته قناة «العربية» عن مصادر: the source follows عن
		if sa, sb := f.slot(v, min(n, v+maxSlot)); sa < sb && f.toks[sa-1].Norm == "عن" {
			return attrHead{b: h.b, sa: sa, sb: sb, done: true}, true
		}
	}
	return h, true
}

// attrPer reads وفقاً لـ، طبقاً لـ، استناداً إلى، نقلاً عن، وفقاً لما.
func (f *finder) attrPer(i int) (attrHead, bool) {
	k, nx := f.keys[i], f.arabicNorm(i+1)
	switch {
	case k == "نقلا" && nx == "عن", k == "استنادا" && nx == "الي":
		return attrHead{b: i + 2, src: i + 2}, true
	case nx == "لما" || nx == "لـما":
		b := i + 2
		if b < len(f.toks) && f.cues[b].class != noCue {
			b++
		}
		return attrHead{b: b, src: b}, true
	case strings.HasPrefix(nx, "ل") && ownStatement(nx[len("ل"):]):
		return attrHead{b: i + 2, sa: i + 2, sb: i + 2, carry: true, done: true}, true // وفقاً لتصريحاته
	case strings.HasPrefix(nx, "ل") && len(nx) > len("ل"):
		return attrHead{b: i + 1, src: i + 1, srcOff: true}, true
	case nx == "ل" || nx == "لـ":
		return attrHead{b: i + 2, src: i + 2}, true
	}
	return attrHead{}, false
}

// statementBases are nouns of a person's words: with a possessive pronoun
// (تصريحاته، تقديرها، كلامه) an attribution phrase cites the subject of
// its clause.
var statementBases = []string{"تاكيد", "تصريحات", "تصريح", "كلام", "حديث", "تقدير", "رأي", "راي", "زعم", "روايت", "شهادت", "قول", "تعبير", "وصف"}

// possessives are the pronoun suffixes of a possessed noun.
var possessives = []string{"ه", "ها", "هم", "هما", "هن"}

// ownStatement reports whether w is a statement noun with a possessive
// pronoun (تصريحاته، تقديره، حديثها).
func ownStatement(w string) bool {
	for _, base := range statementBases {
		rest, ok := strings.CutPrefix(w, base)
		if !ok {
			continue
		}
		for _, p := range possessives {
			if rest == p {
				return true
			}
		}
	}
	return false
}

// haddNouns follow على حد: على حد قول الوزير، على حد تعبيره.
var haddNouns = []string{"قول", "تعبير", "وصف", "زعم", "رواية"}

// attrAlaHadd reads على حد قوله (as he put it: a pronoun, carried), على
// حد قول + source, and على ما + a verb of saying + source (على ما أفاد مصدر
// في الشرطة, as a police source said).
func (f *finder) attrAlaHadd(i int) (attrHead, bool) {
	if f.arabicNorm(i+1) == "ما" && i > 0 && f.isComma(i-1) && i+2 < len(f.toks) && f.sayingVerb(i+2) && !notAttrVerb(f.keys[i+2]) {
		// (ولم تعلق الوزارة على ما قاله فلان: the object of تعلق)
		return attrHead{b: i + 3, src: i + 3}, true
	}
	if f.arabicNorm(i+1) != "حد" {
		return attrHead{}, false
	}
	w := f.arabicNorm(i + 2)
	for _, base := range haddNouns {
		if w == base {
			return attrHead{b: i + 3, sa: i + 3, sb: i + 3, done: true}, true
		}
		if strings.HasPrefix(w, base) {
			return attrHead{b: i + 3, sa: i + 3, sb: i + 3, carry: true, done: true}, true
		}
	}
	return attrHead{}, false
}

// attrKama reads …، كما قال الوزير (as the minister said), كما جاء في and
// كما ورد في. After a clause, a verb that is a cue only with أن (ذكر،
// أظهر) attributes too: …، كما ذكرت الإذاعة المحلية.
func (f *finder) attrKama(i int) (attrHead, bool) {
	if i+1 < len(f.toks) && !f.used[i+1] && f.keys[i+1] != "جاء" &&
		(f.cues[i+1].class == verb || f.lateAttribution(i) && f.sayingVerb(i+1)) {
		return attrHead{b: i + 2, src: i + 2}, true
	}
	if n := f.arabicNorm(i + 1); n != "جاء" && n != "ورد" || f.arabicNorm(i+2) != "في" {
		return attrHead{}, false
	}
	return attrHead{b: i + 3, src: i + 3}, true
}

// sayingVerb reports whether token k is a verb of saying in the cue
// lexicon, also one dropped as a weak cue here (ذكر، أظهر without أن), or
// such a verb with its object pronoun (أكده، تقوله).
func (f *finder) sayingVerb(k int) bool {
	if f.toks[k].Kind != rasid.Arabic || f.isPassive(k) {
		return false
	}
	if c, ok := lexicon[f.keys[k]]; ok && c.class == verb {
		return true
	}
	return f.objectCue(k)
}

// lateAttribution reports whether the attribution phrase at i follows a
// clause of its sentence (…، كما ذكر فلان): not at the sentence start.
func (f *finder) lateAttribution(i int) bool {
	s0, _ := f.sentRange(i)
	for k := i - 1; k >= s0; k-- {
		if f.toks[k].Kind == rasid.Arabic && f.keys[k] != "و" {
			return true
		}
	}
	return false
}

// secondObjectVerbs take what was said as a second object after the
// subject: وهو ما اعتبرته الوزيرة خطوة مهمة (the content follows).
var secondObjectVerbs = setOf("اعتبره", "اعتبرته", "اعتبرها", "اعتبروه", "اعتبرتها", "يعتبره", "تعتبره", "يعتبرها", "تعتبرها",
	"وصفه", "وصفته", "وصفها", "وصفوه", "يصفه", "تصفه", "عده", "عدته", "يعده", "تعده", "يراه", "تراه", "راه", "رآه")

// notAttrVerb reports the cue forms that, after وهو ما / على ما, are not
// verbs of saying: دعا (prompted: وهو ما دعا الشركات إلى …), لاحظ
// (noticed: هذا ما يلاحظه القارئ). The present of ادّعى (يدعي، تدعي:
// claims) shares its first letters with دعا's and is a verb of saying.
func notAttrVerb(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ه"), "ها")
	if w == "يدعي" || w == "تدعي" {
		return false // وهو ما تدعيه الحكومة
	}
	for _, p := range []string{"دع", "يدع", "تدع", "لاحظ", "يلاحظ", "تلاحظ"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// attrWhat reads a relative attribution after a clause: …، وهو ما أكده
// فلان، ذلك ما أكده الوزير، هذا ما تقوله الخبيرة، وهو ما أشار إليه المصدر
// (which is what … said). At the start of a sentence it points back to
// the sentence before and is not read.
func (f *finder) attrWhat(i int) (attrHead, bool) {
	j := i + 1
	if f.arabicNorm(j) != "ما" || !f.lateAttribution(i) {
		return attrHead{}, false
	}
	j++
	if j >= len(f.toks) || !f.sayingVerb(j) || secondObjectVerbs[f.keys[j]] || notAttrVerb(f.keys[j]) {
		return attrHead{}, false
	}
	j++
	if n := f.arabicNorm(j); n == "اليه" || n == "به" || n == "عنه" || n == "فيه" {
		j++ // وهو ما أشار إليه فلان
	}
	return attrHead{b: j, src: j}, true
}

// attrJaa reads جاء في + source.
func (f *finder) attrJaa(i int) (attrHead, bool) {
	if f.arabicNorm(i+1) != "في" {
		return attrHead{}, false
	}
	return attrHead{b: i + 2, src: i + 2}, true
}

// attributionSource reads the source of the attribution phrase h at i: a
// speaker phrase that is not a rule or plan (notSources).
func (f *finder) attributionSource(i int, h attrHead) (a, b, sa, sb int, carry, ok bool) {
	n, src := len(f.toks), h.src
	if src < 0 || src >= n {
		return
	}
	if h.srcOff {
		// وفقاً لوزارة: the source starts inside the token, after ل
		if notSources[f.toks[src].Norm[len("ل"):]] {
			return
		}
		_, sb = f.speakerPhrase(src+1, min(n, src+9))
		return i, h.b, src, sb, false, true
	}
	if c := f.closingMarkNear(src, n); f.isQuoteMark(src) && c > src+1 && quotedSourceHeads[f.toks[src-1].Norm] && f.lateAttr(i) {
		return i, h.b, src + 1, c, false, true // …، بحسب "بوابة الأخبار".
	}
	sa, sb = f.speakerPhrase(src, min(n, src+9))
	if sa == sb || notSources[f.keys[sa]] && !f.orgStartsAt(sa) {
		return
	}
	if f.dataNoun(sa) {
		// وفق بيان صدر صباح اليوم عن الوزارة: the author after عن
		for j := sb; j < n && j-sa <= 6 && f.toks[j].Kind == rasid.Arabic; j++ {
			if f.toks[j].Norm == "عن" && j > sb {
				if _, e := f.speakerPhrase(j+1, min(n, j+10)); e > j+1 {
					sb = e
				}
				break
			}
			if !publishedWords[f.toks[j].Norm] && !issueTimes[f.toks[j].Norm] {
				break
			}
		}
	}
	if f.keys[i] == "وفق" && !f.agentSource(sa) && !f.saidWhat(i) {
		return // وفق تصميم عالمي, وفق المعطيات الجديدة: "in line with", no source
	}
	return i, h.b, sa, sb, false, true
}

// agentSource reports whether the phrase at k can be the source of an
// attribution: a PER or ORG entity, a source, title or organisation noun,
// a newspaper or agency, a statement or data noun.
func (f *finder) agentSource(k int) bool {
	if f.agentTok[k] || f.orgTok[k] {
		return true
	}
	w := f.keys[k]
	if (w == "ذات" || w == "نفس") && k+1 < len(f.toks) && strings.HasPrefix(f.keys[k+1], "ال") {
		return f.agentSource(k + 1) // وفق ما أكده ذات المصدر: the same source
	}
	bare := strings.TrimPrefix(w, "ال")
	return sourceHeads[w] || personTitles[w] || anaphorHeads[w] || orgNouns[w] || nameNouns[bare] || mediaNames[bare] ||
		dataNouns[bare] || statementNouns[bare] || titleWords[bare] || claimNouns[bare]
}

// claimNouns are plural nouns of what people said that an attribution
// cites with its author or as written: وفق تصريحات متطابقة، وفق تحذيرات
// الباحثين، وفق اتهامات فلسطينية.
var claimNouns = setOf("تصريحات", "تحذيرات", "اتهامات", "تقديرات", "توقعات", "روايات", "شهادات", "تاكيدات", "افادات", "ادعاءات")

// attributions finds statements attributed with a phrase: the clause
// before it (ارتفع العدد إلى 50، وفقاً لوزارة الصحة) or, when the phrase
// opens the sentence, the clause after its source (وبحسب الوزارة، فإن …).
func (f *finder) attributions() {
	for i := range f.toks {
		if f.used[i] || f.inDir[i] {
			continue
		}
		a, b, sa, sb, carry, ok := f.attributionAt(i)
		if !ok {
			continue
		}
		s0, se := f.sentRange(i)
		first := s0
		for first < i && (f.toks[first].Kind == rasid.Punct || f.keys[first] == "و") {
			first++
		}
		var content rasid.Span
		if k, ok := f.clauseAfterSource(sb, se); ok && first != i {
			// …، وحسب البيان فقد …، ووفقاً للخبراء إن …: a late phrase
			// whose source ف or إن/أن follows heads the clause after it
			end := f.clauseEnd(k, se)
			if end <= f.toks[k].Start || f.inQuote[k] || f.inDir[k] {
				continue
			}
			content = rasid.Span{Start: f.toks[k].Start, End: end}
		} else if first == i {
			// the phrase opens the sentence: the content follows the source
			k := sb
			for j := sb; j < se && j-sb < 25; j++ {
				if f.isComp(j) {
					// وبحسب المصدر، الذي …، فإن …: the content follows فإن
					k = j + 1
					break
				}
				if f.isTerminal(j) || f.isColon(j) {
					break
				}
			}
			for k < se && (f.isComma(k) || f.isComp(k) || f.toks[k].Norm == "ف") {
				k++
			}
			// the verb of جاء في البيان أن
			end := f.clauseEnd(k, se)
			if k >= se || end <= f.toks[k].Start {
				continue
			}
			content = rasid.Span{Start: f.toks[k].Start, End: end}
		} else {
			// the content is the clause before the phrase, from the last
			// quote or cue clause in the sentence
			st := max(first, i-maxContent)
			for j := i - 1; j >= st; j-- {
				if f.inDir[j] || f.used[j] {
					st = -1
					break
				}
			}
			if st < 0 {
				continue
			}
			sp, ok := f.trimSpan(st, i)
			if !ok || f.covered(st, i) {
				continue
			}
			content = sp
		}
		c := cand{content: content, kind: Indirect, cue: cueRef{a: a, b: b, attr: true, carry: carry}, hasCue: true, slotA: sa, slotB: sb}
		for j := a; j < b; j++ {
			f.used[j] = true
		}
		f.add(c)
	}
}

// covered reports whether tokens [a, b) overlap a quote already found.
func (f *finder) covered(a, b int) bool {
	for i := a; i < b; i++ {
		if f.inQuote[i] {
			return true
		}
	}
	return false
}

// add records a candidate and marks the tokens of its content.
func (f *finder) add(c cand) {
	f.cands = append(f.cands, c)
	i := f.tokenAt(c.content.Start)
	for ; i < len(f.toks) && f.toks[i].Start < c.content.End; i++ {
		f.inQuote[i] = true
	}
}

// compBetween reports whether an إن/أن lies in tokens [a, b).
func (f *finder) compBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if f.isComp(i) {
			return true
		}
	}
	return false
}

// isPassive reports whether the past-tense verb at token i is written with
// a damma on its first letter: أُعلن (uʿlina, "it was announced"), ذُكر.
// Imperfect forms (يُعلن) are left alone: their damma is also active.
func (f *finder) isPassive(i int) bool {
	s := f.surf(i)
	if f.keys[i] != f.toks[i].Norm {
		s = s[len("و"):]
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == 'ي' || r == 'ت' || r == 'ن' || r == 'س' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return r2 == '\u064F'
}

func stripArticle(s string) string {
	if strings.HasPrefix(s, "ال") && len(s) > len("ال")+2 {
		return s[len("ال"):]
	}
	return s
}

// slot returns the speaker phrase of the cue at token i, before limit. For
// نقل (relayed) the speaker follows عن: نقلت الوكالة عن مصدر قوله إن.
func (f *finder) slot(i, limit int) (int, int) {
	if strings.Contains(f.keys[i], "نقل") || f.keys[i] == "علمت" {
		// نقلت الوكالة عن مصدر; علمت الصحيفة من مصادر: the source
		from := "عن"
		if f.keys[i] == "علمت" {
			from = "من"
		}
		for j := i + 1; j < limit && j-i < maxSlot; j++ {
			if f.toks[j].Norm == from {
				return f.speakerPhrase(j+1, limit)
			}
		}
	}
	if k := f.prayedTo(i, limit); k >= 0 {
		return f.speakerPhrase(i+1, k) // وسأل الله أن: God is asked, not the speaker
	}
	if j := f.addresseeAfter(i + 1); j > i+1 && j < limit {
		if a, b := f.speakerPhrase(j, limit); a < b {
			return a, f.partitive(a, b, limit) // كشف لـ"الوطن" مسؤول حكومي أن
		}
	}
	from := f.afterCircumstance(i+1, limit) // ويشير في هذا الصدد رئيس الجمعية
	if from+1 < limit && demonstrativeObjects[f.toks[from].Norm] {
		from++ // صرح بذلك وكيل الوزارة: the object before the subject
	}
	a, b := f.speakerPhrase(from, limit)
	return a, f.partitive(a, b, limit)
}

// demonstrativeObjects are the objects "this, that" written right after a
// verb of saying before its subject (صرح بذلك الوزير، أكد ذلك المدير).
var demonstrativeObjects = setOf("بذلك", "بهذا", "بهذه", "ذلك")

// quantityHeads count people: عدد من السكان، بعض الخبراء، العديد من …
var quantityHeads = setOf("عدد", "بعض", "العديد", "كثير", "الكثير", "معظم", "غالبية", "اغلب", "اغلبية", "مجموعة", "عشرات",
	"مئات", "الاف", "نصف", "ثلث", "ربع", "اكثر", "اقل", "جل")

// partitive extends a speaker phrase [a, b) that is a quantity — a count
// noun or a number or percentage — over its partitive complement with من
// (عدد من رواد الشاطئ، 20% من المشاركين): the speakers are those counted.
func (f *finder) partitive(a, b, limit int) int {
	if a >= b || b >= len(f.toks) {
		return b
	}
	k := b
	switch {
	case f.toks[b-1].Kind == rasid.Number:
		if f.isPunct(k, "%", "٪") {
			k++ // 20 % من
		} else if k+1 < limit && f.toks[k].Norm == "في" && (f.toks[k+1].Norm == "المائة" || f.toks[k+1].Norm == "المئة") {
			k += 2 // 75 في المائة من
		} else if f.toks[k].Norm == "بالمائة" || f.toks[k].Norm == "بالمئة" {
			k++
		}
	case b-a != 1 || !quantityHeads[f.keys[a]]:
		return b
	}
	if k+1 >= limit || f.toks[k].Kind != rasid.Arabic || f.toks[k].Norm != "من" {
		return b
	}
	_, e := f.speakerPhrase(k+1, limit)
	if e <= k+1 {
		return b
	}
	return min(e, k+5)
}

// addresseeAfter returns where the words after a paper or agency spoken
// to start, when one stands at j right after the cue (لـ"الوطن"،
// لـ«الشرق الأوسط»); j otherwise.
func (f *finder) addresseeAfter(j int) int {
	if j+2 >= len(f.toks) || f.toks[j].Kind != rasid.Arabic || (f.toks[j].Norm != "ل" && f.toks[j].Norm != "لـ") || !f.isQuoteMark(j+1) {
		return j
	}
	c := f.closingMarkNear(j+1, len(f.toks))
	if c <= 0 {
		return j
	}
	k := c + 1
	if k < len(f.toks) && f.isComma(k) {
		k++
	}
	return k
}

// isAla reports whether token k is the preposition على (ʿala, "on"), which
// folds together with the name علي (Ali): written with alef maqsura, or
// written with yeh before a word that only the preposition takes (على
// أهمية, Egyptian spelling).
func (f *finder) isAla(k int) bool {
	if f.toks[k].Kind != rasid.Arabic || f.keys[k] != "علي" {
		return false
	}
	if strings.HasSuffix(f.surf(k), "ى") {
		return true
	}
	return k+1 < len(f.toks) && fiPrepNext[stripArticle(f.keys[k+1])] && !f.aliAfterNameWord(k)
}

// headlines finds headline-style statements without marks: a line that
// opens with a short speaker phrase and a colon (لافروف: لا حوار بشروط).
// The phrase must name someone: a PER or ORG entity, a title or source
// head, or, without entities, at least two name words (a one-word
// dateline such as الرياض: is not a speaker).
func (f *finder) headlines() {
	for i := 0; i < len(f.toks); i++ {
		if i > 0 && !f.lineBreakBefore(i) && (f.keys[i] != "رابط" || f.sent[i] == f.sent[i-1]) {
			continue // (the link line may follow the last sentence on its line)
		}
		a, b, c, ok := f.headlineAt(i)
		if ok && f.keys[a] == "رابط" {
			// رابط الخبر بصحيفة …: فلان: … — the link line repeats the
			// headline after its own colon
			a, b, c, ok = f.headlineAt(c + 1)
		}
		if !ok || !f.namesSomeone(a, b) || !f.bulletSpeaker(a, b) || f.keys[a] == "رابط" {
			// رابط الخبر: (the link to the story) ends an article, no speaker
			continue
		}
		e := c + 1
		for e+1 < len(f.toks) && !f.lineBreakBefore(e+1) {
			e++
		}
		sp, ok := f.trimSpan(c+1, e+1)
		if !ok || f.covered(c+1, e+1) {
			continue
		}
		f.add(cand{content: sp, kind: Indirect, slotA: a, slotB: b, nameBefore: true})
	}
}

// namesSomeone reports whether tokens [a, b) can be a headline speaker.
func (f *finder) namesSomeone(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].Kind == rasid.Arabic && (stopSlot[f.keys[k]] || stopSlot[f.toks[k].Norm]) && !(k == a && f.imamAt(k)) {
			return false
		}
	}
	if personTitles[f.keys[a]] || sourceHeads[f.keys[a]] || f.headlinePeople(a, b) {
		return true
	}
	if b-a == 1 && f.familyName(a) {
		return true // عيد: …, a headline by the family name of a person named below
	}
	if len(f.d.Entities) > 0 {
		for _, e := range f.d.Entities {
			if (e.Type == rasid.PER || e.Type == rasid.ORG) && e.Start >= f.toks[a].Start && e.End <= f.toks[b-1].End {
				return true
			}
		}
		return false
	}
	n := 0
	for k := a; k < b; k++ {
		if f.nameWord(k) {
			n++
		}
	}
	return n >= 2 && n == b-a
}

// familyName reports whether the word at k is the last word of a person
// of two or more words that the entity layer found in the document.
func (f *finder) familyName(k int) bool {
	if f.toks[k].Kind != rasid.Arabic || utf8.RuneCountInString(f.toks[k].Norm) < 3 {
		return false
	}
	for _, e := range f.d.Entities {
		if e.Type != rasid.PER || e.End > len(f.text) || e.Start >= e.End {
			continue
		}
		w := f.text[e.Start:e.End]
		if i := strings.LastIndexByte(w, ' '); i > 0 && normalize.String(w[i+1:]) == f.toks[k].Norm {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether token b, a word starting with ل after the
// source phrase starting at a, continues the name of a spokesperson
// (المتحدث باسم المكتب ينس لاركه) rather than naming the addressee
// (مصادر محلية للأناضول): the head is a spokesperson, the word before b a
// name word and b itself no known medium or organisation.
func (f *finder) nameGoesOn(a, b int) bool {
	switch f.keys[a] {
	case "المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "متحدثة", "ناطق":
	default:
		return false
	}
	n := f.toks[b].Norm
	rest := n[len("ل"):]
	if strings.HasPrefix(n, "لل") || mediaNames[rest] || f.orgOrLocAt(b) || b+1 < len(f.toks) && f.isComp(b+1) {
		return false
	}
	return f.nameWord(b-1) && !f.locAt[b-1]
}

// orgOrLocAt reports whether an ORG or LOC entity overlaps token k.
func (f *finder) orgOrLocAt(k int) bool {
	return f.orgLoc[k]
}

// orgStartsAt reports whether an ORG entity starts at token k: بحسب
// برنامج الأغذية العالمي is a source, بحسب برنامج الزيارة is not.
func (f *finder) orgStartsAt(k int) bool {
	return f.orgTok[k]
}

// genitiveBeforeName reports whether the word with لل at token b, which
// may name an addressee (قال للوكالة, "told the agency"), is rather the
// complement of the title starting at a, a name following: المدير العام
// للوكالة الدولية للطاقة الذرية رافائيل غروسي.
func (f *finder) genitiveBeforeName(a, b, limit int) bool {
	if b == a || !personTitles[f.keys[a]] || !strings.HasPrefix(f.toks[b].Norm, "لل") {
		return false
	}
	m := b + 1
	for m < limit && m < len(f.toks) && m-b < 5 && f.toks[m].Kind == rasid.Arabic &&
		(strings.HasPrefix(f.toks[m].Norm, "ال") || strings.HasPrefix(f.toks[m].Norm, "لل")) && !stopSlot[f.toks[m].Norm] {
		m++
	}
	if m == b+1 {
		return false
	}
	return f.nameRun(m, min(limit, len(f.toks))) >= m+2
}

// participleStarts reports a participle cue with its complement at j,
// inside content that starts at k.
func (f *finder) participleStarts(j, k int) bool {
	return j > k+1 && f.cues[j].class == participle && f.hasComplementAfter(j)
}

// assertiveParticiples are the participles of assertion whose object can
// be a verbal noun that holds what was said: مؤكداً وجود خطة، مشدداً على
// ضرورة الحوار، موضحاً أهمية …
var assertiveParticiples = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"مؤكدا", "مؤكدة", "مؤكدين", "مشددا", "مشددة", "مشددين", "موضحا", "موضحة", "موضحين", "مبرزا", "مبرزة", "معتبرا", "معتبرة",
		"واصفا", "واصفة", "متمنيا", "متمنية", "متمنين", "مثمنا", "مثمنة", "مثمنين", "مبديا", "مبدية", "مبدين",
		"مستنكرا", "مستنكرة", "مستنكرين", "منتقدا", "منتقدة", "منتقدين"} {
		m[normalize.String(w)] = true
	}
	return m
}()

// verbalNounContent reads the content of an assertive participle with no
// إن/أن, colon or preposition bound: a verbal noun right after it (or after
// على), up to the clause end (مؤكداً وجود خطة لإعادة الإعمار). The noun
// is read by the morphology layer when it ran; without it, an indefinite
// word that is not a stop word.
func (f *finder) verbalNounContent(i int, cw cueWord, bd bound) (rasid.Span, bool) {
	if cw.class != participle || bd.comp >= 0 || bd.colon >= 0 || bd.prep >= 0 || !assertiveParticiples[f.keys[i]] {
		return rasid.Span{}, false
	}
	k := i + 1
	if k < len(f.toks) && carryWords[f.keys[k]] {
		k++ // مرجعاً سموه قرار التأجيل إلى …
	} else if c := f.closingMarkNear(k, bd.se); k < len(f.toks) && f.isQuoteMark(k) && c > 0 {
		k = c + 1 // مثمناً "ابن ريحان" دور …
	}
	k = f.afterAdverbs(k, bd.se)
	if k < len(f.toks) && f.toks[k].Norm == "علي" {
		k++
	}
	if k < len(f.toks) && (f.toks[k].Norm == "له" || f.toks[k].Norm == "لها" || f.toks[k].Norm == "لهم" || f.toks[k].Norm == "لهما" || f.toks[k].Norm == "لكم") {
		k++ // متمنياً لهم طيب الإقامة: the one wished well comes first
	} else if f.wishBeneficiary(i, k, bd.se) {
		k++ // متمنياً للمصابين الشفاء العاجل
	}
	if k >= bd.se || k >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || stopSlot[f.toks[k].Norm] && !contentOpeners[f.toks[k].Norm] ||
		f.isComp(k) || f.cues[k].class != noCue {
		return rasid.Span{}, false
	}
	if ws := f.toks[k].Words; len(ws) > 0 && ws[0].UPOS != "NOUN" && !f.misreadVerbalNoun(k) {
		return rasid.Span{}, false
	}
	end := f.clauseEnd(k, bd.se)
	if end <= f.toks[k].Start {
		return rasid.Span{}, false
	}
	return rasid.Span{Start: f.toks[k].Start, End: end}, true
}

// assertiveVerbs are the finite verbs of assertion whose object can be a
// verbal noun holding what was said: أكد الوزير أهمية القرار.
var assertiveVerbs = setOf("اكد", "اكدت", "اكدوا", "اكدا", "اكدتا", "يؤكد", "تؤكد", "يؤكدون", "شدد", "شددت", "شددوا", "يشدد", "تشدد",
	"اوضح", "اوضحت", "ابرز", "ابرزت", "يبرز", "تبرز", "لاحظ", "لاحظت", "عزا", "عزي", "عزت", "ارجع", "ارجعت",
	"ثمن", "ثمنت", "ثمنوا", "يثمن", "تثمن", "يثمنون", "توقع", "توقعت", "توقعوا")

// verbVerbalNoun reads the content of an assertive verb with no إن/أن,
// colon or preposition bound when its subject is a person or
// organisation named right after it: the verbal noun that follows the
// name, up to the clause end (أكد قائد حرس الحدود العميد فلان أهمية
// القرار). It returns the content and where the subject ends.
func (f *finder) verbVerbalNoun(i int, cw cueWord, bd bound) (rasid.Span, int, bool) {
	if cw.class != verb || bd.comp >= 0 || bd.colon >= 0 || bd.prep >= 0 ||
		!assertiveVerbs[f.keys[i]] && !expressingVerbs[f.keys[i]] && !announceVerbs[f.keys[i]] && !condemnVerbs[f.keys[i]] || f.verdict(i, bd.se) {
		return rasid.Span{}, 0, false
	}
	k := f.nounAfterSubject(i, bd.se)
	if (f.impliedSubject(i) || expressingVerbs[f.keys[i]] || f.openerObject(i, k, bd.se) || f.subjectOpens(i) || f.afterQad(i)) && i+1 < bd.se &&
		(f.contentNounOf(i, i+1) || (f.impliedSubject(i) || f.subjectOpens(i)) && f.condemnObject(i, i+1)) {
		k = i + 1 // الأنباء التي أكدت وجود حكم, كما أكدت ضرورة …
	}
	if k < 0 && (f.clauseOpener(i) || f.impliedSubject(i) || f.resumptiveAfter(i)) {
		if s := f.stockRunEnd(i+1, bd.se); s > i+1 && s < bd.se && f.contentNounOf(i, s) {
			k = s // وأكد، من ناحية أخرى، ضرورة …
		}
	}
	if k < 0 || announceVerbs[f.keys[i]] && k > i+1 && f.wordIn(i+1, k, "عن") {
		return rasid.Span{}, 0, false // (أعلنت النقابة عن تأجيل الإضراب المزمع تنفيذه …)
	}
	end := f.clauseEnd(k, bd.se)
	if end <= f.toks[k].Start || condemnVerbs[f.keys[i]] && f.attributedAfter(end, bd.se) {
		return rasid.Span{}, 0, false
	}
	return rasid.Span{Start: f.toks[k].Start, End: end}, k, true
}

// announceVerbs are the forms of أعلن whose object says where the
// announcer stands when it holds the announcer's pronoun (أعلن النادي
// رسمياً رفضه …، أعلنت الحكومة تأييدها …); an act announced (أعلنت الوزارة
// إغلاق …) is no quote.
var announceVerbs = setOf("اعلن", "اعلنت", "اعلنوا", "اعلنا", "اعلنتا", "يعلن", "تعلن", "يعلنون", "تعلنان", "يعلنان")

// subjectOpens reports whether the subject of the verb at i stands before
// it at the start of its clause (الوزير يؤكد أهمية …، in a headline): the
// noun right after the verb is then its object.
func (f *finder) subjectOpens(i int) bool {
	a, b, ok := f.subjectBefore(i)
	return ok && a < b && b == i
}

// indefiniteSources are sources named without a name that can report
// with a verbal noun (وأكدت مصادر محلية دخول القوات …).
var indefiniteSources = setOf("مصادر", "مصدر", "شهود", "سكان", "مسؤولون", "مسؤول", "ناشطون", "مراقبون", "خبراء", "تقارير")

// nounAfterSubject returns the token of the verbal noun after the subject
// named right after the verb at i (a person, an organisation, a state or a
// body named by its class noun), and after any circumstance that follows
// the subject (أكدت المملكة منذ اللحظة الأولى لغزو الكويت ضرورة …); -1
// when there is none before se.
func (f *finder) nounAfterSubject(i, se int) int {
	agent := false                    // inside the name of a person or organisation
	subject := false                  // the subject was named: what follows may be a circumstance
	titled := false                   // the subject is a title phrase
	first := f.quantifierEnd(i+1, se) // عدة تقارير، عدد من المسؤولين: the subject's noun follows
	for j := i + 1; j+1 < se && j-i <= 16; j++ {
		if e := f.asideEnd(j, se); e > 0 && subject {
			// a relative clause set off by commas: وأكد المسؤول، الذي …، أهمية
			if f.contentNounOf(i, e+1) || f.condemnObject(i, e+1) {
				return e + 1
			}
			j = e
			continue
		}
		if k := f.quotedSubject(i, j, se); k > 0 {
			return k // أكدت "أم منصور" علمها بذلك
		}
		if j < first {
			continue // the quantifier (عدد may be read as a verb)
		}
		if subject {
			if k := f.occasionEnd(i, j, se); k > 0 {
				return k // أكد الوزير في تصريح صحفي أهمية …
			}
		}
		if c := f.quotedHeadName(first, j, se); c > 0 {
			agent, subject, j = true, true, c // توقعت مجموعة "…" المصرفية ارتفاع …
			continue
		}
		if subject && j > first && mannerAdverbs[f.toks[j].Norm] && j+1 < se && !f.inName[j+1] &&
			(f.contentNounOf(i, j+1) || f.condemnObject(i, j+1)) {
			return j + 1 // تدين الحكومة بشدة استمرار …، أدانت الوزارة بشدة الهجوم
		}
		if f.isComp(j) || f.isTerminal(j) || f.isQuoteMark(j) || f.cues[j].class != noCue || f.isVerb(j) && !f.agentAt(j) && !(agent && f.nisbaAfterPeople(j)) && !(agent && f.inName[j]) ||
			j == i+1 && freePreps[f.toks[j].Norm] {
			break // (تشدد من قبل الوزارة: a noun and its agent, no subject)
		}
		// a state or a body named by its class noun speaks too: أكدت
		// المملكة ضرورة …، لاحظ المعهد ارتفاعاً …
		agent = f.agentTok[j] || j == first && (f.locAt[j] || orgNouns[f.keys[j]] || indefiniteSources[f.keys[j]] || first > i+1 && f.countedPeople(j) ||
			partyDuals[f.keys[j]] || f.indefinitePeople(j)) || agent && (f.inName[j] || f.indefiniteAdj(j) || f.nisbaAfterPeople(j) || f.keys[j] == "عيان")
		subject = subject || agent
		// a title with its complements, closed by a comma: أكد المدير العام
		// للتعليم بالمنطقة، أهمية …
		titled = titled || j == first && personTitles[f.keys[j]]
		// a title alone names the speaker too (أكد الوزير دعمه …، أكد
		// مديرو التعليم جاهزية …)
		subject = subject || titled
		if titled && f.isComma(j) && !f.inName[j+1] && f.contentNounOf(i, j+1) {
			return j + 1
		}
		// the noun must follow a complete phrase: the name, a time, an
		// adverb or a definite word (not the object of a preposition, في
		// تصريح, nor the genitive of a noun, على هامش حلقة)
		after := agent || subject && (f.inName[j] || issueTimes[f.toks[j].Norm] || f.adverb(j) || definiteWord(f.toks[j].Norm) || f.isComma(j))
		if after && !f.inName[j+1] && f.contentNounOf(i, j+1) {
			return j + 1
		}
		// a definite object after a name or a definite title: استنكر
		// فلان الهجوم، أدان الرئيس التفجير
		if (f.inName[j] && !f.inName[j+1] || (titled || agent) && j == i+1 && definiteWord(f.toks[j].Norm)) && f.condemnObject(i, j+1) {
			return j + 1
		}
		if k := f.condemnAfterSubject(i, j, subject); k > 0 {
			return k
		}
		// a title and its adjectives of origin, then the object: أدان
		// الرئيس الفرنسي الهجوم، ثمّن الوزير اليمني الجهود
		if titled && j > i+1 && f.definiteAdj(j) && j+1 < se && !f.inName[j+1] && f.condemnObject(i, j+1) {
			return j + 1
		}
	}
	return -1
}

// impliedSubject reports whether the verb at i names no subject after it:
// it follows a relative pronoun (التي أكدت) or كما / a conjunction on the
// verb that continues the subject of the clause before (كما أكدت، وأكد).
func (f *finder) impliedSubject(i int) bool {
	if i == 0 || f.toks[i-1].Kind != rasid.Arabic {
		return false
	}
	return relatives[f.toks[i-1].Norm] || f.toks[i-1].Norm == "كما"
}

// prepVerbalNoun reads the content of a cue with a noun preposition
// (cueWord.nounPrep) when no إن/أن, colon or preposition bound follows: a
// verbal noun in construct right after the preposition, up to the clause
// end (مشيراً إلى ضرورة عودة …، الذي عبّر عن انفتاح الحركة). A noun with
// a pronoun (عبّر عن سعادته) voices a feeling, not a statement.
func (f *finder) prepVerbalNoun(i int, cw cueWord, bd bound) (rasid.Span, int, bool) {
	if cw.nounPrep == "" || bd.comp >= 0 || bd.colon >= 0 || bd.prep >= 0 {
		return rasid.Span{}, 0, false
	}
	for j := i + 1; j < bd.se && j-i <= maxSlot; j++ {
		if c := f.closingMarkNear(j, bd.se); j == i+1 && f.isQuoteMark(j) && c > 0 {
			j = c // لفت "الغامدي" إلى …: a quoted name as the subject
			continue
		}
		if e := f.asideEnd(j, bd.se); e > 0 && j > i+1 {
			j = e // وأشاد المسؤول، الذي زار المدينة، بنجاح …
			continue
		}
		if f.isComp(j) || f.isTerminal(j) || f.isQuoteMark(j) || f.cues[j].class != noCue {
			break
		}
		if !f.nounPrepAt(j, cw) {
			continue
		}
		pe := j
		if j > i+2 && f.isComma(j-1) {
			pe = j - 1 // عبّر رئيس الجمعية فلان، عن: a name set off by commas
		}
		k, start, ok := f.nounPrepContent(i, j, cw, bd.se)
		if !f.slotReaches(i, pe) && !expressingVerbs[f.keys[i]] && !(j > i+1 && f.stockRunEnd(i+1, j) == j) && !f.nameComma(i, j) && !f.occasionSlot(i, j, cw) || f.verbOutside(i+1, j, bd.se) || !ok {
			if cw.nounPrep == "ب" {
				continue // أشاد الوزير بالمملكة بجهودها: a word with ب may be the addressee
			}
			break
		}
		end := f.clauseEnd(k, bd.se)
		if end <= start {
			break
		}
		return rasid.Span{Start: start, End: end}, j, true
	}
	return rasid.Span{}, 0, false
}

// expressingVerbs are the verbs of expressing (أبدى، أعرب عن، عبّر عن):
// their object is a verbal noun of feeling or stance, often with the
// speaker's pronoun (أبدى تفاؤله، عبّر عن أسفه، أعرب عن خالص شكره), and
// that noun phrase is what was said (docs/evaluation-realnews.md).
var expressingVerbs = setOf("ابدي", "ابدت", "ابدوا", "يبدي", "تبدي", "مبديا", "مبدية", "عبر", "عبرت", "عبروا", "يعبر", "تعبر",
	"معبرا", "معبرة", "معبرين", "اعرب", "اعربت", "اعربوا", "يعرب", "تعرب", "معربا", "معربة", "معربين")

// notContent are nouns that link rather than report: إضافة إلى، فضلاً عن،
// علاوة على (in addition to).
var notContent = setOf("اضافة", "فضلا", "علاوة", "خلال", "بعد", "قبل", "جانب", "هامش", "صعيد", "مستوي", "خلفية", "اثر", "حد",
	"شان", "فضل", "رغم", "غرار", "نحو", "طريق", "عيان")

// contentNoun reports whether token k can open the verbal-noun content
// after a speaker: a noun by the morphology layer without the article,
// not a title, source or cue (أهمية، ضرورة، وجود).
func (f *finder) contentNoun(k int) bool {
	t := f.toks[k]
	if t.Kind != rasid.Arabic || strings.HasPrefix(t.Norm, "ال") && !rootLam(t) || f.cues[k].class != noCue ||
		personTitles[f.keys[k]] || sourceHeads[f.keys[k]] || titleWords[f.keys[k]] || dataNouns[f.keys[k]] || notContent[f.keys[k]] {
		return false
	}
	return len(t.Words) == 1 && t.Words[0].UPOS == "NOUN" || f.misreadVerbalNoun(k)
}

// contentNounOf reports whether token k can open the verbal-noun content
// of the cue at i: a content noun, or after a verb of expressing also a
// noun with a pronoun (عبّر عن اعتزازه) or an adjective of degree before
// the noun (أعرب عن خالص شكره).
func (f *finder) contentNounOf(i, k int) bool {
	if announceVerbs[f.keys[i]] {
		// a stance (أعلن رفضه) or, since session 12, an act announced
		// (أعلنت الوزارة إطلاق …: announcedAct)
		ws := f.toks[k].Words
		return f.cues[k].class == noCue && len(ws) == 2 && ws[0].UPOS == "NOUN" && ws[1].UPOS == "PRON" && !strings.HasPrefix(f.toks[k].Norm, "ال") ||
			f.announcedAct(k)
	}
	if f.contentNoun(k) {
		return true
	}
	if !expressingVerbs[f.keys[i]] && !assertiveVerbs[f.keys[i]] || f.cues[k].class != noCue || personTitles[f.keys[k]] {
		return false // (أوضحت الشركة سعيها …، أكدت علمها بذلك)
	}
	ws := f.toks[k].Words
	return len(ws) == 2 && ws[0].UPOS == "NOUN" && ws[1].UPOS == "PRON" && !strings.HasPrefix(f.toks[k].Norm, "ال") || f.misreadOwnNoun(k)
}

// wordIn reports whether the word w lies in tokens [a, b).
func (f *finder) wordIn(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if f.toks[k].Norm == w {
			return true
		}
	}
	return false
}

// verbIn reports whether a verb by the morphology layer lies in tokens
// [a, b) (not one inside a name).
func (f *finder) verbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if f.isVerb(k) && !f.inName[k] {
			return true
		}
	}
	return false
}
