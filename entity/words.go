package entity

import (
	"context"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/tokenize"
)

// Features from the words layer (models trained with TrainOptions.Words,
// header "features: words"). A token's words are what package morph's
// annotator writes in Token.Words (و + ب + لبنان, each with UPOS and
// lemma). The pipeline has computed them already when the entity
// annotator runs; for surface tokens alone (TagSentences, --format bio,
// training on ANERcorp) the model runs the same annotator itself, with the
// same options, so that training and tagging see the same features.

// wordInfo is what the features read of a token's words: the part of
// speech of the host word (the longest, which carries the token's meaning:
// لبنان in بلبنان) and a hash of the parts of speech of all the words in
// order (CCONJ+ADP+PROPN).
type wordInfo struct {
	upos string
	pat  uint64
	// verb: the host word is a verb of a lemma the tagger knows (a
	// vocalized lemma): سألت → سَأَل, not a foreign name read as a verb
	// (فالو → ف + الو, no known lemma); clitic: a word other than the
	// future's س comes before it in the token (و + يبيع, ف + ورد);
	// strong: the verb is imperfect, follows the future's س or carries a
	// pronoun (سيسافر، يبيع، سألني), forms no name takes
	verb, clitic, strong bool
}

// wordsInfo is the word information of a token with words ws.
func wordsInfo(ws []rasid.Word) wordInfo {
	if len(ws) == 0 {
		return wordInfo{}
	}
	best := 0
	for k := range ws {
		if ws[k].End-ws[k].Start > ws[best].End-ws[best].Start {
			best = k
		}
	}
	h := learn.Template(fWPat0)
	for k := range ws {
		if k > 0 {
			h = h.Sep()
		}
		h = h.Str(ws[k].UPOS)
	}
	w := &ws[best]
	upos := w.UPOS
	if upos == "" {
		upos = "X"
	}
	wi := wordInfo{upos: upos, pat: uint64(h), verb: upos == "VERB" && w.LemmaVoc != ""}
	if wi.verb {
		imp := strings.Contains(w.Feats, "Aspect=Imp")
		wi.strong = imp
		for k := range ws {
			switch {
			case k < best && ws[k].Form == "س":
				if !imp {
					// the future's س comes before an imperfect only:
					// س + a perfect (وسحر، سبيته) is a misreading of a
					// word that is no verb
					wi.verb, wi.strong, wi.clitic = false, false, false
					return wi
				}
				wi.strong = true
			case k < best:
				wi.clitic = true
			case k > best && ws[k].UPOS == "PRON":
				wi.strong = true
			}
		}
	}
	return wi
}

// wordFeatures appends the words-layer features of token i: the host
// word's part of speech, alone, with its neighbours' and as a trigram, and
// the parts of speech of the token's words. The lemma and form of the host
// word, and the part of speech with the cluster, were tried and not kept
// (docs/ner.md): the stem features carry the same information.
func wordFeatures(dst []uint64, t, m1, p1 *tokInfo) []uint64 {
	return append(dst,
		uint64(learn.Template(fWUpos0).Str(t.wi.upos)),
		t.wi.pat,
		uint64(learn.Template(fWUposm1).Str(m1.wi.upos)),
		uint64(learn.Template(fWUposp1).Str(p1.wi.upos)),
		uint64(learn.Template(fWUpos3).Str(m1.wi.upos).Sep().Str(t.wi.upos).Sep().Str(p1.wi.upos)))
}

// wordAnnotator runs the morphology layer over given tokens.
type wordAnnotator struct {
	morph rasid.Annotator
	tk    *tokenize.Tokenizer
}

func newWordAnnotator() (*wordAnnotator, error) {
	mm, err := morph.Load()
	if err != nil {
		return nil, err
	}
	// The pipeline's options (cmd/rasid): dictionary forms.
	return &wordAnnotator{morph: morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true}), tk: tokenize.New()}, nil
}

// words returns the words of each token of sents, computed by the
// morphology annotator over a document made of the tokens.
func (a *wordAnnotator) words(sents [][]string) [][][]rasid.Word {
	d := a.tk.Given(sents)
	out := make([][][]rasid.Word, len(sents))
	if err := a.morph.Annotate(context.Background(), d); err != nil {
		return out // cannot happen with a background context
	}
	k := 0
	for i, s := range sents {
		out[i] = make([][]rasid.Word, len(s))
		for j := range s {
			out[i][j] = d.Tokens[k].Words
			k++
		}
	}
	return out
}
