package morph

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
)

// TestArena: documents analysed one after another with one arena (and one
// token slice, as a worker of rasid analyze reuses them) get the words and
// segments of documents analysed with new memory each.
func TestArena(t *testing.T) {
	m := loadT(t)
	var texts []string
	for _, f := range []string{"testdata/article.txt", "../testdata/lavrov.txt", "../tokenize/testdata/edge.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// Short and long documents in turn, so that the arena both grows and
	// is reused over a larger previous document.
	texts = append(texts, texts[0][:len(texts[0])/3], strings.Repeat(texts[1], 5), texts[2], texts[1])
	tok, ann := tokenize.NewAnnotator(), NewAnnotatorWith(m, Options{RestoreForms: true})
	analyse := func(d *rasid.Document) {
		if err := tok.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := ann.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	var want [][]rasid.Token
	for _, text := range texts {
		d := &rasid.Document{Text: text}
		analyse(d)
		want = append(want, d.Tokens)
	}
	var arena rasid.Arena
	var tokens []rasid.Token
	for round := 0; round < 2; round++ {
		for i, text := range texts {
			arena.Reset()
			d := &rasid.Document{Text: text, Tokens: tokens[:0], Arena: &arena}
			analyse(d)
			if !reflect.DeepEqual(d.Tokens, want[i]) {
				t.Fatalf("round %d, document %d: the tokens differ from those analysed with new memory", round, i)
			}
			tokens = d.Tokens
		}
	}
}
