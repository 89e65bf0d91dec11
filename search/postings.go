package search

import (
	"encoding/binary"
	"errors"

	"github.com/rasid/rasid"
)

// Posting is one document's occurrences of a term.
type Posting struct {
	Doc int64   // document number
	Pos []int32 // positions, increasing
}

// AppendPostings encodes postings (in increasing Doc order) as varints:
// doc delta, number of positions, position deltas.
func AppendPostings(dst []byte, ps []Posting) []byte {
	var last int64
	for _, p := range ps {
		dst = AppendPosting(dst, last, p.Doc, p.Pos)
		last = p.Doc
	}
	return dst
}

// AppendPosting encodes one posting that follows one of document prev (0
// for the first of a list).
func AppendPosting(dst []byte, prev, doc int64, pos []int32) []byte {
	dst = binary.AppendUvarint(dst, uint64(doc-prev))
	return AppendPositions(dst, pos)
}

// AppendPositions encodes the part of a posting after its document delta:
// the number of positions and their deltas. A document's positions can so
// be encoded before it has a number (AppendPosting's result is the
// document delta followed by this).
func AppendPositions[T int | int32](dst []byte, pos []T) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(pos)))
	var lp T
	for _, x := range pos {
		dst = binary.AppendUvarint(dst, uint64(x-lp))
		lp = x
	}
	return dst
}

var errCorrupt = errors.New("search: corrupt postings")

// DecodePostings calls fn for every posting in b. pos is reused between
// calls.
func DecodePostings(b []byte, fn func(doc int64, pos []int32)) error {
	var doc int64
	var pos []int32
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			return errCorrupt
		}
		b = b[n:]
		doc += int64(d)
		tf, n := binary.Uvarint(b)
		if n <= 0 || tf > uint64(len(b)) {
			return errCorrupt
		}
		b = b[n:]
		pos = pos[:0]
		var p int32
		for i := uint64(0); i < tf; i++ {
			x, n := binary.Uvarint(b)
			if n <= 0 {
				return errCorrupt
			}
			b = b[n:]
			p += int32(x)
			pos = append(pos, p)
		}
		fn(doc, pos)
	}
	return nil
}

// AppendSpans encodes the byte spans of a document's positions as varint
// deltas (start from the previous end, length).
func AppendSpans(dst []byte, spans []rasid.Span) []byte {
	last := 0
	for _, s := range spans {
		dst = binary.AppendUvarint(dst, uint64(s.Start-last))
		dst = binary.AppendUvarint(dst, uint64(s.End-s.Start))
		last = s.End
	}
	return dst
}

// DecodeSpans is the inverse of AppendSpans.
func DecodeSpans(b []byte) ([]rasid.Span, error) {
	var out []rasid.Span
	last := 0
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errCorrupt
		}
		b = b[n:]
		l, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errCorrupt
		}
		b = b[n:]
		s := last + int(d)
		out = append(out, rasid.Span{Start: s, End: s + int(l)})
		last = s + int(l)
	}
	return out, nil
}
