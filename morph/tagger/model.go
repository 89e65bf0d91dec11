package tagger

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rasid/rasid/internal/learn"
)

// Analysis is the tagger's output for one word.
type Analysis struct {
	UPOS     string // UD v2 universal part of speech
	Lemma    string // undiacritized lemma
	LemmaVoc string // diacritized lemma, "" when the model does not know it
	Feats    string // UD v2 FEATS ("Gender=Fem|Number=Sing"), "" for none
	Root     string // 3 or 4 Arabic consonants, "" for particles and foreign names
}

// attribute is one FEATS attribute with its values. Value 0 of its block
// in a FEATS classifier means "absent".
type attribute struct {
	Name   string
	Values []string
}

// Model is a trained tagger. It is safe for concurrent use by Tag.
type Model struct {
	command string   // the training command, for the file header
	tags    []string // UPOS classes
	tagIdx  map[string]int
	upos    *learn.Quant // UPOS classifier (quantized weights)

	attrs   []attribute
	attrsOf [][]int        // by UPOS class: the attributes words of that class carry
	offsets [][]int        // by UPOS class: first class of each attribute's block
	feats   []*learn.Quant // by UPOS class: the FEATS classifier (nil: no attributes)

	lemmaDict map[key]string // (form, UPOS) → lemma
	scripts   *scriptIndex
	lemmaW    *learn.Pairs
	vocDict   map[key]string    // (lemma, UPOS) → vocalized lemma
	vocAny    map[string]string // lemma → vocalized lemma
	rootDict  map[key]string    // (lemma, UPOS) → root
	rootAny   map[string]string // lemma → root
	patterns  map[int][]rootPattern
	names     *table // name lexicon (see nameLexicon)
	tagDict   *table // folded form → commonest UPOS class
	clusters  *table // folded form → word cluster

	// known numbers the forms seen in training (built by freeze);
	// knownWords[f] caches, once the f-th form has been met, its lexicon
	// features and the UPOS scores of the features that depend on the word
	// alone (knownForm). lemmaPairs are lemmaDict's keys in order, the
	// pairs of the f-th form starting at knownStarts[f].
	known       map[string]int32
	knownStarts []int32
	knownWords  []atomic.Pointer[knownWord]
	lemmaPairs  []key
	lemmaVals   []string // lemmaVals[i] = lemmaDict[lemmaPairs[i]]
	lemmaOnce   sync.Once
	// featsIntern holds the FEATS strings seen in training, so that
	// tagging does not allocate them.
	featsIntern map[string]string
	featStrings []string
	pool        sync.Pool
	// edge and tagPair are UPOS scores of the context summed in advance
	// (compileContext): the sentence boundaries', and the previous two
	// tags'.
	edge, tagPair []int32
	// outputW are the lemma scripts' output feature weights by UPOS class
	// and outputKind (compileOutput).
	outputW []float32

	// Bounded caches of what depends on a new form alone (emptied when
	// full): its feature strings (wordInfo) and its lemma guesses
	// (guessLemma).
	newMu   sync.RWMutex
	newWord map[string]*knownWord
	guessMu sync.RWMutex
	guessed map[key]guess
}

// key is a dictionary key: a form or lemma with a UPOS class number.
type key struct {
	s   string
	tag uint8
}

// knownWord is the cached information on a form seen in training.
type knownWord struct {
	wi                     wordInfo // the form's feature strings (kw nil)
	self                   []int32  // UPOS scores of the word-alone features
	side                   []int32  // what it adds to its neighbours' UPOS scores (sideScores)
	name, stem, dict, clus string
	lemma                  string // commonest lemma over all tags
	analyses               []knownAnalysis
}

// knownAnalysis caches what the model says of a known form with one of
// the tags it was seen with.
type knownAnalysis struct {
	tag              uint8
	lemma, voc, root string
	feats            []int32 // FEATS scores of the word-alone features
}

// buffers are the per-call scratch space of Tag.
type buffers struct {
	ws     []wordInfo
	feats  []uint64
	scores []int32
	cands  []int32
	tags   []int
	names  []string
}

func (m *Model) buffers() *buffers {
	if b, ok := m.pool.Get().(*buffers); ok {
		return b
	}
	return &buffers{}
}

// Tag analyses the words of one sentence (UD-scheme syntactic words as the
// segmenter produces them; diacritics are ignored). len(result) ==
// len(words); an empty or odd word gets a best-effort analysis.
func (m *Model) Tag(words []string) []Analysis {
	return m.TagInto(nil, words)
}

