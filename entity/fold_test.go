package entity

import "testing"

// foldSlow is fold without its fast paths: every rune through
// foldAppend.
func foldSlow(s string) string { return string(foldAppend(nil, s)) }

func TestFoldFastPath(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "الرياض", "أمريكا", "مدينةُ", "إلى", "ـــ", "٢٠١٥", "۱۲", "Google بالسعودية",
		"a\xffb", "\xff", "سلام\xfe", "�", "تمـام", "وزير الخارجية", "مصطفى", "abcد", "Aد"} {
		if got, want := fold(s), foldSlow(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("أمريكا الجنوبية")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldSlow(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}
