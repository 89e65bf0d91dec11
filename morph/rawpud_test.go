package morph

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/tokenize"
	"github.com/rasid/rasid/training"
)

// TestPUDRawLeaveOut measures UD words on raw text, the way `rasid eval ud`
// does: a segmenter trained on WikiNews, PADT and the first half of the PUD
// development sentences runs after the tokenizer on the raw text of the
// second half, scored with the CoNLL 2018 metrics (RASID_CV=1).
func TestPUDRawLeaveOut(t *testing.T) {
	if os.Getenv("RASID_CV") == "" {
		t.Skip("set RASID_CV=1 to run the raw-text PUD leave-out evaluation")
	}
	d := dataDir(t)
	path := filepath.Join(d, "ud-pud", "ar_pud-dev.conllu")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(strings.TrimSpace(string(raw)), "\n\n")
	half := len(blocks) / 2
	gold := strings.Join(blocks[half:], "\n\n") + "\n\n"
	var texts []string
	for _, b := range blocks[half:] {
		sc := bufio.NewScanner(strings.NewReader(b))
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
				texts = append(texts, s)
			}
		}
	}
	tmp := filepath.Join(t.TempDir(), "first.conllu")
	if err := os.WriteFile(tmp, []byte(strings.Join(blocks[:half], "\n\n")+"\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sents, err := udRows(training.Set(tmp), func(_ training.Set, fn func(*conllu.Sentence) error) error {
		return conllu.EachInFile(tmp, fn)
	})
	if err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{DataDir: d}
	c, err := loadCorpus(opts)
	if err != nil {
		t.Fatal(err)
	}
	var wiki []goldTok
	for _, s := range c.wiki {
		wiki = append(wiki, s...)
	}
	first := pudTokens(sents)
	ud := append(append([]goldTok{}, c.padt...), first...)
	m := trainWith(wiki, ud, first, c.counts, c.names, opts)
	if full, err := Load(); err == nil && full.tagger != nil {
		m.tagger = full.tagger
	}
	for _, restore := range []bool{false, true} {
		doc := &rasid.Document{ID: "pud2", Text: strings.Join(texts, "\n")}
		tokenize.NewAnnotator().Annotate(context.Background(), doc)
		NewAnnotatorWith(m, Options{RestoreForms: restore}).Annotate(context.Background(), doc)
		var sys bytes.Buffer
		if err := conllu.WriteDocument(&sys, doc, doc.ID); err != nil {
			t.Fatal(err)
		}
		g, err := eval.ReadUD(strings.NewReader(gold))
		if err != nil {
			t.Fatal(err)
		}
		s, err := eval.ReadUD(&sys)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := eval.ScoreUD(g, s)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		rep.WriteTable(&out)
		t.Logf("restore forms %v, PUD dev second half (%d sentences), raw text:\n%s", restore, len(texts), out.String())
	}
}
