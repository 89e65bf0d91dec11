package summary

import (
	"bytes"
	"context"
	"math"
	"sort"
	"sync"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/normalize"
)

// Options tune the choice; DefaultOptions are the tuned values.
type Options struct {
	Max      int     // sentences at most
	Decay    float64 // position weight 1/(1 + Decay·i) for the i-th kept sentence
	Lambda   float64 // MMR: weight of relevance against redundancy
	MinWords int     // shorter sentences (content words) are skipped
	// Per is the number of kept sentences per summary sentence: an
	// article of k kept sentences gets ceil(k/Per) of them, at most Max.
	Per int
}

// DefaultOptions are the options the annotator uses.
var DefaultOptions = Options{Max: 3, Decay: 1, Lambda: 0.7, MinWords: 4, Per: 6}

// contentPOS are the parts of speech whose lemmas make a sentence vector.
var contentPOS = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "VERB": true, "X": true}

// boilerplate marks sentences that are not part of the story, normalised.
var boilerplate = [][]byte{
	[]byte("اقرا ايضا"), []byte("اقرا المزيد"), []byte("للمزيد"), []byte("جميع الحقوق"), []byte("حقوق النشر"),
	[]byte("تابعونا"), []byte("تابعوا"), []byte("صوره ارشيفيه"), []byte("(صوره"), []byte("مصدر الصوره"),
	[]byte("شاهد الفيديو"), []byte("الرابط التالي"), []byte("©"),
}

type sent struct {
	span rasid.Span
	vec  []entry // the sentence's terms, in order of first occurrence
	norm float64
	pos  int
}

// entry is a term (its number in the document) and its weight.
type entry struct {
	id int32
	v  float64
}

// scratch is the working memory of Choose, reused across documents.
type scratch struct {
	ids     map[string]int32 // term → number
	keys    []string         // number → term
	at      []int32          // per term, its entry in the current sentence + 1
	entries []entry          // the sentences' vectors, one after the other
	kept    []sent
	doc     []float64 // per term, the article's vector
	dense   []float64 // per term, one sentence's vector (cosine)
	norm    []byte    // one sentence in the search normalisation (boilerplate test)
}

var scratchPool = sync.Pool{New: func() any { return &scratch{ids: map[string]int32{}} }}

// Choose returns the summary spans of d, in text order: the sentences
// kept (story text of enough content words), their relevance to the
// article's vector, then a choice by maximal marginal relevance.
func Choose(d *rasid.Document, bg *keyphrase.Background, o Options) []rasid.Span {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	clear(sc.ids)
	sc.keys, sc.at = sc.keys[:0], sc.at[:0]
	sc.entries = sc.entries[:0]
	kept := sc.kept[:0]
	defer func() {
		clear(sc.keys) // no strings of the document kept
		sc.kept = kept[:0]
	}()
	kept = sc.keepSentences(d, bg, o, kept)
	if len(kept) == 0 {
		return nil
	}
	rel := sc.relevance(kept, o)
	chosen := sc.mmr(kept, rel, summaryLen(len(kept), o), o)
	sort.Ints(chosen)
	out := make([]rasid.Span, len(chosen))
	for i, c := range chosen {
		out[i] = kept[c].span
	}
	return out
}

// keepSentences appends to kept the sentences of d that are story text
// with at least o.MinWords content words, each with its weighted vector;
// a dateline is cut off the first.
func (sc *scratch) keepSentences(d *rasid.Document, bg *keyphrase.Background, o Options, kept []sent) []sent {
	ti := 0
	for si, s := range d.Sentences {
		from := len(sc.entries)
		start := s.Start
		first := ti
		var nWords int
		ti, nWords = sc.countTerms(d, s, ti, from)
		vec := sc.entries[from:]
		for _, e := range vec {
			sc.at[e.id] = 0
		}
		if si == 0 || nWords > 0 {
			start = datelineEnd(d, first, ti, start)
		}
		if nWords < o.MinWords || sc.isBoilerplate(d.Text[start:s.End]) {
			sc.entries = sc.entries[:from]
			continue
		}
		norm := sc.weigh(vec, bg)
		if norm == 0 {
			sc.entries = sc.entries[:from]
			continue
		}
		kept = append(kept, sent{span: rasid.Span{Start: start, End: s.End}, vec: vec[:len(vec):len(vec)], norm: math.Sqrt(norm), pos: len(kept)})
	}
	return kept
}

// countTerms counts the content words of sentence s, from token ti, into
// sc.entries (the sentence's entries start at from). It returns the token
// after the sentence and the number of content words, negative when the
// sentence holds a link (not story text).
func (sc *scratch) countTerms(d *rasid.Document, s rasid.Span, ti, from int) (int, int) {
	nWords := 0
	for ; ti < len(d.Tokens) && d.Tokens[ti].Start < s.End; ti++ {
		t := &d.Tokens[ti]
		if t.Kind == rasid.URL || t.Kind == rasid.Email {
			nWords = -1000 // a link: not story text
		}
		for wi := range t.Words {
			w := &t.Words[wi]
			if contentPOS[w.UPOS] {
				sc.addTerm(keyphrase.Key(w), from)
				nWords++
			}
		}
	}
	return ti, nWords
}

