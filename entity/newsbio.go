package entity

import (
	"fmt"
	"sort"

	"github.com/rasid/rasid"
)

// GoldSpan is a hand-annotated entity of a document: byte offsets into its
// text and a type (PER, ORG, LOC, MISC; PERS is read as PER).
type GoldSpan struct {
	Start, End int
	Type       string
}

// SpansToBIO returns the sentences of a tokenized document as the tagger
// reads them in analysis (the surface tokens of each sentence, loose tokens
// included, as Annotate groups them) with IOB2 tags from gold spans: a
// token that holds the start of a span is B- (the span may begin after a
// proclitic, بموسكو), a token that starts inside it I-. Training on
// annotated articles this way sees exactly the tokens the annotator tags.
// Overlapping spans are an error, as is a type other than the four.
func SpansToBIO(d *rasid.Document, spans []GoldSpan) (tokens, tags [][]string, err error) {
	sp := append([]GoldSpan(nil), spans...)
	sort.SliceStable(sp, func(a, b int) bool { return sp[a].Start < sp[b].Start })
	for i, s := range sp {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			return nil, nil, fmt.Errorf("entity: span %d–%d outside the text (%d bytes)", s.Start, s.End, len(d.Text))
		}
		if i > 0 && s.Start < sp[i-1].End {
			return nil, nil, fmt.Errorf("entity: span %d–%d overlaps span %d–%d", s.Start, s.End, sp[i-1].Start, sp[i-1].End)
		}
		switch s.Type {
		case "PERS", rasid.PER:
			sp[i].Type = "PERS"
		case "ORG", "LOC", "MISC":
		default:
			return nil, nil, fmt.Errorf("entity: span %d–%d has type %q (want PER, ORG, LOC or MISC)", s.Start, s.End, s.Type)
		}
	}
	sc := getScratch()
	defer sc.put()
	k := 0 // the first span that may still cover a token
	for _, s := range sc.sentenceTokens(d) {
		toks := make([]string, len(s))
		tg := make([]string, len(s))
		for j, ti := range s {
			t := d.Tokens[ti]
			toks[j] = t.In(d.Text)
			tg[j] = "O"
			for k < len(sp) && sp[k].End <= t.Start {
				k++
			}
			if k == len(sp) || sp[k].Start >= t.End {
				continue
			}
			if sp[k].Start >= t.Start || j == 0 {
				tg[j] = "B-" + sp[k].Type
			} else {
				tg[j] = "I-" + sp[k].Type
			}
		}
		tokens = append(tokens, toks)
		tags = append(tags, tg)
	}
	return tokens, tags, nil
}