// TagInto is Tag writing the analyses into dst's memory when its capacity
// allows (dst's contents are overwritten), so that a caller tagging many
// sentences can reuse one slice.
func (m *Model) TagInto(dst []Analysis, words []string) []Analysis {
	return tagWith(m, dst, words, func(w string) wordInfo { return m.wordInfo(Strip(w)) })
}

// Word is what the model knows of one word form (Lookup): a caller meeting
// the form again can keep it and tag with TagWordsInto without looking the
// form up again.
type Word struct{ kw *knownWord }

// Lookup returns what the model knows of the word form w (as Tag reads
// it: marks are stripped).
func (m *Model) Lookup(w string) Word { return Word{m.wordInfo(Strip(w)).kw} }

// info is the word's information as wordInfo returns it.
func (w Word) info() wordInfo {
	wi := w.kw.wi
	wi.kw = w.kw
	return wi
}

// TagWordsInto is TagInto of the forms the words were looked up with.
func (m *Model) TagWordsInto(dst []Analysis, words []Word) []Analysis {
	return tagWith(m, dst, words, Word.info)
}

// tagWith tags words, each read by info, into dst's memory when its
// capacity allows.
func tagWith[W any](m *Model, dst []Analysis, words []W, info func(W) wordInfo) []Analysis {
	var out []Analysis
	if cap(dst) >= len(words) {
		out = dst[:len(words)]
		clear(out)
	} else {
		out = make([]Analysis, len(words))
	}
	if len(words) == 0 {
		return out
	}
	b := m.buffers()
	defer m.pool.Put(b)
	b.ws = b.ws[:0]
	for _, w := range words {
		b.ws = append(b.ws, info(w))
	}
	return m.tagInfos(b, out)
}

// tagInfos tags the words of b.ws into out (of the same length).
func (m *Model) tagInfos(b *buffers, out []Analysis) []Analysis {
	b.tags, b.names = m.predictTags(b, b.ws, b.tags[:0], b.names[:0])
	for i := range out {
		t := b.tags[i]
		out[i].UPOS = m.tags[t]
		var ka *knownAnalysis
		if kw := b.ws[i].kw; kw != nil {
			for j := range kw.analyses {
				if int(kw.analyses[j].tag) == t {
					ka = &kw.analyses[j]
					break
				}
			}
		}
		out[i].Feats = m.predictFeats(b, b.ws, b.names, t, i, ka)
		if ka != nil {
			out[i].Lemma, out[i].LemmaVoc, out[i].Root = ka.lemma, ka.voc, ka.root
			continue
		}
		out[i].Lemma, out[i].LemmaVoc, out[i].Root = m.guessLemma(b, &b.ws[i], t)
	}
	return out
}

// guessLemma returns the lemma, vocalized lemma and root of a word with
// UPOS class t that was not seen in training with that tag. They depend on
// the form and the tag alone, and are kept in a bounded cache: new words
// (names above all) recur within and across articles.
func (m *Model) guessLemma(b *buffers, w *wordInfo, t int) (lemma, voc, root string) {
	k := key{w.form, uint8(t)}
	m.guessMu.RLock()
	g, ok := m.guessed[k]
	m.guessMu.RUnlock()
	if ok {
		return g.lemma, g.voc, g.root
	}
	lemma = m.lemma(b, w, t)
	voc, root = m.vocalized(lemma, t), m.root(lemma, t)
	m.guessMu.Lock()
	if len(m.guessed) >= guessMax || m.guessed == nil {
		m.guessed = make(map[key]guess, 1024)
	}
	m.guessed[k] = guess{lemma, voc, root}
	m.guessMu.Unlock()
	return lemma, voc, root
}

// guess is a cached guessLemma result.
type guess struct{ lemma, voc, root string }

// guessMax and newMax bound the caches of new words.
const (
	guessMax = 1 << 15
	newMax   = 1 << 14
)

// predictTags runs the greedy left-to-right UPOS tagger.
func (m *Model) predictTags(b *buffers, ws []wordInfo, tags []int, names []string) ([]int, []string) {
	n := len(m.tags)
	if cap(b.scores) < n {
		b.scores = make([]int32, n)
	}
	if m.tagPair != nil && sided(ws) {
		return m.predictSided(b, ws, tags, names)
	}
	for i := range ws {
		t1, t2 := prevTwo(names, i)
		scores := b.scores[:n]
		if kw := ws[i].kw; kw != nil {
			copy(scores, kw.self)
			b.feats = uposContext(b.feats[:0], ws, i)
		} else {
			clear(scores)
			b.feats = uposStatic(b.feats[:0], ws, i)
		}
		b.feats = uposDynamic(b.feats, &ws[i], t1, t2)
		m.upos.Add(b.feats, scores)
		t := argmax(scores)
		tags = append(tags, t)
		names = append(names, m.tags[t])
	}
	return tags, names
}

