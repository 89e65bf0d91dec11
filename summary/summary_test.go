package summary_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/summary"
	"github.com/rasid/rasid/tokenize"
)

func TestChoose(t *testing.T) {
	b, err := os.ReadFile("../keyphrase/testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	mm, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	bg, err := keyphrase.LoadBackground()
	if err != nil {
		t.Fatal(err)
	}
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), morph.NewAnnotator(mm), summary.NewAnnotator(bg, summary.DefaultOptions))
	if err != nil {
		t.Fatal(err)
	}
	d := &rasid.Document{Text: string(b)}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Summary) < 1 || len(d.Summary) > 3 {
		t.Fatalf("%d summary sentences, want 1–3", len(d.Summary))
	}
	for i, s := range d.Summary {
		if i > 0 && s.Start < d.Summary[i-1].End {
			t.Errorf("summary spans not in text order: %v", d.Summary)
		}
	}
	first := d.Summary[0].In(d.Text)
	if strings.HasPrefix(first, "تونس -") {
		t.Errorf("summary keeps the dateline: %q", first)
	}
	if !strings.HasPrefix(first, "قال وزير الفلاحة") {
		t.Errorf("first summary sentence = %q, want the lead without its dateline", first)
	}
}

func TestBoilerplateAndEmpty(t *testing.T) {
	bg := keyphrase.NewBackground()
	if got := summary.Choose(&rasid.Document{}, bg, summary.DefaultOptions); got != nil {
		t.Errorf("Choose(empty) = %v", got)
	}
}
