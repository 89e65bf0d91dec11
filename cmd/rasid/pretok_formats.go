package main

import (
	"bufio"
	"errors"

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
	return errors.New("--format bio: the entity model is not wired yet")
}
