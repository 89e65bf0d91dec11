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
	// Measured 1.000/0.986 (409/415): one more error fails.
	r, s := score(t, real)
	if r < 0.997 || s < 0.984 {
		t.Errorf("with the entity annotator: recall %.3f (floor 0.997), speaker accuracy %.3f (floor 0.984)", r, s)
	}
}
