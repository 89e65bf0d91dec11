package normalize

import (
	"testing"
	"unicode/utf8"
)

// One row per line of the table in docs/normalize.md.
func TestFoldTable(t *testing.T) {
	tests := []struct {
		name string
		fold Fold
		in   string
		want string
	}{
		{"fatha", Diacritics, "كَتَبَ", "كتب"},
		{"tanwin and shadda", Diacritics, "شُكْرًا جزيلاً مُدَّة", "شكرا جزيلا مدة"},
		{"superscript alef", Diacritics, "هٰذا", "هذا"},
		{"quranic mark", Diacritics, "الله\u0610", "الله"},
		{"tatweel", Tatweel, "كـبـير الـ12", "كبير ال12"},
		{"alef hamza above", Alef, "أحمد", "احمد"},
		{"alef hamza below", Alef, "إلى", "الى"},
		{"alef madda", Alef, "آذار", "اذار"},
		{"alef wasla", Alef, "ٱلله", "الله"},
		{"alef maqsura", Yeh, "مصطفى", "مصطفي"},
		{"farsi yeh", Yeh, "ایران", "ايران"},
		{"keheh", Persian, "کتاب", "كتاب"},
		{"heh goal", Persian, "ہند", "هند"},
		{"teh marbuta", TehMarbuta, "مدرسة", "مدرسه"},
		{"hamza on waw", Hamza, "مؤتمر", "موتمر"},
		{"hamza on yeh", Hamza, "رئيس", "رييس"},
		{"arabic-indic digits", Digits, "٢٠٢٢", "2022"},
		{"extended digits", Digits, "۱۹۹۰", "1990"},
		{"decimal separator", Separators, "3٫5", "3.5"},
		{"thousands separator", Separators, "1٬000", "1,000"},
		{"percent sign", Separators, "50٪", "50%"},
		{"lam-alef ligature", Presentation, "\uFEFB", "لا"},
		{"lam-alef hamza ligature, alef folded", Presentation | Alef, "\uFEF7", "لا"},
		{"presentation letters", Presentation, "\uFE8D\uFEDF", "ال"},
		{"presentation form B heh", Presentation, "\uFEEB", "ه"},
		{"LRM RLM ALM", Controls, "a\u200Eb\u200Fc\u061Cd", "abcd"},
		{"embeddings and isolates", Controls, "\u202Bنص\u202C \u2067x\u2069", "نص x"},
		{"ZWJ ZWNJ ZWSP", Controls, "a\u200Db\u200Cc\u200Bd", "abcd"},
		{"BOM", Controls, "\uFEFFنص", "نص"},
		{"NBSP", Spaces, "a\u00A0b", "a b"},
		{"thin and ideographic spaces", Spaces, "a\u2009b\u3000c\u202Fd", "a b c d"},
		{"harakat only", Harakat, "كَتَبَ هٰذا ٓمؐـ", "كتب هذا ٓمؐـ"},
		{"marks of the Arabic block only", ArabicMarks, "كَتَبَ هٰذا ٓمؐـ", "كتب هذا مؐـ"},
		{"alef maqsura only", Maksura, "مصطفى ایران", "مصطفي ایران"},
		{"ASCII lower case", Lower, "Google ÄB", "google Äb"},
		{"off: nothing changes", 0, "أَحمدُ ٢٠٢٢", "أَحمدُ ٢٠٢٢"},
		{"default keeps teh marbuta and hamza", Default, "مؤتمرُ القِمّةِ", "مؤتمر القمة"},
		{"search folds all", Search, "مؤتمرُ القِمّةِ إلى", "موتمر القمه الي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.fold).String(tt.in)
			if got != tt.want {
				t.Errorf("New(%b).String(%q) = %q, want %q", tt.fold, tt.in, got, tt.want)
			}
		})
	}
}

func TestStringNoAllocWhenUnchanged(t *testing.T) {
	n := New(Default)
	s := "قال الوزير ان الاتفاق"
	allocs := testing.AllocsPerRun(100, func() { _ = n.String(s) })
	if allocs != 0 {
		t.Errorf("String of an unchanged string allocates %v times", allocs)
	}
}

func TestMap(t *testing.T) {
	n := New(Default)
	in := "أَحمد"
	out, offs := n.Map(in)
	if out != "احمد" {
		t.Fatalf("Map(%q) = %q", in, out)
	}
	if len(offs) != len(out)+1 || offs[len(out)] != len(in) {
		t.Fatalf("offs = %v", offs)
	}
	// the first output letter (ا) comes from أ at byte 0; the second (ح)
	// comes after the fatha, at byte 4.
	if offs[0] != 0 || offs[2] != 4 {
		t.Errorf("offs = %v", offs)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"أَحمد", "\uFEFB\u200F", "٣٫٥٪", "\xff\xfe", "ﷺ", "كـبـير"} {
		f.Add(s)
	}
	d, s := New(Default), New(Search)
	f.Fuzz(func(t *testing.T, in string) {
		for _, n := range []*Normalizer{d, s} {
			once := n.String(in)
			// Documents are valid UTF-8 (input is checked before
			// normalisation); invalid bytes are only kept, not repaired.
			if twice := n.String(once); utf8.ValidString(in) && twice != once {
				t.Fatalf("not idempotent: %q → %q → %q", in, once, twice)
			}
			if utf8.ValidString(in) && !utf8.ValidString(once) {
				t.Fatalf("valid input %q gave invalid output %q", in, once)
			}
			out, offs := n.Map(in)
			if out != once {
				t.Fatalf("Map(%q) = %q, String = %q", in, out, once)
			}
			for i := 1; i < len(offs); i++ {
				if offs[i] < offs[i-1] || offs[i] > len(in) {
					t.Fatalf("offsets out of order or bounds: %v", offs)
				}
			}
		}
	})
}
