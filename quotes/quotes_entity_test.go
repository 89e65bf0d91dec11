package quotes_test

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
)

// TestAccuracyWithEntityAnnotator runs the real entity annotator before Find
// on the test articles: the figures of the full pipeline.
func TestAccuracyWithEntityAnnotator(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Skipf("entity model not available: %v", err)
	}
	ann := entity.NewAnnotator(m)
	entityLayer = func(d *rasid.Document) error { return ann.Annotate(context.Background(), d) }
	defer func() { entityLayer = nil }()
	// Measured 1.000/0.981 (407/415) with the issue 11 entity model (was
	// 0.986: the model types أورسولا فون دير لاين as an organisation); 0.974
	// with the speaker ranker of session 10, which these articles, written
	// for the rules, do not measure (docs/quotes.md, Session 10); 0.970
	// with the ranker of session 11 (per-mention, trained on 19 read sets),
	// which gains on real copy held out from it (docs/quotes.md, Session 11);
	// 0.953 (410/430) with the ranker of session 12 (train14, train19–21
	// added), which names the person or body near a descriptive source or
	// an unnamed title the rules read from the cue's slot, as real copy's
	// annotations often do (docs/quotes.md, Session 12); 0.947 (407/430)
	// with the ranker of session 13 (train18, train23, train24 added), which
	// takes a little further the same way (docs/quotes.md, Session 13).
	r, s := score(t, real)
	if r < 0.997 || s < 0.945 {
		t.Errorf("with the entity annotator: recall %.3f (floor 0.997), speaker accuracy %.3f (floor 0.945)", r, s)
	}
}
