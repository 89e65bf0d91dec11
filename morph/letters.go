package morph

import (
	"unicode/utf8"

	"github.com/rasid/rasid/normalize"
)

// Letters used by the segmenter, named after their Unicode names.
const (
	alef        = 'ا' // U+0627 ARABIC LETTER ALEF
	alefWasla   = 'ٱ' // U+0671 ARABIC LETTER ALEF WASLA
	alefMaksura = 'ى' // U+0649 ARABIC LETTER ALEF MAKSURA
	yeh         = 'ي' // U+064A ARABIC LETTER YEH
	tehMarbuta  = 'ة' // U+0629 ARABIC LETTER TEH MARBUTA
	teh         = 'ت' // U+062A ARABIC LETTER TEH
	tatweel     = 'ـ' // U+0640 ARABIC TATWEEL
)

// marks is the fold of the marks dropped before segmentation: the
// normalize package's Marks profile (harakat, tanween, the dagger alef,
// Quranic annotation marks, tatweel), the same set as lemmas are compared
// with; letters keeps the offsets that normalize's Map would give per byte.
var marks = normalize.Profile(normalize.Marks)

// markLow holds isMark for the runes below U+0800 (every mark of the
// profile), read from the profile once: the segmenter asks for each rune.
var markLow = func() (t [0x800]bool) {
	for r := range t {
		_, kept := marks.Rune(rune(r))
		t[r] = !kept
	}
	return t
}()

// isMark reports whether r is dropped before segmentation.
func isMark(r rune) bool {
	if r >= 0 && r < rune(len(markLow)) {
		return markLow[r]
	}
	_, kept := marks.Rune(r)
	return !kept
}

// isArabicLetter reports whether r is a letter of the Arabic block.
func isArabicLetter(r rune) bool {
	return (r >= 0x0621 && r <= 0x064A) || (r >= 0x0671 && r <= 0x06D3) || r == 0x06D5
}

// letters returns s without marks (alef wasla read as alef) and, for each
// rune of the result, the byte offset in s where it starts; offs has one
// more entry than the result has runes, holding len(s).
func letters(s string, offs []int) (string, []int) {
	offs = offs[:0]
	clean := true
	for _, r := range s {
		if isMark(r) || r == alefWasla || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		for i := range s {
			offs = append(offs, i)
		}
		return s, append(offs, len(s))
	}
	b := make([]byte, 0, len(s))
	for i, r := range s {
		if isMark(r) || r == utf8.RuneError {
			continue
		}
		if r == alefWasla {
			r = alef
		}
		offs = append(offs, i)
		b = utf8.AppendRune(b, r)
	}
	return string(b), append(offs, len(s))
}

// stripMarks returns s without marks, alef wasla read as alef.
func stripMarks(s string) string {
	l, _ := letters(s, nil)
	return l
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// headRunes returns the first n runes of s (all of s if shorter).
func headRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// tailRunes returns the last n runes of s (all of s if shorter).
func tailRunes(s string, n int) string {
	i := len(s)
	for n > 0 && i > 0 {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
		n--
	}
	return s[i:]
}
