package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/tokenize"
)

// Training the entity model on the hand-annotated real articles of
// testdata/realnews (`rasid train ner --news DIR,...`, docs/ner.md): each
// article is tokenized as `rasid analyze` tokenizes it and its gold spans
// become IOB2 tags of the surface tokens, one document of the training
// stream.

// newsDataNote is what the model file's data field says of the articles;
// ARCD's Wikipedia paragraphs (the wiki set) are named when they are in.
func newsDataNote(docs []newsDoc) string {
	for _, d := range docs {
		if d.art.Gold.Source.Corpus == "arcd" {
			return "SaudiNewsNet and ANT articles and ARCD Wikipedia paragraphs annotated in testdata/realnews (CC BY-NC-SA 4.0; Apache 2.0; MIT, the Wikipedia text CC BY-SA)"
		}
	}
	return "SaudiNewsNet and ANT articles annotated in testdata/realnews (CC BY-NC-SA 4.0; Apache 2.0)"
}

// newsDoc is an annotated article as training sentences.
type newsDoc struct {
	art          eval.NewsArticle
	tokens, tags [][]string
}

// loadNewsDocs reads the annotated articles of the folders (comma-separated)
// and converts them to tagged sentences. A blind set (blind, blind2, blind3,
// blind4, ...: docs/evaluation-realnews.md) is refused before any article is
// read: no model is ever trained or cross-validated on one.
func loadNewsDocs(dirs, data string) ([]newsDoc, error) {
	for _, dir := range strings.Split(dirs, ",") {
		if isBlindSet(dir) {
			return nil, fmt.Errorf("--news %s: a blind set is never read for training (docs/evaluation-realnews.md)", dir)
		}
	}
	tok := tokenize.NewAnnotator()
	var out []newsDoc
	for _, dir := range strings.Split(dirs, ",") {
		arts, err := eval.LoadNews(dir, data)
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			d := &rasid.Document{Text: a.Text}
			if err := tok.Annotate(context.Background(), d); err != nil {
				return nil, fmt.Errorf("%s/%s: %w", dir, a.Name, err)
			}
			toks, tags, err := entity.SpansToBIO(d, goldSpans(a))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: %w", dir, a.Name, err)
			}
			out = append(out, newsDoc{art: a, tokens: toks, tags: tags})
		}
	}
	return out, nil
}

// repoDirs resolves the folders of --news (comma-separated): a relative
// folder that is not there from the working directory is taken from the
// repository root, so that the training command works anywhere inside the
// checkout.
func repoDirs(dirs string) (string, error) {
	parts := strings.Split(dirs, ",")
	for i, d := range parts {
		if _, err := os.Stat(d); err == nil || filepath.IsAbs(d) {
			continue
		}
		root, err := corpus.Root()
		if err != nil {
			return "", fmt.Errorf("--news %s: %w", d, err)
		}
		parts[i] = filepath.Join(root, d)
	}
	return strings.Join(parts, ","), nil
}

// goldSpans converts an article's gold entities from code points to bytes.
func goldSpans(a eval.NewsArticle) []entity.GoldSpan {
	at := make([]int, 0, len(a.Text)+1) // byte offset of each code point
	for i := range a.Text {
		at = append(at, i)
	}
	at = append(at, len(a.Text))
	byteAt := func(cp int) int { return at[min(max(cp, 0), len(at)-1)] }
	out := make([]entity.GoldSpan, len(a.Gold.Entities))
	for i, e := range a.Gold.Entities {
		out[i] = entity.GoldSpan{Start: byteAt(e.Start), End: byteAt(e.End), Type: e.Type}
	}
	return out
}

// withNews appends the articles to the training sentences, each article
// weight times over in the perceptrons' epochs, and returns the sentences,
// their weights and the document starts (nil when there is no article).
func withNews(toks, tags [][]string, docs []newsDoc, weight int) ([][]string, [][]string, []int, []int) {
	if len(docs) == 0 {
		return toks, tags, nil, nil
	}
	w := make([]int, len(toks), len(toks)+len(docs)*32)
	for i := range w {
		w[i] = 1
	}
	starts := []int{0}
	toks = append([][]string(nil), toks...)
	tags = append([][]string(nil), tags...)
	for _, d := range docs {
		starts = append(starts, len(toks))
		toks = append(toks, d.tokens...)
		tags = append(tags, d.tags...)
		for range d.tokens {
			w = append(w, weight)
		}
	}
	return toks, tags, w, starts
}

// newsCV scores the model on the articles by article-level k-fold
// cross-validation: fold f's articles (every k-th, from f) are left out of
// training and analysed with the model trained without them, through the
// same code path as `rasid eval news`. train trains a model on the given
// articles.
//
// When same is set (articles of weight 0: the folds' models are one), the
// model is trained once.
func newsCV(docs []newsDoc, k int, same bool, train func([]newsDoc) (*entity.Model, error), logf func(string, ...any), stdout io.Writer) error {
	if k < 2 || k > len(docs) {
		return fmt.Errorf("train ner: --news-cv %d: want 2 to %d folds", k, len(docs))
	}
	sc := eval.NewNewsScore()
	var m *entity.Model
	for f := 0; f < k; f++ {
		var in, out []newsDoc
		for i, d := range docs {
			if i%k == f {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		logf("news fold %d/%d: training on %d articles, scoring %d", f+1, k, len(in), len(out))
		if m == nil || !same {
			var err error
			if m, err = train(in); err != nil {
				return err
			}
		}
		nerOverride = m
		for _, d := range out {
			if err := scoreNewsArticle(sc, d.art); err != nil {
				nerOverride = nil
				return err
			}
		}
		nerOverride = nil
	}
	fmt.Fprintf(stdout, "news cross-validation, %d folds, %d articles\n%s", k, len(docs), sc.Report())
	return nil
}
