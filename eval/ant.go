package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
)

// Article is one record of a JSON-lines news file in the ANT layout
// (../shared/data/ant/ant-train.jsonl.gz): {"id", "category", "title",
// "abstract", "text", …}. Fields a file lacks are empty.
type Article struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Title    string `json:"title"`
	Abstract string `json:"abstract"`
	Text     string `json:"text"`
	Time     string `json:"time"`
}

// ReadArticles reads a JSON-lines file of articles, gzip-compressed when
// its name ends in .gz. A malformed line is an error naming the line.
func ReadArticles(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Article
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// DevSplit tells whether the article with this id belongs to the
// development part of a split that holds out about percent % of the
// articles: those whose FNV-1a hash of the id is below percent mod 100.
// Hashing rather than taking the last ids keeps the classes mixed (ANT's
// ids begin with the category, so the last ids are all one class).
func DevSplit(id string, percent int) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%100) < percent
}
