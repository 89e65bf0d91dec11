// Package golden compares test output with golden files kept beside the
// test texts in testdata, and rewrites them when a test runs with -update.
//
// Input → output: the text a test produced and the golden file's path → a
// test failure naming the first differing line, or a rewritten file.
package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check compares got with the golden file at path. With update set it
// writes got to path instead. A difference fails the test with the first
// line that differs; review the diff and rerun with -update when the
// change is intended.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (review, then go test -update):\n%s", path, FirstDiff(got, string(want)))
	}
}

// FirstDiff describes the first line where got and want differ.
func FirstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, gl, wl)
		}
	}
	return "no difference"
}

// Texts checks the dump of each of the package's own test texts,
// testdata/*.txt, against the testdata/*.golden file beside it (Check), one
// subtest a file; dump returns the readable dump of one text.
func Texts(t *testing.T, update bool, dump func(t *testing.T, text string) string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			Check(t, strings.TrimSuffix(f, ".txt")+".golden", dump(t, string(text)), update)
		})
	}
}
