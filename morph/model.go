package morph

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/internal/modelfile"
	"github.com/rasid/rasid/morph/tagger"
)

// maxRunes caps the work per token: longer tokens are not split.
const maxRunes = 40

// affix is a sequence of prefix or suffix segments seen in training.
type affix struct {
	segs []Seg
	surf string // letters covered
	id   string // encodeSegs(segs)
	hDet bool   // holds the article
	pro  string // the proclitic words, joined by "|"
	enc  string // the enclitic, if any
	infl string // the letters of the inflectional suffixes
	h    affixHashes
}

// affixHashes are the hashes of the features (see Model.features and
// tagFeatures) that read the affix alone, or begin with it, computed once
// per affix by makeAffix instead of for every candidate of every token. An
// affix serves as a prefix or a suffix; each role reads its own fields.
type affixHashes struct {
	// As a prefix: tpl(1), tpl(46) over id and tpl(60) over pro, and the
	// first parts of tpl(3) (id, then the suffix's id) and tpl(62) (pro,
	// then the suffix's enclitic).
	pre, preTag, pro, prePair, proPair learn.Hash
	// As a suffix: tpl(2), tpl(47) over id, tpl(61) over enc, and the
	// paradigm features tpl(22) of each ending with the stem + ending
	// absent from the raw text (frequency bucket 0, the commonest case).
	suf, sufTag, enc learn.Hash
	paradigm0        [len(paradigm)]learn.Hash
}

// Model is a trained segmenter, with the tagger it hands words to.
type Model struct {
	prefixes []affix // prefixes[0] and suffixes[0] are empty
	suffixes []affix
	w        map[uint64]float32 // segmentation weights (as saved)
	tw       map[uint64]float32 // stem tag weights, by classFeat (as saved)
	ws       *learn.Blocks      // w for scoring (compile)
	tv       *learn.Blocks      // stem tag weights by feature, one row of len(tags) (compile)
	tags     []string           // stem tag classes
	memory   map[string]string  // letters → encoded analysis (fine-labelled training)
	lex      map[string]uint8   // training stems → count bucket
	freq     map[string]uint8   // raw-text word frequency buckets
	names    map[string]uint8   // name-token count buckets (ANERcorp)
	udSplit  map[string]uint64  // letters → UD word starts seen in PUD
	// lists replaces the maps above in a model read from a file (the
	// maps fill while training); loaded is that file's content, which
	// Save writes back.
	lists  *lexicons
	loaded *modelFile

	tagger *tagger.Model

	train   *trainState // the perceptrons being trained (nil once trained)
	command string      // the training command, for the file header

	cache analysisCache
}

// analysisCache holds the analyses of the letters met so far, bounded:
// cacheShards tables, each under its own lock and emptied when full, so that
// concurrent analyses (a worker pool) seldom touch the same lock. A token is
// hashed once: the hash picks the shard and the slot of an open-addressing
// table (linear probing, at most half full), whose slots keep it beside the
// token, so that a probe compares strings only when the hashes agree.
type analysisCache struct {
	seed   maphash.Seed
	shards [cacheShards]cacheShard
}

type cacheShard struct {
	mu    sync.RWMutex
	slots []cacheSlot // nil until the first put; len 2*cacheMax/cacheShards
	n     int         // slots in use
	_     [72]byte    // keeps neighbouring shards' locks off one cache line
}

type cacheSlot struct {
	h   uint64
	tok string
	e   *entry // nil: an empty slot
}

const cacheShards = 32

// hash returns the hash of tok that get and put take.
func (c *analysisCache) hash(tok string) uint64 { return maphash.String(c.seed, tok) }

// get returns the entry of tok, whose hash is h.
func (c *analysisCache) get(h uint64, tok string) (*entry, bool) {
	s := &c.shards[h%cacheShards]
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.slots == nil {
		return nil, false
	}
	mask := uint64(len(s.slots) - 1)
	for i := (h >> 32) & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.e == nil {
			return nil, false
		}
		if sl.h == h && sl.tok == tok {
			return sl.e, true
		}
	}
}

