package dates

import (
	"context"

	"github.com/rasid/rasid"
)

// Annotator fills Document.Dates. It is a thin adapter over Find.
type Annotator struct{}

// NewAnnotator returns the dates annotator.
func NewAnnotator() rasid.Annotator { return Annotator{} }

// Name returns "dates".
func (Annotator) Name() string { return "dates" }

// Requires returns no layers: the annotator scans the text itself.
func (Annotator) Requires() []string { return nil }

// Provides returns the dates layer.
func (Annotator) Provides() []string { return []string{rasid.LayerDates} }

// Annotate sets d.Dates from d.Text, resolved against d.Date.
func (Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Dates = Find(d.Text, d.Date)
	return nil
}

var _ rasid.Dependent = Annotator{}
