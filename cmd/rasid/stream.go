package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/input"
)

// A runner analyses the documents of `rasid analyze` one at a time: it reads
// the inputs (closing each file when done), analyses each document with
// panics contained, writes each document's output whole or not at all, and
// keeps the counts that the final message and an interrupted run report.
//
// The unit of work is runner.document (one Document in, its output bytes
// out); a pool of workers can call it on several documents as long as the
// outputs are written back in input order.
type runner struct {
	p      *rasid.Pipeline
	opt    analyzeOptions
	out    *bufio.Writer
	stderr io.Writer

	mu       sync.Mutex // held while a document is analysed and written
	records  int        // records passed (analysed, failed or skipped): the --skip of a resume
	skipLeft int
	done     int          // documents analysed and written
	bad      int          // records that could not be analysed
	panics   int          // of which internal errors
	next     string       // where the next record starts, for an interrupted run
	sig      atomic.Value // os.Signal, once one arrives

	prog *progress
	buf  spill // one document's output
}

func newRunner(p *rasid.Pipeline, opt analyzeOptions, out *bufio.Writer, stderr io.Writer) *runner {
	return &runner{p: p, opt: opt, out: out, stderr: stderr, skipLeft: opt.skip}
}

func (r *runner) close() { r.buf.reset() }

// signal returns the signal that interrupted the run, or nil.
func (r *runner) signal() os.Signal {
	s, _ := r.sig.Load().(os.Signal)
	return s
}

func (r *runner) stopped() bool { return r.signal() != nil }

// errorf reports a problem on stderr, above the progress bar.
func (r *runner) errorf(format string, a ...any) {
	r.prog.clear()
	fmt.Fprintf(r.stderr, "rasid: "+format+"\n", a...)
}

// input reads one FILE argument ("-" is stdin) to the end, then closes it.
func (r *runner) input(name string, stdin io.Reader) error {
	display := displayName(name)
	var rd io.Reader = stdin
	if name != "-" {
		if r.skipLeft > 0 && r.opt.inputFormat != "jsonl" {
			// resuming: a text file is one record, not even opened
			r.skipLeft--
			r.records++
			return nil
		}
		f, err := os.Open(name)
		if err != nil {
			r.mu.Lock()
			r.records++
			r.mu.Unlock()
			return err
		}
		defer f.Close()
		rd = f
	}
	rd = r.prog.reader(rd)
	switch {
	case r.opt.inputFormat == "jsonl":
		return r.jsonl(display, rd)
	case r.skipLeft > 0:
		r.skipLeft--
		r.records++
		return nil
	case r.opt.pretokenized:
		return r.locked(func() error {
			r.records++
			err := r.contain(display, display, func() error { return analyzePretokenized(display, rd, r.opt, r.out) })
			if err == nil {
				r.done++
			}
			return err
		})
	}
	return r.textFile(display, rd)
}

// locked runs fn while holding the document lock: an interrupt waits for it.
func (r *runner) locked(fn func() error) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fn()
}

func (r *runner) textFile(name string, rd io.Reader) error {
	raw, err := readLimited(rd, r.opt.decode.MaxBytes)
	if err != nil {
		r.advance(1)
		return fmt.Errorf("%s: %w", name, err)
	}
	text, warnings, err := input.Decode(raw, r.opt.decode)
	raw = nil
	if err != nil {
		r.advance(1)
		return fmt.Errorf("%s: %w", name, err)
	}
	if strings.TrimSpace(text) == "" {
		r.advance(1)
		return fmt.Errorf("%s: empty input (no text to analyse)", name)
	}
	d := &rasid.Document{ID: name, Text: text, Date: r.opt.date, Warnings: warnings}
	for _, w := range warnings {
		r.errorf("%s: warning: %s", name, w)
	}
	return r.locked(func() error {
		r.records++
		return r.document(name, d)
	})
}

// advance counts n records passed without analysis.
func (r *runner) advance(n int) {
	r.mu.Lock()
	r.records += n
	r.mu.Unlock()
}

