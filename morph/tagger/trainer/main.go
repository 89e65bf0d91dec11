// Command trainer trains the morph tagger and writes its model, or reports
// development figures on a held-out split. It is the `go run` path to the
// model before `rasid train morph` wires tagger.Train.
//
//	go run ./morph/tagger/trainer -data ../shared/data -out morph/model/tagger.gz
//	go run ./morph/tagger/trainer -data ../shared/data -holdout pud
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/rasid/rasid/morph/tagger"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	out := flag.String("out", "", "write the trained model (gzip) to this file")
	holdout := flag.String("holdout", "", `development split: "pud" (second half of PUD documents) or "padt" (PADT test)`)
	iters := flag.Int("iter", 0, "training iterations (0: default)")
	pudw := flag.Float64("pudweight", 0, "weight of PUD examples (0: default)")
	clusters := flag.Int("clusters", 0, "word clusters from raw text (0: default, -1: none)")
	quiet := flag.Bool("q", false, "no progress lines")
	flag.Parse()
	opts := tagger.TrainOptions{DataDir: *data, HoldOut: *holdout, Iterations: *iters, PUDWeight: float32(*pudw), Clusters: *clusters}
	if !*quiet {
		opts.Log = os.Stderr
	}
	m, sc, err := tagger.Develop(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainer:", err)
		os.Exit(1)
	}
	if sc != nil {
		fmt.Println(sc)
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err == nil {
			err = m.Save(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "trainer:", err)
			os.Exit(1)
		}
	}
}
