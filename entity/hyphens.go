package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// hyphenNames joins the two halves of a person's name written with a
// hyphen and no space on either side (يينغ-هوي فو، كيم جونغ-أون): East
// Asian given names of two syllables, and double-barrelled names, are
// one name, while the model, which reads the hyphen as punctuation, ends
// the name before it or starts one after it. A person's chunk right
// before such a hyphen takes the word after it, and the person's chunk
// that starts there; one right after it takes the word before it, unless
// that word is in a name of another type. A hyphen with a space beside
// it (a dateline's «الرياض - واس», a range) joins nothing, nor one
// between names of other types (السعودية-الأمريكية: two adjectives).
// Only two name-like halves are joined (nameHalf): a verb, a particle,
// a pronoun, a preposition or a title after the hyphen, or a word before
// الله, opens an aside (ظافر-رحمه الله-: "God have mercy on him";
// الجابري-وهو مدير المدرسة-؛ أوباما-في كلمته-), no name's half.
// s gives the document token of each of the sentence's words; cs is
// sorted by start and is changed in place (the result shares it).
func (m *Model) hyphenNames(d *rasid.Document, s []int, words []string, cs []chunk) []chunk {
	glued := func(h int) bool { // words[h] is a hyphen glued to words on both sides
		if h <= 0 || h+1 >= len(words) || words[h] != "-" {
			return false
		}
		a, b, c := d.Tokens[s[h-1]], d.Tokens[s[h]], d.Tokens[s[h+1]]
		return a.End == b.Start && b.End == c.Start && m.nameHalf(fold(words[h-1]), a.Words) && m.nameHalf(fold(words[h+1]), c.Words) &&
			!verbWord(c.Words) && (h+2 >= len(words) || fold(words[h+2]) != "الله")
	}
	out := cs[:0]
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if c.typ == "PERS" {
			if glued(c.start-1) && (len(out) == 0 || out[len(out)-1].end <= c.start-2) {
				c.start -= 2
			}
			for glued(c.end) {
				next := c.end + 1
				if k+1 < len(cs) && cs[k+1].start == next {
					if cs[k+1].typ != "PERS" {
						break
					}
					c.end = cs[k+1].end
					k++
					continue
				}
				if k+1 < len(cs) && cs[k+1].start < next+1 {
					break
				}
				c.end = next + 1
			}
		}
		out = append(out, c)
	}
	return out
}

// nameHalf reports whether a token (its folded word w and its words ws)
// can be one half of a hyphenated name: a word of Arabic letters that is
// no stop word, no title word (الجابري-مدير المدرسة-: the title opens an
// aside) and whose host word the words layer does not read as a
// particle, a preposition or a relative, with no pronoun beside a clitic
// or a host (في، أن، الذي، وهو، عليه: an aside opens there; كوان, read
// as ka + a noun, stays a half). A bare pronoun or a conjunction the words
// layer finds in a foreign syllable stays a half (إيون-هي، يونج-وو), as
// does a word it reads as an adverb (يانغا-مبيوا).
func (m *Model) nameHalf(w string, ws []rasid.Word) bool {
	if !arabicOnly(w) || stopWords[w] {
		return false
	}
	switch wordsInfo(ws).upos {
	case "ADP", "SCONJ", "PART", "DET", "AUX":
		return false
	case "PRON":
		if strings.HasPrefix(w, "ال") {
			return false // الذي، التي
		}
	}
	for k := range ws {
		if ws[k].UPOS == "PRON" && len(ws) > 1 {
			return false // وهو، عليه
		}
	}
	tw := m.titleWords()
	return !tw.trigger[w] && !tw.complement[w]
}

// verbWord reports whether the words layer reads a token's words (ws) as a
// verb: its host word is one.
func verbWord(ws []rasid.Word) bool {
	return len(ws) > 0 && wordsInfo(ws).upos == "VERB"
}