func argmax[T int32 | float32](s []T) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

// predictFeats returns the FEATS string of word i.
func (m *Model) predictFeats(b *buffers, ws []wordInfo, tags []string, ti, i int, ka *knownAnalysis) string {
	if len(m.attrsOf[ti]) == 0 {
		return ""
	}
	d := m.feats[ti]
	n := d.N
	if cap(b.scores) < n {
		b.scores = make([]int32, n)
	}
	scores := b.scores[:n]
	if ka != nil && len(ka.feats) == n {
		copy(scores, ka.feats)
		b.feats = featsContext(b.feats[:0], ws, tags, i)
	} else {
		clear(scores)
		b.feats = featsFeatures(b.feats[:0], ws, tags, i)
	}
	d.Add(b.feats, scores)
	// Attributes are sorted by name, so the string comes out in UD order.
	var buf [128]byte
	s := buf[:0]
	for k, a := range m.attrsOf[ti] {
		at := &m.attrs[a]
		off := m.offsets[ti][k]
		v := argmax(scores[off : off+len(at.Values)+1])
		if v == 0 {
			continue
		}
		if len(s) > 0 {
			s = append(s, '|')
		}
		s = append(s, at.Name...)
		s = append(s, '=')
		s = append(s, at.Values[v-1]...)
	}
	if f, ok := m.featsIntern[string(s)]; ok {
		return f
	}
	return string(s)
}

// lemma returns the undiacritized lemma of a word with the given UPOS.
func (m *Model) lemma(b *buffers, w *wordInfo, t int) string {
	form := w.form
	if form == "" {
		return ""
	}
	// A form seen in training with tag t has its analysis cached (Tag uses
	// it); one seen with other tags only is a known word here.
	if kw := w.kw; kw != nil && kw.lemma != "" {
		// Seen with another tag: its lemma then is a safer guess than an
		// edit script.
		return kw.lemma
	}
	upos := m.tags[t]
	switch upos {
	case "PUNCT", "NUM", "SYM", "X", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "INTJ":
		return form
	case "PROPN":
		// Unknown names are mostly foreign: their lemma is the name as
		// written, without the article.
		if rest, ok := strings.CutPrefix(form, "ال"); ok && runeLen(rest) >= 2 {
			return rest
		}
		return form
	}
	if shape(form) != shapeArabic {
		return form
	}
	if len(form) > 4*maxWordBytes {
		return form
	}
	b.feats = lemmaFeatures(b.feats[:0], w, upos)
	b.cands = m.scripts.candidates(b.cands[:0], form)
	best := m.bestScript(b.feats, b.cands, form, t)
	if best < 0 {
		return form
	}
	return m.scripts.scripts[best].apply(form)
}

// outputFeature describes the lemma script c would give form: whether it
// is a word of the raw news text (the 100,000 commonest have clusters), for
// lemmas are ordinary words while wrong cuts often are not.
func (m *Model) outputFeature(form string, t, c int) uint64 {
	return f2(lOutput, m.tags[t], outputKinds[m.outputKind(form, c)])
}

// outputKinds are the values of the output feature, by outputKind.
var outputKinds = [...]string{"id", "raw", "-"}

// outputKind is the index in outputKinds of what lemma script c gives
// form: the identity script (the form itself is always a text word), a
// word of the raw text, or neither.
func (m *Model) outputKind(form string, c int) int {
	s := m.scripts.scripts[c]
	if s.CutPre == "" && s.CutSuf == "" && s.AddPre == "" && s.AddSuf == "" {
		return 0
	}
	if _, seen := m.clusters.get(normForm(s.apply(form))); seen {
		return 1
	}
	return 2
}

// outputScore is lemmaW.Score1(m.outputFeature(form, t, c)), read from
// the table of the frozen model's weights (outputW) when there is one.
func (m *Model) outputScore(form string, t, c int) float32 {
	if m.outputW == nil {
		return m.lemmaW.Score1(m.outputFeature(form, t, c))
	}
	return m.outputW[t*len(outputKinds)+m.outputKind(form, c)]
}

