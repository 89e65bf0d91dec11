package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/morph/tagger"
)

// trainMorph implements `rasid train morph`: it trains the tagger, then the
// segmenter (which uses the tagger's UPOS for its Farasa stem tags), and
// writes both gzip-compressed models. With --tagger-out "" only the
// segmenter is trained, with the embedded tagger.
func trainMorph(args []string) error {
	fs := flag.NewFlagSet("train morph", flag.ContinueOnError)
	data := fs.String("data", "", "shared data folder (default: $RASID_DATA, else ../shared/data beside the repository)")
	out := fs.String("out", "", "segmenter model file to write (default: morph/model/segmenter.bin in the repository)")
	tagOut := fs.String("tagger-out", "", `tagger model file to write (default: morph/model/tagger.bin in the repository; "": do not train the tagger)`)
	epochs := fs.Int("epochs", 0, "segmenter perceptron passes (0: default)")
	cv := fs.Bool("cv", false, "only report four-fold cross-validation on the WikiNews sections")
	holdout := fs.String("tagger-holdout", "", `only train the tagger on a development split and print its scores: "pud" (second half of PUD documents), "pud-swap" or "padt" (PADT test)`)
	quiet := fs.Bool("q", false, "no progress lines")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("train morph: unexpected argument %q", fs.Arg(0))
	}
	if err := defaultPaths(fs, map[string]string{"out": "morph/model/segmenter.bin", "tagger-out": "morph/model/tagger.bin"}); err != nil {
		return fmt.Errorf("train morph: %w", err)
	}
	if err := checkDataDir("train morph", *data, filepath.Join("farasa-wikinews", "WikiNews.pos.ref"), filepath.Join("ud-padt-v1", "2016-04-22-c4a942c-lemmas"),
		filepath.Join("ud-pud", "ar_pud-dev.conllu"), "saudinewsnet", filepath.Join("anercorp", "anercorp-train.txt")); err != nil {
		return err
	}
	opts := morph.TrainOptions{DataDir: *data, Epochs: *epochs, Command: trainCommand("morph", fs)}
	if !*quiet {
		opts.Log = os.Stderr
	}
	if *cv {
		return morph.CrossValidate(opts, os.Stdout)
	}
	if *holdout != "" {
		_, sc, err := tagger.Develop(tagger.TrainOptions{DataDir: *data, HoldOut: *holdout, Log: opts.Log})
		if err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		fmt.Println(sc)
		return nil
	}
	// The tagger first: its UPOS in context is a feature of the
	// segmenter's Farasa stem tags. The segmenter learns with the tagger
	// as saved (weights quantized), the one it will run with.
	if *tagOut != "" {
		t, err := tagger.Train(tagger.TrainOptions{DataDir: *data, Log: opts.Log, Command: opts.Command})
		if err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		var saved bytes.Buffer
		if err := t.Save(&saved); err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		if err := writeModel(*tagOut, func(w io.Writer) error { _, err := w.Write(saved.Bytes()); return err }); err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
		if opts.Tagger, err = tagger.Load(&saved); err != nil {
			return fmt.Errorf("train morph: tagger: %w", err)
		}
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

// writeModel writes a model file through save: to a temporary file beside
// it, renamed into place once complete, so that a failed run never leaves
// a truncated model behind.
func writeModel(path string, save func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	err = save(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// defaultPaths fills the flags not given: data with the shared data
// folder, and each output flag (by name) with its path inside the
// repository, so that rasid train writes to the module's model folders
// wherever it is run from inside the checkout. Outside it, the output
// flags must be given. An output flag given as "" means: do not write that
// model.
func defaultPaths(fs *flag.FlagSet, outs map[string]string) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["data"] {
		d, err := corpus.Dir()
		if err != nil {
			return fmt.Errorf("%w: the training data (UD PADT and PUD, Farasa WikiNews, ANERcorp, SaudiNewsNet; see docs/cli.md) is expected there; give --data FOLDER", err)
		}
		fs.Set("data", d)
	}
	for name, rel := range outs {
		if set[name] {
			continue
		}
		root, err := corpus.Root()
		if err != nil {
			return fmt.Errorf("%w; give --%s", err, name)
		}
		fs.Set(name, filepath.Join(root, filepath.FromSlash(rel)))
	}
	return nil
}

// trainCommand is the command recorded in a model file's header: the
// canonical one plus the flags that change the model (not the paths or the
// progress output).
func trainCommand(model string, fs *flag.FlagSet) string {
	cmd := "rasid train " + model
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "data", "out", "tagger-out", "q", "errors":
			return
		}
		cmd += " --" + f.Name + "=" + f.Value.String()
	})
	return cmd
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
	if err := eval.CheckGoldFormat(fs.Arg(0), "segments"); err != nil {
		return fmt.Errorf("eval segments: %w", err)
	}
	secs, err := eval.ReadWikiNewsFile(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval segments: %w", err)
	}
	var sc eval.SegScores
	for _, sec := range secs {
		sc.Add(eval.ScoreSegments(sec, m.SegmentGold(), morph.GoldLetters, errs))
	}
	return sc.WriteTable(os.Stdout)
}
