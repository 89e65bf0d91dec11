package sqlite

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
)

// TestSearchFiltersAndPaging: the query language's filters and operators
// that TestSearch leaves out (type:, +word, AND, sorting by date) and
// offset/limit paging, over the test articles.
func TestSearchFiltersAndPaging(t *testing.T) {
	db, _ := openTest(t)
	fill(t, db)
	ctx := context.Background()
	tests := []struct {
		q      string
		all    bool
		sort   string
		offset int
		limit  int
		want   string
	}{
		{q: "type:PER", want: "a2"},                          // Lavrov is the only person
		{q: "entity:مصر type:LOC", all: true, want: "a1,a4"}, // with entity:, the entity's type
		{q: "entity:مصر type:PER", want: ""},
		{q: `entity:"سيرغي لافروف" type:PER|LOC`, want: "a2"},
		{q: "+لافروف الرياض", want: "a2"},                   // required word
		{q: "التعاون AND الرياض", all: true, want: "a1,a4"}, // both required
		{q: "الاتفاقيات", all: true, offset: 1, limit: 1, want: "a4"},
		{q: "الاتفاقيات", all: true, offset: 3, limit: 5, want: ""},
		{q: "الاتفاقيات", all: true, sort: rasid.SortDateAsc, want: "a1,a2,a4"},
	}
	for _, tt := range tests {
		limit := tt.limit
		if limit == 0 {
			limit = 10
		}
		r, err := db.Search(ctx, rasid.SearchQuery{Query: tt.q, AllVersions: tt.all, Sort: tt.sort, Offset: tt.offset, Limit: limit})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if got := ids(r); got != tt.want {
			t.Errorf("Search(%q, all=%v, sort=%q, offset %d) = %q, want %q", tt.q, tt.all, tt.sort, tt.offset, got, tt.want)
		}
	}
}
