package entity

import (
	"sync"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/learn"
)

// scratch is the working memory of tagging one document: token
// information, feature keys, the rows found, scores, labels and the
// memory counts. It is reused across documents (scratchPool), so that a
// document allocates what it returns and little else. Everything in it
// belongs to the call that took it until it is put back.
type scratch struct {
	flat   []tokInfo   // the token information of every sentence
	infos  [][]tokInfo // per sentence, slices of flat
	folded []string    // the folded tokens, flat
	fbuf   []byte      // the folded tokens that fold changes, one after the other
	feats  []uint64
	forms  []formInfo       // per flat token, its form's information
	vecs   [][]int16        // per flat token, its form's kept vectors (forms.go), or nil
	ownAt  []int32          // per flat token whose vecs is nil, where its vectors are in own
	own    []int32          // the vectors of the forms the cache does not keep
	ownOf  map[string]int32 // where in own a form the cache does not keep is, this document
	ownTok []int32          // per form in own, the flat token it was computed for
	acc    []int32          // per flat token, both passes' summed rows (stride)
	em     []float32
	lflat  []int
	labels [][]int
	vit    learn.ViterbiScratch
	mem    memScratch
	ws     []string // a sentence's folded words for the gazetteer
	fw     []string // a sentence's folded words for the rules
	other  []bool   // per token, inside a name that is no person's (titles)
	spans  []foldSpan
	// Annotate's: token indices, surface tokens and words per sentence
	tflat  []int
	sents  [][]int
	wflat  []string
	words  [][]string
	dwflat [][]rasid.Word
	dw     [][][]rasid.Word
	tags   []string
	inside map[string]bool
	alone  map[string]bool
	starts map[string]string // folded first word of a chunk → its type
	ms     []mention
	slab   chunkSlab     // the rules' chunks
	lc     []learn.Chunk // a sentence's chunks as read from its tags
	gzN    []int32       // per flat token, the gazetteer match kept (gazMemo)
	gzCls  [][]string
}

// gazMemo returns the gazetteer matches kept for the n flat tokens from k.
func (sc *scratch) gazMemo(k, n int) gazMemo {
	return gazMemo{sc.gzN[k : k+n : k+n], sc.gzCls[k : k+n : k+n]}
}

// foldSpan places a folded token (flat index at) in scratch.fbuf.
type foldSpan struct{ at, start, end int }

var scratchPool = sync.Pool{New: func() any {
	return &scratch{inside: map[string]bool{}, alone: map[string]bool{}, starts: map[string]string{}, ownOf: map[string]int32{}}
}}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// put returns sc to the pool; its slices must no longer be used.
func (sc *scratch) put() {
	// A very long document's buffers are left to the collector.
	if cap(sc.flat) > 1<<16 || cap(sc.own) > 1<<22 {
		return
	}
	// The maps start empty; the token information keeps its gazetteer and
	// memory arrays (and, until the next document, strings of this one).
	clear(sc.inside)
	clear(sc.alone)
	clear(sc.starts)
	clear(sc.ownOf)
	clear(sc.ms[:cap(sc.ms)])
	clear(sc.gzCls)
	scratchPool.Put(sc)
}

// grow returns s with length n, reusing its array when it is large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// prepare sizes the token information and label slices for sents and
// folds every token (clipped): the tokens that fold changes share one
// string.
func (sc *scratch) prepare(sents [][]string) {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	sc.flat = grow(sc.flat, n)
	sc.infos = grow(sc.infos, len(sents))
	sc.lflat = grow(sc.lflat, n)
	sc.labels = grow(sc.labels, len(sents))
	sc.folded = grow(sc.folded, n)
	sc.fbuf = sc.fbuf[:0]
	sc.spans = sc.spans[:0]
	k := 0
	for i, s := range sents {
		sc.infos[i] = sc.flat[k : k+len(s) : k+len(s)]
		sc.labels[i] = sc.lflat[k : k+len(s) : k+len(s)]
		for _, t := range s {
			t = clipToken(t)
			if i := folder.Unchanged(t); i == len(t) {
				sc.folded[k] = t
			} else {
				start := len(sc.fbuf)
				sc.fbuf = folder.Append(append(sc.fbuf, t[:i]...), t[i:])
				sc.spans = append(sc.spans, foldSpan{k, start, len(sc.fbuf)})
			}
			k++
		}
	}
	if len(sc.spans) > 0 {
		all := string(sc.fbuf)
		for _, sp := range sc.spans {
			sc.folded[sp.at] = all[sp.start:sp.end]
		}
	}
}

// formsOf looks the folded tokens' forms up in m's form cache: their
// information into sc.forms, their vectors into sc.vecs, or, for the
// forms the cache does not keep, into sc.own at sc.ownAt.
func (sc *scratch) formsOf(m *Model) {
	c := m.forms()
	n := len(sc.folded)
	sc.forms = grow(sc.forms, n)
	sc.vecs = grow(sc.vecs, n)
	sc.ownAt = grow(sc.ownAt, n)
	sc.own, sc.ownTok = sc.own[:0], sc.ownTok[:0]
	clear(sc.ownOf)
	for k, w := range sc.folded {
		f, v := c.get(m, w)
		if v == nil {
			// a form the cache does not keep is computed once a
			// document (ownOf); its information is then that of the
			// token it was computed for
			at, ok := sc.ownOf[w]
			if ok {
				f = sc.forms[sc.ownTok[at/formLen]]
			} else {
				f = m.formOf(w)
				at = int32(len(sc.own))
				sc.own = append(sc.own, make([]int32, formLen)...)
				sc.ownTok = append(sc.ownTok, int32(k))
				m.formVectors(sc.own[at:], w, &f)
				sc.ownOf[w] = at
			}
			sc.ownAt[k] = at
		}
		sc.forms[k], sc.vecs[k] = f, v
	}
}

// addSide adds side s of the vectors of flat token k to acc.
func (sc *scratch) addSide(acc *[stride]int32, k, s int) {
	if v := sc.vecs[k]; v != nil {
		addVector16(acc, v[s*stride:])
	} else {
		addVector(acc, sc.own[int(sc.ownAt[k])+s*stride:])
	}
}
