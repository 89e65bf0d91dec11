package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/internal/jsonoracle"
)

// goldenArticles is how many SaudiNewsNet articles the output golden test
// analyses.
const goldenArticles = 300

// keepLayers returns a copy of d with only the given layers (tokens and
// sentences always), as an analysis with those --layers would fill it.
func keepLayers(d *rasid.Document, layers string) *rasid.Document {
	ls, _ := rasid.ParseLayers(layers)
	c := *d
	if !ls[rasid.LayerWords] {
		c.Tokens = make([]rasid.Token, len(d.Tokens))
		for i, t := range d.Tokens {
			t.Words, t.Segments = nil, nil
			c.Tokens[i] = t
		}
	}
	if !ls[rasid.LayerEntities] {
		c.Entities, c.Titles = nil, nil
	}
	if !ls[rasid.LayerDates] {
		c.Dates = nil
	}
	if !ls[rasid.LayerQuotes] {
		c.Quotes = nil
	}
	if !ls[rasid.LayerTopics] {
		c.Topics = nil
	}
	if !ls[rasid.LayerKeyphrases] {
		c.Keyphrases = nil
	}
	if !ls[rasid.LayerSummary] {
		c.Summary = nil
	}
	return &c
}

// listTokensOracle is the tokens view as it was written before it went
// through one buffered writer: with fmt and strings.Join.
func listTokensOracle(part *rasid.Document, sentBase int) string {
	var b strings.Builder
	text := part.Text
	k := 0
	for i, s := range part.Sentences {
		fmt.Fprintf(&b, "\n[%d] %s\n", sentBase+i+1, oneLine(s.In(text)))
		var parts []string
		for k < len(part.Tokens) && part.Tokens[k].Start < s.End {
			t := &part.Tokens[k]
			s := t.In(text)
			if len(t.Words) > 1 {
				forms := make([]string, len(t.Words))
				for i, w := range t.Words {
					forms[i] = w.Form
				}
				s = strings.Join(forms, "+")
			}
			if len(t.Words) > 0 && t.Words[len(t.Words)-1].UPOS != "" {
				var tags []string
				for _, w := range t.Words {
					tags = append(tags, w.UPOS)
				}
				s += "/" + strings.Join(tags, "+")
			}
			parts = append(parts, s)
			k++
		}
		fmt.Fprintf(&b, "    %s\n", strings.Join(parts, "  "))
	}
	return b.String()
}

// The JSON output (compact and --pretty) and the tokens view of real
// articles, for every combination of layers, are byte for byte what the
// encoding/json path and the fmt-based view wrote (the oracles).
func TestOutputMatchesOracle(t *testing.T) {
	arts, err := corpus.SaudiNews(datatest.Path(t, "saudinewsnet"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) > goldenArticles {
		arts = arts[:goldenArticles]
	}
	ls, _ := rasid.ParseLayers("all")
	p, err := buildPipeline(ls)
	if err != nil {
		t.Fatal(err)
	}
	combos := []string{"tokens", "words", "entities", "dates", "quotes", "words,dates,entities", "topics,keyphrases,summary", "all"}
	bad := 0
	for i, a := range arts {
		d := &rasid.Document{ID: a.URL, Text: strings.TrimSpace(a.Title + "\n" + a.Content), Title: a.Title}
		if i%2 == 0 && len(a.Date) >= 10 {
			d.Date, _ = time.Parse("2006-01-02", a.Date[:10])
		}
		if i%3 == 0 {
			d.Warnings = []string{"a warning <with> \"quotes\""}
		}
		if strings.TrimSpace(d.Text) == "" {
			continue
		}
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, layers := range combos {
			c := keepLayers(d, layers)
			for _, pretty := range []bool{false, true} {
				want, err := jsonoracle.Marshal(c)
				if err != nil {
					t.Fatal(err)
				}
				if pretty {
					var ind bytes.Buffer
					json.Indent(&ind, want, "", "  ")
					want = ind.Bytes()
				}
				want = append(want, '\n')
				var got bytes.Buffer
				w := bufio.NewWriter(&got)
				if err := writeDoc(w, c, analyzeOptions{format: "json", pretty: pretty}); err != nil {
					t.Fatal(err)
				}
				w.Flush()
				if !bytes.Equal(got.Bytes(), want) && bad < 5 {
					bad++
					k := 0
					for k < len(want) && k < got.Len() && want[k] == got.Bytes()[k] {
						k++
					}
					t.Errorf("article %d (%s), layers %s, pretty %v: JSON differs from byte %d: %.80q, want %.80q", i, a.URL, layers, pretty, k, got.Bytes()[k:], want[k:])
				}
			}
			var tv bytes.Buffer
			w := bufio.NewWriter(&tv)
			if err := writeDoc(w, c, analyzeOptions{format: "text"}); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			head := fmt.Sprintf("# %s", c.ID)
			if !c.Date.IsZero() {
				head += fmt.Sprintf(" — published %s", c.Date.Format("2006-01-02"))
			}
			head += fmt.Sprintf(" — %d sentences, %d tokens\n", len(c.Sentences), len(c.Tokens))
			if !strings.HasPrefix(tv.String(), head) && bad < 5 {
				bad++
				t.Errorf("article %d: text view starts %.200q, want %q", i, tv.String(), head)
			}
			// the view with --tokens is the view without, then the listing
			var withToks bytes.Buffer
			w = bufio.NewWriter(&withToks)
			if err := writeDoc(w, c, analyzeOptions{format: "text", tokens: true}); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			want := strings.TrimSuffix(tv.String(), "\n") + "\nsentences and tokens:\n" + listTokensOracle(c, 0) + "\n"
			if withToks.String() != want && bad < 5 {
				bad++
				t.Errorf("article %d, layers %s: tokens view differs:\n%.300s\nwant\n%.300s", i, layers, withToks.String(), want)
			}
		}
	}
}
