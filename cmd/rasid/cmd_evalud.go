package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/eval"
)

// udDefaultLayers are the layers `rasid eval ud` computes unless --layers
// says otherwise: the ones the CoNLL-U output carries.
const udDefaultLayers = "sentences,tokens,words"

// evalUD implements `rasid eval ud GOLD.conllu [--layers L] [--system FILE]
// [--write FILE]`: it rebuilds the raw text from the gold file's "# text"
// lines, runs rasid on it (or reads --system), and prints the CoNLL 2018
// shared task metrics.
func evalUD(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval ud", flag.ContinueOnError)
	fs.SetOutput(stdout)
	layers := fs.String("layers", udDefaultLayers, "comma-separated layers rasid computes (tokens and sentences always run)")
	system := fs.String("system", "", "score this CoNLL-U file instead of running rasid")
	write := fs.String("write", "", "save the system CoNLL-U output to this file")
	fs.Usage = func() {
		fmt.Fprintln(stdout, "usage: rasid eval ud GOLD.conllu [--layers L] [--system FILE] [--write FILE]")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("eval ud: want one gold CoNLL-U file, got %d arguments", len(pos))
	}
	goldData, err := os.ReadFile(pos[0])
	if err != nil {
		return fmt.Errorf("eval ud: %w", err)
	}
	var sysData []byte
	if *system != "" {
		if sysData, err = os.ReadFile(*system); err != nil {
			return fmt.Errorf("eval ud: %w", err)
		}
	} else {
		ls, err := rasid.ParseLayers(*layers)
		if err != nil {
			return fmt.Errorf("eval ud: %w", err)
		}
		p, err := buildPipeline(ls)
		if err != nil {
			return fmt.Errorf("eval ud: %w", err)
		}
		if sysData, err = udSystem(goldData, p); err != nil {
			return fmt.Errorf("eval ud: %w", err)
		}
	}
	if *write != "" {
		if err := os.WriteFile(*write, sysData, 0o644); err != nil {
			return fmt.Errorf("eval ud: %w", err)
		}
	}
	report, err := eval.ScoreUDData(goldData, sysData)
	if err != nil {
		return fmt.Errorf("eval ud: %w", err)
	}
	return report.WriteTable(stdout)
}

// parseInterspersed parses flags that may come before or after the
// positional arguments, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// udSystem runs p on the documents of the gold treebank and returns rasid's
// output as CoNLL-U. The documents are analysed one by one, as if they were
// one text separated by blank lines.
func udSystem(gold []byte, p *rasid.Pipeline) ([]byte, error) {
	docs, err := eval.UDDocuments(bytes.NewReader(gold))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	ctx := context.Background()
	for _, doc := range docs {
		d := &rasid.Document{ID: doc.ID, Text: doc.Text}
		if err := p.Annotate(ctx, d); err != nil {
			return nil, fmt.Errorf("document %s: %w", doc.ID, err)
		}
		if err := conllu.WriteDocument(&out, d, doc.ID); err != nil {
			return nil, err
		}
	}
	return out.Bytes(), nil
}

// udScore reads both treebanks and scores system against gold.