// put adds the entry of tok, whose hash is h.
func (c *analysisCache) put(h uint64, tok string, e *entry) {
	s := &c.shards[h%cacheShards]
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == nil {
		s.slots = make([]cacheSlot, 2*cacheMax/cacheShards)
	}
	if s.n >= cacheMax/cacheShards {
		clear(s.slots)
		s.n = 0
	}
	mask := uint64(len(s.slots) - 1)
	i := (h >> 32) & mask
	for ; s.slots[i].e != nil; i = (i + 1) & mask {
		if s.slots[i].h == h && s.slots[i].tok == tok {
			s.slots[i].e = e
			return
		}
	}
	s.slots[i] = cacheSlot{h: h, tok: tok, e: e}
	s.n++
}

// reset empties the cache.
func (c *analysisCache) reset() {
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		s.slots, s.n = nil, 0
		s.mu.Unlock()
	}
}

// entry is the cached analysis of one token's letters.
type entry struct {
	segs  []Seg
	forms []string
	words []udWord
	// tagged holds what tagger knows of each word's form (when the model
	// had a tagger at the time).
	tagger *tagger.Model
	tagged []tagger.Word
}

// cacheMax bounds the analysis cache (each shard is emptied when it holds
// its share). With 1<<17 entries the caches of a long stream, full, held
// more than rasid's soft memory limit (240 MiB) by themselves: on 20 MB of
// SaudiNewsNet the collector then ran without pause (CPU +70%, peak 313 MB);
// at 1<<16 the same stream takes 40% less time, peaks at 269 MB and gives
// the same bytes (docs/benchmarks.md, session 7).
const cacheMax = 1 << 16

// bucket maps a count to 1+floor(log2(count)), 0 for none.
func bucket(n int) uint8 {
	if n <= 0 {
		return 0
	}
	return uint8(bits.Len(uint(n)))
}

// Feature hashing: learn.Template(t) starts a feature of template t;
// Field adds a string part, Byte a small number.
func tpl(t byte) learn.Hash { return learn.Template(t) }

// cand is a candidate segmentation: a prefix, a stem and a suffix.
type cand struct {
	p, x int
	stem string
}

// candidates lists the segmentations of tok the affix inventories allow.
func (m *Model) candidates(tok string, out []cand) []cand {
	out = out[:0]
	for pi := range m.prefixes {
		p := &m.prefixes[pi]
		if !strings.HasPrefix(tok, p.surf) {
			continue
		}
		rest := tok[len(p.surf):]
		for xi := range m.suffixes {
			x := &m.suffixes[xi]
			if len(x.surf) >= len(rest) || !strings.HasSuffix(rest, x.surf) {
				continue
			}
			out = append(out, cand{p: pi, x: xi, stem: rest[:len(rest)-len(x.surf)]})
		}
	}
	return out
}

// stemWord returns the letters of the stem's UD word with the article
// spelled out: ال + stem + inflectional suffixes.
func (m *Model) stemWord(c cand) string {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	if !p.hDet && x.infl == "" {
		return c.stem
	}
	var b strings.Builder
	if p.hDet {
		b.WriteString("ال")
	}
	b.WriteString(c.stem)
	b.WriteString(x.infl)
	return b.String()
}

// kindPenalty is subtracted from a candidate's score for each affix
// segment of a kind: the perceptron, trained mostly on tokens whose stems
// it has seen, over-splits unseen ones (tuned by cross-validation).
var kindPenalty = [...]float32{Proclitic: 3, Article: 3, Suffix: 3, Enclitic: 3}

func (m *Model) penalty(c cand) float32 {
	var p float32
	for _, s := range m.prefixes[c.p].segs {
		p += kindPenalty[s.Kind]
	}
	for _, s := range m.suffixes[c.x].segs {
		p += kindPenalty[s.Kind]
	}
	return p
}

// paradigm lists endings whose frequency after a candidate stem is evidence
// for or against it.
var paradigm = [...]string{"ة", "ين", "ون", "ات", "ي", "ا", "ان", "ه"}

// tokenFacts are what the features of a candidate read of the whole
// token: the same for all its candidates, looked up once.
type tokenFacts struct {
	freq, name uint8 // the token's raw-text frequency and name buckets
}

func (m *Model) tokenFacts(tok string) tokenFacts {
	return tokenFacts{freq: m.freqOf(tok), name: m.nameOf(tok)}
}

// features appends the hashed features of candidate c of token tok: first
// those that depend only on the candidate's UD words (the proclitics, the
// stem's word and the enclitic), then those of the fine segmentation.
func (m *Model) features(buf []uint64, tok string, c cand) []uint64 {
	return m.candFeatures(buf, m.tokenFacts(tok), c)
}

