package tokenize

import (
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/normalize"
)

func newsBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// BenchmarkNormalize normalises real news text with the Default profile.
func BenchmarkNormalize(b *testing.B) {
	texts := datatest.News(b, 4<<20)
	n := normalize.DefaultNormalizer()
	b.SetBytes(newsBytes(texts))
	b.ReportAllocs()
	b.ResetTimer()
	var buf []byte
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			buf = n.Append(buf[:0], t)
		}
	}
}

// BenchmarkTokenize runs normalise + tokens + sentences on real news text.
func BenchmarkTokenize(b *testing.B) {
	texts := datatest.News(b, 4<<20)
	tk := New()
	b.SetBytes(newsBytes(texts))
	b.ReportAllocs()
	b.ResetTimer()
	var toks []rasid.Token
	var sents []rasid.Span
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			toks = tk.Tokens(t, toks[:0])
			sents = Sentences(t, toks, sents[:0])
		}
	}
}
