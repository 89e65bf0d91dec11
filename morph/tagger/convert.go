package tagger

import (
	"maps"
	"slices"
	"sort"
	"strings"
)

// Label conversion from PADT (UD v1, ElixirFM-derived) to UD v2 as the
// Arabic PUD treebank uses it. The evaluation that matters is PUD-style, so
// PADT labels are brought to PUD's conventions where the two treebanks
// differ systematically: proper nouns (PADT: NOUN or X, PUD: PROPN),
// demonstratives (DET → PRON), quantifiers (NOUN → DET), the copula كان
// (VERB → AUX) and the split of v1 CONJ into CCONJ and SCONJ. Remaining
// word-level differences are learned from the PUD training sentences.

// coordinators are the conjunctions that UD v2 tags CCONJ.
var coordinators = map[string]bool{
	"و": true, "ف": true, "أو": true, "ثم": true, "بل": true, "أم": true,
	"لكن": true, "ولكن": true, "إما": true,
}

// quantifiers are nouns that PUD tags DET (كل kull "every", بعض baʿḍ
// "some", ...).
var quantifiers = map[string]bool{
	"كل": true, "بعض": true, "جميع": true, "معظم": true, "أحد": true,
	"إحدى": true, "عدة": true, "أي": true, "أغلب": true, "كافة": true,
	"كلا": true, "شتى": true,
}

// notNames are capitalised PADT glosses that are titles or nouns, not names.
var notNames = map[string]bool{
	"Sir": true, "Mr.": true, "Emir": true, "Arabs": true, "Muslim": true,
	"Islam": true, "Emirate": true, "God": true,
}

// convertPADT maps the labels of a PADT sentence in place.
func convertPADT(s *sentence) {
	for i := range s.Toks {
		t := &s.Toks[i]
		if strings.HasPrefix(t.XPOS, "U") {
			// Unanalysed token, often not even segmented (وذلك); keep it as
			// context only.
			t.UPOS, t.Lemma, t.LemmaVoc, t.Feats, t.Root = "", "", "", "", ""
			continue
		}
		switch t.UPOS {
		case "CONJ":
			switch {
			case (t.Form == "و" || t.Form == "ف") && sentenceStart(s.Toks[:i]):
				// PUD tags a sentence-opening wa/fa PART.
				t.UPOS = "PART"
			case t.Form == "أن" && t.LemmaVoc == "أَن":
				// ʾan (before a verb) is ADP in PUD, ʾanna SCONJ.
				t.UPOS = "ADP"
			case coordinators[t.Form]:
				t.UPOS = "CCONJ"
			default:
				t.UPOS = "SCONJ"
			}
		case "X":
			t.UPOS = "PROPN"
		case "DET":
			if strings.Contains(t.Feats, "PronType=Dem") {
				t.UPOS = "PRON"
			}
		case "VERB":
			if t.Lemma == "كان" {
				t.UPOS = "AUX"
			}
		case "NOUN", "ADJ":
			if isAdverbial(t) {
				t.UPOS = "ADV"
			} else if quantifiers[t.Lemma] || quantifiers[t.Form] {
				t.UPOS = "DET"
			} else if t.UPOS == "NOUN" && isName(t) {
				t.UPOS = "PROPN"
			}
		}
		t.Feats = convertFeats(t.Feats, t.UPOS, i > 0 && isFuture(s.Toks[i-1].Form))
		if rootless[t.UPOS] {
			t.Root = ""
		}
	}
}

// timeNouns are nouns that PUD tags ADV when they stand in the accusative
// as time adverbials (عامَ ٢٠١٠ ʿāma "in the year 2010").
var timeNouns = map[string]bool{"عام": true, "يوم": true, "صباح": true, "مساء": true, "ليلة": true}

// isAdverbial reports whether a PADT noun or adjective is used as an
// adverb the way PUD tags ADV: an indefinite accusative (tanwīn fatḥ,
// أخيرًا ʾaḫīran "finally") modifying a verb, or a time noun in the
// accusative.
func isAdverbial(t *token) bool {
	if timeNouns[t.Form] && strings.Contains(t.Feats, "Case=Acc") {
		return true
	}
	if t.Deprel != "advmod" && t.Deprel != "advmod:emph" {
		return false
	}
	return strings.HasSuffix(t.Vocal, "ًا") || strings.HasSuffix(t.Vocal, "اً")
}

