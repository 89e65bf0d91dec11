package quotes_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

var update = flag.Bool("update", false, "rewrite the .golden files in testdata")

// goldFile is the hand annotation of one test article: the entity and title
// layers to simulate, and the quotes expected.
type goldFile struct {
	Country  string `json:"country"`
	Entities []struct {
		Text      string `json:"text"`
		Type      string `json:"type"`
		Canonical string `json:"canonical"`
	} `json:"entities"`
	Titles []struct {
		Title  string `json:"title"`
		Person string `json:"person"`
	} `json:"titles"`
	Quotes []goldQuote `json:"quotes"`
}

// goldQuote is one expected quote. Content is a snippet of the content
// (unique in the article); Speaker is the expected name with the entity
// layer, Alt another acceptable name, Bare an acceptable name without it.
type goldQuote struct {
	Content string `json:"content"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue"`
	Speaker string `json:"speaker"`
	Alt     string `json:"alt"`
	Bare    string `json:"bare"`
}

type article struct {
	name string
	text string
	gold goldFile
}

func loadArticles(t testing.TB) []article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles in testdata: %v", err)
	}
	sort.Strings(files)
	var out []article
	for _, fn := range files {
		txt, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		a := article{name: strings.TrimSuffix(filepath.Base(fn), ".txt"), text: string(txt)}
		js, err := os.ReadFile(strings.TrimSuffix(fn, ".txt") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(js, &a.gold); err != nil {
			t.Fatalf("%s: %v", fn, err)
		}
		out = append(out, a)
	}
	return out
}

// Ways to fill the entity and title layers before Find.
const (
	simulated = iota // from the hand annotation, as the entity annotator would
	bare             // tokens only
	real             // the entity annotator (quotes_entity_test.go)
)

// entityLayer runs the real entity annotator; nil when it is not available.
var entityLayer func(d *rasid.Document) error

// analyze tokenizes the article and fills the entity and title layers.
func analyze(t testing.TB, a article, mode int) *rasid.Document {
	d := &rasid.Document{ID: a.name, Text: a.text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	switch mode {
	case simulated:
		simulateEntities(d, a.gold)
	case real:
		if err := entityLayer(d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// wordAt reports whether text[i:j] stands as a word, allowing one attached
// proclitic (و ب ل ف) before it.
func wordAt(text string, i, j int) bool {
	if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && isLetter(r) {
		return false
	}
	if i == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !isLetter(r) {
		return true
	}
	if !strings.ContainsRune("وبلف", r) {
		return false
	}
	if i-n == 0 {
		return true
	}
	r2, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return !isLetter(r2)
}

func simulateEntities(d *rasid.Document, g goldFile) {
	ents := append(g.Entities[:0:0], g.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].Text) > len(ents[j].Text) })
	taken := make([]bool, len(d.Text))
	for _, e := range ents {
		for off := 0; ; {
			k := strings.Index(d.Text[off:], e.Text)
			if k < 0 {
				break
			}
			s, t := off+k, off+k+len(e.Text)
			off = t
			if !wordAt(d.Text, s, t) || taken[s] || taken[t-1] {
				continue
			}
			for x := s; x < t; x++ {
				taken[x] = true
			}
			d.Entities = append(d.Entities, rasid.Entity{Span: rasid.Span{Start: s, End: t}, Type: e.Type, Canonical: e.Canonical})
		}
	}
	sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	for _, t := range g.Titles {
		if k := strings.Index(d.Text, t.Title); k >= 0 {
			d.Titles = append(d.Titles, rasid.Title{Span: rasid.Span{Start: k, End: k + len(t.Title)}, Person: t.Person, Title: t.Title})
		}
	}
}

// dump writes the quotes in the readable golden form.
func dump(d *rasid.Document, qs []rasid.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		cue := ""
		if q.Cue.End > q.Cue.Start {
			cue = q.Cue.In(d.Text)
		}
		fmt.Fprintf(&b, "%-8s [%d,%d) cue=%q speaker=%q", q.Kind, q.Start, q.End, cue, q.Speaker.Name)
		if q.Speaker.End > q.Speaker.Start {
			fmt.Fprintf(&b, " at %q", q.Speaker.In(d.Text))
		}
		fmt.Fprintf(&b, "\n    %s\n", q.In(d.Text))
	}
	return b.String()
}

// TestGolden compares the quotes of every test article, with and without
// the entity layer, with testdata/*.golden (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			var b strings.Builder
			for _, layers := range []bool{true, false} {
				mode := bare
				if layers {
					mode = simulated
				}
				d := analyze(t, a, mode)
				qs := quotes.Find(d)
				checkSpans(t, d, qs)
				if layers {
					b.WriteString("== with entities and titles\n")
				} else {
					b.WriteString("== tokens only\n")
				}
				b.WriteString(dump(d, qs))
			}
			fn := filepath.Join("testdata", a.name+".golden")
			if *update {
				if err := os.WriteFile(fn, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(fn)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if b.String() != string(want) {
				t.Errorf("quotes of %s differ from %s (go test -update, then review the diff):\n%s", a.name, fn, b.String())
			}
		})
	}
}

