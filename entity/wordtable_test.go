package entity

import (
	"strconv"
	"testing"
)

// TestWordTable: every word added is found with its entry (a repeated
// word with its last one, as a map keeps it), other words and prefixes
// are not, and an empty table finds nothing.
func TestWordTable(t *testing.T) {
	var text string
	var ends []int
	var es []clusterEntry
	add := func(w string, count uint32) {
		text += w
		ends = append(ends, len(text))
		es = append(es, clusterEntry{fine: uint16(count % 7), coarse: noCluster, count: count, ctx: count * 3})
	}
	for i := range 1000 {
		add("كلمة"+strconv.Itoa(i), uint32(i))
	}
	add("كلمة5", 99999)
	tab := newWordTable(text, ends, es)
	if len(tab.ents) != 1000 {
		t.Fatalf("%d entries, want 1000", len(tab.ents))
	}
	for i := range 1000 {
		w := "كلمة" + strconv.Itoa(i)
		want := uint32(i)
		if i == 5 {
			want = 99999
		}
		e, ok := tab.get(w)
		if !ok || e.count != want || e.ctx != want*3 || e.fine != uint16(want%7) {
			t.Errorf("%s: %+v %v, want count %d", w, e, ok, want)
		}
	}
	for _, w := range []string{"", "كلمة", "كلمة1000", "كلمة05"} {
		if e, ok := tab.get(w); ok {
			t.Errorf("%q found: %+v", w, e)
		}
	}
	c := &Clusters{flat: tab}
	if c.size() != 1000 || c.count("كلمة42") != 42 {
		t.Errorf("size %d, count %d", c.size(), c.count("كلمة42"))
	}
	c.thaw()
	if c.flat != nil || len(c.words) != 1000 || c.words["كلمة5"].count != 99999 {
		t.Errorf("thawed: %d words", len(c.words))
	}
	if _, ok := newWordTable("", nil, nil).get("x"); ok {
		t.Error("an empty table finds a word")
	}
	if _, ok := (&wordTable{}).get("x"); ok {
		t.Error("a zero table finds a word")
	}
}
