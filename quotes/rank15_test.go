package quotes_test

import (
	"strings"
	"testing"

	"github.com/rasid/rasid/quotes"
)

// TestRankExplicitMargin: a rules' speaker the grammar names outright (the
// cue's subject, rgram=subj) needs the larger explicit margin to be
// replaced; a guess named elsewhere needs the model's margin only
// (session 15).
func TestRankExplicitMargin(t *testing.T) {
	cs := []quotes.Candidate{
		{Name: "أ", Rules: true, Feats: []string{"nomention", "rgram=subj", "rules"}},
		{Name: "ب", Feats: []string{"pos=before"}},
	}
	m := &quotes.SpeakerModel{Weights: map[string]float64{"rules": 1, "pos=before": 3}, Margin: 0.5, GuessesOnly: true, ExplicitMargin: 4}
	if i := m.Choose(cs); i != 0 {
		t.Errorf("the cue's subject, gap 2 under the explicit margin 4: chose %d, want the rules' 0", i)
	}
	cs[0].Feats = []string{"nomention", "rgram=before", "rules"}
	if i := m.Choose(cs); i != 1 {
		t.Errorf("a phrase before the cue, gap 2 over the margin 0.5: chose %d, want 1", i)
	}
	cs[0].Feats = []string{"nomention", "rgram=attr", "rules"}
	m.ExplicitMargin = 1.5
	if i := m.Choose(cs); i != 1 {
		t.Errorf("an attribution's complement, gap 2 over the explicit margin 1.5: chose %d, want 1", i)
	}
}

// TestRankRulesGrammar: the rules' candidate says where the grammar put
// their speaker — the cue's subject, an attribution's complement, the
// head of a relative clause before the cue — and what its head word is
// (session 15; sentences written for this test).
func TestRankRulesGrammar(t *testing.T) {
	tests := []struct{ text, content, gram, head string }{
		{"وأشارت الصحيفة في عددها الأخير إلى أن أسعار القمح سترتفع.", "أسعار القمح", "rgram=subj", "rhead=body"},
		{"وقال المختصون إن موسم الأمطار سيتأخر هذا العام.", "موسم الأمطار", "rgram=subj", "rhead=plural"},
		{"وستتراجع أسعار الذهب في الربيع، بحسب مصادر مصرفية في السوق.", "أسعار الذهب", "rgram=attr", "rhead=source"},
	}
	for _, tc := range tests {
		d, _ := findFull(t, tc.text)
		found := false
		for _, q := range quotes.Candidates(d) {
			if !strings.Contains(tc.text[q.Quote.Start:q.Quote.End], tc.content) {
				continue
			}
			for _, c := range q.Candidates {
				if !c.Rules {
					continue
				}
				found = true
				if !hasFeat(c, tc.gram) || !hasFeat(c, tc.head) {
					t.Errorf("%s: the rules' speaker %q has features %v, want %s and %s", tc.text, c.Name, c.Feats, tc.gram, tc.head)
				}
			}
		}
		if !found {
			t.Errorf("%s: no rules' candidate for the quote", tc.text)
		}
	}
}
