package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Memory bound of `rasid analyze` (docs/benchmarks.md): the models and
// working set take up to baseMemory, and a document up to memPerByte times
// its size (its bytes, its text, the JSON text field, and one window of
// analysis at a time; documents longer than windowBytes are analysed in
// windows and their output goes through temporary files).
const (
	baseMemory = 300 << 20
	memPerByte = 20
)

// checkMaxBytes refuses a --max-bytes value whose documents this machine
// could not hold in memory.
func checkMaxBytes(max int64) error {
	total := physicalMemory()
	if total <= 0 {
		return nil // unknown: trust the user
	}
	if max > (1<<62)/memPerByte {
		return fmt.Errorf("a document that large cannot be analysed")
	}
	need := baseMemory + memPerByte*max
	if need > total {
		largest := (total - baseMemory) / memPerByte
		if largest < 0 {
			largest = 0
		}
		return fmt.Errorf("a document of %s may need up to %s of memory (300 MB + 20× its size) and this machine has %s; the largest limit it can hold is about %s",
			humanBytes(max), humanBytes(need), humanBytes(total), humanBytes(largest))
	}
	return nil
}

// physicalMemory returns the machine's memory in bytes, or 0 when unknown.
func physicalMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 2 && fs[0] == "MemTotal:" {
			kb, err := strconv.ParseInt(fs[1], 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<40:
		return fmt.Sprintf("%.1f TiB", float64(n)/(1<<40))
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
