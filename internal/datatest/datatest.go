// Package datatest is what tests and benchmarks use to reach the shared
// data folder (../shared/data): a test that needs a file there calls Path,
// which skips the test when the folder is absent, or fails it when the
// environment variable CI is "true" (CI runs with the data present, so a
// skip there would hide a test that never runs). Packages with such tests
// run them through Main, which prints one line naming the tests skipped
// for want of data.
package datatest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/rasid/rasid/internal/corpus"
)

var (
	mu      sync.Mutex
	skipped []string
)

// InCI reports whether the tests run in CI (CI=true), where the data must
// be present.
func InCI() bool { return os.Getenv("CI") == "true" }

// Skip skips tb because data it needs is absent (it fails under CI).
func Skip(tb testing.TB, format string, args ...any) {
	tb.Helper()
	msg := fmt.Sprintf(format, args...)
	if InCI() {
		tb.Fatalf("CI=true but the data is absent: %s", msg)
	}
	mu.Lock()
	skipped = append(skipped, tb.Name())
	mu.Unlock()
	tb.Skipf("skipping: %s", msg)
}

// Dir returns the shared data folder, or skips tb.
func Dir(tb testing.TB) string {
	tb.Helper()
	d, err := corpus.Dir()
	if err != nil {
		Skip(tb, "%v", err)
	}
	return d
}

// Path returns the path of a file or folder inside the shared data folder,
// or skips tb when it is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(tb), rel)
	if _, err := os.Stat(p); err != nil {
		Skip(tb, "%s is absent", p)
	}
	return p
}

// News returns about maxBytes of SaudiNewsNet article text for a
// benchmark, or skips it when the data is absent.
func News(tb testing.TB, maxBytes int) []string {
	tb.Helper()
	arts, err := corpus.SaudiNews(Path(tb, "saudinewsnet"), maxBytes)
	if err != nil {
		tb.Fatalf("reading SaudiNewsNet: %v", err)
	}
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Content
	}
	return texts
}

// Main runs the tests of a package (call it from TestMain) and then says,
// in one line, which of them were skipped for want of the shared data.
// go test shows a passing package's output only with -v, so the line also
// goes to the terminal when there is one.
func Main(m *testing.M) int {
	code := m.Run()
	if line := Summary(); line != "" {
		fmt.Fprintln(os.Stderr, line)
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			fmt.Fprintln(tty, line)
			tty.Close()
		}
	}
	return code
}

// Summary is the line Main prints: empty when nothing was skipped.
func Summary() string {
	mu.Lock()
	defer mu.Unlock()
	if len(skipped) == 0 {
		return ""
	}
	names := append([]string(nil), skipped...)
	sort.Strings(names)
	wd, _ := os.Getwd()
	return fmt.Sprintf("%s: %d data-dependent tests skipped, ../shared/data absent: %s", filepath.Base(wd), len(names), strings.Join(names, ", "))
}
