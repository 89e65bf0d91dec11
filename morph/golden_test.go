package morph

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/golden"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden dumps the words and segments of the project's own test texts
// (testdata/*.txt) and compares them with testdata/*.golden; run
// `go test ./morph -run TestGolden -update` after a retrain and review the
// diff. Tags are left out: they belong to the tagger's model.
func TestGolden(t *testing.T) {
	m := loadT(t)
	golden.Texts(t, *update, func(t *testing.T, text string) string {
		d := &rasid.Document{Text: text}
		if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := NewAnnotator(m).Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return dump(d)
	})
}

// dump writes one line per token: span, surface, kind, segments, and the
// words as form[start:end]/stem.
func dump(d *rasid.Document) string {
	var b strings.Builder
	for _, t := range d.Tokens {
		fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%s\t", t.Start, t.End, t.In(d.Text), t.Kind, strings.Join(t.Segments, "+"))
		for i, w := range t.Words {
			if i > 0 {
				b.WriteString(" · ")
			}
			fmt.Fprintf(&b, "%s[%d:%d]/%s", w.Form, w.Start, w.End, w.Stem)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
