package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/archivetest"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/keyphrase"
)

// putArticles is how many SaudiNewsNet articles the Put benchmarks write.
const putArticles = 400

var (
	putOnce sync.Once
	putRecs []rasid.Record
	putErr  error
)

// putRecords analyses the first putArticles SaudiNewsNet articles with
// content once per test binary: the facts' layers and keyphrases, titles
// for the index, as rasid ingest has them.
func putRecords(b testing.TB) []rasid.Record {
	dir := datatest.Path(b, "saudinewsnet")
	full, title := archivetest.Pipeline(b), archivetest.QueryPipeline(b)
	putOnce.Do(func() {
		bg, err := keyphrase.LoadBackground()
		if err != nil {
			putErr = err
			return
		}
		kp := keyphrase.NewAnnotator(bg, keyphrase.DefaultOptions)
		ctx := context.Background()
		putErr = corpus.EachArticle(dir, func(a corpus.Article) bool {
			if a.Content == "" {
				return true
			}
			pub, _ := time.Parse("2006-01-02 15:04:05", a.Date)
			d := &rasid.Document{ID: a.URL, Text: a.Content, Date: pub}
			if putErr = full.Annotate(ctx, d); putErr != nil {
				return false
			}
			if putErr = kp.Annotate(ctx, d); putErr != nil {
				return false
			}
			rec := rasid.Record{Article: rasid.Article{ID: a.URL, URL: a.URL, Source: a.Source, Title: a.Title, Published: pub}, Doc: d}
			if a.Title != "" {
				td := &rasid.Document{Text: a.Title}
				if title.Annotate(ctx, td) == nil {
					rec.TitleDoc = td
				}
			}
			putRecs = append(putRecs, rec)
			return len(putRecs) < putArticles
		})
	})
	if putErr != nil {
		b.Fatal(putErr)
	}
	return putRecs
}

// BenchmarkPrepare is the archive's work on an analysed article that
// rasid ingest does on the analysing goroutines (rasid.Preparer): hashes,
// MinHash, index terms, the stored form of the layers, the layers' rows.
func BenchmarkPrepare(b *testing.B) {
	recs := putRecords(b)
	var size int64
	for _, r := range recs {
		size += int64(len(r.Doc.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, r := range recs {
			if p := prepare(r); p.err != nil {
				b.Fatal(p.err)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N*len(recs)), "cpu-ms/article")
}

// putCopies is how many times BenchmarkPut writes each article (under
// another id), so that the archive grows to thousands of articles.
const putCopies = 8

// BenchmarkPut is the writer of rasid ingest: prepared articles (each
// putCopies times under other ids, so 3,200 articles) written to a new
// archive in batches of 1024, one transaction each: documents, duplicates
// and stories, the layers' rows, the postings.
func BenchmarkPut(b *testing.B) {
	recs := putRecords(b)
	var all []rasid.Record
	var size int64
	for k := 0; k < putCopies; k++ {
		for _, r := range recs {
			p := prepare(r)
			if p.err != nil {
				b.Fatal(p.err)
			}
			p.rec.Article.ID = fmt.Sprintf("%s#%d", p.rec.Article.ID, k)
			rec := p.rec
			rec.Prepared = p
			all = append(all, rec)
			size += int64(len(r.Doc.Text))
		}
	}
	dir := b.TempDir()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(filepath.Join(dir, fmt.Sprintf("put%d.db", i)), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := cpuTime()
		for j := 0; j < len(all); j += 1024 {
			if _, err := db.Put(context.Background(), all[j:min(j+1024, len(all))]); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cpuTime() - cpu0
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N*len(all)), "cpu-ms/article")
}
