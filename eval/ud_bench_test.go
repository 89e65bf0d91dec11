package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// pudPath returns the path of the UD Arabic-PUD development file, skipping
// the benchmark when the shared data folder is absent.
func pudPath(b *testing.B) string {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Fatal("go.mod not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "ud-pud", "ar_pud-dev.conllu")
	if _, err := os.Stat(p); err != nil {
		b.Skipf("UD PUD not available (%v): the shared data folder is absent", err)
	}
	return p
}

// BenchmarkReadScoreUD reads PUD twice (as gold and as system) and scores
// it; bytes are those of one file.
func BenchmarkReadScoreUD(b *testing.B) {
	data, err := os.ReadFile(pudPath(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		g, err := ReadUD(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		s, err := ReadUD(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ScoreUD(g, s); err != nil {
			b.Fatal(err)
		}
	}
}
