package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid/normalize"
)

// folder is the entity model's fold, a named profile of package normalize
// (the one the model was trained with; docs/normalize.md).
var folder = normalize.Profile(normalize.Entity)

// fold returns the matching form of an Arabic word: diacritics and tatweel
// removed, alef forms (أ إ آ ٱ) folded to bare alef, alef maqsura (ى) to yeh,
// teh marbuta (ة) to heh, Arabic-Indic digits to ASCII. ANERcorp and wire
// copy spell the same name both ways (إلى/إلي, أمريكا/امريكا), so every
// feature and gazetteer key goes through fold.
func fold(s string) string { return folder.String(s) }

// isArabicLetter reports whether r is a letter of the Arabic block.
func isArabicLetter(r rune) bool {
	return (r >= 0x0621 && r <= 0x064A) || (r >= 0x0671 && r <= 0x06D3) || (r >= 0xFB50 && r <= 0xFEFC)
}

// cliticSplit strips a light proclitic chain from a folded word: an optional
// conjunction (و wa "and", ف fa "so"), an optional preposition (ب bi "in",
// ل li "for", ك ka "like"), and an optional article (ال al "the"; لل after ل).
// It returns the proclitics and the rest. The rest keeps at least minRest
// letters; the split is a guess (وليد walid is a name, not wa+lid) that the
// model and the span logic weigh against word counts.
func cliticSplit(w string) (pre, rest string) {
	const minRest = 2
	rest = w
	n := func(s string) int { return utf8.RuneCountInString(s) }
	if strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف") {
		if n(rest) > minRest+1 {
			rest = rest[len("و"):]
		}
	}
	if strings.HasPrefix(rest, "لل") && n(rest) > minRest+2 {
		// li + al: the alef of the article is not written.
		rest = rest[len("لل"):]
		return w[:len(w)-len(rest)], rest
	}
	if strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك") {
		if n(rest) > minRest+1 {
			rest = rest[len("ب"):]
		}
	}
	if strings.HasPrefix(rest, "ال") && n(rest) > minRest+2 {
		rest = rest[len("ال"):]
	}
	return w[:len(w)-len(rest)], rest
}

// procliticPrefixes are the conjunction+preposition chains, longest first.
var procliticPrefixes = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}

// proclitics returns the conjunction+preposition prefixes (و ف ب ل ك and
// their pairs, as written) that w starts with and that leave at least two
// letters, longest first. The article is not among them: in بالولايات the
// name is الولايات. Whether a prefix really is a clitic (ب in بيروت is not)
// is for the caller to decide.
func proclitics(w string) []string {
	if len(w) < 2 {
		return nil
	}
	switch w[:2] {
	case "و", "ف", "ب", "ل", "ك":
	default:
		return nil
	}
	// The prefixes that match are a pair and its first letter, or one
	// letter: the answers are shared slices, never written to.
	var out []string
	for _, ps := range procliticSets {
		if strings.HasPrefix(w, ps[0]) {
			if utf8.RuneCountInString(w[len(ps[0]):]) >= 2 {
				return ps
			}
			if len(ps) == 2 {
				out = ps[1:]
				break
			}
			return nil
		}
	}
	if out != nil && utf8.RuneCountInString(w[len(out[0]):]) >= 2 {
		return out
	}
	return nil
}

// procliticSets are the answers of proclitics: each pair of
// procliticPrefixes with its first letter, then each letter alone.
var procliticSets = func() [][]string {
	var out [][]string
	for _, p := range procliticPrefixes {
		if utf8.RuneCountInString(p) == 2 {
			out = append(out, []string{p, p[:len("و")]})
		} else {
			out = append(out, []string{p})
		}
	}
	return out
}()

// shape returns a coarse word shape: script, digits, length class.
func shape(w string) string {
	var ar, lat, dig, oth int
	for _, r := range w {
		switch {
		case isArabicLetter(r):
			ar++
		case r < 0x80 && unicode.IsLetter(r):
			lat++
		case unicode.IsDigit(r):
			dig++
		default:
			oth++
		}
	}
	switch {
	case ar > 0 && lat+dig+oth == 0:
		switch n := ar; {
		case n <= 2:
			return "a2"
		case n <= 4:
			return "a4"
		case n <= 7:
			return "a7"
		default:
			return "a8"
		}
	case lat > 0 && ar == 0:
		if dig > 0 {
			return "ld"
		}
		return "l"
	case dig > 0 && ar+lat == 0:
		if oth > 0 {
			return "d."
		}
		return "d"
	case ar+lat+dig == 0:
		return "p"
	}
	return "m"
}
