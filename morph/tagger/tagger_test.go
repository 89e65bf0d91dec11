package tagger

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/training"
)

// dataDir returns the shared data folder, or skips the test when it (or
// the treebanks) is absent.
func dataDir(tb testing.TB) string {
	tb.Helper()
	datatest.Path(tb, string(training.PUDDev))
	return datatest.Path(tb, ".")
}

// A sentence written for these tests: "And the minister said in a statement
// that the government will announce the new plan on Monday."
var testSentence = strings.Fields("و قال الوزير في بيان إن الحكومة س تعلن الخطة الجديدة يوم الاثنين .")

func smallModel(t *testing.T) *Model {
	t.Helper()
	m, err := Train(TrainOptions{DataDir: dataDir(t), MaxSentences: 300, Iterations: 5, Clusters: -1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainSmall(t *testing.T) {
	m := smallModel(t)
	out := m.Tag(testSentence)
	if len(out) != len(testSentence) {
		t.Fatalf("Tag returned %d analyses for %d words", len(out), len(testSentence))
	}
	want := map[int]Analysis{
		0:  {UPOS: "CCONJ", Lemma: "و"},
		3:  {UPOS: "ADP", Lemma: "في"},
		13: {UPOS: "PUNCT", Lemma: "."},
	}
	for i, w := range want {
		if out[i].UPOS != w.UPOS || out[i].Lemma != w.Lemma {
			t.Errorf("Tag(%q)[%d] = %+v, want UPOS %s lemma %s", testSentence[i], i, out[i], w.UPOS, w.Lemma)
		}
	}
	if out[1].UPOS != "VERB" {
		t.Errorf("Tag: قال (qāla, said) tagged %s, want VERB", out[1].UPOS)
	}
	if out[2].UPOS != "NOUN" || out[2].Lemma != "وزير" {
		t.Errorf("Tag: الوزير (the minister) = %+v, want NOUN وزير", out[2])
	}
	if !strings.Contains(out[2].Feats, "Definite=Def") {
		t.Errorf("Tag: الوزير feats %q lack Definite=Def", out[2].Feats)
	}
	for i, a := range out {
		t.Logf("%s\t%+v", testSentence[i], a)
	}
}

func TestSaveLoad(t *testing.T) {
	m := smallModel(t)
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Save is not deterministic")
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := m2.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	// Training is deterministic too.
	m3 := smallModel(t)
	var d bytes.Buffer
	if err := m3.Save(&d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), d.Bytes()) {
		t.Error("training twice gives different models")
	}
	got, want := m2.Tag(testSentence), m.Tag(testSentence)
	for i := range got {
		if got[i].UPOS != want[i].UPOS || got[i].Lemma != want[i].Lemma {
			t.Errorf("loaded model: word %d = %+v, original %+v", i, got[i], want[i])
		}
	}
	if _, err := Load(bytes.NewReader(a.Bytes()[:len(a.Bytes())/2])); err == nil {
		t.Error("Load of a truncated model succeeded")
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load of garbage succeeded")
	}
}

func TestOddInput(t *testing.T) {
	m := smallModel(t)
	inputs := [][]string{
		nil,
		{},
		{""},
		{"", "", ""},
		{strings.Repeat("ب", 5000)},
		{"Hello", "world", "2024", "١٥", "%"},
		{"كِتَابٌ", "ـــ", "\u064E\u064F"},
		{"\xff\xfe", "a\x00b"},
		{"😀", "#وسم", "https://example.org/x"},
	}
	for _, in := range inputs {
		out := m.Tag(in)
		if len(out) != len(in) {
			t.Errorf("Tag(%q) returned %d analyses", in, len(out))
		}
	}
}

// TestDevAccuracy trains on PADT and the first half of the PUD documents and
// scores the second half with gold words. These are honest development
// figures: the held-out documents are not seen in training.
func TestDevAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a full model")
	}
	_, sc, err := Develop(TrainOptions{DataDir: dataDir(t), HoldOut: HoldOutPUD})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PUD second half, gold words: %v", sc)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", sc.UPOS, 90},
		{"lemma", sc.Lemma, 92},
		{"FEATS", sc.Feats, 77},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s accuracy %.2f below floor %.2f", f.name, f.got, f.floor)
		}
	}
}
