//go:build !unix

package benchcpu

import "time"

// cpuTime is not measured on this system: the metric reads 0.
func cpuTime() time.Duration { return 0 }
