package entity

import (
	"github.com/rasid/rasid/internal/learn"
)

// The scores of a token's form, summed in advance.
//
// Most of the entity model's features look at one token alone (its folded
// word, stem, proclitics, affixes, shape, clusters, raw-text count and
// context buckets) or at one neighbour alone (the word, stem and clusters
// of the token one or two before or after). What a folded form adds to its
// own scores, and to those of the tokens one and two after and before it,
// is then a property of the form: summed once (both passes' rows, as
// integers) and kept in formCache with what the features read of the form
// (formInfo), it is added as five vectors instead of looked up feature by
// feature in the weight table at every occurrence. The features that read
// two tokens at once (word and stem bigrams, the shape trigram, cluster
// pairs), the gazetteer's, the morphology's, the words layer's, the news
// copy's and the memory's are looked up per token as before
// (tokenFeatures). Scores are sums of integers, so the result is that of
// summing every feature's row, bit for bit; TestFormSums checks that the
// parts are exactly the keys of features and that the sums agree.

// The five vectors of a form, in the order they are stored.
const (
	fsSelf  = iota // what the form gives its own token
	fsPrev         // ... the token after it
	fsPrev2        // ... the token two after it
	fsNext         // ... the token before it
	fsNext2        // ... the token two before it
	fsSides
)

// formLen is the length of a form's vectors: fsSides rows of both passes.
const formLen = fsSides * stride

// formInfo is what the features read of a folded form alone; the strings
// are given as byte offsets into the form.
type formInfo struct {
	pre              int32 // proclitics w[:pre], stem w[pre:]
	pfx1, pfx2, pfx3 int32 // ends of the stem's first 1, 2, 3 letters
	sfx1, sfx2, sfx3 int32 // starts of the form's last 1, 2, 3 letters
	ssf2             int32 // start of the stem's last two letters
	cf, cc, cfs, ccs int32
	freq             int32
	ctx, ctxs        uint32
	shape            string
}

// formOf computes the form information of the folded word w.
func (m *Model) formOf(w string) formInfo {
	pre, s := cliticSplit(w)
	var f formInfo
	var cf, cc, cfs, ccs, freq int
	cf, cc, freq, f.ctx = m.clusters.lookup(w)
	cfs, ccs, _, f.ctxs = m.clusters.lookup(s)
	if s == w {
		f.ctxs = 0 // the same features twice
	}
	f.cf, f.cc, f.cfs, f.ccs, f.freq = int32(cf), int32(cc), int32(cfs), int32(ccs), int32(freq)
	n := int32(len(pre))
	f.pre = n
	f.pfx1, f.pfx2, f.pfx3 = n+int32(len(runePrefix(s, 1))), n+int32(len(runePrefix(s, 2))), n+int32(len(runePrefix(s, 3)))
	e := int32(len(w))
	f.sfx1, f.sfx2, f.sfx3 = e-int32(len(runeSuffix(w, 1))), e-int32(len(runeSuffix(w, 2))), e-int32(len(runeSuffix(w, 3)))
	f.ssf2 = e - int32(len(runeSuffix(s, 2)))
	f.shape = shape(w)
	return f
}

// fill sets the form fields of ti, whose folded word is w.
func (f *formInfo) fill(ti *tokInfo, w string) {
	ti.w, ti.pre, ti.s = w, w[:f.pre], w[f.pre:]
	ti.shape = f.shape
	ti.cf, ti.cc, ti.cfs, ti.ccs = int(f.cf), int(f.cc), int(f.cfs), int(f.ccs)
	ti.freq, ti.ctx, ti.ctxs = int(f.freq), f.ctx, f.ctxs
	ti.pfx1, ti.pfx2, ti.pfx3 = w[f.pre:f.pfx1], w[f.pre:f.pfx2], w[f.pre:f.pfx3]
	ti.sfx1, ti.sfx2, ti.sfx3 = w[f.sfx1:], w[f.sfx2:], w[f.sfx3:]
	ti.ssf2 = w[f.ssf2:]
}

