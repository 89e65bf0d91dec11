package main

import (
	"bufio"

	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
)

// writeSegments prints token<TAB>seg+seg+… in the fine-grained scheme.
func writeSegments(out *bufio.Writer, sents [][]string) error {
	m, err := morph.Load()
	if err != nil {
		return err
	}
	return m.WriteSegments(out, sents)
}

// writeBIO prints token<TAB>tag with ANERcorp IOB2 tags.
func writeBIO(out *bufio.Writer, sents [][]string) error {
	m, err := entity.Load()
	if err != nil {
		return err
	}
	// The file is tagged as one stream, so that names seen earlier in the
	// document inform later mentions (docs/ner.md).
	all := m.TagSentences(sents)
	for k, s := range sents {
		tags := all[k]
		for i, tok := range s {
			out.WriteString(tok)
			out.WriteByte('\t')
			out.WriteString(tags[i])
			out.WriteByte('\n')
		}
		out.WriteByte('\n')
	}
	return nil
}
