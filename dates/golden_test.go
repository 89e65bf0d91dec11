package dates

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readArticle reads a test article: a first line "# pub: YYYY-MM-DD", then
// the text. Without that line the publication date is unknown (zero).
func readArticle(t *testing.T, path string) (string, time.Time) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	var pub time.Time
	if strings.HasPrefix(s, "# pub: ") {
		nl := strings.IndexByte(s, '\n')
		pub, err = time.Parse("2006-01-02", strings.TrimSpace(s[len("# pub: "):nl]))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		s = s[nl+1:]
	}
	return s, pub
}

// dump writes one line per mention: code point span, kind, value, Hijri
// value and calendar, and the text.
func dump(text string, pub time.Time) string {
	var b bytes.Buffer
	for _, m := range Find(text, pub) {
		s := utf8.RuneCountInString(text[:m.Start])
		e := s + utf8.RuneCountInString(text[m.Start:m.End])
		h := ""
		if m.Hijri != "" {
			h = " hijri=" + m.Hijri
			if m.Calendar != "" {
				h += " " + m.Calendar
			}
		}
		if m.Ref != "" {
			h += " ref=" + m.Ref
		}
		fmt.Fprintf(&b, "%d-%d\t%s\t%s%s\t%s\n", s, e, m.Kind, m.Value, h, m.In(text))
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, pub := readArticle(t, f)
			got := dump(text, pub)
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", got, *update)
		})
	}
}
