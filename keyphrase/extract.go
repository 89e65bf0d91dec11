package keyphrase

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

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

// scratch is the working memory of Extract, reused across documents.
type scratch struct {
	words    []wordRef
	runs     [][2]int
	perStart map[int]int
	wordAt   map[int]int
	cands    map[string]*cand
	key      []byte
	list     []*cand
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{perStart: map[int]int{}, wordAt: map[int]int{}, cands: map[string]*cand{}}
}}

func (sc *scratch) put() {
	clear(sc.perStart)
	clear(sc.wordAt)
	clear(sc.cands)
	clear(sc.words[:cap(sc.words)]) // no pointers into a document kept
	scratchPool.Put(sc)
}

type wordRef struct {
	w    *rasid.Word
	key  string
	sent int
}

// Extract returns up to o.Max keyphrases of d, best first. d needs tokens
// with words (UPOS, lemma) and may have entities; bg gives the background
// document frequencies.
func Extract(d *rasid.Document, bg *Background, o Options) []rasid.Keyphrase {
	sc := scratchPool.Get().(*scratch)
	defer sc.put()
	// the words in order, with runs of NOUN/PROPN/ADJ split where a word
	// of another part of speech, a non-word token or a sentence end comes
	words := sc.words[:0]
	runs := sc.runs[:0]
	defer func() { sc.words, sc.runs = words[:0], runs[:0] }()
	runStart := -1
	closeRun := func() {
		if runStart >= 0 && len(words) > runStart {
			runs = append(runs, [2]int{runStart, len(words)})
		}
		runStart = -1
	}
	perStart := sc.perStart // byte offset → end, of PER entity mentions
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
			closeRun()
		}
		if t.Kind != rasid.Arabic && t.Kind != rasid.Latin {
			closeRun()
			continue
		}
		if end, ok := perStart[t.Start]; ok {
			// a person's name is an entity, not part of the noun phrase
			// before it (وزير الخارجية | سيرغي لافروف)
			closeRun()
			perEnd = end
		}
		for wi := range t.Words {
			w := &t.Words[wi]
			pos := w.UPOS
			if t.Kind == rasid.Latin && pos == "" {
				pos = "X"
			}
			switch pos {
			case "NOUN", "PROPN", "ADJ", "X":
				if runStart < 0 && pos == "ADJ" {
					continue
				}
				if runStart >= 0 && pos != "ADJ" && words[len(words)-1].w.UPOS == "ADJ" {
					closeRun() // an adjective ends its phrase; a noun after it begins another
				}
				if runStart < 0 {
					runStart = len(words)
				}
				words = append(words, wordRef{w: w, key: Key(w), sent: si})
			default:
				closeRun()
			}
		}
		if perEnd >= 0 && t.End >= perEnd {
			closeRun()
			perEnd = -1
		}
	}
	closeRun()

	cands := sc.cands
	// add counts an occurrence of the phrase key (in sc.key); a new
	// candidate takes its words, text and first occurrence from mk.
	add := func(mk func() *cand) {
		if c := cands[string(sc.key)]; c != nil {
			c.tf++
			return
		}
		c := mk()
		c.key = string(sc.key)
		c.tf = 1
		cands[c.key] = c
	}
	title := ""
	if d.Title != "" {
		title = normalize.String(d.Title)
	}
	inDate := func(sp rasid.Span) bool {
		for _, m := range d.Dates {
			if sp.Start < m.End && m.Start < sp.End {
				return true
			}
		}
		return false
	}
	for _, r := range runs {
		for i := r[0]; i < r[1]; i++ {
			if p := words[i].w.UPOS; p != "NOUN" && p != "PROPN" && p != "X" {
				continue
			}
			for j := i + 1; j <= r[1] && j-i <= o.MaxWords; j++ {
				if j-i == 1 && !o.Singles {
					continue
				}
				sp := rasid.Span{Start: words[i].w.Start, End: words[j-1].w.End}
				if inDate(sp) {
					continue
				}
				sc.key = sc.key[:0]
				for k := i; k < j; k++ {
					if k > i {
						sc.key = append(sc.key, ' ')
					}
					sc.key = append(sc.key, words[k].key...)
				}
				add(func() *cand {
					keys := make([]string, j-i)
					forms := make([]string, j-i)
					for k := i; k < j; k++ {
						keys[k-i] = words[k].key
						forms[k-i] = words[k].w.Form
					}
					text := strings.Join(forms, " ")
					early := words[i].sent == 0 || title != "" && strings.Contains(title, normalize.String(text))
					return &cand{words: keys, text: text, span: sp, first: i, early: early}
				})
			}
		}
	}
	// entities by canonical name; a noun phrase that is an entity's name
	// gives way to the entity
	wordAt := sc.wordAt // byte offset of a word's start → index in words
	for i, w := range words {
		wordAt[w.w.Start] = i
	}
	for _, e := range d.Entities {
		name := e.Canonical
		if name == "" {
			name = e.In(d.Text)
		}
		ws := strings.Fields(normalize.String(name))
		if len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3 || inDate(e.Span) {
			continue // a fragment (إ) or a date, not a name
		}
		first, early := len(words), false
		if i, ok := wordAt[e.Start]; ok {
			first, early = i, words[i].sent == 0
			// the noun phrase covering exactly the mention
			sc.key = sc.key[:0]
			for k := i; k < len(words) && words[k].w.End <= e.End; k++ {
				if k > i {
					sc.key = append(sc.key, ' ')
				}
				sc.key = append(sc.key, words[k].key...)
			}
			delete(cands, string(sc.key))
		}
		if title != "" && strings.Contains(title, normalize.String(e.In(d.Text))) {
			early = true
		}
		sc.key = append(append(sc.key[:0], '='), strings.Join(ws, " ")...)
		add(func() *cand {
			return &cand{words: ws, text: name, span: e.Span, first: first, early: early, entity: true}
		})
	}

	// score
	maxIDF := math.Log(float64(bg.Docs + 1))
	commonIDF := math.Log(1 / o.Common)
	n := float64(len(words) + 1)
	list := sc.list[:0]
	defer func() { clear(list); sc.list = list[:0] }()
	for _, c := range cands {
		var spec float64
		allCommon := true
		for _, k := range c.words {
			idf := bg.IDF(k)
			if idf > commonIDF {
				allCommon = false
			}
			spec += math.Min(1, idf/maxIDF)
		}
		if allCommon || len(c.words) == 0 {
			continue
		}
		spec /= float64(len(c.words))
		s := (1 + math.Log(float64(c.tf))) * spec
		s *= 1 + 0.3*(1-float64(c.first)/n)
		if c.early {
			s *= o.EarlyGain
		}
		if c.entity {
			s *= o.EntityGain
		} else if len(c.words) == 1 {
			s *= o.SingleGain
		} else {
			s *= 1 + o.LenGain*float64(len(c.words)-1)
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
	// greedy selection without nested repeats, by lemmas and by surface
	// (an entity's canonical name against a noun phrase's words)
	var out []rasid.Keyphrase
	var chosen, chosenSurf [][]string
	for _, c := range list {
		if len(out) == o.Max {
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
		out = append(out, rasid.Keyphrase{Span: c.span, Text: c.text, Lemma: strings.Join(c.words, " "), Score: c.score})
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
