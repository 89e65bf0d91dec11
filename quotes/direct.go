package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Quote mark families. Arabic text uses guillemets « », curly quotes “ ”
// (often reversed by right-to-left typing) and straight quotes ".
const (
	famNone = iota
	famGuillemet
	famCurly
	famStraight
)

// maxQuoteTokens bounds a direct quote: a stray straight quote must not
// pair with one pages later.
const maxQuoteTokens = 400

// mark returns the family of token i if it is a double quote mark, and
// whether it can only open (« or “ used the usual way) or close.
func (f *finder) mark(i int) (fam int, r string) {
	t := f.toks[i]
	if t.Kind != rasid.Punct && t.Kind != rasid.Symbol {
		return famNone, ""
	}
	s := f.text[t.Start:t.End]
	switch s {
	case "«", "»":
		return famGuillemet, s
	case "“", "”", "„", "‟":
		return famCurly, s
	case "\"", "″":
		return famStraight, s
	}
	return famNone, ""
}

func (f *finder) isQuoteMark(i int) bool {
	fam, _ := f.mark(i)
	return fam != famNone
}

// pair is a matched pair of quote marks, tokens o and c. An unclosed pair
// is an opening mark whose paragraph ends first: c is then the paragraph's
// last token, and the content runs to its end.
type pair struct {
	o, c     int
	depth    int
	unclosed bool
}

// pairs matches the quote marks of the text. Guillemets pair by direction
// (either way round, for reversed text); curly and straight quotes close
// the most recent open mark of their family when they sit in a closing
// position (after a word, before a space or punctuation), else open.
// Quotes in news copy close within their paragraph: marks still open at a
// line break are dropped (see unclosed).
func (f *finder) pairs() []pair {
	type open struct {
		tok int
		fam int
		r   string
	}
	var stack []open
	var out []pair
	lastBreak := -1 // the last token with a line break before it
	for i := range f.toks {
		if f.lineBreakBefore(i) {
			lastBreak = i
		}
		fam, r := f.mark(i)
		if fam == famNone {
			continue
		}
		if len(stack) > 0 && lastBreak > stack[0].tok {
			out = f.unclosed(out, stack[0].tok, stack[0].fam)
			for _, s := range stack[1:] {
				if s.fam == famStraight {
					out = f.straightUnclosed(out, s.tok)
				}
			}
			stack = stack[:0]
		}
		// find the nearest open mark of the same family
		k := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].fam == fam {
				k = j
				break
			}
		}
		closes := false
		if k >= 0 {
			switch fam {
			case famGuillemet:
				// « closes a reversed »…« pair only; » closes «, and a »
				// glued to the word before it closes a » typed for « and
				// glued to the word after it (مؤتمر»مكافحة التطرف»)
				closes = r != stack[k].r || r == "»" && f.closingPosition(i) && f.gluedToNext(stack[k].tok)
			case famStraight:
				// a straight mark glued to the word after it and not to the
				// one before opens, even over a stray mark left open
				// earlier in the paragraph ("…" مضيفا: "…")
				closes = f.closingPosition(i)
			default:
				closes = k == len(stack)-1 || f.closingPosition(i)
			}
			if closes && i-stack[k].tok > maxQuoteTokens {
				stack = stack[:k]
				closes = false
			}
		}
		if closes {
			out = append(out, pair{o: stack[k].tok, c: i, depth: k})
			stack = stack[:k]
			continue
		}
		stack = append(stack, open{tok: i, fam: fam, r: r})
	}
	if len(stack) > 0 {
		out = f.unclosed(out, stack[0].tok, stack[0].fam)
		for _, s := range stack[1:] {
			if s.fam == famStraight {
				out = f.straightUnclosed(out, s.tok)
			}
		}
	}
	return out
}

// unclosed adds the pair of an opening mark o left open at the end of its
// paragraph: a guillemet or curly quote that opens a paragraph's speech
// and is never closed (« … at a line break). A straight quote only after a
// cue and its colon, up to its sentence's end (straightUnclosed): one stray
// " is too common.
func (f *finder) unclosed(out []pair, o, fam int) []pair {
	if fam == famStraight {
		return f.straightUnclosed(out, o)
	}
	if f.closingPosition(o) {
		return out
	}
	c := o
	for c+1 < len(f.toks) && !f.lineBreakBefore(c+1) && c-o < maxQuoteTokens {
		c++
	}
	for c > o && f.toks[c].Kind == rasid.Punct && !f.isQuoteMark(c) {
		c--
	}
	if c-o < 3 {
		return out
	}
	return append(out, pair{o: o, c: c, unclosed: true})
}

