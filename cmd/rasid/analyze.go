package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/input"
)

type analyzeOptions struct {
	format       string
	date         time.Time
	layers       map[string]bool
	decode       input.Options
	inputFormat  string
	pretokenized bool
	pretty       bool
	tokens       bool // text view: list the sentences and their tokens
	skip         int  // records to pass over before analysing (resume)
	jobs         int  // documents analysed at the same time
	quiet        bool
	progress     bool
}

const analyzeUsage = `usage: rasid analyze [flags] [FILE...]
Analyses each FILE (one article each, or JSON lines with --input jsonl);
reads stdin when no FILE is given ("-" is stdin too). Flags may come before
or after the files. Exit status: 0 ok, 1 some input failed, 2 usage error,
130/143 interrupted (SIGINT/SIGTERM; see --skip to resume).

flags:
`

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json, conllu, segments (with --pretokenized), bio (with --pretokenized)")
	date := fs.String("date", "", "publication date YYYY-MM-DD, for resolving relative dates")
	layers := fs.String("layers", defaultLayers, "comma-separated layers to compute: sentences, tokens, words, entities, dates, quotes, all")
	enc := fs.String("encoding", "auto", "input encoding: auto, utf-8, utf-16, utf-16le, utf-16be, windows-1256")
	lenient := fs.Bool("lenient", false, "replace invalid UTF-8 bytes by U+FFFD (with a warning each) instead of failing")
	maxBytes := fs.String("max-bytes", strconv.Itoa(input.DefaultMaxBytes), "size limit of one document in bytes (suffixes K, M, G: 1024-based)")
	inFormat := fs.String("input", "text", "input format: text (each file is one document) or jsonl (one JSON object a line: {\"id\", \"text\", \"date\"})")
	pretok := fs.Bool("pretokenized", false, "input is one token a line (first column); a blank line ends a sentence")
	pretty := fs.Bool("pretty", false, "indent JSON output")
	tokens := fs.Bool("tokens", false, "text view: list every sentence with its tokens after the facts")
	skip := fs.Int("skip", 0, "pass over the first N records (JSON lines, or files of text input) to resume an interrupted run")
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "documents analysed at the same time (the output keeps the input order)")
	quiet := fs.Bool("quiet", false, "no progress bar and no notes on stderr (warnings and errors still go there)")
	progress := fs.Bool("progress", false, "show the progress bar on stderr even when it is not a terminal")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), analyzeUsage)
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	max, err := parseByteSize(*maxBytes)
	if err != nil {
		return usagef("analyze: --max-bytes %q: %v", *maxBytes, err)
	}
	if err := checkMaxBytes(max); err != nil {
		return usagef("analyze: --max-bytes %s: %v", *maxBytes, err)
	}
	opt := analyzeOptions{
		format:       *format,
		decode:       input.Options{Encoding: *enc, Lenient: *lenient, MaxBytes: int(max)},
		inputFormat:  *inFormat,
		pretokenized: *pretok,
		pretty:       *pretty,
		tokens:       *tokens,
		skip:         *skip,
		jobs:         *jobs,
		quiet:        *quiet,
		progress:     *progress,
	}
	switch opt.format {
	case "text", "json", "conllu":
	case "segments", "bio":
		if !opt.pretokenized {
			return usagef("analyze: --format %s needs --pretokenized input (one token a line)", opt.format)
		}
	default:
		return usagef("analyze: unknown format %q (text, json, conllu, segments, bio)", opt.format)
	}
	if opt.inputFormat != "text" && opt.inputFormat != "jsonl" {
		return usagef("analyze: unknown input format %q (text, jsonl)", opt.inputFormat)
	}
	if opt.pretokenized && opt.inputFormat == "jsonl" {
		return usagef("analyze: --pretokenized and --input jsonl cannot be combined")
	}
	if opt.jobs < 1 {
		return usagef("analyze: --jobs %d: want a number of documents, 1 or more", opt.jobs)
	}
	if opt.skip < 0 {
		return usagef("analyze: --skip %d: want a number of records, 0 or more", opt.skip)
	}
	switch strings.ToLower(*enc) {
	case "", "auto", "utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "windows-1256", "cp1256":
	default:
		return usagef("analyze: unknown encoding %q (auto, utf-8, utf-16, utf-16le, utf-16be, windows-1256)", *enc)
	}
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return usagef("analyze: --date %q: want YYYY-MM-DD", *date)
		}
		opt.date = d
	}
	ls, err := rasid.ParseLayers(*layers)
	if err != nil {
		return usagef("analyze: --layers: %v", err)
	}
	opt.layers = ls
	p, err := buildPipeline(ls)
	if err != nil {
		return err
	}
	analyzeGC()
	if len(files) == 0 {
		files = []string{"-"}
		if isTerminal(stdin) && !opt.quiet {
			fmt.Fprintln(stderr, "rasid: reading the article from stdin (type or paste it, then Ctrl-D; 'rasid analyze -h' for help)")
		}
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	r := newRunner(p, opt, out, stderr)
	defer r.close()
	r.startProgress(files, stdin)
	stop := watchSignals(r)
	defer stop()

	for _, name := range files {
		if r.stopped() {
			break
		}
		r.input(name, stdin)
	}
	r.close()
	if err := r.locked(out.Flush); err != nil {
		return fmt.Errorf("analyze: writing the output: %w", err)
	}
	r.endProgress()
	if sig := r.signal(); sig != nil {
		return r.interrupted(sig)
	}
	if r.panics > 0 || r.bad > 0 || len(r.failed) > 0 {
		return fmt.Errorf("analyze: %s", r.summary(len(files), len(r.failed)))
	}
	return nil
}

// parseByteSize reads a byte count with an optional K, M or G suffix
// (1024-based; KiB, MB and so on are read the same way).
func parseByteSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, t[:len(t)-1]
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, t[:len(t)-1]
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, t[:len(t)-1]
	case strings.HasSuffix(t, "T"):
		mult, t = 1<<40, t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return 0, errors.New("want a number of bytes, such as 16777216 or 16M")
	}
	if n <= 0 {
		return 0, errors.New("the size limit must be at least one byte (the default is 16M)")
	}
	if n > (1<<62)/mult {
		return 0, errors.New("too large")
	}
	return n * mult, nil
}

// readLimited reads at most max bytes from r, failing beyond.
func readLimited(r io.Reader, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, &input.Error{Offset: -1, Problem: fmt.Sprintf("input is over the limit of %d bytes for one document (use --max-bytes, or --input jsonl for many documents)", max)}
	}
	return b, nil
}

// isTerminal reports whether f (a reader or writer) is an interactive
// terminal; /dev/null, files and pipes are not.
func isTerminal(f any) bool {
	of, ok := f.(*os.File)
	return ok && termIsTerminal(of)
}

// os.Stdin as read by `rasid analyze`, named for messages.
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}
