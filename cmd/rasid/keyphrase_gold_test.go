package main

import (
	"testing"

	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/keyphrase"
)

// TestKeyphraseGold scores the keyphrase layer against the hand-annotated
// articles of testdata/keyphrases (docs/aids.md): precision and recall at
// 10, with floors a little under the measured figures. The articles are
// read from ../shared/data.
func TestKeyphraseGold(t *testing.T) {
	data, err := corpus.Dir()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	for _, c := range []struct {
		file       string
		minP, minR float64
	}{
		{"../../testdata/keyphrases/dev.jsonl", 46, 47},   // measured 47.3 / 48.6
		{"../../testdata/keyphrases/blind.jsonl", 41, 45}, // measured 42.7 / 46.7
	} {
		sc, err := keyphraseScores(c.file, data, keyphrase.DefaultOptions, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d articles, P@10 %.1f, R@10 %.1f", c.file, sc.Docs, sc.P(), sc.R())
		if sc.P() < c.minP || sc.R() < c.minR {
			t.Errorf("%s: P@10 %.1f, R@10 %.1f, want at least %.1f and %.1f", c.file, sc.P(), sc.R(), c.minP, c.minR)
		}
	}
}
