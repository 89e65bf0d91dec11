package morph

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/training"
)

// goldTok is one training or test token: its letters and either a full
// fine-grained analysis (WikiNews) or only its UD word starts (PADT, PUD).
type goldTok struct {
	letters string
	segs    []Seg         // nil when only the UD split is known
	mask    uint64        // UD word starts
	tags    string        // the gold Farasa tags joined by "+", for evaluation
	upos    string        // the tagger's UPOS of the stem's word (WikiNews training)
	gold    eval.SegToken // the WikiNews line, for evaluation
}

// farasaClitic reports whether a leading WikiNews segment is a proclitic.
func farasaClitic(form, tag string) bool {
	if form == "ال" {
		return tag == "DET"
	}
	if !proclitics[form] {
		return false
	}
	switch tag {
	case "CONJ", "PREP", "FUT_PART", "PART":
		return true
	}
	return false
}

// parseFarasa turns one WikiNews line (ال+أكاديمي+ة, DET+NOUN+NSUFF) into an
// analysis. ok is false when the line is malformed.
func parseFarasa(segField, tagField string) (segs []Seg, ok bool) {
	forms := strings.Split(segField, "+")
	tags := strings.Split(tagField, "+")
	if segField == "+" || len(forms) != len(tags) {
		return nil, false
	}
	for _, f := range forms {
		if f == "" {
			return nil, false
		}
	}
	stem := len(forms) - 1
	for i := range forms {
		if !farasaClitic(forms[i], tags[i]) {
			stem = i
			break
		}
	}
	for i := range forms {
		s := Seg{Form: forms[i], Tag: tags[i], Len: utf8.RuneCountInString(forms[i])}
		switch {
		case i < stem && forms[i] == "ال":
			s.Kind = Article
			if i > 0 && forms[i-1] == "ل" {
				s.Len = 1 // لل: li-l, the article's alef is not written
			}
		case i < stem:
			s.Kind = Proclitic
		case i == stem:
			s.Kind = Stem
		case tags[i] == "PRON" && enclitics[forms[i]] && i == len(forms)-1 && !subjectSuffix(forms, tags, i, stem):
			s.Kind = Enclitic
		default:
			s.Kind = Suffix
		}
		segs = append(segs, s)
	}
	return segs, true
}

// subjectSuffix reports whether segment i, a pronoun after a verb, is the
// verb's subject (بدأ+نا, "we began") rather than its object: نا right
// after a perfect verb. UD keeps subject suffixes inside the verb.
func subjectSuffix(forms, tags []string, i, stem int) bool {
	if tags[stem] != "V" || forms[i] != "نا" || i != stem+1 {
		return false
	}
	switch firstRune(forms[stem]) {
	case 'ي', 'ت', 'ن', 'أ':
		return false
	}
	return true
}

// wikiNewsGold turns the sections of the WikiNews gold (eval.ReadWikiNews)
// into gold tokens.
func wikiNewsGold(raw [][]eval.SegToken) [][]goldTok {
	secs := make([][]goldTok, len(raw))
	for i, sec := range raw {
		for _, t := range sec {
			secs[i] = append(secs[i], wikiGold(t))
		}
	}
	return secs
}

// wikiGold turns one WikiNews line into a gold token.
func wikiGold(t eval.SegToken) goldTok {
	g := goldTok{tags: t.Tags, gold: t}
	if segs, ok := parseFarasa(t.Segments, t.Tags); ok {
		g.segs = segs
		g.letters = surface(segs)
		g.mask = udMask(segs)
	} else {
		g.letters = strings.ReplaceAll(t.Segments, "+", "")
	}
	return g
}

type udRow struct {
	form, upos string
	noSpace    bool
}

// udRows reads the words of treebank set, sentence by sentence, with each
// (training.Data.Treebank), diacritics removed; multi-word tokens give
// their words.
func udRows(set training.Set, each func(training.Set, func(*conllu.Sentence) error) error) ([][]udRow, error) {
	var sents [][]udRow
	err := each(set, func(s *conllu.Sentence) error {
		var cur []udRow
		for _, w := range s.Words() {
			cur = append(cur, udRow{form: stripMarks(w.Form), upos: w.UPOS, noSpace: conllu.MiscValue(w.Misc, "SpaceAfter") == "No"})
		}
		sents = append(sents, cur)
		return nil
	})
	return sents, err
}

