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
	if a.tab.n != b.tab.n || a.clusters.size() != b.clusters.size() {
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

// TestPlacement: a key is where probing finds it only when no empty slot
// lies between its home and it, around the end of the table too.
func TestPlacement(t *testing.T) {
	var p placement
	p.skip(0, 2)       // 0, 1 empty
	if !p.key(3, 2) || // home 2, slots 2..3 occupied
		p.key(4, 1) { // home 1 is empty
		t.Error("run after an empty slot")
	}
	if err := p.check(); err != nil {
		t.Error(err)
	}
	var w placement
	w.key(0, 14) // wraps: home 14 of 16
	w.skip(5, 3)
	w.skip(15, 0)
	if err := w.check(); err != nil {
		t.Errorf("a wrapped run with slots 14, 15 occupied: %v", err)
	}
	var x placement
	x.key(0, 14)
	x.skip(5, 3)
	x.skip(15, 1) // slot 15 empty: key 0 unreachable from 14
	if x.check() == nil {
		t.Error("a wrapped run over an empty slot was accepted")
	}
}
