package tagger

import (
	"strings"
)

// Roots for words whose lemma was not seen with a root in training are
// extracted with patterns learned from the lemma–root pairs that were: the
// lemma مجموعة (majmūʿa) with root جمع gives the pattern م12و3ة, which then
// reads the root off any lemma of the same shape (مصنوعة → صنع). A root
// letter that the lemma spells as a long vowel (قال qāla, root ق و ل) is
// kept in the pattern: 1ا3 → 1و3.

// rootPattern is a lemma shape with numbered root slots, plus how the root
// is built from the slots.
type rootPattern struct {
	Shape string // lemma letters with '1'..'4' in root positions
	Build string // root: digits refer to slots, letters are literal
	Count float64
}

// hamzaFold maps the letters that spell hamza to ء for matching lemma
// letters with root letters.
func hamzaFold(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ؤ', 'ئ', 'ٱ':
		return 'ء'
	}
	return r
}

func isWeakLetter(r rune) bool { return r == 'ا' || r == 'ى' || r == 'و' || r == 'ي' || r == 'ء' }

// learnPattern aligns root letters with lemma letters (in order; a weak
// root letter may be spelled by any weak letter of the lemma) and returns
// the pattern, or false when they cannot be aligned.
func learnPattern(lemma, root string) (rootPattern, bool) {
	L := []rune(lemma)
	R := []rune(root)
	if len(L) > 12 || len(L) < 2 {
		return rootPattern{}, false
	}
	bestScore := -1
	var bestPos []int
	pos := make([]int, len(R))
	var rec func(k, from, score int)
	rec = func(k, from, score int) {
		if k == len(R) {
			if score > bestScore {
				bestScore = score
				bestPos = append(bestPos[:0], pos...)
			}
			return
		}
		// A doubled last root letter may be written once (مد madd, root م د د).
		if k > 0 && R[k] == R[k-1] && k == len(R)-1 {
			pos[k] = -1
			rec(k+1, from, score)
		}
		for p := from; p < len(L); p++ {
			l := hamzaFold(L[p])
			switch {
			case l == R[k]:
				pos[k] = p
				rec(k+1, p+1, score+2)
			case isWeakLetter(R[k]) && isWeakLetter(l):
				pos[k] = p
				rec(k+1, p+1, score+1)
			}
		}
	}
	rec(0, 0, 0)
	if bestScore < 0 {
		return rootPattern{}, false
	}
	shape := make([]rune, len(L))
	copy(shape, L)
	var build []rune
	for k, p := range bestPos {
		switch {
		case p < 0:
			build = append(build, build[len(build)-1])
		case hamzaFold(L[p]) == R[k]:
			shape[p] = rune('1' + k)
			build = append(build, rune('1'+k))
		default:
			build = append(build, R[k])
		}
	}
	return rootPattern{Shape: string(shape), Build: string(build)}, true
}

// extract reads a root off lemma with pattern p, or returns "".
func (p *rootPattern) extract(L []rune) string {
	S := []rune(p.Shape)
	if len(S) != len(L) {
		return ""
	}
	var slot [4]rune
	for i, s := range S {
		if s >= '1' && s <= '4' {
			slot[s-'1'] = hamzaFold(L[i])
		} else if s != L[i] {
			return ""
		}
	}
	var b strings.Builder
	for _, c := range p.Build {
		if c >= '1' && c <= '4' {
			if slot[c-'1'] == 0 || isLatinOrDigit(slot[c-'1']) {
				return ""
			}
			b.WriteRune(slot[c-'1'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isLatinOrDigit(r rune) bool { return r < 0x0600 || r > 0x06FF || (r >= '٠' && r <= '٩') }

// rootless are the tags whose words get no root.
var rootless = map[string]bool{
	"ADP": true, "CCONJ": true, "SCONJ": true, "PART": true, "PRON": true,
	"DET": true, "PUNCT": true, "NUM": true, "SYM": true, "X": true, "INTJ": true,
}

func isArabicWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return true
}
