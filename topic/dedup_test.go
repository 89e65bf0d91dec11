package topic

import (
	"fmt"
	"math"
	"reflect"
	"testing"
)

// story returns n terms of a made-up text numbered seed.
func story(seed, n int) []string {
	t := make([]string, n)
	for i := range t {
		t[i] = fmt.Sprintf("w%d_%d", seed, i)
	}
	return t
}

func TestDedup(t *testing.T) {
	ex := []Example{
		{Text: story(1, 25), Label: "a"}, // 0: filed twice, two labels, tie
		{Text: story(1, 25), Label: "b"},
		{Text: story(2, 25), Label: "a"}, // 2: three times, majority a
		{Text: story(2, 25), Label: "c"},
		{Text: story(2, 25), Label: "a"},
		{Text: story(3, 25), Label: "b"}, // 5: twice, same label
		{Text: story(3, 25), Label: "b"},
		{Text: story(4, 5), Label: "a"}, // 7: too short to count
		{Text: story(4, 5), Label: "b"},
		{Text: story(5, 25), Label: "c"}, // 9: once
	}
	labels := func(out []Example) []string {
		var l []string
		for _, e := range out {
			l = append(l, fmt.Sprintf("%s%s", e.Text[0], e.Label))
		}
		return l
	}
	for _, c := range []struct {
		mode string
		want []string
	}{
		{"", []string{"w1_0a", "w1_0b", "w2_0a", "w2_0c", "w2_0a", "w3_0b", "w3_0b", "w4_0a", "w4_0b", "w5_0c"}},
		{"drop", []string{"w3_0b", "w3_0b", "w4_0a", "w4_0b", "w5_0c"}},
		{"majority", []string{"w2_0a", "w3_0b", "w3_0b", "w4_0a", "w4_0b", "w5_0c"}},
		{"one", []string{"w2_0a", "w3_0b", "w4_0a", "w4_0b", "w5_0c"}},
	} {
		if got := labels(Dedup(ex, c.mode)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Dedup(%q) = %v, want %v", c.mode, got, c.want)
		}
	}
}

// TestFoldDocVectors: a model trained with a linear document vector
// (VecNorm false) holds its weights in the terms' and scores articles as
// the unfolded model does.
func TestFoldDocVectors(t *testing.T) {
	var ex []Example
	for i := 0; i < 40; i++ {
		l, topic := "a", []string{"ملعب", "هدف", "مباراة"}
		if i%2 == 1 {
			l, topic = "b", []string{"بنك", "تضخم", "دينار"}
		}
		text := append([]string{topic[i%3], fmt.Sprint("x", i%5), topic[(i+1)%3], ""}, topic...)
		ex = append(ex, Example{Title: topic[:1], Text: text, Label: l})
	}
	var texts [][]string
	for _, e := range ex {
		texts = append(texts, e.Text)
	}
	wv, err := BuildVectors(texts, VectorOptions{Dims: 4, Vocab: 100, MinCount: 1, Contexts: 20, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if wv.Len() == 0 {
		t.Fatal("no term vectors")
	}
	o := DefaultOptions
	o.Term, o.Vectors, o.VecWeight = TermStem, wv, 1
	m, err := Train(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	if m.vec != nil || len(m.w) != len(m.terms)*len(m.Labels) {
		t.Fatalf("document vector not folded: %d weights for %d terms", len(m.w), len(m.terms))
	}
	// the same model unfolded: its term weights without the fold, and
	// the document vector's weights apart
	u := *m
	u.vec, u.w, u.wd = wv, make([]float32, len(m.w)), make([]float32, wv.Dims*len(m.Labels))
	u.termVectors()
	for j := range u.wd {
		u.wd[j] = float32(j%3) - 1
	}
	k := len(m.Labels)
	w := make([]float64, (len(m.terms)+wv.Dims)*k)
	for j := range u.wd {
		w[len(m.terms)*k+j] = float64(u.wd[j])
	}
	f := u
	f.w = nil
	f.foldDocVectors(w)
	f.w = make([]float32, len(m.terms)*k)
	for j := range f.w {
		f.w[j] = float32(w[j])
	}
	for _, e := range ex[:4] {
		x := u.vector(u.Opt.counts(e.Title, e.Text), nil)
		su, sf := make([]float64, k), make([]float64, k)
		u.scores(x, su)
		f.scores(x, sf)
		for c := range su {
			if math.Abs(su[c]-sf[c]) > 1e-5 {
				t.Errorf("%v: unfolded %v, folded %v", e.Text[:3], su, sf)
			}
		}
	}
}
