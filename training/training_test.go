package training

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rasid/rasid/conllu"
)

// write puts a file of set s, with content text, in the data folder d.
func write(t *testing.T, d Data, s Set, text string) {
	t.Helper()
	p := d.Path(s)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReaders(t *testing.T) {
	d := Data{Dir: t.TempDir()}
	if d.Has(PUDDev) || d.Has(SaudiNewsNet) {
		t.Fatal("an empty folder has sets")
	}
	write(t, d, PUDDev, "# text = كتب الولد\n1\tكتب\tكتب\tVERB\t_\t_\t0\troot\t_\t_\n2\tالولد\tولد\tNOUN\t_\t_\t1\tnsubj\t_\t_\n\n")
	write(t, d, ANERcorpTrain, "زار O\nعمان B-LOC\n. O\n")
	if !d.Has(PUDDev) {
		t.Error("Has(PUDDev) = false after writing it")
	}
	var words int
	if err := d.Treebank(PUDDev, func(s *conllu.Sentence) error { words += len(s.Words()); return nil }); err != nil || words != 2 {
		t.Errorf("Treebank: %d words, %v; want 2", words, err)
	}
	sents, err := d.ANERcorp()
	if err != nil || len(sents) != 1 || sents[0].Tags[1] != "B-LOC" {
		t.Errorf("ANERcorp = %+v, %v", sents, err)
	}
	if _, err := d.WikiNews(); !os.IsNotExist(err) {
		t.Errorf("WikiNews on a folder without it: %v, want a not-exist error", err)
	}
}
