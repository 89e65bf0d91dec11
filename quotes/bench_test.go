package quotes_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

// BenchmarkFind runs Find alone on tokenized SaudiNewsNet articles and
// reports words/s.
func BenchmarkFind(b *testing.B) {
	texts := datatest.News(b, 2<<20)
	tok := tokenize.NewAnnotator()
	var docs []*rasid.Document
	var size, words int64
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := tok.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(t))
		words += int64(len(strings.Fields(t)))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			quotes.Find(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
