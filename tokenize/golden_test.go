package tokenize

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tokenizes each testdata/*.txt and compares a readable dump
// (sentence, span, kind, surface, norm) with testdata/*.golden.
// Run `go test ./tokenize -update` after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	golden.Texts(t, *update, func(t *testing.T, text string) string {
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
		return b.String()
	})
}
