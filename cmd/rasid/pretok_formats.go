package main

import (
	"bufio"
	"errors"
)

// writeSegments prints token<TAB>seg+seg+… in the fine-grained scheme.
func writeSegments(out *bufio.Writer, sents [][]string) error {
	return errors.New("--format segments: the morphology model is not wired yet")
}

// writeBIO prints token<TAB>tag with ANERcorp IOB2 tags.
func writeBIO(out *bufio.Writer, sents [][]string) error {
	return errors.New("--format bio: the entity model is not wired yet")
}
