package dates

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
)

func TestDebugFind(t *testing.T) {
	s := os.Getenv("DATES_DEBUG")
	if s == "" {
		t.Skip("set DATES_DEBUG")
	}
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, m := range Find(s, pub) {
		fmt.Printf("%q %s %s %s %s\n", m.In(s), m.Kind, m.Value, m.Hijri, m.Calendar)
	}
}

func TestDebugCorpus(t *testing.T) {
	if os.Getenv("DATES_CORPUS") == "" {
		t.Skip("set DATES_CORPUS")
	}
	arts, err := corpus.SaudiNews(datatest.Path(t, "saudinewsnet"), 3<<20)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts[len(arts)/2:] {
		s := a.Content
		pub, _ := time.Parse("2006-01-02", a.Date[:min(10, len(a.Date))])
		for _, m := range Find(s, pub) {
			a := max(0, m.Start-40)
			for a > 0 && !utf8.RuneStart(s[a]) {
				a--
			}
			z := min(len(s), m.End+40)
			for z < len(s) && !utf8.RuneStart(s[z]) {
				z++
			}
			fmt.Printf("%s\t%s\t%s\t%q\t…%s[%s]%s…\n", pub.Format("2006-01-02 Mon"), m.Kind, m.Value, m.In(s), strings.ReplaceAll(s[a:m.Start], "\n", " "), m.In(s), strings.ReplaceAll(s[m.End:z], "\n", " "))
		}
	}
}

func TestDebugFile(t *testing.T) {
	f := os.Getenv("DATES_FILE")
	if f == "" {
		t.Skip("set DATES_FILE")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2016, 12, 10, 0, 0, 0, 0, time.UTC)
	for _, s := range strings.Split(string(b), "\n") {
		for _, m := range Find(s, pub) {
			a := max(0, m.Start-40)
			for a > 0 && !utf8.RuneStart(s[a]) {
				a--
			}
			z := min(len(s), m.End+40)
			for z < len(s) && !utf8.RuneStart(s[z]) {
				z++
			}
			fmt.Printf("%s\t%s\t%q\t…%s[%s]%s…\n", m.Kind, m.Value, m.In(s), s[a:m.Start], m.In(s), s[m.End:z])
		}
	}
}
