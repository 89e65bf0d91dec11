package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/ingest"
	"github.com/rasid/rasid/sqlite"
	"github.com/schollz/progressbar/v3"
)

// dbFlag adds --db to an archive command. The default is $RASID_DB, else
// rasid.db in the working directory.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("RASID_DB")
	if def == "" {
		def = sqlite.DefaultPath
	}
	return fs.String("db", def, "archive file (default $RASID_DB, else rasid.db)")
}

// parseAnywhere parses flags given before, between or after the
// positional arguments, and returns the positional ones. "--" ends flags;
// a bad flag is a usage error (exit 2), reported once (parseFlags).
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	return parseFlags(fs, args)
}

// parseCommand gives fs a usage line followed by its flags' defaults and
// parses args with flags anywhere; it returns the positional arguments.
func parseCommand(fs *flag.FlagSet, args []string, stderr io.Writer, usage string) ([]string, error) {
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	return parseAnywhere(fs, args)
}

// helpIsDone turns a request for help (-h), already answered with the
// usage, into success; other errors pass through.
func helpIsDone(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func ingestCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "text", "summary format: text (on stderr) or json (on stdout)")
	workers := fs.Int("jobs", 0, "analysing goroutines (default: one per core)")
	fs.IntVar(workers, "workers", 0, "the same as --jobs (its older name)")
	batch := fs.Int("batch", 1024, "articles per transaction")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	paths, err := parseCommand(fs, args, stderr, "usage: rasid ingest --db DB [flags] PATH...   (files or directories: .jsonl, .json, .zip, .txt, .html, .xml/.rss/.atom, any of them .gz)")
	if err != nil {
		return helpIsDone(err)
	}
	if len(paths) == 0 {
		fs.Usage()
		return errors.New("ingest: no PATH given")
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("ingest: unknown format %q (text, json)", *format)
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("ingest: %v", err)
		}
	}
	all, err := rasid.ParseLayers("all")
	if err != nil {
		return err
	}
	p, err := buildPipeline(all)
	if err != nil {
		return err
	}
	fallbacks, tp, err := ingestPipelines()
	if err != nil {
		return err
	}
	st, err := sqlite.Open(*db, sqlite.Options{})
	if err != nil {
		return fmt.Errorf("ingest: %v", err)
	}
	defer st.Close()

	if os.Getenv("GOMEMLIMIT") == "" {
		// batches of analysed documents need more room than one article:
		// with the analyze default the collector would run all the time
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var bar *progressbar.ProgressBar
	if !*quiet && isTerminal(stderr) {
		bar = progressbar.NewOptions64(-1, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionSpinnerType(14))
	}
	opt := ingest.Options{
		Pipeline:      p,
		Fallbacks:     fallbacks,
		TitlePipeline: tp,
		Degraded: func(it ingest.Item, err error) {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(stderr, "rasid: ingest: %s: warning: stored with fewer layers: %v\n", it.Where, err)
		},
		Workers:   *workers,
		BatchSize: *batch,
		BadRecord: func(it ingest.Item) {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(stderr, "rasid: ingest: %s: %v\n", it.Where, it.Err)
		},
		Progress: func(s ingest.Summary) {
			if bar != nil {
				bar.Describe(fmt.Sprintf("ingest %s words/s", thousands(int64(s.WordsPerSecond))))
				bar.Set(s.Read())
			}
		},
	}
	sum, err := ingest.Run(ctx, st, paths, opt)
	if bar != nil {
		bar.Finish()
	}
	if err == nil && sum.New+sum.Updated > 0 {
		// each batch wrote its postings as one segment: merge the terms
		// spread over many (docs/search.md, "The index")
		began := time.Now()
		ms, merr := st.MergePostings(ctx, false)
		if merr != nil {
			err = fmt.Errorf("merging postings: %w", merr)
		} else if ms.Terms > 0 && !*quiet && *format == "text" {
			fmt.Fprintf(stderr, "ingest: postings of %s terms merged (%s rows into %s) in %.1f s\n",
				thousands(int64(ms.Terms)), thousands(int64(ms.RowsIn)), thousands(int64(ms.RowsOut)), time.Since(began).Seconds())
		}
	}
	if !*quiet || *format == "json" {
		if *format == "json" {
			b, _ := json.Marshal(sum)
			fmt.Fprintf(stdout, "%s\n", b)
		} else {
			fmt.Fprintf(stderr, "ingest: %d read: %d new, %d unchanged, %d updated, %d failed, %d empty, %d with fewer layers\n",
				sum.Read(), sum.New, sum.Unchanged, sum.Updated, sum.Failed, sum.Empty, sum.Degraded)
			fmt.Fprintf(stderr, "ingest: %s words, %d duplicates, %d near-duplicates, %d new stories, %.1f s, %s words/s\n",
				thousands(sum.Words), sum.Duplicates, sum.NearDuplicates, sum.Stories, sum.Seconds, thousands(int64(sum.WordsPerSecond)))
		}
	}
	if err != nil {
		return fmt.Errorf("ingest: %v", err)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("ingest: %d of %d records skipped", sum.Failed, sum.Read())
	}
	return nil
}

// ingestPipelines returns the fallbacks of the full pipeline (without
// quotes; tokens and words only) and the title pipeline.
func ingestPipelines() ([]*rasid.Pipeline, *rasid.Pipeline, error) {
	noQuotes, err := buildPipeline(map[string]bool{rasid.LayerWords: true, rasid.LayerDates: true, rasid.LayerEntities: true})
	if err != nil {
		return nil, nil, err
	}
	words, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return nil, nil, err
	}
	return []*rasid.Pipeline{noQuotes, words}, words, nil
}

// ingestMemoryLimit is the soft memory limit of rasid ingest unless
// GOMEMLIMIT says otherwise (docs/benchmarks.md gives the peak).
const ingestMemoryLimit = 1 << 30

// thousands writes n with comma separators.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
