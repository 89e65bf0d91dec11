// Package corpus finds the shared data folder (../shared/data beside the
// repository) and reads the raw news archive from it, for tests, benchmarks
// and training. Nothing here is used at run time by the analysis itself.
package corpus

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"io"
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

// SaudiNews reads SaudiNewsNet articles from the day archives in dir, in
// file order, until their contents reach maxBytes (0: all).
func SaudiNews(dir string, maxBytes int) ([]Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Article
	total := 0
	for _, f := range files {
		zr, err := zip.OpenReader(f)
		if err != nil {
			return nil, err
		}
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				zr.Close()
				return nil, err
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				zr.Close()
				return nil, err
			}
			var arts []Article
			if err := json.Unmarshal(b, &arts); err != nil {
				zr.Close()
				return nil, err
			}
			for _, a := range arts {
				out = append(out, a)
				total += len(a.Content)
				if maxBytes > 0 && total >= maxBytes {
					zr.Close()
					return out, nil
				}
			}
		}
		zr.Close()
	}
	return out, nil
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
