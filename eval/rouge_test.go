package eval

import (
	"math"
	"testing"
)

func TestRougeN(t *testing.T) {
	ref := RougeTokens("قال الوزير إن الاتفاق قريب")
	sys := RougeTokens("قال الوزير إن الحل بعيد جدا")
	r1 := RougeN(ref, sys, 1)
	// 3 common unigrams (قال الوزير ان), 5 in the reference, 6 in the system
	if math.Abs(r1.R-60) > 1e-9 || math.Abs(r1.P-50) > 1e-9 {
		t.Errorf("ROUGE-1 = %+v, want P 50 R 60", r1)
	}
	r2 := RougeN(ref, sys, 2)
	// bigrams in common: قال الوزير, الوزير ان → 2 of 4 and 2 of 5
	if math.Abs(r2.R-50) > 1e-9 || math.Abs(r2.P-40) > 1e-9 {
		t.Errorf("ROUGE-2 = %+v, want P 40 R 50", r2)
	}
	if r := RougeN(ref, nil, 1); r.F != 0 {
		t.Errorf("empty system: %+v", r)
	}
}

func TestPhraseKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"بالاتفاق النووي", "الاتفاق النووي"},
		{"والضمانات الأمنية", "ضمانات امنية"},
		{"للمحتوى", "المحتوى"},
		{"إيران", "ايران"},
	} {
		if PhraseKey(c.a) != PhraseKey(c.b) {
			t.Errorf("PhraseKey(%q) = %q, PhraseKey(%q) = %q, want equal", c.a, PhraseKey(c.a), c.b, PhraseKey(c.b))
		}
	}
	if PhraseKey("بلد") == PhraseKey("لد") {
		t.Error("PhraseKey strips a ب that leaves fewer than three letters")
	}
}
