package quotes_test

import (
	"strings"
	"testing"

	"github.com/rasid/rasid/quotes"
)

// TestRankTitleHolder: when the rules' speaker is a title used alone, the
// person the document introduced with that title, sentences before, is
// reachable: the rules name him, or he is a candidate marked as holding
// the rules' title (session 13, with the relation features on; sentences
// written for this test).
func TestRankTitleHolder(t *testing.T) {
	quotes.SetRankRelations(true)
	defer quotes.SetRankRelations(false)
	text := "نشرت الصحيفة مقالا للكاتب الأمريكي جون ميلر عن المفاوضات الجارية. وتناول المقال ردود الفعل في العواصم الأوروبية. ويرى دبلوماسيون كثيرون أن الجولة الأخيرة طالت. وأوضح الكاتب أن المفاوضين يحتاجون إلى وقت أطول."
	d, _ := findFull(t, text)
	checkHolder(t, quotes.Candidates(d), text, "المفاوضين يحتاجون", "جون ميلر", "rel=samehead")
}

// TestRankApposedHolder: a title phrase followed by the holder's name
// (courtesy title between): the rules name the person, or the person is
// a candidate marked as apposed to the rules' phrase.
func TestRankApposedHolder(t *testing.T) {
	quotes.SetRankRelations(true)
	defer quotes.SetRankRelations(false)
	text := "وقال عضو اللجنة الاقتصادية في المجلس البلدي الدكتور فيصل الزهراني إن أسعار الشقق ستنخفض في الربع المقبل."
	d, _ := findFull(t, text)
	checkHolder(t, quotes.Candidates(d), text, "أسعار الشقق", "فيصل الزهراني", "rel=apposed", "rel=holder", "rel=inrules")
}

func checkHolder(t *testing.T, qc []quotes.QuoteCandidates, text, content, want string, feats ...string) {
	t.Helper()
	k := strings.Index(text, content)
	for _, q := range qc {
		if q.Quote.Start > k || k >= q.Quote.End {
			continue
		}
		if q.Quote.Speaker.Name == want {
			return
		}
		for _, c := range q.Candidates {
			if c.Name != want {
				continue
			}
			for _, f := range feats {
				if hasFeat(c, f) {
					return
				}
			}
			t.Errorf("%q is a candidate without %v: %v", want, feats, c.Feats)
			return
		}
		t.Errorf("rules' speaker %q, and %q is no candidate: %+v", q.Quote.Speaker.Name, want, q.Candidates)
		return
	}
	t.Errorf("no quote holds %q: %+v", content, qc)
}
