package entity

import (
	"bytes"
	"strings"
	"testing"
)

// TestBIOModel: a model with a BIO model of its own (SetBIO) tags the BIO
// output with that model and annotates with its own, and keeps both
// through Write, Read and readEmbedded, byte for byte.
func TestBIOModel(t *testing.T) {
	toks := [][]string{{"زار", "الوفد", "زيتونة", "أمس", "."}, {"وقالت", "زيتونة", "إن", "العمل", "بدأ", "."}}
	train := func(typ string) *Model {
		t.Helper()
		tags := [][]string{{"O", "O", "B-" + typ, "O", "O"}, {"O", "B-" + typ, "O", "O", "O", "O"}}
		m, err := Train(toks, tags, TrainOptions{Epochs: 3, Seed: 1, Folds: 2})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m, b := train("ORG"), train("LOC")
	if err := m.SetBIO(b); err != nil {
		t.Fatal(err)
	}
	if err := train("ORG").SetBIO(m); err == nil {
		t.Error("a model with a BIO model of its own accepted as a BIO model")
	}
	check := func(name string, mm *Model) {
		t.Helper()
		if got := strings.Join(mm.TagSentences(toks)[0], " "); got != "O O B-LOC O O" {
			t.Errorf("%s: BIO output %q, want the BIO model's", name, got)
		}
		sc := getScratch()
		defer sc.put()
		if labels, _ := mm.tagIdx(sc, toks, nil, true); Labels[labels[0][2]] != "B-ORG" {
			t.Errorf("%s: annotator's label %s, want the model's B-ORG", name, Labels[labels[0][2]])
		}
	}
	check("trained", m)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	file := buf.String()
	if !strings.Contains(file, "\nbio: anercorp\n") {
		t.Error("no bio field in the header")
	}
	for _, read := range []struct {
		name string
		f    func(string) (*Model, error)
	}{
		{"Read", func(s string) (*Model, error) { return Read(strings.NewReader(s)) }},
		{"readEmbedded", readEmbedded},
	} {
		mm, err := read.f(file)
		if err != nil {
			t.Fatalf("%s: %v", read.name, err)
		}
		check(read.name, mm)
		var again bytes.Buffer
		if err := mm.Write(&again); err != nil {
			t.Fatal(err)
		}
		if again.String() != file {
			t.Errorf("%s: written again, the file differs", read.name)
		}
	}
	// Without its BIO member the file is refused.
	var plain bytes.Buffer
	if err := train("ORG").Write(&plain); err != nil {
		t.Fatal(err)
	}
	cut := strings.Replace(plain.String(), "rasid train ner\n", "rasid train ner\nbio: anercorp\n", 1)
	if _, err := Read(strings.NewReader(cut)); err == nil {
		t.Error("Read accepted a file without its BIO weights")
	}
	if _, err := readEmbedded(cut); err == nil {
		t.Error("readEmbedded accepted a file without its BIO weights")
	}
}
