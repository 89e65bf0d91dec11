package summary

import (
	"context"
	"math"
	"sort"
	"strings"

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
var boilerplate = []string{
	"اقرا ايضا", "اقرا المزيد", "للمزيد", "جميع الحقوق", "حقوق النشر", "تابعونا", "تابعوا",
	"صوره ارشيفيه", "(صوره", "مصدر الصوره", "شاهد الفيديو", "الرابط التالي", "©",
}

type sent struct {
	span rasid.Span
	vec  map[string]float64
	norm float64
	pos  int
}

// Choose returns the summary spans of d, in text order.
func Choose(d *rasid.Document, bg *keyphrase.Background, o Options) []rasid.Span {
	var kept []*sent
	ti := 0
	for si, s := range d.Sentences {
		vec := map[string]float64{}
		start := s.Start
		first := ti
		nWords := 0
		for ; ti < len(d.Tokens) && d.Tokens[ti].Start < s.End; ti++ {
			t := &d.Tokens[ti]
			if t.Kind == rasid.URL || t.Kind == rasid.Email {
				nWords = -1000 // a link: not story text
			}
			for wi := range t.Words {
				w := &t.Words[wi]
				if contentPOS[w.UPOS] {
					vec[keyphrase.Key(w)]++
					nWords++
				}
			}
		}
		if si == 0 || nWords > 0 {
			start = datelineEnd(d, first, ti, start)
		}
		if nWords < o.MinWords || isBoilerplate(d.Text[start:s.End]) {
			continue
		}
		var norm float64
		for k, tf := range vec {
			v := (1 + math.Log(tf)) * bg.IDF(k)
			vec[k] = v
			norm += v * v
		}
		if norm == 0 {
			continue
		}
		kept = append(kept, &sent{span: rasid.Span{Start: start, End: s.End}, vec: vec, norm: math.Sqrt(norm), pos: len(kept)})
	}
	if len(kept) == 0 {
		return nil
	}
	n := (len(kept) + o.Per - 1) / o.Per
	if n > o.Max {
		n = o.Max
	}
	if n < 1 {
		n = 1
	}
	// the article's vector
	doc := map[string]float64{}
	for _, s := range kept {
		for k, v := range s.vec {
			doc[k] += v / s.norm
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
		for k, v := range s.vec {
			dot += v * doc[k]
		}
		rel[i] = dot / (s.norm * dn) / (1 + o.Decay*float64(s.pos))
	}
	var chosen []int
	for len(chosen) < n {
		best, bestScore := -1, math.Inf(-1)
		for i := range kept {
			if in(chosen, i) {
				continue
			}
			red := 0.0
			for _, j := range chosen {
				red = math.Max(red, cosine(kept[i], kept[j]))
			}
			sc := o.Lambda*rel[i] - (1-o.Lambda)*red
			if sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, best)
	}
	sort.Ints(chosen)
	out := make([]rasid.Span, len(chosen))
	for i, c := range chosen {
		out[i] = kept[c].span
	}
	return out
}

func in(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func cosine(a, b *sent) float64 {
	var dot float64
	for k, v := range a.vec {
		dot += v * b.vec[k]
	}
	return dot / (a.norm * b.norm)
}

func isBoilerplate(s string) bool {
	n := normalize.ForSearch(s)
	for _, b := range boilerplate {
		if strings.Contains(n, b) {
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
