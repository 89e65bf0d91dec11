package topic_test

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/topic"
)

// BenchmarkAnnotate is the topic layer alone (terms and the classifier,
// no title) over about 256 KB of SaudiNewsNet articles tokenised and
// tagged beforehand.
func BenchmarkAnnotate(b *testing.B) {
	texts := datatest.News(b, 256<<10)
	m, err := topic.Load()
	if err != nil {
		b.Fatal(err)
	}
	p := pipeline(b)
	a := topic.NewAnnotator(m, nil)
	var docs []*rasid.Document
	var size int64
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(t))
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := a.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoad reads the embedded model (once per process in analysis).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := topic.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
