package entity

import (
	"bytes"
	"testing"
)

func TestCtxBucket(t *testing.T) {
	for _, c := range []struct {
		n, total uint32
		want     uint32
	}{{0, 10, 0}, {1, 1, 0}, {2, 100, 1}, {2, 20, 2}, {3, 10, 3}, {5, 10, 4}, {9, 10, 4}} {
		if got := ctxBucket(c.n, c.total); got != c.want {
			t.Errorf("ctxBucket(%d, %d) = %d, want %d", c.n, c.total, got, c.want)
		}
	}
}

// TestAddContexts: a word met after organisation heads (with proclitics
// too) gets the ORG bucket, a word after given names the PER.first one,
// and the buckets survive writing and reading the model.
func TestAddContexts(t *testing.T) {
	c := &Clusters{words: map[string]clusterEntry{
		"زيتونكس": {fine: noCluster, coarse: noCluster, count: 4},
		"القرطبي": {fine: 3, coarse: 1, count: 3},
		"يوم":     {fine: 5, coarse: 2, count: 100},
	}}
	text := "أعلنت شركة زيتونكس أمس ، وقالت لشركة زيتونكس إن محمد القرطبي وأحمد القرطبي زيتونكس يوم"
	if err := c.AddContexts(func(fn func(string)) error { fn(text); return nil }); err != nil {
		t.Fatal(err)
	}
	org := c.contexts("زيتونكس") & (1<<ctxBits - 1)
	if org != 4 { // 2 of 4 after an organisation head
		t.Errorf("ORG bucket of زيتونكس = %d, want 4", org)
	}
	k := 0
	for contextClasses[k] != "PER.first" {
		k++
	}
	first := c.contexts("القرطبي") >> (k * ctxBits) & (1<<ctxBits - 1)
	if first != 4 {
		t.Errorf("given-name bucket of القرطبي = %d, want 4", first)
	}
	if c.contexts("يوم") != 0 {
		t.Errorf("يوم has context buckets %x", c.contexts("يوم"))
	}
	m, err := Train([][]string{{"قالت", "شركة", "زيتونكس"}}, [][]string{{"O", "O", "B-ORG"}},
		TrainOptions{Epochs: 1, Seed: 1, Clusters: c, SinglePass: true})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	for w, e := range c.words {
		if e2, _ := m2.clusters.get(w); e2 != e {
			t.Errorf("%s: read back %+v, want %+v", w, e2, e)
		}
	}
}
