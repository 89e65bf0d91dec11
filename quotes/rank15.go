package quotes

// Session 15: what the ranker knows of the rules' speaker and what its
// candidates are called. Where the grammar put the rules' speaker (the
// cue's own subject, وأشارت الصحيفة إلى أن; the complement of an
// attribution, على حد قول فلان; the head of a relative clause whose verb
// is the cue, فلانة …، التي أشارت) and the class of its head word (a
// source, a body, a plural of people, a title …) are features of the
// rules' candidate, so that the ranker learns which named subjects to
// leave alone; a candidate's name loses a glued proclitic and a trailing
// adverb, and what cannot be a name is not offered.

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// rulesGrammar says where the grammar put the rules' speaker sp of quote
// c: "subj" (the phrase right after a verb or participle cue, its
// subject), "attr" (the complement of an attribution phrase), "rel" (the
// head of a relative pronoun standing right before the cue), "before"
// (a phrase before the cue in its sentence), or "" (carried over, or
// elsewhere).
func (r *resolver) rulesGrammar(c *cand, sp rasid.Speaker) string {
	f := r.f
	if !c.hasCue || sp.Span.End <= sp.Span.Start || c.cue.a >= len(f.toks) {
		return ""
	}
	k := f.tokenAt(sp.Span.Start)
	if k > 0 && f.toks[k-1].End > sp.Span.Start {
		k-- // the speaker starts inside a token (a glued proclitic)
	}
	if k >= len(f.toks) {
		return ""
	}
	if c.slotA < c.slotB && k >= c.slotA && k < c.slotB {
		if c.cue.attr {
			return "attr"
		}
		return "subj"
	}
	if k >= c.cue.a || f.sent[k] != f.sent[c.cue.a] {
		return ""
	}
	if rel := c.cue.a - 1; rel > k && f.toks[rel].Kind == rasid.Arabic && relatives[f.toks[rel].Norm] {
		return "rel"
	}
	return "before"
}

// rulesHead classes the head word of the rules' speaker: "title" (a
// person's title or office: الوزير، المتحدث), "source" (مصدر، مصادر،
// شهود), "body" (a body or outlet noun: الوزارة، صحيفة), "doc" (a document
// or figures: البيان، التقرير), "plural" (a plural noun of people: the
// sound masculine plural, المختصون، ناشطين), "name" (a name the entity
// layer marks), or "other".
func (r *resolver) rulesHead(sp rasid.Speaker) string {
	ws := strings.Fields(sp.Name)
	if len(ws) == 0 {
		return ""
	}
	w := normalize.String(ws[0])
	bare := strings.TrimPrefix(w, "ال")
	in := func(sets ...map[string]bool) bool {
		for _, s := range sets {
			if s[w] || s[bare] || s["ال"+bare] {
				return true
			}
		}
		return false
	}
	switch {
	case in(sourceNouns, indefiniteSources, sourceHeads):
		return "source"
	case in(dataNouns, statementNouns, documentSpeakers, reportNouns):
		return "doc"
	case in(orgNouns, anaphorHeads, nameNouns, mediaNames):
		return "body"
	case in(personTitles, ownerNouns, roleWords, officerHeads, trailingTitles):
		return "title" // after the others: the titles' table holds some of their nouns
	}
	if utf8.RuneCountInString(bare) >= 5 && (strings.HasSuffix(bare, "ون") || strings.HasSuffix(bare, "ين")) {
		return "plural"
	}
	if sp.Span.End > sp.Span.Start {
		for _, e := range r.f.d.Entities {
			if (e.Type == rasid.PER || e.Type == rasid.ORG) && e.Start < sp.Span.End && sp.Span.Start < e.End {
				return "name"
			}
		}
	}
	return "other"
}

// cleanCandidates switches candidateName on (off only to measure what it
// changes).
var cleanCandidates = true

