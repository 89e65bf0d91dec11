package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// A person described by an adjective of origin (session 10): news copy
// names a player, a coach or an envoy once with a title and the name
// (اللاعب المغربي فلان، المدرب البرتغالي فلان) and then calls the same man
// by another role noun with the same adjective (المهاجم المغربي، التقني
// البرتغالي). When the document gives that adjective to one person only,
// the description is that person.

// originHolder reads a definite role noun with an adjective of origin
// (المهاجم المغربي) that no title of the document fits by its head as the
// one person whose title carries the same adjective.
func (r *resolver) originHolder(ph phraseRef) (rasid.Speaker, bool) {
	f := r.f
	a := ph.a
	if ph.b-a != 2 || f.toks[a].Kind != rasid.Arabic || f.toks[a+1].Kind != rasid.Arabic {
		return rasid.Speaker{}, false
	}
	k := f.keys[a]
	if !strings.HasPrefix(k, "ال") || !personTitles[k] && !epithets[k] && !personTitles[k[len("ال"):]] {
		return rasid.Speaker{}, false
	}
	m := modStem(f.keys[a+1])
	if !strings.HasPrefix(f.keys[a+1], "ال") || !originAdj(m) {
		return rasid.Speaker{}, false
	}
	best := -1
	for i, t := range r.titles {
		if !containsWord(t.mods, m) {
			continue
		}
		switch {
		case best < 0:
			best = i
		case samePerson(r.titles[best].words, t.words):
			if len(t.words) > len(r.titles[best].words) {
				best = i
			}
		default:
			return rasid.Speaker{}, false // two people of that origin
		}
	}
	if best < 0 {
		return rasid.Speaker{}, false
	}
	return rasid.Speaker{Name: trimStop(r.titles[best].person), Span: ph.span()}, true
}

// containsWord reports whether ws holds w.
func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// samePerson reports whether two names, as folded words, are one person
// written in full and in short: every word of the shorter is in the
// longer (عمر السومه, السومه).
func samePerson(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	for _, w := range a {
		if !containsWord(b, w) {
			return false
		}
	}
	return true
}
