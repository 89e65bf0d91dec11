package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

// TestHelperRasid is not a test: it is the rasid command for tests that
// need it as a process (the kill test), with the arguments in
// RASID_HELPER_ARGS (JSON).
func TestHelperRasid(t *testing.T) {
	js := os.Getenv("RASID_HELPER_ARGS")
	if js == "" {
		t.Skip("helper process for TestIngestKillResume")
	}
	var args []string
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

// Sentences written for these tests, combined into synthetic articles.
var testSentences = []string{
	"وقعت الحكومة اتفاقية جديدة للتعاون في مجال الطاقة المتجددة.",
	"قال وزير الاقتصاد إن النمو سيتحسن خلال العام المقبل.",
	"افتتح أمير المنطقة معرضا للكتاب في مدينة جدة.",
	"أعلنت الشركة عن أرباح فصلية أعلى من التوقعات.",
	"شهدت الأسواق المالية تراجعا حادا بعد قرار البنك المركزي.",
	"وصل وفد رسمي إلى العاصمة لبحث العلاقات الثنائية.",
	"تتوقع الأرصاد أمطارا غزيرة على المناطق الجنوبية.",
	"فاز المنتخب الوطني بالمباراة النهائية بهدفين.",
}

// writeArticles writes n synthetic articles as JSON lines; article i holds
// the unique word marker<i>.
func writeArticles(t *testing.T, path string, n, sentences int) {
	t.Helper()
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		var text strings.Builder
		for j := 0; j < sentences; j++ {
			text.WriteString(testSentences[(i*7+j*3+j*j)%len(testSentences)])
			text.WriteString(" ")
			if j == sentences/2 {
				fmt.Fprintf(&text, "الرمز marker%d. ", i)
			}
		}
		rec := map[string]any{"id": fmt.Sprintf("art-%04d", i), "title": fmt.Sprintf("خبر %d", i),
			"text": strings.TrimSpace(text.String()), "date": fmt.Sprintf("2015-07-%02d", 1+i%28), "source": []string{"الرياض", "عكاظ"}[i%2]}
		js, _ := json.Marshal(rec)
		b.Write(js)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// rasidProcess starts this test binary as rasid.
func rasidProcess(args ...string) *exec.Cmd {
	js, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRasid$")
	cmd.Env = append(os.Environ(), "RASID_HELPER_ARGS="+string(js))
	return cmd
}

func TestIngestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts rasid processes")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	const n = 300
	writeArticles(t, in, n, 24)
	db := filepath.Join(dir, "a.db")

	cmd := rasidProcess("ingest", "--db", db, "--batch", "8", "--workers", "1", "--quiet", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until some batches are committed, then kill -9
	deadline := time.Now().Add(2 * time.Minute)
	committed := 0
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		committed = countArticles(t, db)
		if committed >= 16 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed == 0 {
		t.Fatalf("nothing committed before the kill; stderr: %s", stderr.String())
	}
	after := countArticles(t, db)
	if after >= n {
		t.Skipf("ingest finished before the kill (%d articles); nothing to prove", after)
	}
	// every stored article is whole: text, layers and index entries
	checkWhole(t, db, n)

	// running again resumes: the committed articles are unchanged
	out, err := rasidProcess("ingest", "--db", db, "--format", "json", in).Output()
	if err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	var sum struct{ New, Unchanged, Failed int }
	if err := json.Unmarshal(out, &sum); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if sum.Unchanged < after || sum.New+sum.Unchanged != n || sum.Failed != 0 {
		t.Errorf("second ingest after the kill (%d stored): %+v", after, sum)
	}
	if got := countArticles(t, db); got != n {
		t.Errorf("%d articles after resuming, want %d", got, n)
	}
	checkWhole(t, db, n)
}

func countArticles(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	s, err := sqlite.Open(path, sqlite.Options{ReadOnly: true})
	if err != nil {
		return 0 // being created
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return 0
	}
	return st.Articles
}

// checkWhole checks that each article in the archive has its document and
// is found by its marker word, and that no marker finds a missing one.
func checkWhole(t *testing.T, path string, n int) {
	t.Helper()
	s, err := openSearcher(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("art-%04d", i)
		a, js, err := s.Article(ctx, id)
		r, serr := s.Search(ctx, rasid.SearchQuery{Query: fmt.Sprintf("=marker%d", i), AllVersions: true})
		if serr != nil {
			t.Fatal(serr)
		}
		if rasid.ErrorCode(err) == rasid.ENotFound {
			if r.Total != 0 {
				t.Errorf("%s is not stored but its index entries are", id)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Text   string            `json:"text"`
			Tokens []json.RawMessage `json:"tokens"`
		}
		if err := json.Unmarshal(js, &doc); err != nil || len(doc.Tokens) == 0 || a.Words == 0 {
			t.Errorf("%s stored without its layers (%v)", id, err)
		}
		if r.Total != 1 || r.Results[0].ID != id {
			t.Errorf("%s stored but its marker finds %+v", id, r.Results)
		}
	}
}

func TestIngestFormatsAndSearch(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news")
	os.MkdirAll(filepath.Join(in, "sub"), 0o755)
	writeArticles(t, filepath.Join(in, "a.jsonl"), 6, 4)
	os.WriteFile(filepath.Join(in, "sub", "note.txt"), []byte("عنوان الخبر\nافتتح أمير المنطقة معرضا للكتاب في مدينة جدة."), 0o644)
	os.WriteFile(filepath.Join(in, "bad.jsonl"), []byte("{\"id\": 1, \"text\": \"نص\"}\n{not json}\n{\"id\": 3}\n"), 0o644)
	os.WriteFile(filepath.Join(in, "page.html"), []byte(`<!DOCTYPE html><html><head><title>صفحة الخبر</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/x">اتصل بنا</a></nav>
<article><h1>صفحة الخبر</h1><p>وصل وفد رسمي إلى العاصمة لبحث العلاقات الثنائية بين البلدين في مجالات التجارة والاستثمار والطاقة.</p>
<p>وقال رئيس الوفد إن الزيارة تهدف إلى تعزيز التعاون الاقتصادي وتوسيع الشراكة في قطاعات جديدة خلال الأعوام المقبلة.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`), 0o644)
	os.WriteFile(filepath.Join(in, "feed.xml"), []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title>
<item><title>أمطار</title><link>https://example.org/1</link><guid>g-1</guid><pubDate>Tue, 21 Jul 2015 10:00:00 +0300</pubDate>
<description>&lt;p&gt;تتوقع الأرصاد أمطارا غزيرة على المناطق الجنوبية.&lt;/p&gt;</description></item>
</channel></rss>`), 0o644)
	db := filepath.Join(dir, "a.db")
	var stdout, stderr bytes.Buffer
	code := run([]string{"ingest", "--db", db, in}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("ingest with bad records: exit %d, want 1; stderr: %s", code, stderr.String())
	}
	for _, want := range []string{"bad.jsonl:2: bad JSON", `bad.jsonl:3: no "text" or "content" field`, "10 new", "2 failed"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	// numeric ids round-trip as written
	stdout.Reset()
	if code := run([]string{"search", "--db", db, "--format", "json", "=نص"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("search: %s", stderr.String())
	}
	if !strings.Contains(stdout.String(), `"id":"1"`) {
		t.Errorf("numeric id: %s", stdout.String())
	}
	// the feed item and the page's main text, without boilerplate
	stdout.Reset()
	run([]string{"search", "--db", db, "--format", "json", "--all", "الأرصاد"}, nil, &stdout, &stderr)
	if !strings.Contains(stdout.String(), `"id":"g-1"`) || !strings.Contains(stdout.String(), `"source":"وكالة الأنباء"`) {
		t.Errorf("feed item: %s", stdout.String())
	}
	stdout.Reset()
	run([]string{"search", "--db", db, "--format", "json", "الوفد"}, nil, &stdout, &stderr)
	if !strings.Contains(stdout.String(), "page.html") {
		t.Errorf("html page: %s", stdout.String())
	}
	stdout.Reset()
	run([]string{"search", "--db", db, "--format", "json", "الحقوق محفوظة"}, nil, &stdout, &stderr)
	if strings.Contains(stdout.String(), "page.html") {
		t.Errorf("boilerplate indexed: %s", stdout.String())
	}
	// --queries: one line of JSON per query, in order
	qf := filepath.Join(dir, "q.txt")
	os.WriteFile(qf, []byte("marker1\n\nmarker2\n\"marker3\n"), 0o644)
	stdout.Reset()
	stderr.Reset()
	code = run([]string{"search", "--db", db, "--queries", qf, "--format", "json"}, nil, &stdout, &stderr)
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "art-0001") || lines[1] != "[]" || !strings.Contains(lines[2], "art-0002") || !strings.Contains(lines[3], "art-0003") {
		t.Errorf("--queries output:\n%s", stdout.String())
	}
	if code != 0 || !strings.Contains(stderr.String(), "q.txt:4") || !strings.Contains(stderr.String(), "plain words") {
		t.Errorf("--queries with a bad query: exit %d, stderr %s", code, stderr.String())
	}
	// a second ingest adds nothing
	stdout.Reset()
	stderr.Reset()
	run([]string{"ingest", "--db", db, "--format", "json", in}, nil, &stdout, &stderr)
	if !strings.Contains(stdout.String(), `"new":0,"unchanged":10`) {
		t.Errorf("second ingest: %s", stdout.String())
	}
	// stats
	stdout.Reset()
	if code := run([]string{"stats", "--format", "json", "--db", db}, nil, &stdout, &stderr); code != 0 {
		t.Fatal(stderr.String())
	}
	var st map[string]any
	json.Unmarshal(stdout.Bytes(), &st)
	for _, k := range []string{"articles", "words", "stories", "entities", "quotes", "sources", "first", "last", "bytes"} {
		if _, ok := st[k]; !ok {
			t.Errorf("stats lacks %q: %s", k, stdout.String())
		}
	}
	if st["articles"].(float64) != 10 {
		t.Errorf("stats: %s", stdout.String())
	}
}

// TestQuotesAndEntityCommands: rasid quotes and rasid entity over a small
// archive, in both formats.
func TestQuotesAndEntityCommands(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "q.jsonl")
	recs := []string{
		`{"id": "q1", "date": "2015-07-22", "source": "عكاظ", "text": "رحب الوزراء بخطوات التعاون، وقال وزير الخارجية سيرغي لافروف إن «الحوار هو الطريق الوحيد لحل الأزمة».\nوأضاف أن الاجتماع المقبل سيعقد في موسكو."}`,
		`{"id": "q2", "date": "2015-07-23", "source": "الرياض", "text": "وصل وزير الخارجية الروسي سيرغي لافروف إلى موسكو بعد جولة في المنطقة."}`,
	}
	os.WriteFile(in, []byte(strings.Join(recs, "\n")+"\n"), 0o644)
	db := filepath.Join(dir, "a.db")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"ingest", "--db", db, "--quiet", in}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr.String())
	}
	stdout.Reset()
	if code := run([]string{"quotes", "--db", db, "--speaker", "لافروف", "--format", "json", "الحوار"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("quotes: exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "الحوار هو الطريق الوحيد") || !strings.Contains(stdout.String(), `"q1"`) {
		t.Errorf("quotes --format json: %s", stdout.String())
	}
	stdout.Reset()
	run([]string{"quotes", "--db", db, "--speaker", "لافروف", "موسكو"}, nil, &stdout, &stderr)
	if strings.Contains(stdout.String(), "الحوار") {
		t.Errorf("quotes with a word the quote lacks: %s", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"entity", "--db", db, "--format", "json", "لافروف"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("entity: exit %d: %s", code, stderr.String())
	}
	var page map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &page); err != nil {
		t.Fatalf("entity JSON: %v: %s", err, stdout.String())
	}
	if !strings.Contains(stdout.String(), "سيرغي لافروف") || !strings.Contains(stdout.String(), "2015-07-23") || !strings.Contains(stdout.String(), "الحوار") {
		t.Errorf("entity page (canonical name, mentions by day, quotes): %s", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"entity", "--db", db, "لافروف"}, nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "سيرغي لافروف") {
		t.Errorf("entity text: exit %d: %s", code, stdout.String())
	}
}
