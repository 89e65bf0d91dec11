package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/corpus"
)

// FuzzAnalyze feeds arbitrary bytes to `rasid analyze` with every layer on
// (in the text, JSON or CoNLL-U view, by the input's length): it must
// answer with output or a clear error, never an internal error (a panic
// contained by the runner), never hang. The seeds are the project's own
// sentences plus, when ../shared/data is present, real news sentences read
// from it at fuzz time (never stored in testdata/fuzz).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"قال وزير الخارجية الروسي سيرغي لافروف أمس إن موسكو \"لن تقبل\".",
		"في الـ12 من شباط (فبراير) 2022 الساعة 10:30، ١٤٤٣ هـ",
		"جامعة الأميرة نورة",
		"وقالت رئيسة جامعة الأميرة نورة بنت عبد الرحمن إن «التسجيل يبدأ غدا».",
		"\uFEFFﻓﻲ ﷲ ﻻ ﹰ",
		"\xff\xfeق\x00",
		"{\"text\":\"x\"}",
		strings.Repeat("ـ", 300) + strings.Repeat("وبال", 200),
	} {
		f.Add([]byte(s))
	}
	for _, s := range dataSentences(f, 150) {
		f.Add([]byte(s))
	}
	formats := []string{"json", "text", "conllu"}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errb bytes.Buffer
		format := formats[len(in)%len(formats)]
		code := run([]string{"analyze", "--format", format, "--quiet"}, bytes.NewReader(in), &out, &errb)
		if strings.Contains(errb.String(), "internal error") {
			t.Fatalf("internal error on %q:\n%s", in, errb.String())
		}
		if code != 0 && errb.Len() == 0 {
			t.Fatalf("exit %d without an error message", code)
		}
		if code == 0 && out.Len() == 0 {
			t.Fatalf("success without output")
		}
	})
}

// dataSentences returns up to n lines of real news from ../shared/data
// (SaudiNewsNet titles and paragraphs, ANT titles and abstracts, UD PUD
// sentences), or none when the folder is absent.
func dataSentences(tb testing.TB, n int) []string {
	dir, err := corpus.Dir()
	if err != nil {
		return nil
	}
	var out []string
	add := func(s string) bool {
		for _, p := range strings.Split(s, "\n") {
			if p = strings.TrimSpace(p); len(p) > 20 && len(out) < n {
				out = append(out, p)
			}
		}
		return len(out) < n
	}
	third := n / 3
	k := 0
	corpus.EachArticle(filepath.Join(dir, "saudinewsnet"), func(a corpus.Article) bool {
		k++
		if k%50 != 1 { // spread over papers and days
			return true
		}
		add(a.Title)
		add(a.Content)
		return len(out) < third
	})
	corpus.EachANT(dir, func(a corpus.ANTArticle) bool {
		k++
		if k%40 != 1 {
			return true
		}
		add(a.Title)
		return add(a.Text) && len(out) < 2*third
	})
	if b, err := os.ReadFile(filepath.Join(dir, "ud-pud", "ar_pud-dev.conllu")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if t, ok := strings.CutPrefix(l, "# text = "); ok && !add(t) {
				break
			}
		}
	}
	return out
}
