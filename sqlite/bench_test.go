package sqlite

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
)

// benchQueries reads the benchmark's 1–3 word queries (written for it).
func benchQueries(b *testing.B) []string {
	f, err := os.Open(filepath.Join("..", "testdata", "search", "queries.txt"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() != "" {
			qs = append(qs, sc.Text())
		}
	}
	return qs
}

// benchArchive is the archive searched: $RASID_BENCH_DB (made with rasid
// ingest from all of SaudiNewsNet, docs/benchmarks.md), else a temporary
// one of the first 1,000 SaudiNewsNet articles.
func benchArchive(b *testing.B) string {
	if p := os.Getenv("RASID_BENCH_DB"); p != "" {
		return p
	}
	dir := datatest.Path(b, "saudinewsnet")
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var batch []rasid.Record
	n := 0
	err = corpus.EachArticle(dir, func(a corpus.Article) bool {
		if a.Content == "" {
			return true
		}
		pub, _ := time.Parse("2006-01-02 15:04:05", a.Date)
		batch = append(batch, analysed(b, a.URL, a.Source, pub.Format("2006-01-02"), a.Title, a.Content))
		n++
		if len(batch) == 200 {
			if _, err := db.Put(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
		return n < 1000
	})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.Put(context.Background(), batch); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkSearch runs 1–3 word queries with facets and reports the
// 50th and 99th percentile latencies.
func BenchmarkSearch(b *testing.B) {
	path := benchArchive(b)
	db, err := Open(path, Options{ReadOnly: true, Analyzer: pipeline(b)})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	qs := benchQueries(b)
	ctx := context.Background()
	// warm the document table and the page cache
	for _, q := range qs {
		if _, err := db.Search(ctx, rasid.SearchQuery{Query: q, Facets: true}); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := db.Search(ctx, rasid.SearchQuery{Query: qs[i%len(qs)], Facets: true}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
