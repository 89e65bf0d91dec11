package quotes_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/quotes"
)

// TestRankCandidates: the candidates of a quote are the rules' choice and
// the persons and organisations named from the sentence before the cue to
// the sentence after the content, never a name inside the content
// (session 10, sentences written for this test).
func TestRankCandidates(t *testing.T) {
	text := "استقبل الوزير فهد السبيعي وفدا من شركة النخيل للتجارة. وقال المدير سعود العنزي إن التعاون مع سالم الهاجري سيستمر. وغادر الوفد مساء."
	d, _ := findFull(t, text)
	qc := quotes.Candidates(d)
	var got []quotes.Candidate
	for _, q := range qc {
		if strings.Contains(text[q.Quote.Start:q.Quote.End], "التعاون") {
			got = q.Candidates
		}
	}
	if len(got) == 0 {
		t.Fatalf("no candidates for the quote: %+v", qc)
	}
	names := map[string]quotes.Candidate{}
	for _, c := range got {
		names[c.Name] = c
	}
	rules, ok := names["سعود العنزي"]
	if !ok || !rules.Rules {
		t.Errorf("the rules' speaker is not a candidate marked Rules: %+v", got)
	}
	if !hasFeat(rules, "pos=slot") {
		t.Errorf("the subject after the cue has no slot feature: %v", rules.Feats)
	}
	if c, ok := names["فهد السبيعي"]; !ok || !hasFeat(c, "pos=prevsent") {
		t.Errorf("the person of the sentence before is not a candidate in it: %+v", got)
	}
	if _, ok := names["سالم الهاجري"]; ok {
		t.Errorf("a name inside the content is a candidate: %+v", got)
	}
	for _, c := range got {
		if c.Rules != (c.Name == "سعود العنزي") {
			t.Errorf("candidate %q marked Rules %v", c.Name, c.Rules)
		}
	}
}

func hasFeat(c quotes.Candidate, f string) bool {
	for _, x := range c.Feats {
		if x == f {
			return true
		}
	}
	return false
}

// TestRankChoose: the model replaces the rules' choice only when another
// candidate outscores it by the margin.
func TestRankChoose(t *testing.T) {
	cs := []quotes.Candidate{
		{Name: "أ", Rules: true, Feats: []string{"rules"}},
		{Name: "ب", Feats: []string{"pos=before"}},
	}
	m := &quotes.SpeakerModel{Weights: map[string]float64{"rules": 1, "pos=before": 2}, Margin: 1.5}
	if i := m.Choose(cs); i != 0 {
		t.Errorf("margin 1.5, gap 1: chose %d, want the rules' 0", i)
	}
	m.Margin = 0.5
	if i := m.Choose(cs); i != 1 {
		t.Errorf("margin 0.5, gap 1: chose %d, want 1", i)
	}
	if i := m.Choose(cs[1:]); i != -1 {
		t.Errorf("no rules' candidate: chose %d, want -1", i)
	}
	var nilModel *quotes.SpeakerModel
	if i := nilModel.Choose(cs); i != 0 {
		t.Errorf("nil model: chose %d, want the rules' 0", i)
	}
}

// TestRankModelFile: a model written reads back with the same weights and
// margin.
func TestRankModelFile(t *testing.T) {
	m := &quotes.SpeakerModel{Weights: map[string]float64{"rules": 1.25, "pos=slot|cue=verb": -0.5, "zero": 0}, Margin: 2, GuessesOnly: true}
	p := filepath.Join(t.TempDir(), "speaker.bin")
	if err := quotes.WriteSpeakerModel(p, m, "test"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := quotes.ReadSpeakerModel(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got.Margin != 2 || !got.GuessesOnly || got.Weights["rules"] != 1.25 || got.Weights["pos=slot|cue=verb"] != -0.5 || len(got.Weights) != 2 {
		t.Errorf("read back %+v", got)
	}
	if _, err := quotes.ReadSpeakerModel(strings.NewReader("not a model")); err == nil {
		t.Error("a file that is no model read without error")
	}
}

// TestRankHook: a model that prefers the person of the sentence before
// over the subject after the cue changes the speaker; without a model the
// rules' speaker stands.
func TestRankHook(t *testing.T) {
	text := "استقبل الوزير فهد السبيعي وفدا من شركة النخيل للتجارة. وقال المدير سعود العنزي إن التعاون سيستمر."
	defer quotes.ResetSpeakerModel()
	quotes.SetSpeakerModel(nil)
	d, qs := findFull(t, text)
	checkSpeaker(t, d, qs, text, "التعاون", "سعود العنزي")
	quotes.SetSpeakerModel(&quotes.SpeakerModel{Weights: map[string]float64{"pos=prevsent|type=PER": 5}, Margin: 1})
	checkSpeaker(t, d, quotes.Find(d), text, "التعاون", "فهد السبيعي")
}

// TestRankOddInput: candidates of odd text never panic.
func TestRankOddInput(t *testing.T) {
	for _, text := range []string{"", "قال", "قال إن", "«»", "قال: «", "وأضاف أن. قال إن"} {
		d, _ := findFull(t, text)
		_ = quotes.Candidates(d)
		_ = quotes.Candidates(&rasid.Document{Text: text})
	}
}
