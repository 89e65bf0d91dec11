package morph

import (
	"context"
	"sync"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/morph/tagger"
)

// Options configure the annotator.
type Options struct {
	// RestoreForms writes Word.Form in dictionary spelling (PADT: ل + الحظر,
	// حكومة + ه) instead of the token's letters (PUD: ل + لحظر, حكومت + ه).
	// The tagger always sees the dictionary spelling.
	RestoreForms bool
}

// NewAnnotator returns the annotator that fills Token.Words and
// Token.Segments, with Word.Form keeping the token's letters (the UD
// Arabic-PUD convention; see docs/morph.md).
func NewAnnotator(m *Model) rasid.Annotator { return NewAnnotatorWith(m, Options{}) }

// NewAnnotatorWith is NewAnnotator with options.
func NewAnnotatorWith(m *Model, o Options) rasid.Annotator {
	return &annotator{m: m, o: o}
}

type annotator struct {
	m *Model
	o Options
	// scratch holds the *scratch of finished calls, for the next ones.
	scratch sync.Pool
}

func (a *annotator) Name() string { return "morph" }

func (a *annotator) Requires() []string {
	return []string{rasid.LayerTokens, rasid.LayerSentences}
}

func (a *annotator) Provides() []string { return []string{rasid.LayerWords} }

// Annotate fills the words and segments of every token of d, sentence by
// sentence (the tagger reads a sentence at a time).
func (a *annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	// Scratch space of this call, reused sentence after sentence and
	// then by later calls (the annotator is shared by concurrent calls).
	sc, _ := a.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer a.scratch.Put(sc)
	start, prev, si := 0, -1, 0
	for i := range d.Tokens {
		for si < len(d.Sentences) && d.Sentences[si].End <= d.Tokens[i].Start {
			si++
		}
		if i > start && si != prev {
			if err := ctx.Err(); err != nil {
				return err
			}
			a.sentence(d, d.Tokens[start:i], sc)
			start = i
		}
		prev = si
	}
	if start < len(d.Tokens) {
		a.sentence(d, d.Tokens[start:], sc)
	}
	return nil
}

// scratch is the reusable memory of one Annotate call.
type scratch struct {
	words []tagger.Word
	offs  []int
	ents  []*entry
	an    []tagger.Analysis
}

// sentence analyses the tokens of one sentence. The words of its tokens
// share one slice (each token's capped to its own words).
func (a *annotator) sentence(d *rasid.Document, toks []rasid.Token, sc *scratch) {
	tg := a.m.tagger
	words := sc.words[:0]
	n, whole := 0, 0
	ents := sc.ents[:0]
	for ti := range toks {
		t := &toks[ti]
		if t.Kind != rasid.Arabic {
			n++
			whole++
			ents = append(ents, nil)
			continue
		}
		var l string
		l, sc.offs = letters(t.In(d.Text), sc.offs)
		e := a.m.analyzeLetters(l)
		ents = append(ents, e)
		n += max(1, len(e.words))
		if len(e.words) == 0 {
			whole++
		}
	}
	sc.ents = ents
	// The words of the sentence, and the one segment of each token that
	// is one word, from the document's arena (or new memory).
	slab := d.Arena.Words(n)
	next := func(k int) []rasid.Word {
		w := slab[:k:k]
		slab = slab[k:]
		return w
	}
	segs := d.Arena.Strings(whole)
	oneWord := func(t *rasid.Token, text string) {
		t.Words = next(1)
		t.Words[0] = rasid.Word{Span: t.Span, Form: text, Stem: text}
		segs[0] = text
		t.Segments = segs[:1:1]
		segs = segs[1:]
		if tg != nil {
			words = append(words, tg.Lookup(text))
		}
	}
	for ti := range toks {
		t := &toks[ti]
		text := t.In(d.Text)
		if t.Kind != rasid.Arabic {
			oneWord(t, text)
			continue
		}
		e := ents[ti]
		if len(e.words) == 0 {
			oneWord(t, text)
			continue
		}
		_, sc.offs = letters(text, sc.offs)
		offs := sc.offs
		// The cached entry's forms are shared, capped so that an append
		// copies them; no one writes a token's segments in place.
		t.Segments = e.forms[:len(e.forms):len(e.forms)]
		t.Words = next(len(e.words))
		for wi, w := range e.words {
			sp := rasid.Span{Start: t.Start + offs[w.start], End: t.Start + offs[w.end]}
			if wi == len(e.words)-1 {
				sp.End = t.End // trailing marks belong to the last word
			}
			if wi == 0 {
				sp.Start = t.Start
			}
			form := w.form
			if !a.o.RestoreForms {
				form = sp.In(d.Text)
			}
			t.Words[wi] = rasid.Word{Span: sp, Form: form, Stem: w.stem}
			if tg == nil {
				continue
			}
			if e.tagger == tg {
				words = append(words, e.tagged[wi])
			} else {
				words = append(words, tg.Lookup(w.form))
			}
		}
	}
	sc.words = words
	a.tag(toks, words, sc)
}

// tag fills the tagger's fields of the sentence's words; words holds what
// the tagger knows of their dictionary forms, in order.
func (a *annotator) tag(toks []rasid.Token, words []tagger.Word, sc *scratch) {
	if a.m.tagger != nil && len(words) > 0 {
		an := a.m.tagger.TagWordsInto(sc.an, words)
		sc.an = an
		k := 0
		for ti := range toks {
			for wi := range toks[ti].Words {
				w := &toks[ti].Words[wi]
				if k < len(an) {
					w.UPOS, w.Lemma, w.LemmaVoc, w.Feats, w.Root = an[k].UPOS, an[k].Lemma, an[k].LemmaVoc, an[k].Feats, an[k].Root
				}
				k++
			}
		}
	}
	for ti := range toks {
		t := &toks[ti]
		if up := kindUPOS(t.Kind); up != "" && len(t.Words) == 1 {
			w := &t.Words[0]
			if w.UPOS != up {
				w.UPOS, w.Feats, w.Root, w.LemmaVoc = up, "", "", ""
			}
			if w.Lemma == "" {
				w.Lemma = w.Form
			}
		}
	}
}

// kindUPOS is the UPOS a token kind fixes, or "" when the tagger decides.
func kindUPOS(k rasid.TokenKind) string {
	switch k {
	case rasid.Number, rasid.DateTok, rasid.Time:
		return "NUM"
	case rasid.Punct:
		return "PUNCT"
	case rasid.Symbol, rasid.Emoji:
		return "SYM"
	}
	return ""
}
