package quotes_test

import (
	"strings"
	"testing"

	"github.com/rasid/rasid/quotes"
)

// TestRankRulesGrammar: the rules' candidate says where the grammar put
// their speaker — the cue's subject, an attribution's complement, the
// head of a relative clause before the cue — and what its head word is
// (session 15; sentences written for this test).
func TestRankRulesGrammar(t *testing.T) {
	tests := []struct{ text, content, gram, head string }{
		{"وأشارت الصحيفة في عددها الأخير إلى أن أسعار القمح سترتفع.", "أسعار القمح", "rgram=subj", "rhead=body"},
		{"وقال المختصون إن موسم الأمطار سيتأخر هذا العام.", "موسم الأمطار", "rgram=subj", "rhead=plural"},
		{"وستتراجع أسعار الذهب في الربيع، بحسب مصادر مصرفية في السوق.", "أسعار الذهب", "rgram=attr", "rhead=source"},
		{"والتقى الوفد بالجمعية الخيرية التي أكدت أن التبرعات ستزيد هذا الشهر.", "التبرعات", "rgram=rel", "rhead=body"},
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
