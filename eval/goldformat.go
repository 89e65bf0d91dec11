package eval

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// Gold files are sniffed before an evaluation: scoring a file of another
// format gives meaningless figures, not an error, so the first lines are
// checked against the expected layout.

var (
	// ANERcorp: "token TAG" with an IOB tag (O, B-PERS, I-LOC, S-…, E-…).
	bioLine = regexp.MustCompile(`^\S+[ \t]+(O|[BIESL]-[A-Za-z]+|[A-Z]+)$`)
	bioTag  = regexp.MustCompile(`[ \t](O|[BIESL]-[A-Za-z]+)$`)
	// WikiNews (Farasa): "seg+seg<TAB>TAG+TAG".
	wikiLine = regexp.MustCompile(`^[^\t]+\t[A-Z_]+(\+[A-Z_]+)*$`)
)

const sniffLines = 200

// CheckGoldFormat reads the first lines of path and fails, naming the
// format expected and the first line that does not fit, when fewer than
// 90% of them have the layout of the gold format of the evaluation named
// format: "ner" (ANERcorp) or "segments" (WikiNews). Path "-" (stdin) is
// not checked.
func CheckGoldFormat(path, format string) error {
	if path == "-" {
		return nil // stdin cannot be read twice
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n, ok, tags, lineNo, firstBad := 0, 0, 0, 0, 0
	badText := ""
	for sc.Scan() && n < sniffLines {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		var fits bool
		switch format {
		case "ner":
			fits = bioLine.MatchString(line)
			if bioTag.MatchString(line) {
				tags++
			}
		case "segments":
			if lineNo == 1 && strings.HasPrefix(line, "refTok") {
				continue // the header of the published file
			}
			fits = wikiLine.MatchString(line)
			tags++
		}
		n++
		if fits {
			ok++
		} else if firstBad == 0 {
			firstBad, badText = lineNo, line
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	want := map[string]string{
		"ner":      `the ANERcorp format: one token a line with its IOB2 tag ("لافروف B-PERS"), a blank line or "." between sentences`,
		"segments": `the WikiNews format: one word a line, "segment+segment<TAB>TAG+TAG" ("ال+وزير	DET+NOUN")`,
	}[format]
	switch {
	case n == 0:
		return fmt.Errorf("%s: no lines to score; GOLD must be in %s", path, want)
	case ok*10 < n*9 || tags == 0:
		if r := []rune(badText); len(r) > 40 {
			badText = string(r[:40]) + "…"
		}
		return fmt.Errorf("%s is not in the expected format (line %d: %q); GOLD must be in %s", path, firstBad, badText, want)
	}
	return nil
}