// gluedToNext reports whether mark i is glued to the word after it.
func (f *finder) gluedToNext(i int) bool {
	return i+1 < len(f.toks) && f.toks[i+1].Start == f.toks[i].End && f.isWord(i+1)
}

// closingPosition reports whether mark i is glued to the word before it
// and not to the word after it.
func (f *finder) closingPosition(i int) bool {
	t := f.toks[i]
	gluedBefore := i > 0 && f.toks[i-1].End == t.Start && f.toks[i-1].Kind != rasid.Punct
	gluedAfter := i+1 < len(f.toks) && f.toks[i+1].Start == t.End && f.isWord(i+1)
	return gluedBefore || !gluedAfter
}

// direct finds direct quotes: balanced marks with a cue before the opening
// mark (قال: «…») or right after the closing one («…»، قال المتحدث), or
// long enough not to be a quoted name.
func (f *finder) direct() {
	ps := f.pairs()
	f.openerOf = make(map[int]int, len(ps))
	for _, p := range ps {
		f.openerOf[p.c] = p.o
	}
	// outer pairs first so that inner ones can see them
	var outer []pair
	for _, p := range ps {
		if p.depth == 0 {
			outer = append(outer, p)
		}
	}
	for _, p := range ps {
		lo := -1
		if p.depth > 0 {
			for _, q := range outer {
				if q.o < p.o && p.c < q.c {
					lo = q.o
					break
				}
			}
		}
		f.directPair(p, lo)
	}
}

// directPair considers one pair; lo is the opening mark of the enclosing
// quote (-1 at top level): a nested quote needs its own cue inside it.
func (f *finder) directPair(p pair, lo int) {
	if p.c-p.o < 2 {
		return
	}
	if p.unclosed {
		// content to the paragraph's end, and only after a cue
		cue, a, b, _, ok := f.cueBefore(p.o, -1)
		if !ok {
			return
		}
		c := cand{content: rasid.Span{Start: f.toks[p.o].End, End: f.toks[p.c].End}, kind: Direct,
			cue: cue, hasCue: true, slotA: a, slotB: b}
		for i := p.o + 1; i <= p.c; i++ {
			if f.inDir[i] {
				return
			}
		}
		for i := p.o + 1; i <= p.c; i++ {
			f.inDir[i] = true
		}
		f.used[cue.a] = true
		f.add(c)
		return
	}
	words := 0
	for i := p.o + 1; i < p.c; i++ {
		if f.isWord(i) {
			words++
		}
	}
	if words == 0 {
		return
	}
	if f.nameContext(p.o) {
		return
	}
	if p.c+1 < len(f.toks) && f.isComp(p.c+1) {
		// أفاد "المرصد السوري" بأن …: a quoted name before إن/أن
		return
	}
	c := cand{
		content: rasid.Span{Start: f.toks[p.o].End, End: f.toks[p.c].Start},
		kind:    Direct,
	}
	found := false
	if cue, a, b, comp, ok := f.cueBefore(p.o, lo); ok && (!comp || words >= 3) && (words >= 3 || f.introduces(cue.b, p.o)) {
		c.cue, c.slotA, c.slotB, c.hasCue = cue, a, b, true
		found = true
	} else if lo >= 0 || words < 3 && f.subjectInMarks(p.c) {
		return
	} else if cue, a, b, ok := f.cueAfter(p.c); ok && !(cue.attr && words < 3 && p.o > 0 && f.isWord(p.o-1) && f.isComma(p.c+1) && !f.wordingCue(cue)) {
		// (… المتمثل في "طريق الحرير"، بحسب …: one or two quoted words
		// inside a running clause, then a comma: the attribution is the
		// clause's; without the comma it is the words' own: "…" بحسب
		// منتقديه, as its critics call it; so it is after a phrase of
		// wording: «…»، حسبما وصفها، على حد تعبيره)
		c.cue, c.slotA, c.slotB, c.hasCue = cue, a, b, true
		found = true
	} else if a, b, ok := f.nameColon(p.o); ok && words >= 2 {
		c.slotA, c.slotB, c.nameBefore = a, b, true
		found = true
	}
	if !found && (words < 3 || words <= 5 && f.nameInClause(p.o, p.c)) {
		return
	}
	if found && c.hasCue && !f.compBetween(c.cue.b, p.o) {
		for i := c.cue.a; i < c.cue.b; i++ {
			f.used[i] = true
		}
	}
	if lo < 0 {
		for i := p.o + 1; i < p.c; i++ {
			f.inDir[i] = true
		}
	}
	f.add(c)
}

