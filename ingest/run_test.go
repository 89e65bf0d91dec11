package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
	"github.com/rasid/rasid/tokenize"
)

// panicky fails on texts holding "boom", as a buggy annotator would.
type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Annotate(ctx context.Context, d *rasid.Document) error {
	if strings.Contains(d.Text, "boom") {
		var s []int
		_ = s[len(d.Text)]
	}
	return nil
}

func TestRunFallback(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id": "a", "text": "نص عادي"}`+"\n"+`{"id": "b", "text": "نص فيه boom"}`+"\n"), 0o644)
	full, err := rasid.NewPipeline(tokenize.NewAnnotator(), panicky{})
	if err != nil {
		t.Fatal(err)
	}
	tokens, _ := rasid.NewPipeline(tokenize.NewAnnotator())
	db, err := sqlite.Open(filepath.Join(dir, "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var degraded []string
	s, err := Run(context.Background(), db, []string{in}, Options{Pipeline: full, Fallbacks: []*rasid.Pipeline{tokens},
		Degraded: func(it Item, err error) { degraded = append(degraded, it.Where+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if s.New != 2 || s.Failed != 0 || s.Degraded != 1 || len(degraded) != 1 || !strings.Contains(degraded[0], "in.jsonl:2: annotator panic") {
		t.Errorf("summary %+v, degraded %q", s, degraded)
	}
	// without a fallback the article is reported and skipped
	db2, err := sqlite.Open(filepath.Join(dir, "b.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	var bad []string
	s, err = Run(context.Background(), db2, []string{in}, Options{Pipeline: full, BadRecord: func(it Item) { bad = append(bad, it.Where) }})
	if err != nil {
		t.Fatal(err)
	}
	if s.New != 1 || s.Failed != 1 || len(bad) != 1 {
		t.Errorf("without fallback: %+v %q", s, bad)
	}
}
