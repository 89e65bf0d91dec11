package quotes

// How a candidate's name relates to the rules' speaker (session 13, an
// experiment, off unless SetRankRelations turns it on): the
// rules' string may be a title or a descriptive phrase whose holder the
// document names, a name with a word too many (a rank, a glued verb) or
// one too few. These features say when the speaker the rules read from
// the cue's slot may be the wrong string for the right person, and the
// holders of the rules' title named anywhere in the document become
// candidates (a title used alone far from the name that introduced it).

import (
	"strings"
	"sync/atomic"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// rankRelations turns the relation features and the title holders named
// elsewhere on (SetRankRelations). Off by default: measured leave one set
// out they did not move the ranker (docs/quotes.md, Session 13), so the
// shipped model is trained without them and the analysis does not pay
// for them.
var rankRelations atomic.Bool

// SetRankRelations turns the relation features of the candidates on or
// off (`rasid train speaker --relations`, for measuring them).
func SetRankRelations(on bool) { rankRelations.Store(on) }

// relation features: rel=inrules (the candidate's words are a run inside
// the rules' name, which has more), rel=hasrules (the rules' name is a
// run inside the candidate's), rel=apposed (a mention of the candidate
// starts right after the rules' phrase: «أستاذ التربية الدكتور فلان»),
// rel=holder (the candidate holds a title read at the rules' phrase),
// rel=samehead / rel=sametitle (the candidate holds, somewhere in the
// document, a title with the rules' head word / the rules' whole title).

// wordRun reports where the words of a occur as a contiguous run in b,
// which has more: "end" when they end b, "start" when they start it,
// "inside" otherwise, "" when they do not.
func wordRun(a, b []string) string {
	if len(a) == 0 || len(a) >= len(b) {
		return ""
	}
	for i := 0; i+len(a) <= len(b); i++ {
		ok := true
		for j := range a {
			if b[i+j] != a[j] {
				ok = false
				break
			}
		}
		if ok {
			switch {
			case i+len(a) == len(b):
				return "end"
			case i == 0:
				return "start"
			}
			return "inside"
		}
	}
	return ""
}

// nameRel is the relation of a candidate's name to the rules' one (both
// by nameKey words): "inrules" when the candidate, two words or more,
// ends the rules' name (a rank or title before the name: ركن فلان
// الفلاني), "hasrules" when the rules' name starts or ends the
// candidate's (a family name alone, a body's name cut short), "" else. A
// candidate that starts the rules' name is a name cut short (محمد زين of
// محمد زين العابدين), not a better form.
func nameRel(cand, rules []string) string {
	if len(cand) >= 2 && wordRun(cand, rules) == "end" {
		return "inrules"
	}
	if w := wordRun(rules, cand); w == "end" || w == "start" {
		return "hasrules"
	}
	return ""
}

// spanTokens are the tokens [a, b) the span s covers.
func (r *resolver) spanTokens(s rasid.Span) (a, b int) {
	f := r.f
	a = f.tokenAt(s.Start)
	if a > 0 && a <= len(f.toks) && f.toks[a-1].End > s.Start {
		a--
	}
	b = f.tokenAt(s.End)
	if b <= a {
		b = a + 1
	}
	return a, b
}

// apposed reports whether mention m stands after the rules' phrase
// [ra, rb) and before the content (token qa), at most six tokens on, with
// no verb, cue or punctuation but a comma between: «أستاذ الاقتصاد في
// الجامعة الدكتور فلان».
func (r *resolver) apposed(m mention, ra, rb, qa int) bool {
	if m.tok < rb || m.tok > rb+6 || m.tok >= qa || rb <= ra {
		return false
	}
	f := r.f
	for k := rb; k < m.tok; k++ {
		if f.isVerb(k) || f.cues[k].class != noCue || f.isPunct(k) && !f.isComma(k) {
			return false
		}
	}
	return true
}

// headBefore reports whether a word of the two before token k, without
// its proclitics and article, is head (للكاتب الأمريكي فلان: كاتب).
func (r *resolver) headBefore(k int, head string) bool {
	f := r.f
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if f.isPunct(j) || f.sent[j] != f.sent[k] {
			return false
		}
		w := normalize.ForSearch(f.keys[j])
		if w == head || w == "ال"+head {
			return true
		}
		for _, p := range []string{"بال", "كال", "لل", "ال", "ل", "ب"} {
			if strings.HasPrefix(w, p) && len(w) > len(p)+4 && w[len(p):] == head {
				return true
			}
		}
	}
	return false
}

