package entity

import (
	"reflect"
	"testing"
)

// A person chunk of the model that runs over a coordination is split
// (made-up sentences; the chunks are given as a model could give them).
func TestCoordinatedPersons(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words []string
		in    []chunk
		want  []chunk
	}{
		// X والإنجليزي Y: two scorers, the nationality outside both
		{[]string{"وسجل", "كاسترو", "والإنجليزي", "هاربر", "هدفين"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 2, "PERS"}, {3, 4, "PERS"}}},
		// a chunk that starts with the nationality (with و) loses it
		{[]string{"وسجل", "كاسترو", "والألماني", "شولتز", "هدفا"},
			[]chunk{{1, 2, "PERS"}, {2, 4, "PERS"}}, []chunk{{1, 2, "PERS"}, {3, 4, "PERS"}}},
		// a given name after و is left to the model
		{[]string{"وقال", "أحمد", "وليد", "إن", "الخطة", "جاهزة"},
			[]chunk{{1, 3, "PERS"}}, []chunk{{1, 3, "PERS"}}},
		// a nisba that is also a surname stays in the name
		{[]string{"وقال", "محمد", "المصري", "إن", "الخطة", "جاهزة"},
			[]chunk{{1, 3, "PERS"}}, []chunk{{1, 3, "PERS"}}},
	}
	for _, c := range cases {
		fw := make([]string, len(c.words))
		for i, w := range c.words {
			fw[i] = fold(w)
		}
		r := &ruleCtx{m: m, words: c.words, fw: fw, cs: append([]chunk(nil), c.in...), slab: &chunkSlab{}}
		r.coordinatedPersons()
		if !reflect.DeepEqual(r.cs, c.want) {
			t.Errorf("%v: got %v, want %v", c.words, r.cs, c.want)
		}
	}
}
