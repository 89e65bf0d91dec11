package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
)

func writeCoNLLU(out *bufio.Writer, d *rasid.Document) error {
	id := d.ID
	if id == "" {
		id = "doc"
	}
	return conllu.WriteDocument(out, d, id)
}

// writeText prints a readable view of d for a person: each sentence with
// its tokens (words joined by + where a token holds several), then the
// entities, titles, dates and quotes found.
func writeText(out *bufio.Writer, d *rasid.Document) {
	fmt.Fprintf(out, "# %s", d.ID)
	if !d.Date.IsZero() {
		fmt.Fprintf(out, " — published %s", d.Date.Format("2006-01-02"))
	}
	fmt.Fprintf(out, " — %d sentences, %d tokens\n", len(d.Sentences), len(d.Tokens))
	for _, w := range d.Warnings {
		fmt.Fprintf(out, "! %s\n", w)
	}
	k := 0
	for i, s := range d.Sentences {
		fmt.Fprintf(out, "\n[%d] %s\n", i+1, oneLine(s.In(d.Text)))
		var parts []string
		for k < len(d.Tokens) && d.Tokens[k].Start < s.End {
			parts = append(parts, tokenView(d, &d.Tokens[k]))
			k++
		}
		fmt.Fprintf(out, "    %s\n", strings.Join(parts, "  "))
	}
	if len(d.Entities) > 0 {
		fmt.Fprintf(out, "\nentities:\n")
		for _, e := range d.Entities {
			fmt.Fprintf(out, "  %-4s %s", e.Type, e.In(d.Text))
			if e.Canonical != "" && e.Canonical != e.In(d.Text) {
				fmt.Fprintf(out, " → %s", e.Canonical)
			}
			out.WriteByte('\n')
		}
	}
	if len(d.Titles) > 0 {
		fmt.Fprintf(out, "\ntitles:\n")
		for _, t := range d.Titles {
			fmt.Fprintf(out, "  %s: %s\n", t.Person, t.Title)
		}
	}
	if len(d.Dates) > 0 {
		fmt.Fprintf(out, "\ndates:\n")
		for _, m := range d.Dates {
			fmt.Fprintf(out, "  %s → %s (%s)", oneLine(m.In(d.Text)), m.Value, m.Kind)
			if m.Hijri != "" {
				fmt.Fprintf(out, " hijri %s", m.Hijri)
			}
			out.WriteByte('\n')
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(out, "\nquotes:\n")
		for _, q := range d.Quotes {
			speaker := q.Speaker.Name
			if speaker == "" {
				speaker = "?"
			}
			cue := ""
			if q.Cue.End > q.Cue.Start {
				cue = " (" + q.Cue.In(d.Text) + ")"
			}
			fmt.Fprintf(out, "  [%s] %s%s: «%s»\n", q.Kind, speaker, cue, oneLine(q.In(d.Text)))
		}
	}
	writeAids(out, d)
	out.WriteByte('\n')
}

func tokenView(d *rasid.Document, t *rasid.Token) string {
	s := t.In(d.Text)
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
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
