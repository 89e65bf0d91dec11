package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/search"
)

// Options configure Run.
type Options struct {
	// Pipeline analyses each article (all layers for a full archive).
	Pipeline *rasid.Pipeline
	// Fallbacks are tried in order when Pipeline fails on an article (an
	// annotator's panic): the article is stored with the layers a fallback
	// gives and a warning, instead of being lost. Typically fewer layers.
	Fallbacks []*rasid.Pipeline
	// TitlePipeline analyses titles (tokens and words suffice), which are
	// then indexed with the text; nil leaves titles out of the index.
	TitlePipeline *rasid.Pipeline
	// Workers is the number of analysing goroutines; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of articles per transaction; 0 means 1024.
	BatchSize int
	// BadRecord is called, from one goroutine, for each record skipped
	// because it could not be read or analysed.
	BadRecord func(Item)
	// Degraded is called, from one goroutine, for each article stored
	// through a fallback pipeline.
	Degraded func(it Item, err error)
	// Progress is called, from one goroutine, after each committed batch.
	Progress func(Summary)
}

// Summary counts what an ingest did.
type Summary struct {
	New            int           `json:"new"`
	Unchanged      int           `json:"unchanged"`
	Updated        int           `json:"updated"`
	Failed         int           `json:"failed"`
	Empty          int           `json:"empty"`           // records without text, skipped (not an error)
	Degraded       int           `json:"degraded"`        // stored with fewer layers after an annotator failed
	Duplicates     int           `json:"duplicates"`      // exact duplicates of an archived text
	NearDuplicates int           `json:"near_duplicates"` // joined an existing story
	Stories        int           `json:"stories"`         // new stories started
	Words          int64         `json:"words"`           // words of the articles analysed
	Bytes          int64         `json:"bytes"`           // bytes of text analysed
	Elapsed        time.Duration `json:"-"`
	Seconds        float64       `json:"elapsed_s"`
	WordsPerSecond float64       `json:"words_per_s"`
}

// Read counts every record seen, good or bad.
func (s Summary) Read() int { return s.New + s.Unchanged + s.Updated + s.Failed + s.Empty }

type analysed struct {
	rec   rasid.Record
	item  Item
	words int
}

// Run reads paths, analyses new and changed records on all cores and
// writes them to st in batches, one transaction each. Records whose id is
// archived with the same text are skipped before analysis, so running
// again after an interruption resumes where the last committed batch
// ended. It returns an error for input that cannot be read at all or a
// store failure; bad records are counted, reported through BadRecord and
// skipped.
//
// Three stages run at once: one reader (read), Workers analysing
// goroutines (analyse) and the one writer (write), joined by channels.
func Run(ctx context.Context, st rasid.Store, paths []string, opt Options) (Summary, error) {
	began := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1024
	}
	if opt.BadRecord == nil {
		opt.BadRecord = func(Item) {}
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &run{ctx: ctx, cancel: cancel, st: st, opt: opt, began: began,
		todo: make(chan Item, 4*opt.Workers), done: make(chan analysed, opt.BatchSize)}
	r.prep, _ = st.(rasid.Preparer)

	go r.read(paths)
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.analyse()
		}()
	}
	go func() {
		wg.Wait()
		close(r.done)
	}()
	r.write()

	s := r.summary()
	switch {
	case r.writeErr != nil:
		return s, r.writeErr
	case r.readErr != nil:
		return s, r.readErr
	}
	return s, parent.Err()
}

// run is the state of one Run shared by its stages.
type run struct {
	ctx    context.Context
	cancel context.CancelFunc
	st     rasid.Store
	prep   rasid.Preparer // st's per-record work, when it has some
	opt    Options
	began  time.Time

	todo chan Item     // reader → workers
	done chan analysed // workers → writer

	mu  sync.Mutex // guards sum and the calls of BadRecord and Degraded
	sum Summary

	readErr  error // input that could not be read; set by the reader before it closes todo
	writeErr error // a store failure; the writer's
}

// count adds to the summary under the lock.
func (r *run) count(f func(*Summary)) {
	r.mu.Lock()
	f(&r.sum)
	r.mu.Unlock()
}

// bad counts and reports a record that is skipped.
func (r *run) bad(it Item) {
	r.mu.Lock()
	r.sum.Failed++
	r.opt.BadRecord(it)
	r.mu.Unlock()
}

// summary returns the counts so far with the elapsed time.
func (r *run) summary() Summary {
	r.mu.Lock()
	s := r.sum
	r.mu.Unlock()
	s.finish(r.began)
	return s
}

// read walks the input and sends on the records to analyse; unchanged
// records are dropped in chunks of 256 (one look-up of their hashes).
func (r *run) read(paths []string) {
	defer close(r.todo)
	var chunk []Item
	stopped := false
	err := Walk(paths, func(it Item) {
		if stopped || r.ctx.Err() != nil {
			stopped = true
			return
		}
		switch {
		case it.Err == errEmpty:
			r.count(func(s *Summary) { s.Empty++ })
		case it.Err != nil:
			r.bad(it)
		default:
			chunk = append(chunk, it)
			if len(chunk) >= 256 {
				stopped = !r.sendChanged(chunk)
				chunk = chunk[:0]
			}
		}
	})
	if err != nil && r.readErr == nil {
		r.readErr = err
		r.cancel()
		return
	}
	if !stopped {
		r.sendChanged(chunk)
	}
}

