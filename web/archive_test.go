package web

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/archivetest"
	"github.com/rasid/rasid/sqlite"
)

// testPipeline is the full analysis pipeline, loaded once per test binary
// (archivetest, shared with the archive's own tests).
func testPipeline(t testing.TB) *rasid.Pipeline { return archivetest.Pipeline(t) }

// queryPipeline analyses queries as rasid search and rasid serve do:
// tokens and words, what index terms are made of.
func queryPipeline(t testing.TB) *rasid.Pipeline { return archivetest.QueryPipeline(t) }

// testArticles are the project's own test articles (testdata/article*.txt)
// with the source and date they are stored under; 8 and 9 are two versions
// of one story.
var testArticles = []struct{ file, source, date string }{
	{"article1.txt", "الرياض", "2015-07-21"},
	{"article2.txt", "عكاظ", "2015-07-22"},
	{"article3.txt", "الوطن", "2015-07-23"},
	{"article4.txt", "الشرق الأوسط", "2015-07-23"},
	{"article5.txt", "الاقتصادية", "2015-07-24"},
	{"article6.txt", "الرياض", "2015-07-25"},
	{"article7.txt", "المدينة", "2015-07-25"},
	{"article8.txt", "الاقتصادية", "2015-07-27"},
	{"article9.txt", "اليوم", "2015-07-27"},
}

// testArchive builds a SQLite archive of the test articles plus one whose
// title, text, author and URL carry HTML and script payloads.
func testArchive(t testing.TB) *sqlite.DB {
	return buildArchive(t, true)
}

func buildArchive(t testing.TB, evil bool) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"), sqlite.Options{Analyzer: queryPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var batch []rasid.Record
	add := func(a rasid.Article, text string) {
		rec := archivetest.Record(t, a, text)
		d := rec.Doc
		// the reading aids as the topics and keyphrases layers give them
		// (set here: the tests need no model)
		d.Topics = []rasid.Topic{{Label: "economy", Score: 0.8}, {Label: "politic", Score: 0.2}}
		d.Keyphrases = []rasid.Keyphrase{{Text: "الطاقة المتجددة", Lemma: "طاقة متجدد", Score: 1}}
		batch = append(batch, rec)
	}
	day := func(s string) time.Time { return archivetest.Day(t, s) }
	for i, ta := range testArticles {
		b, err := os.ReadFile(filepath.Join("testdata", ta.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		add(rasid.Article{ID: fmt.Sprintf("a%d", i+1), Title: title, Source: ta.source, Published: day(ta.date),
			URL: "https://example.org/" + ta.file}, text)
	}
	if evil {
		add(rasid.Article{ID: "evil/1", Title: `<script>alert("title")</script> الطاقة`, Source: `<b>src</b>`, Published: day("2015-07-24"),
			URL: "javascript:alert(1)", Author: `"><img src=x onerror=alert(2)>`},
			"قال الوزير إن <img src=x onerror=alert(3)> الطاقة <script>alert(4)</script> مهمة. <a href=\"javascript:alert(5)\">رابط</a>")
	}
	if _, err := db.Put(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	return db
}

// panicking is an archive whose searches panic.
type panicking struct{ rasid.Searcher }

func (panicking) Search(ctx context.Context, q rasid.SearchQuery) (*rasid.SearchResult, error) {
	panic("archive: search panics")
}

var errFake = errors.New("fake failure")
