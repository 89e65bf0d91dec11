package entity

import (
	"strings"
	"unicode/utf8"
)

// strongClasses are the gazetteer lists whose entries are names wherever
// they occur; a match the model left untagged is tagged from the list.
// Single-word entries count only for the place lists and the international
// bodies (الناتو، أوبك): a one-word person or other organisation entry
// (عباس، فتح، الحياة) is too often a common word.
var strongClasses = map[string]bool{
	"LOC.country": true, "LOC.city": true, "LOC.region": true,
	"ORG.intl": true, "ORG.party": true, "ORG.gov": true, "ORG.media": true, "ORG.club": true, "ORG.company": true,
	"PER.full": true, "MISC": true,
	"LOC.x": true, "ORG.x": true, "MISC.x": true, "PER.x": true,
}

// quranWord is the Quran's name folded: it is also القران, "the marriage"
// (عقد القران), so the name alone counts only where the copy writes the
// madda (القرآن) and not after عقد.
var (
	quranWord  = fold("القرآن")
	quranAfter = foldSet("عقد", "وعقد", "بعقد", "لعقد", "عقود")
)

// gazetteerBackoff tags the gazetteer names of strong classes that the
// model left entirely O. ws is a buffer for the folded words, returned
// for reuse. toks are the sentence's tokens as written (nil: none).
func (m *Model) gazetteerBackoff(in []tokInfo, toks []string, labels []int, ws []string, gz gazMemo) []string {
	if m.gaz == nil {
		return ws
	}
	ws = grow(ws, len(in))
	for i := range in {
		ws[i] = in[i].w
	}
	for i := 0; i < len(ws); {
		n, classes := m.gaz.matchAt(gz, ws, i)
		if n == 0 {
			i++
			continue
		}
		typ := strongType(&in[i], ws[i], n, classes)
		if n == 1 && ws[i] == quranWord && (i >= len(toks) || !strings.Contains(toks[i], "آ") || i > 0 && quranAfter[ws[i-1]]) {
			typ = ""
		}
		free := true
		for k := i; k < i+n; k++ {
			free = free && labels[k] == 0
		}
		// An O word right before or after that the model tagged as part of a
		// name would make the match a fragment; leave those alone.
		if typ != "" && free && (i+n >= len(labels) || labels[i+n]%2 == 1 || labels[i+n] == 0) {
			if typ == "PER" {
				typ = "PERS"
			}
			b := labelIndex("B-" + typ)
			labels[i] = b
			for k := i + 1; k < i+n; k++ {
				labels[k] = b + 1
			}
		}
		i += n
	}
	return ws
}

// strongType returns the type of a gazetteer match of n words at a token
// (in, its folded word w) from its strong classes, or "" when it has none
// or several types. One-word matches count for places, international
// bodies and the rules' events; for other organisations only when the
// morphology calls the word a proper noun in context (داعش، البنتاغون; فتح
// the verb is not) or for long names of companies and the rules' lists.
func strongType(in *tokInfo, w string, n int, classes []string) string {
	typ := ""
	for _, c := range classes {
		propn := n == 1 && (in.wi.upos == "PROPN" || in.wi.upos == "X") && strings.HasPrefix(c, "ORG.") && c != "ORG.x"
		if !strongClasses[c] || (n == 1 && !propn && !strings.HasPrefix(c, "LOC.") && c != "ORG.intl" && c != "MISC.x" && ((c != "ORG.x" && c != "ORG.company") || utf8.RuneCountInString(w) < 5)) {
			continue
		}
		t := classType(c)
		if typ != "" && typ != t {
			return "" // ambiguous between types
		}
		typ = t
	}
	return typ
}