// compileOutput fills outputW: the weights of the output feature's values
// for each UPOS class, looked up once.
func (m *Model) compileOutput() {
	m.outputW = nil
	if m.lemmaW == nil {
		return
	}
	w := make([]float32, len(m.tags)*len(outputKinds))
	for t, upos := range m.tags {
		for k, v := range outputKinds {
			w[t*len(outputKinds)+k] = m.lemmaW.Score1(f2(lOutput, upos, v))
		}
	}
	m.outputW = w
}

// maxWordBytes bounds the work spent on one very long token.
const maxWordBytes = 64

func (m *Model) vocalized(lemma string, t int) string {
	if v, ok := m.vocDict[key{lemma, uint8(t)}]; ok {
		return v
	}
	return m.vocAny[lemma]
}

func (m *Model) root(lemma string, t int) string {
	upos := m.tags[t]
	if rootless[upos] || lemma == "" {
		return ""
	}
	if r, ok := m.rootDict[key{lemma, uint8(t)}]; ok {
		return r
	}
	if r, ok := m.rootAny[lemma]; ok {
		return r
	}
	if upos == "PROPN" || !isArabicWord(lemma) {
		// A name with no root evidence is taken to be foreign.
		return ""
	}
	L := []rune(lemma)
	for i := range m.patterns[len(L)] {
		if r := m.patterns[len(L)][i].extract(L); r != "" {
			return r
		}
	}
	return ""
}

// layout computes the block offsets of each UPOS class's FEATS classifier
// and returns the number of classes of each.
func (m *Model) layout() []int {
	m.offsets = make([][]int, len(m.attrsOf))
	sizes := make([]int, len(m.attrsOf))
	for ti, as := range m.attrsOf {
		off := 0
		for _, a := range as {
			m.offsets[ti] = append(m.offsets[ti], off)
			off += len(m.attrs[a].Values) + 1
		}
		sizes[ti] = off
	}
	return sizes
}

func (m *Model) wordInfo(form string) wordInfo {
	if kw := m.knownForm(form); kw != nil {
		return Word{kw}.info()
	}
	m.newMu.RLock()
	kw, ok := m.newWord[form]
	m.newMu.RUnlock()
	if !ok {
		kw = m.newForm(form)
		m.newMu.Lock()
		if len(m.newWord) >= newMax || m.newWord == nil {
			m.newWord = make(map[string]*knownWord, 1024)
		}
		m.newWord[kw.wi.form] = kw
		m.newMu.Unlock()
	}
	return Word{kw}.info()
}

// newForm computes what the model says of a form not seen in training
// from the form alone: its feature strings and the UPOS scores of the
// features that depend on the word alone (Tag adds the context's to them:
// the same additions in the same order as scoring all the features at
// once). It has no analyses and no lemma.
func (m *Model) newForm(form string) *knownWord {
	// A copy of the form: the cache must not keep the document it was
	// cut from alive.
	wi := m.wordInfoWith(strings.Clone(form), m.tagDict)
	kw := &knownWord{wi: wi, self: make([]int32, len(m.tags)), name: wi.name, stem: wi.stem, dict: wi.dict, clus: wi.clus}
	var arr [96]uint64
	m.upos.Add(uposSelf(arr[:0], &wi), kw.self)
	kw.side = m.sideScores(&wi)
	return kw
}

// wordInfoWith computes a word's feature strings with the given tag
// dictionary; training passes dictionaries that leave out the word's own
// sentence (jackknifing) so that dictionary features are as reliable in
// training as they will be on new text.
func (m *Model) wordInfoWith(form string, dict tagLookup) wordInfo {
	wi := newWordInfo(form)
	wi.name = "-"
	if v, ok := m.names.get(form); ok {
		wi.name = smallNumber(int(v))
	}
	wi.stem = stemTag(dict, m.tags, wi.norm)
	wi.clus = "-"
	if c, ok := m.clusters.get(wi.norm); ok {
		wi.clus = smallNumber(int(c))
	}
	wi.dict = "-"
	if t, ok := dict.tag(wi.norm); ok {
		wi.dict = m.tags[t]
	}
	if shape(form) == shapeArabic {
		wi.setGrams()
	}
	return wi
}

