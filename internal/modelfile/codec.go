package modelfile

import (
	"bufio"
	"encoding/binary"
	"errors"
	"math"
)

// Encoder writes the primitives of a plain binary payload: unsigned
// varints, length-prefixed strings and fixed-width little-endian numbers.
// A model writes its sections in a fixed order with sorted keys, so that
// the same model always gives the same bytes; Decoder reads them back.
type Encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// NewEncoder returns an Encoder writing to w (the writer WriteLZ4 and its
// kin hand to a model's write function).
func NewEncoder(w *bufio.Writer) *Encoder { return &Encoder{w: w} }

// Uvarint writes x as binary.PutUvarint does.
func (e *Encoder) Uvarint(x uint64) {
	n := binary.PutUvarint(e.buf[:], x)
	e.w.Write(e.buf[:n])
}

// String writes the length of s and its bytes.
func (e *Encoder) String(s string) {
	e.Uvarint(uint64(len(s)))
	e.w.WriteString(s)
}

// Float32 writes the four bytes of x, little-endian.
func (e *Encoder) Float32(x float32) {
	binary.LittleEndian.PutUint32(e.buf[:4], math.Float32bits(x))
	e.w.Write(e.buf[:4])
}

// Varint writes x as binary.PutVarint does (zig-zag).
func (e *Encoder) Varint(x int64) {
	n := binary.PutVarint(e.buf[:], x)
	e.w.Write(e.buf[:n])
}

// Uint64 writes the eight bytes of x, little-endian.
func (e *Encoder) Uint64(x uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], x)
	e.w.Write(e.buf[:8])
}

// Float64 writes the eight bytes of x, little-endian.
func (e *Encoder) Float64(x float64) { e.Uint64(math.Float64bits(x)) }

// Raw writes s as it is, without a length (a magic line, say).
func (e *Encoder) Raw(s string) { e.w.WriteString(s) }

// Strings writes a count and the strings.
func (e *Encoder) Strings(s []string) {
	e.Uvarint(uint64(len(s)))
	for _, x := range s {
		e.String(x)
	}
}

// ErrMalformed is the error of a payload that ends early or holds a value
// out of range.
var ErrMalformed = errors.New("malformed payload")

// Decoder reads what an Encoder wrote from a payload held in one string;
// the strings it returns are substrings of it, not copies. The first
// malformed value sets Err, after which every read returns zero values.
type Decoder struct {
	text string
	pos  int
	Err  error
}

// NewDecoder returns a Decoder reading payload.
func NewDecoder(payload string) *Decoder { return &Decoder{text: payload} }

func (d *Decoder) fail() {
	if d.Err == nil {
		d.Err = ErrMalformed
	}
}

// Uvarint reads what Encoder.Uvarint writes (binary.Uvarint's rules,
// read from the string without a conversion to bytes).
func (d *Decoder) Uvarint() uint64 {
	if d.Err != nil {
		return 0
	}
	var x uint64
	for shift, i := uint(0), d.pos; i < len(d.text) && shift < 64; shift, i = shift+7, i+1 {
		b := d.text[i]
		if b < 0x80 {
			if shift == 63 && b > 1 {
				break
			}
			d.pos = i + 1
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
	}
	d.fail()
	return 0
}

// Varint reads what Encoder.Varint writes.
func (d *Decoder) Varint() int64 {
	ux := d.Uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// Fail marks the payload malformed (a check of the caller's, such as keys
// out of order, failed); it keeps an earlier error.
func (d *Decoder) Fail() { d.fail() }

// Count reads an unsigned varint that counts what follows; one above
// limit is malformed (a wrong file must not make a huge allocation).
func (d *Decoder) Count(limit int) int {
	n := d.Uvarint()
	if n > uint64(limit) {
		d.fail()
		return 0
	}
	return int(n)
}

// Left returns the number of bytes not read yet: a bound on any count
// (each value takes a byte at least).
func (d *Decoder) Left() int { return len(d.text) - d.pos }

// Bytes returns the next n bytes as a substring ("" when fewer are left).
func (d *Decoder) Bytes(n int) string {
	if d.Err != nil || n < 0 || n > len(d.text)-d.pos {
		d.fail()
		return ""
	}
	s := d.text[d.pos : d.pos+n]
	d.pos += n
	return s
}

// String reads what Encoder.String writes.
func (d *Decoder) String() string { return d.Bytes(d.Count(d.Left())) }

// Float32 reads what Encoder.Float32 writes.
func (d *Decoder) Float32() float32 {
	b := d.Bytes(4)
	if len(b) < 4 {
		return 0
	}
	return math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
}

// Uint64 reads what Encoder.Uint64 writes.
func (d *Decoder) Uint64() uint64 {
	b := d.Bytes(8)
	if len(b) < 8 {
		return 0
	}
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Float64 reads what Encoder.Float64 writes.
func (d *Decoder) Float64() float64 { return math.Float64frombits(d.Uint64()) }

// Strings reads what Encoder.Strings writes.
func (d *Decoder) Strings() []string {
	n := d.Count(d.Left()) // every string takes a byte at least
	out := make([]string, n)
	for i := range out {
		out[i] = d.String()
	}
	return out
}

// Done reports the decoder's error, or ErrMalformed when bytes are left
// over after the last section.
func (d *Decoder) Done() error {
	if d.Err == nil && d.pos != len(d.text) {
		d.fail()
	}
	return d.Err
}
