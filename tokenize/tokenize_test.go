package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

func dump(text string, toks []rasid.Token) string {
	var parts []string
	for _, t := range toks {
		parts = append(parts, text[t.Start:t.End]+"/"+t.Kind.String())
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قال الوزير", "قال/arabic الوزير/arabic"},
		{"وبالاتفاق، قال", "وبالاتفاق/arabic ،/punct قال/arabic"},
		{"«نعم» و\"لا\"", "«/punct نعم/arabic »/punct و/arabic \"/punct لا/arabic \"/punct"},
		{"ارتفع 3.5 و٣٫٥ بنسبة 45% و٪٣٠", "ارتفع/arabic 3.5/number و/arabic ٣٫٥/number بنسبة/arabic 45%/number و/arabic ٪/punct ٣٠/number"},
		{"1,000,000 دولار", "1,000,000/number دولار/arabic"},
		{"في 12/2/2022 و2022-02-12", "في/arabic 12/2/2022/date و/arabic 2022-02-12/date"},
		{"الساعة 10:30 صباحا", "الساعة/arabic 10:30/time صباحا/arabic"},
		{"الـ12 من شباط", "الـ/arabic 12/number من/arabic شباط/arabic"},
		{"الـ\"ناتو\"", "الـ/arabic \"/punct ناتو/arabic \"/punct"},
		{"كـبـيـر", "كـبـيـر/arabic"},
		{"زوروا https://example.org/a?b=1. شكرا", "زوروا/arabic https://example.org/a?b=1/url ./punct شكرا/arabic"},
		{"www.example.com", "www.example.com/url"},
		{"راسلونا info@example.org اليوم", "راسلونا/arabic info@example.org/email اليوم/arabic"},
		{"#عاجل @rasid_news", "#عاجل/hashtag @rasid_news/mention"},
		{"The 1st and 22nd", "The/latin 1st/number and/latin 22nd/number"},
		{"U.S. army", "U.S./latin army/latin"},
		{"G20 و5G", "G20/latin و/arabic 5G/latin"},
		{"انتهى... ثم", "انتهى/arabic .../punct ثم/arabic"},
		{"$100 + 😀👍🏽", "$/symbol 100/number +/symbol 😀/emoji 👍🏽/emoji"},
		{"مُحَمَّدٌ", "مُحَمَّدٌ/arabic"},
		{"ﻻ", "ﻻ/arabic"},
		{"a\u200Fب", "a/latin ب/arabic"},
	}
	tk := New()
	for _, tt := range tests {
		got := dump(tt.in, tk.Tokens(tt.in, nil))
		if got != tt.want {
			t.Errorf("Tokens(%q) =\n  %s\nwant\n  %s", tt.in, got, tt.want)
		}
	}
}

func TestNorm(t *testing.T) {
	in := "إلى الـ١٢ مُدَّة"
	toks := New().Tokens(in, nil)
	var norms []string
	for _, t := range toks {
		norms = append(norms, t.Norm)
	}
	if got, want := strings.Join(norms, " "), "الي ال 12 مدة"; got != want {
		t.Errorf("norms of %q = %q, want %q", in, got, want)
	}
}

func sentences(in string) []string {
	toks := New().Tokens(in, nil)
	var out []string
	for _, s := range Sentences(in, toks, nil) {
		out = append(out, in[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"قال الوزير. وأضاف المتحدث!", []string{"قال الوزير.", "وأضاف المتحدث!"}},
		{"هل تأتي؟ نعم", []string{"هل تأتي؟", "نعم"}},
		{"بلغ النمو 3.5 بالمئة. وارتفع", []string{"بلغ النمو 3.5 بالمئة.", "وارتفع"}},
		{"بلغ ٣٫٥ بالمئة", []string{"بلغ ٣٫٥ بالمئة"}},
		{"قال د. محمد إن", []string{"قال د. محمد إن"}},
		{"بين عامي 512 و511 ق.م, أقر الملك", []string{"بين عامي 512 و511 ق.م, أقر الملك"}},
		{"في عام 49 ق.م. ثم جاء", []string{"في عام 49 ق.م.", "ثم جاء"}},
		{"ولد عام 1990م. ثم", []string{"ولد عام 1990م.", "ثم"}},
		{"قال: \"لن نقبل.\" وأضاف", []string{"قال: \"لن نقبل.\"", "وأضاف"}},
		{"قال: «لن نقبل.» وأضاف", []string{"قال: «لن نقبل.»", "وأضاف"}},
		{"(انتهى.) ثم", []string{"(انتهى.)", "ثم"}},
		{"العنوان\nالنص الأول", []string{"العنوان", "النص الأول"}},
		{"فقرة.\n\nفقرة ثانية", []string{"فقرة.", "فقرة ثانية"}},
		{"إلى الائتمان... فيما قد", []string{"إلى الائتمان... فيما قد"}},
		{"زوروا www.example.com اليوم. شكرا", []string{"زوروا www.example.com اليوم.", "شكرا"}},
		{"Mr. Smith met J. K. Rowling. Then", []string{"Mr. Smith met J. K. Rowling.", "Then"}},
		{"ماذا؟! لا", []string{"ماذا؟!", "لا"}},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkInvariants verifies the tokenizer's contract on text.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	toks := New().Tokens(text, nil)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d span [%d,%d) out of order or bounds (prev end %d, len %d) in %q", i, tk.Start, tk.End, prev, len(text), text)
		}
		if !utf8.ValidString(text) {
			continue
		}
		if !utf8.RuneStart(text[tk.Start]) || (tk.End < len(text) && !utf8.RuneStart(text[tk.End])) {
			t.Fatalf("token %d [%d,%d) not on rune boundaries in %q", i, tk.Start, tk.End, text)
		}
		// nothing but spacing between tokens
		for _, r := range text[prev:tk.Start] {
			if classOf(r) != cSpace {
				t.Fatalf("rune %q between tokens lost in %q (tokens %s)", r, text, dump(text, toks))
			}
		}
		prev = tk.End
	}
	if utf8.ValidString(text) {
		for _, r := range text[prev:] {
			if classOf(r) != cSpace {
				t.Fatalf("trailing rune %q lost in %q", r, text)
			}
		}
	}
	sents := Sentences(text, toks, nil)
	k := 0
	for _, s := range sents {
		if k >= len(toks) || toks[k].Start != s.Start {
			t.Fatalf("sentence %v does not start at a token in %q", s, text)
		}
		for k < len(toks) && toks[k].End <= s.End {
			k++
		}
		if toks[k-1].End != s.End {
			t.Fatalf("sentence %v does not end at a token in %q", s, text)
		}
	}
	if k != len(toks) {
		t.Fatalf("%d of %d tokens outside sentences in %q", len(toks)-k, len(toks), text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"قال الوزير: «لن نقبل.» وأضاف",
		"الـ12 من شباط ١٢/٢/٢٠٢٢ 10:30 45%",
		"https://x.org/a. info@x.org #وسم @m",
		"U.S. ق.م. د. 3.5 ٣٫٥ ...",
		"\u200Fنص\u200C\u200D 😀👍🏽🇸🇦",
		"\xff\xfeabc",
		"ـــ ّ َ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text)
	})
}

func TestInvariantsOnSamples(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n", ".", "...", "ـ", "\u064E", "a.b.c", "1.2.3.4", "٠٫٫١", "@", "#", "www.", "http://"} {
		checkInvariants(t, s)
	}
}
