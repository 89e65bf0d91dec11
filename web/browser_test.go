package web

import (
	"context"
	"flag"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/rasid/rasid/sqlite"
)

var (
	screenshotDir = flag.String("screenshots", "", "directory for the browser tests' screenshots (default: a temporary directory)")
	docShots      = flag.String("docshots", "", "directory for the documentation's screenshots (the visible part of each page, 1100×760)")
)

// findBrowser returns the path of a Chromium; under CI (CI=true) a missing
// browser fails the test instead of skipping it.
func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("RASID_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found (apt-get install chromium; .ci/run does it): the browser tests must run in CI")
	}
	t.Skip("no Chromium found: install it (apt-get install chromium) to run the browser tests")
	return ""
}

// newBrowser starts a headless Chromium and returns a context for one tab.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := findBrowser(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// start the browser without a timeout (a timeout on the first call
	// would stop the browser when it fires)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// shot saves a full-page screenshot as a test artefact.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := *screenshotDir
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "rasid-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
	if *docShots != "" && !strings.Contains(name, "phone") {
		eval[any](t, ctx, `window.scrollTo(0, 0)`)
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*docShots, "screenshot-"+name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	archive := testArchive(t)
	if *docShots != "" {
		// the documentation's screenshots: the test articles alone
		archive = buildArchive(t, false)
		run(t, ctx, chromedp.EmulateViewport(1100, 760))
	}
	s, err := New(Config{Archive: archive, Annotator: testPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	browserChecks(t, ctx, ts.URL, "الطاقة المتجددة", "عبدالعزيز بن سلمان")
}

// run runs browser steps with a time limit, failing the test on error.
func run(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// TestBrowserArchive runs the browser checks on a real archive (-load.db):
//
//	go test ./web -run TestBrowserArchive -load.db news.db -screenshots DIR
//
// The documentation's screenshots show the project's own test articles
// (data rules: no text of ../shared/data in the repository):
//
//	go test ./web -run 'TestBrowser$' -docshots docs
func TestBrowserArchive(t *testing.T) {
	if *loadDB == "" {
		t.Skip("no -load.db archive given")
	}
	p := testPipeline(t)
	db, err := sqlite.Open(*loadDB, sqlite.Options{ReadOnly: true, Analyzer: p})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{Archive: db, Annotator: p})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	ctx := newBrowser(t)
	run(t, ctx, chromedp.EmulateViewport(1100, 760))
	browserChecks(t, ctx, ts.URL, "وزير الخارجية", "عادل الجبير")
}

// browserChecks walks the UI of the server at base: it types query into
// the search box, opens the first result and looks at its marks, opens an
// entity, lists the quotes of speaker, checks the direction, the keyboard,
// the phone width and the analysis page.
func browserChecks(t *testing.T, ctx context.Context, base, query, speaker string) {
	t.Run("search", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
		dir := eval[string](t, ctx, `document.documentElement.dir`)
		bodyDir := eval[string](t, ctx, `getComputedStyle(document.body).direction`)
		bg := eval[string](t, ctx, `getComputedStyle(document.querySelector("header.top")).backgroundColor`)
		if dir != "rtl" || bodyDir != "rtl" {
			t.Errorf("direction: html dir=%q, body direction %q, want rtl", dir, bodyDir)
		}
		if bg == "" || bg == "rgba(0, 0, 0, 0)" {
			t.Errorf("the stylesheet did not load (header background %q)", bg)
		}
		// "/" focuses the search box (app.js); then type the query and Enter
		run(t, ctx, chromedp.KeyEvent("/"))
		if id := eval[string](t, ctx, `document.activeElement.id`); id != "q" {
			t.Errorf(`after "/", the focus is on %q, want the search box`, id)
		}
		// chromedp sends the key's character as an event of its own, which
		// the page cannot cancel; a real "/" key press leaves the box empty
		eval[string](t, ctx, `document.getElementById("q").value = ""`)
		run(t, ctx, chromedp.KeyEvent(query))
		if v := eval[string](t, ctx, `document.getElementById("q").value`); v != query {
			t.Errorf("typed %q, the box holds %q", query, v)
		}
		run(t, ctx, chromedp.KeyEvent(kb.Enter))
		run(t, ctx, chromedp.WaitVisible(chromedp.CSS(".hit")))
		hits := eval[int](t, ctx, `document.querySelectorAll(".hit").length`)
		marks := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".snippet mark")).map(m => m.textContent)`)
		if hits == 0 || len(marks) == 0 {
			t.Fatalf("%d hits, highlights %q", hits, marks)
		}
		for _, m := range marks {
			if !containsArabic(m) {
				t.Errorf("highlight %q is not Arabic", m)
			}
		}
		if eval[string](t, ctx, `getComputedStyle(document.querySelector(".hit")).direction`) != "rtl" {
			t.Errorf("results are not right-to-left")
		}
		shot(t, ctx, "search")
	})

	t.Run("article", func(t *testing.T) {
		run(t, ctx, chromedp.Click(chromedp.CSS(".hit h3 a")), chromedp.WaitVisible(chromedp.ID("article-text")))
		ents := eval[int](t, ctx, `document.querySelectorAll("#article-text .ent").length`)
		dates := eval[int](t, ctx, `document.querySelectorAll("#article-text .date").length`)
		dir := eval[string](t, ctx, `getComputedStyle(document.getElementById("article-text")).direction`)
		if ents == 0 {
			t.Errorf("no entity marked in the article")
		}
		if dir != "rtl" {
			t.Errorf("article text direction %q, want rtl", dir)
		}
		// keyboard: Tab reaches the entities; the focused one shows its
		// canonical name
		run(t, ctx, chromedp.Focus(chromedp.CSS("#article-text .ent")))
		tip := eval[string](t, ctx, `document.activeElement.getAttribute("data-tip") || ""`)
		shown := eval[string](t, ctx, `getComputedStyle(document.activeElement, "::after").content`)
		if tip == "" || !strings.Contains(shown, strings.Split(tip, " · ")[0]) {
			t.Errorf("focused entity: data-tip %q, shown %q", tip, shown)
		}
		t.Logf("%d entities, %d dates marked", ents, dates)
		shot(t, ctx, "article")
	})

	t.Run("entity", func(t *testing.T) {
		run(t, ctx, chromedp.Click(chromedp.CSS("#article-text a.ent")), chromedp.WaitVisible(chromedp.CSS(".ent-head h1")))
		h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`)
		bars := eval[int](t, ctx, `document.querySelectorAll("svg rect.bar").length`)
		if strings.TrimSpace(h1) == "" || bars == 0 {
			t.Errorf("entity page: h1 %q, %d bars", h1, bars)
		}
		shot(t, ctx, "entity")
	})

	t.Run("quotes", func(t *testing.T) {
		run(t, ctx, chromedp.Navigate(base+"/quotes"), chromedp.WaitVisible(chromedp.ID("speaker")),
			chromedp.SendKeys(chromedp.ID("speaker"), speaker+kb.Enter), chromedp.WaitVisible(chromedp.CSS(".count")))
		if n := eval[int](t, ctx, `document.querySelectorAll(".quotelist li").length`); n == 0 {
			t.Errorf("no quotes listed")
		}
		shot(t, ctx, "quotes")
	})

	t.Run("analyze", func(t *testing.T) {
		text := "قال وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم الاثنين إن \"المملكة تدعم الحل السياسي\"."
		run(t, ctx, chromedp.Navigate(base+"/analyze"), chromedp.WaitVisible(chromedp.ID("text")),
			chromedp.SendKeys(chromedp.ID("text"), text),
			chromedp.Click(chromedp.CSS(`form.analyze button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.ID("article-text")))
		if n := eval[int](t, ctx, `document.querySelectorAll("#article-text .ent").length`); n == 0 {
			t.Errorf("no entity marked in the analysed text")
		}
		shot(t, ctx, "analyze")
	})

	t.Run("phone", func(t *testing.T) {
		run(t, ctx, chromedp.EmulateViewport(390, 844),
			chromedp.Navigate(base+"/?q="+url.QueryEscape(query)), chromedp.WaitVisible(chromedp.CSS(".hit")))
		if eval[bool](t, ctx, `document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`) {
			t.Errorf("the search page scrolls sideways at phone width")
		}
		shot(t, ctx, "search-phone")
		run(t, ctx, chromedp.EmulateViewport(1100, 760))
	})
}

func containsArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}
