package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/datatest"
)

// realNewsFloors are the figures TestRealNews asserts on the annotated real
// articles (testdata/realnews, docs/evaluation-realnews.md), set just under
// what was measured, so that a regression fails. The blind half is scored
// here too, but its misses are never printed: nobody who writes rules reads
// them. blind2, blind3, blind4 and blind5 (docs/evaluation-realnews.md) are left out
// on purpose: each is scored once, by hand and in aggregate, at the end of a
// piece of work.
var realNewsFloors = map[string]struct {
	entityF1, quoteRecall, speaker, dateRecall, dateValue float64
}{
	"dev":  {entityF1: 83.5, quoteRecall: 93, speaker: 85, dateRecall: 99.5, dateValue: 95.5},
	"dev2": {entityF1: 70.5, quoteRecall: 85, speaker: 72.5, dateRecall: 89.5, dateValue: 88},
	// blind: scored in aggregate only (69.3 speaker, 85.6 quote recall at
	// the end of session 4); its misses are not read.
	"blind": {entityF1: 71, quoteRecall: 85, speaker: 68.5, dateRecall: 86.5, dateValue: 85.5},
}

func TestRealNews(t *testing.T) {
	datatest.Path(t, "saudinewsnet") // skips with a message when the data is absent
	datatest.Path(t, "ant")
	for _, half := range []string{"dev", "dev2", "blind"} {
		t.Run(half, func(t *testing.T) {
			sc := eval.NewNewsScore()
			n, err := scoreNews(sc, filepath.Join("..", "..", "testdata", "realnews", half))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d articles\n%s", half, n, sc.Report())
			f, floor := sc.Figures(), realNewsFloors[half]
			for _, c := range []struct {
				name       string
				got, floor float64
			}{
				{"entity F1", f.EntityF1, floor.entityF1},
				{"quote recall", f.QuoteRecall, floor.quoteRecall},
				{"speaker accuracy", f.Speaker, floor.speaker},
				{"date recall", f.DateRecall, floor.dateRecall},
				{"date value accuracy", f.DateValue, floor.dateValue},
			} {
				if c.got < c.floor {
					t.Errorf("%s %.1f is below the floor %.1f", c.name, c.got, c.floor)
				}
			}
		})
	}
}

// TestEvalNewsBlindErrors checks that `rasid eval news --errors` refuses a
// blind set (its misses are never printed) before it reads any article.
func TestEvalNewsBlindErrors(t *testing.T) {
	for _, dir := range []string{"testdata/realnews/blind", "testdata/realnews/blind3/", "testdata/realnews/blind4", "../../testdata/realnews/blind5", "testdata/realnews/blindwiki"} {
		var out, errb bytes.Buffer
		if code := run([]string{"eval", "news", "--errors", dir}, nil, &out, &errb); code == 0 || out.Len() != 0 {
			t.Errorf("eval news --errors %s: exit %d, output %q; want a refusal", dir, code, out.String())
		} else if !strings.Contains(errb.String(), "blind set") {
			t.Errorf("eval news --errors %s: message %q does not name the blind set", dir, errb.String())
		}
	}
}

// TestTrainNewsRefusesBlind checks that the entity model's training never
// reads a blind set: loadNewsDocs (--news and --news-cv-extra) refuses one
// before it reads any article, wherever it stands in the list.
func TestTrainNewsRefusesBlind(t *testing.T) {
	for _, dirs := range []string{"testdata/realnews/blind4", "testdata/realnews/dev,testdata/realnews/blind3/", "blind2", "../../testdata/realnews/train10,../../testdata/realnews/blind5", "../../testdata/realnews/wiki,../../testdata/realnews/blindwiki"} {
		docs, err := loadNewsDocs(dirs, "no-such-data-dir")
		if err == nil || len(docs) != 0 || !strings.Contains(err.Error(), "blind set") {
			t.Errorf("loadNewsDocs(%q): %d docs, error %v; want a refusal naming the blind set", dirs, len(docs), err)
		}
	}
}