// sentenceStart reports whether the words before are all punctuation.
func sentenceStart(before []token) bool {
	for _, t := range before {
		if t.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

func isFuture(form string) bool { return form == "س" || form == "سوف" }

// isName reports whether a PADT noun is a proper name: its English gloss is
// capitalised and it is not a nisba adjective used as a noun (فلسطيني
// filasṭīnī "Palestinian").
func isName(t *token) bool {
	if t.Gloss == "" || t.Gloss[0] < 'A' || t.Gloss[0] > 'Z' {
		return false
	}
	first, _, _ := strings.Cut(t.Gloss, ",")
	if notNames[first] {
		return false
	}
	if strings.HasSuffix(t.Lemma, "ي") {
		return false
	}
	return true
}

// convertFeats maps PADT v1 features to v2 as PUD writes them: the reduced
// (construct) state counts as Def, features PUD does not use are dropped,
// and Tense is derived from Aspect (and a preceding future particle).
func convertFeats(feats, upos string, future bool) string {
	if feats == "" {
		return ""
	}
	var out []string
	aspect := ""
	for _, kv := range strings.Split(feats, "|") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "AdpType", "VerbForm", "PronType", "NumForm", "NumValue", "Foreign", "Abbr", "Negative":
			continue
		case "Definite":
			if v == "Red" || v == "Com" {
				v = "Def"
			}
		case "Aspect":
			aspect = v
		}
		out = append(out, k+"="+v)
	}
	if (upos == "VERB" || upos == "AUX") && aspect != "" {
		switch {
		case aspect == "Perf":
			out = append(out, "Tense=Past")
		case future:
			out = append(out, "Tense=Fut")
		case aspect == "Imp":
			out = append(out, "Tense=Pres")
		}
	}
	return joinFeats(out)
}

// joinFeats sorts attribute=value pairs the way UD does (by attribute name,
// case-insensitively) and joins them with "|".
func joinFeats(kv []string) string {
	sort.Slice(kv, func(i, j int) bool { return strings.ToLower(kv[i]) < strings.ToLower(kv[j]) })
	return strings.Join(kv, "|")
}

// convertPUD cleans a PUD sentence: PUD's lemmas write the superscript alef
// as a backtick (ه`ذا); the vocalized lemma gets the real letter back while
// the plain lemma keeps PUD's spelling, which is what PUD-style evaluation
// compares against.
//
// PUD writes each word with the letters of the token (ل + لحشد, حكومت +
// ه); the segmenter hands the tagger dictionary spellings (ل + الحشد,
// حكومة + ه), so the forms are restored here the same way.
func convertPUD(s *sentence) {
	for i := range s.Toks {
		t := &s.Toks[i]
		if i > 0 && s.Toks[i-1].NoSpace && s.Toks[i-1].Form == "ل" &&
			strings.HasPrefix(t.Form, "ل") && !strings.HasPrefix(t.Lemma, "ل") && runeLen(t.Form) > 2 {
			t.Form = "ا" + t.Form
		}
		if t.NoSpace && i+1 < len(s.Toks) && s.Toks[i+1].UPOS == "PRON" && nominal[t.UPOS] &&
			strings.HasSuffix(t.Form, "ت") && !strings.HasSuffix(t.Lemma, "ت") {
			t.Form = strings.TrimSuffix(t.Form, "ت") + "ة"
		}
		t.LemmaVoc = strings.ReplaceAll(t.LemmaVoc, "`", "\u0670")
		if t.UPOS == "_" {
			t.UPOS = ""
		}
	}
}

var nominal = map[string]bool{"NOUN": true, "ADJ": true, "PROPN": true, "NUM": true}

// pudConventions holds, for each form, the UPOS that PUD gives it when PUD
// is consistent about it.
type pudConventions map[string]string

// convention-sensitive tags: a PADT label is replaced by PUD's majority label
// only when one of the two is a closed-class or naming tag, so that content
// word ambiguities (NOUN vs ADJ) are left to context.
var conventionTags = map[string]bool{
	"CCONJ": true, "SCONJ": true, "ADP": true, "PART": true, "DET": true,
	"PRON": true, "AUX": true, "ADV": true, "PROPN": true, "X": true, "NUM": true,
}

// learnPUDConventions collects the forms PUD tags consistently (at least
// twice, three quarters of the time).
func learnPUDConventions(sents []sentence) pudConventions {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		if s.Source != PUD {
			continue
		}
		for _, t := range s.Toks {
			if t.UPOS == "" {
				continue
			}
			m := counts[t.Form]
			if m == nil {
				m = map[string]int{}
				counts[t.Form] = m
			}
			m[t.UPOS]++
		}
	}
	conv := pudConventions{}
	for form, m := range counts {
		best, n, total := "", 0, 0
		for _, tag := range sortedKeys(m) {
			c := m[tag]
			total += c
			if c > n {
				best, n = tag, c
			}
		}
		if n >= 2 && 4*n >= 3*total {
			conv[form] = best
		}
	}
	return conv
}

// apply relabels PADT words whose form PUD tags consistently otherwise.
func (c pudConventions) apply(s *sentence) {
	for i := range s.Toks {
		t := &s.Toks[i]
		if t.UPOS == "" {
			continue
		}
		want, ok := c[t.Form]
		if !ok || want == t.UPOS {
			continue
		}
		if conventionTags[want] || conventionTags[t.UPOS] {
			t.UPOS = want
		}
	}
}

// sortedKeys returns the keys of m in order: deterministic iteration.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
