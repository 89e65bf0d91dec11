package tokenize

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tokenizes each testdata/*.txt and compares a readable dump
// (sentence, span, kind, surface, norm) with testdata/*.golden.
// Run `go test ./tokenize -update` after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		toks := New().Tokens(text, nil)
		sents := Sentences(text, toks, nil)
		var b strings.Builder
		k := 0
		for i, s := range sents {
			fmt.Fprintf(&b, "# sentence %d [%d,%d)\n", i+1, s.Start, s.End)
			for k < len(toks) && toks[k].Start < s.End {
				tk := toks[k]
				norm := ""
				if tk.Norm != text[tk.Start:tk.End] {
					norm = "\t→ " + tk.Norm
				}
				fmt.Fprintf(&b, "%d\t%d\t%s\t%s%s\n", tk.Start, tk.End, tk.Kind, text[tk.Start:tk.End], norm)
				k++
			}
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if b.String() != string(want) {
			t.Errorf("%s: tokens differ from %s (run go test ./tokenize -update and review the diff):\n%s", f, golden, firstDiff(b.String(), string(want)))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(g), len(w))
}
