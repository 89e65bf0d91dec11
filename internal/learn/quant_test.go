package learn

import (
	"math/rand/v2"
	"testing"
)

// TestQuant: a quantized matrix finds every key (and no other), and adds
// the same integer rows as the float matrix it came from, scaled.
func TestQuant(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 4, 5, 17, 26} {
		keys := make([]uint64, 500)
		seen := map[uint64]bool{}
		for i := range keys {
			k := rng.Uint64()
			if i%7 == 0 {
				k &= 0xffffffff // keys sharing their high half
			}
			for seen[k] {
				k++
			}
			seen[k] = true
			keys[i] = k
		}
		w := make([]float32, len(keys)*n)
		for i := range w {
			w[i] = float32(rng.NormFloat64())
		}
		b := NewBlocks(n, keys, w)
		q := Quantize(b)
		if q.Len() != len(keys) {
			t.Fatalf("n=%d: %d rows, want %d", n, q.Len(), len(keys))
		}
		for r, k := range keys {
			if got := q.Find(k); got != r {
				t.Fatalf("n=%d: Find(key %d) = %d", n, r, got)
			}
			if q.Key(r) != k {
				t.Fatalf("n=%d: Key(%d) wrong", n, r)
			}
			for c := 0; c < n; c++ {
				if d := float64(q.Weight(r, c))*q.Scale - float64(w[r*n+c]); d > q.Scale/2+1e-6 || d < -q.Scale/2-1e-6 {
					t.Fatalf("n=%d: weight (%d,%d) off by %g", n, r, c, d)
				}
			}
		}
		for i := 0; i < 1000; i++ {
			if k := rng.Uint64(); !seen[k] && q.Find(k) >= 0 {
				t.Fatalf("n=%d: found absent key", n)
			}
			if k := keys[i%len(keys)] ^ 1<<40; !seen[k] && q.Find(k) >= 0 {
				t.Fatalf("n=%d: found absent key sharing the low half", n)
			}
		}
		feats := []uint64{keys[3], 12345, keys[7], keys[3], keys[499]}
		got := make([]int32, n)
		q.Add(feats, got)
		for c := 0; c < n; c++ {
			want := int32(0)
			for _, r := range []int{3, 7, 3, 499} {
				want += int32(q.Weight(r, c))
			}
			if got[c] != want {
				t.Fatalf("n=%d: Add class %d = %d, want %d", n, c, got[c], want)
			}
		}
	}
}
