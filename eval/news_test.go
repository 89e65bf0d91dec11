package eval

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/rasid/rasid/internal/datatest"
)

// TestNewsAnnotations loads the annotated real articles of testdata/realnews
// that are read during development (dev, dev2, and train, train2 and train3, the
// training and development sets of session 5, and train4 of session 6, train5, train6 and train7 of session 7, train8, train9 and train10 of session 8, train11 of session 9, train12 and train13 of session 10, train14 of session 11 (held out in session 11: its spans are checked here, never scored), train15 and train17 of session 11, train18 of session 12 (held out in session 12: spans checked here, never scored), train19, train20 and train21 of session 12, train22 of session 13 (held out in session 13: spans checked here, never scored), train23 and train24 of session 13 (read sets), train25 of session 14 (held out in session 14: spans checked here, never scored), train26 and train27 of session 14 (read sets), train28 of session 15 (held out in session 15: spans checked here, never scored), train29, train30 and train31 of session 15 (read sets), train32 of session 16 (held out in session 16: spans checked here, never scored), train33 and train34 of session 16 (read sets), train35 of session 17 (held out in session 17: spans checked here, never scored), train36 and train37 of session 17 (read sets), train38 of session 18 (held out in session 18: spans checked here, never scored), train39 and train40 of session 18 (read sets), wiki of session 9: ARCD Wikipedia paragraphs, entities only) and the second to fifth blind sets (blind2, blind3 of session 6, blind4 of session 8, blind5 and blindwiki of session 9) — LoadNews checks each text's hash against the data and every span
// against its length — and checks that every span covers text that does not
// start or end with white space, with a known type, kind or value. It prints
// no scores (the blind half is left to TestRealNews in cmd/rasid), and for
// blind2, blind3, blind4, blind5 and blindwiki no text either: a faulty span is named by its offsets only.
func TestNewsAnnotations(t *testing.T) {
	data := datatest.Dir(t)
	datatest.Path(t, "saudinewsnet")
	datatest.Path(t, "ant")
	datatest.Path(t, "arcd")
	for _, half := range []string{"dev", "dev2", "train", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9", "train10", "train11", "train12", "train13", "train14", "train15", "train16", "train17", "train18", "train19", "train20", "train21", "train22", "train23", "train24", "train25", "train26", "train27", "train28", "train29", "train30", "train31", "train32", "train33", "train34", "train35", "train36", "train37", "train38", "train39", "train40", "wiki", "blind2", "blind3", "blind4", "blind5", "blindwiki"} {
		arts, err := LoadNews(filepath.Join("..", "testdata", "realnews", half), data)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			rs := []rune(a.Text)
			if a.Gold.Chars != len(rs) {
				t.Errorf("%s/%s: chars %d, text has %d", half, a.Name, a.Gold.Chars, len(rs))
			}
			check := func(layer string, s, e int, label string) {
				sub := string(rs[s:e])
				shown := sub
				if strings.HasPrefix(half, "blind") {
					shown = "…" // nobody reads a blind set's text in a test log
				}
				if strings.TrimSpace(sub) != sub || strings.TrimFunc(sub, unicode.IsPunct) == "" {
					t.Errorf("%s/%s: %s [%d,%d) %q: span starts or ends with white space, or holds no word", half, a.Name, layer, s, e, shown)
				}
				if label == "" {
					t.Errorf("%s/%s: %s [%d,%d) %q has no type, speaker, person or value", half, a.Name, layer, s, e, shown)
				}
			}
			for _, x := range a.Gold.Entities {
				check("entity", x.Start, x.End, x.Type)
				switch x.Type {
				case "PER", "ORG", "LOC", "MISC":
				default:
					t.Errorf("%s/%s: entity [%d,%d) has type %q", half, a.Name, x.Start, x.End, x.Type)
				}
			}
			for _, x := range a.Gold.Titles {
				check("title", x.Start, x.End, x.Person)
			}
			for _, x := range a.Gold.Quotes {
				check("quote", x.Start, x.End, x.Speaker)
				if x.Kind != "direct" && x.Kind != "indirect" {
					t.Errorf("%s/%s: quote [%d,%d) has kind %q", half, a.Name, x.Start, x.End, x.Kind)
				}
			}
			for _, x := range a.Gold.Dates {
				check("date", x.Start, x.End, x.Value)
			}
		}
		t.Logf("%s: %d articles load and check", half, len(arts))
	}
}
