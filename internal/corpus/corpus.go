// Package corpus finds the shared data folder (../shared/data beside the
// repository) and reads the raw news archive from it, for training, tests
// and benchmarks. Nothing here is used at run time by the analysis itself,
// and it does not import testing (see internal/datatest for the test
// helpers), so the test framework stays out of the shipped binary.
package corpus

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Dir returns the shared data folder: $RASID_DATA if set, else
// ../shared/data relative to the repository root (Root).
func Dir() (string, error) {
	if d := os.Getenv("RASID_DATA"); d != "" {
		return d, nil
	}
	root, err := Root()
	if err != nil {
		return "", err
	}
	data := filepath.Join(root, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		return "", errors.New("shared data folder not found at " + data)
	}
	return data, nil
}

// Module is the module path of the rasid repository.
const Module = "github.com/rasid/rasid"

// Root returns the rasid repository root: the nearest folder at or above
// the working directory whose go.mod declares Module.
func Root() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && declares(string(b), Module) {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("not inside the rasid repository (no go.mod of " + Module + " at or above " + wd + ")")
		}
	}
}

// declares reports whether go.mod text declares module path.
func declares(gomod, path string) bool {
	for _, line := range strings.Split(gomod, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == path {
			return true
		}
	}
	return false
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
		arts, err := decodeDay(rc)
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

// decodeDay decodes one opened member of a SaudiNewsNet day archive, a
// JSON array of articles, and closes it.
func decodeDay(rc io.ReadCloser) ([]Article, error) {
	var arts []Article
	err := json.NewDecoder(rc).Decode(&arts)
	rc.Close()
	return arts, err
}

// ReadDay reads the articles of the member named member of the day archive
// dir/zipName (the first member when member is ""). Errors name zipName
// and the member.
func ReadDay(dir, zipName, member string) ([]Article, error) {
	zr, err := zip.OpenReader(filepath.Join(dir, zipName))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if member != "" && zf.Name != member {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		arts, err := decodeDay(rc)
		if err != nil {
			return nil, fmt.Errorf("%s/%s: %v", zipName, zf.Name, err)
		}
		return arts, nil
	}
	return nil, fmt.Errorf("%s has no member %q", zipName, member)
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

// EachText calls fn with the title and then the content of every
// SaudiNewsNet article in dir, in file order: the raw text that training
// reads (word counts, word clusters).
func EachText(dir string, fn func(text string)) error {
	return EachArticle(dir, func(a Article) bool {
		fn(a.Title)
		fn(a.Content)
		return true
	})
}

// ANTArticle is one record of a JSON-lines news file in the ANT layout
// (ant/ant-train.jsonl.gz): {"id", "category", "title", "abstract",
// "text", "time", "url"}. Fields a file lacks are empty.
type ANTArticle struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Time     string `json:"time"`
	Title    string `json:"title"`
	Abstract string `json:"abstract"`
	Text     string `json:"text"`
	URL      string `json:"url"`
}

// EachANT calls fn for every article of the ANT training file in the data
// folder dir, in file order, until fn returns false. It streams.
func EachANT(dir string, fn func(ANTArticle) bool) error {
	return EachJSONL(filepath.Join(dir, "ant", "ant-train.jsonl.gz"), fn)
}

// EachJSONL calls fn for every article of a JSON-lines file in the ANT
// layout (gzip-compressed when its name ends in .gz), in file order, until
// fn returns false; blank lines are skipped. It streams. A malformed line
// is an error naming the file and the line.
func EachJSONL(path string, fn func(ANTArticle) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var a ANTArticle
		if err := json.Unmarshal(line, &a); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if !fn(a) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
