package main

import (
	"bufio"
	"strings"

	"github.com/rasid/rasid/arabic"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
)

// writeSegments prints token<TAB>seg+seg+… in the fine-grained scheme.
func writeSegments(out *bufio.Writer, sents [][]string) error {
	m, err := morph.Load()
	if err != nil {
		return err
	}
	// A token given already segmented (the first column of a WikiNews
	// gold file, ال+أكاديمي+ة) is segmented again from its letters.
	for _, s := range sents {
		for i, tok := range s {
			if isSegmented(tok) {
				s[i] = strings.ReplaceAll(tok, "+", "")
			}
		}
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

// isSegmented reports whether tok is Arabic text written with "+" between
// segments: every part is non-empty and holds an Arabic letter.
func isSegmented(tok string) bool {
	if !strings.Contains(tok, "+") {
		return false
	}
	for _, part := range strings.Split(tok, "+") {
		if !strings.ContainsFunc(part, arabic.IsLetter) {
			return false
		}
	}
	return true
}
