package quotes

import (
	"strings"
	"testing"
)

// TestNameRel: a candidate's name is a run of words inside the rules'
// name (a rank or a glued word too many) or holds it (a family name
// alone); names written for this test.
func TestNameRel(t *testing.T) {
	for _, c := range []struct{ cand, rules, want string }{
		{"سامر الحربي", "الركن سامر الحربي", "inrules"},
		{"سامر", "الركن سامر", ""},
		{"محمد زين", "محمد زين العابدين", ""},
		{"زين العابدين", "محمد زين العابدين الصافي", ""},
		{"سامر الحربي", "سامر الحربي", ""},
		{"نادر فؤاد الشمري", "الشمري", "hasrules"},
		{"هيئة المياه الوطنية", "هيئة المياه", "hasrules"},
		{"فؤاد الشمري", "سامر الحربي", ""},
		{"الحربي سامر", "سامر الحربي", ""},
		{"", "سامر الحربي", ""},
	} {
		if got := nameRel(strings.Fields(nameKey(c.cand)), strings.Fields(nameKey(c.rules))); got != c.want {
			t.Errorf("nameRel(%q, %q) = %q, want %q", c.cand, c.rules, got, c.want)
		}
	}
}
