package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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
}

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json, conllu, segments (with --pretokenized), bio (with --pretokenized)")
	date := fs.String("date", "", "publication date YYYY-MM-DD, for resolving relative dates")
	layers := fs.String("layers", defaultLayers, "comma-separated layers to compute: sentences, tokens, words, entities, dates, quotes, all")
	enc := fs.String("encoding", "auto", "input encoding: auto, utf-8, utf-16, utf-16le, utf-16be, windows-1256")
	lenient := fs.Bool("lenient", false, "replace invalid UTF-8 bytes by U+FFFD (with a warning each) instead of failing")
	maxBytes := fs.Int("max-bytes", input.DefaultMaxBytes, "size limit of one document in bytes")
	inFormat := fs.String("input", "text", "input format: text (each file is one document) or jsonl (one JSON object a line: {\"id\", \"text\", \"date\"})")
	pretok := fs.Bool("pretokenized", false, "input is one token a line (first column); a blank line ends a sentence")
	pretty := fs.Bool("pretty", false, "indent JSON output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: rasid analyze [flags] [FILE...]   (reads stdin when no FILE is given; - is stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	opt := analyzeOptions{
		format:       *format,
		decode:       input.Options{Encoding: *enc, Lenient: *lenient, MaxBytes: *maxBytes},
		inputFormat:  *inFormat,
		pretokenized: *pretok,
		pretty:       *pretty,
	}
	switch opt.format {
	case "text", "json", "conllu":
	case "segments", "bio":
		if !opt.pretokenized {
			return fmt.Errorf("analyze: --format %s needs --pretokenized input (one token a line)", opt.format)
		}
	default:
		return fmt.Errorf("analyze: unknown format %q (text, json, conllu, segments, bio)", opt.format)
	}
	if opt.inputFormat != "text" && opt.inputFormat != "jsonl" {
		return fmt.Errorf("analyze: unknown input format %q (text, jsonl)", opt.inputFormat)
	}
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return fmt.Errorf("analyze: --date %q: want YYYY-MM-DD", *date)
		}
		opt.date = d
	}
	ls, err := rasid.ParseLayers(*layers)
	if err != nil {
		return fmt.Errorf("analyze: --layers: %v", err)
	}
	opt.layers = ls
	p, err := buildPipeline(ls)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var failed []string
	for _, name := range files {
		var r io.Reader
		if name == "-" {
			r = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				failed = append(failed, err.Error())
				fmt.Fprintf(stderr, "rasid: %v\n", err)
				continue
			}
			defer f.Close()
			r = f
		}
		display := name
		if name == "-" {
			display = "stdin"
		}
		var err error
		switch {
		case opt.pretokenized:
			err = analyzePretokenized(display, r, opt, out)
		case opt.inputFormat == "jsonl":
			err = analyzeJSONL(display, r, p, opt, out, stderr)
		default:
			err = analyzeFile(display, r, p, opt, out, stderr)
		}
		if err != nil {
			failed = append(failed, err.Error())
			fmt.Fprintf(stderr, "rasid: %v\n", err)
		}
	}
	if len(failed) > 0 {
		out.Flush()
		return fmt.Errorf("analyze: %d of %d inputs failed", len(failed), len(files))
	}
	return nil
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

func analyzeFile(name string, r io.Reader, p *rasid.Pipeline, opt analyzeOptions, out *bufio.Writer, stderr io.Writer) error {
	max := opt.decode.MaxBytes
	if max <= 0 {
		max = input.DefaultMaxBytes
	}
	raw, err := readLimited(r, max)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	text, warnings, err := input.Decode(raw, opt.decode)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("%s: empty input (no text to analyse)", name)
	}
	d := &rasid.Document{ID: name, Text: text, Date: opt.date, Warnings: warnings}
	for _, w := range warnings {
		fmt.Fprintf(stderr, "rasid: %s: warning: %s\n", name, w)
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return writeDoc(out, d, opt)
}

// jsonlRecord is one line of --input jsonl. "content" and "title" are
// accepted as in SaudiNewsNet-style archives; "date" may carry a time.
type jsonlRecord struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Content string `json:"content"`
	Title   string `json:"title"`
	Date    string `json:"date"`
}

// analyzeJSONL streams documents one a line, with memory bounded by the
// largest line.
func analyzeJSONL(name string, r io.Reader, p *rasid.Pipeline, opt analyzeOptions, out *bufio.Writer, stderr io.Writer) error {
	max := opt.decode.MaxBytes
	if max <= 0 {
		max = input.DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	bad := 0
	var line []byte
	for lineNo := 1; ; lineNo++ {
		line = line[:0]
		tooLong := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if len(line)+len(frag) > max+1 {
				tooLong = true
			} else {
				line = append(line, frag...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", name, lineNo, err)
		}
		if tooLong {
			bad++
			fmt.Fprintf(stderr, "rasid: %s:%d: line is over the limit of %d bytes for one document; skipped\n", name, lineNo, max)
		} else if len(bytes.TrimSpace(line)) > 0 {
			if perr := analyzeJSONLine(name, lineNo, line, p, opt, out, stderr); perr != nil {
				bad++
				fmt.Fprintf(stderr, "rasid: %v\n", perr)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if bad > 0 {
		return fmt.Errorf("%s: %d lines could not be analysed", name, bad)
	}
	return nil
}

func analyzeJSONLine(name string, lineNo int, line []byte, p *rasid.Pipeline, opt analyzeOptions, out *bufio.Writer, stderr io.Writer) error {
	text, warnings, err := input.Decode(line, input.Options{Encoding: "utf-8", Lenient: opt.decode.Lenient, MaxBytes: opt.decode.MaxBytes})
	if err != nil {
		return fmt.Errorf("%s:%d: %w", name, lineNo, err)
	}
	var rec jsonlRecord
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%s:%d: malformed JSON at byte %d of the line: %v", name, lineNo, se.Offset, err)
		}
		return fmt.Errorf("%s:%d: malformed JSON: %v", name, lineNo, err)
	}
	body, title := rec.Text, rec.Title
	if body == "" {
		title = ""
		body = rec.Content
		if rec.Title != "" {
			body = rec.Title + "\n" + body
		}
	}
	if strings.TrimSpace(body) == "" {
		return fmt.Errorf("%s:%d: no \"text\" (or \"content\") field", name, lineNo)
	}
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("%s:%d", name, lineNo)
	}
	d := &rasid.Document{ID: id, Title: title, Text: body, Date: opt.date, Warnings: warnings}
	if rec.Date != "" && len(rec.Date) >= 10 {
		if t, err := time.Parse("2006-01-02", rec.Date[:10]); err == nil {
			d.Date = t
		}
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		return fmt.Errorf("%s:%d: %w", name, lineNo, err)
	}
	return writeDoc(out, d, opt)
}

func writeDoc(out *bufio.Writer, d *rasid.Document, opt analyzeOptions) error {
	switch opt.format {
	case "json":
		var b []byte
		var err error
		if opt.pretty {
			b, err = json.MarshalIndent(d, "", "  ")
		} else {
			b, err = json.Marshal(d)
		}
		if err != nil {
			return err
		}
		out.Write(b)
		out.WriteByte('\n')
		return nil
	case "conllu":
		return writeCoNLLU(out, d)
	}
	writeText(out, d)
	return nil
}
