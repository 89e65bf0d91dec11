package search

import (
	"sync"
	"unsafe"

	"github.com/rasid/rasid"
)

// Packed is the index of one document in the form the archive writes it:
// what Terms gives, with each term's positions already encoded
// (AppendPositions) and everything in a few flat slices instead of a
// string and a slice per term. An ingest holds thousands of documents'
// terms in memory while their batch is written; this form costs a handful
// of allocations a document where Terms costs one or two per term.
type Packed struct {
	// Spans[p] is the byte span of the token at position p (the text's
	// positions; the title's have none).
	Spans []rasid.Span
	// Length is the number of positions, the title's included.
	Length int
	// Keys holds the distinct terms (field byte + text) one after the
	// other, in the order first met: term i is Keys[KeyEnd[i-1]:KeyEnd[i]]
	// (from 0 for i = 0). Its encoded positions are
	// Enc[EncEnd[i-1]:EncEnd[i]].
	Keys   []byte
	KeyEnd []int32
	Enc    []byte
	EncEnd []int32
}

// Len is the number of distinct terms.
func (p *Packed) Len() int { return len(p.KeyEnd) }

// Term returns term i and its encoded positions.
func (p *Packed) Term(i int) (key, enc []byte) {
	ka, ea := int32(0), int32(0)
	if i > 0 {
		ka, ea = p.KeyEnd[i-1], p.EncEnd[i-1]
	}
	return p.Keys[ka:p.KeyEnd[i]], p.Enc[ea:p.EncEnd[i]]
}

// packer is the scratch space of Pack, kept between documents.
type packer struct {
	idx  map[string]int32 // term → its number; keys point into keys
	keys []byte           // this document's terms, never overwritten (see add)
	occ  []occurrence
	kend []int32 // per term: the end of its key in keys
	key  []byte
	n    []int32 // per term: occurrences, then where its positions go
	pos  []int32
}

type occurrence struct{ term, pos int32 }

var packers = sync.Pool{New: func() any { return &packer{idx: make(map[string]int32, 1024)} }}

// titleGap separates the title's positions from the text's, so that no
// phrase runs from one into the other.
const titleGap = 16

// Pack computes the index terms of an analysed document and of its
// analysed title (nil for none): the same terms, positions and length as
// Terms followed by AddTitle.
func Pack(d, title *rasid.Document) *Packed {
	pk := packers.Get().(*packer)
	defer func() {
		clear(pk.idx)
		pk.keys = nil // the map's keys pointed into it: never reuse it
		packers.Put(pk)
	}()
	out := &Packed{}
	pk.occ = pk.occ[:0]
	pos := int32(0)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if pk.token(d.Text, t, pos) {
			out.Spans = append(out.Spans, t.Span)
			pos++
		}
	}
	out.Length = int(pos)
	if title != nil {
		pos += titleGap
		for i := range title.Tokens {
			if pk.token(title.Text, &title.Tokens[i], pos) {
				pos++
				out.Length++
			}
		}
	}
	pk.encode(out)
	return out
}

// token records the terms of a token at position p; false when it has
// none.
func (pk *packer) token(text string, t *rasid.Token, p int32) bool {
	any := false
	eachTokenTerm(text, t, func(field byte, term string) {
		any = true
		pk.key = append(append(pk.key[:0], field), term...)
		i, ok := pk.idx[string(pk.key)]
		if !ok {
			i = int32(len(pk.n))
			a := len(pk.keys)
			pk.keys = append(pk.keys, pk.key...)
			// the key is a view of pk.keys: bytes once appended are never
			// written again (a larger array gets a copy; the old one stays
			// alive while the map refers to it), so it stays valid
			pk.idx[unsafe.String(&pk.keys[a], len(pk.key))] = i
			pk.kend = append(pk.kend, int32(len(pk.keys)))
			pk.n = append(pk.n, 0)
		}
		pk.n[i]++
		pk.occ = append(pk.occ, occurrence{i, p})
	})
	return any
}

// encode groups the occurrences by term (their positions stay in
// increasing order) and writes out's keys and encoded positions.
func (pk *packer) encode(out *Packed) {
	nt := len(pk.n)
	out.Keys = pk.keys // Pack drops it from pk
	out.KeyEnd = append([]int32(nil), pk.kend...)
	out.EncEnd = make([]int32, nt)
	// the start of each term's positions in pos, then a counting sort
	start := int32(0)
	for i, c := range pk.n {
		pk.n[i] = start
		start += c
	}
	if cap(pk.pos) < len(pk.occ) {
		pk.pos = make([]int32, len(pk.occ))
	}
	pk.pos = pk.pos[:len(pk.occ)]
	for _, o := range pk.occ {
		pk.pos[pk.n[o.term]] = o.pos
		pk.n[o.term]++
	}
	// pk.n[i] is now the end of term i's positions; the key ends follow
	// from the keys' order, which is the terms' order
	out.Enc = make([]byte, 0, 2*len(pk.occ)+nt)
	from := int32(0)
	for i := 0; i < nt; i++ {
		out.Enc = AppendPositions(out.Enc, pk.pos[from:pk.n[i]])
		out.EncEnd[i] = int32(len(out.Enc))
		from = pk.n[i]
	}
	pk.n, pk.kend = pk.n[:0], pk.kend[:0]
}
