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

// openBench opens the benchmark archive for searching.
func openBench(b *testing.B) *DB {
	db, err := Open(benchArchive(b), Options{ReadOnly: true, Analyzer: pipeline(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSearch runs 1–3 word queries with facets and reports the
// 50th and 99th percentile latencies.
func BenchmarkSearch(b *testing.B) {
	db := openBench(b)
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
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := db.Search(ctx, rasid.SearchQuery{Query: qs[i%len(qs)], Facets: true}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, lat, cpuTime()-cpu0)
}

// BenchmarkEntity builds the entity pages of the archive's 20 most
// mentioned entities and of its 10 most quoted speakers, and reports the
// 50th and 99th percentile latencies.
func BenchmarkEntity(b *testing.B) {
	db := openBench(b)
	ctx := context.Background()
	var names []string
	for _, q := range []string{
		`SELECT e.canonical FROM entities e JOIN (SELECT eid, count(*) n FROM mentions GROUP BY eid ORDER BY n DESC LIMIT 20) m ON m.eid = e.eid`,
		`SELECT speaker FROM quotes WHERE snorm != '' GROUP BY snorm ORDER BY count(*) DESC LIMIT 10`,
	} {
		rows, err := db.rdb.QueryContext(ctx, q)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			var n string
			rows.Scan(&n)
			names = append(names, n)
		}
		rows.Close()
	}
	if len(names) == 0 {
		b.Skip("no entities in the archive")
	}
	var found []string
	for _, n := range names {
		_, err := db.Entity(ctx, n, rasid.EntityQuery{})
		switch {
		case err == nil:
			found = append(found, n)
		case rasid.ErrorCode(err) != rasid.ENotFound: // a speaker that is no entity
			b.Fatalf("%s: %v", n, err)
		}
	}
	names = found
	var lat []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := db.Entity(ctx, names[i%len(names)], rasid.EntityQuery{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, lat, cpuTime()-cpu0)
}

// reportLatency reports the 50th and 99th percentiles of lat and the CPU
// time per operation (of every goroutine: SQLite's and the collector's).
func reportLatency(b *testing.B, lat []time.Duration, cpu time.Duration) {
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/op")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
