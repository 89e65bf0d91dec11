package quotes

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid/internal/modelfile"
)

// The speaker model's file: the modelfile container, kind "speaker",
// version 1, a gzip payload of text lines: "margin VALUE", "guesses-only
// true|false", optionally "per-mention true", then one "WEIGHT<TAB>FEATURE" line per feature in feature order, weights written
// with 4 decimals (docs/models.md).
const (
	speakerKind    = "speaker"
	speakerVersion = 1
	speakerData    = "testdata/realnews read sets (dev, dev2, train … train37, train39, train40): annotations of SaudiNewsNet (CC BY-NC-SA 4.0) and ANT (Apache-2.0) articles"
)

// WriteSpeakerModel writes m to path; command is the command that trained
// it.
func WriteSpeakerModel(path string, m *SpeakerModel, command string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	h := modelfile.Header{Kind: speakerKind, Version: speakerVersion, Command: command, Data: speakerData}
	err = modelfile.WriteGzip(f, h, func(w *bufio.Writer) error {
		fmt.Fprintf(w, "margin %s\nguesses-only %t\n", strconv.FormatFloat(m.Margin, 'f', 4, 64), m.GuessesOnly)
		if m.PerMention {
			fmt.Fprintf(w, "per-mention true\n")
		}
		keys := make([]string, 0, len(m.Weights))
		for k, v := range m.Weights {
			if strconv.FormatFloat(v, 'f', 4, 64) != "0.0000" && strconv.FormatFloat(v, 'f', 4, 64) != "-0.0000" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%s\n", strconv.FormatFloat(m.Weights[k], 'f', 4, 64), k)
		}
		return nil
	})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ReadSpeakerModel reads a model written by WriteSpeakerModel.
func ReadSpeakerModel(r io.Reader) (*SpeakerModel, error) {
	_, p, err := modelfile.OpenGzip(r, speakerKind, speakerVersion)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(p)
	if err != nil {
		return nil, err
	}
	m := &SpeakerModel{Weights: map[string]float64{}}
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if i == 0 {
			v, ok := strings.CutPrefix(line, "margin ")
			x, err := strconv.ParseFloat(v, 64)
			if !ok || err != nil {
				return nil, fmt.Errorf("speaker model: bad first line %q", line)
			}
			m.Margin = x
			continue
		}
		if i == 1 {
			v, ok := strings.CutPrefix(line, "guesses-only ")
			if !ok || v != "true" && v != "false" {
				return nil, fmt.Errorf("speaker model: bad second line %q", line)
			}
			m.GuessesOnly = v == "true"
			continue
		}
		if line == "per-mention true" {
			m.PerMention = true
			continue
		}
		if strings.HasPrefix(line, "slot-margin ") {
			// session 13's experiment, removed in session 14
			return nil, fmt.Errorf("speaker model: line %d: a slot margin is no longer supported", i+1)
		}
		w, feat, ok := strings.Cut(line, "\t")
		x, err := strconv.ParseFloat(w, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("speaker model: bad line %d", i+1)
		}
		m.Weights[feat] = x
	}
	return m, nil
}