// candFeatures is features with the token's facts looked up.
func (m *Model) candFeatures(buf []uint64, t tokenFacts, c cand) []uint64 {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	sw := m.stemWord(c)
	fw := m.freqOf(sw)

	ft := t.freq
	split := uint8(0)
	if p.pro != "" || x.enc != "" {
		split = 1
	}
	fnd := uint8(0)
	if p.hDet {
		fnd = m.freqOf(sw[len("ال"):])
	}
	swl := uint8(min(utf8.RuneCountInString(sw), 10))
	buf = append(buf,
		uint64(p.h.pro),
		uint64(x.h.enc),
		uint64(p.h.proPair.Field(x.enc)),
		uint64(tpl(63).Byte(fw).Field(p.pro)),
		uint64(tpl(64).Byte(fw).Field(x.enc)),
		uint64(tpl(65).Byte(ft).Byte(split)),
		uint64(tpl(66).Byte(fw).Byte(ft).Byte(split)),
		uint64(tpl(67).Field(headRunes(sw, 1)).Field(p.pro)),
		uint64(tpl(68).Field(headRunes(sw, 2)).Field(p.pro)),
		uint64(tpl(69).Field(tailRunes(sw, 1)).Field(x.enc)),
		uint64(tpl(70).Field(tailRunes(sw, 2)).Field(x.enc)),
		uint64(tpl(71).Field(sw).Field(x.enc)),
		uint64(tpl(72).Field(sw).Field(p.pro)),
		uint64(tpl(73).Byte(swl).Byte(split)),
		uint64(tpl(74).Byte(fnd).Byte(fw)),
	)
	pid, xid := p.id, x.id
	sl := utf8.RuneCountInString(c.stem)
	if sl > 8 {
		sl = 8
	}
	nseg := len(p.segs) + len(x.segs) + 1
	fs := m.freqOf(c.stem)
	fd := m.freqOf2("ال", c.stem)
	lx := m.lexOf(c.stem)
	det := uint8(0)
	if p.hDet {
		det = 1
	}
	f1, f2 := headRunes(c.stem, 1), headRunes(c.stem, 2)
	l1, l2, l3 := tailRunes(c.stem, 1), tailRunes(c.stem, 2), tailRunes(c.stem, 3)
	buf = append(buf,
		uint64(p.h.pre),
		uint64(x.h.suf),
		uint64(p.h.prePair.Field(xid)),
		uint64(tpl(4).Byte(uint8(sl)).Byte(det).Byte(uint8(nseg))),
		uint64(tpl(5).Field(f1).Field(pid)),
		uint64(tpl(6).Field(f2).Field(pid)),
		uint64(tpl(7).Field(l1).Field(xid)),
		uint64(tpl(8).Field(l2).Field(xid)),
		uint64(tpl(9).Field(l3).Field(xid)),
		uint64(tpl(10).Byte(fs).Field(pid)),
		uint64(tpl(11).Byte(fs).Field(xid)),
		uint64(tpl(12).Byte(fw).Field(pid)),
		uint64(tpl(13).Byte(fw).Field(xid)),
		uint64(tpl(14).Byte(ft).Byte(uint8(nseg))),
		uint64(tpl(15).Byte(fd).Byte(det)),
		uint64(tpl(16).Byte(lx).Field(xid)),
		uint64(tpl(17).Byte(lx).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(18).Field(c.stem).Field(xid)),
		uint64(tpl(19).Field(c.stem).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(20).Byte(fs).Byte(fw).Byte(ft)),
		uint64(tpl(21).Byte(fd).Byte(fs).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(26).Byte(t.name).Byte(uint8(nseg))),
		uint64(tpl(27).Byte(m.nameOf(sw)).Field(pid)),
		uint64(tpl(28).Byte(m.nameOf(c.stem)).Field(xid)),
	)
	// Paradigm evidence: a true stem is also written with other endings.
	var fp [len(paradigm)]uint8
	m.paradigmFreqs(c.stem, &fp)
	rich, top := uint8(0), uint8(0)
	for i, f := range fp {
		h := x.h.paradigm0[i]
		if f > 0 {
			h = tpl(22).Byte(uint8(i)).Byte(f).Field(xid)
			rich++
		}
		buf = append(buf, uint64(h))
		top = max(top, f)
	}
	dom := int(ft) - int(top) + 16
	buf = append(buf,
		uint64(tpl(29).Byte(rich).Field(xid)),
		uint64(tpl(30).Byte(uint8(dom)).Field(xid)),
	)
	return buf
}

