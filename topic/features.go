package topic

import (
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Term kinds: which form of a word the classifier reads.
const (
	TermLemma = "lemma" // Word.Lemma (the tagger's lemma), else the stem
	TermStem  = "stem"  // Word.Stem (the segmenter's light stem)
	TermNorm  = "norm"  // the token's normalised surface, clitics and all
	// TermLemmaNorm gives both the lemmas and, as terms of their own
	// (prefix "n:"), the normalised surfaces.
	TermLemmaNorm = "lemma+norm"
	TermStemNorm  = "stem+norm"
	// TermFunc gives the style of the text: punctuation and function
	// words (prefix "f:"), in order.
	TermFunc     = "func"
	TermStemFunc = "stem+func"
)

// TermAlsoLemma, appended to a term kind ("stem+func+lemma"), adds the
// lemmas of the content words as terms of their own (prefix "m:").
const TermAlsoLemma = "+lemma"

// LemmaTerms appends to dst the terms of TermLemma, each prefixed "m:"
// (boundaries and years kept as they are).
func LemmaTerms(lemmas, dst []string) []string {
	for _, t := range lemmas {
		if t != "" && t[0] != '#' {
			t = "m:" + t
		}
		dst = append(dst, t)
	}
	return dst
}

// skipUPOS are the parts of speech that carry no topic.
var skipUPOS = map[string]bool{
	"ADP": true, "CCONJ": true, "SCONJ": true, "PRON": true, "DET": true,
	"PART": true, "PUNCT": true, "SYM": true, "AUX": true, "NUM": true, "X": false,
}

// Terms appends to dst the terms of d's tokens in order, one per content
// word, for the term kind (TermLemma, TermStem or TermNorm). A term of ""
// marks a sentence boundary or a skipped word, so that bigrams do not
// cross it. Numbers, punctuation, URLs and the like give no term.
func Terms(d *rasid.Document, kind string, dst []string) []string {
	return termsInto(nil, d, kind, dst)
}

// termsInto is Terms with the working memory of sc (nil: none).
func termsInto(sc *scratch, d *rasid.Document, kind string, dst []string) []string {
	if first, ok := strings.CutSuffix(kind, TermAlsoLemma); ok {
		dst = termsInto(sc, d, first, dst)
		return LemmaTerms(termsInto(sc, d, TermLemma, nil), append(dst, ""))
	}
	if first, ok := strings.CutSuffix(kind, TermPlace); ok {
		dst = termsInto(sc, d, first, dst)
		dst = append(dst, "")
		return PlaceTerms(termsInto(sc, d, TermNorm, nil), dst)
	}
	if first, ok := strings.CutSuffix(kind, "+func"); ok {
		dst = termsInto(sc, d, first, dst)
		dst = append(dst, "")
		return funcTerms(sc, d, dst)
	}
	if kind == TermFunc {
		return funcTerms(sc, d, dst)
	}
	if first, ok := strings.CutSuffix(kind, "+norm"); ok {
		dst = termsInto(sc, d, first, dst)
		dst = append(dst, "")
		n := len(dst)
		dst = termsInto(sc, d, TermNorm, dst)
		for i := n; i < len(dst); i++ {
			if dst[i] != "" {
				dst[i] = "n:" + dst[i]
			}
		}
		return dst
	}
	si := 0
	for i := range d.Tokens {
		t := &d.Tokens[i]
		for si < len(d.Sentences) && d.Sentences[si].End <= t.Start {
			si++
			dst = append(dst, "")
		}
		switch t.Kind {
		case rasid.Arabic:
		case rasid.Latin:
			dst = append(dst, strings.ToLower(t.Norm))
			continue
		case rasid.Number:
			dst = append(dst, numberTerm(t.Norm))
			continue
		default:
			dst = append(dst, "")
			continue
		}
		if kind == TermNorm || len(t.Words) == 0 {
			dst = append(dst, t.Norm)
			continue
		}
		for _, w := range t.Words {
			if skipUPOS[w.UPOS] {
				dst = append(dst, "")
				continue
			}
			term := w.Stem
			if kind == TermLemma && w.Lemma != "" {
				term = w.Lemma
			}
			if term == "" {
				term = w.Form
			}
			dst = append(dst, normalize.String(term))
		}
	}
	return dst
}

// numberTerm is the term of a number token: "#" and the year for a year
// from 1900 to 2099 (a news story's time is a topic signal: a season, an
// election), "" (a boundary) for other numbers.
func numberTerm(n string) string {
	if len(n) != 4 || !(strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return ""
	}
	for _, r := range n[2:] {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return "#" + n
}

// funcTerms appends the punctuation, symbols and function words of d,
// prefixed "f:", with "" for every other token.
func funcTerms(sc *scratch, d *rasid.Document, dst []string) []string {
	for i := range d.Tokens {
		t := &d.Tokens[i]
		switch t.Kind {
		case rasid.Punct, rasid.Symbol:
			dst = append(dst, sc.funcTerm(t.Norm))
			continue
		case rasid.Arabic:
		default:
			dst = append(dst, kindTerm(t.Kind))
			continue
		}
		fn := len(t.Words) > 0
		for _, w := range t.Words {
			if !skipUPOS[w.UPOS] {
				fn = false
			}
		}
		if fn {
			dst = append(dst, sc.funcTerm(t.Norm))
		} else {
			dst = append(dst, "")
		}
	}
	return dst
}

// funcTerm returns "f:" + norm, kept from earlier documents when sc is
// not nil (punctuation and function words are a small set).
func (sc *scratch) funcTerm(norm string) string {
	if sc == nil {
		return "f:" + norm
	}
	if t, ok := sc.fn[norm]; ok {
		return t
	}
	if sc.fn == nil || len(sc.fn) >= 1<<12 {
		sc.fn = map[string]string{}
	}
	t := "f:" + norm
	sc.fn[t[2:]] = t // the key shares t's bytes, not the document's
	return t
}

// kindTerms are "f:#" and the name of each token kind.
var kindTerms [256]string

func init() {
	for k := range kindTerms {
		kindTerms[k] = "f:#" + rasid.TokenKind(k).String()
	}
}

// kindTerm returns "f:#" + the name of kind k.
func kindTerm(k rasid.TokenKind) string { return kindTerms[k] }
