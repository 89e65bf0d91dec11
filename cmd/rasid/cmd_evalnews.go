package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/quotes"
)

// evalNews scores `rasid analyze --format json --date D` on real articles
// annotated by hand (testdata/realnews/dev or blind; docs/evaluation-realnews.md).
// The annotations hold no text: it is rebuilt from ../shared/data.
func evalNews(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval news", flag.ContinueOnError)
	showErrors := fs.Bool("errors", false, "list every miss and wrong answer (development sets only)")
	modelPath := fs.String("model", "", "entity model file to use instead of the embedded one")
	spkModel := fs.String("speaker-model", "", "speaker ranker file (rasid train speaker --out) to use in the quotes layer")
	types := fs.String("types", "", "score entities of these types only (comma-separated, e.g. PER,LOC,ORG as AQMAR); default all four")
	fs.SetOutput(io.Discard)
	if err := checkFlags(fs, args); err != nil {
		return fmt.Errorf("eval news: %v (usage: rasid eval news [--errors] [--types PER,LOC,ORG] [--model FILE] DIR)", err)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("eval news: usage: rasid eval news [--errors] [--types PER,LOC,ORG] [--model FILE] DIR (for example testdata/realnews/dev)")
	}
	sc := eval.NewNewsScore()
	if *types != "" {
		var ts []string
		for _, t := range strings.Split(*types, ",") {
			if t = strings.ToUpper(strings.TrimSpace(t)); t != "" {
				ts = append(ts, t)
			}
		}
		if err := sc.OnlyTypes(ts); err != nil {
			return fmt.Errorf("eval news: --types: %v", err)
		}
	}
	if *showErrors && isBlindSet(fs.Arg(0)) {
		return fmt.Errorf("eval news: --errors lists the misses of development sets only; %s is a blind set, scored in aggregate (docs/evaluation-realnews.md)", fs.Arg(0))
	}
	if *modelPath != "" {
		m, err := loadNERModel(*modelPath)
		if err != nil {
			return fmt.Errorf("eval news: %w", err)
		}
		nerOverride = m
		defer func() { nerOverride = nil }()
	}
	if *spkModel != "" {
		b, err := os.ReadFile(*spkModel)
		if err != nil {
			return fmt.Errorf("eval news: %w", err)
		}
		m, err := quotes.ReadSpeakerModel(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("eval news: %s: %w", *spkModel, err)
		}
		quotes.SetSpeakerModel(m)
		defer quotes.ResetSpeakerModel()
	}
	n, err := scoreNews(sc, fs.Arg(0))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d articles\n%s", n, sc.Report())
	if *showErrors {
		for _, e := range sc.Errors {
			fmt.Fprintln(stdout, "  "+e)
		}
	}
	return nil
}

// isBlindSet reports whether dir is one of the blind sets of
// testdata/realnews (blind, blind2, blind3, ...), whose misses nobody reads.
func isBlindSet(dir string) bool {
	return strings.HasPrefix(filepath.Base(filepath.Clean(dir)), "blind")
}

// scoreNews analyses every article of an annotated folder through the same
// code path as `rasid analyze --format json --date D` and adds it to sc.
func scoreNews(sc *eval.NewsScore, dir string) (int, error) {
	data, err := corpus.Dir()
	if err != nil {
		return 0, fmt.Errorf("eval news: %v (the articles are rebuilt from the shared data folder; set RASID_DATA to its path)", err)
	}
	arts, err := eval.LoadNews(dir, data)
	if err != nil {
		return 0, fmt.Errorf("eval news: %v", err)
	}
	for _, a := range arts {
		if err := scoreNewsArticle(sc, a); err != nil {
			return 0, err
		}
	}
	return len(arts), nil
}

// scoreNewsArticle analyses one article as `rasid analyze --format json
// --date D` does (without --date when the file gives none, as an ARCD
// paragraph) and adds it to sc.
func scoreNewsArticle(sc *eval.NewsScore, a eval.NewsArticle) error {
	var out, errb bytes.Buffer
	args := []string{"analyze", "--format", "json"}
	if a.Gold.Date != "" {
		args = append(args, "--date", a.Gold.Date)
	}
	if code := run(args, strings.NewReader(a.Text), &out, &errb); code != 0 {
		return fmt.Errorf("eval news: %s: analyze exited %d: %s", a.Name, code, errb.String())
	}
	var sys eval.NewsSystem
	if err := json.Unmarshal(out.Bytes(), &sys); err != nil {
		return fmt.Errorf("eval news: %s: output is not JSON: %v", a.Name, err)
	}
	sc.Add(a, sys)
	return nil
}