func (m *Model) score(feats []uint64) float32 {
	if m.train != nil {
		return m.train.seg.Sum(feats)
	}
	if m.ws == nil {
		return 0
	}
	return m.ws.Sum(feats)
}

// tagFeatures appends the hashed context features of a stem for the tag
// classifier; the class is mixed in when scoring.
func (m *Model) tagFeatures(buf []uint64, c cand, upos string) []uint64 {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	if upos != "" {
		// The tagger's UPOS of the stem's word, in sentence context.
		buf = append(buf,
			uint64(tpl(52).Field(upos)),
			uint64(tpl(53).Field(upos).Field(x.id)),
			uint64(tpl(54).Field(upos).Field(tailRunes(c.stem, 2))),
			uint64(tpl(55).Field(upos).Field(c.stem)),
		)
	}
	buf = append(buf,
		uint64(tpl(40).Field(c.stem)),
		uint64(tpl(41).Field(headRunes(c.stem, 1))),
		uint64(tpl(42).Field(headRunes(c.stem, 2))),
		uint64(tpl(43).Field(tailRunes(c.stem, 1))),
		uint64(tpl(44).Field(tailRunes(c.stem, 2))),
		uint64(tpl(45).Field(tailRunes(c.stem, 3))),
		uint64(p.h.preTag),
		uint64(x.h.sufTag),
		uint64(tpl(48).Byte(m.freqOf2("ال", c.stem))),
		uint64(tpl(49).Byte(m.freqOf(c.stem))),
		uint64(tpl(50).Byte(uint8(min(utf8.RuneCountInString(c.stem), 8)))),
		uint64(tpl(51)),
	)
	return buf
}

// classFeat is the weight key of feature f for stem tag class: the class
// replaces the hash's low 5 bits, so that the weights of one feature for all
// classes can be gathered into one vector (compile).
func classFeat(f uint64, class int) uint64 { return f&^31 | uint64(class) }

