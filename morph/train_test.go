package morph

import (
	"bytes"
	"testing"

	"github.com/rasid/rasid/eval"
)

// TestTrainSmall trains on a small slice of the data: the trainer must run,
// be deterministic and learn the common clitics.
func TestTrainSmall(t *testing.T) {
	d := dataDir(t)
	opts := TrainOptions{DataDir: d, MaxTokens: 1500, MaxArticles: 300, Epochs: 3}
	c, err := loadCorpus(opts)
	if err != nil {
		t.Fatal(err)
	}
	run := func() (*Model, []byte) {
		var wiki []goldTok
		for _, s := range c.wiki[:3] {
			wiki = append(wiki, s...)
		}
		ud := append(append([]goldTok{}, c.padt...), c.pud...)
		m := train(wiki, ud, c.counts, c.names, opts)
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return m, b.Bytes()
	}
	m, b1 := run()
	_, b2 := run()
	if !bytes.Equal(b1, b2) {
		t.Error("training twice gave different model files")
	}
	m2, err := Read(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{"وقال", "بالاتفاق"} {
		if a, b := encodeSegs(m.decide(tok)), encodeSegs(m2.decide(tok)); a != b {
			t.Errorf("decide(%q) = %s, after Save/Read %s", tok, a, b)
		}
	}
	st := evalWiki(m2, c.wiki[3], nil)
	t.Logf("small model on a held-out slice: %v", st)
	if pct(st.Segments, st.Words) < 85 {
		t.Errorf("small model segmentation %.2f%%, want ≥ 85%%", pct(st.Segments, st.Words))
	}
}

// TestFloors trains on three WikiNews sections, PADT and the first half of
// PUD, and checks held-out floors: the fourth WikiNews section
// (fine-grained segmentation) and PUD's second half (UD words on gold
// tokens).
func TestFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a full model (about 15 s)")
	}
	d := dataDir(t)
	// One perceptron instead of the shipped ensemble of three, for time.
	tg, err := embeddedTagger()
	if err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{DataDir: d, Seeds: 1, Tagger: tg}
	c, err := loadCorpus(opts)
	if err != nil {
		t.Fatal(err)
	}
	var wiki []goldTok
	for _, s := range c.wiki[:3] {
		wiki = append(wiki, s...)
	}
	half := len(c.pud) / 2
	ud := append(append([]goldTok{}, c.padt...), c.pud[:half]...)
	m := trainWith(wiki, ud, c.pud[:half], c.counts, c.names, opts)
	st := evalWiki(m, c.wiki[3], nil)
	t.Logf("WikiNews section 4: %v", st)
	// Floors just under the figures of docs/morph.md (99.13, 92.93, 98.99).
	if got := pct(st.Segments, st.Words); got < 99.0 {
		t.Errorf("WikiNews section 4 segmentation %.2f%%, want ≥ 99.0%%", got)
	}
	if got := pct(st.POS, st.Words); got < 92.8 {
		t.Errorf("WikiNews section 4 POS %.2f%%, want ≥ 92.8%%", got)
	}
	us := scoreUD(m, c.pud[half:])
	t.Logf("PUD second half: %v", us)
	if _, _, f := us.PRF(); f < 98.9 {
		t.Errorf("PUD second half UD words F1 %.2f, want ≥ 98.9", f)
	}
}

// TestEmbeddedWikiNews checks the shipped model on its WikiNews training
// data through eval.ScoreSegments (a guard against a broken model file).
func TestEmbeddedWikiNews(t *testing.T) {
	d := dataDir(t)
	m := loadT(t)
	secs, err := eval.ReadWikiNewsFile(d + "/farasa-wikinews/WikiNews.pos.ref")
	if err != nil {
		t.Fatal(err)
	}
	var st eval.SegScores
	for _, sec := range secs {
		st.Add(eval.ScoreSegments(sec, m.SegmentGold(), GoldLetters, nil))
	}
	if got := pct(st.Segments, st.Words); got < 99 {
		t.Errorf("embedded model on WikiNews: segmentation %.2f%%, want ≥ 99%%", got)
	}
}
