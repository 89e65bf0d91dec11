package keyphrase

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Options tune the extraction; DefaultOptions are the tuned values
// (docs/aids.md).
type Options struct {
	Max        int     // phrases returned
	MaxWords   int     // longest noun phrase, in words
	Singles    bool    // single nouns are candidates too
	Common     float64 // a word in more than this share of articles is common; all-common phrases are dropped
	EntityGain float64 // score factor of named entities
	EarlyGain  float64 // score factor of a phrase first seen in the title or the first sentence
	LenGain    float64 // score factor per word beyond the first
	SingleGain float64 // score factor of a single-word phrase
}

// DefaultOptions are the options the annotator uses.
var DefaultOptions = Options{Max: 10, MaxWords: 4, Singles: false, Common: 0.1, EntityGain: 2, EarlyGain: 1.2, LenGain: 0.1, SingleGain: 0.6}

// cand is one candidate phrase, gathered over its occurrences.
type cand struct {
	key    string   // lemma keys joined by spaces (entities: "=" + canonical)
	words  []string // lemma keys
	text   string
	span   rasid.Span
	tf     int
	first  int // index of the first occurrence's first word in the document
	early  bool
	entity bool
	score  float64
}

type wordRef struct {
	w    *rasid.Word
	key  string
	sent int
}

// Extract returns up to o.Max keyphrases of d, best first. d needs tokens
// with words (UPOS, lemma) and may have entities; bg gives the background
// document frequencies. The stages: the noun-phrase runs of the words
// (nounRuns), candidates from the runs and from the entities
// (addNounPhrases, addEntities), their scores (score) and the greedy
// choice without nested repeats (choose).
func Extract(d *rasid.Document, bg *Background, o Options) []rasid.Keyphrase {
	x := extractions.Get().(*extraction)
	defer x.put()
	x.d, x.o = d, o
	x.words, x.runs = x.nounRuns(d)
	if d.Title != "" {
		x.title = normalize.String(d.Title)
	}
	x.addNounPhrases()
	x.addEntities()
	return choose(x.score(bg), o.Max)
}

// extractions keeps the working memory of Extract (maps, slices) for
// the next document.
var extractions = sync.Pool{New: func() any {
	return &extraction{cands: map[string]*cand{}, perStart: map[int]int{}, wordAt: map[int]int{}}
}}

// put returns x to extractions, holding nothing of its document.
func (x *extraction) put() {
	clear(x.cands)
	clear(x.perStart)
	clear(x.wordAt)
	clear(x.words[:cap(x.words)])
	clear(x.list[:cap(x.list)])
	clear(x.slab[:cap(x.slab)])
	clear(x.cslab[:cap(x.cslab)])
	if cap(x.bytes) > 1<<20 {
		x.bytes = nil // a very long document's
	}
	*x = extraction{bytes: x.bytes[:0], cands: x.cands, perStart: x.perStart, wordAt: x.wordAt,
		words: x.words[:0], runs: x.runs[:0], key: x.key[:0], text: x.text[:0], slab: x.slab[:0], cslab: x.cslab[:0], list: x.list[:0]}
	extractions.Put(x)
}

// extraction is the state of one Extract call.
type extraction struct {
	d     *rasid.Document
	o     Options
	title string // the normalised title, or ""
	words []wordRef
	runs  [][2]int // [start, end) in words of each noun-phrase run
	cands map[string]*cand
	// working memory kept between documents
	perStart map[int]int // byte offset → end, of PER entity mentions
	wordAt   map[int]int // byte offset of a word's start → index in words
	key      []byte      // a candidate's key being built
	text     []byte      // a candidate's text being built
	bytes    []byte      // the noun phrases' keys and texts (stash)
	slab     []string    // the candidates' words (strings)
	cslab    []cand      // the candidates
	list     []*cand
}

// runBuilder collects the words of runs of NOUN/PROPN/ADJ (foreign words
// too), split where a word of another part of speech, a non-word token
// or a sentence end comes.
type runBuilder struct {
	words []wordRef
	runs  [][2]int
	start int // index in words of the open run's first word, or -1
}

func (b *runBuilder) close() {
	if b.start >= 0 && len(b.words) > b.start {
		b.runs = append(b.runs, [2]int{b.start, len(b.words)})
	}
	b.start = -1
}

// word adds w (of sentence si) to the open run, opening or closing runs
// as its part of speech says.
func (b *runBuilder) word(w *rasid.Word, latin bool, si int) {
	pos := w.UPOS
	if latin && pos == "" {
		pos = "X"
	}
	switch pos {
	case "NOUN", "PROPN", "ADJ", "X":
	default:
		b.close()
		return
	}
	if b.start < 0 && pos == "ADJ" {
		return
	}
	if b.start >= 0 && pos != "ADJ" && b.words[len(b.words)-1].w.UPOS == "ADJ" {
		b.close() // an adjective ends its phrase; a noun after it begins another
	}
	if b.start < 0 {
		b.start = len(b.words)
	}
	b.words = append(b.words, wordRef{w: w, key: Key(w), sent: si})
}