// compile builds the scoring tables from the saved weights: the
// segmentation weights, and the stem tag weights gathered by feature, one
// lookup per feature instead of one per feature and class.
func (m *Model) compile() {
	m.ws = learn.Scalar(m.w)
	rows := map[uint64][]float32{}
	for k, w := range m.tw {
		c := int(k & 31)
		if c >= len(m.tags) {
			continue
		}
		v := rows[k&^31]
		if v == nil {
			v = make([]float32, len(m.tags))
			rows[k&^31] = v
		}
		v[c] = w
	}
	keys := make([]uint64, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	flat := make([]float32, 0, len(keys)*len(m.tags))
	for _, k := range keys {
		flat = append(flat, rows[k]...)
	}
	m.tv = learn.NewBlocks(len(m.tags), keys, flat)
}

// compileSorted builds the scoring tables from the weights as the model
// file stores them, keys in increasing order: the same tables as compile,
// without the maps. A key's class is in its low 5 bits, so the keys of one
// feature are consecutive. It reports false when the keys are not in order.
func (m *Model) compileSorted(wk []uint64, wv []float32, tk []uint64, tv []float32) bool {
	for i := 1; i < len(wk); i++ {
		if wk[i] <= wk[i-1] {
			return false
		}
	}
	for i := 1; i < len(tk); i++ {
		if tk[i] <= tk[i-1] {
			return false
		}
	}
	if len(wk) != len(wv) || len(tk) != len(tv) {
		return false
	}
	if slices.Contains(wv, 0) {
		// As learn.Scalar: zero weights are left out.
		var k2 []uint64
		var v2 []float32
		for i, w := range wv {
			if w != 0 {
				k2, v2 = append(k2, wk[i]), append(v2, w)
			}
		}
		wk, wv = k2, v2
	}
	m.ws = learn.NewBlocks(1, wk, wv)
	n := len(m.tags)
	var keys []uint64
	var flat []float32
	for i, key := range tk {
		c := int(key & 31)
		if c >= n {
			continue
		}
		if len(keys) == 0 || keys[len(keys)-1] != key&^31 {
			keys = append(keys, key&^31)
			flat = append(flat, make([]float32, n)...)
		}
		flat[len(flat)-n+c] = tv[i]
	}
	m.tv = learn.NewBlocks(n, keys, flat)
	return true
}

// tagStem returns the index of the best stem tag for c, given the UPOS of
// its word when known.
func (m *Model) tagStem(buf []uint64, c cand, upos string) int {
	buf = m.tagFeatures(buf[:0], c, upos)
	if m.train == nil {
		if m.tv == nil {
			return 0
		}
		var sc [32]float32
		for _, f := range buf {
			r := m.tv.Find(f &^ 31)
			if r < 0 {
				continue
			}
			for k, w := range m.tv.Row(r) {
				sc[k] += w
			}
		}
		best := 0
		for k := 1; k < len(m.tags); k++ {
			if sc[k] > sc[best] {
				best = k
			}
		}
		return best
	}
	best, bestS := 0, float32(0)
	for k := range m.tags {
		var s float32
		for _, f := range buf {
			s += m.train.tag.Get(classFeat(f, k))
		}
		if k == 0 || s > bestS {
			best, bestS = k, s
		}
	}
	return best
}

// build assembles the analysis of candidate c with stem tag tag.
func (m *Model) build(c cand, tag string) []Seg {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	segs := make([]Seg, 0, len(p.segs)+len(x.segs)+1)
	segs = append(segs, p.segs...)
	segs = append(segs, Seg{Form: c.stem, Tag: tag, Kind: Stem, Len: utf8.RuneCountInString(c.stem)})
	segs = append(segs, x.segs...)
	// Farasa tags a verb's inflectional suffixes PRON and a noun's NSUFF.
	for i := len(p.segs) + 1; i < len(segs); i++ {
		s := &segs[i]
		switch {
		case s.Kind != Suffix:
		case tag == "V" && s.Tag == "NSUFF":
			s.Tag = "PRON"
		case tag != "V" && s.Tag == "PRON":
			s.Tag = "NSUFF"
		}
	}
	return segs
}

// candMask returns the UD word starts of candidate c.
func (m *Model) candMask(c cand) uint64 {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	var mask uint64
	off := 0
	for _, s := range p.segs {
		off += s.Len
		if s.Kind == Proclitic && off < 64 {
			mask |= 1 << uint(off)
		}
	}
	off += utf8.RuneCountInString(c.stem)
	for _, s := range x.segs {
		if s.Kind == Enclitic && off < 64 {
			mask |= 1 << uint(off)
		}
		off += s.Len
	}
	return mask
}

// analyzeLetters segments a token given as letters (marks removed). It
// never fails: a token the model cannot split is one stem segment.
func (m *Model) analyzeLetters(tok string) *entry {
	h := m.cache.hash(tok)
	if e, ok := m.cache.get(h, tok); ok {
		return e
	}
	// A copy of the letters: the cache must not keep the document they
	// were cut from alive.
	tok = strings.Clone(tok)
	var segs []Seg
	if tok != "" {
		segs = m.decide(tok)
	}
	words := m.udWords(Analysis{Segs: segs})
	if mask, ok := m.udSplitOf(tok); ok && mask != udMask(segs) && mask&^udMask(segs) == 0 {
		words = mergeWords(tok, words, mask)
	}
	e := &entry{segs: segs, forms: Analysis{Segs: segs}.Forms(), words: words}
	if tg := m.tagger; tg != nil && len(words) > 0 {
		e.tagger, e.tagged = tg, make([]tagger.Word, len(words))
		for i, w := range words {
			e.tagged[i] = tg.Lookup(w.form)
		}
	}
	m.cache.put(h, tok, e)
	return e
}

// decide computes the analysis of tok without the cache.
func (m *Model) decide(tok string) []Seg {
	if enc, ok := m.memoryOf(tok); ok {
		return decodeSegs(enc)
	}
	n := utf8.RuneCountInString(tok)
	if n > maxRunes || !arabicOnly(tok) || len(m.prefixes) == 0 {
		return []Seg{{Form: tok, Tag: ruleTag(tok), Kind: Stem, Len: n}}
	}
	var csBuf [64]cand
	var fBuf [96]uint64
	cs := m.candidates(tok, csBuf[:0])
	// A token seen in PUD keeps PUD's UD split when a candidate allows it.
	if mask, ok := m.udSplitOf(tok); ok {
		k := 0
		for _, c := range cs {
			if m.candMask(c) == mask {
				cs[k] = c
				k++
			}
		}
		if k > 0 {
			cs = cs[:k]
		} else {
			cs = m.candidates(tok, cs)
		}
	}
	buf := fBuf[:0]
	best, bestS := -1, float32(0)
	facts := m.tokenFacts(tok)
	for i, c := range cs {
		buf = m.candFeatures(buf[:0], facts, c)
		s := m.score(buf) - m.penalty(c)
		if best < 0 || s > bestS {
			best, bestS = i, s
		}
	}
	if best < 0 {
		return []Seg{{Form: tok, Tag: ruleTag(tok), Kind: Stem, Len: n}}
	}
	c := cs[best]
	tag := "NOUN"
	if len(m.tags) > 0 {
		tag = m.tags[m.tagStem(buf, c, "")]
	}
	return m.build(c, tag)
}

// rankedCand returns the candidate behind an analysis, to re-tag its stem
// in context; false for analyses the inventories cannot express.
func (m *Model) rankedCand(tok string, segs []Seg) (cand, bool) {
	if len(segs) == 0 || !arabicOnly(tok) {
		return cand{}, false
	}
	st := stemIndex(segs)
	pid := encodeSegs(segs[:st])
	var c cand
	c.stem = segs[st].Form
	found := false
	for i := range m.prefixes {
		if m.prefixes[i].id == pid {
			c.p, found = i, true
			break
		}
	}
	if !found {
		return cand{}, false
	}
	// Suffix tags may have been made consistent with the stem: match the
	// suffix by its forms and kinds, preferring the exact tags.
	best := -1
	for i := range m.suffixes {
		x := &m.suffixes[i]
		if len(x.segs) != len(segs)-st-1 {
			continue
		}
		same, exact := true, true
		for j, s := range x.segs {
			g := segs[st+1+j]
			if s.Form != g.Form || s.Kind != g.Kind || s.Len != g.Len {
				same = false
				break
			}
			if s.Tag != g.Tag {
				exact = false
			}
		}
		if same && (best < 0 || exact) {
			best = i
			if exact {
				break
			}
		}
	}
	if best < 0 {
		return cand{}, false
	}
	c.x = best
	return c, true
}

// AnalyzeSentence returns the fine-grained analyses of one sentence's
// tokens. Unlike Analyze it tags stems in context: the tagger's UPOS of
// each stem's word informs its Farasa tag.
func (m *Model) AnalyzeSentence(tokens []string) []Analysis {
	out := make([]Analysis, len(tokens))
	var forms []string
	stemWord := make([]int, len(tokens))
	for i, t := range tokens {
		out[i] = m.Analyze(t)
		stemWord[i] = -1
		e := m.analyzeLetters(out[i].Letters)
		if len(e.words) == 0 {
			forms = append(forms, t)
			continue
		}
		for _, w := range e.words {
			for _, s := range w.segs {
				if s.Kind == Stem {
					stemWord[i] = len(forms)
				}
			}
			forms = append(forms, w.form)
		}
	}
	if m.tagger == nil || len(m.tags) == 0 {
		return out
	}
	an := m.tagger.Tag(forms)
	var buf []uint64
	for i := range out {
		if stemWord[i] < 0 || stemWord[i] >= len(an) {
			continue
		}
		c, ok := m.rankedCand(out[i].Letters, out[i].Segs)
		if !ok {
			continue
		}
		tag := m.tags[m.tagStem(buf, c, an[stemWord[i]].UPOS)]
		out[i].Segs = m.build(c, tag)
	}
	return out
}

// arabicOnly reports whether every rune of s is an Arabic letter.
func arabicOnly(s string) bool {
	for _, r := range s {
		if !isArabicLetter(r) {
			return false
		}
	}
	return true
}

// ruleTag gives a Farasa tag to a token the model does not split.
func ruleTag(s string) string {
	var letters, arabic, digits, other int
	for _, r := range s {
		switch {
		case isArabicLetter(r):
			arabic++
			letters++
		case r >= '0' && r <= '9', r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
			digits++
		case unicode.IsLetter(r):
			letters++
		default:
			other++
		}
	}
	switch {
	case digits > 0 && letters == 0:
		return "NUM"
	case arabic > 0:
		return "NOUN"
	case letters > 0:
		return "FOREIGN"
	}
	return "PUNC"
}

// Segment returns the fine-grained (ATB/Farasa) segments of each token of
// one sentence, for example وبالاتفاق → [و ب ال اتفاق]. Marks and tatweel
// are dropped from the segments; non-Arabic tokens are one segment.
func (m *Model) Segment(tokens []string) [][]string {
	out := make([][]string, len(tokens))
	for i, t := range tokens {
		out[i] = m.Analyze(m.AsWritten(t)).Forms()
	}
	return out
}

// AsWritten maps a token spelled the way segmented gold files join their
// segments — ل+ال+محتوى joined as لالمحتوى — to the way news text writes
// it, للمحتوى (li-l-muhtawa, "for the content"), when the raw-text
// frequencies say so. لالتزام (li-iltizam, "for commitment", whose stem
// begins with alef-lam) is written that way in the news and stays.
func (m *Model) AsWritten(tok string) string {
	const glued = "لال"
	if !strings.HasPrefix(tok, glued) || utf8.RuneCountInString(tok) < 5 {
		return tok
	}
	elided := "لل" + tok[len(glued):]
	if m.freqOf(elided) > m.freqOf(tok) {
		return elided
	}
	return tok
}

// Analyze returns the fine-grained analysis of one token, with Farasa tags.
func (m *Model) Analyze(token string) Analysis {
	l, _ := letters(token, nil)
	if l == "" {
		return Analysis{Letters: l, Segs: []Seg{{Form: token, Tag: ruleTag(token), Kind: Stem, Len: 0}}}
	}
	return Analysis{Letters: l, Segs: m.analyzeLetters(l).segs}
}

// modelFile is the serialised form of a Model: slices sorted by key so that
// training writes the same bytes every time.
type modelFile struct {
	Prefixes []string
	Suffixes []string
	WKeys    []uint64
	WVals    []float32
	TKeys    []uint64
	TVals    []float32
	Tags     []string
	MemKeys  []string
	MemVals  []string
	LexKeys  []string
	LexVals  []uint8
	FreqKeys string // words joined by "\n", sorted
	FreqVals []uint8
	NameKeys string
	NameVals []uint8
	UDKeys   []string
	UDVals   []uint64
}

// modelVersion is the version of the segmenter's payload: 2 since
// session 5 (a plain binary payload, payload.go), 1 before (gob).
const modelVersion = 2

// Header is the model file header of a segmenter: the command that trains
// it and the data it is derived from, whose licences it carries.
var Header = modelfile.Header{
	Kind: "segmenter", Version: modelVersion, Command: "rasid train morph",
	Data: "Farasa WikiNews (free to copy and distribute); UD Arabic PADT v1 (CC BY-NC-SA 3.0); UD Arabic PUD dev (CC BY-SA 4.0); " +
		"SaudiNewsNet word counts (CC BY-NC-SA 4.0); ANERcorp train name tokens (research use): research and non-commercial use only",
}

// Save writes the model file: the header (with the model's training
// command) and the model, LZ4-compressed (a few MB, inflated in a few
// milliseconds; docs/models.md).
func (m *Model) Save(w io.Writer) error {
	return modelfile.WriteLZ4(w, Header.WithCommand(m.command), m.save)
}

func (m *Model) save(bw *bufio.Writer) error {
	if m.loaded != nil {
		// A model read from a file writes back what it read.
		return m.loaded.encode(bw)
	}
	f := modelFile{Tags: m.tags}
	for _, a := range m.prefixes[1:] {
		f.Prefixes = append(f.Prefixes, a.id)
	}
	for _, a := range m.suffixes[1:] {
		f.Suffixes = append(f.Suffixes, a.id)
	}
	f.WKeys, f.WVals = learn.SortedScalar(m.w)
	f.TKeys, f.TVals = learn.SortedScalar(m.tw)
	for _, k := range sortedKeys(m.memory) {
		f.MemKeys = append(f.MemKeys, k)
		f.MemVals = append(f.MemVals, m.memory[k])
	}
	for _, k := range sortedKeys(m.lex) {
		f.LexKeys = append(f.LexKeys, k)
		f.LexVals = append(f.LexVals, m.lex[k])
	}
	keys := sortedKeys(m.freq)
	f.FreqKeys = strings.Join(keys, "\n")
	for _, k := range keys {
		f.FreqVals = append(f.FreqVals, m.freq[k])
	}
	keys = sortedKeys(m.names)
	f.NameKeys = strings.Join(keys, "\n")
	for _, k := range keys {
		f.NameVals = append(f.NameVals, m.names[k])
	}
	for _, k := range sortedKeys(m.udSplit) {
		f.UDKeys = append(f.UDKeys, k)
		f.UDVals = append(f.UDVals, m.udSplit[k])
	}
	return f.encode(bw)
}

// sortedKeys returns the keys of m in order: deterministic iteration.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// Read reads a segmentation model written by Save.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	return Decode(string(b))
}

