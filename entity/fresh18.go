package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// Session 18 (issue 11, items 3 and 8): rules from the census of the fresh
// sets train39 and train40, on the annotator's path (Annotate) only.

// handleEnds ends a name before a social-media handle (@name): the handle
// is the account's address printed after the name, never a word of it
// (a tweet quoted as: the name, then ‏@account). A name that starts with a
// handle is dropped.
func handleEnds(d *rasid.Document, s []int, cs []chunk) []chunk {
	out := cs[:0]
	for _, c := range cs {
		for k := c.start; k < c.end; k++ {
			if s[k] < len(d.Tokens) && d.Tokens[s[k]].Kind == rasid.Mention {
				c.end = k
				break
			}
		}
		if c.end > c.start {
			out = append(out, c)
		}
	}
	return out
}

// provinceHead is the head noun of a province (إقليم), folded.
var provinceHead = fold("إقليم")

// provinceHeads leaves the head noun إقليم out of a province's name
// (إقليم باداخشان → باداخشان): the noun says what kind of place follows,
// as محافظة and ولاية do, which the names leave out too. A province whose
// name is listed with its head (إقليم كردستان, the region's own name)
// keeps it, as does a region named by a feature, a direction or an
// adjective (provinceKeeps). It runs once the words inside names are known
// (Annotate): the name, met inside «إقليم …», keeps a first letter that
// could read as a proclitic (إقليم بالي، إقليم لوجار).
func (m *Model) provinceHeads(words []string, cs []chunk) []chunk {
	for k, c := range cs {
		if c.typ != "LOC" || c.end-c.start < 2 {
			continue
		}
		f := fold(words[c.start])
		if !strings.HasSuffix(f, provinceHead) {
			continue
		}
		if p := strings.TrimSuffix(f, provinceHead); p != "" && !procliticRun(p) {
			continue
		}
		if rest := fold(words[c.start+1]); provinceKeeps[rest] || strings.HasPrefix(rest, "ال") && adjLike(rest) {
			continue // a region named by a feature, a direction or an adjective: إقليم قناة السويس، إقليم شرق المتوسط، الإقليم الأوسط
		}
		fw := make([]string, c.end-c.start)
		for j := range fw {
			fw[j] = fold(words[c.start+j])
		}
		if n, _ := m.gaz.match(fw, 0); n >= 2 {
			continue // listed with its head
		}
		cs[k].start++
	}
	return cs
}

// provinceKeeps are the first words after إقليم that make the head part of
// the name: without it the rest names a feature (the canal, the sea) or a
// direction, not the region.
var provinceKeeps = foldSet("قناة", "نهر", "بحر", "البحر", "خليج", "شرق", "غرب", "شمال", "جنوب", "وسط",
	"الشرق", "الغرب", "الشمال", "الجنوب", "الوسط")

// procliticRun reports whether p is one or two of the proclitics و ف ب ل.
func procliticRun(p string) bool {
	if p == "" || len([]rune(p)) > 2 {
		return false
	}
	for _, r := range p {
		if !strings.ContainsRune("وفبل", r) {
			return false
		}
	}
	return true
}
