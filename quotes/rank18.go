package quotes

// Session 18: what is no name is no speaker the ranker keeps or offers.
//
// The rules sometimes read as the speaker a phrase that cannot name
// anyone: it opens with a preposition, a particle, a pronoun or a
// demonstrative (وعلى الفور، سوف، تلك العائلات، هنالك تصويت), or it runs over
// a comma (a clause). («نفس المصدر»، «ذات المصادر» — the same source — name
// the source the text named before, as the annotations do, and stay.) When such a guess is the rules' speaker and no
// entity covers its first word, the ranker takes its best other candidate
// whatever the margin (free=noname, which Choose reads and training never
// weighs). The same words keep a title holder's or an entity's phrase out
// of the candidates, and a verb of saying at the edge of an entity's span
// (فلان يقول، يقول فلان، فلان قائلا: the entity layer ran the name into the
// cue) is no part of the name the ranker is offered.

import (
	"slices"
	"strings"

	"github.com/rasid/rasid/normalize"
)

// noNameStart are the words, folded, that open no name: notNameStart's,
// and a particle of the future and the demonstratives (سوف، تلك، هؤلاء). noNameAfterConj are those that open none after a glued و or ف
// (notNameAfterConj's as well: وعلى، ومن، وقد).
var noNameStart, noNameAfterConj = func() (map[string]bool, map[string]bool) {
	a, b := map[string]bool{}, map[string]bool{}
	back := []string{"سوف", "تلك", "ذلك", "هذا", "هذه", "هؤلاء", "أولئك"}
	for w := range notNameStart {
		a[normalize.String(w)] = true
	}
	for _, w := range back {
		a[normalize.String(w)] = true
	}
	for w := range a {
		b[w] = true
	}
	for w := range notNameAfterConj {
		b[normalize.String(w)] = true
	}
	return a, b
}()

// noNameWords reports whether a written name cannot name anyone: it is
// not nameShaped (a comma in it, more than fourteen words) or its first
// word opens no name (noNameStart; after a glued و or ف, noNameAfterConj).
// «كل» before a definite word is a group (كل الأطراف), as البعض and
// الجميع are, and stays a name.
func noNameWords(name string) bool {
	name = strings.TrimRight(name, " ،,؛;")
	if !nameShaped(name) {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	w := normalize.String(ws[0])
	if w == "كل" && len(ws) > 1 && strings.HasPrefix(normalize.String(ws[1]), "ال") {
		return false
	}
	if noNameStart[w] {
		return true
	}
	for _, conj := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, conj); ok && noNameAfterConj[rest] {
			return true
		}
	}
	return false
}

// freeNoNames switches the release of free=noname off (for measuring it).
var freeNoNames = true

// noNameSpeaker reports whether the rules' speaker named name, whose span
// starts at byte s, is no name (noNameWords) and no entity covers its
// first token (a person whose given name is a particle's spelling: وعلى
// written for وعلي).
func (r *resolver) noNameSpeaker(s int, name string) bool {
	if !freeNoNames || !noNameWords(name) {
		return false
	}
	f := r.f
	k := f.tokenAt(s)
	if k > 0 && k <= len(f.toks) && f.toks[k-1].End > s {
		k--
	}
	return k < len(f.toks) && !f.inName[k]
}

// freedNoName reports whether the rules' candidate c is no name
// (free=noname): Choose then takes the best other candidate.
func freedNoName(c Candidate) bool {
	return slices.Contains(c.Feats, "free=noname")
}

// withoutCueEdge drops from the words ws of a mention over tokens [k, ke)
// a verb of saying at either end that the entity layer ran into the name
// (عبد الكريم يقول، يقول فلان، فلان قائلا): a token of the cue lexicon
// that the words layer reads as a verb, or a participle of it in the
// accusative (قائلا، مضيفاً). At the start the word goes only when the
// document names the rest as a person or body elsewhere (a given name may
// be a verb's form: يعرب).
func (r *resolver) withoutCueEdge(ws []string, k, ke int) []string {
	f := r.f
	if len(ws) < 2 || ke-k < 2 || ke > len(f.cues) {
		return ws
	}
	cueEdge := func(j int) bool {
		t := f.toks[j]
		switch f.cues[j].class {
		case verb:
			return f.isVerb(j)
		case participle:
			return strings.HasSuffix(t.Norm, "ا")
		}
		return false
	}
	if last := f.toks[ke-1]; ws[len(ws)-1] == f.text[last.Start:last.End] && cueEdge(ke-1) {
		return ws[:len(ws)-1] // no name ends with a verb of saying
	}
	if first := f.toks[k]; ws[0] == f.text[first.Start:first.End] && cueEdge(k) {
		if rest := ws[1:]; r.docCount(strings.Join(rest, " ")) > 0 {
			return rest
		}
	}
	return ws
}