// addTerm counts one occurrence of term k in the current sentence, whose
// entries start at from.
func (sc *scratch) addTerm(k string, from int) {
	id, ok := sc.ids[k]
	if !ok {
		id = int32(len(sc.ids))
		sc.ids[k] = id
		sc.keys = append(sc.keys, k)
		sc.at = append(sc.at, 0)
	}
	if sc.at[id] == 0 {
		sc.entries = append(sc.entries, entry{id: id})
		sc.at[id] = int32(len(sc.entries) - from)
	}
	sc.entries[from+int(sc.at[id])-1].v++
}

// weigh turns the counts of vec into log-scaled TF·IDF weights and returns
// the squared norm.
func (sc *scratch) weigh(vec []entry, bg *keyphrase.Background) float64 {
	var norm float64
	for i := range vec {
		v := (1 + math.Log(vec[i].v)) * bg.IDF(sc.keys[vec[i].id])
		vec[i].v = v
		norm += v * v
	}
	return norm
}

// summaryLen is the number of summary sentences for k kept ones:
// ceil(k/o.Per), between 1 and o.Max.
func summaryLen(k int, o Options) int {
	n := (k + o.Per - 1) / o.Per
	if n > o.Max {
		n = o.Max
	}
	if n < 1 {
		n = 1
	}
	return n
}

// relevance is each kept sentence's cosine with the article's vector (the
// sum of the normalised sentence vectors), weighted by position.
func (sc *scratch) relevance(kept []sent, o Options) []float64 {
	doc := grow(sc.doc, len(sc.ids))
	sc.doc = doc
	clear(doc)
	for _, s := range kept {
		for _, e := range s.vec {
			doc[e.id] += e.v / s.norm
		}
	}
	var dn float64
	for _, v := range doc {
		dn += v * v
	}
	dn = math.Sqrt(dn)
	rel := make([]float64, len(kept))
	for i, s := range kept {
		var dot float64
		for _, e := range s.vec {
			dot += e.v * doc[e.id]
		}
		rel[i] = dot / (s.norm * dn) / (1 + o.Decay*float64(s.pos))
	}
	return rel
}

// mmr chooses n sentences by maximal marginal relevance: each time the
// one of best o.Lambda·relevance − (1−o.Lambda)·(greatest cosine with a
// chosen one). It returns them in the order chosen.
func (sc *scratch) mmr(kept []sent, rel []float64, n int, o Options) []int {
	sc.dense = grow(sc.dense, len(sc.ids))
	clear(sc.dense)
	var chosen []int
	for len(chosen) < n {
		best, bestScore := -1, math.Inf(-1)
		for i := range kept {
			if in(chosen, i) {
				continue
			}
			red := 0.0
			for _, j := range chosen {
				red = math.Max(red, sc.cosine(&kept[i], &kept[j]))
			}
			score := o.Lambda*rel[i] - (1-o.Lambda)*red
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, best)
	}
	return chosen
}

// grow returns s with length n, reusing its array when it is large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

func in(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// cosine returns the cosine of two sentences' vectors (sc.dense is
// zero before and after).
func (sc *scratch) cosine(a, b *sent) float64 {
	for _, e := range b.vec {
		sc.dense[e.id] = e.v
	}
	var dot float64
	for _, e := range a.vec {
		dot += e.v * sc.dense[e.id]
	}
	for _, e := range b.vec {
		sc.dense[e.id] = 0
	}
	return dot / (a.norm * b.norm)
}

// isBoilerplate reports whether s, normalised as search normalises, holds
// one of the boilerplate phrases (normalised in sc's buffer, not a new string).
func (sc *scratch) isBoilerplate(s string) bool {
	sc.norm = normalize.SearchNormalizer().Append(sc.norm[:0], s)
	for _, b := range boilerplate {
		if bytes.Contains(sc.norm, b) {
			return true
		}
	}
	return false
}

// datelineEnd returns where the story starts in a sentence whose tokens
// are d.Tokens[from:to] and which starts at start: after a dateline, a
// few words without a verb followed by a dash or colon (موسكو - رويترز -,
// الرياض: واس), else start itself.
func datelineEnd(d *rasid.Document, from, to, start int) int {
	limit := from + 8
	if limit > to {
		limit = to
	}
	end := start
	for i := from; i < limit; i++ {
		t := &d.Tokens[i]
		txt := t.In(d.Text)
		if t.Kind == rasid.Punct && (txt == "-" || txt == "–" || txt == "—" || txt == ":") {
			if i > from && i+1 < to {
				end = d.Tokens[i+1].Start
			}
			continue
		}
		for _, w := range t.Words {
			if w.UPOS == "VERB" || w.UPOS == "SCONJ" {
				return end
			}
		}
	}
	return end
}

// Annotator fills Document.Summary.
type Annotator struct {
	bg *keyphrase.Background
	o  Options
}

// NewAnnotator returns the annotator using the background frequencies bg.
func NewAnnotator(bg *keyphrase.Background, o Options) *Annotator {
	return &Annotator{bg: bg, o: o}
}

// Name implements rasid.Annotator.
func (a *Annotator) Name() string { return "summary" }

// Requires implements rasid.Dependent.
func (a *Annotator) Requires() []string {
	return []string{rasid.LayerTokens, rasid.LayerSentences, rasid.LayerWords}
}

// Provides implements rasid.Dependent.
func (a *Annotator) Provides() []string { return []string{rasid.LayerSummary} }

// Annotate implements rasid.Annotator.
func (a *Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	d.Summary = Choose(d, a.bg, a.o)
	return nil
}
