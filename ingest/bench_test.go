package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/archivetest"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/sqlite"
)

// fullPipeline returns the analysis of archived articles and of titles.
func fullPipeline(tb testing.TB) (*rasid.Pipeline, *rasid.Pipeline) {
	return archivetest.Pipeline(tb), archivetest.QueryPipeline(tb)
}

// BenchmarkIngest ingests 500 SaudiNewsNet articles (JSON lines) with all
// layers into a new archive: reading, analysis on all cores, duplicates
// and stories, the index and the transactions.
func BenchmarkIngest(b *testing.B) {
	dir := datatest.Path(b, "saudinewsnet")
	tmp := b.TempDir()
	in := filepath.Join(tmp, "in.jsonl")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	n, size := 0, 0
	corpus.EachArticle(dir, func(a corpus.Article) bool {
		if a.Content != "" {
			enc.Encode(a)
			n++
			size += len(a.Content)
		}
		return n < 500
	})
	f.Close()
	full, title := fullPipeline(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	var words int64
	for i := 0; i < b.N; i++ {
		db, err := sqlite.Open(filepath.Join(tmp, "b.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := Run(context.Background(), db, []string{in}, Options{Pipeline: full, TitlePipeline: title})
		db.Close()
		if err != nil || s.New != n {
			b.Fatalf("ingest: %+v %v", s, err)
		}
		words += s.Words
		b.StopTimer()
		for _, suf := range []string{"", "-wal", "-shm"} {
			os.Remove(filepath.Join(tmp, "b.db") + suf)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
