package normalize

import "testing"

func TestProfiles(t *testing.T) {
	tests := []struct {
		fold    Fold
		in, out string
	}{
		{Marks, "كَتَبَ الـكتابَ ٱلأمر", "كتب الكتاب ٱلأمر"},
		{Lexicon, "إلى المدرسةِ \u200fکانون ھ", "الي المدرسه كانون ه"},
		{TaggerMarks, "كَتَبَ الـكتابَ ٱلأمر\u0610", "كتب الكتاب ٱلأمر\u0610"},
		{TaggerLetters, "إلى ٱلأمر مصطفى ایران ٢٠١٥ مدرسة", "الي الامر مصطفي ایران 2015 مدرسة"},
		{Entity, "إلى المدرسةِ Google ایران ٢٠\u0653", "الي المدرسه google ایران 20\u0653"},
	}
	for _, tt := range tests {
		if got := Profile(tt.fold).String(tt.in); got != tt.out {
			t.Errorf("Profile(%#x).String(%q) = %q, want %q", tt.fold, tt.in, got, tt.out)
		}
	}
	if Profile(Default) != DefaultNormalizer() || Profile(Lexicon) != lexiconNormalizer {
		t.Error("Profile does not return the shared normalizers")
	}
}

func TestRune(t *testing.T) {
	n := Profile(Lexicon)
	for _, c := range []struct {
		in   rune
		out  rune
		kept bool
	}{
		{'َ', 0, false}, {'ـ', 0, false}, {0x200F, 0, false}, {'ٱ', 'ا', true}, {'ة', 'ه', true}, {'ب', 'ب', true}, {'a', 'a', true},
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
