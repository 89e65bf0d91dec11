package tagger

import (
	"os"
	"strconv"
	"strings"

	"github.com/rasid/rasid/training"
)

// The name lexicon tells how often a word was part of a named entity in
// ANERcorp (news, IOB-tagged for PERS, LOC, ORG, MISC). Proper nouns are
// the tagger's main source of errors on unknown words, and PUD tags far
// more words PROPN than PADT's training labels suggest; the lexicon gives
// the UPOS classifier a feature for them. Values pack three small numbers:
// the share of the word's occurrences inside a name (0: never, 1: < 30%,
// 2: < 70%, 3: more), a frequency band (0: once, 1: 2–4, 2: 5+) and the
// commonest entity type (0: none, 1–4: PERS, LOC, ORG, MISC).
type nameLexicon map[string]uint8

var entityTypes = []string{"", "PERS", "LOC", "ORG", "MISC"}

// readNameLexicon builds the lexicon from ANERcorp's training part; a
// missing file gives an empty one.
func readNameLexicon(d training.Data) (nameLexicon, error) {
	sents, err := d.ANERcorp()
	if os.IsNotExist(err) {
		return nameLexicon{}, nil
	}
	if err != nil {
		return nil, err
	}
	total := map[string]int{}
	byType := map[string]*[5]int{}
	for _, s := range sents {
		for i, word := range s.Tokens {
			tok := Strip(word)
			typ := 0
			if tag := s.Tags[i]; len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') {
				for i, t := range entityTypes {
					if i > 0 && t == tag[2:] {
						typ = i
					}
				}
			}
			for _, k := range cliticVariants(tok) {
				total[k]++
				if typ > 0 {
					if byType[k] == nil {
						byType[k] = &[5]int{}
					}
					byType[k][typ]++
				}
			}
		}
	}
	lex := nameLexicon{}
	for k, n := range total {
		var ent, typ, typN int
		if c := byType[k]; c != nil {
			for t := 1; t < 5; t++ {
				ent += c[t]
				if c[t] > typN {
					typ, typN = t, c[t]
				}
			}
		}
		if ent == 0 && n < 2 {
			continue
		}
		ratio := 0
		switch {
		case ent == 0:
		case ent*10 < 3*n:
			ratio = 1
		case ent*10 < 7*n:
			ratio = 2
		default:
			ratio = 3
		}
		band := 0
		switch {
		case n >= 5:
			band = 2
		case n >= 2:
			band = 1
		}
		lex[k] = uint8(ratio*16 + band*5 + typ)
	}
	return lex, nil
}

// cliticVariants returns the token and, when it starts with a one-letter
// proclitic (و ف ب ل ك), the rest as the segmenter would write it
// (للصين li-ṣ-ṣīn → الصين).
func cliticVariants(tok string) []string {
	out := []string{tok}
	if runeLen(tok) < 4 {
		return out
	}
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		rest, ok := strings.CutPrefix(tok, p)
		if !ok {
			continue
		}
		if p == "ل" && strings.HasPrefix(rest, "ل") {
			rest = "ا" + rest
		}
		out = append(out, rest)
		if p == "و" || p == "ف" {
			out = append(out, cliticVariants(rest)[1:]...)
		}
		break
	}
	return out
}

// numbers holds the decimal strings of 0–1023, so that numeric feature
// values do not allocate.
var numbers = func() []string {
	s := make([]string, 1024)
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

func smallNumber(i int) string {
	if i >= 0 && i < len(numbers) {
		return numbers[i]
	}
	return strconv.Itoa(i)
}
