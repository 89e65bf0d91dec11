package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

func newTestServer(t *testing.T, c Config) *httptest.Server {
	t.Helper()
	s, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// do sends a request and returns the status, headers and body.
func do(t *testing.T, method, u, ctype string, body io.Reader) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// checkJSONError checks an error answer: status, JSON body with the code.
func checkJSONError(t *testing.T, status int, h http.Header, body string, wantStatus int, wantCode string) {
	t.Helper()
	if status != wantStatus {
		t.Errorf("status = %d, want %d (body %s)", status, wantStatus, body)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want JSON", ct)
	}
	var e errorBody
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" || e.Code != wantCode {
		t.Errorf("error body = %s (%v), want code %q and a message", body, err, wantCode)
	}
}

func TestHealthzAndHeaders(t *testing.T) {
	ts := newTestServer(t, Config{Archive: testArchive(t), Annotator: testPipeline(t)})
	for _, path := range []string{"/healthz", "/", "/static/app.css", "/static/app.js", "/nowhere", "/api/nowhere", "/article/a1", "/analyze"} {
		status, h, _ := do(t, "GET", ts.URL+path, "", nil)
		if status >= 500 {
			t.Errorf("GET %s: status %d", path, status)
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: Content-Security-Policy = %q", path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q", path, h.Get("X-Content-Type-Options"))
		}
	}
	status, _, body := do(t, "GET", ts.URL+"/healthz", "", nil)
	if status != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("GET /healthz = %d %s", status, body)
	}
}

func TestAnalyzeAPI(t *testing.T) {
	ts := newTestServer(t, Config{Annotator: testPipeline(t)})
	text := "قال وزير الخارجية سيرغي لافروف في موسكو أمس إن \"الحوار هو الطريق الوحيد\"."
	check := func(name string, status int, body string) {
		t.Helper()
		if status != 200 {
			t.Fatalf("%s: status %d: %s", name, status, body)
		}
		var d struct {
			Schema   int    `json:"schema"`
			Text     string `json:"text"`
			Date     string `json:"date"`
			Entities []struct {
				Type, Canonical string
			} `json:"entities"`
			Dates []struct{ Value string } `json:"dates"`
		}
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			t.Fatalf("%s: %v in %s", name, err, body)
		}
		if d.Schema != rasid.SchemaVersion || d.Text != text || d.Date != "2022-02-07" {
			t.Errorf("%s: schema %d, text %q, date %q", name, d.Schema, d.Text, d.Date)
		}
		if len(d.Entities) == 0 {
			t.Errorf("%s: no entities in %s", name, body)
		}
		if len(d.Dates) == 0 || d.Dates[0].Value != "2022-02-06" {
			t.Errorf("%s: dates = %+v, want أمس = 2022-02-06", name, d.Dates)
		}
	}
	status, _, body := do(t, "POST", ts.URL+"/api/analyze?date=2022-02-07", "text/plain; charset=utf-8", strings.NewReader(text))
	check("text/plain", status, body)
	js, _ := json.Marshal(map[string]string{"text": text, "date": "2022-02-07"})
	status, _, body = do(t, "POST", ts.URL+"/api/analyze", "application/json", bytes.NewReader(js))
	check("json", status, body)
	// curl --data-binary sends its body as a form
	status, _, body = do(t, "POST", ts.URL+"/api/analyze?date=2022-02-07", "application/x-www-form-urlencoded", strings.NewReader(text))
	check("curl form", status, body)

	for _, c := range []struct {
		name, ctype, body string
		status            int
		code              string
	}{
		{"empty", "text/plain", "   \n", 400, CodeBadRequest},
		{"bad json", "application/json", `{"text": "قال`, 400, CodeBadRequest},
		{"unknown field", "application/json", `{"txt": "قال"}`, 400, CodeBadRequest},
		{"bad date", "application/json", `{"text": "قال", "date": "yesterday"}`, 400, CodeBadRequest},
		{"invalid utf-8", "text/plain", "قال \xff", 400, CodeBadRequest},
		{"binary", "text/plain", "\x00\x01\x02\x03", 400, CodeBadRequest},
		{"image", "image/png", "x", 415, CodeUnsupported},
	} {
		status, h, body := do(t, "POST", ts.URL+"/api/analyze", c.ctype, strings.NewReader(c.body))
		checkJSONError(t, status, h, body, c.status, c.code)
	}
	status, h, body := do(t, "GET", ts.URL+"/api/analyze", "", nil)
	checkJSONError(t, status, h, body, 405, CodeMethod)
	status, h, body = do(t, "GET", ts.URL+"/api/no/such/thing", "", nil)
	checkJSONError(t, status, h, body, 404, CodeNotFound)
	status, h, body = do(t, "GET", ts.URL+"/api/search?q=x", "", nil)
	checkJSONError(t, status, h, body, 503, CodeNoArchive)
}

