package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/arabic"
)

// Latin abbreviations whose full stop does not end a sentence.
var latinAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true, "Jr": true,
	"Sr": true, "vs": true, "etc": true, "Inc": true, "Co": true, "Ltd": true, "No": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Rev": true, "Mt": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "e.g": true, "i.e": true,
}

// Arabic abbreviations written as a word and a full stop: أ.د (ustadh
// doktor, "professor") is covered by the single-letter rule; these are the
// longer ones.
var arabicAbbrevs = map[string]bool{
	"إلخ": false, // "etc." usually ends a sentence: not listed as an abbreviation
}

// Sentences appends to dst the sentence spans of text, given its tokens,
// and returns it. A sentence ends
//   - after . ! ? ؟ ۔ (and runs of them, and an ellipsis at the end of a
//     paragraph), together with the closing quotes and brackets that follow;
//   - at a line break;
//
// but not at the full stop of an abbreviation or initial (د. م. ص. ق.م, J.,
// Dr.), nor at a full stop followed without a space by a Latin letter or a
// digit. Numbers (3.5, ٣٫٥), URLs and dotted acronyms are single tokens and
// so never split. Every token belongs to exactly one sentence.
func Sentences(text string, toks []rasid.Token, dst []rasid.Span) []rasid.Span {
	if len(toks) == 0 {
		return dst
	}
	start := 0 // index of the first token of the current sentence
	quoteOpen := false
	emit := func(last int) {
		dst = append(dst, rasid.Span{Start: toks[start].Start, End: toks[last].End})
		start = last + 1
	}
	for k := 0; k < len(toks); k++ {
		tk := &toks[k]
		surf := text[tk.Start:tk.End]
		if tk.Kind == rasid.Punct && surf == "\"" {
			quoteOpen = !quoteOpen
		}
		// a line break after this token ends the sentence
		if k+1 < len(toks) && hasLineBreak(text[tk.End:toks[k+1].Start]) {
			emit(k)
			quoteOpen = false
			continue
		}
		if tk.Kind != rasid.Punct || !isTerminal(surf) {
			continue
		}
		if k+1 == len(toks) {
			break
		}
		if !endsSentence(text, toks, k) {
			continue
		}
		// absorb further terminals and closing quotes or brackets
		last := k
		for last+1 < len(toks) {
			nt := toks[last+1]
			if nt.Start != toks[last].End && !isClosing(text[nt.Start:nt.End]) {
				// a closing mark after a space still closes ("قال. »")
				break
			}
			ns := text[nt.Start:nt.End]
			if nt.Kind != rasid.Punct {
				break
			}
			if isTerminal(ns) || isClosing(ns) {
				last++
				continue
			}
			if (ns == "\"" || ns == "'") && (quoteOpen || nt.Start == toks[last].End) {
				// a straight quote right after the full stop closes
				if ns == "\"" {
					quoteOpen = false
				}
				last++
				continue
			}
			break
		}
		if last+1 < len(toks) {
			emit(last)
			k = last
		}
	}
	if start < len(toks) {
		dst = append(dst, rasid.Span{Start: toks[start].Start, End: toks[len(toks)-1].End})
	}
	return dst
}

// hasLineBreak reports whether the gap between two tokens holds a line
// break. Most gaps are one space: a loop costs less than IndexByte's call.
func hasLineBreak(gap string) bool {
	if len(gap) > 16 {
		return strings.IndexByte(gap, '\n') >= 0
	}
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			return true
		}
	}
	return false
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "۔", "!!", "…":
		return true
	}
	return strings.Trim(s, ".") == "" && len(s) > 1 // "..." and longer runs
}

func isEllipsis(s string) bool { return s == "…" || (len(s) > 1 && strings.Trim(s, ".") == "") }

func isClosing(s string) bool {
	switch s {
	case "»", "”", ")", "]", "}", "’", "›":
		return true
	}
	return false
}

// endsSentence decides whether the terminal token toks[k] ends a sentence.
func endsSentence(text string, toks []rasid.Token, k int) bool {
	tk := toks[k]
	surf := text[tk.Start:tk.End]
	next := toks[k+1]
	if isEllipsis(surf) {
		// Mid-sentence ellipses are common in news ("يتوجهون إلى
		// الائتمان... فيما"); only a line break (handled by the caller)
		// or a following sentence-final mark ends the sentence there.
		return false
	}
	if surf != "." {
		return true
	}
	glued := next.Start == tk.End
	if glued {
		r, _ := utf8.DecodeRuneInString(text[next.Start:])
		if r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isASCIIDigit(byte(r))) {
			return false
		}
		if arabic.IsDigit(r) {
			return false
		}
	}
	if k == 0 {
		return true
	}
	prev := toks[k-1]
	if prev.End != tk.Start {
		return true // "كلمة ." a spaced full stop is a full stop
	}
	switch prev.Kind {
	case rasid.Arabic:
		return !arabicAbbrev(text, toks, k)
	case rasid.Latin:
		return !latinAbbrev(text, toks, k)
	}
	return true
}

// arabicAbbrev reports whether the full stop toks[k] ends the Arabic
// abbreviation or initial glued before it.
func arabicAbbrev(text string, toks []rasid.Token, k int) bool {
	prev := toks[k-1]
	ps := text[prev.Start:prev.End]
	if utf8.RuneCountInString(strings.TrimRight(ps, "ـ")) == 1 {
		// a single letter: an abbreviation or an initial (د. م. ق.م)
		// unless it is the era marker after a year: "عام 1990 م."
		if (ps == "م" || ps == "هـ" || ps == "ه") && k >= 2 && toks[k-2].Kind == rasid.Number {
			return false
		}
		// ... and the second full stop of ق.م. (qabl al-milad, "BC")
		if ps == "م" && k >= 3 && text[toks[k-2].Start:toks[k-2].End] == "." && text[toks[k-3].Start:toks[k-3].End] == "ق" {
			return false
		}
		return true
	}
	return arabicAbbrevs[ps]
}

// latinAbbrev reports whether the full stop toks[k] ends the Latin
// abbreviation or initial glued before it, or sits inside a Latin sentence
// that goes on in lower case.
func latinAbbrev(text string, toks []rasid.Token, k int) bool {
	prev, next := toks[k-1], toks[k+1]
	ps := text[prev.Start:prev.End]
	if latinAbbrevs[ps] || latinAbbrevs[strings.TrimSuffix(ps, ".")] {
		return true
	}
	if utf8.RuneCountInString(ps) == 1 && ps[0] >= 'A' && ps[0] <= 'Z' {
		return true // initial: J. K. Rowling
	}
	if next.Kind == rasid.Latin {
		r, _ := utf8.DecodeRuneInString(text[next.Start:])
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}
