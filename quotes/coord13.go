package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Session 13: a verb joined by و or ثم to the verb before it shares that
// verb's subject, whatever the verb (not only a verb of saying): ويتفق
// الباحث فلان مع الرأي ويقول إن، فتحت السعودية باب الحوار وشددت على أن،
// يطل زيد من النافذة ثم يجلس ويقول إنه.

// imperfect reports whether the verb at token k is in the imperfect, by
// the morphology layer.
func (f *finder) imperfect(k int) bool {
	imp, _ := f.verbAspect(k)
	return imp
}

// verbAspect reads the first verb of token k in the morphology layer:
// whether it is in the imperfect, and whether there was one.
func (f *finder) verbAspect(k int) (imperfect, found bool) {
	for _, w := range f.toks[k].Words {
		if w.UPOS == "VERB" {
			return strings.Contains(w.Feats, "Aspect=Imp"), true
		}
	}
	return false, false
}

// coordinated reports whether the verb at token k continues the clause
// before it: with the conjunction و or ف glued to it, or after ثم.
func (f *finder) coordinated(k int) bool {
	if f.keys[k] != f.toks[k].Norm && (strings.HasPrefix(f.toks[k].Norm, "و") || strings.HasPrefix(f.toks[k].Norm, "ف")) {
		return true
	}
	return k > 0 && (f.toks[k-1].Norm == "ثم" || f.toks[k-1].Norm == "وثم")
}

// coordinatedSubject resolves the subject of the coordinated verb cue at
// cue from the verbs before it in its sentence: the nearest verb of the
// same aspect and gender that heads a main clause (not after a relative
// pronoun, أن or إن) and names an agent after it or before it; a verb
// that is itself coordinated and has no subject passes the search on to
// the verb before it. A place is an agent when it is the whole subject
// (فتحت السعودية باب الحوار).
func (r *resolver) coordinatedSubject(cue, s0 int) (rasid.Speaker, bool) {
	f := r.f
	if !f.coordinated(cue) || !f.isVerb(cue) {
		return rasid.Speaker{}, false
	}
	g, imp := f.gender(cue), f.imperfect(cue)
	for v := cue - 1; v >= s0 && cue-v < 40; v-- {
		if f.inQuote[v] || f.inDir[v] || f.isComp(v) || f.isColon(v) || f.isQuoteMark(v) {
			return rasid.Speaker{}, false // a clause of content or a quote lies between
		}
		if !f.isVerb(v) || f.agentAt(v) || f.cues[v].class == participle {
			continue
		}
		if f.imperfect(v) != imp {
			return rasid.Speaker{}, false
		}
		if v > s0 && (relatives[f.toks[v-1].Norm] || f.keys[v-1] == "ان" || f.isComp(v-1)) {
			return rasid.Speaker{}, false // a subordinate verb: not the one joined
		}
		if vg := f.gender(v); g != 0 && vg != 0 && vg != g {
			return rasid.Speaker{}, false
		}
		if sp, ok := r.agentOfVerb(v, cue); ok {
			return sp, true
		}
		if !f.coordinated(v) {
			return rasid.Speaker{}, false
		}
	}
	return rasid.Speaker{}, false
}

// agentOfVerb reads the subject of the verb v (limited to the tokens
// before cue) when it names an agent: a person, an organisation, a title
// or a source, or a place that is the whole subject.
func (r *resolver) agentOfVerb(v, cue int) (rasid.Speaker, bool) {
	f := r.f
	if sp, ok := r.namedSubjectBefore(v); ok {
		return sp, true
	}
	a, b := f.slot(v, cue)
	if a >= b || f.accusativeNoun(a) || f.prepFirst(a) {
		return rasid.Speaker{}, false
	}
	if !r.hasAgent(a, b) {
		a, b = f.subjectChunk(a, b)
	}
	if a >= b {
		return rasid.Speaker{}, false
	}
	sp, ok := r.phrase(a, b, false)
	if !ok || sp.Name == "" {
		return rasid.Speaker{}, false
	}
	if r.namesAgent(sp.Span) {
		return sp, true
	}
	if e, ok := r.entityAt(sp.Start, sp.End, false); ok && e.Type == rasid.LOC && e.Start == f.skipProclitic(a, false) && e.End == f.toks[a].End {
		return sp, true // a state or a city as the actor
	}
	return rasid.Speaker{}, false
}