func checkSpans(t *testing.T, d *rasid.Document, qs []rasid.Quote) {
	t.Helper()
	ok := func(s rasid.Span) bool {
		return s.Start >= 0 && s.Start <= s.End && s.End <= len(d.Text) && utf8.ValidString(d.Text[s.Start:s.End]) &&
			(s.Start == len(d.Text) || utf8.RuneStart(d.Text[s.Start])) && (s.End == len(d.Text) || utf8.RuneStart(d.Text[s.End]))
	}
	for _, q := range qs {
		if !ok(q.Span) || q.Len() == 0 || !ok(q.Cue) || !ok(q.Speaker.Span) {
			t.Errorf("bad spans in %+v", q)
		}
		if q.Kind != quotes.Direct && q.Kind != quotes.Indirect {
			t.Errorf("bad kind %q", q.Kind)
		}
	}
}

func fold(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '«', '»', '“', '”', '،', ',':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(normalize.ForSearch(s)), " ")
}

// score measures quote recall (content spans overlapping) and speaker
// accuracy on the matched quotes over all test articles.
func score(t *testing.T, mode int) (recall, speaker float64) {
	var gold, matched, right int
	for _, a := range loadArticles(t) {
		d := analyze(t, a, mode)
		qs := quotes.Find(d)
		for _, g := range a.gold.Quotes {
			gold++
			k := strings.Index(a.text, g.Content)
			if k < 0 {
				t.Fatalf("%s: content %q not in the text", a.name, g.Content)
			}
			gs := rasid.Span{Start: k, End: k + len(g.Content)}
			best, bestOv := -1, 0
			for i, q := range qs {
				ov := min(q.End, gs.End) - max(q.Start, gs.Start)
				if ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if best < 0 {
				t.Logf("%s: missed %s quote %q (%s)", a.name, g.Kind, g.Content, g.Speaker)
				continue
			}
			matched++
			got := fold(qs[best].Speaker.Name)
			okNames := []string{g.Speaker, g.Alt}
			if mode != simulated {
				okNames = append(okNames, g.Bare)
			}
			hit := false
			for _, n := range okNames {
				if (n != "" || g.Speaker == "") && got == fold(n) {
					hit = true
				}
			}
			if hit {
				right++
			} else {
				t.Logf("%s: %q: speaker %q, want %q", a.name, g.Content, qs[best].Speaker.Name, g.Speaker)
			}
		}
	}
	recall = float64(matched) / float64(gold)
	if matched > 0 {
		speaker = float64(right) / float64(matched)
	}
	t.Logf("%s: %d gold quotes, recall %.3f, speaker accuracy %.3f (%d/%d)", [...]string{"simulated entities", "tokens only", "entity annotator"}[mode], gold, recall, speaker, right, matched)
	return recall, speaker
}

// TestAccuracy checks the figures on the hand-annotated articles against
// floors just under the current scores (one more error fails): measured
// 1.000/0.995 with simulated entities, 0.998/0.972 on tokens only (the
// articles 79–80 of issue 11 test rules that read the morphology and
// entity layers — gender agreement, a compound name — which tokens alone
// cannot follow; 0.978 before them). With the speaker ranker shipped in
// session 10 the simulated figure is 0.988: these articles were written
// for the rules, and the ranker, measured on annotated real copy
// (docs/quotes.md, Session 10), overrides a few of their speakers; 0.986
// with the ranker of session 11 (docs/quotes.md, Session 11), 0.984
// (423/430) once it was retrained on the final main of session 11, with its
// entity model and quote rules; 0.965 (415/430) with the ranker of session
// 12, trained on 22 read sets (train14, train19–21 added): it replaces a
// descriptive source or an unnamed title read from the cue's slot by a
// named person or body near it, as real copy's annotations often name them
// (docs/quotes.md, Session 12: a gain held out, a loss on these articles);
// 0.960 (413/430) with the ranker of session 13, trained on 25 read sets
// (train18, train23 and train24 added; docs/quotes.md, Session 13), and
// on tokens only 0.972 → 0.970 (416/429).
func TestAccuracy(t *testing.T) {
	r, s := score(t, simulated)
	if r < 0.997 || s < 0.958 {
		t.Errorf("with entities: recall %.3f (floor 0.997), speaker accuracy %.3f (floor 0.958)", r, s)
	}
	r, s = score(t, bare)
	if r < 0.996 || s < 0.968 {
		t.Errorf("tokens only: recall %.3f (floor 0.996), speaker accuracy %.3f (floor 0.968)", r, s)
	}
}
