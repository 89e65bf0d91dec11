package entity

import (
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/morph"
)

// Feature templates. Their numbers are hashed into the feature keys and so
// are part of the model format: append, never renumber.
const (
	fBias byte = iota + 1
	fW0
	fS0
	fPre0
	fWm1
	fWp1
	fWm2
	fWp2
	fSm1
	fSp1
	fWm1W0
	fW0Wp1
	fPfx2
	fPfx3
	fSfx1
	fSfx2
	fSfx3
	fShape0
	fShape3
	fCf0
	fCc0
	fCfS0
	fCcS0
	fCfm1
	fCfp1
	fCcm1
	fCcp1
	fGaz0
	fGazm1
	fGazp1
	fGazm2
	fFreq0
	fCcm1Cc0
	fCc0Ccp1
	fGaz0Cc0
	fSm1S0
	fCfm2
	fCfp2
	fSm2
	fSp2
	fPfx1
	fSSfx2
	fMem0
	fMemM1
	fMemP1
	fMem0Cc0
	_ // retired templates (tried, not kept)
	_
	_
	_
	fMTag0 // morphology (models trained with TrainOptions.Morph)
	fMPat0
	fMStem0
	fMTagm1
	fMTagp1
	fMTag3
	fWUpos0 // words layer (models trained with TrainOptions.Words)
	fWPat0
	_ // retired: lemma, form of the host word, UPOS × cluster, lemmas at ±1
	_
	fWUposm1
	fWUposp1
	fWUpos3
	_
	_
	_
	_ // retired: character trigrams of the stem, prefix and suffix of 4
	_
	_
	fCtx0 // context statistics of the word and of its stem in raw news
	fCtxS0
	fNews0 // news copy (TrainOptions.News): a bias, the word, its coarse cluster, its gazetteer classes
	fNewsW0
	fNewsCc0
	fNewsGaz0
)

// tokInfo is what the features read about one token.
type tokInfo struct {
	w, s, pre  string // folded word, stem without proclitics, proclitics
	shape      string
	cf, cc     int    // fine and coarse cluster of w (-1 unknown)
	cfs, ccs   int    // clusters of s
	freq       int    // log2 bucket of the raw-text count of w
	ctx, ctxs  uint32 // context buckets of w and s (contexts.go)
	gaz        []string
	mem        []string // second pass: labels of the same word elsewhere
	mtag, mpat string   // morphology: the stem's Farasa tag, the token's tag pattern
	mstem      string   // the stem segment
	wi         wordInfo // words layer (zero: none)
	news       bool     // news copy under rasid's guidelines (newsFeatures)
	pfx1, pfx2 string
	pfx3       string
	sfx1, sfx2 string
	sfx3, ssf2 string
}

// padInfo stands for tokens outside the sentence.
var padInfo = tokInfo{w: "<s>", s: "<s>", shape: "pad", cf: -2, cc: -2, cfs: -2, ccs: -2, wi: wordInfo{upos: "<s>"}}

