package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/rasid/rasid"
)

func TestMergePostings(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	// one segment per article, and an update that deletes a document
	for _, r := range withAids(t) {
		if _, err := db.Put(ctx, []rasid.Record{r}); err != nil {
			t.Fatal(err)
		}
	}
	up := analysed(t, "a3", "سبق", "2015-07-23", "الطقس", "تنخفض درجات الحرارة في المنطقة الشرقية والرياض.")
	if _, err := db.Put(ctx, []rasid.Record{up}); err != nil {
		t.Fatal(err)
	}
	queries := []string{"الاتفاقيات", "المملكة العربية", `"درجات الحرارة"`, "الرياض", "التعاون topic:economy", "لافروف OR الطقس"}
	results := func() string {
		var out string
		for _, q := range queries {
			r, err := db.Search(ctx, rasid.SearchQuery{Query: q, AllVersions: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range r.Results {
				out += fmt.Sprintf("%s %s %.4f %v|", q, h.ID, h.Score, h.Highlights)
			}
		}
		return out
	}
	multi := func() (n int) {
		db.rdb.QueryRow(`SELECT count(*) FROM (SELECT term FROM postings GROUP BY term HAVING count(*) > 1)`).Scan(&n)
		return n
	}
	before := results()
	if multi() == 0 {
		t.Fatal("no term in several segments before the merge")
	}
	// five segments: too few for a merge unless forced
	if st, err := db.MergePostings(ctx, false); err != nil || st.Terms != 0 {
		t.Errorf("MergePostings(false) = %+v, %v; want nothing done", st, err)
	}
	defer func(n int) { mergeChunkRows = n }(mergeChunkRows)
	mergeChunkRows = 3 // chunks end inside terms, and one term fills a chunk
	st, err := db.MergePostings(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if st.Terms == 0 || st.RowsIn <= st.Terms || multi() != 0 {
		t.Errorf("MergePostings(true) = %+v; %d terms still in several rows", st, multi())
	}
	if after := results(); !reflect.DeepEqual(after, before) {
		t.Errorf("search changed by the merge:\n before %s\n after  %s", before, after)
	}
	// the deleted document's postings are gone
	var n int
	db.rdb.QueryRow(`SELECT count(*) FROM postings`).Scan(&n)
	if n == 0 {
		t.Fatal("no postings left")
	}
	// a later Put still adds to merged terms
	if _, err := db.Put(ctx, []rasid.Record{analysed(t, "a5", "عكاظ", "2015-07-24", "", "اتفاقية أخرى في الرياض.")}); err != nil {
		t.Fatal(err)
	}
	if r, err := db.Search(ctx, rasid.SearchQuery{Query: "الرياض", AllVersions: true}); err != nil || r.Total != 4 {
		t.Errorf("after a Put on merged postings: %v %v", ids(r), err)
	}
}

// TestPrepare: records prepared beforehand (as ingest does on its
// workers) are stored as Put stores them unprepared.
func TestPrepare(t *testing.T) {
	ctx := context.Background()
	plain, _ := openTest(t)
	prep, _ := openTest(t)
	recs := withAids(t)
	if _, err := plain.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	pr := withAids(t)
	for i := range pr {
		full := pr[i].Doc
		if err := prep.Prepare(&pr[i]); err != nil {
			t.Fatal(err)
		}
		if pr[i].Prepared == nil || pr[i].Doc == full || len(pr[i].Doc.Tokens) != 0 || pr[i].Doc.Text != full.Text {
			t.Fatalf("Prepare left record %d as it was", i)
		}
	}
	if _, err := prep.Put(ctx, pr); err != nil {
		t.Fatal(err)
	}
	for _, a := range testArticles {
		_, want, err := plain.Article(ctx, a.id)
		if err != nil {
			t.Fatal(err)
		}
		_, got, err := prep.Article(ctx, a.id)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: stored document differs when prepared:\n got %s\nwant %s", a.id, got, want)
		}
	}
	for _, q := range []string{"الاتفاقيات topic:economy", "speaker:لافروف", "الرياض"} {
		a, err := plain.Search(ctx, rasid.SearchQuery{Query: q, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		b, err := prep.Search(ctx, rasid.SearchQuery{Query: q, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		a.Took, b.Took = 0, 0
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: results differ when prepared:\n got %+v\nwant %+v", q, b, a)
		}
	}
}
