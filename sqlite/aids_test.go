package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/rasid/rasid"
)

// withAids gives the test articles topics and keyphrases as the topics
// and keyphrases layers would (set by hand: the test needs no model).
func withAids(t *testing.T) []rasid.Record {
	t.Helper()
	aids := []struct {
		topic string
		kps   [][2]string // text, lemma
	}{
		{"economy", [][2]string{{"اتفاقية جديدة", "اتفاقية جديد"}, {"التعاون الاقتصادي", "تعاون اقتصادي"}}},
		{"politics", [][2]string{{"وزير الخارجية", "وزير خارجية"}, {"سيرغي لافروف", "سيرغي لافروف"}}},
		{"localNews", nil},
		{"economy", [][2]string{{"التعاون الاقتصادي", "تعاون اقتصادي"}}},
	}
	var recs []rasid.Record
	for i, a := range testArticles {
		r := analysed(t, a.id, a.source, a.date, a.title, a.text)
		r.Doc.Topics = []rasid.Topic{{Label: aids[i].topic, Score: 0.7}, {Label: "sport", Score: 0.3}}
		for _, k := range aids[i].kps {
			r.Doc.Keyphrases = append(r.Doc.Keyphrases, rasid.Keyphrase{Text: k[0], Lemma: k[1], Score: 1})
		}
		recs = append(recs, r)
	}
	return recs
}

func TestAids(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	if _, err := db.Put(ctx, withAids(t)); err != nil {
		t.Fatal(err)
	}
	check := func(db *DB, when string) {
		t.Helper()
		r, err := db.Search(ctx, rasid.SearchQuery{Query: "التعاون", Facets: true, AllVersions: true})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != 3 {
			t.Errorf("%s: التعاون found %s", when, ids(r))
		}
		want := []rasid.Count{{Value: "economy", Count: 2}, {Value: "politics", Count: 1}}
		if !reflect.DeepEqual(r.Facets.Topics, want) {
			t.Errorf("%s: topic facet %+v, want %+v", when, r.Facets.Topics, want)
		}
		if len(r.Facets.Keyphrases) == 0 || r.Facets.Keyphrases[0] != (rasid.Count{Value: "التعاون الاقتصادي", Count: 2}) {
			t.Errorf("%s: keyphrase facet %+v", when, r.Facets.Keyphrases)
		}
		for _, h := range r.Results {
			if h.ID == "a1" && (h.Topic != "economy" || !reflect.DeepEqual(h.Keyphrases, []string{"اتفاقية جديدة", "التعاون الاقتصادي"})) {
				t.Errorf("%s: hit a1 topic %q keyphrases %q", when, h.Topic, h.Keyphrases)
			}
		}
		for q, want := range map[string]string{
			"التعاون topic:politics":            "a2",
			"التعاون topic:Economy":             "a1",
			"topic:localnews|politics":          "a2,a3",
			"topic:sport":                       "", // only the best topic counts
			`keyphrase:"التعاون الاقتصادي"`:     "a1",
			`keyphrase:"تعاون اقتصادي" topic:x`: "",
			`keyphrase:"وزير خارجيه"`:           "a2", // the lemma, normalised
		} {
			r, err := db.Search(ctx, rasid.SearchQuery{Query: q, Sort: rasid.SortDateAsc})
			if err != nil {
				t.Fatalf("%s: %s: %v", when, q, err)
			}
			if ids(r) != want {
				t.Errorf("%s: %s found %q, want %q", when, q, ids(r), want)
			}
		}
	}
	check(db, "new archive")

	// an update drops the old keyphrases
	up := analysed(t, "a2", "عكاظ", "2015-07-22", "", "تحدث الوزراء عن الطقس.")
	if _, err := db.Put(ctx, []rasid.Record{up}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`keyphrase:"وزير الخارجية"`, "topic:politics"} {
		if r, err := db.Search(ctx, rasid.SearchQuery{Query: q}); err != nil || r.Total != 0 {
			t.Errorf("after the update, %s: %v %v", q, ids(r), err)
		}
	}

	// an archive of schema version 2 gets its aids from the stored documents
	v2 := filepath.Join(t.TempDir(), "v2.db")
	old, err := Open(v2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Put(ctx, withAids(t)); err != nil {
		t.Fatal(err)
	}
	old.db.Exec("DROP TABLE doc_aids")
	old.db.Exec("DROP TABLE keyphrases")
	old.db.Exec("DROP TABLE entity_parts")
	old.db.Exec("PRAGMA user_version = 2")
	old.Close()
	db2, err := Open(v2, Options{ReadOnly: true, Analyzer: pipeline(t)})
	if err != nil {
		t.Fatalf("Open(version 2): %v", err)
	}
	defer db2.Close()
	check(db2, "upgraded archive")
	if p, err := db2.Entity(ctx, "لافروف", rasid.EntityQuery{}); err != nil || p.Canonical != "سيرغي لافروف" {
		t.Errorf("upgraded archive: Entity(لافروف) = %+v, %v", p, err)
	}
}
