package morph

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/benchcpu"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/tokenize"
)

// benchMorph runs tokenize + morph over 1 MB of SaudiNewsNet text.
func benchMorph(b *testing.B, withTagger, cold bool) {
	texts := datatest.News(b, 1<<20)
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	if !withTagger {
		c := newModel()
		c.prefixes, c.suffixes, c.w, c.tw, c.ws, c.tv, c.tags = m.prefixes, m.suffixes, m.w, m.tw, m.ws, m.tv, m.tags
		c.memory, c.lex, c.freq, c.lists = m.memory, m.lex, m.freq, m.lists
		m = c
	}
	tok := tokenize.NewAnnotator()
	ann := NewAnnotator(m)
	var size int64
	words := 0
	for _, t := range texts {
		size += int64(len(t))
		d := &rasid.Document{Text: t}
		tok.Annotate(context.Background(), d)
		ann.Annotate(context.Background(), d)
		for _, tk := range d.Tokens {
			words += len(tk.Words)
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	// As a worker of rasid analyze: the token slice and the arena of words
	// and segments are reused from one document to the next.
	var arena rasid.Arena
	var tokens []rasid.Token
	for i := 0; i < b.N; i++ {
		if cold {
			m.cache.reset()
		}
		for _, t := range texts {
			arena.Reset()
			d := &rasid.Document{Text: t, Tokens: tokens[:0], Arena: &arena}
			if err := tok.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
			if err := ann.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
			tokens = d.Tokens
		}
	}
	cpu := stop()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
}

// BenchmarkTextMorph is the full text+morphology path: tokens, segmentation
// and tagging.
func BenchmarkTextMorph(b *testing.B) { benchMorph(b, true, false) }

// BenchmarkTextMorphCold is BenchmarkTextMorph with the segmenter's cache
// emptied before each pass over the text (a fresh process).
func BenchmarkTextMorphCold(b *testing.B) { benchMorph(b, true, true) }

// BenchmarkTextSegment is tokens and segmentation without the tagger.
func BenchmarkTextSegment(b *testing.B) { benchMorph(b, false, false) }

// BenchmarkTextSegmentCold is BenchmarkTextSegment with a cold cache.
func BenchmarkTextSegmentCold(b *testing.B) { benchMorph(b, false, true) }

// BenchmarkDecide is the segmenter on tokens it has not cached.
func BenchmarkDecide(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	toks := []string{"وبصفته", "للسلطة", "وبالاتفاق", "الأكاديمية", "بيلاروس", "شويغو", "سيقومون", "مستواه", "حكومته", "والمتظاهرون"}
	b.ReportAllocs()
	defer benchcpu.Start(b)()
	for i := 0; i < b.N; i++ {
		m.decide(toks[i%len(toks)])
	}
}

func BenchmarkReadSegmenter(b *testing.B) {
	data, err := modelFS.ReadFile(segmenterFile)
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	defer benchcpu.Start(b)()
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytesReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTextMorphParallel is BenchmarkTextMorph with the articles shared
// by GOMAXPROCS goroutines (run with -cpu 1,2): the model is shared, as in
// the analyze command's worker pool; one op is one article (bytes: the
// average article's).
func BenchmarkTextMorphParallel(b *testing.B) {
	texts := datatest.News(b, 1<<20)
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	tok := tokenize.NewAnnotator()
	ann := NewAnnotator(m)
	var size int64
	words := 0
	for _, t := range texts {
		size += int64(len(t))
		d := &rasid.Document{Text: t}
		tok.Annotate(context.Background(), d)
		ann.Annotate(context.Background(), d)
		words += len(d.Tokens)
	}
	var next atomic.Int64
	b.SetBytes(size / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			t := texts[int(next.Add(1))%len(texts)]
			d := &rasid.Document{Text: t}
			if err := tok.Annotate(context.Background(), d); err != nil {
				b.Error(err)
			}
			if err := ann.Annotate(context.Background(), d); err != nil {
				b.Error(err)
			}
		}
	})
	cpu := stop()
	b.ReportMetric(float64(words)/float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(words)/float64(len(texts))/cpu.Seconds(), "cpu-tokens/s")
}
