package main

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/datatest"
)

// BenchmarkPipelineFacts is every layer but the reading aids, the
// baseline the aids' cost is compared with.
func BenchmarkPipelineFacts(b *testing.B) { benchPipeline(b, "words,entities,dates,quotes") }

// BenchmarkAids runs the three reading-aid annotators (topics, keyphrases,
// summary) alone over about 1 MB of SaudiNewsNet articles analysed once
// beforehand: their own cost within a full analysis.
func BenchmarkAids(b *testing.B) {
	texts := datatest.News(b, 1<<20)
	full, err := buildPipeline(map[string]bool{rasid.LayerWords: true, rasid.LayerEntities: true, rasid.LayerDates: true, rasid.LayerQuotes: true})
	if err != nil {
		b.Fatal(err)
	}
	aids, err := aidAnnotators(map[string]bool{rasid.LayerTopics: true, rasid.LayerKeyphrases: true, rasid.LayerSummary: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*rasid.Document
	var size int64
	words := 0
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := full.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(t))
		words += len(d.Tokens)
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, a := range aids {
				if err := a.Annotate(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
