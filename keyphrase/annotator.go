package keyphrase

import (
	"context"

	"github.com/rasid/rasid"
)

// Annotator fills Document.Keyphrases.
type Annotator struct {
	bg *Background
	o  Options
}

// NewAnnotator returns the annotator scoring against bg with o.
func NewAnnotator(bg *Background, o Options) *Annotator { return &Annotator{bg: bg, o: o} }

// Name implements rasid.Annotator.
func (a *Annotator) Name() string { return "keyphrase" }

// Requires implements rasid.Dependent.
func (a *Annotator) Requires() []string {
	return []string{rasid.LayerTokens, rasid.LayerSentences, rasid.LayerWords, rasid.LayerEntities}
}

// Provides implements rasid.Dependent.
func (a *Annotator) Provides() []string { return []string{rasid.LayerKeyphrases} }

// Annotate implements rasid.Annotator.
func (a *Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	d.Keyphrases = Extract(d, a.bg, a.o)
	return nil
}