// padtTokens rebuilds surface tokens from PADT's separated clitic words:
// one-letter proclitics join the next word, pronoun enclitics the previous
// one, with the spelling rules of the surface (ل + الحظر → للحظر,
// حكومة + ه → حكومته, مستوى + ه → مستواه).
func padtTokens(sents [][]udRow) []goldTok {
	var out []goldTok
	for _, s := range sents {
		i := 0
		for i < len(s) {
			// proclitics
			j := i
			for j < len(s)-1 && proclitics[s[j].form] && (s[j].upos == "CONJ" || s[j].upos == "ADP" || s[j].upos == "PART" || s[j].upos == "CCONJ" || s[j].upos == "SCONJ") && arabicOnly(s[j+1].form) {
				j++
			}
			k := j + 1
			for k < len(s) && k == j+1 && s[k].upos == "PRON" && enclitics[s[k].form] {
				k++
			}
			words := make([]string, 0, k-i)
			for _, r := range s[i:k] {
				words = append(words, r.form)
			}
			unanalysed := s[j].upos == "X" // PADT leaves some tokens unsegmented, tagged X
			i = k
			if unanalysed {
				continue
			}
			if g, ok := joinWords(words, j-(k-len(words))); ok {
				out = append(out, g)
			}
		}
	}
	return out
}

// joinWords writes the surface token of UD words whose first nPro are
// proclitics and whose words after the stem word are enclitics.
func joinWords(words []string, nPro int) (goldTok, bool) {
	var b strings.Builder
	var mask uint64
	off := 0
	for wi, w := range words {
		if !arabicOnly(w) || w == "" {
			return goldTok{}, false
		}
		if wi > 0 && wi-1 < nPro && words[wi-1] == "ل" && strings.HasPrefix(w, "ال") && wi == nPro {
			if strings.HasPrefix(w, "الل") {
				w = w[len("ال"):] // ل + الله → لله
			} else {
				w = w[len("ا"):] // ل + الحظر → للحظر
			}
		}
		if wi == nPro && wi < len(words)-1 {
			switch lastRune(w) {
			case tehMarbuta:
				w = w[:len(w)-len("ة")] + "ت"
			case alefMaksura:
				switch w {
				case "على", "إلى", "لدى", "حتى":
					w = w[:len(w)-len("ى")] + "ي"
				default:
					w = w[:len(w)-len("ى")] + "ا"
				}
			}
		}
		if wi > 0 && off < 64 {
			mask |= 1 << uint(off)
		}
		b.WriteString(w)
		off += utf8.RuneCountInString(w)
	}
	if off == 0 {
		return goldTok{}, false
	}
	return goldTok{letters: b.String(), mask: mask}, true
}

// pudTokens rebuilds tokens from PUD words: words joined by SpaceAfter=No
// form a token, whose Arabic parts are kept.
func pudTokens(sents [][]udRow) []goldTok {
	var out []goldTok
	for _, s := range sents {
		var words []string
		flush := func() {
			if len(words) > 0 {
				g, ok := joinSurface(words)
				if ok {
					out = append(out, g)
				}
			}
			words = words[:0]
		}
		for _, r := range s {
			if !arabicOnly(r.form) || r.form == "" {
				flush()
				continue
			}
			words = append(words, r.form)
			if !r.noSpace {
				flush()
			}
		}
		flush()
	}
	return out
}

// joinSurface joins words written with their surface letters (PUD).
func joinSurface(words []string) (goldTok, bool) {
	var b strings.Builder
	var mask uint64
	off := 0
	for i, w := range words {
		if i > 0 && off < 64 {
			mask |= 1 << uint(off)
		}
		b.WriteString(w)
		off += utf8.RuneCountInString(w)
	}
	return goldTok{letters: b.String(), mask: mask}, off > 0
}

// wordCounts counts the Arabic words (marks removed) of the SaudiNewsNet
// archives. limit > 0 stops after that many articles.
func wordCounts(d training.Data, limit int) (map[string]int, error) {
	counts := map[string]int{}
	n := 0
	err := d.Articles(func(a corpus.Article) bool {
		countWords(a.Title, counts)
		countWords(a.Content, counts)
		n++
		return limit <= 0 || n < limit
	})
	if err != nil {
		return nil, err
	}
	return counts, nil
}

// countWords adds the Arabic words of text to counts.
func countWords(text string, counts map[string]int) {
	var b []byte
	for _, r := range text {
		switch {
		case isMark(r):
		case isArabicLetter(r):
			if r == alefWasla {
				r = alef
			}
			b = utf8.AppendRune(b, r)
		default:
			if len(b) > 0 {
				counts[string(b)]++
				b = b[:0]
			}
		}
	}
	if len(b) > 0 {
		counts[string(b)]++
	}
}

// nameCounts counts the tokens ANERcorp marks as part of a name (PERS, LOC,
// ORG, MISC), marks removed: foreign and proper names, which the segmenter
// should rarely split.
func nameCounts(sents []eval.BIOSentence) map[string]int {
	counts := map[string]int{}
	for _, s := range sents {
		for i, tok := range s.Tokens {
			if s.Tags[i] == "O" {
				continue
			}
			if w := stripMarks(tok); arabicOnly(w) {
				counts[w]++
			}
		}
	}
	return counts
}
