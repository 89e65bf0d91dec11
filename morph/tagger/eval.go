package tagger

import "fmt"

// Scores are accuracies on held-out sentences with gold words (so accuracy
// equals F1). Lemmas are compared without diacritics on both sides.
type Scores struct {
	Words     int     // words with a gold UPOS
	UPOS      float64 // UPOS accuracy
	Lemma     float64 // undiacritized lemma accuracy
	LemmaVoc  float64 // vocalized lemma accuracy (exact, gold vocalized)
	VocWords  int     // words whose gold lemma is vocalized
	Feats     float64 // exact FEATS string accuracy (UFeats)
	Root      float64 // root accuracy on words with a gold root annotation
	RootWords int
	Unknown   float64 // share of words whose form was not in training
	UnkUPOS   float64 // UPOS accuracy on those
	UnkLemma  float64 // lemma accuracy on those
}

func (s Scores) String() string {
	out := fmt.Sprintf("words %d  UPOS %.2f  lemma %.2f  lemma-voc %.2f (%d)  FEATS %.2f",
		s.Words, s.UPOS, s.Lemma, s.LemmaVoc, s.VocWords, s.Feats)
	if s.RootWords > 0 {
		out += fmt.Sprintf("  root %.2f (%d)", s.Root, s.RootWords)
	}
	return out + fmt.Sprintf("  unknown %.1f%% (UPOS %.2f, lemma %.2f)", s.Unknown, s.UnkUPOS, s.UnkLemma)
}

func (m *Model) evaluate(held []sentence) Scores {
	var sc Scores
	var upos, lemma, voc, feats, root, unk, unkUPOS, unkLemma int
	known := map[string]bool{}
	for k := range m.lemmaMap() {
		known[k.s] = true
	}
	for _, s := range held {
		words := make([]string, len(s.Toks))
		for i, t := range s.Toks {
			words[i] = t.Form
		}
		out := m.Tag(words)
		for i, t := range s.Toks {
			if t.UPOS == "" {
				continue
			}
			sc.Words++
			a := out[i]
			isUnk := !known[t.Form]
			if isUnk {
				unk++
			}
			if a.UPOS == t.UPOS {
				upos++
				if isUnk {
					unkUPOS++
				}
			}
			if Strip(a.Lemma) == t.Lemma {
				lemma++
				if isUnk {
					unkLemma++
				}
			}
			if t.LemmaVoc != t.Lemma {
				sc.VocWords++
				if a.LemmaVoc == t.LemmaVoc {
					voc++
				}
			}
			if a.Feats == t.Feats {
				feats++
			}
			if s.Source == PADT && t.Root != "" {
				sc.RootWords++
				if a.Root == t.Root {
					root++
				}
			}
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	sc.UPOS = pct(upos, sc.Words)
	sc.Lemma = pct(lemma, sc.Words)
	sc.LemmaVoc = pct(voc, sc.VocWords)
	sc.Feats = pct(feats, sc.Words)
	sc.Root = pct(root, sc.RootWords)
	sc.Unknown = pct(unk, sc.Words)
	sc.UnkUPOS = pct(unkUPOS, unk)
	sc.UnkLemma = pct(unkLemma, unk)
	return sc
}
