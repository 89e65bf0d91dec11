// Package normalize folds Arabic orthographic variation for matching.
//
// Input → output: a string → its normalised form (a new string; the input
// is never modified), optionally with a map from each output byte back to
// the input byte it came from. Each fold is a bit in a Fold set; Default is
// the profile used for Token.Norm, Search adds the lossy folds used by the
// search index. The table of folds is documented in docs/normalize.md and
// every row is tested.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid/arabic"
	"golang.org/x/text/unicode/norm"
)

// Fold is a set of orthographic folds.
type Fold uint32

// The folds. Each can be switched on or off independently.
const (
	// Diacritics removes harakat and other marks (U+064B–U+065F), the
	// superscript alef U+0670 and the Quranic annotation marks.
	Diacritics Fold = 1 << iota
	// Tatweel removes the elongation mark ـ U+0640.
	Tatweel
	// Alef folds أ إ آ ٱ to bare alef ا.
	Alef
	// Yeh folds alef maqsura ى and Farsi yeh ی to yeh ي.
	Yeh
	// Persian folds keheh ک to kaf ك, and heh goal ہ and heh doachashmee ھ
	// to heh ه.
	Persian
	// TehMarbuta folds ة to ه (lossy; for search).
	TehMarbuta
	// Hamza folds hamza on a carrier ؤ → و and ئ → ي (lossy; for search).
	Hamza
	// Digits maps Arabic-Indic ٠–٩ and extended Arabic-Indic ۰–۹ to 0–9.
	Digits
	// Separators maps the Arabic decimal separator ٫ to "." and the
	// thousands separator ٬ to ",", and the Arabic percent sign ٪ to "%".
	Separators
	// Presentation decomposes presentation forms (U+FB50–U+FDFF,
	// U+FE70–U+FEFF) by NFKC, lam-alef ligatures included, then folds the
	// result with the same profile.
	Presentation
	// Controls removes bidi controls (LRM, RLM, ALM, embeddings, overrides,
	// isolates), ZWJ, ZWNJ, ZWSP, word joiner and the BOM.
	Controls
	// Spaces maps NBSP and the other Unicode spaces to an ASCII space.
	Spaces
	// Harakat removes the vowel marks, tanwin, shadda and sukun
	// (U+064B–U+0652) and the superscript alef U+0670 only: the marks of
	// the entity model's fold (a part of Diacritics).
	Harakat
	// ArabicMarks removes the combining marks of the Arabic block
	// (U+064B–U+065F) and the superscript alef U+0670, not the Quranic
	// marks: the tagger's (a part of Diacritics).
	ArabicMarks
	// Maksura folds alef maqsura ى to yeh ي, and not Farsi yeh (a part of
	// Yeh).
	Maksura
	// Lower maps ASCII A–Z to a–z.
	Lower
)

// Default is the profile used for Token.Norm: every fold that does not lose
// a distinction a reader would make (teh marbuta and hamza carriers stay).
const Default = Diacritics | Tatweel | Alef | Yeh | Persian | Digits | Separators | Presentation | Controls | Spaces

// Search is Default plus the lossy folds, for index terms and queries.
const Search = Default | TehMarbuta | Hamza

// A Normalizer applies one Fold set. It is safe for concurrent use.
type Normalizer struct {
	fold Fold
	// low maps every rune below 0x800 to an action: keep (-1), drop (0) or
	// a replacement rune.
	low [0x800]rune
	// pres holds the folded expansion of each presentation form, indexed by
	// r-presFirst; nil when the Presentation fold is off.
	pres []string
}

const (
	keep       = -1
	drop       = 0
	presFirst  = 0xFB50
	presLast   = 0xFEFF
	bom        = 0xFEFF
	lowLimit   = 0x800
	maxRuneLen = utf8.UTFMax
)

// New returns a Normalizer for the folds in f.
func New(f Fold) *Normalizer {
	n := &Normalizer{fold: f}
	for r := rune(0); r < lowLimit; r++ {
		n.low[r] = lowAction(f, r)
	}
	if f&Presentation != 0 {
		n.pres = make([]string, presLast-presFirst+1)
		var buf []byte
		for r := rune(presFirst); r <= presLast; r++ {
			if r == bom {
				continue
			}
			s := string(r)
			// NFKC puts a space before an isolated mark (U+FE70 ﹰ →
			// space + fathatan); the space is not part of the letter.
			d := strings.Trim(norm.NFKC.String(s), " ")
			if d == s || d == "" {
				continue
			}
			// The expansion is folded with the same profile, so that
			// ﻷ (lam with alef hamza above) becomes لا under Alef.
			buf = n.appendNoPres(buf[:0], d)
			n.pres[r-presFirst] = string(buf)
		}
	}
	return n
}