func TestBodyLimit(t *testing.T) {
	ts := newTestServer(t, Config{Annotator: testPipeline(t), MaxBody: 1000})
	big := strings.Repeat("قال ", 600) // 4,800 bytes
	status, h, body := do(t, "POST", ts.URL+"/api/analyze", "text/plain", strings.NewReader(big))
	checkJSONError(t, status, h, body, 413, CodeTooLarge)
	// chunked: no Content-Length
	status, h, body = do(t, "POST", ts.URL+"/api/analyze", "text/plain", io.MultiReader(strings.NewReader(big)))
	checkJSONError(t, status, h, body, 413, CodeTooLarge)
	// the page answers 413 too, as a page
	form := url.Values{"text": {big}}.Encode()
	status, h, _ = do(t, "POST", ts.URL+"/analyze", "application/x-www-form-urlencoded", strings.NewReader(form))
	if status != 413 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		t.Errorf("POST /analyze of %d bytes = %d %s, want 413 html", len(form), status, h.Get("Content-Type"))
	}
	status, _, body = do(t, "POST", ts.URL+"/api/analyze", "text/plain", strings.NewReader(big[:900]))
	if status != 200 {
		t.Errorf("900 bytes: status %d %s", status, body)
	}
}

// TestBodyLimit20MB sends a 20 MB body the way curl does, without
// Expect: 100-continue, and wants a clean 413.
func TestBodyLimit20MB(t *testing.T) {
	ts := newTestServer(t, Config{Annotator: testPipeline(t)})
	big := bytes.Repeat([]byte("a"), 20<<20)
	status, h, body := do(t, "POST", ts.URL+"/api/analyze", "text/plain", bytes.NewReader(big))
	checkJSONError(t, status, h, body, 413, CodeTooLarge)
}

// blocking is an annotator that waits until released.
type blocking struct {
	started chan struct{}
	release chan struct{}
}

