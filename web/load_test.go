package web

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

var (
	loadDB      = flag.String("load.db", "", "archive for TestLoad (e.g. one built by rasid ingest of ../shared/data/saudinewsnet); TestLoad skips without it")
	loadClients = flag.Int("load.clients", 16, "concurrent clients of TestLoad")
	loadN       = flag.Int("load.n", 5000, "searches of TestLoad")
)

// loadQueries are one- to three-word queries of the kind a news reader
// types.
var loadQueries = []string{
	"الملك سلمان", "وزير الخارجية", "اليمن", "الحوثيين", "أسعار النفط", "الهلال", "النصر", "جدة",
	"الأمطار", "التعليم", "وزارة الصحة", "كورونا", "داعش", "إيران", "الاتفاق النووي", "رمضان",
	"عيد الفطر", "الحج", "سوق الأسهم", "البطالة", "الإسكان", "وزارة العمل", "مجلس الشورى",
	"أمير منطقة الرياض", "مكة المكرمة", "المدينة المنورة", "الدفاع المدني", "حادث مروري",
	"كرة القدم", "المنتخب السعودي", "ولي العهد", "الأمم المتحدة", "سوريا", "العراق", "مصر",
	"تركيا", "روسيا", "الولايات المتحدة", "الطاقة المتجددة", "أرامكو", "الإرهاب", "المرور",
	"الجامعة", "الطلاب", "المستشفى", "الشرطة", "التحالف العربي", "عاصفة الحزم", "الاقتصاد السعودي",
	"\"وزير الخارجية\"",
}

// latencies summarises request times.
type latencies []time.Duration

func (l latencies) pct(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

func (l latencies) String() string {
	return fmt.Sprintf("n=%d p50=%v p90=%v p99=%v max=%v", len(l), l.pct(.5).Round(10*time.Microsecond),
		l.pct(.9).Round(10*time.Microsecond), l.pct(.99).Round(10*time.Microsecond), l.pct(1).Round(10*time.Microsecond))
}

// TestLoad measures the server over loopback on a real archive: search and
// article latency from one client, then loadN searches from loadClients
// concurrent clients, with the error count. Run it with
//
//	go test ./web -run TestLoad -load.db news.db -v
func TestLoad(t *testing.T) {
	if *loadDB == "" {
		t.Skip("no -load.db archive given")
	}
	p := testPipeline(t)
	db, err := sqlite.Open(*loadDB, sqlite.Options{ReadOnly: true, Analyzer: p})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("archive: %d articles, %d words", st.Articles, st.Words)
	s, err := New(Config{Archive: db, Annotator: p})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	get := func(path string) (int, error) {
		resp, err := client.Get(ts.URL + path)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, err
	}
	searchPath := func(i int) string {
		return "/api/search?q=" + url.QueryEscape(loadQueries[i%len(loadQueries)])
	}
	// warm up: each query once
	for i := range loadQueries {
		get(searchPath(i))
	}

	// one client
	var one latencies
	var ids []string
	for i := 0; i < 500; i++ {
		start := time.Now()
		if status, err := get(searchPath(i)); err != nil || status != 200 {
			t.Errorf("search %d: status %d, %v", i, status, err)
		}
		one = append(one, time.Since(start))
	}
	t.Logf("/api/search, 1 client: %v", one)
	// the same searches without HTTP: what the archive itself takes
	var direct latencies
	for i := 0; i < 500; i++ {
		start := time.Now()
		if _, err := db.Search(context.Background(), rasid.SearchQuery{Query: loadQueries[i%len(loadQueries)], Limit: 10, Facets: true}); err != nil {
			t.Fatal(err)
		}
		direct = append(direct, time.Since(start))
	}
	t.Logf("archive Search alone (no HTTP), 1 caller: %v", direct)
	for _, q := range loadQueries[:10] {
		res, err := db.Search(context.Background(), rasid.SearchQuery{Query: q, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Results {
			ids = append(ids, h.ID)
		}
	}
	var art latencies
	for i := 0; i < 200 && len(ids) > 0; i++ {
		start := time.Now()
		if status, err := get(articleHref(ids[i%len(ids)])); err != nil || status != 200 {
			t.Errorf("article %s: status %d, %v", ids[i%len(ids)], status, err)
		}
		art = append(art, time.Since(start))
	}
	t.Logf("/article/{id} page, 1 client: %v", art)
	var page latencies
	for i := 0; i < 200; i++ {
		start := time.Now()
		if status, err := get("/?q=" + url.QueryEscape(loadQueries[i%len(loadQueries)])); err != nil || status != 200 {
			t.Errorf("search page: status %d, %v", status, err)
		}
		page = append(page, time.Since(start))
	}
	t.Logf("/ search page, 1 client: %v", page)

	// many clients
	var next, errs atomic.Int64
	var mu sync.Mutex
	var all latencies
	var wg sync.WaitGroup
	began := time.Now()
	for c := 0; c < *loadClients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine latencies
			for {
				i := int(next.Add(1)) - 1
				if i >= *loadN {
					break
				}
				start := time.Now()
				if status, err := get(searchPath(i)); err != nil || status != 200 {
					errs.Add(1)
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	t.Logf("/api/search, %d clients: %v, %d errors, %.0f searches/s", *loadClients, all, errs.Load(), float64(len(all))/elapsed.Seconds())
	if errs.Load() > 0 {
		t.Errorf("%d errors under load", errs.Load())
	}
}