// formFeatures appends the features that token t's form gives from side
// (fsSelf: to itself; fsPrev: to the token after it, and so on).
func formFeatures(dst []uint64, t *tokInfo, side int) []uint64 {
	add := func(h learn.Hash) { dst = append(dst, uint64(h)) }
	switch side {
	case fsSelf:
		add(learn.Template(fBias))
		add(learn.Template(fW0).Str(t.w))
		add(learn.Template(fS0).Str(t.s))
		add(learn.Template(fPre0).Str(t.pre))
		add(learn.Template(fPfx1).Str(t.pfx1))
		add(learn.Template(fPfx2).Str(t.pfx2))
		add(learn.Template(fPfx3).Str(t.pfx3))
		add(learn.Template(fSfx1).Str(t.sfx1))
		add(learn.Template(fSfx2).Str(t.sfx2))
		add(learn.Template(fSfx3).Str(t.sfx3))
		add(learn.Template(fSSfx2).Str(t.ssf2))
		add(learn.Template(fShape0).Str(t.shape))
		add(learn.Template(fFreq0).Int(t.freq))
		if t.cf != -1 {
			add(learn.Template(fCf0).Int(t.cf))
			add(learn.Template(fCc0).Int(t.cc))
		}
		if t.cfs != -1 {
			add(learn.Template(fCfS0).Int(t.cfs))
			add(learn.Template(fCcS0).Int(t.ccs))
		}
		dst = ctxFeatures(dst, fCtx0, t.ctx)
		dst = ctxFeatures(dst, fCtxS0, t.ctxs)
	case fsPrev:
		add(learn.Template(fWm1).Str(t.w))
		add(learn.Template(fSm1).Str(t.s))
		add(learn.Template(fCfm1).Int(t.cf))
		add(learn.Template(fCcm1).Int(t.cc))
	case fsPrev2:
		add(learn.Template(fWm2).Str(t.w))
		add(learn.Template(fSm2).Str(t.s))
		add(learn.Template(fCfm2).Int(t.cf))
	case fsNext:
		add(learn.Template(fWp1).Str(t.w))
		add(learn.Template(fSp1).Str(t.s))
		add(learn.Template(fCfp1).Int(t.cf))
		add(learn.Template(fCcp1).Int(t.cc))
	case fsNext2:
		add(learn.Template(fWp2).Str(t.w))
		add(learn.Template(fSp2).Str(t.s))
		add(learn.Template(fCfp2).Int(t.cf))
	}
	return dst
}

// tokenFeatures appends the features of token i that are not a property
// of one form: those of features less those of formFeatures and the
// memory's (memFeatures).
func tokenFeatures(dst []uint64, in []tokInfo, i int) []uint64 {
	at := func(j int) *tokInfo {
		if j < 0 || j >= len(in) {
			return &padInfo
		}
		return &in[j]
	}
	t, m1, p1, m2 := at(i), at(i-1), at(i+1), at(i-2)
	add := func(h learn.Hash) { dst = append(dst, uint64(h)) }
	add(learn.Template(fWm1W0).Str(m1.w).Sep().Str(t.w))
	add(learn.Template(fW0Wp1).Str(t.w).Sep().Str(p1.w))
	add(learn.Template(fSm1S0).Str(m1.s).Sep().Str(t.s))
	add(learn.Template(fShape3).Str(m1.shape).Sep().Str(t.shape).Sep().Str(p1.shape))
	add(learn.Template(fCcm1Cc0).Int(m1.cc).Int(t.cc))
	add(learn.Template(fCc0Ccp1).Int(t.cc).Int(p1.cc))
	return contextFeatures(dst, t, m1, p1, m2)
}

// rowBatch is how many keys addRows looks up at once.
const rowBatch = 16

// addRows adds both passes' rows of the given feature keys to acc. The
// table is tens of megabytes read at random: the first slot of each key of
// a batch is read before any is compared, so that the reads' cache misses
// overlap instead of waiting for one another (most keys are in their first
// slot, or it is empty).
func (t *table) addRows(acc *[stride]int32, keys []uint64) {
	var at, first [rowBatch]uint64
	for len(keys) > 0 {
		n := min(len(keys), rowBatch)
		for j, k := range keys[:n] {
			i := probeStart(k) & t.mask
			at[j], first[j] = i, t.slots[i].key
		}
		for j, k := range keys[:n] {
			r := int32(-1)
			switch {
			case first[j] == k && k != 0:
				r = int32(at[j])
			case first[j] != 0 || k == 0:
				r = t.find(k)
			}
			if r >= 0 {
				w := &t.slots[r].w
				for c := range acc {
					acc[c] += int32(w[c])
				}
			}
		}
		keys = keys[n:]
	}
}

// formVectors computes the five vectors of form f of the folded word w
// into v (formLen).
func (m *Model) formVectors(v []int32, w string, f *formInfo) {
	var ti tokInfo
	f.fill(&ti, w)
	sideVectors(m.tab, v, &ti)
}

// sideVectors computes the five vectors of the token information ti.
func sideVectors(t *table, v []int32, ti *tokInfo) {
	var arr [48]uint64
	for s := range fsSides {
		var acc [stride]int32
		t.addRows(&acc, formFeatures(arr[:0], ti, s))
		copy(v[s*stride:(s+1)*stride], acc[:])
	}
}

// addVector adds one stride of v to acc.
func addVector(acc *[stride]int32, v []int32) {
	v = v[:stride]
	for c := range acc {
		acc[c] += v[c]
	}
}

// addVector16 adds one stride of v to acc.
func addVector16(acc *[stride]int32, v []int16) {
	v = v[:stride]
	for c := range acc {
		acc[c] += int32(v[c])
	}
}
