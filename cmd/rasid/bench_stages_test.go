package main

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/internal/benchcpu"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/quotes"
)

// benchStage runs one annotator alone over about 1 MB of SaudiNewsNet
// articles that the layers before it analysed once beforehand (untimed):
// its own cost within a full analysis, with the layers it reads as the
// pipeline gives them.
func benchStage(b *testing.B, before map[string]bool, a rasid.Annotator) {
	texts := datatest.News(b, 1<<20)
	p, err := buildPipeline(before)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var docs []*rasid.Document
	var size int64
	words := 0
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := p.Annotate(ctx, d); err != nil {
			b.Fatal(err)
		}
		// once untimed: the caches a process fills in its first
		// documents are full, as in BenchmarkPipelineAll
		if err := a.Annotate(ctx, d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(t))
		words += len(d.Tokens)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := a.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := stop()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
}

// BenchmarkStageEntities is the entity annotator alone, after the words
// and dates layers.
func BenchmarkStageEntities(b *testing.B) {
	m, err := entityModel()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, map[string]bool{rasid.LayerWords: true, rasid.LayerDates: true}, entity.NewAnnotator(m))
}

// BenchmarkStageQuotes is the quote finder alone, after the words, dates
// and entities layers.
func BenchmarkStageQuotes(b *testing.B) {
	benchStage(b, map[string]bool{rasid.LayerWords: true, rasid.LayerDates: true, rasid.LayerEntities: true}, quotes.NewAnnotator())
}