// Fold returns the normalizer's fold set.
func (n *Normalizer) Fold() Fold { return n.fold }

// lowAction is what f does to a rune below 0x800: drop it, keep it or
// replace it. The folds' rune sets do not overlap, so the order of the
// steps does not matter.
func lowAction(f Fold, r rune) rune {
	switch {
	case f&Diacritics != 0 && arabic.IsMark(r):
		return drop
	case f&Tatweel != 0 && r == arabic.Tatweel:
		return drop
	case f&Controls != 0 && r == 0x061C: // Arabic letter mark (ALM)
		return drop
	case f&ArabicMarks != 0 && (r >= arabic.Fathatan && r <= arabic.LastMark || r == arabic.SuperscriptAlef):
		return drop
	case f&Harakat != 0 && (r >= arabic.Fathatan && r <= arabic.Sukun || r == arabic.SuperscriptAlef):
		return drop
	case f&Lower != 0 && r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	}
	if a := letterAction(f, r); a != keep {
		return a
	}
	if a := numberAction(f, r); a != keep {
		return a
	}
	if f&Spaces != 0 && r >= 0x80 && unicode.IsSpace(r) {
		return ' '
	}
	return keep
}

// letterAction folds the letter variants: alef, yeh, Persian letters, teh
// marbuta and hamza carriers.
func letterAction(f Fold, r rune) rune {
	if f&Alef != 0 {
		switch r {
		case arabic.AlefHamzaAbove, arabic.AlefHamzaBelow, arabic.AlefMaddaAbove, arabic.AlefWasla:
			return arabic.Alef
		}
	}
	if f&Yeh != 0 && (r == arabic.AlefMaksura || r == arabic.FarsiYeh) || f&Maksura != 0 && r == arabic.AlefMaksura {
		return arabic.Yeh
	}
	if f&Persian != 0 {
		switch r {
		case arabic.KehehPersian:
			return arabic.Kaf
		case arabic.HehGoal, arabic.HehDoachashmee:
			return arabic.Heh
		}
	}
	if f&TehMarbuta != 0 && r == arabic.TehMarbuta {
		return arabic.Heh
	}
	if f&Hamza != 0 {
		switch r {
		case arabic.WawHamzaAbove:
			return arabic.Waw
		case arabic.YehHamzaAbove:
			return arabic.Yeh
		}
	}
	return keep
}

// numberAction folds Arabic-Indic and extended digits and the Arabic
// decimal, thousands and percent signs.
func numberAction(f Fold, r rune) rune {
	if f&Digits != 0 {
		if r >= arabic.ZeroIndic && r <= arabic.ZeroIndic+9 {
			return '0' + (r - arabic.ZeroIndic)
		}
		if r >= arabic.ZeroExtended && r <= arabic.ZeroExtended+9 {
			return '0' + (r - arabic.ZeroExtended)
		}
	}
	if f&Separators != 0 {
		switch r {
		case arabic.DecimalSeparator:
			return '.'
		case arabic.ThousandsSep:
			return ','
		case arabic.PercentSign:
			return '%'
		}
	}
	return keep
}

// highAction handles runes at or above 0x800 other than presentation forms.
func (n *Normalizer) highAction(r rune) rune {
	f := n.fold
	if f&Controls != 0 {
		switch {
		case r >= 0x200B && r <= 0x200F, // ZWSP, ZWNJ, ZWJ, LRM, RLM
			r >= 0x202A && r <= 0x202E, // embeddings and overrides
			r >= 0x2060 && r <= 0x2064, // word joiner and invisible operators
			r >= 0x2066 && r <= 0x2069, // isolates
			r == bom:
			return drop
		}
	}
	if f&Spaces != 0 && unicode.IsSpace(r) {
		return ' '
	}
	if f&Diacritics != 0 && arabic.IsMark(r) {
		return drop
	}
	return keep
}

