package tagger

import (
	"fmt"
	"strings"

	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/training"
)

// Source tells which treebank a sentence comes from; label conventions
// differ between them and training weighs them differently.
type Source uint8

// Treebank sources.
const (
	PADT Source = iota // UD v1 PADT with lemmas and roots (vocalized forms)
	PUD                // UD v2 Arabic PUD (the evaluation's conventions)
)

// token is one syntactic word of a training or evaluation sentence, with
// labels already mapped to UD v2.
type token struct {
	Form     string // undiacritized form, as the tagger sees it
	UPOS     string // "" when the treebank leaves the word unanalysed
	Lemma    string // undiacritized lemma
	LemmaVoc string // vocalized lemma as in the treebank
	Feats    string // UD v2 FEATS, "" for none
	Root     string // Arabic letters, "" when none
	Gloss    string // PADT English gloss (used for PROPN mapping)
	XPOS     string
	Foreign  bool
	NoSpace  bool // MISC SpaceAfter=No: the next word is in the same token
	Deprel   string
	Vocal    string // the form as written in the treebank (PADT: vocalized)
}

// sentence is one treebank sentence.
type sentence struct {
	Doc    string // document id (PUD # newdoc id), "" when absent
	Source Source
	Toks   []token
}

// readTreebank reads the sentences of a treebank set: its syntactic words
// (multi-word tokens give their words; empty nodes are skipped).
func readTreebank(d training.Data, set training.Set, src Source) ([]sentence, error) {
	var out []sentence
	doc := ""
	err := d.Treebank(set, func(s *conllu.Sentence) error {
		if s.NewDoc && s.DocID != "" {
			doc = s.DocID
		}
		cur := sentence{Doc: doc, Source: src}
		for _, w := range s.Words() {
			cur.Toks = append(cur.Toks, tokenOf(w))
		}
		out = append(out, cur)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	return out, nil
}

// tokenOf maps a treebank word to the tagger's token.
func tokenOf(w conllu.Word) token {
	t := token{
		Form:     Strip(w.Form),
		UPOS:     w.UPOS,
		LemmaVoc: canonicalMarks(w.Lemma),
		Lemma:    Strip(w.Lemma),
		XPOS:     w.XPOS,
		Deprel:   w.DepRel,
		Vocal:    w.Form,
	}
	if w.Feats != "_" {
		t.Feats = w.Feats
	}
	t.Root = parseRoot(conllu.MiscValue(w.Misc, "Root"))
	t.Gloss = conllu.MiscValue(w.Misc, "Gloss")
	t.NoSpace = conllu.MiscValue(w.Misc, "SpaceAfter") == "No"
	if strings.Contains(t.Feats, "Foreign=Foreign") {
		t.Foreign = true
	}
	if t.LemmaVoc == "_" {
		t.LemmaVoc, t.Lemma = "", ""
	}
	return t
}
