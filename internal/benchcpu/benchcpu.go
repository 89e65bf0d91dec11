// Package benchcpu adds the CPU time per operation to Go benchmarks. On a
// machine shared with other jobs a benchmark's wall time (ns/op) measures
// the load as much as the code; the CPU time the process spends (user and
// system, all threads, the garbage collector's included) is what the code
// costs, and stays comparable from one run to the next.
package benchcpu

import (
	"testing"
	"time"
)

// Start begins measuring; call it after the benchmark's setup (after
// b.ResetTimer). The returned stop reports "cpu-ns/op" and returns the CPU
// time per operation.
func Start(b *testing.B) (stop func() time.Duration) {
	start := cpuTime()
	return func() time.Duration {
		if b.N == 0 {
			return 0
		}
		d := (cpuTime() - start) / time.Duration(b.N)
		b.ReportMetric(float64(d.Nanoseconds()), "cpu-ns/op")
		return d
	}
}
