package main

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzAnalyze feeds arbitrary bytes to `rasid analyze --format json` with
// every layer: it must answer with JSON or a clear error, never panic or hang.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"قال وزير الخارجية الروسي سيرغي لافروف أمس إن موسكو \"لن تقبل\".",
		"في الـ12 من شباط (فبراير) 2022 الساعة 10:30، ١٤٤٣ هـ",
		"\xff\xfeق\x00",
		"{\"text\":\"x\"}",
		strings.Repeat("ـ", 300) + strings.Repeat("وبال", 200),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errb bytes.Buffer
		code := run([]string{"analyze", "--format", "json"}, bytes.NewReader(in), &out, &errb)
		if code != 0 && errb.Len() == 0 {
			t.Fatalf("exit %d without an error message", code)
		}
		if code == 0 && out.Len() == 0 {
			t.Fatalf("success without output")
		}
	})
}
