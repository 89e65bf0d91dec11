package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/keyphrase"
)

// backgroundData is the provenance note of the background frequencies.
const backgroundData = "ANT corpus v1.1 train part (Apache-2.0 with citation licence, Chouigui et al. 2017); " +
	"SaudiNewsNet (CC BY-NC-SA 4.0); lemmas from rasid's morphology (UD Arabic PADT, CC BY-NC-SA 3.0)"

// trainKeyphrase implements `rasid train keyphrase`: the document
// frequencies of lemmas over ANT-train and the first SaudiNewsNet
// articles, the background the keyphrase and summary layers score against.
func trainKeyphrase(args []string) error {
	fs := flag.NewFlagSet("train keyphrase", flag.ContinueOnError)
	data := fs.String("data", "", "shared data folder (default: $RASID_DATA, else ../shared/data beside the repository)")
	out := fs.String("out", "", `file to write (default: keyphrase/model/background.gz in the repository; "": do not write)`)
	snn := fs.Int("saudinewsnet", 4000, "SaudiNewsNet articles to count (in archive order)")
	minDF := fs.Int("min-df", 3, "keep lemmas used by at least this many articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("train keyphrase: unexpected argument %q", fs.Arg(0))
	}
	if err := defaultPaths(fs, map[string]string{"out": "keyphrase/model/background.gz"}); err != nil {
		return fmt.Errorf("train keyphrase: %w", err)
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", a...)
	}
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return err
	}
	bg := keyphrase.NewBackground()
	count := func(text string) error {
		d := &rasid.Document{Text: text}
		if err := p.Annotate(context.Background(), d); err != nil {
			return err
		}
		bg.Add(d)
		if bg.Docs%2000 == 0 {
			logf("counted %d articles", bg.Docs)
		}
		return nil
	}
	arts, err := eval.ReadArticles(filepath.Join(*data, "ant", "ant-train.jsonl.gz"))
	if err != nil {
		return err
	}
	for _, a := range arts {
		if err := count(a.Title + "\n" + a.Text); err != nil {
			return err
		}
	}
	n := 0
	var cerr error
	err = corpus.EachArticle(filepath.Join(*data, "saudinewsnet"), func(a corpus.Article) bool {
		if n >= *snn {
			return false
		}
		n++
		cerr = count(a.Title + "\n" + a.Content)
		return cerr == nil
	})
	if err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	bg.Prune(*minDF)
	bg.Command = trainCommand("keyphrase", fs)
	bg.Data = backgroundData
	logf("%d articles", bg.Docs)
	if *out == "" {
		return nil
	}
	return writeModel(*out, bg.Write)
}
