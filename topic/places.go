package topic

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/rasid/rasid/normalize"
)

// TermPlace, appended to a term kind ("stem+func+place"), adds a term
// "g:tn" for every mention of a Tunisian governorate or town (the list
// places_tn.txt, matched on the normalised tokens, with or without a
// proclitic), separated from the other terms: a class of places the
// model can weigh as a whole, where a town's own name is seen too rarely
// to be learnt.
const TermPlace = "+place"

//go:embed places_tn.txt
var placesTN string

// placeTerm is the term of a mention of a Tunisian place.
const placeTerm = "g:tn"

var places struct {
	once  sync.Once
	names map[string]bool // normalised, words joined by one space
	long  int             // words of the longest name
}

// loadPlaces reads the embedded list once.
func loadPlaces() {
	places.once.Do(func() {
		places.names = map[string]bool{}
		for _, l := range strings.Split(placesTN, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || l[0] == '#' {
				continue
			}
			n := normalize.String(l)
			places.names[n] = true
			places.long = max(places.long, len(strings.Fields(n)))
		}
	})
}

// PlaceTerms appends to dst a "g:tn" term, then a boundary, for every
// mention of a listed place among the normalised tokens norms (the
// terms of TermNorm: "" between sentences and for other tokens).
func PlaceTerms(norms []string, dst []string) []string {
	loadPlaces()
	var buf []byte
	for i := 0; i < len(norms); i++ {
		for n := min(places.long, len(norms)-i); n >= 1; n-- {
			if matchPlace(norms[i:i+n], &buf) {
				dst = append(dst, placeTerm, "")
				i += n - 1
				break
			}
		}
	}
	return dst
}

// matchPlace reports whether the tokens ws spell a listed place, the
// first one possibly with a proclitic (و، ف، ب، ل، ك; لل for لال).
func matchPlace(ws []string, buf *[]byte) bool {
	for _, w := range ws {
		if w == "" {
			return false
		}
	}
	first := ws[0]
	for _, f := range placeForms(first) {
		b := append((*buf)[:0], f...)
		for _, w := range ws[1:] {
			b = append(append(b, ' '), w...)
		}
		*buf = b
		if places.names[string(b)] {
			return true
		}
	}
	return false
}

// placeForms returns w and w without its proclitics: و or ف, then ب, ل
// or ك (لل giving back the article: للمنستير → المنستير).
func placeForms(w string) []string {
	forms := []string{w}
	if r, ok := cutAny(w, "و", "ف"); ok && len(r) > 4 {
		w = r
		forms = append(forms, w)
	}
	if r, ok := strings.CutPrefix(w, "لل"); ok && len(r) > 4 {
		forms = append(forms, "ال"+r)
	}
	if r, ok := cutAny(w, "ب", "ل", "ك"); ok && len(r) > 4 {
		forms = append(forms, r)
	}
	return forms
}

// cutAny cuts the first of the prefixes that s begins with.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}
