package quotes

import (
	"slices"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Session 18: how the speaker is named on fresh copy (docs/quotes.md,
// "Session 18: how the speaker is named on fresh copy (spkname)").

// nameEndsElsewhere reports whether the document writes the person of the
// PER entity e elsewhere ending with e's last word and not followed by
// the folded word w: the family name is then e's last word, and w after
// it is the cue's object (ووصف فلان الهجوم بأنه; ثمّن فلان المعسكر الذي
// …), not a family name the entity layer left out. A one-word mention of
// the same person (the family name alone) counts too.
func (r *resolver) nameEndsElsewhere(e rasid.Entity, w string) bool {
	f := r.f
	last := lastWord(f.text[e.Start:e.End])
	canon := normalize.ForSearch(canonical(f.text, e))
	for _, x := range r.ents {
		if x.Type != rasid.PER || x.Start == e.Start || lastWord(f.text[x.Start:x.End]) != last ||
			normalize.ForSearch(canonical(f.text, x)) != canon {
			continue
		}
		k := f.tokenAt(x.End)
		if k >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || f.toks[k].Norm != w {
			return true
		}
	}
	return false
}

// lastWord is the folded last word of s.
func lastWord(s string) string {
	ws := strings.Fields(normalize.ForSearch(s))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// eulogies are the formulas of praise and blessing written after a name
// (الله تعالى، الله عز وجل، فلان رحمه الله، رسول الله صلى الله عليه وسلم),
// folded for search: they are no part of the name, and the gold names God
// «الله» and the person by the name alone. Longest first.
var eulogies = func() [][]string {
	var out [][]string
	for _, s := range []string{
		"سبحانه وتعالى", "تبارك وتعالى", "عز وجل", "جل جلاله", "جل وعلا", "جل شأنه", "عز شأنه", "تعالى", "سبحانه",
		"صلى الله عليه وسلم", "صلى الله عليه وآله وسلم", "عليه الصلاة والسلام", "عليه السلام", "عليهم السلام",
		"رضي الله عنه", "رضي الله عنها", "رضي الله عنهما", "رضي الله عنهم",
		"رحمه الله", "رحمها الله", "رحمهم الله", "رحمه الله تعالى", "رحمها الله تعالى", "يرحمه الله", "يرحمها الله",
		"حفظه الله", "حفظها الله", "حفظهم الله", "أيده الله", "غفر الله له", "غفر الله لها",
	} {
		out = append(out, strings.Fields(normalize.ForSearch(s)))
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// withoutEulogy drops a formula of praise or blessing (eulogies) from the
// end of a name, and a cut one (صلى الله, the slot ended at عليه) after
// رسول الله or النبي; the name before it must keep a word.
func withoutEulogy(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	fw := strings.Fields(normalize.ForSearch(name))
	if len(fw) != len(ws) {
		return name
	}
	for _, e := range eulogies {
		n := len(fw) - len(e)
		if n < 1 || !slices.Equal(fw[n:], e) {
			continue
		}
		return strings.Join(ws[:n], " ")
	}
	if n := len(fw) - 2; n >= 1 && fw[n] == "صلي" && fw[n+1] == "الله" {
		return strings.Join(ws[:n], " ") // رسول الله صلى الله (عليه وسلم cut off)
	}
	return name
}

// adjectivesOnly reports whether tokens [a, b) are all adjectives without
// the article (indefiniteAdj): the description of a source before its
// complement (مصدر قضائي + بالمحكمة).
func (f *finder) adjectivesOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.indefiniteAdj(k) {
			return false
		}
	}
	return true
}

// clericTitles are a cleric's titles written before his name (البابا،
// الملا، الحاخام، الكاردينال، المطران، البطريرك): titles, not part of the
// name, at every mention (docs/evaluation-realnews.md).
var clericTitles = setOf("البابا", "الملا", "الحاخام", "الكاردينال", "المطران", "البطريرك")

// complementEnd ends the complement of a source that starts at token a,
// before b: definite nouns and adjectives, names of places and bodies
// (with ب: بعدن، بالمنطقة) go on it; an indefinite noun is the object of
// the sentence (نقلت مصادر في المقاومة تفاصيل المعركة).
func (f *finder) complementEnd(a, b int) int {
	for j := a; j < b; j++ {
		t := f.toks[j]
		if t.Kind != rasid.Arabic {
			return j
		}
		n := t.Norm
		if f.inName[j] || f.locAt[j] || f.orgTok[j] || strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "بال") {
			continue
		}
		return j
	}
	return b
}

// writtenOrg returns the longest form the text writes of the organisation
// whose canonical name (folded n) it never writes: a gazetteer's fuller
// name (وكالة رويترز for «رويترز») is not the article's, and the speaker is
// the fullest name the article gives. The written form's words must all
// be the canonical's, and no mention may follow the canonical's first word
// across a quotation mark (حركة «حماس» writes the full name).
func (r *resolver) writtenOrg(fs []nameForm, n string) (string, bool) {
	f := r.f
	cw := strings.Fields(n)
	best, bw := "", 0
	for _, x := range fs {
		if x.typ != rasid.ORG || x.canonFold != n || x.fold == n || len(x.words) >= len(cw) {
			continue
		}
		for _, w := range x.words {
			if !containsWord(cw, w) {
				return "", false
			}
		}
		p := f.tokenAt(x.end-len(x.written)) - 1
		for p >= 0 && f.isQuoteMark(p) {
			p--
		}
		if p >= 0 && f.toks[p].Kind == rasid.Arabic && headBefore(normalize.ForSearch(f.keys[p]), cw[0]) {
			return "", false
		}
		if len(x.words) > bw {
			best, bw = x.written, len(x.words)
		}
	}
	return best, best != ""
}

// headBefore reports whether the key k is the head word h, alone or after
// a proclitic (لحركة، وتنظيم، بحركة).
func headBefore(k, h string) bool {
	if k == h {
		return true
	}
	for _, p := range []string{"ل", "ب", "و", "ول", "وب", "ف"} {
		if rest, ok := strings.CutPrefix(k, p); ok && rest == h {
			return true
		}
	}
	return false
}
