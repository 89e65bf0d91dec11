package tagger

import "testing"

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"كِتَابٌ", "كتاب"},
		{"هٰذَا", "هذا"},
		{"العـــربية", "العربية"},
		{"abc", "abc"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Strip(tc.in); got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseRoot(t *testing.T) {
	tests := []struct{ in, want string }{
		{"^g_m_`", "جمع"},
		{"^s__h_.s", "شخص"},
		{"_h_m_s", "خمس"},
		{"w_^g_h", "وجه"},
		{"b_.g_d_d", "بغدد"},
		{"'_m_r", "ءمر"},
		{"min", ""},       // particle
		{"zImbAbw", ""},   // foreign name
		{"'_n", ""},       // two letters
		{"nA_hIt", ""},    // vowels: not a root
		{"a_b_c_d_e", ""}, // five letters
	}
	for _, tc := range tests {
		if got := parseRoot(tc.in); got != tc.want {
			t.Errorf("parseRoot(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScript(t *testing.T) {
	tests := []struct{ form, lemma, other, otherLemma string }{
		// al-muhājirīn → muhājir; the same script lemmatizes al-muʿallimīn.
		{"المهاجرين", "مهاجر", "المعلمين", "معلم"},
		// tuʿlin → ʾaʿlan; the same script gives ʾakmal from tukmil.
		{"تعلن", "أعلن", "تكمل", "أكمل"},
		{"كتاب", "كتاب", "قلم", "قلم"},
	}
	for _, tc := range tests {
		s, ok := learnScript(tc.form, tc.lemma)
		if !ok {
			t.Fatalf("learnScript(%q, %q) failed", tc.form, tc.lemma)
		}
		if got := s.apply(tc.form); got != tc.lemma {
			t.Errorf("script %+v on %q = %q, want %q", s, tc.form, got, tc.lemma)
		}
		if !s.applies(tc.other) {
			t.Errorf("script %+v does not apply to %q", s, tc.other)
			continue
		}
		if got := s.apply(tc.other); got != tc.otherLemma {
			t.Errorf("script %+v on %q = %q, want %q", s, tc.other, got, tc.otherLemma)
		}
	}
	ix := newScriptIndex([]script{{CutSuf: "ين"}, {CutPre: "ال"}, {CutPre: "ال", CutSuf: "ين"}})
	if got := ix.candidates(nil, "الين"); len(got) != 2 {
		t.Errorf("candidates(الين) = %v, want 2 scripts (a script may not eat the whole word)", got)
	}
}

func TestRootPattern(t *testing.T) {
	tests := []struct{ lemma, root, other, otherRoot string }{
		// majmūʿa / ǧ-m-ʿ → maṣnūʿa / ṣ-n-ʿ
		{"مجموعة", "جمع", "مصنوعة", "صنع"},
		// qāla / q-w-l → ṣāma / ṣ-w-m (a hollow verb)
		{"قال", "قول", "صام", "صوم"},
		// ʾaʿlan / ʿ-l-n → ʾakmal / k-m-l
		{"أعلن", "علن", "أكمل", "كمل"},
		// madd / m-d-d → radd / r-d-d
		{"مد", "مدد", "رد", "ردد"},
	}
	for _, tc := range tests {
		p, ok := learnPattern(tc.lemma, tc.root)
		if !ok {
			t.Fatalf("learnPattern(%q, %q) failed", tc.lemma, tc.root)
		}
		if got := p.extract([]rune(tc.lemma)); got != tc.root {
			t.Errorf("pattern %+v on %q = %q, want %q", p, tc.lemma, got, tc.root)
		}
		if got := p.extract([]rune(tc.other)); got != tc.otherRoot {
			t.Errorf("pattern %+v on %q = %q, want %q", p, tc.other, got, tc.otherRoot)
		}
	}
}

func TestConvertFeats(t *testing.T) {
	tests := []struct {
		in, upos string
		future   bool
		want     string
	}{
		{"Case=Gen|Definite=Red|Number=Sing", "NOUN", false, "Case=Gen|Definite=Def|Number=Sing"},
		{"AdpType=Prep", "ADP", false, ""},
		{"Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Person=3|VerbForm=Fin|Voice=Act", "VERB", false,
			"Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Person=3|Tense=Pres|Voice=Act"},
		{"Aspect=Imp|Mood=Ind|Person=3|Voice=Act", "VERB", true, "Aspect=Imp|Mood=Ind|Person=3|Tense=Fut|Voice=Act"},
		{"Aspect=Perf|Person=3|Voice=Act", "AUX", false, "Aspect=Perf|Person=3|Tense=Past|Voice=Act"},
	}
	for _, tc := range tests {
		if got := convertFeats(tc.in, tc.upos, tc.future); got != tc.want {
			t.Errorf("convertFeats(%q, %s) = %q, want %q", tc.in, tc.upos, got, tc.want)
		}
	}
}

func TestCanonicalMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\u0623\u064e\u0646\u064e\u0651", "\u0623\u064e\u0646\u064e\u0651"}, // ʾanna, already canonical
		{"\u0623\u064e\u0646\u0651\u064e", "\u0623\u064e\u0646\u064e\u0651"}, // shadda first (PADT) → fatha first
		{"\u062d\u064e\u062a\u0651\u064e\u0649", "\u062d\u064e\u062a\u064e\u0651\u0649"},
		{"كتاب", "كتاب"},
	}
	for _, tc := range tests {
		if got := canonicalMarks(tc.in); got != tc.want {
			t.Errorf("canonicalMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
