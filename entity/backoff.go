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

// gazetteerBackoff tags the gazetteer names of strong classes that the
// model left entirely O. ws is a buffer for the folded words, returned
// for reuse.
func (m *Model) gazetteerBackoff(in []tokInfo, labels []int, ws []string) []string {
	if m.gaz == nil {
		return ws
	}
	ws = grow(ws, len(in))
	for i := range in {
		ws[i] = in[i].w
	}
	for i := 0; i < len(ws); {
		n, classes := m.gaz.match(ws, i)
		if n == 0 {
			i++
			continue
		}
		typ := ""
		for _, c := range classes {
			// A one-word organisation the morphology calls a proper noun
			// in context (داعش، البنتاغون) is a name; فتح the verb is not.
			propn := n == 1 && (in[i].wi.upos == "PROPN" || in[i].wi.upos == "X") && strings.HasPrefix(c, "ORG.") && c != "ORG.x"
			if !strongClasses[c] || (n == 1 && !propn && !strings.HasPrefix(c, "LOC.") && c != "ORG.intl" && c != "MISC.x" && ((c != "ORG.x" && c != "ORG.company") || utf8.RuneCountInString(ws[i]) < 5)) {
				continue
			}
			t := classType(c)
			if typ != "" && typ != t {
				typ = "" // ambiguous between types
				break
			}
			typ = t
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
