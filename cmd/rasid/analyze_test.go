package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

type jsonOut struct {
	Schema    int    `json:"schema"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	Sentences []struct {
		Start, End int
	} `json:"sentences"`
	Tokens []struct {
		Start, End int
		Text, Norm string
		Kind       string
	} `json:"tokens"`
}

func TestAnalyzeJSONOffsets(t *testing.T) {
	text := "قال الوزير: «لن نقبل.» 😀 وأضاف في الـ12 من شباط"
	out, errs, code := runCLI(t, text, "analyze", "--format", "json", "--date", "2022-02-07", "--layers", "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d jsonOut
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if d.Schema != rasid.SchemaVersion || d.Text != text || d.Date != "2022-02-07" {
		t.Fatalf("schema/text/date = %d %q %q", d.Schema, d.Text, d.Date)
	}
	runes := []rune(text)
	for _, tk := range d.Tokens {
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("token [%d,%d) = %q in code points, text field %q", tk.Start, tk.End, got, tk.Text)
		}
	}
	if len(d.Sentences) != 2 {
		t.Errorf("got %d sentences, want 2", len(d.Sentences))
	}
}

func TestAnalyzeInputErrors(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("قال الوزير")
	cp1256, _ := charmap.Windows1256.NewEncoder().String("قال الوزير")
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		wantErr  string
		wantOut  string
	}{
		{"invalid UTF-8", "قال \xff", nil, 1, "invalid UTF-8 (byte 0xFF", ""},
		{"lenient", "قال \xff", []string{"--lenient", "--tokens"}, 0, "warning: invalid UTF-8 byte 0xFF at byte offset 7", "قال"},
		{"NUL", "a\x00b", nil, 1, "NUL byte", ""},
		{"empty", "  \n", nil, 1, "empty input", ""},
		{"too big", strings.Repeat("ا", 100), []string{"--max-bytes", "50"}, 1, "over the limit", ""},
		{"UTF-16 BOM", utf16, []string{"--tokens"}, 0, "", "الوزير"},
		{"Windows-1256 detected", cp1256, []string{"--tokens"}, 0, "Windows-1256", "الوزير"},
		{"bad date", "قال", []string{"--date", "7/2/2022"}, 2, "want YYYY-MM-DD", ""},
		{"bad format", "قال", []string{"--format", "xml"}, 2, "unknown format", ""},
		{"bad layer", "قال", []string{"--layers", "syntax"}, 2, "unknown layer", ""},
		{"bio needs pretokenized", "قال", []string{"--format", "bio"}, 2, "needs --pretokenized", ""},
		{"jsonl malformed line", "{\"text\":\"قال\"}\n{oops\n{\"text\":\"أضاف\"}\n", []string{"--input", "jsonl", "--format", "json"}, 1, "stdin:2: malformed JSON", "أضاف"},
		{"jsonl no text", "{\"id\":\"x\"}\n", []string{"--input", "jsonl"}, 1, "stdin:1: no text to analyse", ""},
		{"jsonl empty record", "{\"id\":\"a\",\"title\":\"\",\"content\":\"\"}\n{\"text\":\"قال\"}\n", []string{"--input", "jsonl", "--format", "json"}, 0, "stdin:1: warning: empty record", "قال"},
		{"jsonl blank text", "{\"text\":\"  \"}\n", []string{"--input", "jsonl"}, 0, "stdin:1: warning: empty record", ""},
		{"jsonl bad UTF-8 beside an empty record", "{\"text\":\"\"}\n{\"text\":\"\xff\"}\n", []string{"--input", "jsonl"}, 1, "stdin:2: invalid UTF-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"analyze"}, tt.args...)
			out, errs, code := runCLI(t, tt.stdin, args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errs)
			}
			if tt.wantErr != "" && !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stderr %q does not contain %q", errs, tt.wantErr)
			}
			if tt.wantOut != "" && !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout %q does not contain %q", out, tt.wantOut)
			}
		})
	}
}

func TestAnalyzeJSONLStream(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 50; i++ {
		in.WriteString(`{"id":"a","text":"قال الوزير أمس إن الاتفاق سيوقع.","date":"2022-02-07"}` + "\n")
	}
	out, errs, code := runCLI(t, in.String(), "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 50 {
		t.Fatalf("got %d output lines, want 50", len(lines))
	}
	var d jsonOut
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil || d.Date != "2022-02-07" {
		t.Fatalf("first line: %v, date %q", err, d.Date)
	}
}

func TestAnalyzePretokenizedCoNLLU(t *testing.T) {
	out, errs, code := runCLI(t, "قال\nالوزير\n.\n\nوأضاف\n", "analyze", "--pretokenized", "--format", "conllu", "--layers", "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(out, "# sent_id") != 2 || !strings.Contains(out, "# text = قال الوزير .") {
		t.Errorf("unexpected CoNLL-U:\n%s", out)
	}
}

func TestAnalyzeTextView(t *testing.T) {
	out, errs, code := runCLI(t, "", "analyze", "--date", "2022-02-07", "../../testdata/lavrov.txt", "--tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "published 2022-02-07") || !strings.Contains(out, "[2] موسكو (وكالات)") {
		t.Errorf("unexpected text view:\n%s", out)
	}
}