// sendChanged sends the records of chunk that are not archived with the
// same text; false when the ingest stops.
func (r *run) sendChanged(chunk []Item) bool {
	if len(chunk) == 0 {
		return true
	}
	ids := make([]string, len(chunk))
	for i, it := range chunk {
		ids[i] = it.Article.ID
	}
	have, err := r.st.Hashes(r.ctx, ids)
	if err != nil {
		r.readErr = err
		r.cancel()
		return false
	}
	for _, it := range chunk {
		if h, ok := have[it.Article.ID]; ok && h == textHash(it.Text) {
			r.count(func(s *Summary) { s.Unchanged++ })
			continue
		}
		select {
		case r.todo <- it:
		case <-r.ctx.Done():
			return false
		}
	}
	return true
}

// analyse is one worker: it analyses records (and prepares them for the
// store) until the reader is done or the ingest stops.
func (r *run) analyse() {
	for it := range r.todo {
		d, ok := r.document(it)
		if r.ctx.Err() != nil {
			return
		}
		if !ok {
			continue
		}
		rec := rasid.Record{Article: it.Article, Doc: d}
		if r.opt.TitlePipeline != nil && it.Article.Title != "" {
			td := &rasid.Document{Text: it.Article.Title}
			if annotate(r.ctx, r.opt.TitlePipeline, td) == nil {
				rec.TitleDoc = td
			}
		}
		words := search.Words(d)
		if r.prep != nil {
			// the store's per-article work, here on all cores rather
			// than in the one writer
			if err := r.prep.Prepare(&rec); err != nil {
				it.Err = fmt.Errorf("preparing for the archive: %w", err)
				r.bad(it)
				continue
			}
		}
		select {
		case r.done <- analysed{rec: rec, item: it, words: words}:
		case <-r.ctx.Done():
			return
		}
	}
}

// document analyses a record with the pipeline, else with the first
// fallback that succeeds (the document then says so in a warning). A
// record no pipeline can analyse is reported and gives false.
func (r *run) document(it Item) (*rasid.Document, bool) {
	newDoc := func() *rasid.Document {
		return &rasid.Document{ID: it.Article.ID, Text: it.Text, Date: it.Article.Published}
	}
	d := newDoc()
	err := annotate(r.ctx, r.opt.Pipeline, d)
	if err == nil {
		return d, true
	}
	if r.ctx.Err() != nil {
		return nil, false
	}
	for _, fb := range r.opt.Fallbacks {
		fd := newDoc()
		if annotate(r.ctx, fb, fd) == nil {
			fd.Warnings = append(fd.Warnings, fmt.Sprintf("analysed with %s only: %v", strings.Join(fb.Names(), ", "), err))
			r.mu.Lock()
			r.sum.Degraded++
			if r.opt.Degraded != nil {
				r.opt.Degraded(it, err)
			}
			r.mu.Unlock()
			return fd, true
		}
	}
	it.Err = fmt.Errorf("analysis: %w", err)
	r.bad(it)
	return nil, false
}

// write is the one writer: it gathers analysed records into batches and
// commits each in one transaction. After a store failure it drains the
// workers' output without writing.
func (r *run) write() {
	var batch []analysed
	for a := range r.done {
		if r.writeErr != nil {
			continue // drain
		}
		batch = append(batch, a)
		if len(batch) >= r.opt.BatchSize {
			r.commit(batch)
			batch = batch[:0]
		}
	}
	r.commit(batch)
}

// commit stores one batch and counts what the store did with it.
func (r *run) commit(batch []analysed) {
	if len(batch) == 0 || r.writeErr != nil {
		return
	}
	recs := make([]rasid.Record, len(batch))
	for i, a := range batch {
		recs[i] = a.rec
	}
	res, err := r.st.Put(r.ctx, recs)
	if err != nil {
		r.writeErr = err
		r.cancel()
		return
	}
	r.count(func(s *Summary) {
		for i, pr := range res {
			s.add(pr, batch[i])
		}
	})
	if r.opt.Progress != nil {
		r.opt.Progress(r.summary())
	}
}

// add counts one record the store has handled.
func (s *Summary) add(pr rasid.PutResult, a analysed) {
	switch pr.Status {
	case rasid.PutNew:
		s.New++
	case rasid.PutUpdated:
		s.Updated++
	case rasid.PutUnchanged:
		s.Unchanged++
		return
	}
	s.Words += int64(a.words)
	s.Bytes += int64(len(a.rec.Doc.Text))
	switch {
	case pr.Duplicate:
		s.Duplicates++
	case pr.NearDuplicate:
		s.NearDuplicates++
	default:
		s.Stories++
	}
}

// annotate runs the pipeline and turns a panic of an annotator into an
// error, so that one odd article cannot stop an ingest.
func annotate(ctx context.Context, p *rasid.Pipeline, d *rasid.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("annotator panic: %v", r)
		}
	}()
	return p.Annotate(ctx, d)
}

func (s *Summary) finish(began time.Time) {
	s.Elapsed = time.Since(began)
	s.Seconds = s.Elapsed.Seconds()
	if s.Seconds > 0 {
		s.WordsPerSecond = float64(s.Words) / s.Seconds
	}
}

func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
