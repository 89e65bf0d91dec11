package morph

import (
	"bufio"
	"fmt"

	"github.com/rasid/rasid/internal/modelfile"
)

// The segmenter's payload (version 2; docs/models.md): the sections of
// modelFile in field order, written with modelfile.Encoder — string lists
// as a count and length-prefixed strings, sorted weight keys as unsigned
// varints of their differences, weights as float32, byte values as one
// string. Training writes every section sorted, so the same model gives
// the same bytes.

// encode writes f.
func (f *modelFile) encode(bw *bufio.Writer) error {
	e := modelfile.NewEncoder(bw)
	e.Strings(f.Prefixes)
	e.Strings(f.Suffixes)
	encodeWeights(e, f.WKeys, f.WVals)
	encodeWeights(e, f.TKeys, f.TVals)
	e.Strings(f.Tags)
	e.Strings(f.MemKeys)
	e.Strings(f.MemVals)
	e.Strings(f.LexKeys)
	e.String(string(f.LexVals))
	e.String(f.FreqKeys)
	e.String(string(f.FreqVals))
	e.String(f.NameKeys)
	e.String(string(f.NameVals))
	e.Strings(f.UDKeys)
	e.Uvarint(uint64(len(f.UDVals)))
	for _, v := range f.UDVals {
		e.Uvarint(v)
	}
	return nil
}

// encodeWeights writes ascending keys as differences and their weights.
func encodeWeights(e *modelfile.Encoder, keys []uint64, vals []float32) {
	e.Uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		e.Uvarint(k - prev)
		prev = k
	}
	for _, v := range vals[:len(keys)] {
		e.Float32(v)
	}
}

// decodeFile reads what encode writes; its strings are substrings of
// payload.
func decodeFile(payload string) (*modelFile, error) {
	d := modelfile.NewDecoder(payload)
	f := &modelFile{
		Prefixes: d.Strings(),
		Suffixes: d.Strings(),
	}
	f.WKeys, f.WVals = decodeWeights(d)
	f.TKeys, f.TVals = decodeWeights(d)
	f.Tags = d.Strings()
	f.MemKeys, f.MemVals = d.Strings(), d.Strings()
	f.LexKeys, f.LexVals = d.Strings(), []uint8(d.String())
	f.FreqKeys, f.FreqVals = d.String(), []uint8(d.String())
	f.NameKeys, f.NameVals = d.String(), []uint8(d.String())
	f.UDKeys = d.Strings()
	f.UDVals = make([]uint64, d.Count(d.Left()))
	for i := range f.UDVals {
		f.UDVals[i] = d.Uvarint()
	}
	if err := d.Done(); err != nil {
		return nil, fmt.Errorf("morph: reading model: %w", err)
	}
	return f, nil
}

// decodeWeights reads what encodeWeights writes.
func decodeWeights(d *modelfile.Decoder) ([]uint64, []float32) {
	n := d.Count(d.Left() / 5) // a key difference and a weight: five bytes at least
	keys, vals := make([]uint64, n), make([]float32, n)
	prev := uint64(0)
	for i := range keys {
		prev += d.Uvarint()
		keys[i] = prev
	}
	for i := range vals {
		vals[i] = d.Float32()
	}
	return keys, vals
}