// nounRuns returns the candidate words of d in order and the runs they
// form. A person's name is an entity, not part of the noun phrase before
// it (وزير الخارجية | سيرغي لافروف), so a run also ends around one.
func (x *extraction) nounRuns(d *rasid.Document) ([]wordRef, [][2]int) {
	b := &runBuilder{start: -1, words: x.words[:0], runs: x.runs[:0]}
	perStart := x.perStart
	for _, e := range d.Entities {
		if e.Type == rasid.PER {
			perStart[e.Start] = e.End
		}
	}
	si := 0
	perEnd := -1
	for ti := range d.Tokens {
		t := &d.Tokens[ti]
		for si < len(d.Sentences) && d.Sentences[si].End <= t.Start {
			si++
			b.close()
		}
		if t.Kind != rasid.Arabic && t.Kind != rasid.Latin {
			b.close()
			continue
		}
		if end, ok := perStart[t.Start]; ok {
			b.close()
			perEnd = end
		}
		for wi := range t.Words {
			b.word(&t.Words[wi], t.Kind == rasid.Latin, si)
		}
		if perEnd >= 0 && t.End >= perEnd {
			b.close()
			perEnd = -1
		}
	}
	b.close()
	return b.words, b.runs
}

// add counts one occurrence of the candidate whose key is in x.key,
// creating it with mk on its first.
func (x *extraction) add(mk func() cand) {
	if c := x.cands[string(x.key)]; c != nil {
		c.tf++
		return
	}
	c := x.newCand()
	*c = mk()
	c.key = string(x.key)
	c.tf = 1
	x.cands[c.key] = c
}

// strings returns n strings from x's slab: candidates' words share
// arrays that live as long as the extraction.
func (x *extraction) strings(n int) []string {
	if len(x.slab)+n > cap(x.slab) {
		x.slab = make([]string, 0, max(n, 512))
	}
	x.slab = x.slab[:len(x.slab)+n]
	return x.slab[len(x.slab)-n : len(x.slab) : len(x.slab)]
}

// keyOf sets x.key to the keys of words[i:j] joined by spaces.
func (x *extraction) keyOf(i, j int) {
	x.key = x.key[:0]
	for k := i; k < j; k++ {
		if k > i {
			x.key = append(x.key, ' ')
		}
		x.key = append(x.key, x.words[k].key...)
	}
}

// inDate tells whether sp overlaps a date mention.
func (x *extraction) inDate(sp rasid.Span) bool {
	for _, m := range x.d.Dates {
		if sp.Start < m.End && m.Start < sp.End {
			return true
		}
	}
	return false
}

// addNounPhrases adds every stretch of two to o.MaxWords words of a run
// (one word too with o.Singles) that begins with a noun and overlaps no
// date.
func (x *extraction) addNounPhrases() {
	for _, r := range x.runs {
		for i := r[0]; i < r[1]; i++ {
			if p := x.words[i].w.UPOS; p != "NOUN" && p != "PROPN" && p != "X" {
				continue
			}
			lo := i + 2
			if x.o.Singles {
				lo = i + 1
			}
			for j := lo; j <= r[1] && j-i <= x.o.MaxWords; j++ {
				x.addStretch(i, j)
			}
		}
	}
}

// addStretch adds the noun phrase of words[i:j] unless it overlaps a date.
func (x *extraction) addStretch(i, j int) {
	sp := rasid.Span{Start: x.words[i].w.Start, End: x.words[j-1].w.End}
	if x.inDate(sp) {
		return
	}
	x.keyOf(i, j)
	if c := x.cands[string(x.key)]; c != nil {
		c.tf++
		return
	}
	keys := x.strings(j - i)
	// the key and the text share one string
	n := len(x.key)
	x.text = append(x.text[:0], x.key...)
	for k := i; k < j; k++ {
		keys[k-i] = x.words[k].key
		if k > i {
			x.text = append(x.text, ' ')
		}
		x.text = append(x.text, x.words[k].w.Form...)
	}
	both := x.stash(x.text)
	text := both[n:]
	early := x.words[i].sent == 0 || x.title != "" && strings.Contains(x.title, normalize.String(text))
	c := x.newCand()
	*c = cand{key: both[:n], words: keys, text: text, span: sp, tf: 1, first: i, early: early}
	x.cands[c.key] = c
}

// stash returns a string of b's bytes copied into x's byte slab, kept
// from one document to the next: a noun phrase's key and text live there
// until Extract returns (choose copies the texts it keeps).
func (x *extraction) stash(b []byte) string {
	if cap(x.bytes)-len(x.bytes) < len(b) {
		// the strings so far keep the old array
		x.bytes = make([]byte, 0, max(2*cap(x.bytes), len(b), 8192))
	}
	s := len(x.bytes)
	x.bytes = append(x.bytes, b...)
	return unsafe.String(unsafe.SliceData(x.bytes[s:]), len(b))
}

