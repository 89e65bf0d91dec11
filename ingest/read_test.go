package ingest

import (
	"archive/zip"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(t *testing.T, paths ...string) (good, bad []Item) {
	t.Helper()
	if err := Walk(paths, func(it Item) {
		if it.Err != nil {
			bad = append(bad, it)
		} else {
			good = append(good, it)
		}
	}); err != nil {
		t.Fatal(err)
	}
	return good, bad
}

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	// ANT-style JSON lines, gzip-compressed: numeric and string ids, time
	gz := filepath.Join(dir, "ant.jsonl.gz")
	f, _ := os.Create(gz)
	zw := gzip.NewWriter(f)
	zw.Write([]byte(`{"id": "JA-1", "title": "عنوان", "text": "نص الخبر الأول.", "time": "2016-12-10T10:18:00+01:00", "source": "إذاعة"}` + "\n"))
	zw.Write([]byte(`{"id": 1e3, "content": "نص آخر.", "published": "2016-12-11"}` + "\n"))
	zw.Write([]byte(`{"id": 3, "text": "نص", "date": "أمس"}` + "\n"))
	zw.Close()
	f.Close()
	// a SaudiNewsNet-style day zip holding a JSON array
	zp := filepath.Join(dir, "day.zip")
	f, _ = os.Create(zp)
	z := zip.NewWriter(f)
	w, _ := z.Create("2015-07-21.json")
	w.Write([]byte(`[{"source": "s", "url": "http://example.org/1", "date_extracted": "2015-07-21 02:51:32", "title": "t", "author": "a", "content": "نص من الأرشيف."},
	 {"source": "s", "url": "http://example.org/2", "date_extracted": "2015-07-21 02:51:32", "title": "t2", "author": "", "content": ""}]`))
	z.Close()
	f.Close()
	good, bad := collect(t, dir)
	var ids []string
	for _, it := range good {
		ids = append(ids, it.Article.ID)
	}
	if got := strings.Join(ids, " "); got != "JA-1 1e3 http://example.org/1" {
		t.Errorf("ids = %q", got)
	}
	if len(good) == 3 && (good[0].Article.Published.Format("2006-01-02") != "2016-12-10" || good[2].Article.Published.Format("2006-01-02") != "2015-07-21") {
		t.Errorf("dates: %v %v", good[0].Article.Published, good[2].Article.Published)
	}
	var msgs []string
	for _, it := range bad {
		msgs = append(msgs, it.Where+": "+it.Err.Error())
	}
	want := []string{"ant.jsonl.gz:3: unreadable date", "day.zip[2015-07-21.json]#2: empty text"}
	if len(msgs) != len(want) {
		t.Fatalf("bad records %q, want %q", msgs, want)
	}
	for i, w := range want {
		if !strings.Contains(msgs[i], w) {
			t.Errorf("bad record %q, want %q", msgs[i], w)
		}
	}
}

func TestReadBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jsonl.gz"), []byte("not gzip"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.zip"), []byte("not zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte{0xff, 0xfe, 'a'}, 0o644)
	os.WriteFile(filepath.Join(dir, "d.xml"), []byte("<?xml version=\"1.0\"?><rss><channel><item><title>x</title></item>"), 0o644)
	os.WriteFile(filepath.Join(dir, "e.json"), []byte(`[{"text": "نص"}, {"text": `), 0o644)
	good, bad := collect(t, dir)
	if len(good) != 1 {
		t.Errorf("good = %+v", good)
	}
	for _, w := range []string{"a.jsonl.gz: not gzip", "b.zip: not a zip", "c.txt: invalid UTF-8 at byte 0", "d.xml: bad XML", "e.json#2: bad JSON"} {
		found := false
		for _, it := range bad {
			if strings.Contains(it.Where+": "+it.Err.Error(), w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no bad record %q among %v", w, bad)
		}
	}
}

// TestReadAtom: an Atom feed's entries are articles: id, alternate link,
// author, published date (else updated), content (else summary, HTML
// stripped), the feed's title as source.
func TestReadAtom(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "feed.atom"), []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة المساء</title>
<entry><id>urn:news:1</id><title>افتتاح مكتبة</title>
<link rel="self" href="https://example.org/self/1"/><link rel="alternate" href="https://example.org/1"/>
<author><name>محرر الثقافة</name></author><published>2016-03-02T08:00:00Z</published><updated>2016-03-04T08:00:00Z</updated>
<content type="html">&lt;p&gt;افتتحت البلدية مكتبة عامة جديدة في وسط المدينة.&lt;/p&gt;</content></entry>
<entry><id>urn:news:2</id><title>طقس</title><updated>2016-03-05T09:30:00+01:00</updated>
<summary>يسود طقس معتدل على معظم المناطق.</summary></entry>
<entry><id>urn:news:3</id><title>فارغ</title><updated>2016-03-05T09:30:00Z</updated></entry>
</feed>`), 0o644)
	good, bad := collect(t, dir)
	if len(good) != 2 || len(bad) != 1 {
		t.Fatalf("good %+v, bad %+v", good, bad)
	}
	a := good[0].Article
	if a.ID != "urn:news:1" || a.URL != "https://example.org/1" || a.Author != "محرر الثقافة" || a.Source != "صحيفة المساء" ||
		a.Published.Format("2006-01-02") != "2016-03-02" || good[0].Text != "افتتحت البلدية مكتبة عامة جديدة في وسط المدينة." {
		t.Errorf("entry 1: %+v %q", a, good[0].Text)
	}
	if good[1].Article.Published.Format("2006-01-02") != "2016-03-05" || good[1].Text != "يسود طقس معتدل على معظم المناطق." {
		t.Errorf("entry 2: %+v %q", good[1].Article, good[1].Text)
	}
	if !strings.Contains(bad[0].Where+": "+bad[0].Err.Error(), "feed.atom#3: item without text") {
		t.Errorf("entry 3: %s: %v", bad[0].Where, bad[0].Err)
	}
}