// Decode reads a segmentation model file held in memory (the embedded one);
// the model's strings are substrings of its payload.
func Decode(file string) (*Model, error) {
	h, payload, err := modelfile.OpenString(file, Header.Kind, Header.Version)
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	f, err := decodeFile(payload)
	if err != nil {
		return nil, err
	}
	m := newModel()
	m.command = h.Command
	m.loaded = f
	for _, id := range f.Prefixes {
		m.prefixes = append(m.prefixes, makeAffix(decodeSegs(id)))
	}
	for _, id := range f.Suffixes {
		m.suffixes = append(m.suffixes, makeAffix(decodeSegs(id)))
	}
	if len(f.Tags) > 32 {
		return nil, fmt.Errorf("morph: %d stem tags, at most 32", len(f.Tags))
	}
	m.tags = f.Tags
	if !m.compileSorted(f.WKeys, f.WVals, f.TKeys, f.TVals) {
		return nil, errors.New("morph: reading model: weights out of order")
	}
	if len(f.MemKeys) != len(f.MemVals) || len(f.LexKeys) != len(f.LexVals) || len(f.UDKeys) != len(f.UDVals) {
		return nil, errors.New("morph: reading model: keys and values differ in number")
	}
	l := &lexicons{
		memory: newStrTable(f.MemKeys), memoryV: f.MemVals,
		lex: newStrTable(f.LexKeys), lexV: f.LexVals,
		udSplit: newStrTable(f.UDKeys), udSplitV: f.UDVals,
	}
	fk, nk := splitKeys(f.FreqKeys, len(f.FreqVals)), splitKeys(f.NameKeys, len(f.NameVals))
	if len(fk) != len(f.FreqVals) || len(nk) != len(f.NameVals) {
		return nil, errors.New("morph: reading model: keys and values differ in number")
	}
	l.freq, l.freqV = newStrTable(fk), f.FreqVals
	l.names, l.namesV = newStrTable(nk), f.NameVals
	m.lists = l
	return m, nil
}

