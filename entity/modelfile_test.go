package entity

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestReadPaths: the embedded model read through Read (one gzip stream)
// and through readEmbedded (member by member) is the same model.
func TestReadPaths(t *testing.T) {
	a, err := Read(strings.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	b, err := readEmbedded(embedded)
	if err != nil {
		t.Fatal(err)
	}
	var wa, wb bytes.Buffer
	if err := a.Write(&wa); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(&wb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wa.Bytes(), wb.Bytes()) || wa.String() != embedded {
		t.Error("the two readers give different models")
	}
	if a.tab.n != b.tab.n || len(a.clusters.words) != len(b.clusters.words) {
		t.Error("different sizes")
	}
}

// TestCorruptPayload: damaged weights and clusters give errors, never a
// panic or a hang.
func TestCorruptPayload(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	head, weights := m.payload()
	clusters, n, err := splitHead(head)
	if err != nil || n != len(head) {
		t.Fatal(err)
	}
	try := func(name string, w []byte) {
		t.Helper()
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s: panic %v", name, r)
			}
		}()
		mm := &Model{}
		_ = mm.decodeWeights(&dec{b: w})
	}
	tryC := func(name string, c []byte) {
		t.Helper()
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s: panic %v", name, r)
			}
		}()
		_, _ = decodeClusters(&dec{b: c})
	}
	for _, cut := range []int{0, 1, 3, 10, 100, len(weights) / 2, len(weights) - 1} {
		try("cut", weights[:cut])
		tryC("cut", clusters[:min(cut, len(clusters))])
	}
	// Bytes flipped along the weights and clusters.
	for i := 0; i < 16; i++ {
		w := bytes.Clone(weights)
		w[(i*7919)%len(w)] ^= 0xa5
		try("flip", w)
		c := bytes.Clone(clusters)
		c[(i*7919)%len(c)] ^= 0xa5
		tryC("flip", c)
	}
	if err := (&Model{}).decodeWeights(&dec{b: weights[:len(weights)-1]}); err == nil {
		t.Error("a truncated table was accepted")
	}
	// A file whose gzip stream stops after the clusters.
	var f bytes.Buffer
	f.WriteString(embedded[:strings.Index(embedded, "\n\n")+2])
	zw := gzip.NewWriter(&f)
	zw.Write(head)
	zw.Close()
	if _, err := readEmbedded(f.String()); err == nil {
		t.Error("a model without weights was accepted")
	}
	if _, err := Read(&f); err == nil {
		t.Error("a model without weights was accepted by Read")
	}
}
