// Package search turns analysed documents into index terms, parses the
// query language of docs/search.md, and ranks and highlights hits. It knows
// nothing of storage: package sqlite keeps the postings that Pack produces
// and runs the plans that Compile makes.
//
// Documents and queries go through the same analysis: the tokenizer and
// morph annotators fill tokens and words, and every word-like token gives
// four terms at its position — its exact surface form, the normalised lemma
// and stem of its content words, and a light stem with the derivational
// suffixes off — so «الاتفاقيات» (al-ittifaqiyat, "the agreements") finds
// «اتفاقية» (by lemma) and «وبالاتفاق» (by light stem).
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Fields of index terms. A term is stored as its field byte followed by
// the term's text.
const (
	FieldExact = 'e' // the token as written (Latin lower-cased)
	FieldLemma = 'l' // lemma of each content word, Search-normalised
	FieldStem  = 's' // morph's stem of each content word, Search-normalised
	FieldLight = 'h' // stem with plural and adjectival suffixes removed
)

// Fields lists the fields in index order.
var Fields = []byte{FieldExact, FieldLemma, FieldStem, FieldLight}

// Indexed reports whether tokens of kind k are indexed.
func Indexed(k rasid.TokenKind) bool {
	switch k {
	case rasid.Arabic, rasid.Latin, rasid.Number, rasid.Hashtag, rasid.Mention, rasid.DateTok, rasid.Time:
		return true
	}
	return false
}

// functional marks the parts of speech of clitics and function words that
// are left out of the lemma and stem fields when a token holds other words
// (the و and ب of وبالاتفاق).
var functional = map[string]bool{
	"CCONJ": true, "ADP": true, "PART": true, "DET": true, "PRON": true, "SCONJ": true, "PUNCT": true,
}

// TokenTerms appends to dst the terms of one token (field byte + text),
// without duplicates. Tokens that are not indexed give none.
func TokenTerms(dst []string, text string, t *rasid.Token) []string {
	eachTokenTerm(text, t, func(field byte, term string) {
		dst = append(dst, string(field)+term)
	})
	return dst
}

// eachTokenTerm calls fn with the field and text of each distinct term of
// one token, in TokenTerms' order, without building the keys.
func eachTokenTerm(text string, t *rasid.Token, fn func(field byte, term string)) {
	if !Indexed(t.Kind) {
		return
	}
	surface := t.In(text)
	exact := exactForm(surface)
	if exact == "" {
		return
	}
	type key struct {
		field byte
		term  string
	}
	var seenBuf [16]key
	seen := seenBuf[:0]
	add := func(field byte, s string) {
		if s == "" {
			return
		}
		k := key{field, s}
		for _, d := range seen {
			if d == k {
				return
			}
		}
		seen = append(seen, k)
		fn(field, s)
	}
	add(FieldExact, exact)
	content := contentWords(t.Words)
	if len(content) == 0 {
		n := termForm(t.Norm)
		if n == "" {
			n = termForm(surface)
		}
		add(FieldLemma, n)
		add(FieldStem, n)
		add(FieldLight, Light(n))
		return
	}
	for _, w := range content {
		lemma := termForm(w.Lemma)
		if lemma == "" {
			lemma = termForm(w.Form)
		}
		stem := termForm(w.Stem)
		if stem == "" {
			stem = termForm(w.Form)
		}
		add(FieldLemma, lemma)
		add(FieldStem, stem)
		add(FieldLight, Light(stem))
	}
}

// EachLightTerm calls fn with the text of each distinct light-stem term
// of a token (without the field byte).
func EachLightTerm(text string, t *rasid.Token, fn func(term string)) {
	eachTokenTerm(text, t, func(field byte, term string) {
		if field == FieldLight {
			fn(term)
		}
	})
}

// contentWords returns the words of a token that carry its meaning: all of
// them for a one-word token, else those that are not clitics or function
// words (falling back to the last word).
func contentWords(ws []rasid.Word) []rasid.Word {
	if len(ws) <= 1 {
		return ws
	}
	var out []rasid.Word
	for _, w := range ws {
		if !functional[w.UPOS] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		// a token of function words only (وهذه): keep the longest
		best := ws[0]
		for _, w := range ws[1:] {
			if len(w.Form) > len(best.Form) {
				best = w
			}
		}
		out = append(out, best)
	}
	return out
}

// exactForm is the term of the exact field: the token as written, with
// Latin letters lower-cased and characters that are neither letters,
// marks nor digits dropped.
func exactForm(s string) string {
	clean := true
	for _, r := range s {
		if r >= utf8.RuneSelf || !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) || unicode.IsUpper(r) {
				clean = false
				break
			}
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// termForm normalises a lemma, stem or form for the index: the Search
// profile (diacritics off, alef, yeh, teh marbuta and hamza folded),
// lower case, letters and digits only.
func termForm(s string) string {
	if s == "" {
		return ""
	}
	return exactForm(normalize.ForSearch(s))
}

// lightSuffixes are removed, longest first and repeatedly, by Light.
var lightSuffixes = []string{"يات", "يون", "يين", "ات", "ون", "ين", "ان", "يه", "ي", "ه"}

// Light removes plural, dual, nisba and feminine suffixes from a
// Search-normalised stem while at least three letters stay: اتفاقيات and
// اتفاقيه give اتفاق, the form that وبالاتفاق's stem already has. Lossy on
// purpose: it is the last, lowest-weighted field.
func Light(s string) string {
	if s == "" || s[0] < utf8.RuneSelf {
		return s
	}
	s = strings.TrimPrefix(s, "ال")
	for changed := true; changed; {
		changed = false
		for _, suf := range lightSuffixes {
			if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s)-utf8.RuneCountInString(suf) >= 3 {
				s = s[:len(s)-len(suf)]
				changed = true
				break
			}
		}
	}
	return s
}

// Words counts the word tokens of a document (Arabic, Latin, numbers).
func Words(d *rasid.Document) int {
	n := 0
	for i := range d.Tokens {
		switch d.Tokens[i].Kind {
		case rasid.Arabic, rasid.Latin, rasid.Number:
			n++
		}
	}
	return n
}