func runePrefix(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return s
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func runeSuffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return s
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// maxTokenBytes caps what is hashed of a token, so that odd input (a
// megabyte without spaces) costs no more than a long word.
const maxTokenBytes = 64

func clipToken(s string) string {
	if len(s) <= maxTokenBytes {
		return s
	}
	i := maxTokenBytes
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// infos computes the per-token information of a sentence; words holds
// the words of each token (nil when the model reads no words layer).
func (m *Model) infos(tokens []string, words [][]rasid.Word) []tokInfo {
	folded := make([]string, len(tokens))
	for i, t := range tokens {
		folded[i] = fold(clipToken(t))
	}
	out := make([]tokInfo, len(tokens))
	m.infosInto(out, tokens, folded, words, nil, nil, gazMemo{})
	return out
}

// infosInto is infos into out, with the tokens folded (clipped) given,
// a buffer for the gazetteer (returned for reuse) and, unless nil, the
// form information of each folded token (formOf). The gazetteer and
// memory lists of out's elements keep their arrays; the gazetteer's
// matches are kept in gz.
func (m *Model) infosInto(out []tokInfo, tokens, folded []string, words [][]rasid.Word, buf []string, forms []formInfo, gz gazMemo) []string {
	for i, w := range folded {
		ti := &out[i]
		*ti = tokInfo{gaz: ti.gaz[:0], mem: ti.mem[:0]}
		if forms != nil {
			forms[i].fill(ti, w)
		} else {
			f := m.formOf(w)
			f.fill(ti, w)
		}
		if words != nil {
			ti.wi = wordsInfo(words[i])
			if m.feat != featWords {
				ti.wi.pat = 0 // the part of speech for the rules, no features
			}
		}
	}
	if m.gaz != nil {
		buf = m.gaz.tagSentence(buf, out, gz)
	}
	if m.feat == featMorph {
		m.morphInfos(tokens, out)
	}
	return buf
}

// morphInfos adds the morphology of each token: the Farasa tag of its stem
// in context (NOUN, V, ADJ…), the pattern of its segments' tags
// (PREP+DET+NOUN+NSUFF) and the stem segment.
func (m *Model) morphInfos(tokens []string, out []tokInfo) {
	clipped := make([]string, len(tokens))
	for i, t := range tokens {
		clipped[i] = clipToken(t)
	}
	for i, a := range m.morph.AnalyzeSentence(clipped) {
		var pat []byte
		for k, sg := range a.Segs {
			if k > 0 {
				pat = append(pat, '+')
			}
			pat = append(pat, sg.Tag...)
			if sg.Kind == morph.Stem {
				out[i].mtag, out[i].mstem = sg.Tag, fold(sg.Form)
			}
		}
		out[i].mpat = string(pat)
	}
}

// features appends the feature keys of token i to dst.
func features(dst []uint64, in []tokInfo, i int) []uint64 {
	at := func(j int) *tokInfo {
		if j < 0 || j >= len(in) {
			return &padInfo
		}
		return &in[j]
	}
	t, m1, p1, m2, p2 := at(i), at(i-1), at(i+1), at(i-2), at(i+2)
	add := func(h learn.Hash) { dst = append(dst, uint64(h)) }
	add(learn.Template(fBias))
	add(learn.Template(fW0).Str(t.w))
	add(learn.Template(fS0).Str(t.s))
	add(learn.Template(fPre0).Str(t.pre))
	add(learn.Template(fWm1W0).Str(m1.w).Sep().Str(t.w))
	add(learn.Template(fW0Wp1).Str(t.w).Sep().Str(p1.w))
	add(learn.Template(fSm1S0).Str(m1.s).Sep().Str(t.s))
	add(learn.Template(fWm1).Str(m1.w))
	add(learn.Template(fWp1).Str(p1.w))
	add(learn.Template(fWm2).Str(m2.w))
	add(learn.Template(fWp2).Str(p2.w))
	add(learn.Template(fSm1).Str(m1.s))
	add(learn.Template(fSp1).Str(p1.s))
	add(learn.Template(fSm2).Str(m2.s))
	add(learn.Template(fSp2).Str(p2.s))
	add(learn.Template(fPfx1).Str(t.pfx1))
	add(learn.Template(fPfx2).Str(t.pfx2))
	add(learn.Template(fPfx3).Str(t.pfx3))
	add(learn.Template(fSfx1).Str(t.sfx1))
	add(learn.Template(fSfx2).Str(t.sfx2))
	add(learn.Template(fSfx3).Str(t.sfx3))
	add(learn.Template(fSSfx2).Str(t.ssf2))
	add(learn.Template(fShape0).Str(t.shape))
	add(learn.Template(fShape3).Str(m1.shape).Sep().Str(t.shape).Sep().Str(p1.shape))
	add(learn.Template(fFreq0).Int(t.freq))
	if t.cf != -1 {
		add(learn.Template(fCf0).Int(t.cf))
		add(learn.Template(fCc0).Int(t.cc))
	}
	if t.cfs != -1 {
		add(learn.Template(fCfS0).Int(t.cfs))
		add(learn.Template(fCcS0).Int(t.ccs))
	}
	add(learn.Template(fCfm1).Int(m1.cf))
	add(learn.Template(fCfp1).Int(p1.cf))
	add(learn.Template(fCcm1).Int(m1.cc))
	add(learn.Template(fCcp1).Int(p1.cc))
	add(learn.Template(fCfm2).Int(m2.cf))
	add(learn.Template(fCfp2).Int(p2.cf))
	add(learn.Template(fCcm1Cc0).Int(m1.cc).Int(t.cc))
	add(learn.Template(fCc0Ccp1).Int(t.cc).Int(p1.cc))
	dst = ctxFeatures(dst, fCtx0, t.ctx)
	dst = ctxFeatures(dst, fCtxS0, t.ctxs)
	dst = contextFeatures(dst, t, m1, p1, m2)
	return memFeatures(dst, in, i)
}

// contextFeatures appends the features of token t from the gazetteer, the
// morphology, the words layer and the news copy, given its neighbours m1,
// p1 and m2.
func contextFeatures(dst []uint64, t, m1, p1, m2 *tokInfo) []uint64 {
	add := func(h learn.Hash) { dst = append(dst, uint64(h)) }
	for _, g := range t.gaz {
		add(learn.Template(fGaz0).Str(g))
		add(learn.Template(fGaz0Cc0).Str(g).Int(t.cc))
	}
	for _, g := range m1.gaz {
		add(learn.Template(fGazm1).Str(g))
	}
	for _, g := range p1.gaz {
		add(learn.Template(fGazp1).Str(g))
	}
	for _, g := range m2.gaz {
		add(learn.Template(fGazm2).Str(g))
	}
	if t.mpat != "" {
		add(learn.Template(fMTag0).Str(t.mtag))
		add(learn.Template(fMPat0).Str(t.mpat))
		add(learn.Template(fMStem0).Str(t.mstem))
		add(learn.Template(fMTagm1).Str(m1.mtag))
		add(learn.Template(fMTagp1).Str(p1.mtag))
		add(learn.Template(fMTag3).Str(m1.mtag).Sep().Str(t.mtag).Sep().Str(p1.mtag))
	}
	if t.wi.pat != 0 {
		dst = wordFeatures(dst, t, m1, p1)
	}
	if t.news {
		dst = newsFeatures(dst, t)
	}
	return dst
}

// newsFeatures appends the news-copy features of a token: copies of a few
// features that learn where rasid's guidelines for news copy differ from
// ANERcorp's (the domain as a feature: the shared features learn from
// both, the copies only from the annotated articles).
func newsFeatures(dst []uint64, t *tokInfo) []uint64 {
	dst = append(dst, uint64(learn.Template(fNews0)), uint64(learn.Template(fNewsW0).Str(t.w)), uint64(learn.Template(fNewsCc0).Int(t.cc)))
	for _, g := range t.gaz {
		dst = append(dst, uint64(learn.Template(fNewsGaz0).Str(g)))
	}
	return dst
}

// setNews marks the tokens as news copy.
func setNews(in []tokInfo) {
	for i := range in {
		in[i].news = true
	}
}

// ctxFeatures appends one feature per context class with a bucket.
func ctxFeatures(dst []uint64, tmpl byte, ctx uint32) []uint64 {
	for k := 0; ctx != 0; k++ {
		if b := ctx & (1<<ctxBits - 1); b != 0 {
			dst = append(dst, uint64(learn.Template(tmpl).Int(k<<ctxBits|int(b))))
		}
		ctx >>= ctxBits
	}
	return dst
}

// memFeatures appends the second pass's memory features of token i.
func memFeatures(dst []uint64, in []tokInfo, i int) []uint64 {
	t := &in[i]
	for _, x := range t.mem {
		dst = append(dst, uint64(learn.Template(fMem0).Str(x)), uint64(learn.Template(fMem0Cc0).Str(x).Int(t.cc)))
	}
	if i > 0 {
		for _, x := range in[i-1].mem {
			dst = append(dst, uint64(learn.Template(fMemM1).Str(x)))
		}
	}
	if i+1 < len(in) {
		for _, x := range in[i+1].mem {
			dst = append(dst, uint64(learn.Template(fMemP1).Str(x)))
		}
	}
	return dst
}

func freqBucket(n int) int {
	b := 0
	for n > 0 {
		b++
		n >>= 1
	}
	return b
}
