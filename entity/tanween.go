package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Tanween (the doubled vowel marks ً ٌ ٍ, written on the last letter of
// an indefinite noun or adjective) marks a word as indefinite, and news
// copy writes it mostly on the accusative (ً): adverbs and circumstantial
// words (ذهنيًا، جدًا، صبيًا), the object of a verb (كوبًا، مبلغًا), a
// participle of manner (محاكيًا). Proper names are definite by themselves
// and news copy does not vocalise them: a name's word with tanween is no
// part of the name. Titles of works keep whatever words they have, in
// quotation marks (a novel «أن تقتل طائرًا محاكيًا») or not (a song's
// line): the rule leaves MISC alone.

// tanweenWord reports whether the surface word w ends in fathatan, the
// tanween of the accusative: the mark on its last letter, or on the letter
// before a final alif or alif maqsura (كوبًا، جداً، هدىً); tatweel, other
// marks and one final alif or alif maqsura may stand after it. The
// tanween of the nominative and the genitive is left alone: fully
// vocalised text (verse, scripture) writes it on names too (محمدٌ، سعدٌ).
func tanweenWord(w string) bool {
	alif := false
	for i := len(w); i > 0; {
		r, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		switch {
		case r == '\u064B': // fathatan
			return true
		case r >= '\u064E' && r <= '\u0652', r == 'ـ':
		case (r == 'ا' || r == 'ى') && !alif:
			alif = true
		default:
			return false
		}
	}
	return false
}

// tanweenEnds ends each name before its first word with tanween, and drops
// such a word at the name's start: a name that keeps no word is dropped,
// and so is one word left after such a start that begins with a letter of
// a proclitic (procliticStart).
// A MISC name, and a name right after an opening quotation mark or
// parenthesis or right before a closing one, is left alone (a title:
// «وداعًا»). words
// are the sentence's surface tokens; cs is changed in place and returned,
// perhaps shorter.
func tanweenEnds(words []string, cs []chunk) []chunk {
	out := cs[:0]
	for _, c := range cs {
		start := c.start
		if c.typ != "MISC" && !(c.start > 0 && openMarks[words[c.start-1]] || c.end < len(words) && closeMarks[words[c.end]]) {
			for j := c.start; j < c.end; j++ {
				if !tanweenWord(words[j]) {
					continue
				}
				if j == c.start {
					c.start++
					continue
				}
				c.end = j
				break
			}
		}
		if c.start < c.end && !(c.start > start && c.end-c.start == 1 && procliticStart(words[c.start])) {
			out = append(out, c)
		}
	}
	return out
}

// indefiniteTails ends a name of a body, place or event before a common
// noun without the article that follows a word with the article. A word
// with the article is no construct's first term, and an indefinite word
// agrees with it as no adjective: the noun starts a phrase of its own —
// the object of the clause's verb or its complement (أطلق البنك المركزي
// ناقوس الخطر، طرحت الهيئة العامة كراسة الشروط), a phrase with ك (دخل
// صندوق التنمية الزراعي كطرف). The noun is read by the words layer
// (bareNoun); the word is Arabic, of three letters or more, and no word the
// gazetteers know (a town after a club: الأهلي طرابلس), a title or a stop
// word. Not after a title word (مستشفى الملك فهد: the person's
// name), not in a name in marks, not inside a listed name. Persons are
// left alone (a surname follows a given name with the article: العبد
// الله بن …). The noun and what followed it in the chunk are dropped. s
// gives the document token of each word; cs is changed in place.
func (m *Model) indefiniteTails(d *rasid.Document, s []int, words []string, in []tokInfo, cs []chunk) []chunk {
	if len(s) == 0 || len(d.Tokens) <= s[len(s)-1] || len(d.Tokens[s[0]].Words) == 0 || len(in) != len(words) {
		return cs // no words layer
	}
	for k, c := range cs {
		if c.typ == "PERS" || c.end-c.start < 2 || inMarks(words, c) {
			continue
		}
		for j := c.start + 1; j < c.end; j++ {
			prev := in[j-1].w
			if !definiteWord(prev, d.Tokens[s[j-1]].Words) || m.gaz.has("TTL", prev) || m.gaz.has("TTL", in[j-1].s) {
				continue
			}
			if m.bareNoun(d, s, in, j) && !m.listedPair(foldAll(words[c.start:c.end]), j-c.start) {
				cs[k].end = j
				break
			}
		}
	}
	return cs
}

// bareNoun reports whether the token j of the sentence (tagger
// information in, document tokens s) is a common noun without the article
// that starts a phrase of its own, for indefiniteTails: the first term of
// a construct, one word that the words layer reads as a common noun (not
// a proper noun: الديلي ميل), with a noun with the article after it
// (ناقوس الخطر، كراسة الشروط: a foreign word after a name, فندق النيل
// كيمبينسكي، الرينج روفر, is no construct, and an adjective after a word
// makes it a name's end); or ك and a noun (كطرف). Not
// a word with ل or ب first (a preposition the words layer may miss:
// لسواق التاكسي), nor و or ف before a word more frequent without it.
func (m *Model) bareNoun(d *rasid.Document, s []int, in []tokInfo, j int) bool {
	t, ws := in[j], d.Tokens[s[j]].Words
	w := t.w
	if strings.HasPrefix(w, "ال") || !arabicOnly(w) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	if strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب") {
		return false // a preposition the words layer may miss (لسواق): a complement
	}
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w && m.clusters.count(rest) > m.clusters.count(w) {
			return false // a conjunction the words layer missed
		}
	}
	switch {
	case len(ws) == 1 && ws[0].UPOS == "NOUN":
		if j+1 >= len(in) || !definiteWord(in[j+1].w, d.Tokens[s[j+1]].Words) || wordsInfo(d.Tokens[s[j+1]].Words).upos != "NOUN" {
			return false
		}
	case len(ws) == 2 && ws[0].Form == "ك" && ws[0].UPOS == "ADP" && ws[1].UPOS == "NOUN":
		w = fold(ws[1].Form)
	default:
		return false
	}
	return !m.known(w) && !m.known(t.w) && !m.known(t.s) && !stopWords[w] && !m.gaz.has("TTL", w) && !m.gaz.has("TTL", t.w)
}

// procliticStart reports whether a word starts with a letter that may be
// a proclitic (ب، ل، ك، و، ف، س): a one-word leftover of a name that began
// with a word with tanween (بابًا للحمص، …ًا سنفتح) is a phrase, no name.
func procliticStart(w string) bool {
	for _, p := range []string{"ب", "ل", "ك", "و", "ف", "س"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// foldAll folds each word of ws.
func foldAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = fold(w)
	}
	return out
}
