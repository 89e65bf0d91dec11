package main

// ARCD paragraphs (Arabic Wikipedia, ../shared/data/arcd) for the
// entities-only sets wiki and blindwiki (docs/evaluation-realnews.md).

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid/eval"
)

// arcdPara is one ARCD paragraph with its place in the data.
type arcdPara struct {
	file               string
	article, paragraph int
	text               string
}

// arcdParagraphs reads every paragraph of arcd-FILE.json in order.
func arcdParagraphs(file string) ([]arcdPara, error) {
	path, err := eval.ARCDPath(dataDir, file)
	if err != nil {
		return nil, err
	}
	ps, _, err := eval.ReadSQuAD(path)
	if err != nil {
		return nil, err
	}
	out := make([]arcdPara, 0, len(ps))
	for _, p := range ps {
		var a, q int
		if _, err := fmt.Sscanf(p.ID, "p%d-%d", &a, &q); err != nil {
			return nil, fmt.Errorf("paragraph id %q: %v", p.ID, err)
		}
		out = append(out, arcdPara{file, a, q, p.Text})
	}
	return out, nil
}

// loadARCD returns one paragraph.
func loadARCD(file string, article, paragraph int) (arcdPara, error) {
	ps, err := arcdParagraphs(file)
	if err != nil {
		return arcdPara{}, err
	}
	for _, p := range ps {
		if p.article == article && p.paragraph == paragraph {
			return p, nil
		}
	}
	return arcdPara{}, fmt.Errorf("arcd-%s.json has no paragraph %d of article %d", file, paragraph, article)
}

// parseARCDRef reads "FILE ARTICLE PARAGRAPH".
func parseARCDRef(fs []string) (string, int, int, error) {
	if len(fs) != 3 {
		return "", 0, 0, fmt.Errorf("want FILE ARTICLE PARAGRAPH (e.g. train 12 3)")
	}
	a, err1 := strconv.Atoi(fs[1])
	p, err2 := strconv.Atoi(fs[2])
	if err1 != nil || err2 != nil {
		return "", 0, 0, fmt.Errorf("ARTICLE and PARAGRAPH are numbers: %q %q", fs[1], fs[2])
	}
	return fs[0], a, p, nil
}

// arcdShow prints a paragraph, each line prefixed with its starting code
// point offset.
func arcdShow(args []string) error {
	file, a, q, err := parseARCDRef(args)
	if err != nil {
		return fmt.Errorf("usage: arcd-show FILE ARTICLE PARAGRAPH: %v", err)
	}
	p, err := loadARCD(file, a, q)
	if err != nil {
		return err
	}
	t := []rune(p.text)
	fmt.Printf("# arcd %s %d %d (%d chars, %d words)\n", file, a, q, len(t), len(strings.Fields(p.text)))
	start := 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == '\n' {
			fmt.Printf("%5d| %s\n", start, string(t[start:i]))
			start = i + 1
		}
	}
	return nil
}

// arcdDraw prints a reproducible random selection of ARCD paragraphs of
// at least -min-words words, at most one per article: the articles of both
// files (train, then test, in file order) are shuffled with the seed, and
// each article in turn gives one of its long enough paragraphs, chosen
// with the same generator. Wikipedia repeats passages across articles: a
// paragraph sharing a third or more of its word 8-grams with an earlier
// pick is skipped (said on stderr) and the next article is drawn.
func arcdDraw(args []string) error {
	fs := flag.NewFlagSet("arcd-draw", flag.ContinueOnError)
	seed := fs.Uint64("seed", 20261340, "random seed")
	n := fs.Int("n", 60, "paragraphs to draw")
	minWords := fs.Int("min-words", 60, "least words of a paragraph (white-space separated)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	type art struct {
		file  string
		index int
		paras []arcdPara
	}
	var arts []art
	for _, file := range []string{"train", "test"} {
		ps, err := arcdParagraphs(file)
		if err != nil {
			return err
		}
		byArt := map[int][]arcdPara{}
		for _, p := range ps {
			if len(strings.Fields(p.text)) >= *minWords {
				byArt[p.article] = append(byArt[p.article], p)
			}
		}
		idx := make([]int, 0, len(byArt))
		for a := range byArt {
			idx = append(idx, a)
		}
		sort.Ints(idx)
		for _, a := range idx {
			arts = append(arts, art{file, a, byArt[a]})
		}
	}
	r := rand.New(rand.NewPCG(*seed, *seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	seen := map[string]bool{}
	picked := 0
	for _, a := range arts {
		if picked == *n {
			break
		}
		p := a.paras[r.IntN(len(a.paras))]
		grams := wordGrams(p.text, 8)
		shared := 0
		for _, g := range grams {
			if seen[g] {
				shared++
			}
		}
		if len(grams) > 0 && 3*shared >= len(grams) {
			fmt.Fprintf(os.Stderr, "skipped arcd %s %d %d: %d of its %d word 8-grams are in earlier picks\n", p.file, p.article, p.paragraph, shared, len(grams))
			continue
		}
		for _, g := range grams {
			seen[g] = true
		}
		picked++
		fmt.Printf("%2d arcd %s %d %d  (%d words)\n", picked, p.file, p.article, p.paragraph, len(strings.Fields(p.text)))
	}
	if picked < *n {
		return fmt.Errorf("only %d paragraphs drawn", picked)
	}
	return nil
}

// wordGrams returns the runs of n white-space separated words of s.
func wordGrams(s string, n int) []string {
	ws := strings.Fields(s)
	var out []string
	for i := 0; i+n <= len(ws); i++ {
		out = append(out, strings.Join(ws[i:i+n], " "))
	}
	return out
}
