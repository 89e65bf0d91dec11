package entity

import "testing"

// BenchmarkLoad decodes the embedded model, as Load does once per
// process.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := readEmbedded(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
