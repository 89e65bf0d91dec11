package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// SegToken is one gold token of a WikiNews-format file (Farasa's
// segmentation test set): its segments and their Farasa tags, each joined
// by "+" (ال+أكاديمي+ة, DET+NOUN+NSUFF).
type SegToken struct {
	Segments, Tags string
}

// Valid reports whether the line is a well-formed segmentation: as many
// tags as segments, no empty segment.
func (t SegToken) Valid() bool {
	if t.Segments == "+" || strings.Count(t.Segments, "+") != strings.Count(t.Tags, "+") {
		return false
	}
	for _, f := range strings.Split(t.Segments, "+") {
		if f == "" {
			return false
		}
	}
	return true
}

// Gold is the segmentation a system must give to be right: the segments,
// or for a malformed line its letters as one segment.
func (t SegToken) Gold() string {
	if t.Valid() {
		return t.Segments
	}
	return strings.ReplaceAll(t.Segments, "+", "")
}

// ReadWikiNews reads a WikiNews-format file: refTok<TAB>refPOS per line (a
// header line "refTok…" is skipped), a "#" line opening each section. It
// returns the sections.
func ReadWikiNews(r io.Reader) ([][]SegToken, error) {
	var secs [][]SegToken
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if line == 1 && strings.HasPrefix(t, "refTok") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) < 2 || fs[0] == "" {
			continue
		}
		if fs[0] == "#" {
			secs = append(secs, nil)
			continue
		}
		if len(secs) == 0 {
			secs = append(secs, nil)
		}
		secs[len(secs)-1] = append(secs[len(secs)-1], SegToken{Segments: fs[0], Tags: fs[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return secs, nil
}

// ReadWikiNewsFile is ReadWikiNews on the file at path; errors name it.
func ReadWikiNewsFile(path string) ([][]SegToken, error) { return readFile(path, ReadWikiNews) }

// SegScores are word-level segmentation scores: a token counts when all
// its segments (or all its tags) are right.
type SegScores struct {
	Words    int // tokens scored
	Segments int // tokens whose segments are all right
	POS      int // tokens whose Farasa tags are all right
	Both     int // tokens with segments and tags right
}

func (s SegScores) String() string {
	return fmt.Sprintf("words %d  segmentation %.2f%%  POS %.2f%%  segmentation+POS %.2f%%",
		s.Words, pct(s.Segments, s.Words), pct(s.POS, s.Words), pct(s.Both, s.Words))
}

// Add adds o's counts to s.
func (s *SegScores) Add(o SegScores) {
	s.Words += o.Words
	s.Segments += o.Segments
	s.POS += o.POS
	s.Both += o.Both
}

// WriteTable writes the scores as the table of `rasid eval segments`.
func (s SegScores) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Metric        | Correct |   Total | Accuracy\n")
	fmt.Fprintf(bw, "--------------+---------+---------+---------\n")
	fmt.Fprintf(bw, "Segmentation  | %7d | %7d | %7.2f\n", s.Segments, s.Words, pct(s.Segments, s.Words))
	fmt.Fprintf(bw, "POS           | %7d | %7d | %7.2f\n", s.POS, s.Words, pct(s.POS, s.Words))
	fmt.Fprintf(bw, "Both          | %7d | %7d | %7.2f\n", s.Both, s.Words, pct(s.Both, s.Words))
	return bw.Flush()
}

// SentenceEnd reports whether a WikiNews token ends a sentence.
func SentenceEnd(t SegToken) bool {
	switch t.Gold() {
	case ".", "؟", "?", "!":
		return true
	}
	return false
}

// Segmenter analyses one sentence of gold tokens: for each, its segments
// and its tags, each joined by "+".
type Segmenter func(sent []SegToken) (segments, tags []string)

// ScoreSegments scores seg on gold tokens, sentence by sentence. When errs
// is not nil each wrong token is written to it as letters, gold segments,
// gold tags, system segments, system tags (tab-separated). letters gives a
// token's letters for that listing.
func ScoreSegments(gold []SegToken, seg Segmenter, letters func(SegToken) string, errs io.Writer) SegScores {
	var st SegScores
	start := 0
	for i := range gold {
		if i < len(gold)-1 && !SentenceEnd(gold[i]) {
			continue
		}
		sent := gold[start : i+1]
		start = i + 1
		forms, tags := seg(sent)
		for k, g := range sent {
			segOK := forms[k] == g.Gold()
			tagOK := tags[k] == g.Tags
			st.Words++
			if segOK {
				st.Segments++
			}
			if tagOK {
				st.POS++
			}
			if segOK && tagOK {
				st.Both++
			}
			if errs != nil && !(segOK && tagOK) {
				fmt.Fprintf(errs, "%s\t%s\t%s\t%s\t%s\n", letters(g), g.Gold(), g.Tags, forms[k], tags[k])
			}
		}
	}
	return st
}

// SplitScores compares the splits of surface tokens into words (UD words
// inside a token): a system word matches when both its start and its end
// agree with a gold word's.
type SplitScores struct {
	Gold, System, Match int // words
	// Restored counts the matched words whose form differs from the
	// letters they cover (لل = ل + ال).
	Restored int
}

// AddToken scores the split of one token. goldEnds and sysEnds are the
// ends of the gold and the system words, increasing offsets from the
// token's start (the last is the token's length); restored reports whether
// system word i's form differs from its letters (nil: none does).
func (s *SplitScores) AddToken(goldEnds, sysEnds []int, restored func(i int) bool) {
	s.Gold += len(goldEnds)
	s.System += len(sysEnds)
	gold := make(map[[2]int]bool, len(goldEnds))
	prev := 0
	for _, e := range goldEnds {
		gold[[2]int{prev, e}] = true
		prev = e
	}
	prev = 0
	for i, e := range sysEnds {
		if gold[[2]int{prev, e}] {
			s.Match++
			if restored != nil && restored(i) {
				s.Restored++
			}
		}
		prev = e
	}
}

// PRF returns the precision, recall and F1 of the words, in percent.
func (s SplitScores) PRF() (p, r, f float64) {
	p, r = pct(s.Match, s.System), pct(s.Match, s.Gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (s SplitScores) String() string {
	p, r, f := s.PRF()
	return fmt.Sprintf("words gold %d system %d  P %.2f R %.2f F1 %.2f  (restoring letters would change %d words, %.2f%%)",
		s.Gold, s.System, p, r, f, s.Restored, pct(s.Restored, s.Gold))
}
