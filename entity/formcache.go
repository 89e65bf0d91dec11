package entity

import (
	"hash/maphash"
	"math"
	"sync"
)

// formCache keeps the form information and vectors (forms.go) of the
// forms met, up to perShard forms in each of its shards; forms met after
// their shard is full are computed at each occurrence. It holds no
// pointers but its shards' few vector chunks (the collector does not
// scan it), and keeps a form's vectors as int16 when they fit (forms
// whose sums do not fit are computed at each occurrence). Safe for
// concurrent use.
type formCache struct {
	seed     maphash.Seed
	pad      []int32 // the vectors of the tokens outside a sentence (padInfo)
	perShard int
	shards   [formShards]formShard
}

const (
	formShards = 32
	// formsCached bounds the forms kept, about 250 bytes each.
	formsCached = 1 << 15
	// chunkForms is how many forms' vectors a chunk holds.
	chunkForms = 64
)

type formShard struct {
	mu     sync.RWMutex
	slots  []formSlot  // 2*perShard or more, nil until the first put
	ents   []formEntry // at most perShard
	keys   []byte      // the forms, one after the other
	chunks [][]int16   // the forms' vectors, chunkForms a chunk
	_      [64]byte    // keeps neighbouring shards' locks off one cache line
}

// formSlot is an open-addressing slot: 32 bits of the form's hash and its
// entry's index + 1 (0: empty).
type formSlot struct {
	h uint32
	e int32
}

// formEntry is a kept form: its place in keys, its information packed.
type formEntry struct {
	key  uint32
	klen uint8
	info packedForm
}

// packedForm is formInfo in small integers: offsets in a form of at most
// 255 bytes, clusters in int16, the shape by its index in shapes.
type packedForm struct {
	ctx, ctxs                                   uint32
	cf, cc, cfs, ccs                            int16
	pre, pfx1, pfx2, pfx3, sfx1, sfx2, sfx3, ss uint8
	freq, shape                                 uint8
}

// shapes are the values of shape, numbered for packedForm.
var shapes = []string{"a2", "a4", "a7", "a8", "ld", "l", "d.", "d", "p", "m"}

// pack returns f packed, or false when it does not fit.
func (f *formInfo) pack(w string) (packedForm, bool) {
	sh := -1
	for i, s := range shapes {
		if s == f.shape {
			sh = i
		}
	}
	small := func(xs ...int32) bool {
		for _, x := range xs {
			if x < math.MinInt16 || x > math.MaxInt16 {
				return false
			}
		}
		return true
	}
	if sh < 0 || len(w) > math.MaxUint8 || f.freq > math.MaxUint8 || !small(f.cf, f.cc, f.cfs, f.ccs) {
		return packedForm{}, false
	}
	return packedForm{
		ctx: f.ctx, ctxs: f.ctxs,
		cf: int16(f.cf), cc: int16(f.cc), cfs: int16(f.cfs), ccs: int16(f.ccs),
		pre: uint8(f.pre), pfx1: uint8(f.pfx1), pfx2: uint8(f.pfx2), pfx3: uint8(f.pfx3),
		sfx1: uint8(f.sfx1), sfx2: uint8(f.sfx2), sfx3: uint8(f.sfx3), ss: uint8(f.ssf2),
		freq: uint8(f.freq), shape: uint8(sh),
	}, true
}

// unpack returns the formInfo of p.
func (p *packedForm) unpack() formInfo {
	return formInfo{
		ctx: p.ctx, ctxs: p.ctxs,
		cf: int32(p.cf), cc: int32(p.cc), cfs: int32(p.cfs), ccs: int32(p.ccs),
		pre: int32(p.pre), pfx1: int32(p.pfx1), pfx2: int32(p.pfx2), pfx3: int32(p.pfx3),
		sfx1: int32(p.sfx1), sfx2: int32(p.sfx2), sfx3: int32(p.sfx3), ssf2: int32(p.ss),
		freq: int32(p.freq), shape: shapes[p.shape],
	}
}

// newFormCache returns the form cache of m's compiled table.
func newFormCache(m *Model, perShard int) *formCache {
	c := &formCache{seed: maphash.MakeSeed(), perShard: perShard, pad: make([]int32, formLen)}
	sideVectors(m.tab, c.pad, &padInfo)
	return c
}

// forms returns m's form cache, made on first use.
func (m *Model) forms() *formCache {
	m.formsOnce.Do(func() { m.formc = newFormCache(m, formsCached/formShards) })
	return m.formc
}

// get returns the form information and the kept vectors of the folded
// word w, or nil vectors when w is not kept (its shard is full, or its
// information or sums do not fit).
func (c *formCache) get(m *Model, w string) (formInfo, []int16) {
	h := maphash.String(c.seed, w)
	s := &c.shards[h%formShards]
	tag := uint32(h >> 32)
	s.mu.RLock()
	var p packedForm
	var v []int16
	i := s.find(tag, w)
	if i >= 0 {
		p, v = s.ents[i].info, s.vec(i)
	}
	full := len(s.ents) >= c.perShard
	s.mu.RUnlock()
	if i >= 0 {
		return p.unpack(), v
	}
	if full {
		return formInfo{}, nil
	}
	f := m.formOf(w)
	var vec [formLen]int32
	m.formVectors(vec[:], w, &f)
	var v16 [formLen]int16
	p, ok := f.pack(w)
	for k, x := range vec {
		ok = ok && x >= math.MinInt16 && x <= math.MaxInt16
		v16[k] = int16(x)
	}
	if !ok {
		return formInfo{}, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := s.find(tag, w); i >= 0 {
		return f, s.vec(i)
	}
	if len(s.ents) >= c.perShard {
		return formInfo{}, nil
	}
	return f, s.put(c.perShard, tag, w, p, v16[:])
}

// find returns the entry index of w, whose hash bits are tag, or -1.
func (s *formShard) find(tag uint32, w string) int {
	if s.slots == nil {
		return -1
	}
	mask := uint32(len(s.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		sl := s.slots[i]
		if sl.e == 0 {
			return -1
		}
		if e := &s.ents[sl.e-1]; sl.h == tag && int(e.klen) == len(w) && string(s.keys[e.key:e.key+uint32(e.klen)]) == w {
			return int(sl.e - 1)
		}
	}
}

// vec returns the vectors of entry i. A chunk is never moved or changed
// once written, so they stay valid after the lock is released.
func (s *formShard) vec(i int) []int16 {
	at := i % chunkForms * formLen
	return s.chunks[i/chunkForms][at : at+formLen : at+formLen]
}

// put adds w (not in the shard, which is not full) and returns its kept
// vectors.
func (s *formShard) put(perShard int, tag uint32, w string, p packedForm, v []int16) []int16 {
	if s.slots == nil {
		n := 2
		for n < 2*perShard {
			n *= 2
		}
		s.slots = make([]formSlot, n)
	}
	i := len(s.ents)
	if i%chunkForms == 0 {
		s.chunks = append(s.chunks, make([]int16, chunkForms*formLen))
	}
	copy(s.vec(i), v)
	s.ents = append(s.ents, formEntry{key: uint32(len(s.keys)), klen: uint8(len(w)), info: p})
	s.keys = append(s.keys, w...)
	mask := uint32(len(s.slots) - 1)
	j := tag & mask
	for s.slots[j].e != 0 {
		j = (j + 1) & mask
	}
	s.slots[j] = formSlot{tag, int32(i + 1)}
	return s.vec(i)
}
