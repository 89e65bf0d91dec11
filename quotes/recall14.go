package quotes

import "github.com/rasid/rasid"

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
