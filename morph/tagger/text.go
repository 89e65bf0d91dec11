// Package tagger assigns part of speech, features, lemma and root to the
// words of an Arabic sentence.
//
// Input → output: the UD-scheme syntactic words of one sentence as the
// morph segmenter produces them (و + قال + الوزير ..., diacritics
// ignored) → one Analysis per word: UD v2 UPOS, undiacritized lemma,
// diacritized lemma where known, UD v2 FEATS and a 3–4 consonant root.
//
// The model is trained by this package's own code on UD Arabic PADT (UD v1
// labels, mapped to v2 as Arabic PUD writes them) and the development half
// of UD Arabic PUD, with a name lexicon from ANERcorp and word clusters from
// SaudiNewsNet raw text; see docs/tagger.md for the method, figures,
// licences and the command that reproduces morph/model/tagger.bin.
package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid/normalize"
)

// The tagger's folds are named profiles of package normalize (the ones it
// was trained with; docs/normalize.md): marks keeps the bare letters of a
// form, letters folds the variants writers mix.
var (
	marks   = normalize.Profile(normalize.TaggerMarks)
	letters = normalize.Profile(normalize.TaggerLetters)
)

// isDiacritic reports whether r is an Arabic short-vowel mark, shadda,
// sukun, other combining mark in U+064B–U+065F, the superscript alef U+0670
// or the tatweel U+0640; all are removed from forms before tagging.
func isDiacritic(r rune) bool { return marks.ChangesRune(r) }

// Strip removes Arabic diacritics and tatweel from s (normalize.TaggerMarks).
// It returns s itself when there is nothing to remove, so the common case
// does not allocate.
func Strip(s string) string { return marks.String(s) }

// normForm returns the folded form of an undiacritized word for feature
// extraction (normalize.TaggerLetters): the hamza-carrying and wasla alefs
// become bare alef (ا), alef maqsura (ى) becomes yeh (ي), and Arabic-Indic and
// extended digits become ASCII digits. Writers vary on exactly these
// letters, so features over folded forms generalise.
func normForm(s string) string { return letters.String(s) }

// Word shapes, a coarse classification of a form used as a feature.
const (
	shapeArabic = iota
	shapeDigit
	shapeLatin
	shapePunct
	shapeMixed
	shapeOther
)

// shape classifies a form by the classes of its runes.
func shape(s string) int {
	var n [runeClasses]int
	for _, r := range s {
		n[runeClass(r)]++
	}
	ar, dg, la, pu, ot := n[classArabic], n[classDigit], n[classLetter], n[classPunct], n[classOther]
	switch {
	case ar > 0 && dg == 0 && la == 0:
		return shapeArabic
	case dg > 0 && ar == 0 && la == 0:
		return shapeDigit
	case la > 0 && ar == 0 && dg == 0:
		return shapeLatin
	case pu > 0 && ar == 0 && dg == 0 && la == 0 && ot == 0:
		return shapePunct
	case ar+dg+la > 0:
		return shapeMixed
	}
	return shapeOther
}

// Rune classes of shape.
const (
	classArabic = iota // a letter or mark of the Arabic block
	classDigit
	classLetter // a letter of another script
	classPunct
	classOther
	runeClasses
)

func runeClass(r rune) int {
	switch {
	case isArabicBlockLetter(r):
		return classArabic
	case unicode.IsDigit(r):
		return classDigit
	case unicode.IsLetter(r):
		return classLetter
	case unicode.IsPunct(r):
		// The Arabic comma, semicolon and question mark are punctuation
		// (Po) for package unicode too.
		return classPunct
	}
	return classOther
}

// isArabicBlockLetter reports whether r is in the Arabic block (U+0600–
// U+06FF) and is not one of its digits or punctuation signs.
func isArabicBlockLetter(r rune) bool {
	if r < 0x0600 || r > 0x06FF || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹' {
		return false
	}
	switch r {
	case '،', '؛', '؟', '٪', '٫', '٬':
		return false
	}
	return true
}

// runeLen is the number of code points in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s (all of s when shorter).
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// buckwalterRoot maps the ElixirFM/ArabTeX transliteration used in PADT's
// Root= field to Arabic letters.
var translitOne = map[byte]rune{
	'\'': 'ء', 'b': 'ب', 't': 'ت', 'd': 'د', 'r': 'ر', 'z': 'ز', 's': 'س',
	'`': 'ع', 'f': 'ف', 'q': 'ق', 'k': 'ك', 'l': 'ل', 'm': 'م', 'n': 'ن',
	'h': 'ه', 'w': 'و', 'y': 'ي', 'p': 'ة', 'B': 'ب',
}

var translitTwo = map[string]rune{
	"_t": 'ث', "^g": 'ج', ".h": 'ح', "_h": 'خ', "_d": 'ذ', "^s": 'ش',
	".s": 'ص', ".d": 'ض', ".t": 'ط', ".z": 'ظ', ".g": 'غ',
}

// parseRoot converts a PADT root such as "^g_m_`" (جمع) or "^s__h_.s"
// (شخص) to Arabic letters. Roots written without separators are
// transliterations of particles or foreign words ("min", "zImbAbw"); for
// them, and for anything that is not 3 or 4 consonants, it returns "".
func parseRoot(s string) string {
	if !strings.Contains(s, "_") {
		return ""
	}
	var out []rune
	i := 0
	for i < len(s) {
		// A consonant is expected at i.
		if i+1 < len(s) {
			if r, ok := translitTwo[s[i:i+2]]; ok {
				out = append(out, r)
				i += 2
				goto sep
			}
		}
		if r, ok := translitOne[s[i]]; ok {
			out = append(out, r)
			i++
			goto sep
		}
		return ""
	sep:
		if i < len(s) {
			if s[i] != '_' {
				return ""
			}
			i++
			if i == len(s) {
				return ""
			}
		}
	}
	if len(out) < 3 || len(out) > 4 {
		return ""
	}
	return string(out)
}

// markClass is the Unicode canonical combining class of the Arabic marks
// U+064B–U+0652 and U+0670 (27–35), 0 for other runes; 230 stands for the
// remaining marks of U+0653–U+065F, which keep their order.
func markClass(r rune) int {
	switch {
	case r >= 0x064B && r <= 0x0652:
		return int(r-0x064B) + 27
	case r == 0x0670:
		return 35
	case r >= 0x0653 && r <= 0x065F:
		return 230
	}
	return 0
}

// canonicalMarks puts each run of combining marks in canonical order (as
// Unicode normalization does): fatha before shadda. PADT writes shadda
// first, PUD and NFC text the other way; comparing and learning vocalized
// lemmas needs one order.
func canonicalMarks(s string) string {
	r := []rune(s)
	changed := false
	for i := 1; i < len(r); i++ {
		c := markClass(r[i])
		if c == 0 {
			continue
		}
		// Insertion sort within the run of marks (runs are short).
		for j := i; j > 0; j-- {
			p := markClass(r[j-1])
			if p == 0 || p <= markClass(r[j]) {
				break
			}
			r[j-1], r[j] = r[j], r[j-1]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(r)
}
