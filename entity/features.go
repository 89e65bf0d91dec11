package entity

import (
	"unicode/utf8"
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
)

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

type hasher uint64

func newHash(t byte) hasher {
	return hasher((fnvOffset ^ uint64(t)) * fnvPrime)
}

func (h hasher) str(s string) hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	return hasher(x)
}

func (h hasher) sep() hasher { return hasher((uint64(h) ^ 0xff) * fnvPrime) }

func (h hasher) num(n int) hasher {
	x := uint64(h)
	for i := 0; i < 4; i++ {
		x ^= uint64(n & 0xff)
		x *= fnvPrime
		n >>= 8
	}
	return hasher(x)
}

// tokInfo is what the features read about one token.
type tokInfo struct {
	w, s, pre  string // folded word, stem without proclitics, proclitics
	shape      string
	cf, cc     int // fine and coarse cluster of w (-1 unknown)
	cfs, ccs   int // clusters of s
	freq       int // log2 bucket of the raw-text count of w
	gaz        []string
	mem        []string // second pass: labels of the same word elsewhere
	pfx1, pfx2 string
	pfx3       string
	sfx1, sfx2 string
	sfx3, ssf2 string
}

// padInfo stands for tokens outside the sentence.
var padInfo = tokInfo{w: "<s>", s: "<s>", shape: "pad", cf: -2, cc: -2, cfs: -2, ccs: -2}

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

// infos computes the per-token information of a sentence.
func (m *Model) infos(tokens []string) []tokInfo {
	out := make([]tokInfo, len(tokens))
	for i, t := range tokens {
		w := fold(clipToken(t))
		pre, s := cliticSplit(w)
		ti := &out[i]
		ti.w, ti.s, ti.pre = w, s, pre
		ti.shape = shape(w)
		ti.cf, ti.cc, ti.freq = m.clusters.lookup(w)
		ti.cfs, ti.ccs, _ = m.clusters.lookup(s)
		ti.pfx1, ti.pfx2, ti.pfx3 = runePrefix(s, 1), runePrefix(s, 2), runePrefix(s, 3)
		ti.sfx1, ti.sfx2, ti.sfx3 = runeSuffix(w, 1), runeSuffix(w, 2), runeSuffix(w, 3)
		ti.ssf2 = runeSuffix(s, 2)
	}
	if m.gaz != nil {
		m.gaz.tagSentence(tokens, out)
	}
	return out
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
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	add(newHash(fBias))
	add(newHash(fW0).str(t.w))
	add(newHash(fS0).str(t.s))
	add(newHash(fPre0).str(t.pre))
	add(newHash(fWm1W0).str(m1.w).sep().str(t.w))
	add(newHash(fW0Wp1).str(t.w).sep().str(p1.w))
	add(newHash(fSm1S0).str(m1.s).sep().str(t.s))
	add(newHash(fWm1).str(m1.w))
	add(newHash(fWp1).str(p1.w))
	add(newHash(fWm2).str(m2.w))
	add(newHash(fWp2).str(p2.w))
	add(newHash(fSm1).str(m1.s))
	add(newHash(fSp1).str(p1.s))
	add(newHash(fSm2).str(m2.s))
	add(newHash(fSp2).str(p2.s))
	add(newHash(fPfx1).str(t.pfx1))
	add(newHash(fPfx2).str(t.pfx2))
	add(newHash(fPfx3).str(t.pfx3))
	add(newHash(fSfx1).str(t.sfx1))
	add(newHash(fSfx2).str(t.sfx2))
	add(newHash(fSfx3).str(t.sfx3))
	add(newHash(fSSfx2).str(t.ssf2))
	add(newHash(fShape0).str(t.shape))
	add(newHash(fShape3).str(m1.shape).sep().str(t.shape).sep().str(p1.shape))
	add(newHash(fFreq0).num(t.freq))
	if t.cf != -1 {
		add(newHash(fCf0).num(t.cf))
		add(newHash(fCc0).num(t.cc))
	}
	if t.cfs != -1 {
		add(newHash(fCfS0).num(t.cfs))
		add(newHash(fCcS0).num(t.ccs))
	}
	add(newHash(fCfm1).num(m1.cf))
	add(newHash(fCfp1).num(p1.cf))
	add(newHash(fCcm1).num(m1.cc))
	add(newHash(fCcp1).num(p1.cc))
	add(newHash(fCfm2).num(m2.cf))
	add(newHash(fCfp2).num(p2.cf))
	add(newHash(fCcm1Cc0).num(m1.cc).num(t.cc))
	add(newHash(fCc0Ccp1).num(t.cc).num(p1.cc))
	for _, g := range t.gaz {
		add(newHash(fGaz0).str(g))
		add(newHash(fGaz0Cc0).str(g).num(t.cc))
	}
	for _, g := range m1.gaz {
		add(newHash(fGazm1).str(g))
	}
	for _, g := range p1.gaz {
		add(newHash(fGazp1).str(g))
	}
	for _, g := range m2.gaz {
		add(newHash(fGazm2).str(g))
	}
	return memFeatures(dst, in, i)
}

// memFeatures appends the second pass's memory features of token i.
func memFeatures(dst []uint64, in []tokInfo, i int) []uint64 {
	t := &in[i]
	for _, x := range t.mem {
		dst = append(dst, uint64(newHash(fMem0).str(x)), uint64(newHash(fMem0Cc0).str(x).num(t.cc)))
	}
	if i > 0 {
		for _, x := range in[i-1].mem {
			dst = append(dst, uint64(newHash(fMemM1).str(x)))
		}
	}
	if i+1 < len(in) {
		for _, x := range in[i+1].mem {
			dst = append(dst, uint64(newHash(fMemP1).str(x)))
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
