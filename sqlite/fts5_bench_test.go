package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/search"
)

// BenchmarkFTS5 is the measurement behind the choice of own postings over
// SQLite's FTS5 (docs/design.md): it rebuilds the lemma field of the
// archive as an FTS5 table and runs the benchmark queries there (ranked
// OR, bm25, top 10) and through Search without facets, reporting build
// time, size and query percentiles of both.
func BenchmarkFTS5(b *testing.B) {
	db := openBench(b)
	ctx := context.Background()
	// the lemma sequence of every document, from the postings
	docs := map[int64][]string{}
	rows, err := db.rdb.Query(`SELECT term, data FROM postings WHERE term >= 'l' AND term < 'm'`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var term string
		var data []byte
		rows.Scan(&term, &data)
		search.DecodePostings(data, func(doc int64, pos []int32) {
			d := docs[doc]
			for _, p := range pos {
				for int(p) >= len(d) {
					d = append(d, "")
				}
				if d[p] == "" {
					d[p] = term[1:]
				}
			}
			docs[doc] = d
		})
	}
	rows.Close()
	fpath := filepath.Join(b.TempDir(), "fts.db")
	fdb, err := sql.Open("sqlite", "file:"+fpath+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		b.Fatal(err)
	}
	defer fdb.Close()
	fdb.SetMaxOpenConns(1)
	if _, err := fdb.Exec(`CREATE VIRTUAL TABLE f USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 0')`); err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	tx, _ := fdb.Begin()
	st, _ := tx.Prepare(`INSERT INTO f(rowid, body) VALUES (?, ?)`)
	for doc, terms := range docs {
		if _, err := st.Exec(doc, strings.Join(terms, " ")); err != nil {
			b.Fatal(err)
		}
	}
	st.Close()
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	build := time.Since(t0)
	var pages, pageSize int64
	fdb.QueryRow(`PRAGMA page_count`).Scan(&pages)
	fdb.QueryRow(`PRAGMA page_size`).Scan(&pageSize)
	var ours int64
	db.rdb.QueryRow(`SELECT sum(length(data)) + sum(length(term)) FROM postings WHERE term >= 'l' AND term < 'm'`).Scan(&ours)

	qs := benchQueries(b)
	var fq []string
	for _, q := range qs {
		slots, err := search.AnalyzeText(ctx, db.analyzer, q, false)
		if err != nil {
			b.Fatal(err)
		}
		var alts []string
		for _, s := range slots {
			for _, k := range s.Keys {
				if k[0] == search.FieldLemma {
					alts = append(alts, `"`+k[1:]+`"`)
				}
			}
		}
		fq = append(fq, strings.Join(alts, " OR "))
	}
	var fl, ol []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := fq[i%len(fq)]
		t := time.Now()
		rows, err := fdb.Query(`SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 10`, q)
		if err != nil {
			b.Fatalf("%s: %v", q, err)
		}
		for rows.Next() {
		}
		rows.Close()
		fl = append(fl, time.Since(t))
		t = time.Now()
		if _, err := db.Search(ctx, rasid.SearchQuery{Query: qs[i%len(qs)], AllVersions: true}); err != nil {
			b.Fatal(err)
		}
		ol = append(ol, time.Since(t))
	}
	b.StopTimer()
	pct := func(l []time.Duration, p float64) float64 {
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		return float64(l[int(p*float64(len(l)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(build.Microseconds())/1000/float64(len(docs)), "fts5-build-ms/doc")
	b.ReportMetric(float64(pages*pageSize)/float64(len(docs)), "fts5-bytes/doc")
	b.ReportMetric(float64(ours)/float64(len(docs)), "postings-lemma-bytes/doc")
	b.ReportMetric(pct(fl, 0.5), "fts5-p50-ms")
	b.ReportMetric(pct(fl, 0.99), "fts5-p99-ms")
	b.ReportMetric(pct(ol, 0.5), "search-p50-ms")
	b.ReportMetric(pct(ol, 0.99), "search-p99-ms")
}
