package eval

import (
	"strings"
	"unicode"

	"github.com/rasid/rasid/normalize"
)

// RougeTokens splits a text into the units ROUGE counts: runs of letters
// and digits, normalised (normalize.ForSearch: diacritics, tatweel, alef
// and hamza forms, ya and ta marbuta folded), without stemming.
func RougeTokens(s string) []string {
	f := strings.FieldsFunc(normalize.ForSearch(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	return f
}

// Rouge is a precision/recall/F1 triple, in percent.
type Rouge struct{ P, R, F float64 }

// RougeN computes ROUGE-N (Lin 2004) of a system text against one
// reference: the clipped count of n-grams in common over the n-grams of
// the system (precision) and of the reference (recall).
func RougeN(ref, sys []string, n int) Rouge {
	count := func(ts []string) map[string]int {
		m := map[string]int{}
		for i := 0; i+n <= len(ts); i++ {
			m[strings.Join(ts[i:i+n], " ")]++
		}
		return m
	}
	rc, sc := count(ref), count(sys)
	common, nr, ns := 0, 0, 0
	for g, c := range rc {
		nr += c
		common += min(c, sc[g])
	}
	for _, c := range sc {
		ns += c
	}
	var r Rouge
	if ns > 0 {
		r.P = 100 * float64(common) / float64(ns)
	}
	if nr > 0 {
		r.R = 100 * float64(common) / float64(nr)
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// RougeMean averages ROUGE scores over documents (macro average).
type RougeMean struct {
	sum Rouge
	n   int
}

// Add adds one document's score.
func (m *RougeMean) Add(r Rouge) {
	m.sum.P += r.P
	m.sum.R += r.R
	m.sum.F += r.F
	m.n++
}

// Mean returns the average and the number of documents.
func (m *RougeMean) Mean() (Rouge, int) {
	if m.n == 0 {
		return Rouge{}, 0
	}
	k := float64(m.n)
	return Rouge{m.sum.P / k, m.sum.R / k, m.sum.F / k}, m.n
}
