package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/input"
	"github.com/rasid/rasid/tokenize"
)

// readPretokenized reads one token a line (the first column, split on a tab
// or space); a blank line ends a sentence, and so does a "." token when
// dotEnds is set (ANERcorp has no sentence marks).
func readPretokenized(name string, r io.Reader, max int, dotEnds bool) ([][]string, error) {
	raw, err := readLimited(r, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	text, _, err := input.Decode(raw, input.Options{Encoding: "utf-8", MaxBytes: max})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var sents [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), max+1)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			flush()
			continue
		}
		cur = append(cur, fields[0])
		if dotEnds && fields[0] == "." {
			flush()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	return sents, nil
}

// pretokenizedDoc builds a Document from given tokens: the text is the
// tokens joined by spaces, one sentence a line.
func pretokenizedDoc(name string, sents [][]string) *rasid.Document {
	d := tokenize.New().Given(sents)
	d.ID = name
	return d
}

func analyzePretokenized(name string, r io.Reader, opt analyzeOptions, out *bufio.Writer) error {
	max := opt.decode.MaxBytes
	if max <= 0 {
		max = input.DefaultMaxBytes
	}
	sents, err := readPretokenized(name, r, max, opt.format == "bio")
	if err != nil {
		return err
	}
	switch opt.format {
	case "segments":
		return writeSegments(out, sents)
	case "bio":
		return writeBIO(out, sents)
	}
	d := pretokenizedDoc(name, sents)
	d.Date = opt.date
	// The tokens are given: run every annotator but the tokenizer.
	gp, err := buildPipelineAfter(rasid.Given{rasid.LayerTokens, rasid.LayerSentences}, opt.layers)
	if err != nil {
		return err
	}
	if err := gp.Annotate(context.Background(), d); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return writeDoc(out, d, opt)
}
