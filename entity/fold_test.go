package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldSlow is fold without its fast paths: every rune through
// the profile's Append.
func foldSlow(s string) string { return string(folder.Append(nil, s)) }

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
	f.Add("وبالولايات")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldSlow(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := proclitics(s), procliticsSlow(s); !slices.Equal(got, want) {
			t.Errorf("proclitics(%q) = %q, want %q", s, got, want)
		}
	})
}

// procliticsSlow is proclitics by its definition: every prefix that w
// starts with and that leaves two letters, longest first.
func procliticsSlow(w string) []string {
	var out []string
	for _, p := range procliticPrefixes {
		if len(w) >= 2 && strings.HasPrefix(w, p) && utf8.RuneCountInString(w[len(p):]) >= 2 {
			out = append(out, p)
		}
	}
	return out
}

func TestProclitics(t *testing.T) {
	for _, w := range []string{"", "و", "وب", "وبا", "وباب", "ولل", "وللا", "فكر", "فكرة", "بيروت", "لبنان", "ك", "كأس", "كما", "والله", "موسكو", "وو", "ووو", "abc"} {
		if got, want := proclitics(w), procliticsSlow(w); !slices.Equal(got, want) {
			t.Errorf("proclitics(%q) = %q, want %q", w, got, want)
		}
	}
}
