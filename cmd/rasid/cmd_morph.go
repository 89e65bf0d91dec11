package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/morph/tagger"
)

// trainMorph implements `rasid train morph`: it trains the tagger, then the
// segmenter (which uses the tagger's UPOS for its Farasa stem tags), and
// writes both gzip-compressed models. With --tagger-out "" only the
// segmenter is trained, with the embedded tagger.
func trainMorph(args []string) error {
	fs := flag.NewFlagSet("train morph", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "shared data folder")
	out := fs.String("out", filepath.Join("morph", "model", "segmenter.gz"), "segmenter model file to write")
	tagOut := fs.String("tagger-out", filepath.Join("morph", "model", "tagger.gz"), "tagger model file to write (empty: do not train the tagger)")
	epochs := fs.Int("epochs", 0, "segmenter perceptron passes (0: default)")
	cv := fs.Bool("cv", false, "only report four-fold cross-validation on the WikiNews sections")
	quiet := fs.Bool("q", false, "no progress lines")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if err := checkDataDir("train morph", *data, filepath.Join("farasa-wikinews", "WikiNews.pos.ref"), filepath.Join("ud-padt-v1", "2016-04-22-c4a942c-lemmas"),
		filepath.Join("ud-pud", "ar_pud-dev.conllu"), "saudinewsnet", filepath.Join("anercorp", "anercorp-train.txt")); err != nil {
		return err
	}
	opts := morph.TrainOptions{DataDir: *data, Epochs: *epochs}
	if !*quiet {
		opts.Log = os.Stderr
	}
	if *cv {
		return morph.CrossValidate(opts, os.Stdout)
	}
	// The tagger first: its UPOS in context is a feature of the
	// segmenter's Farasa stem tags.
	if *tagOut != "" {
		t, err := tagger.Train(tagger.TrainOptions{DataDir: *data, Log: opts.Log})
		if err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		if err := writeModel(*tagOut, t.Save); err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		opts.Tagger = t
	}
	m, err := morph.Train(opts)
	if err != nil {
		return fmt.Errorf("train morph: %w", err)
	}
	if err := writeModel(*out, m.Save); err != nil {
		return fmt.Errorf("train morph: %w", err)
	}
	return nil
}

// writeModel writes a model file through save.
func writeModel(path string, save func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = save(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// evalSegments implements `rasid eval segments GOLD`: word-level
// segmentation and Farasa POS accuracy on a WikiNews-format file.
func evalSegments(args []string) error {
	fs := flag.NewFlagSet("eval segments", flag.ContinueOnError)
	errsPath := fs.String("errors", "", "write the wrong tokens (token, gold, gold tags, system, system tags) to this file")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("eval segments: want one GOLD file (WikiNews format: seg+seg<TAB>TAG+TAG)")
	}
	m, err := morph.Load()
	if err != nil {
		return fmt.Errorf("eval segments: %w", err)
	}
	var ew *bufio.Writer
	if *errsPath != "" {
		f, err := os.Create(*errsPath)
		if err != nil {
			return fmt.Errorf("eval segments: %w", err)
		}
		defer f.Close()
		ew = bufio.NewWriter(f)
		defer ew.Flush()
	}
	var errs io.Writer
	if ew != nil {
		errs = ew
	}
	if err := checkGoldFormat(fs.Arg(0), "segments"); err != nil {
		return fmt.Errorf("eval segments: %w", err)
	}
	sc, err := morph.EvalSegments(m, fs.Arg(0), errs)
	if err != nil {
		return fmt.Errorf("eval segments: %w", err)
	}
	fmt.Printf("Metric        | Correct |   Total | Accuracy\n")
	fmt.Printf("--------------+---------+---------+---------\n")
	fmt.Printf("Segmentation  | %7d | %7d | %7.2f\n", sc.Segments, sc.Words, segPct(sc.Segments, sc.Words))
	fmt.Printf("POS           | %7d | %7d | %7.2f\n", sc.POS, sc.Words, segPct(sc.POS, sc.Words))
	fmt.Printf("Both          | %7d | %7d | %7.2f\n", sc.Both, sc.Words, segPct(sc.Both, sc.Words))
	return nil
}

func segPct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
