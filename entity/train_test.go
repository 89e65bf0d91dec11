package entity_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/datatest"
)

// dataDir returns the shared data folder, or skips the test when ANERcorp
// is absent.
func dataDir(t testing.TB) string {
	t.Helper()
	datatest.Path(t, "anercorp/anercorp-train.txt")
	return datatest.Path(t, ".")
}

func readANER(t testing.TB) []eval.BIOSentence {
	f, err := os.Open(filepath.Join(dataDir(t), "anercorp", "anercorp-train.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := eval.ReadBIO(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDevFloor trains a model on the first 90% of the ANERcorp training
// file (with the embedded model's word clusters, which come from
// SaudiNewsNet and have not seen ANERcorp) and scores the last 10%, which
// that model has not seen. Same settings as the shipped model; about 20 s
// on one core.
func TestDevFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model; skipped with -short")
	}
	sents := readANER(t)
	cut := len(sents) - len(sents)/10
	emb, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	trToks, trTags := eval.Columns(sents[:cut])
	m, err := entity.Train(trToks, trTags, entity.TrainOptions{Epochs: 10, Seed: 1, Mix: 3, Clusters: emb.Clusters()})
	if err != nil {
		t.Fatal(err)
	}
	sc := eval.NewNERScore()
	var toks [][]string
	for _, s := range sents[cut:] {
		toks = append(toks, s.Tokens)
	}
	tags := m.TagSentences(toks)
	for i, s := range sents[cut:] {
		sc.Add(s.Tags, tags[i])
	}
	var b bytes.Buffer
	sc.Report(&b)
	t.Logf("dev split (last 10%%):\n%s", b.String())
	floors := map[string]float64{"": 69, "LOC": 83, "PERS": 68, "ORG": 55, "MISC": 38}
	for typ, floor := range floors {
		c := sc.All
		if typ != "" {
			c = *sc.ByType[typ]
		}
		if c.F1() < floor {
			t.Errorf("dev F1 %q = %.2f, want ≥ %.0f", typ, c.F1(), floor)
		}
	}
}

// TestTrainSmall trains on a small slice without clusters and checks that
// the model learns the slice and survives a Write/Read round trip.
func TestTrainSmall(t *testing.T) {
	sents := readANER(t)[:300]
	trToks, trTags := eval.Columns(sents)
	m, err := entity.Train(trToks, trTags, entity.TrainOptions{Epochs: 5, Seed: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	sc := eval.NewNERScore()
	var toks [][]string
	for _, s := range sents {
		toks = append(toks, s.Tokens)
	}
	tags := m.TagSentences(toks)
	for i, s := range sents {
		sc.Add(s.Tags, tags[i])
	}
	if f := sc.All.F1(); f < 90 {
		t.Errorf("training-slice F1 = %.2f, want ≥ 90", f)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := entity.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	a := strings.Join(m.TagBIO(sents[0].Tokens), " ")
	b := strings.Join(m2.TagBIO(sents[0].Tokens), " ")
	if a != b {
		t.Errorf("tags differ after Write/Read:\n%s\n%s", a, b)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "أعلن O\nبوتين B-PERS\n. O\n\nفي O\nموسكو\tB-LOC\n O\n"
	s, err := eval.ReadBIO(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || len(s[0].Tokens) != 3 || len(s[1].Tokens) != 2 || s[1].Tags[1] != "B-LOC" {
		t.Errorf("ReadCoNLL = %+v", s)
	}
}

func TestScore(t *testing.T) {
	sc := eval.NewNERScore()
	gold := []string{"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"}
	pred := []string{"B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "B-ORG", "O"}
	sc.Add(gold, pred)
	if sc.All.Gold != 3 || sc.All.Pred != 4 || sc.All.Correct != 2 {
		t.Errorf("counts = %+v, want gold 3, pred 4, correct 2", sc.All)
	}
	// An I- tag after O starts a chunk, as in conlleval.
	sc = eval.NewNERScore()
	sc.Add([]string{"O", "I-LOC"}, []string{"O", "B-LOC"})
	if sc.All.Correct != 1 {
		t.Errorf("I- after O not read as a chunk start: %+v", sc.All)
	}
}