func (b *blocking) Annotate(ctx context.Context, d *rasid.Document) error {
	b.started <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

func TestAnalysisBound(t *testing.T) {
	b := &blocking{started: make(chan struct{}, 4), release: make(chan struct{})}
	ts := newTestServer(t, Config{Annotator: b, MaxAnalyses: 1, AnalysisWait: 200 * time.Millisecond})
	var wg sync.WaitGroup
	wg.Add(1)
	first := 0
	go func() {
		defer wg.Done()
		first, _, _ = do(t, "POST", ts.URL+"/api/analyze", "text/plain", strings.NewReader("نص"))
	}()
	<-b.started
	status, h, body := do(t, "POST", ts.URL+"/api/analyze", "text/plain", strings.NewReader("نص"))
	checkJSONError(t, status, h, body, 503, CodeBusy)
	close(b.release)
	wg.Wait()
	if first != 200 {
		t.Errorf("first analysis: status %d, want 200", first)
	}
}

type failing struct{}

func (failing) Annotate(ctx context.Context, d *rasid.Document) error { return errFake }

func TestPanicAndInternalErrors(t *testing.T) {
	ts := newTestServer(t, Config{Archive: panicking{testArchive(t)}, Annotator: failing{}})
	status, h, body := do(t, "GET", ts.URL+"/api/search?q=الطاقة", "", nil)
	checkJSONError(t, status, h, body, 500, CodeInternal)
	status, _, body = do(t, "GET", ts.URL+"/?q=الطاقة", "", nil)
	if status != 500 || !strings.Contains(body, `dir="rtl"`) || strings.Contains(body, "panics") {
		t.Errorf("page after panic = %d, body %.200s", status, body)
	}
	status, h, body = do(t, "POST", ts.URL+"/api/analyze", "text/plain", strings.NewReader("نص"))
	checkJSONError(t, status, h, body, 500, CodeInternal)
	if strings.Contains(body, errFake.Error()) {
		t.Errorf("internal detail reached the client: %s", body)
	}
}

func TestSearchAPI(t *testing.T) {
	ts := newTestServer(t, Config{Archive: testArchive(t), Annotator: testPipeline(t)})
	status, _, body := do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape("الطاقة")+"&limit=2", "", nil)
	if status != 200 {
		t.Fatalf("search: %d %s", status, body)
	}
	var res rasid.SearchResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total < 3 || len(res.Results) != 2 || res.Results[0].ID == "" || res.Results[0].Snippet == "" ||
		len(res.Results[0].Highlights) == 0 || res.Facets == nil || len(res.Facets.Sources) == 0 || len(res.Facets.Days) == 0 {
		t.Errorf("search = %s", body)
	}
	// the highlights are code point offsets into the snippet
	hl0 := res.Results[0].Highlights[0]
	if hl := string([]rune(res.Results[0].Snippet)[hl0.Start:hl0.End]); !strings.Contains(hl, "طاق") {
		t.Errorf("highlight %q in %q", hl, res.Results[0].Snippet)
	}
	for _, bad := range []string{"limit=0", "limit=abc", "limit=1000", "offset=-1", "sort=random", "q=" + url.QueryEscape(strings.Repeat("ا", 600)), "q=%FF"} {
		status, h, body := do(t, "GET", ts.URL+"/api/search?"+bad, "", nil)
		checkJSONError(t, status, h, body, 400, CodeBadRequest)
	}
	status, h, body := do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape(`"غير منتهية`), "", nil)
	checkJSONError(t, status, h, body, 400, CodeBadRequest)

	for _, path := range []string{"/api/articles/a1", "/api/articles/evil/1", "/api/articles/evil%2F1"} {
		status, _, body = do(t, "GET", ts.URL+path, "", nil)
		if status != 200 || !strings.Contains(body, fmt.Sprintf(`"document":{"schema":%d`, rasid.SchemaVersion)) || !strings.Contains(body, `"title":`) {
			t.Errorf("GET %s: %d %.300s", path, status, body)
		}
	}
	status, h, body = do(t, "GET", ts.URL+"/api/articles/nope", "", nil)
	checkJSONError(t, status, h, body, 404, CodeNotFound)
	status, h, body = do(t, "GET", ts.URL+"/api/entities/"+url.PathEscape("لا أحد"), "", nil)
	checkJSONError(t, status, h, body, 404, CodeNotFound)
	status, h, body = do(t, "GET", ts.URL+"/api/quotes", "", nil)
	checkJSONError(t, status, h, body, 400, CodeBadRequest)
	for _, path := range []string{"/api/stats", "/api/quotes?speaker=" + url.QueryEscape("عبدالعزيز بن سلمان"), "/api/entities/" + url.PathEscape("الرياض")} {
		status, _, body = do(t, "GET", ts.URL+path, "", nil)
		if status != 200 || !strings.HasPrefix(body, "{") {
			t.Errorf("GET %s = %d %s", path, status, body)
		}
	}
}

// inTag finds event handler attributes and javascript: URLs inside tags.
// (after quoted attribute values are emptied: html/template quotes every
// attribute and escapes quotes in text).
var (
	inTag  = regexp.MustCompile(`<[^>]*(\son\w+=|javascript:)[^>]*>`)
	quoted = regexp.MustCompile(`"[^"]*"`)
)

