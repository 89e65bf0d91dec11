package main

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/datatest"
)

// benchPipeline runs the pipeline of the given layers over about 1 MB of
// SaudiNewsNet articles and reports bytes/s and words (tokens) per second.
func benchPipeline(b *testing.B, layers string) {
	texts := datatest.News(b, 1<<20)
	ls, err := rasid.ParseLayers(layers)
	if err != nil {
		b.Fatal(err)
	}
	p, err := buildPipeline(ls)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	// count tokens once, outside the timed loop
	words := 0
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		words += len(d.Tokens)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			d := &rasid.Document{Text: t}
			if err := p.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkPipelineTokens is the text layer alone: sentences and tokens.
func BenchmarkPipelineTokens(b *testing.B) { benchPipeline(b, "tokens") }

// BenchmarkPipelineWords is the text layer plus morphology.
func BenchmarkPipelineWords(b *testing.B) { benchPipeline(b, "words") }

// BenchmarkPipelineAll is the full path: every layer.
func BenchmarkPipelineAll(b *testing.B) { benchPipeline(b, "all") }
