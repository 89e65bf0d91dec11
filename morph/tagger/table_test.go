package tagger

import (
	"strconv"
	"testing"
)

// TestTableIndex checks that a table's index finds every key with its
// value and no other string: a table built from a map, and the shipped
// model's tables, each key and each key's prefixes (mostly absent).
func TestTableIndex(t *testing.T) {
	m := map[string]uint16{"": 7}
	for i := range 5000 {
		m["k"+strconv.Itoa(i*3)] = uint16(i)
	}
	tb := tableOf(m)
	for k, v := range m {
		if got, ok := tb.get(k); !ok || got != v {
			t.Fatalf("get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for i := range 5000 {
		k := "k" + strconv.Itoa(i*3+1)
		if _, ok := tb.get(k); ok {
			t.Fatalf("get(%q) found an absent key", k)
		}
	}
	if _, ok := (&table{}).index().get("x"); ok {
		t.Fatal("an empty table found a key")
	}
	sm := shippedModel(t)
	for _, tb := range []*table{sm.names, sm.tagDict, sm.clusters} {
		keys := make(map[string]uint16, tb.len())
		for i := range tb.len() {
			keys[tb.key(i)] = tb.vals[i]
		}
		for k, v := range keys {
			if got, ok := tb.get(k); !ok || got != v {
				t.Fatalf("get(%q) = %d, %v; want %d", k, got, ok, v)
			}
			for j := range len(k) {
				v, in := keys[k[:j]]
				if got, ok := tb.get(k[:j]); ok != in || got != v {
					t.Fatalf("get(%q) = %d, %v; want %d, %v", k[:j], got, ok, v, in)
				}
			}
		}
	}
}

// TestOutputScores checks the output feature's weights compiled at load
// against the look-up of the feature itself, for every UPOS class and every
// candidate lemma script of a few forms.
func TestOutputScores(t *testing.T) {
	m := shippedModel(t)
	if m.outputW == nil {
		t.Fatal("the loaded model has no compiled output weights")
	}
	forms := []string{"كتب", "المدارس", "بالاجتماعات", "يستعملون", "وزيرة"}
	for ti := range m.tags {
		for _, form := range forms {
			for _, c32 := range m.scripts.candidates(nil, form) {
				c := int(c32)
				want := m.lemmaW.Score1(m.outputFeature(form, ti, c))
				if got := m.outputScore(form, ti, c); got != want {
					t.Fatalf("outputScore(%q, %s, %d) = %v; want %v", form, m.tags[ti], c, got, want)
				}
			}
		}
	}
}
