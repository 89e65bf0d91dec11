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
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/input"
)

// A runner analyses the documents of `rasid analyze`: it reads the inputs
// (closing each file when done), analyses each document with panics
// contained, writes each document's output whole or not at all, in input
// order, and keeps the counts that the final message and an interrupted
// run report.
//
// Every record read becomes a job: a document to analyse, or a problem to
// report, or records passed over (--skip). Jobs are committed (output
// written, messages printed, counts moved on) strictly in input order, so
// that the output, stderr and the --skip of a resume do not depend on how
// many workers analyse them (--jobs). With one job at a time the reading
// goroutine analyses and commits each job itself; with more, a pool of
// workers analyses them and a writer goroutine commits them (pool.go).
type runner struct {
	p      *rasid.Pipeline
	opt    analyzeOptions
	out    *bufio.Writer
	stderr io.Writer

	mu      sync.Mutex   // held while a job is committed: an interrupt waits for it
	records int          // records passed (analysed, failed or skipped): the --skip of a resume
	done    int          // documents analysed and written
	bad     int          // records that could not be analysed
	panics  int          // of which internal errors
	failed  []string     // inputs that failed, for the final message
	next    string       // where the next record starts, for an interrupted run
	sig     atomic.Value // os.Signal, once one arrives

	// the reading goroutine's own state
	read     int // records read so far: the records count once they are committed
	skipLeft int

	prog *progress
	pool *pool       // nil: one job at a time (--jobs 1)
	w    *worker     // inline mode: the reading goroutine's
	free chan []byte // output buffers to reuse
}

func newRunner(p *rasid.Pipeline, opt analyzeOptions, out *bufio.Writer, stderr io.Writer) *runner {
	r := &runner{p: p, opt: opt, out: out, stderr: stderr, skipLeft: opt.skip}
	r.free = make(chan []byte, 2*opt.jobs+4)
	// Pretokenized input is read and written as it goes: one at a time.
	if opt.jobs > 1 && !opt.pretokenized {
		r.pool = newPool(r, opt.jobs)
	}
	return r
}

// close waits for the jobs in flight and ends the workers.
func (r *runner) close() {
	if r.pool != nil {
		r.pool.close()
		r.pool = nil
	}
}

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

// A job is one record on its way through the runner.
type job struct {
	label   string          // where the record is, for messages
	d       *rasid.Document // the document to analyse; nil for a problem or a skip
	notes   []string        // warnings, printed before the outcome
	problem error           // the record could not be read: reported
	badLine bool            // problem counts as a record that could not be analysed
	input   bool            // a problem or a failed analysis fails the input (text files)
	records int             // records passed once this job is committed
	next    string          // where the next record starts, once committed (JSON lines)

	// filled by the analysis
	isDoc    bool
	out      spill
	err      error
	panicked bool
	size     int           // bytes held while in flight
	done     chan struct{} // closed when the analysis is over
}

// newJob returns a job counting the records read so far.
func (r *runner) newJob() *job {
	j := &job{records: r.read}
	select {
	case b := <-r.free:
		j.out.mem = b[:0]
	default:
	}
	return j
}

// submit hands j on: analysed and committed at once, or queued in the pool.
func (r *runner) submit(j *job) {
	if j.d != nil {
		j.isDoc = true
		j.size = len(j.d.Text)
	}
	if r.pool != nil {
		r.pool.submit(j)
		return
	}
	if j.isDoc {
		if r.w == nil {
			r.w = newWorker()
		}
		r.analyse(j, r.w)
	}
	r.commit(j, true)
}

// A worker is what one analysing goroutine reuses from one document to
// the next: the writer of the output, the token and sentence slices and
// the arena of the tokens' words and segments (a document's layers are
// garbage once its output is written).
type worker struct {
	bw     *bufio.Writer
	tokens []rasid.Token
	sents  []rasid.Span
	arena  rasid.Arena
}

func newWorker() *worker { return &worker{bw: bufio.NewWriterSize(io.Discard, 32<<10)} }

// maxKeptTokens bounds the token slice a worker keeps.
const maxKeptTokens = 1 << 18

