package sqlite

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/search"
)

// TestPackSameAsTerms: the packed index terms a record is prepared with
// are search.Terms' terms, positions and length, title included.
func TestPackSameAsTerms(t *testing.T) {
	recs := withAids(t)
	recs = append(recs, analysed(t, "long", "", "2015-07-21", "", testArticles[1].text+"\n"+testArticles[0].text+"\n"+testArticles[1].text))
	for i := range recs {
		// titles as rasid ingest indexes them (a word shared with the
		// text, one of its own)
		td := &rasid.Document{Text: "اتفاقية التعاون في " + recs[i].Article.ID}
		if err := pipeline(t).Annotate(context.Background(), td); err != nil {
			t.Fatal(err)
		}
		recs[i].TitleDoc = td
	}
	for _, r := range recs {
		want := search.Terms(r.Doc)
		want.AddTitle(r.TitleDoc)
		got := search.Pack(r.Doc, r.TitleDoc)
		if got.Length != want.Length || !reflect.DeepEqual(got.Spans, want.Spans) || got.Len() != len(want.Keys) {
			t.Fatalf("%s: length %d, %d spans, %d terms; want %d, %d, %d", r.Article.ID,
				got.Length, len(got.Spans), got.Len(), want.Length, len(want.Spans), len(want.Keys))
		}
		for i, k := range want.Keys {
			key, enc := got.Term(i)
			if string(key) != k || !bytes.Equal(enc, search.AppendPositions(nil, want.Positions[i])) {
				t.Errorf("%s: term %d is %q %v, want %q %v", r.Article.ID, i, key, enc, k, want.Positions[i])
			}
		}
	}
}
