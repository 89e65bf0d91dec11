// Package corpus finds the shared data folder (../shared/data beside the
// repository) and reads the raw news archive from it, for tests, benchmarks
// and training. Nothing here is used at run time by the analysis itself.
package corpus

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Dir returns the shared data folder: $RASID_DATA if set, else
// ../shared/data relative to the repository root (the folder holding
// go.mod), found by walking up from the working directory.
func Dir() (string, error) {
	if d := os.Getenv("RASID_DATA"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			data := filepath.Join(d, "..", "shared", "data")
			if _, err := os.Stat(data); err != nil {
				return "", errors.New("shared data folder not found at " + data)
			}
			return data, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("repository root (go.mod) not found")
		}
	}
}

// Path returns the path of a file or folder inside the shared data folder,
// or skips the test or benchmark with a message when it is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d, err := Dir()
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is absent", p)
	}
	return p
}

// Article is one SaudiNewsNet article.
type Article struct {
	Source  string `json:"source"`
	URL     string `json:"url"`
	Date    string `json:"date_extracted"`
	Title   string `json:"title"`
	Author  string `json:"author"`
	Content string `json:"content"`
}

// EachArticle calls fn for every SaudiNewsNet article of the day archives
// in dir, in file order (archives sorted by name, then as stored), until fn
// returns false. It streams: one day's JSON array is in memory at a time.
func EachArticle(dir string, fn func(Article) bool) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no SaudiNewsNet archives in " + dir)
	}
	sort.Strings(files)
	for _, f := range files {
		more, err := eachInZip(f, fn)
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
	return nil
}

func eachInZip(name string, fn func(Article) bool) (bool, error) {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return false, err
	}
	defer zr.Close()
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return false, err
		}
		var arts []Article
		err = json.NewDecoder(rc).Decode(&arts)
		rc.Close()
		if err != nil {
			return false, errors.New(name + ": " + err.Error())
		}
		for _, a := range arts {
			if !fn(a) {
				return false, nil
			}
		}
	}
	return true, nil
}

// SaudiNews reads SaudiNewsNet articles from the day archives in dir, in
// file order, until their contents reach maxBytes (0: all).
func SaudiNews(dir string, maxBytes int) ([]Article, error) {
	var out []Article
	total := 0
	err := EachArticle(dir, func(a Article) bool {
		out = append(out, a)
		total += len(a.Content)
		return maxBytes <= 0 || total < maxBytes
	})
	return out, err
}

// News returns about maxBytes of SaudiNewsNet article text for a benchmark,
// skipping it when the data is absent.
func News(tb testing.TB, maxBytes int) []string {
	tb.Helper()
	dir := Path(tb, "saudinewsnet")
	arts, err := SaudiNews(dir, maxBytes)
	if err != nil {
		tb.Fatalf("reading SaudiNewsNet: %v", err)
	}
	var texts []string
	for _, a := range arts {
		texts = append(texts, a.Content)
	}
	return texts
}

// ANTArticle is one article of the ANT corpus (ant/ant-train.jsonl.gz).
type ANTArticle struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Time     string `json:"time"`
	Title    string `json:"title"`
	Abstract string `json:"abstract"`
	Text     string `json:"text"`
}

// EachANT calls fn for every article of the ANT training file in the data
// folder dir, in file order, until fn returns false. It streams.
func EachANT(dir string, fn func(ANTArticle) bool) error {
	f, err := os.Open(filepath.Join(dir, "ant", "ant-train.jsonl.gz"))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var a ANTArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("ant-train.jsonl.gz:%d: %v", line, err)
		}
		if !fn(a) {
			return nil
		}
	}
	return sc.Err()
}