// candidateName is the name a mention over tokens [k, ke) offers the
// ranker: name without a proclitic the morphology splits off the first
// token when the document names the rest as a person or body elsewhere
// (و، ف، ل، ب: لبشار → بشار, للجنة → اللجنة), nor a trailing adverb of
// manner with tanween or an attribution word (القناة نقلاً); "" when the
// mention opens with a conjunction and a word that cannot start a name (a
// preposition, a pronoun, a particle: وعلى الفور، وأن نواجه، وهم …) or with
// such a word that is no given name either (في، هناك), so that it is not
// offered. The morphology's tags are not trusted for the test: it reads
// given names as particles (علي as على, أم, منى).
func (r *resolver) candidateName(name string, k, ke int) string {
	f := r.f
	if !cleanCandidates || k >= ke || ke > len(f.toks) {
		return name
	}
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return name
	}
	t := f.toks[k]
	conj := false
	if t.Kind == rasid.Arabic && (t.Norm == "و" || t.Norm == "ف") && len(ws) > 1 && normalize.String(ws[0]) == t.Norm {
		// و written apart from what follows
		ws = ws[1:]
		if k+1 >= ke {
			return ""
		}
		k++
		t = f.toks[k]
		conj = true
	}
	j := 0 // the token's first word after its proclitics
	for j+1 < len(t.Words) && (t.Words[j].UPOS == "CCONJ" || t.Words[j].UPOS == "ADP") && t.Words[j].End-t.Words[j].Start <= 2 {
		conj = conj || t.Words[j].UPOS == "CCONJ"
		j++
	}
	first := ws[0]
	if j > 0 {
		lead := f.text[t.Start:t.Words[j].Start]
		if rest, ok := strings.CutPrefix(ws[0], lead); ok && rest != "" {
			first = rest
			if strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, "ال") && strings.HasPrefix(normalize.String(t.Words[j].Form), "ال") {
				rest = "ا" + rest // للجنة: ل + اللجنة
			}
			// the morphology splits names too (بدر، لبنى، باسم): the
			// proclitic goes only when the document names the rest
			if bare := strings.Join(append([]string{rest}, ws[1:]...), " "); r.docCount(bare) > 0 {
				ws[0] = rest
			}
		}
	}
	if notNameStart[first] || conj && notNameAfterConj[first] {
		return ""
	}
	if len(ws) > 1 && ke-1 > k {
		last := f.toks[ke-1]
		s := f.text[last.Start:last.End]
		if ws[len(ws)-1] == s && (strings.HasSuffix(s, "\u064b") || strings.HasSuffix(s, "\u064b\u0627") || attrWords[last.Norm]) {
			ws = ws[:len(ws)-1]
		}
	}
	return strings.Join(ws, " ")
}

// notNameStart are words, as written, that no name starts with;
// notNameAfterConj more that none starts with after a conjunction glued
// to them (على and من are also given names written without their dots or
// hamza, علي and منى, so only after و or ف).
var (
	notNameStart     = setOf("في", "عن", "إلى", "الى", "أن", "هناك", "هنالك", "ثمة", "ثمّة", "هم", "هو", "هي", "هن", "كل", "بكل", "لكن", "لقد", "لن", "لم", "ليس", "ليست", "حتى", "بينما", "كما", "عندما", "حيث")
	notNameAfterConj = setOf("على", "من", "مع", "إن", "قد", "لا", "ما", "بعد", "قبل", "عند", "أيضا", "أيضاً")
)

// nameShaped reports whether a candidate's name can be a name: no comma
// or semicolon in it and at most fourteen words (a title holder the
// titles layer ran on over a clause, «… في حكومة النظام السابق، كونها», is
// none; bodies' names hold digits and run long: فرانس 24، وكالة وزارة
// الشؤون الإسلامية … لشؤون المساجد).
func nameShaped(name string) bool {
	if strings.ContainsAny(name, "،,؛;") {
		return false
	}
	return len(strings.Fields(name)) <= 14
}
