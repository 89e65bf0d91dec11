package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckGoldFormat(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// ANERcorp-style lines ("salim B-PERS, qala O") and WikiNews lines.
	ner := write("ner.txt", "سالم B-PERS\nقال O\n.\tO\n")
	seg := write("seg.txt", "ال+وزير\tDET+NOUN\nقال\tV\n")
	for _, c := range []struct {
		path, format, want string // want: "" or a part of the error
	}{
		{ner, "ner", ""},
		{seg, "segments", ""},
		{seg, "ner", "is not in the expected format (line 1"},
		{ner, "segments", "GOLD must be in the WikiNews format"},
		{write("empty.txt", "\n\n"), "ner", "no lines to score"},
		{"-", "ner", ""},
	} {
		err := CheckGoldFormat(c.path, c.format)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("CheckGoldFormat(%s, %s) = %v, want %q", filepath.Base(c.path), c.format, err, c.want)
		}
	}
}
