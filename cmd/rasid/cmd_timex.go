package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rasid/rasid/dates"
	"github.com/rasid/rasid/eval"
)

// evalTimex implements `rasid eval timex [-v] [-dct YYYY-MM-DD] DIR|FILE...`.
func evalTimex(args []string) error {
	return evalTimexTo(args, os.Stdout)
}

func evalTimexTo(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "list every disagreement")
	dctFlag := fs.String("dct", "", "creation time for documents without a DCT element (YYYY-MM-DD); default: inferred from each document")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("eval timex: usage: rasid eval timex [-v] [-dct YYYY-MM-DD] DIR|FILE.tml [DIR|FILE.tml]")
	}
	var fixed time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			return fmt.Errorf("eval timex: -dct: %v", err)
		}
		fixed = t
	}
	docs, err := eval.ReadTimeMLFiles(fs.Args())
	if err != nil {
		return fmt.Errorf("eval timex: %v", err)
	}
	// Documents without a creation time of their own take -dct, else the
	// most common creation time of the others (a corpus annotated in one
	// run shares it).
	if fixed.IsZero() {
		fixed = eval.CorpusDCT(docs)
	}
	sc := eval.NewTimexScore()
	if *verbose {
		sc.Verbose = w
	}
	var bytes, withDCT int
	var elapsed time.Duration
	for _, d := range docs {
		if d.DCTFrom != "DCT" && !fixed.IsZero() && (*dctFlag != "" || d.DCT.IsZero()) {
			d.DCT, d.DCTFrom = fixed, "corpus"
		}
		if !d.DCT.IsZero() {
			withDCT++
		}
		t0 := time.Now()
		sys := dates.Find(d.Text, d.DCT)
		elapsed += time.Since(t0)
		for k := range sys {
			// TimeML writes a vague reference as the value itself
			if sys[k].Ref != "" {
				sys[k].Value = sys[k].Ref
			}
			// and a season, a weekend, a decade in its own notation
			if sys[k].Timex != "" {
				sys[k].Value = sys[k].Timex
			}
		}
		bytes += len(d.Text)
		sc.Add(d, sys)
	}
	fmt.Fprintf(w, "timex: %d documents (%d with a creation time: DCT element, -dct, or inferred from the annotations), %d gold mentions\n",
		len(docs), withDCT, sc.Gold())
	if !fixed.IsZero() {
		fmt.Fprintf(w, "creation time for documents without their own: %s\n", fixed.Format("2006-01-02"))
	}
	sc.WriteTable(w)
	if elapsed > 0 {
		fmt.Fprintf(w, "speed: %.1f MB/s over %d bytes (Find only)\n", float64(bytes)/elapsed.Seconds()/1e6, bytes)
	}
	return nil
}
