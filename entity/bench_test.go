package entity_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/tokenize"
)

func benchText(b *testing.B) string {
	var sb strings.Builder
	for _, f := range []string{"testdata/wire1.txt", "testdata/wire2.txt"} {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
	}
	return strings.Repeat(sb.String(), 10)
}

// BenchmarkTagSentences measures the tagger alone on pre-split tokens.
func BenchmarkTagSentences(b *testing.B) {
	m, err := entity.Load()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	var sents [][]string
	words := 0
	for _, s := range strings.Split(text, ".") {
		f := strings.Fields(s)
		words += len(f)
		sents = append(sents, append(f, "."))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagSentences(sents)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnnotate measures the entity annotator on a tokenized document
// (tokenization not timed).
func BenchmarkAnnotate(b *testing.B) {
	m, err := entity.Load()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	d := &rasid.Document{Text: text}
	tk := tokenize.NewAnnotator()
	if err := tk.Annotate(context.Background(), d); err != nil {
		b.Fatal(err)
	}
	a := entity.NewAnnotator(m)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := a.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
