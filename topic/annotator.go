package topic

import (
	"bytes"
	"context"
	_ "embed"
	"sync"

	"github.com/rasid/rasid"
)

//go:embed model/topic.bin.gz
var embedded []byte

// Load returns the embedded model (trained by `rasid train topic`).
func Load() (*Model, error) { return Read(bytes.NewReader(embedded)) }

// Annotator fills Document.Topics.
type Annotator struct {
	m     *Model
	title *rasid.Pipeline
}

// NewAnnotator returns the annotator classifying with m. The title of a
// document (Document.Title, not part of its text) is run through the
// pipeline title — the tokenizer and morphology the text went through —
// so that its terms are extracted as in training; nil ignores titles.
func NewAnnotator(m *Model, title *rasid.Pipeline) *Annotator {
	return &Annotator{m: m, title: title}
}

// Name implements rasid.Annotator.
func (a *Annotator) Name() string { return "topic" }

// Requires implements rasid.Dependent.
func (a *Annotator) Requires() []string {
	if a.m.Opt.Term == TermNorm {
		return []string{rasid.LayerTokens, rasid.LayerSentences}
	}
	return []string{rasid.LayerTokens, rasid.LayerSentences, rasid.LayerWords}
}

// Provides implements rasid.Dependent.
func (a *Annotator) Provides() []string { return []string{rasid.LayerTopics} }

// Annotate implements rasid.Annotator.
func (a *Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	var title []string
	if d.Title != "" && a.title != nil {
		td := &rasid.Document{Text: d.Title}
		if err := a.title.Annotate(ctx, td); err != nil {
			return err
		}
		title = Terms(td, a.m.Opt.Term, nil)
	}
	sc := scratchPool.Get().(*scratch)
	sc.terms = termsInto(sc, d, a.m.Opt.Term, sc.terms[:0])
	d.Topics = a.m.classify(sc, title, sc.terms)
	clear(sc.terms)
	scratchPool.Put(sc)
	return nil
}

// scratch is the working memory of the annotator, reused across
// documents: the terms, their counts, the feature vector and the
// function-word terms met so far.
type scratch struct {
	terms []string
	acc   map[int32]float64
	x     []feature
	fn    map[string]string // token norm → "f:" + norm
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}