// sourceInMarks reports marks opening at o right after the verb of an
// attribution phrase: بحسب ما ذكرت "ذي دايلي مايل" names the source.
func (f *finder) sourceInMarks(o int) bool {
	return o > 0 && f.cues[o-1].class != noCue && f.inAttribution(o-1)
}

// cueBefore looks left of the opening mark o for the nearest reporting verb
// or participle, with only the speaker phrase (and a colon) between. comp
// tells that an إن/أن lies between: the quote is then part of an indirect
// one. lo bounds the search inside an enclosing quote.
func (f *finder) cueBefore(o, lo int) (cue cueRef, slotA, slotB int, comp, ok bool) {
	j, end, found := f.cueSearchStart(o, lo)
	if !found {
		return
	}
	for n := 0; j > lo && j >= 0 && n < 20; j, n = j-1, n+1 {
		if o2, ok := f.openerOf[j]; ok && j-o2 <= 5 && o2 > lo {
			// a quoted name in the speaker phrase: لـ«الشرق الأوسط»
			n += j - o2
			j = o2
			continue
		}
		if f.isTerminal(j) || f.isQuoteMark(j) {
			return
		}
		if j+1 < end && f.lineBreakBefore(j+1) {
			return
		}
		if f.isComp(j) {
			comp = true
		}
		if f.keys[j] == "جاء" && j+1 < o && (f.toks[j+1].Norm == "فيه" || f.toks[j+1].Norm == "فيها") {
			cue, slotA, slotB = f.statementCue(j)
			return cue, slotA, slotB, comp, true
		}
		cw := f.cues[j]
		if cw.class == verb || cw.class == participle || cw.class == passive {
			cue = cueRef{a: j, b: j + 1, class: cw.class}
			slotA, slotB = f.slot(j, end)
			return cue, slotA, slotB, comp, true
		}
	}
	return
}

// cueSearchStart returns where the search for a cue left of the opening
// mark o starts (j) and where the speaker phrase ends (end, before a colon
// or comma); ok is false when the mark opens a line that the line before
// does not introduce with a colon.
func (f *finder) cueSearchStart(o, lo int) (j, end int, ok bool) {
	j = o - 1
	if j >= 0 && f.lineBreakBefore(o) && !f.isColon(j) {
		return 0, 0, false // a cue line ends in a colon, the quote on the next line
	}
	end = o
	for n := 0; j > lo && j >= 0 && n < 2 && (f.isColon(j) || f.isComma(j)); n++ {
		end = j
		j--
	}
	return j, end, true
}

// statementCue reads بيان جاء فيه: «…» (a statement that read) at j: the
// speaker is the subject before جاء, after صدر عن and without the
// statement noun.
func (f *finder) statementCue(j int) (cueRef, int, int) {
	s0, _ := f.sentRange(j)
	a := max(s0, j-8)
	for a < j && (stripConj(f.toks[a].Norm) == "صدر" || f.toks[a].Norm == "عن") {
		a++ // صدر عن الديوان الملكي بيان
	}
	e := j
	for e > a && statementNouns[f.keys[e-1]] {
		e-- // the statement itself is not the speaker
	}
	return cueRef{a: j, b: j + 2, class: verb}, a, e
}

// cueAfter looks right of the closing mark c for a cue that ends the
// sentence: «…»، قال المتحدث. A cue that opens a new quote (وأضاف: «…»)
// does not count.
func (f *finder) cueAfter(c int) (cue cueRef, slotA, slotB int, ok bool) {
	j := c + 1
	stop := false
	if j < len(f.toks) && (f.isComma(j) || f.isTerminal(j)) {
		stop = f.isTerminal(j)
		j++
	}
	if j >= len(f.toks) || f.lineBreakBefore(j) {
		return
	}
	if j+1 < len(f.toks) && (f.keys[j] == "هذا" || f.keys[j] == "ما") {
		// «…»، هذا ما أكده المحافظ (this is what the governor stressed)
		k := j + 1
		if f.keys[j] == "هذا" && f.toks[k].Norm == "ما" {
			k++
		}
		if k < len(f.toks) && f.objectCue(k) {
			sa, sb := f.speakerPhrase(k+1, len(f.toks))
			return cueRef{a: k, b: k + 1, class: verb}, sa, sb, true
		}
	}
	if a, b, sa, sb, carry, ok2 := f.attributionAt(j); ok2 {
		if stop || f.opensContent(sb) {
			return
		}
		return cueRef{a: a, b: b, attr: true, carry: carry}, sa, sb, true
	}
	cw := f.cues[j]
	if cw.class != verb && cw.class != participle {
		return
	}
	sa, sb := f.speakerPhrase(j+1, len(f.toks))
	if f.opensContent(sb) {
		return
	}
	return cueRef{a: j, b: j + 1, class: cw.class}, sa, sb, true
}