// jsonl analyses a JSON-lines stream, one record a line; a bad line is
// reported and passed over.
func (r *runner) jsonl(name string, rd io.Reader) error {
	jr := input.NewJSONLReader(rd, r.opt.decode)
	base := r.records
	if r.skipLeft > 0 {
		n, err := jr.SkipLines(r.skipLeft)
		r.skipLeft -= n
		r.advance(n)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, jr.Line()+1, err)
		}
	}
	for {
		rec, err := jr.Next()
		if err == io.EOF {
			break
		}
		var le *input.LineError
		if errors.As(err, &le) {
			r.locked(func() error {
				r.records = base + jr.Line()
				r.next = fmt.Sprintf("%s line %d", name, jr.Line()+1)
				r.bad++
				r.errorf("%s:%d: %s", name, le.Line, le.Problem)
				return nil
			})
			continue
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, jr.Line()+1, err)
		}
		where := fmt.Sprintf("%s:%d", name, rec.Line)
		d := &rasid.Document{ID: rec.ID, Title: rec.Title, Text: rec.Text, Date: rec.Date, Warnings: rec.Warnings}
		if d.ID == "" {
			d.ID = where
		}
		if d.Date.IsZero() {
			d.Date = r.opt.date
		}
		label := where
		if rec.ID != "" {
			label = fmt.Sprintf("%s (id %s)", where, rec.ID)
		}
		for _, w := range rec.Warnings {
			r.errorf("%s: warning: %s", label, w)
		}
		r.locked(func() error {
			r.records = base + jr.Line()
			r.next = fmt.Sprintf("%s line %d", name, jr.Line()+1)
			if err := r.document(label, d); err != nil {
				r.errorf("%v", err)
			}
			return nil
		})
	}
	return nil
}

// document analyses d and writes its output, whole or not at all; the
// caller holds r.mu. A panic inside the analysis is contained: reported
// with where (file and line, and the record's id), counted, and the run
// goes on.
func (r *runner) document(where string, d *rasid.Document) error {
	r.buf.reset()
	bw := bufio.NewWriterSize(&r.buf, 32<<10)
	err := r.contain(where, d.ID, func() error {
		if err := analyzeDocument(context.Background(), r.p, d, r.opt, bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		r.bad++
		r.buf.reset()
		return err
	}
	if err := r.buf.copyTo(r.out); err != nil {
		return err
	}
	r.buf.reset()
	// Each document reaches the reader of a pipe as soon as it is done.
	if err := r.out.Flush(); err != nil {
		return err
	}
	r.done++
	r.prog.record(r.done)
	return nil
}

// contain runs fn, turning a panic into an error naming the document.
func (r *runner) contain(where, id string, fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			r.panics++
			doc := ""
			if id != "" && !strings.HasPrefix(where, id) && !strings.Contains(where, "(id ") {
				doc = fmt.Sprintf(" (document %q)", id)
			}
			err = fmt.Errorf("%s%s: internal error, document skipped: %v at %s — please report it with the document", where, doc, v, panicSite())
		}
	}()
	return fn()
}

// panicSite names the function and line where the current panic started.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	seen := false
	for {
		f, more := frames.Next()
		if f.Function == "runtime.gopanic" {
			seen = true
		} else if seen && !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s (%s:%d)", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "an unknown place"
		}
	}
}

// summary describes what failed, for the final error.
func (r *runner) summary(files, failedFiles int) string {
	var parts []string
	if failedFiles > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d inputs failed", failedFiles, files))
	}
	if r.bad > 0 {
		s := plural(r.bad, "record") + " could not be analysed"
		if r.panics > 0 {
			s += fmt.Sprintf(" (%d of them by an internal error)", r.panics)
		}
		parts = append(parts, s)
	}
	parts = append(parts, plural(r.done, "document")+" analysed")
	return strings.Join(parts, "; ")
}

// interrupted is the error of a run stopped by a signal; the caller holds
// no lock and the output is flushed.
func (r *runner) interrupted(sig os.Signal) error {
	code := 130
	name := "SIGINT"
	if sig != os.Interrupt {
		code, name = 143, "SIGTERM"
	}
	what := "records"
	if r.opt.inputFormat != "jsonl" {
		what = "inputs"
	}
	next := ""
	if r.next != "" && r.opt.inputFormat == "jsonl" {
		next = "; the next record is " + r.next
	}
	msg := fmt.Sprintf("interrupted by %s after %d %s (%d documents analysed and written whole%s); to resume, run the same command with --skip %d",
		name, r.records, what, r.done, next, r.records)
	return &exitError{code: code, msg: msg}
}

// windowBytes is the size above which a document is analysed in windows
// of about this size, cut at paragraph breaks, to bound memory (issue 9).
var windowBytes = 512 << 10

