package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
)

// TestAllArticles runs every article of ../shared/data/saudinewsnet and of
// the ANT training file through the whole analysis (every layer, JSON
// output), as `rasid analyze` does: none may fail or panic (issue 9 item
// 0: 9 SaudiNewsNet articles panicked). It takes a few minutes on two
// cores, so -short skips it; CI runs it.
func TestAllArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("every SaudiNewsNet and ANT article through the full analysis: skipped with -short")
	}
	dir := datatest.Path(t, "saudinewsnet")
	ls, _ := rasid.ParseLayers("all")
	p, err := buildPipeline(ls)
	if err != nil {
		t.Fatal(err)
	}
	type job struct{ where, text, date string }
	jobs := make(chan job, 64)
	var mu sync.Mutex
	var failures []string
	n, bytes := 0, 0
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := newRunner(p, analyzeOptions{format: "json"}, bufio.NewWriter(io.Discard), io.Discard)
			for j := range jobs {
				d := &rasid.Document{ID: j.where, Text: j.text}
				if len(j.date) >= 10 {
					d.Date, _ = time.Parse("2006-01-02", j.date[:10])
				}
				bw := bufio.NewWriter(io.Discard)
				err := r.contain(j.where, j.where, func() error {
					return analyzeDocument(context.Background(), p, d, r.opt, bw)
				})
				if err != nil {
					mu.Lock()
					failures = append(failures, err.Error())
					mu.Unlock()
				}
			}
		}()
	}
	send := func(where, title, text, date string) {
		body := strings.TrimSpace(title + "\n" + text)
		if body == "" {
			return
		}
		n++
		bytes += len(body)
		jobs <- job{where, body, date}
	}
	start := time.Now()
	k := 0
	err = corpus.EachArticle(dir, func(a corpus.Article) bool {
		k++
		send(fmt.Sprintf("saudinewsnet #%d (%s)", k, a.URL), a.Title, a.Content, a.Date)
		return true
	})
	if err == nil {
		data, _ := corpus.Dir()
		err = corpus.EachANT(data, func(a corpus.ANTArticle) bool {
			send("ant "+a.ID, a.Title, a.Text, a.Time)
			return true
		})
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %.1f MB in %v", n, float64(bytes)/1e6, time.Since(start).Round(time.Second))
	if len(failures) > 0 {
		if len(failures) > 20 {
			failures = append(failures[:20], "…")
		}
		t.Errorf("%d articles failed:\n%s", len(failures), strings.Join(failures, "\n"))
	}
}
