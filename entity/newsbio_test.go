package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/tokenize"
)

func TestSpansToBIO(t *testing.T) {
	text := "وصل وزير الخارجية إلى بموسكو أمس. والتقى الأمم المتحدة."
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	span := func(s, typ string, after int) entity.GoldSpan {
		i := strings.Index(text[after:], s) + after
		return entity.GoldSpan{Start: i, End: i + len(s), Type: typ}
	}
	moscow := span("موسكو", "LOC", 0)
	un := span("الأمم المتحدة", "ORG", 0)
	toks, tags, err := entity.SpansToBIO(d, []entity.GoldSpan{un, moscow})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range toks {
		for j := range toks[i] {
			got = append(got, toks[i][j]+"/"+tags[i][j])
		}
		got = append(got, "|")
	}
	want := "وصل/O وزير/O الخارجية/O إلى/O بموسكو/B-LOC أمس/O ./O | والتقى/O الأمم/B-ORG المتحدة/I-ORG ./O |"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
	for _, bad := range [][]entity.GoldSpan{
		{un, {Start: un.Start + 2, End: un.End, Type: "ORG"}},
		{{Start: moscow.Start, End: moscow.End, Type: "GPE"}},
		{{Start: 0, End: len(text) + 1, Type: "LOC"}},
	} {
		if _, _, err := entity.SpansToBIO(d, bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
