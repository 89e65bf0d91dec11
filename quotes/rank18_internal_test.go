package quotes

import "testing"

// TestNoNameWords: a phrase that opens with a particle, a preposition, a
// pronoun or a word pointing back, or runs over a comma, names nobody;
// names, bodies, groups and «كل» before a definite word do (session 18;
// words written for this test).
func TestNoNameWords(t *testing.T) {
	for name, want := range map[string]bool{
		"سوف":                    true,
		"وعلى الفور":             true,
		"تلك العائلات":           true,
		"نفس المصدر":             false,
		"هنالك تصويت بالرفض،":    true,
		"كل عمل يصب":             true,
		"وبكل تأكيد":             true,
		"كل الأطراف":             false,
		"سامي الحربي":            false,
		"الهيئة الوطنية للإعلام": false,
		"مصدر أمني":              false,
		"علي بن سالم":            false,
		"منى العتيبي":            false,
		"سامي الحربي،":           false, // a comma after the name only
	} {
		if got := noNameWords(name); got != want {
			t.Errorf("noNameWords(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestWithoutCueEdge: a verb of saying at either end of a mention goes
// when the document names the rest; a participle only in the accusative
// (session 18; words written for this test).
func TestWithoutCueEdge(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"سامي/PROPN الحربي/PROPN يقول/VERB", "سامي الحربي"},
		{"يقول/VERB سامي/PROPN الحربي/PROPN", "سامي الحربي"},
		{"سامي/PROPN الحربي/PROPN قائلا/ADJ", "سامي الحربي"},
		{"عادل/PROPN السالم/PROPN يقول/VERB", "عادل السالم"},      // the rest named nowhere else
		{"يقول/VERB عادل/PROPN السالم/PROPN", "يقول عادل السالم"}, // at the start: kept
		{"سامي/PROPN الحربي/PROPN", "سامي الحربي"},
	}
	for _, tc := range tests {
		r := tokWords(tc.spec)
		r.f.cues = make([]cueWord, len(r.f.toks))
		for i, tok := range r.f.toks {
			if c, ok := lexicon[tok.Norm]; ok {
				r.f.cues[i] = c
			}
		}
		if got := r.candidateName(r.f.text, 0, len(r.f.toks)); got != tc.want {
			t.Errorf("%s: candidate name %q, want %q", tc.spec, got, tc.want)
		}
	}
}

// TestChooseFreeNoName: a rules' speaker that names nobody (free=noname)
// gives way to the best other candidate whatever the margin; a held group
// does not (session 18).
func TestChooseFreeNoName(t *testing.T) {
	m := &SpeakerModel{Weights: map[string]float64{"a": 1, "b": 0.2}, Margin: 5, GuessesOnly: true}
	cs := []Candidate{
		{Name: "سوف", Rules: true, Feats: []string{"free=noname", "nomention", "rules"}},
		{Name: "سامي الحربي", Feats: []string{"b"}},
		{Name: "منى العتيبي", Feats: []string{"a"}},
	}
	if got := m.Choose(cs); got != 2 {
		t.Errorf("free=noname: chose %d, want 2", got)
	}
	cs[0].Feats = []string{"nomention", "rules"}
	if got := m.Choose(cs); got != 0 {
		t.Errorf("without free=noname, margin 5: chose %d, want 0", got)
	}
	cs[0].Feats = []string{"free=noname", "rules"} // a speaker read from a mention
	if got := m.Choose(cs); got != 0 {
		t.Errorf("not a guess: chose %d, want 0", got)
	}
}