// String returns the normalised form of s. When nothing changes it returns
// s itself without allocating.
func (n *Normalizer) String(s string) string {
	i := n.firstChange(s)
	if i == len(s) {
		return s
	}
	buf := make([]byte, 0, len(s))
	buf = append(buf, s[:i]...)
	return string(n.Append(buf, s[i:]))
}

// ChangesRune reports whether the normalizer changes (replaces or drops)
// the rune r on its own.
func (n *Normalizer) ChangesRune(r rune) bool {
	switch {
	case r < lowLimit:
		return n.low[r] != keep
	case r >= presFirst && r <= presLast && n.pres != nil:
		return n.pres[r-presFirst] != "" || (r == bom && n.fold&Controls != 0)
	}
	return n.highAction(r) != keep
}

// Changes reports whether normalising s changes it.
func (n *Normalizer) Changes(s string) bool { return n.firstChange(s) < len(s) }

// Unchanged returns the length of the longest prefix of s that the
// normalizer leaves as it is (len(s) when it changes nothing).
func (n *Normalizer) Unchanged(s string) int { return n.firstChange(s) }

// firstChange returns the byte offset of the first rune that the
// normalizer changes, or len(s).
func (n *Normalizer) firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if n.low[c] != keep {
				return i
			}
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// two-byte sequence: U+0080–U+07FF, always in the low table
			if n.low[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)] != keep {
				return i
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < lowLimit {
			if n.low[r] != keep {
				return i
			}
		} else if r >= presFirst && r <= presLast && n.pres != nil {
			if n.pres[r-presFirst] != "" || (r == bom && n.fold&Controls != 0) {
				return i
			}
		} else if r == utf8.RuneError && size == 1 {
			// invalid byte: kept as is
		} else if n.highAction(r) != keep {
			return i
		}
		i += size
	}
	return len(s)
}

// Append appends the normalised form of s to dst and returns the extended
// buffer. Invalid UTF-8 bytes are copied unchanged.
func (n *Normalizer) Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch a := n.low[c]; a {
			case keep:
				dst = append(dst, c)
			case drop:
			default:
				dst = append(dst, byte(a)) // Lower: ASCII to ASCII
			}
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			switch a := n.low[r]; a {
			case keep:
				dst = append(dst, c, s[i+1])
			case drop:
			default:
				dst = utf8.AppendRune(dst, a)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= presFirst && r <= presLast && n.pres != nil && n.pres[r-presFirst] != "" {
			dst = append(dst, n.pres[r-presFirst]...)
			i += size
			continue
		}
		dst = n.appendRune(dst, r, s[i:i+size])
		i += size
	}
	return dst
}

// appendNoPres is Append without the presentation-form table, used while
// building that table.
func (n *Normalizer) appendNoPres(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = n.appendRune(dst, r, s[i:i+size])
		i += size
	}
	return dst
}

func (n *Normalizer) appendRune(dst []byte, r rune, raw string) []byte {
	var a rune
	if r < lowLimit {
		a = n.low[r]
	} else if r == utf8.RuneError && len(raw) == 1 {
		a = keep
	} else {
		a = n.highAction(r)
	}
	switch a {
	case keep:
		return append(dst, raw...)
	case drop:
		return dst
	}
	return utf8.AppendRune(dst, a)
}

// Map returns the normalised form of s and, for every byte of the output,
// the byte offset in s of the rune it came from; offs has one more entry,
// len(s), so that an output span [i, j) maps back to [offs[i], offs[j]).
func (n *Normalizer) Map(s string) (out string, offs []int) {
	buf := make([]byte, 0, len(s))
	offs = make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		before := len(buf)
		buf = n.Append(buf, s[i:i+size])
		for j := before; j < len(buf); j++ {
			offs = append(offs, i)
		}
		i += size
	}
	offs = append(offs, len(s))
	return string(buf), offs
}

var defaultNormalizer = New(Default)
var searchNormalizer = New(Search)

// String normalises s with the Default profile.
func String(s string) string { return defaultNormalizer.String(s) }

// ForSearch normalises s with the Search profile.
func ForSearch(s string) string { return searchNormalizer.String(s) }

// DefaultNormalizer returns the shared Normalizer of the Default profile.
func DefaultNormalizer() *Normalizer { return defaultNormalizer }

// SearchNormalizer returns the shared Normalizer of the Search profile.
func SearchNormalizer() *Normalizer { return searchNormalizer }