// analyse runs the pipeline on j's document and keeps its output in j.out.
func (r *runner) analyse(j *job, w *worker) {
	d := j.d
	j.d = nil // the layers are garbage once written
	d.Tokens, d.Sentences = w.tokens[:0], w.sents[:0]
	w.arena.Reset()
	d.Arena = &w.arena
	defer func() {
		if cap(d.Tokens) >= cap(w.tokens) && cap(d.Tokens) <= maxKeptTokens {
			w.tokens = d.Tokens
		}
		if cap(d.Sentences) >= cap(w.sents) && cap(d.Sentences) <= maxKeptTokens {
			w.sents = d.Sentences
		}
	}()
	bw := w.bw
	bw.Reset(&j.out)
	j.err = r.contain(j.label, d.ID, func() error {
		if err := analyzeDocument(context.Background(), r.p, d, r.opt, bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	var ie *internalError
	j.panicked = errors.As(j.err, &ie)
	if j.err != nil {
		j.out.reset()
	}
}

// commit writes j's output or reports its problem, and moves the counts
// on; flush sends the output on at once (else the caller flushes).
func (r *runner) commit(j *job, flush bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.records = j.records
	if j.next != "" {
		r.next = j.next
	}
	for _, w := range j.notes {
		r.errorf("%s", w)
	}
	fail := func(err error) {
		if j.input {
			r.failed = append(r.failed, err.Error())
		}
		r.errorf("%v", err)
	}
	switch {
	case j.problem != nil:
		if j.badLine {
			r.bad++
		}
		fail(j.problem)
	case !j.isDoc:
	case j.err != nil:
		r.bad++
		if j.panicked {
			r.panics++
		}
		fail(j.err)
	default:
		err := j.out.copyTo(r.out)
		// Each document reaches the reader of a pipe as soon as it is done.
		if err == nil && flush {
			err = r.out.Flush()
		}
		if err != nil {
			fail(err)
			break
		}
		r.done++
		r.prog.record(r.done)
	}
	r.recycle(j)
}

// recycle keeps j's output buffer for a later job.
func (r *runner) recycle(j *job) {
	mem := j.out.mem
	j.out.reset()
	if mem != nil && cap(mem) <= 1<<20 {
		select {
		case r.free <- mem[:0]:
		default:
		}
	}
	j.out.mem = nil
}

// pass counts n records passed without a job of their own.
func (r *runner) pass(n int) {
	r.read += n
	r.submit(r.newJob())
}

// failInput reports an input that could not be read, after the jobs
// before it.
func (r *runner) failInput(err error) {
	j := r.newJob()
	j.problem, j.input = err, true
	r.submit(j)
}

// input reads one FILE argument ("-" is stdin) to the end, then closes it.
// Its problems are reported in order with its records' (r.failed).
func (r *runner) input(name string, stdin io.Reader) error {
	display := displayName(name)
	var rd io.Reader = stdin
	if name != "-" {
		if r.skipLeft > 0 && r.opt.inputFormat != "jsonl" {
			// resuming: a text file is one record, not even opened
			r.skipLeft--
			r.pass(1)
			return nil
		}
		f, err := os.Open(name)
		if err != nil {
			r.read++
			r.failInput(err)
			return nil
		}
		defer f.Close()
		rd = f
	}
	rd = r.prog.reader(rd)
	switch {
	case r.opt.inputFormat == "jsonl":
		r.jsonl(display, rd)
		return nil
	case r.skipLeft > 0:
		r.skipLeft--
		r.pass(1)
		return nil
	case r.opt.pretokenized:
		r.read++
		err := r.locked(func() error {
			r.records = r.read
			err := r.contain(display, display, func() error { return analyzePretokenized(display, rd, r.opt, r.out) })
			var ie *internalError
			if errors.As(err, &ie) {
				r.panics++
			}
			if err == nil {
				r.done++
			}
			return err
		})
		if err != nil {
			r.locked(func() error {
				r.failed = append(r.failed, err.Error())
				r.errorf("%v", err)
				return nil
			})
		}
		return nil
	}
	r.textFile(display, rd)
	return nil
}

// locked runs fn while holding the document lock: an interrupt waits for it.
func (r *runner) locked(fn func() error) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fn()
}

func (r *runner) textFile(name string, rd io.Reader) {
	r.read++
	raw, err := readLimited(rd, r.opt.decode.MaxBytes)
	if err != nil {
		r.failInput(fmt.Errorf("%s: %w", name, err))
		return
	}
	text, warnings, err := input.Decode(raw, r.opt.decode)
	raw = nil
	if err != nil {
		r.failInput(fmt.Errorf("%s: %w", name, err))
		return
	}
	if strings.TrimSpace(text) == "" {
		r.failInput(fmt.Errorf("%s: empty input (no text to analyse)", name))
		return
	}
	j := r.newJob()
	j.label, j.input = name, true
	j.d = &rasid.Document{ID: name, Text: text, Date: r.opt.date, Warnings: warnings}
	for _, w := range warnings {
		j.notes = append(j.notes, fmt.Sprintf("%s: warning: %s", name, w))
	}
	r.submit(j)
}

// jsonl analyses a JSON-lines stream, one record a line; a bad line is
// reported and passed over.
func (r *runner) jsonl(name string, rd io.Reader) {
	jr := input.NewJSONLReader(rd, r.opt.decode)
	base := r.read
	if r.skipLeft > 0 {
		n, err := jr.SkipLines(r.skipLeft)
		r.skipLeft -= n
		if err != nil {
			r.read += n
			r.failInput(fmt.Errorf("%s:%d: %w", name, jr.Line()+1, err))
			return
		}
		r.pass(n)
	}
	for {
		rec, err := jr.Next()
		if err == io.EOF {
			break
		}
		var le *input.LineError
		if errors.As(err, &le) {
			r.read = base + jr.Line()
			j := r.newJob()
			j.next = fmt.Sprintf("%s line %d", name, jr.Line()+1)
			if le.Empty {
				// nothing to analyse is not a failure (rasid ingest
				// counts such records "empty"): a warning, no output
				j.notes = append(j.notes, fmt.Sprintf("%s:%d: warning: %s", name, le.Line, le.Problem))
			} else {
				j.problem, j.badLine = fmt.Errorf("%s:%d: %s", name, le.Line, le.Problem), true
			}
			r.submit(j)
			continue
		}
		if err != nil {
			r.failInput(fmt.Errorf("%s:%d: %w", name, jr.Line()+1, err))
			return
		}
		where := name + ":" + strconv.Itoa(rec.Line)
		d := &rasid.Document{ID: rec.ID, Title: rec.Title, Text: rec.Text, Date: rec.Date, Warnings: rec.Warnings}
		if d.ID == "" {
			d.ID = where
		}
		if d.Date.IsZero() {
			d.Date = r.opt.date
		}
		label := where
		if rec.ID != "" {
			label = where + " (id " + rec.ID + ")"
		}
		r.read = base + jr.Line()
		j := r.newJob()
		j.label, j.d = label, d
		j.next = name + " line " + strconv.Itoa(jr.Line()+1)
		for _, w := range rec.Warnings {
			j.notes = append(j.notes, label+": warning: "+w)
		}
		r.submit(j)
	}
}

// An internalError is a panic inside the analysis of one document.
type internalError struct{ msg string }

func (e *internalError) Error() string { return e.msg }

// contain runs fn, turning a panic into an *internalError naming the
// document.
func (r *runner) contain(where, id string, fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			site := ""
			if wp, ok := v.(windowPanic); ok {
				v, site = wp.v, wp.site
			} else {
				site = panicSite()
			}
			doc := ""
			if id != "" && !strings.HasPrefix(where, id) && !strings.Contains(where, "(id ") {
				doc = fmt.Sprintf(" (document %q)", id)
			}
			err = &internalError{fmt.Sprintf("%s%s: internal error, document skipped: %v at %s — please report it with the document", where, doc, v, site)}
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
	ws := annotateWindows(ctx, p, d, opt.jobs)
	defer ws.stop()
	for {
		part, a, b, err := ws.next()
		if err != nil {
			return err
		}
		if part == nil {
			break
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
		_ = b
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

// windows annotates the windows of a long document ahead of the one being
// written, up to jobs of them at a time (one worker's share of the
// cores is then the whole machine while the long document lasts: the
// others are idle or busy with short documents).
type windows struct {
	ahead  chan *window
	cancel context.CancelFunc
	quit   chan struct{}
}

type window struct {
	a, b int
	part *rasid.Document
	err  error
	pan  *windowPanic
	done chan struct{}
}

// A windowPanic is a panic in the analysis of a window, carried to the
// document's goroutine with where it started.
type windowPanic struct {
	v    any
	site string
}

func annotateWindows(ctx context.Context, p *rasid.Pipeline, d *rasid.Document, jobs int) *windows {
	if jobs < 1 {
		jobs = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	ws := &windows{ahead: make(chan *window, jobs-1), cancel: cancel, quit: make(chan struct{})}
	size := windowBytes
	go func() {
		defer close(ws.ahead)
		for a := 0; a < len(d.Text); {
			b := windowEnd(d.Text, a, size)
			w := &window{a: a, b: b, done: make(chan struct{})}
			w.part = &rasid.Document{ID: d.ID, Title: d.Title, Text: d.Text[a:b], Date: d.Date}
			select {
			case ws.ahead <- w:
			case <-ws.quit:
				return
			}
			go func() {
				defer close(w.done)
				defer func() {
					if v := recover(); v != nil {
						w.pan = &windowPanic{v: v, site: panicSite()}
					}
				}()
				w.err = p.Annotate(ctx, w.part)
			}()
			a = b
		}
	}()
	return ws
}

// next returns the next window analysed, or nil after the last.
func (ws *windows) next() (part *rasid.Document, a, b int, err error) {
	w, ok := <-ws.ahead
	if !ok {
		return nil, 0, 0, nil
	}
	<-w.done
	if w.pan != nil {
		panic(*w.pan)
	}
	return w.part, w.a, w.b, w.err
}

// stop ends the analysis of the windows not taken.
func (ws *windows) stop() {
	ws.cancel()
	close(ws.quit)
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
