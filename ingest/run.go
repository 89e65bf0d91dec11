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

	var mu sync.Mutex // guards sum and BadRecord calls
	var sum Summary
	bad := func(it Item) {
		mu.Lock()
		sum.Failed++
		opt.BadRecord(it)
		mu.Unlock()
	}

	todo := make(chan Item, 4*opt.Workers)
	done := make(chan analysed, opt.BatchSize)
	var readErr error

	// reader: walk the input, drop unchanged records in chunks
	go func() {
		defer close(todo)
		var chunk []Item
		flush := func() bool {
			if len(chunk) == 0 {
				return true
			}
			ids := make([]string, len(chunk))
			for i, it := range chunk {
				ids[i] = it.Article.ID
			}
			have, err := st.Hashes(ctx, ids)
			if err != nil {
				readErr = err
				cancel()
				return false
			}
			for _, it := range chunk {
				if h, ok := have[it.Article.ID]; ok && h == textHash(it.Text) {
					mu.Lock()
					sum.Unchanged++
					mu.Unlock()
					continue
				}
				select {
				case todo <- it:
				case <-ctx.Done():
					return false
				}
			}
			chunk = chunk[:0]
			return true
		}
		stopped := false
		err := Walk(paths, func(it Item) {
			if stopped || ctx.Err() != nil {
				stopped = true
				return
			}
			if it.Err == errEmpty {
				mu.Lock()
				sum.Empty++
				mu.Unlock()
				return
			}
			if it.Err != nil {
				bad(it)
				return
			}
			chunk = append(chunk, it)
			if len(chunk) >= 256 && !flush() {
				stopped = true
			}
		})
		if err != nil && readErr == nil {
			readErr = err
			cancel()
			return
		}
		if !stopped {
			flush()
		}
	}()

	// workers: analyse (and prepare for the store)
	prep, _ := st.(rasid.Preparer)
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range todo {
				d := &rasid.Document{ID: it.Article.ID, Text: it.Text, Date: it.Article.Published}
				if err := annotate(ctx, opt.Pipeline, d); err != nil {
					if ctx.Err() != nil {
						return
					}
					d = nil
					for _, fb := range opt.Fallbacks {
						fd := &rasid.Document{ID: it.Article.ID, Text: it.Text, Date: it.Article.Published}
						if annotate(ctx, fb, fd) == nil {
							fd.Warnings = append(fd.Warnings, fmt.Sprintf("analysed with %s only: %v", strings.Join(fb.Names(), ", "), err))
							d = fd
							break
						}
					}
					if d == nil {
						it.Err = fmt.Errorf("analysis: %w", err)
						bad(it)
						continue
					}
					mu.Lock()
					sum.Degraded++
					if opt.Degraded != nil {
						opt.Degraded(it, err)
					}
					mu.Unlock()
				}
				rec := rasid.Record{Article: it.Article, Doc: d}
				if opt.TitlePipeline != nil && it.Article.Title != "" {
					td := &rasid.Document{Text: it.Article.Title}
					if annotate(ctx, opt.TitlePipeline, td) == nil {
						rec.TitleDoc = td
					}
				}
				words := search.Words(d)
				if prep != nil {
					// the store's per-article work, here on all cores
					// rather than in the one writer
					if err := prep.Prepare(&rec); err != nil {
						it.Err = fmt.Errorf("preparing for the archive: %w", err)
						bad(it)
						continue
					}
				}
				select {
				case done <- analysed{rec: rec, item: it, words: words}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	// writer: batch and commit
	var batch []analysed
	var writeErr error
	commit := func() {
		if len(batch) == 0 || writeErr != nil {
			return
		}
		recs := make([]rasid.Record, len(batch))
		for i, a := range batch {
			recs[i] = a.rec
		}
		res, err := st.Put(ctx, recs)
		if err != nil {
			writeErr = err
			cancel()
			return
		}
		mu.Lock()
		for i, r := range res {
			switch r.Status {
			case rasid.PutNew:
				sum.New++
			case rasid.PutUpdated:
				sum.Updated++
			case rasid.PutUnchanged:
				sum.Unchanged++
				continue
			}
			sum.Words += int64(batch[i].words)
			sum.Bytes += int64(len(batch[i].rec.Doc.Text))
			switch {
			case r.Duplicate:
				sum.Duplicates++
			case r.NearDuplicate:
				sum.NearDuplicates++
			default:
				sum.Stories++
			}
		}
		s := sum
		mu.Unlock()
		s.finish(began)
		if opt.Progress != nil {
			opt.Progress(s)
		}
		batch = batch[:0]
	}
	for a := range done {
		if writeErr != nil {
			continue // drain
		}
		batch = append(batch, a)
		if len(batch) >= opt.BatchSize {
			commit()
		}
	}
	commit()
	mu.Lock()
	s := sum
	mu.Unlock()
	s.finish(began)
	switch {
	case writeErr != nil:
		return s, writeErr
	case readErr != nil:
		return s, readErr
	}
	return s, parent.Err()
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