// freeze prepares a trained or loaded model for tagging: it indexes the
// forms seen in training. What the model says of each of them (its lexicon
// features, the UPOS and FEATS scores of the features that depend on the
// word alone, and its lemma, vocalized lemma and root under each tag it was
// seen with) is computed on the form's first use and kept (knownAt), so
// that loading does not pay for the forms a run never meets.
func (m *Model) freeze() {
	pairs := m.lemmaPairs
	if pairs == nil {
		pairs = make([]key, 0, len(m.lemmaDict))
		for k := range m.lemmaDict {
			pairs = append(pairs, k)
		}
		sort.Slice(pairs, func(i, j int) bool {
			if pairs[i].s != pairs[j].s {
				return pairs[i].s < pairs[j].s
			}
			return pairs[i].tag < pairs[j].tag
		})
		m.lemmaPairs = pairs
		m.lemmaVals = make([]string, len(pairs))
		for i, k := range pairs {
			m.lemmaVals[i] = m.lemmaDict[k]
		}
	}
	// starts[f] is the first pair of the f-th form.
	starts := make([]int32, 0, len(pairs)/2+1)
	known := make(map[string]int32, len(pairs)/2+1)
	for i, k := range pairs {
		if i == 0 || k.s != pairs[i-1].s {
			known[k.s] = int32(len(starts))
			starts = append(starts, int32(i))
		}
	}
	starts = append(starts, int32(len(pairs)))
	m.known = known
	m.knownStarts = starts
	m.knownWords = make([]atomic.Pointer[knownWord], len(starts)-1)
	m.featsIntern = make(map[string]string, len(m.featStrings))
	for _, f := range m.featStrings {
		m.featsIntern[f] = f
	}
	if m.upos != nil {
		m.compileContext()
	}
	m.compileOutput()
}

// lemmaMap returns the lemma dictionary as a map (a loaded model keeps
// it as sorted pairs and builds the map on demand, for Save and Eval).
func (m *Model) lemmaMap() map[key]string {
	m.lemmaOnce.Do(func() {
		if m.lemmaDict != nil {
			return
		}
		d := make(map[key]string, len(m.lemmaPairs))
		for i, k := range m.lemmaPairs {
			d[k] = m.lemmaVals[i]
		}
		m.lemmaDict = d
	})
	return m.lemmaDict
}

// knownForm returns the cached information on a form seen in training, or
// nil for a new form.
func (m *Model) knownForm(form string) *knownWord {
	f, ok := m.known[form]
	if !ok {
		return nil
	}
	if kw := m.knownWords[f].Load(); kw != nil {
		return kw
	}
	kw := m.computeKnown(f)
	if !m.knownWords[f].CompareAndSwap(nil, kw) {
		return m.knownWords[f].Load()
	}
	return kw
}

// computeKnown computes what the model says of the f-th known form. It only
// reads the model: concurrent calls for one form compute equal values.
func (m *Model) computeKnown(f int32) *knownWord {
	lo, hi := m.knownStarts[f], m.knownStarts[f+1]
	forms, lemmas := m.lemmaPairs[lo:hi], m.lemmaVals[lo:hi]
	first := forms[0]
	lemmaOf := func(t uint8) string {
		for i, k := range forms {
			if k.tag == t {
				return lemmas[i]
			}
		}
		return ""
	}
	n := len(m.tags)
	wi := m.wordInfoWith(first.s, m.tagDict)
	var arr [96]uint64
	buf := uposSelf(arr[:0], &wi)
	kw := &knownWord{wi: wi, self: make([]int32, n), name: wi.name, stem: wi.stem, dict: wi.dict, clus: wi.clus}
	m.upos.Add(buf, kw.self)
	kw.side = m.sideScores(&wi)
	// The form's lemma over all tags: that of its commonest tag.
	if t, ok := m.tagDict.tag(wi.norm); ok {
		kw.lemma = lemmaOf(t)
	}
	if kw.lemma == "" {
		kw.lemma = lemmas[0]
	}
	kw.analyses = make([]knownAnalysis, 0, len(forms))
	for i, k := range forms {
		t := int(k.tag)
		lemma := lemmas[i]
		ka := knownAnalysis{tag: k.tag, lemma: lemma, voc: m.vocalized(lemma, t), root: m.root(lemma, t)}
		if d := m.feats[t]; d != nil {
			buf = featsSelf(buf[:0], &wi, m.tags[t])
			ka.feats = make([]int32, d.N)
			d.Add(buf, ka.feats)
		}
		kw.analyses = append(kw.analyses, ka)
	}
	return kw
}

// prevTwo returns the names of the two tags before word i (bos before the
// sentence).
func prevTwo(names []string, i int) (t1, t2 string) {
	t1, t2 = bos, bos
	if i > 0 {
		t1 = names[i-1]
	}
	if i > 1 {
		t2 = names[i-2]
	}
	return t1, t2
}
