package keyphrase_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/tokenize"
)

func analyse(t *testing.T, text string) *rasid.Document {
	t.Helper()
	mm, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	em, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true}), entity.NewAnnotator(em))
	if err != nil {
		t.Fatal(err)
	}
	d := &rasid.Document{Text: text}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestExtract(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyse(t, string(b))
	bg, err := keyphrase.LoadBackground()
	if err != nil {
		t.Fatal(err)
	}
	a := keyphrase.NewAnnotator(bg, keyphrase.DefaultOptions)
	if err := a.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Keyphrases) == 0 || len(d.Keyphrases) > 10 {
		t.Fatalf("%d keyphrases, want 1–10", len(d.Keyphrases))
	}
	seen := map[string]bool{}
	var texts []string
	for i, k := range d.Keyphrases {
		texts = append(texts, k.Text)
		if seen[k.Lemma] {
			t.Errorf("keyphrase %q twice", k.Lemma)
		}
		seen[k.Lemma] = true
		if k.Start < 0 || k.End > len(d.Text) || k.Start >= k.End || !utf8.ValidString(d.Text[k.Start:k.End]) {
			t.Errorf("keyphrase %q: bad span %v", k.Text, k.Span)
		}
		if i > 0 && k.Score > d.Keyphrases[i-1].Score {
			t.Errorf("keyphrases not best first")
		}
	}
	if !strings.Contains(strings.Join(texts, "|"), "زيت الزيتون") {
		t.Errorf("keyphrases = %q, want زيت الزيتون among them", texts)
	}
}

func TestBackgroundRoundTrip(t *testing.T) {
	bg := keyphrase.NewBackground()
	bg.Add(analyse(t, "زيت الزيتون التونسي في الأسواق."))
	bg.Add(analyse(t, "الأسواق الأوروبية."))
	var w1, w2 bytes.Buffer
	if err := bg.Write(&w1); err != nil {
		t.Fatal(err)
	}
	bg2, err := keyphrase.ReadBackground(bytes.NewReader(w1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	bg2.Write(&w2)
	if !bytes.Equal(w1.Bytes(), w2.Bytes()) || bg2.Docs != 2 {
		t.Errorf("round trip changed the table (docs %d)", bg2.Docs)
	}
	if _, err := keyphrase.ReadBackground(strings.NewReader("junk")); err == nil {
		t.Error("ReadBackground accepted junk")
	}
}

func TestEmpty(t *testing.T) {
	bg := keyphrase.NewBackground()
	if got := keyphrase.Extract(&rasid.Document{}, bg, keyphrase.DefaultOptions); len(got) != 0 {
		t.Errorf("Extract(empty) = %v", got)
	}
}
