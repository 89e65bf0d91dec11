package dates

import (
	"testing"
	"time"

	"github.com/rasid/rasid/internal/datatest"
)

// BenchmarkFind runs Find over about 4 MB of SaudiNewsNet articles.
func BenchmarkFind(b *testing.B) {
	texts := datatest.News(b, 4<<20)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	pub := time.Date(2015, 7, 30, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Find(t, pub)
		}
	}
}
