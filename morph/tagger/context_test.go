package tagger

import (
	"slices"
	"testing"
)

// TestSideScores checks that the UPOS scores summed from the side vectors
// are those of scoring all the features of a word at once, on the PUD
// sentences (the test sentence without the shared data) and on sentences
// of one and two words.
func TestSideScores(t *testing.T) {
	m := shippedModel(t)
	sents := append(benchSentences(nil), testSentence[:1], testSentence[:2], testSentence[2:5])
	n := len(m.tags)
	b := &buffers{scores: make([]int32, n)}
	want := make([]int32, n)
	checked := 0
	for _, s := range sents {
		ws := make([]wordInfo, len(s))
		for i, w := range s {
			ws[i] = m.wordInfo(Strip(w))
		}
		if !sided(ws) {
			t.Fatalf("%q: a word without side vectors", s)
		}
		tags, names := m.predictSided(b, ws, nil, nil)
		for i := range ws {
			t1, t2 := prevTwo(names, i)
			copy(want, ws[i].kw.self)
			fs := uposDynamic(uposContext(nil, ws, i), &ws[i], t1, t2)
			m.upos.Add(fs, want)
			got := slices.Clone(ws[i].kw.self)
			m.addSide(got, ws, i-1, asPrev)
			m.addSide(got, ws, i-2, asPrev2)
			m.addSide(got, ws, i+1, asNext)
			m.addSide(got, ws, i+2, asNext2)
			p2, p1 := n, n
			if i > 0 {
				p1 = tags[i-1]
			}
			if i > 1 {
				p2 = tags[i-2]
			}
			m.addTagPair(got, p2, p1)
			m.upos.Add(uposTagWord(uposPairs(nil, ws, i), &ws[i], t1), got)
			if !slices.Equal(got, want) {
				t.Fatalf("%q word %d: side scores %v, want %v", s, i, got, want)
			}
			if tags[i] != argmax(want) {
				t.Fatalf("%q word %d: tag %d, want %d", s, i, tags[i], argmax(want))
			}
			checked++
		}
	}
	t.Logf("%d words", checked)
}
