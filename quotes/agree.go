package quotes

// Agreement: a speaker carried over to a cue that names nobody (وأكدت أن،
// مضيفةً) must agree in gender with the cue. The gender of a speaker is
// learnt from the cue that first named it in the text (قالت الوزيرة →
// feminine) or from the words of its mention; when the carried speaker
// disagrees, the latest earlier speaker of the cue's gender is taken, else
// a person of that gender named in the sentence before, also inside a
// genitive (أشاد الرئيس بجهود الوزيرة فلانة. وأكدت أن …).

import (
	"github.com/rasid/rasid/normalize"
	"strings"

	"github.com/rasid/rasid"
)

// learnGender records the gender of a speaker named in the text by the
// cue c (its verb or participle agrees with the subject).
func (r *resolver) learnGender(c *cand, sp rasid.Speaker) {
	if sp.Name == "" || sp.Span.End <= sp.Span.Start || !c.hasCue {
		return
	}
	g := r.f.gender(c.cue.a)
	if g == 0 {
		return
	}
	if r.genders == nil {
		r.genders = map[string]byte{}
	}
	if _, ok := r.genders[sp.Name]; !ok {
		r.genders[sp.Name] = g
	}
}

// agree returns sp, or, when sp was carried over (no span) from a quote
// whose cue had the other gender (lastG: قالت الوزارة … وأضاف أن), the
// speaker of the cue's gender that the text offers before it. The
// antecedent is the last cue's subject as written, so a statement
// (وتابع البيان … وأضاف) passes its gender on.
func (r *resolver) agree(c *cand, sp rasid.Speaker, out []rasid.Quote, lastG byte) rasid.Speaker {
	if sp.Name == "" || sp.Span.End > sp.Span.Start || !c.hasCue {
		return sp
	}
	g := r.f.gender(c.cue.a)
	if g == 0 || lastG == 0 || lastG == g {
		return sp
	}
	f := r.f
	s := int(f.sent[c.cue.a])
	near := f.toks[f.sTok[max(0, s-2)][0]].Start // this sentence and the two before
	for k := len(out) - 1; k >= 0 && out[k].End >= near; k-- {
		if n := out[k].Speaker.Name; n != "" && r.genders[n] == g {
			return rasid.Speaker{Name: n}
		}
	}
	if p, ok := r.personOfGender(c.cue.a, g); ok {
		return rasid.Speaker{Name: p}
	}
	return sp
}

// personOfGender finds the last PER entity of gender g in the sentence of
// token cue, before it, or in the sentence before: the gender of the word
// before the name (a title: الوزيرة) or of the name's first word.
func (r *resolver) personOfGender(cue int, g byte) (string, bool) {
	f := r.f
	s := int(f.sent[cue])
	lo := f.sTok[max(0, s-1)][0]
	start, end := f.toks[lo].Start, f.toks[cue].Start
	for i := len(r.ents) - 1; i >= 0; i-- {
		e := r.ents[i]
		if e.Type != rasid.PER || e.Start < start || e.End > end || prepArticle(canonical(f.text, e)) {
			continue // لألعاب القوى: a preposition and an article open no name
		}
		k := f.tokenAt(e.Start)
		if k > 0 && f.toks[k-1].End > e.Start {
			k-- // the name starts inside a token (بالوزيرة)
		}
		eg := byte(0)
		if k > 0 && personTitles[f.keys[k-1]] {
			eg = f.gender(k - 1)
		}
		if eg == 0 && k < len(f.toks) {
			eg = f.gender(k)
			if eg == 0 && strings.HasSuffix(f.toks[k].Norm, "ه") {
				eg = 'F'
			}
		}
		if eg == g {
			return canonical(f.text, e), true
		}
	}
	return "", false
}

// prepArticle reports whether a name starts with a preposition glued to
// the article (لألعاب القوى، بالمنطقة): the entity layer's slip, no person.
func prepArticle(name string) bool {
	n := normalize.String(name)
	for _, p := range []string{"لال", "لل", "بال", "كال"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}