// TestUntrustedText checks that HTML and script in stored titles, texts,
// URLs and query strings come out as text.
func TestUntrustedText(t *testing.T) {
	ts := newTestServer(t, Config{Archive: testArchive(t), Annotator: testPipeline(t)})
	payload := `<script>alert(6)</script>"'><img src=x onerror=alert(7)>`
	pages := []string{
		"/article/evil/1",
		"/?q=" + url.QueryEscape("الطاقة"),
		"/?q=" + url.QueryEscape(payload),
		"/?q=" + url.QueryEscape("("+payload),
		"/quotes?speaker=" + url.QueryEscape(payload) + "&q=" + url.QueryEscape(payload),
		"/entity/" + url.PathEscape(payload),
		"/article/" + url.PathEscape(payload),
		"/" + url.PathEscape(payload),
	}
	for _, p := range pages {
		_, _, body := do(t, "GET", ts.URL+p, "", nil)
		low := strings.ToLower(body)
		if m := inTag.FindString(quoted.ReplaceAllString(low, `""`)); m != "" {
			t.Errorf("GET %s: an event handler or javascript: URL in a tag: %s", p, m)
		}
		for _, bad := range []string{"<script>alert", "<img", `href="javascript:`, "<b>src"} {
			if strings.Contains(low, bad) {
				i := strings.Index(low, bad)
				t.Errorf("GET %s: page holds %q: …%s…", p, bad, body[max(0, i-80):min(len(body), i+80)])
			}
		}
		if n := strings.Count(low, "<script"); n != 1 {
			t.Errorf("GET %s: %d script elements, want only the page's own", p, n)
		}
	}
	// the analysis page too
	form := url.Values{"text": {"قال الوزير " + payload}, "date": {"2015-07-21"}}.Encode()
	_, _, body := do(t, "POST", ts.URL+"/analyze", "application/x-www-form-urlencoded", strings.NewReader(form))
	if strings.Contains(body, "<img") || strings.Count(body, "<script") != 1 {
		t.Errorf("POST /analyze echoes markup: %.500s", body)
	}
}

// TestServeDuringIngest searches through the server while another
// connection writes batches to the same archive file, as a separate
// `rasid ingest` does: every search must answer 200.
func TestServeDuringIngest(t *testing.T) {
	p := testPipeline(t)
	path := filepath.Join(t.TempDir(), "live.db")
	w, err := sqlite.Open(path, sqlite.Options{Analyzer: p})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	text, err := os.ReadFile(filepath.Join("testdata", "article1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	put := func(n int) {
		var batch []rasid.Record
		for i := 0; i < 3; i++ {
			id := fmt.Sprintf("live-%d-%d", n, i)
			d := &rasid.Document{ID: id, Text: string(text) + strings.Repeat(" الطاقة", n%7+i)}
			if err := p.Annotate(context.Background(), d); err != nil {
				t.Error(err)
				return
			}
			batch = append(batch, rasid.Record{Article: rasid.Article{ID: id, Title: id, Source: "اختبار"}, Doc: d})
		}
		if _, err := w.Put(context.Background(), batch); err != nil {
			t.Errorf("put: %v", err)
		}
	}
	put(0)
	r, err := sqlite.Open(path, sqlite.Options{ReadOnly: true, Analyzer: queryPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ts := newTestServer(t, Config{Archive: r, Annotator: p})

	done := make(chan struct{})
	go func() {
		defer close(done)
		for n := 1; n <= 10; n++ {
			put(n)
		}
	}()
	searches, last := 0, 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		status, _, body := do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape("الطاقة المتجددة")+"&versions=all", "", nil)
		if status != 200 {
			t.Fatalf("search during ingest: %d %s", status, body)
		}
		var res rasid.SearchResult
		if err := json.Unmarshal([]byte(body), &res); err != nil {
			t.Fatal(err)
		}
		if res.Total < last {
			t.Errorf("hits went down from %d to %d during ingest", last, res.Total)
		}
		last = res.Total
		searches++
	}
	if last < 33 {
		t.Errorf("after the ingest, %d hits, want 33", last)
	}
	t.Logf("%d searches during the ingest, %d hits at the end", searches, last)
}

// TestSearchPageAids: topics and keyphrases are facets that refine the
// query, and hits show them.
func TestSearchPageAids(t *testing.T) {
	ts := newTestServer(t, Config{Archive: testArchive(t), Annotator: testPipeline(t)})
	status, _, body := do(t, "GET", ts.URL+"/?q="+url.QueryEscape("الطاقة"), "", nil)
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	esc := func(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "&#43;") }
	for _, want := range []string{"المواضيع", `href="/?q=` + esc("الطاقة topic:economy"), "اقتصاد",
		"عبارات مفتاحية", `class="kps"`, esc(` keyphrase:"الطاقة المتجددة"`)} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	status, _, body = do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape("الطاقة topic:economy")+"&facets=true", "", nil)
	if status != 200 || !strings.Contains(body, `"topic":"economy"`) || !strings.Contains(body, `"topics":[{"value":"economy"`) {
		t.Errorf("API with topic: = %d %.300s", status, body)
	}
}