func newModel() *Model {
	return &Model{
		prefixes: []affix{makeAffix(nil)},
		suffixes: []affix{makeAffix(nil)},
		w:        map[uint64]float32{},
		tw:       map[uint64]float32{},
		memory:   map[string]string{},
		lex:      map[string]uint8{},
		freq:     map[string]uint8{},
		names:    map[string]uint8{},
		udSplit:  map[string]uint64{},
		cache:    analysisCache{seed: maphash.MakeSeed()},
	}
}

func makeAffix(segs []Seg) affix {
	a := affix{segs: segs, surf: surface(segs), id: encodeSegs(segs)}
	for _, s := range segs {
		switch s.Kind {
		case Article:
			a.hDet = true
		case Proclitic:
			if a.pro != "" {
				a.pro += "|"
			}
			a.pro += s.Form
		case Enclitic:
			a.enc = s.Form
		case Suffix:
			a.infl += s.Form
		}
	}
	h := &a.h
	h.pre, h.preTag, h.pro = tpl(1).Field(a.id), tpl(46).Field(a.id), tpl(60).Field(a.pro)
	h.prePair, h.proPair = tpl(3).Field(a.id), tpl(62).Field(a.pro)
	h.suf, h.sufTag, h.enc = tpl(2).Field(a.id), tpl(47).Field(a.id), tpl(61).Field(a.enc)
	for i := range paradigm {
		h.paradigm0[i] = tpl(22).Byte(uint8(i)).Byte(0).Field(a.id)
	}
	return a
}

// bytesReader is a small helper for embedded models.
func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// WriteSegments writes the fine-grained segmentation of pretokenized
// sentences, one token a line as token<TAB>seg+seg+…, a blank line after
// each sentence (the --format segments output).
func (m *Model) WriteSegments(w io.Writer, sents [][]string) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for i, segs := range m.Segment(s) {
			bw.WriteString(s[i])
			bw.WriteByte('\t')
			bw.WriteString(strings.Join(segs, "+"))
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