// analyzeDocument runs the pipeline on d and writes its output in the
// chosen format. A document longer than windowBytes is analysed window by
// window, each cut at a paragraph break where there is one; its layers
// are the windows' layers joined (a quotation's speaker or a name's full
// form is found within its window).
func analyzeDocument(ctx context.Context, p *rasid.Pipeline, d *rasid.Document, opt analyzeOptions, w *bufio.Writer) error {
	if len(d.Text) <= windowBytes {
		if err := p.Annotate(ctx, d); err != nil {
			return err
		}
		return writeDoc(w, d, opt)
	}
	var view *textView
	var parts map[string]*jsonPart
	if opt.format == "text" {
		view = newTextView(d, opt.tokens)
		defer view.close()
	}
	if opt.format == "json" {
		parts = map[string]*jsonPart{}
		for _, l := range rasid.JSONLayers {
			parts[l] = &jsonPart{}
		}
		defer func() {
			for _, jp := range parts {
				jp.buf.reset()
			}
		}()
	}
	sent, charAt := 0, 0
	for a := 0; a < len(d.Text); {
		b := windowEnd(d.Text, a, windowBytes)
		part := &rasid.Document{ID: d.ID, Title: d.Title, Text: d.Text[a:b], Date: d.Date}
		if err := p.Annotate(ctx, part); err != nil {
			return err
		}
		d.Warnings = append(d.Warnings, part.Warnings...)
		if a > 0 {
			// the reading aids are the lead's, the first window's
			part.Topics, part.Keyphrases, part.Summary = nil, nil, nil
		}
		switch opt.format {
		case "json":
			err := part.JSONElements(charAt, func(layer string, elem []byte) error {
				jp := parts[layer]
				if jp.n > 0 {
					jp.buf.Write([]byte{','})
				}
				jp.n++
				_, err := jp.buf.Write(elem)
				return err
			})
			if err != nil {
				return err
			}
		case "conllu":
			id := d.ID
			if id == "" {
				id = "doc"
			}
			if err := conllu.WriteWindow(w, part, id, sent); err != nil {
				return err
			}
		default:
			view.add(part, a, charAt, sent)
		}
		sent += len(part.Sentences)
		charAt += utf8.RuneCountInString(part.Text)
		a = b
	}
	switch opt.format {
	case "json":
		ps := map[string]rasid.JSONPart{}
		for l, jp := range parts {
			rd, err := jp.buf.reader()
			if err != nil {
				return err
			}
			ps[l] = rasid.JSONPart{R: rd, N: jp.n}
		}
		head := &rasid.Document{ID: d.ID, Title: d.Title, Text: d.Text, Date: d.Date, Warnings: d.Warnings}
		return rasid.WriteJSONParts(w, head, ps)
	case "text":
		view.head.Warnings = d.Warnings
		return view.write(w)
	}
	return nil
}

type jsonPart struct {
	buf spill
	n   int
}

// windowEnd returns where the window of text starting at a ends: at most
// size bytes on, after the last paragraph break (else line break, else
// sentence end, else space) in the second half of that stretch.
func windowEnd(text string, a, size int) int {
	if len(text)-a <= size {
		return len(text)
	}
	lo, hi := a+size/2, a+size
	for _, sep := range []string{"\n\n", "\n", ". ", "؟ ", "! ", " "} {
		if k := strings.LastIndex(text[lo:hi], sep); k >= 0 {
			return lo + k + len(sep)
		}
	}
	for hi > a && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// spill is a buffer that moves to a temporary file past spillBytes, so
// that a long document's output does not stay in memory.
type spill struct {
	mem []byte
	f   *os.File
	w   *bufio.Writer
}

const spillBytes = 8 << 20

func (s *spill) Write(p []byte) (int, error) {
	if s.f == nil && len(s.mem)+len(p) > spillBytes {
		f, err := os.CreateTemp("", "rasid-*.tmp")
		if err != nil {
			return 0, fmt.Errorf("temporary file for a long document's output: %w", err)
		}
		s.f, s.w = f, bufio.NewWriterSize(f, 256<<10)
		if _, err := s.w.Write(s.mem); err != nil {
			return 0, err
		}
		s.mem = nil
	}
	if s.f != nil {
		return s.w.Write(p)
	}
	s.mem = append(s.mem, p...)
	return len(p), nil
}

// reader returns the content written so far.
func (s *spill) reader() (io.Reader, error) {
	if s.f == nil {
		return bytes.NewReader(s.mem), nil
	}
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(s.f, 256<<10), nil
}

func (s *spill) copyTo(w io.Writer) error {
	if s.f == nil {
		_, err := w.Write(s.mem)
		return err
	}
	rd, err := s.reader()
	if err != nil {
		return err
	}
	_, err = io.Copy(w, rd)
	return err
}

// reset empties the buffer and removes its file.
func (s *spill) reset() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f, s.w = nil, nil
	}
	if cap(s.mem) > 1<<20 {
		s.mem = nil
	}
	s.mem = s.mem[:0]
}
