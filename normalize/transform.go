package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns an x/text transform.Transformer applying n, for
// normalising streams (transform.NewReader) and for composing with other
// transformers in a transform.Chain. Invalid UTF-8 bytes pass through.
func (n *Normalizer) Transformer() transform.Transformer { return transformer{n} }

type transformer struct{ n *Normalizer }

func (transformer) Reset() {}

// Transform implements transform.Transformer: it consumes whole runes and
// writes their normalised form, asking for more input at a split rune and
// for more room when dst is full.
func (t transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var tmp [64]byte
	for nSrc < len(src) {
		size := 1
		if src[nSrc] >= utf8.RuneSelf {
			if !utf8.FullRune(src[nSrc:]) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			_, size = utf8.DecodeRune(src[nSrc:])
		}
		out := t.n.Append(tmp[:0], string(src[nSrc:nSrc+size]))
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
