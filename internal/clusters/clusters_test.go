package clusters

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// texts are sentences where the colour words and the animal words keep
// different company, so clusters separate them.
func texts(fn func(string)) error {
	colours := []string{"red", "blue", "green", "white"}
	animals := []string{"cat", "dog", "horse", "bird"}
	for i := 0; i < 40; i++ {
		c, a := colours[i%4], animals[(i/4)%4]
		fn("the " + c + " paint is dry . a " + a + " runs fast")
		fn("my " + a + " eats , your " + c + " paint is dry")
	}
	return nil
}

func split(text string, word func(string), cut func()) {
	for _, w := range strings.Fields(text) {
		if w == "," {
			cut()
			continue
		}
		word(w)
	}
}

func build(t *testing.T, o Options) *Result {
	t.Helper()
	r, err := Build(texts, o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func clusterOf(r *Result, w string) int {
	for i, x := range r.Words[:len(r.Cluster)] {
		if x == w {
			return r.Cluster[i]
		}
	}
	return -1
}

func TestBuildSeparates(t *testing.T) {
	for _, o := range []Options{
		{Split: split, Vocab: 100, MinCount: 2, Contexts: 10, Offsets: []int{-1, 1}, K: 6, Iter: 8},
		{Split: split, Vocab: 100, MinCount: 2, Contexts: 10, Offsets: []int{-2, -1, 1, 2}, Weighting: PPMI,
			Dims: 4, K: 6, Coarse: 2, Iter: 8, Init: Random, Seed: 1},
	} {
		r := build(t, o)
		if len(r.Cluster) == 0 {
			t.Fatalf("weighting %d: no clusters", o.Weighting)
		}
		if o.Coarse > 0 && len(r.Coarse) != o.K {
			t.Errorf("weighting %d: %d coarse entries, want %d", o.Weighting, len(r.Coarse), o.K)
		}
		red, blue, cat, dog := clusterOf(r, "red"), clusterOf(r, "blue"), clusterOf(r, "cat"), clusterOf(r, "dog")
		if red != blue || red != clusterOf(r, "white") || cat != dog || cat != clusterOf(r, "bird") || red == cat {
			t.Errorf("weighting %d: red %d blue %d cat %d dog %d, want colours together and apart from animals", o.Weighting, red, blue, cat, dog)
		}
		if again := build(t, o); !reflect.DeepEqual(r, again) {
			t.Errorf("weighting %d: a second run differs", o.Weighting)
		}
	}
}

func TestRankAndLimits(t *testing.T) {
	r := build(t, Options{Split: split, Vocab: 3, MinCount: 1, Contexts: 3, Offsets: []int{1}, K: 2, Iter: 1})
	if len(r.Cluster) != 3 {
		t.Fatalf("%d words clustered, want the vocabulary of 3", len(r.Cluster))
	}
	for i := 1; i < len(r.Counts); i++ {
		if r.Counts[i] > r.Counts[i-1] || (r.Counts[i] == r.Counts[i-1] && r.Words[i] < r.Words[i-1]) {
			t.Fatalf("words not ranked at %d: %v", i, r.Words[:i+1])
		}
	}
	r = build(t, Options{Split: split, MaxTokens: 5, Vocab: 10, MinCount: 1, Contexts: 3, Offsets: []int{1}, K: 2, Iter: 1})
	if n := len(r.Words); n > 5 {
		t.Errorf("MaxTokens 5 read %d types", n)
	}
	r = build(t, Options{Split: split, Vocab: 10, MinCount: 1000, K: 2})
	if r.Cluster != nil {
		t.Errorf("no word reaches MinCount, yet %d clustered", len(r.Cluster))
	}
}

func TestNeighbour(t *testing.T) {
	ids := []int32{0, 1, -1, 2, 3, 4}
	for _, c := range []struct {
		i, off, want int
		ok           bool
	}{
		{0, 1, 1, true}, {0, 2, 0, false}, {1, 1, 0, false}, {3, -1, 0, false},
		{3, 2, 5, true}, {5, -2, 3, true}, {5, 1, 0, false}, {0, -1, 0, false},
	} {
		if j, ok := neighbour(ids, c.i, c.off); j != c.want || ok != c.ok {
			t.Errorf("neighbour(%d, %+d) = %d, %v; want %d, %v", c.i, c.off, j, ok, c.want, c.ok)
		}
	}
}

func TestStream(t *testing.T) {
	var s Stream
	for _, w := range []string{"b", "a", "b", "c"} {
		s.Add(w)
	}
	s.End()
	s.Add("a")
	if got := fmt.Sprint(s.IDs); got != "[0 1 0 2 -1 1]" {
		t.Errorf("IDs = %s", got)
	}
	// a and b twice (a first: same count, word order), then c.
	if got := fmt.Sprint(s.Ranked()); got != "[1 0 2]" {
		t.Errorf("Ranked = %s, want [1 0 2]", got)
	}
	if s.ID("c") != 2 || s.ID("zz") != -1 {
		t.Errorf("ID(c) = %d, ID(zz) = %d", s.ID("c"), s.ID("zz"))
	}
}
