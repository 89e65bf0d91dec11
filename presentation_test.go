package rasid_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
	"github.com/rasid/rasid/tokenize"
)

// spy records the text an annotator is given.
type spy struct{ seen *string }

func (spy) Name() string { return "spy" }
func (s spy) Annotate(_ context.Context, d *rasid.Document) error {
	*s.seen = d.Text
	return nil
}

// Issue 9 item 10: the annotators read presentation forms as letters
// (ﻓﻲ as في, ﷲ as الله), and the spans still point into the original text.
func TestPresentationFormsAreFolded(t *testing.T) {
	var seen string
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), spy{&seen})
	if err != nil {
		t.Fatal(err)
	}
	text := "قال ﻓﻲ ﷲ ﻻ ﹰ ﷺ."
	d := &rasid.Document{Text: text}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if want := "قال في الله لا ً ﷺ."; seen != want {
		t.Errorf("annotators saw %q, want %q", seen, want)
	}
	if d.Text != text {
		t.Fatalf("Text rewritten: %q", d.Text)
	}
	var got []string
	for _, tk := range d.Tokens {
		got = append(got, tk.In(d.Text))
	}
	if want := "قال ﻓﻲ ﷲ ﻻ ﹰ ﷺ ."; strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	if s := d.Sentences; len(s) != 1 || s[0].Start != 0 || s[0].End != len(text) {
		t.Errorf("sentences %v", s)
	}
}

// The normalised form of U+FE70 (isolated fathatan) holds no space.
func TestPresentationMarkHasNoSpace(t *testing.T) {
	for _, r := range []rune{0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E} {
		if n := normalize.String(string(r)); strings.Contains(n, " ") {
			t.Errorf("normalize(U+%04X) = %q holds a space", r, n)
		}
		if l := rasid.PresentationLetters(r); strings.Contains(l, " ") {
			t.Errorf("PresentationLetters(U+%04X) = %q holds a space", r, l)
		}
	}
}
