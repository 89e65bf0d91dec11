package normalize

import "testing"

func TestProfiles(t *testing.T) {
	tests := []struct {
		fold    Fold
		in, out string
	}{
		{Marks, "كَتَبَ الـكتابَ ٱلأمر", "كتب الكتاب ٱلأمر"},
		{Letters, "كَتَبَ ٱلأمر إلى", "كتب الأمر إلى"},
		{Spelling, "إلى مصطفى ٢٠٢٢ كَتب", "الي مصطفي 2022 كَتب"},
		{Names, "إلى المدرسةِ ٣ أمريكا", "الي المدرسه 3 امريكا"},
	}
	for _, tt := range tests {
		if got := Profile(tt.fold).String(tt.in); got != tt.out {
			t.Errorf("Profile(%#x).String(%q) = %q, want %q", tt.fold, tt.in, got, tt.out)
		}
	}
	if Profile(Default) != DefaultNormalizer() || Profile(Names) != namesNormalizer {
		t.Error("Profile does not return the shared normalizers")
	}
}

func TestRune(t *testing.T) {
	n := Profile(Letters)
	for _, c := range []struct {
		in   rune
		out  rune
		kept bool
	}{
		{'َ', 0, false}, {'ـ', 0, false}, {'ٱ', 'ا', true}, {'أ', 'أ', true}, {'ب', 'ب', true}, {'a', 'a', true},
	} {
		if out, kept := n.Rune(c.in); out != c.out || kept != c.kept {
			t.Errorf("Rune(%q) = %q, %v; want %q, %v", c.in, out, kept, c.out, c.kept)
		}
	}
	d := DefaultNormalizer()
	if r, kept := d.Rune(0xFEFF); kept {
		t.Errorf("Default Rune(BOM) = %q kept, want dropped", r)
	}
	if r, kept := d.Rune('ﻻ'); !kept || r != 'ﻻ' {
		t.Errorf("Rune(lam-alef ligature) = %q, %v; want it unchanged (it expands: use String)", r, kept)
	}
}
