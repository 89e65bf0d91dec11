package rasid

import (
	"context"
	"fmt"
	"strings"
)

// Layer names. They are the values of --layers on the command line.
const (
	LayerSentences = "sentences"
	LayerTokens    = "tokens"
	LayerWords     = "words"
	LayerEntities  = "entities"
	LayerDates     = "dates"
	LayerQuotes    = "quotes"
	// The reading aids (docs/aids.md).
	LayerTopics     = "topics"
	LayerKeyphrases = "keyphrases"
	LayerSummary    = "summary"
)

// An Annotator adds one or more layers to d. It never modifies d.Text.
// Odd text is not an error: annotators return best-effort output. Errors are
// for cancellation, bad configuration and the like.
type Annotator interface {
	Name() string
	Annotate(ctx context.Context, d *Document) error
}

// Dependent is implemented by annotators that state which layers they read
// and write, so that a Pipeline can check its order once, at construction.
type Dependent interface {
	Requires() []string
	Provides() []string
}

// Given is an annotator that does nothing and declares layers that the
// caller filled before running the pipeline (pretokenized input, say).
type Given []string

// Name implements Annotator.
func (g Given) Name() string { return "given" }

// Annotate implements Annotator: the layers are already there.
func (g Given) Annotate(ctx context.Context, d *Document) error { return nil }

// Requires implements Dependent.
func (g Given) Requires() []string { return nil }

// Provides implements Dependent.
func (g Given) Provides() []string { return g }

// Pipeline runs annotators in order.
type Pipeline struct {
	annotators []Annotator
}

// NewPipeline returns a pipeline running as in order. It fails if an
// annotator requires a layer that no earlier annotator provides.
func NewPipeline(as ...Annotator) (*Pipeline, error) {
	have := map[string]bool{}
	for _, a := range as {
		dep, ok := a.(Dependent)
		if !ok {
			continue
		}
		for _, r := range dep.Requires() {
			if !have[r] {
				return nil, fmt.Errorf("rasid: annotator %s needs layer %q, which no earlier annotator provides", a.Name(), r)
			}
		}
		for _, p := range dep.Provides() {
			have[p] = true
		}
	}
	return &Pipeline{annotators: as}, nil
}

// Names returns the names of the pipeline's annotators, in order.
func (p *Pipeline) Names() []string {
	var ns []string
	for _, a := range p.annotators {
		ns = append(ns, a.Name())
	}
	return ns
}

// Annotate runs every annotator on d in order. A text holding Arabic
// presentation forms is analysed with its letters (presentation.go).
func (p *Pipeline) Annotate(ctx context.Context, d *Document) error {
	if len(d.Tokens) == 0 {
		if folded, m, ok := foldPresentation(d.Text); ok {
			return p.annotateFolded(ctx, d, folded, m)
		}
	}
	return p.run(ctx, d)
}

func (p *Pipeline) run(ctx context.Context, d *Document) error {
	for _, a := range p.annotators {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := a.Annotate(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", a.Name(), err)
		}
	}
	return nil
}

// ParseLayers splits a comma-separated --layers value and checks each name.
func ParseLayers(s string) (map[string]bool, error) {
	known := map[string]bool{
		LayerSentences: true, LayerTokens: true, LayerWords: true,
		LayerEntities: true, LayerDates: true, LayerQuotes: true,
		LayerTopics: true, LayerKeyphrases: true, LayerSummary: true,
	}
	out := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if f == "all" {
			for k := range known {
				out[k] = true
			}
			continue
		}
		if !known[f] {
			return nil, fmt.Errorf("unknown layer %q (known: sentences, tokens, words, entities, dates, quotes, topics, keyphrases, summary, all)", f)
		}
		out[f] = true
	}
	return out, nil
}
