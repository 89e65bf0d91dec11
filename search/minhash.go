package search

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"

	"github.com/rasid/rasid"
)

// Near-duplicate detection: a MinHash signature over word shingles, cut
// into LSH bands. Two texts whose shingle sets have Jaccard similarity s
// share at least one band with probability 1-(1-s^Rows)^Bands: about 0.5 at
// s=0.5 and above 0.98 at s=0.8 with 16 bands of 4 rows.
const (
	Shingle     = 3  // words per shingle
	Bands       = 16 // LSH bands
	Rows        = 4  // signature values per band
	SigLen      = Bands * Rows
	NearJaccard = 0.8 // estimated similarity from which two texts are one story
)

// NormWords returns the Search-normalised word sequence of a document: the
// exact-field form of every indexed token, normalised. It is what the
// duplicate hash and the shingles are computed on, so that punctuation,
// spacing, diacritics and letter variants do not make texts differ.
func NormWords(d *rasid.Document) []string {
	out := make([]string, 0, len(d.Tokens))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if !Indexed(t.Kind) {
			continue
		}
		if w := termForm(t.Norm); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// NormHash is the hex SHA-256 of the normalised word sequence: equal for
// exact duplicates.
func NormHash(words []string) string {
	h := sha256.New()
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// splitmix64 is a fast, well-mixing 64-bit permutation.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// MinHash returns the signature of a word sequence, or nil when it is too
// short to have a shingle.
func MinHash(words []string) []uint32 {
	if len(words) < Shingle {
		return nil
	}
	sig := make([]uint32, SigLen)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+Shingle <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+Shingle] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for j := range sig {
			v := uint32(splitmix64(x+uint64(j)*0x632be59bd9b4e019) >> 32)
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Buckets returns the LSH bucket of each band of a signature.
func Buckets(sig []uint32) []int64 {
	if len(sig) != SigLen {
		return nil
	}
	out := make([]int64, Bands)
	var b [4 * Rows]byte
	for i := 0; i < Bands; i++ {
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint32(b[4*r:], sig[i*Rows+r])
		}
		h := fnv.New64a()
		h.Write([]byte{byte(i)})
		h.Write(b[:])
		out[i] = int64(h.Sum64() >> 1)
	}
	return out
}

// Similarity estimates the Jaccard similarity of two signatures.
func Similarity(a, b []uint32) float64 {
	if len(a) != SigLen || len(b) != SigLen {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / SigLen
}

// EncodeSig and DecodeSig store a signature as little-endian bytes.
func EncodeSig(sig []uint32) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// DecodeSig is the inverse of EncodeSig.
func DecodeSig(b []byte) []uint32 {
	if len(b) != 4*SigLen {
		return nil
	}
	sig := make([]uint32, SigLen)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}