// newCand returns a zero candidate from x's slab of candidates, kept
// from one document to the next (nothing holds a candidate after
// Extract returns).
func (x *extraction) newCand() *cand {
	if len(x.cslab) == cap(x.cslab) {
		// the candidates so far stay in the old array
		x.cslab = make([]cand, 0, max(2*cap(x.cslab), 256))
	}
	x.cslab = x.cslab[:len(x.cslab)+1]
	return &x.cslab[len(x.cslab)-1]
}

// addEntities adds the named entities by canonical name; a noun phrase
// that is an entity's name gives way to the entity.
func (x *extraction) addEntities() {
	wordAt := x.wordAt
	for i, w := range x.words {
		wordAt[w.w.Start] = i
	}
	for _, e := range x.d.Entities {
		name := e.Canonical
		if name == "" {
			name = e.In(x.d.Text)
		}
		ws := strings.Fields(normalize.String(name))
		if len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3 || x.inDate(e.Span) {
			continue // a fragment (إ) or a date, not a name
		}
		first, early := len(x.words), false
		if i, ok := wordAt[e.Start]; ok {
			first, early = i, x.words[i].sent == 0
			// the noun phrase covering exactly the mention
			k := i
			for k < len(x.words) && x.words[k].w.End <= e.End {
				k++
			}
			x.keyOf(i, k)
			delete(x.cands, string(x.key))
		}
		if x.title != "" && strings.Contains(x.title, normalize.String(e.In(x.d.Text))) {
			early = true
		}
		x.key = append(append(x.key[:0], '='), strings.Join(ws, " ")...)
		x.add(func() cand {
			return cand{words: ws, text: name, span: e.Span, first: first, early: early, entity: true}
		})
	}
}

// score scores the candidates (docs/aids.md) and returns those that are
// not stopword-only, best first.
func (x *extraction) score(bg *Background) []*cand {
	maxIDF := math.Log(float64(bg.Docs + 1))
	commonIDF := math.Log(1 / x.o.Common)
	n := float64(len(x.words) + 1)
	list := x.list[:0]
	defer func() { x.list = list }()
	for _, c := range x.cands {
		spec, ok := specificity(c.words, bg, maxIDF, commonIDF)
		if !ok {
			continue
		}
		s := (1 + math.Log(float64(c.tf))) * spec
		s *= 1 + 0.3*(1-float64(c.first)/n)
		if c.early {
			s *= x.o.EarlyGain
		}
		switch {
		case c.entity:
			s *= x.o.EntityGain
		case len(c.words) == 1:
			s *= x.o.SingleGain
		default:
			s *= 1 + x.o.LenGain*float64(len(c.words)-1)
		}
		c.score = s
		list = append(list, c)
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].score != list[b].score {
			return list[a].score > list[b].score
		}
		return list[a].key < list[b].key
	})
	return list
}

// specificity is the mean over the words of idf / maxIDF (each at most
// 1); ok is false when every word is common (idf at most commonIDF) or
// there are no words.
func specificity(words []string, bg *Background, maxIDF, commonIDF float64) (spec float64, ok bool) {
	for _, k := range words {
		idf := bg.IDF(k)
		if idf > commonIDF {
			ok = true
		}
		spec += math.Min(1, idf/maxIDF)
	}
	if len(words) == 0 {
		return 0, false
	}
	return spec / float64(len(words)), ok
}

// choose takes up to max phrases from list in order, skipping a phrase
// whose lemmas or surface words (an entity's canonical name against a
// noun phrase's words) contain or are contained in a chosen one's.
func choose(list []*cand, max int) []rasid.Keyphrase {
	var out []rasid.Keyphrase
	var chosen, chosenSurf [][]string
	for _, c := range list {
		if len(out) == max {
			break
		}
		surf := surfaceWords(c.text)
		dup := false
		for k, ws := range chosen {
			if contains(ws, c.words) || contains(c.words, ws) || contains(chosenSurf[k], surf) || contains(surf, chosenSurf[k]) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		chosen = append(chosen, c.words)
		chosenSurf = append(chosenSurf, surf)
		text := c.text
		if !c.entity {
			text = strings.Clone(text) // in the extraction's slab, reused
		}
		out = append(out, rasid.Keyphrase{Span: c.span, Text: text, Lemma: strings.Join(c.words, " "), Score: c.score})
	}
	return out
}

// surfaceWords returns the words of a phrase folded for comparison
// (normalize.ForSearch) and without the article ال.
func surfaceWords(s string) []string {
	ws := strings.Fields(normalize.ForSearch(s))
	for i, w := range ws {
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 {
			ws[i] = w[len("ال"):]
		}
	}
	return ws
}

// contains tells whether b occurs as a contiguous run inside a.
func contains(a, b []string) bool {
	if len(b) == 0 || len(b) > len(a) {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		ok := true
		for j := range b {
			if a[i+j] != b[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
