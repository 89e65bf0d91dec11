package eval

import (
	"hash/fnv"

	"github.com/rasid/rasid/internal/corpus"
)

// Article is one record of a JSON-lines news file in the ANT layout
// (../shared/data/ant/ant-train.jsonl.gz): {"id", "category", "title",
// "abstract", "text", …}. Fields a file lacks are empty.
type Article = corpus.ANTArticle

// ReadArticles reads a JSON-lines file of articles, gzip-compressed when
// its name ends in .gz (corpus.EachJSONL). A malformed line is an error
// naming the line.
func ReadArticles(path string) ([]Article, error) {
	var out []Article
	err := corpus.EachJSONL(path, func(a Article) bool {
		out = append(out, a)
		return true
	})
	if err != nil {
		return nil, err
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