// opensContent reports whether the words from token k on lead, after a
// circumstance (في تصريح لوكالة …, أمس) and a comma, to a colon, a quote
// mark or إن/أن: the cue before k introduces what follows.
func (f *finder) opensContent(k int) bool {
	st := k
	for k < len(f.toks) && k-st < 8 && (f.isWord(k) || f.isComma(k)) && !f.isComp(k) && f.cues[k].class == noCue {
		k++
	}
	return k < len(f.toks) && (f.isColon(k) || f.isQuoteMark(k) || f.isComp(k))
}

// nameColon finds a headline-style speaker: a short phrase starting its
// line or sentence and ending in a colon right before the mark o.
func (f *finder) nameColon(o int) (a, b int, ok bool) {
	j := o - 1
	if j < 1 || !f.isColon(j) {
		return
	}
	b = j
	a = j
	for a > 0 && b-a < 6 && f.isWord(a-1) && !f.lineBreakBefore(a) && f.cues[a-1].class == noCue {
		a--
	}
	if a == b {
		return
	}
	for k := a; k < b; k++ {
		if f.toks[k].Kind == rasid.Arabic && (stopSlot[f.keys[k]] || stopSlot[f.toks[k].Norm]) {
			return // من أشهر كتبه: «…», أيضاً: «…» name nobody
		}
	}
	s0, _ := f.sentRange(a)
	if a != s0 && !f.lineBreakBefore(a) && !(a > 0 && f.isTerminal(a-1)) {
		return
	}
	return a, b, true
}

// introduces reports whether the tokens [a, o) between a cue and an opening
// mark are empty or end in a colon: قال: "نعم". A short quote after a
// speaker phrase is more likely a quoted name: نقلت وكالة "تاس".
func (f *finder) introduces(a, o int) bool {
	return f.isColon(o - 1)
}

// nameContext reports whether the opening mark o follows a word that
// announces a name: منظمة "هيومن رايتس ووتش", شبكة "سي إن إن", لـ«الشرق
// الأوسط».
func (f *finder) nameContext(o int) bool {
	if o == 0 || f.toks[o-1].Kind != rasid.Arabic || f.lineBreakBefore(o) {
		return false
	}
	if f.sourceInMarks(o) {
		return true
	}
	n := f.toks[o-1].Norm
	if quotedSourceHeads[n] {
		return true // …، بحسب "بوابة …": the source cited is a name (Session 17)
	}
	if n == "ل" || n == "لل" || n == "ال" || n == "حول" {
		return true // (يوم دراسي حول "الإصلاحات الهيكلية": a topic's title)
	}
	if n == "و" && o >= 3 && f.isQuoteMark(o-2) && f.nameContext(f.openerBefore(o-2)) {
		return true // صحيفتا "الصباح" و"الشروق": a second name
	}
	for _, p := range []string{"", "ل", "ب", "و", "ال", "لل", "بال", "وال"} {
		if !strings.HasPrefix(n, p) {
			continue
		}
		w := n[len(p):]
		if nameNouns[w] || outletStaff[w] {
			return true
		}
		for _, dual := range []string{"تا", "تي"} {
			if stem, ok := strings.CutSuffix(w, dual); ok && nameNouns[stem+"ة"] {
				return true // صحيفتا، وكالتي: two papers, two agencies
			}
		}
	}
	return false
}

// openerBefore returns the quote mark that opens the quoted name closed by
// the mark at c, at most four tokens before it; 0 if none.
func (f *finder) openerBefore(c int) int {
	for o := c - 1; o > 0 && c-o <= 4; o-- {
		if f.isQuoteMark(o) {
			return o
		}
	}
	return 0
}

// objectCue reports whether token k is a reporting verb with an object
// pronoun: أكده, قاله, ذكرته (stressed it, said it).
func (f *finder) objectCue(k int) bool {
	if f.toks[k].Kind != rasid.Arabic {
		return false
	}
	w := f.keys[k]
	for _, suf := range []string{"ه", "ها"} {
		if strings.HasSuffix(w, suf) {
			if c, ok := lexicon[strings.TrimSuffix(w, suf)]; ok && c.class == verb {
				return true
			}
		}
	}
	return false
}
