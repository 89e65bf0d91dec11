package quotes

// Session 15: what the ranker's candidates are called. A candidate's name
// loses a glued proclitic and a trailing adverb, and what cannot be a name
// is not offered (the junk candidates session 14's review saw win:
// لهادي، القناة نقلاً، وثمة تعريفات أخرى).

import (
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

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
	ws = r.withoutCueEdge(ws, k, ke)
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
// titles layer ran on over a clause, «… في الوزارة المنحلة، بصفتها», is
// none; bodies' names hold digits and run long: فرانس 24، وكالة وزارة
// الشؤون الإسلامية … لشؤون المساجد).
func nameShaped(name string) bool {
	if strings.ContainsAny(name, "،,؛;") {
		return false
	}
	return len(strings.Fields(name)) <= 14
}