// relMarks adds the relation features that need the rules' span to the
// candidates of a quote whose rules' speaker is sp (the group rules), and
// the holders of the rules' title named elsewhere as candidates (get
// makes or finds a group).
func (r *resolver) relMarks(rules *candGroup, sp rasid.Speaker, ms []mention, qa int, get func(string) *candGroup) {
	if nameKey(sp.Name) != "" && sp.Span.End > sp.Span.Start {
		ra, rb := r.spanTokens(sp.Span)
		title := r.titleAt(ra)
		for _, m := range ms {
			if m.kind == "TTL" && rulesMention(m, sp) && nameKey(m.name) != nameKey(sp.Name) {
				get(m.name).feats["rel=holder"] = true
			} else if title && !rulesMention(m, sp) && r.apposed(m, ra, rb, qa) {
				get(m.name).feats["rel=apposed"] = true
			}
		}
		if key, head := titleKey(sp.Name); title && head != "" && !r.isEntityAt(sp.Span) {
			for _, t := range r.titles {
				if t.head != head || t.person == "" {
					continue
				}
				g := get(r.finalName(t.person, t.pos))
				if g == rules {
					continue
				}
				g.feats["rel=samehead"] = true
				if t.key == key || strings.HasPrefix(t.key, key+" ") || strings.HasPrefix(key, t.key+" ") {
					g.feats["rel=sametitle"] = true
				}
			}
			// a person the title's head word stands right before, where
			// the titles were not read (للكاتب الأمريكي فلان)
			for _, e := range r.ents {
				if e.Type != rasid.PER || e.End > sp.Span.Start && e.Start < sp.Span.End {
					continue
				}
				if k := r.f.tokenAt(e.Start); k < len(r.f.toks) && r.headBefore(k, head) {
					if g := get(r.finalName(canonical(r.f.text, e), e.Start)); g != rules {
						g.feats["rel=samehead"] = true
					}
				}
			}
		}
	}
}

// relNames marks the candidates whose name is a run of the rules' name
// or holds it (nameRel), and those named nowhere in the window (a title's
// holder relMarks added).
func relNames(gs []*candGroup, rules *candGroup) {
	rw := strings.Fields(nameKey(rules.cand.Name))
	for _, g := range gs {
		if g == rules {
			continue
		}
		if rel := nameRel(strings.Fields(nameKey(g.cand.Name)), rw); rel != "" {
			g.feats["rel="+rel] = true
		}
		if g.near == 1<<30 {
			g.feats["rel=far"] = true
		}
	}
}

// isEntityAt reports whether a PER or ORG entity overlaps span s.
func (r *resolver) isEntityAt(s rasid.Span) bool {
	for _, e := range r.f.d.Entities {
		if (e.Type == rasid.PER || e.Type == rasid.ORG) && e.Start < s.End && s.Start < e.End {
			return true
		}
	}
	return false
}

// relatedMention reports whether a mention of ms relates to the rules' speaker
// sp as relMarks reads it, or the document holds the rules' title
// elsewhere: only then may a ranker with a slot margin replace a speaker
// read from a mention (the quick test of candidates).
func (r *resolver) relatedMention(sp rasid.Speaker, ms []mention, qa int) bool {
	rw := strings.Fields(nameKey(sp.Name))
	if len(rw) == 0 || sp.Span.End <= sp.Span.Start {
		return false
	}
	ra, rb := r.spanTokens(sp.Span)
	title := r.titleAt(ra)
	for _, m := range ms {
		if rulesMention(m, sp) {
			if m.kind == "TTL" && nameKey(m.name) != nameKey(sp.Name) {
				return true
			}
			continue
		}
		if title && r.apposed(m, ra, rb, qa) || nameRel(strings.Fields(nameKey(m.name)), rw) != "" {
			return true
		}
	}
	if _, head := titleKey(sp.Name); title && head != "" && !r.isEntityAt(sp.Span) {
		for _, t := range r.titles {
			if t.head == head && t.person != "" && nameKey(t.person) != nameKey(sp.Name) {
				return true
			}
		}
		for _, e := range r.ents {
			if e.Type == rasid.PER && (e.End <= sp.Span.Start || e.Start >= sp.Span.End) {
				if k := r.f.tokenAt(e.Start); k < len(r.f.toks) && r.headBefore(k, head) {
					return true
				}
			}
		}
	}
	return false
}

// related reports whether candidate c has a relation feature.
func related(c Candidate) bool {
	for _, f := range c.Feats {
		if strings.HasPrefix(f, "rel=") && !strings.HasPrefix(f, "rel=far") {
			return true
		}
	}
	return false
}

// titleAt reports whether token k heads a person's title or office
// (وزير، المتحدث، الكاتب، مسؤول): only a speaker so named has a holder
// for relMarks to look for, not a group or a body (مراقبون، النادي).
func (r *resolver) titleAt(k int) bool {
	return k < len(r.f.keys) && (personTitles[r.f.keys[k]] || officerHeads[r.f.keys[k]])
}
