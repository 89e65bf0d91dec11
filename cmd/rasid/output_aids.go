package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/rasid/rasid"
)

// writeAids prints the reading aids of d (topics, keyphrases, summary)
// for the text view; nothing for layers that were not computed.
func writeAids(out *bufio.Writer, d *rasid.Document) {
	if len(d.Topics) > 0 {
		var parts []string
		for _, t := range d.Topics {
			if len(parts) > 0 && t.Score < 0.05 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s %.2f", t.Label, t.Score))
		}
		fmt.Fprintf(out, "\ntopics: %s\n", strings.Join(parts, ", "))
	}
	if len(d.Keyphrases) > 0 {
		var parts []string
		for _, k := range d.Keyphrases {
			parts = append(parts, k.Text)
		}
		fmt.Fprintf(out, "\nkeyphrases: %s\n", strings.Join(parts, "، "))
	}
	if len(d.Summary) > 0 {
		fmt.Fprintf(out, "\nsummary:\n")
		for _, s := range d.Summary {
			fmt.Fprintf(out, "  %s\n", oneLine(s.In(d.Text)))
		}
	}
}
