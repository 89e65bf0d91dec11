package modelfile

import (
	"bufio"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestCodecRoundTrip(t *testing.T) {
	var b strings.Builder
	bw := bufio.NewWriter(&b)
	e := NewEncoder(bw)
	e.Uvarint(0)
	e.Uvarint(math.MaxUint64)
	e.String("كتاب")
	e.Float32(-1.5)
	e.Strings([]string{"", "a", "بب"})
	bw.Flush()
	d := NewDecoder(b.String())
	if x := d.Uvarint(); x != 0 {
		t.Errorf("Uvarint = %d, want 0", x)
	}
	if x := d.Uvarint(); x != math.MaxUint64 {
		t.Errorf("Uvarint = %d, want MaxUint64", x)
	}
	if s := d.String(); s != "كتاب" {
		t.Errorf("String = %q", s)
	}
	if f := d.Float32(); f != -1.5 {
		t.Errorf("Float32 = %v", f)
	}
	if l := d.Strings(); !slices.Equal(l, []string{"", "a", "بب"}) {
		t.Errorf("Strings = %q", l)
	}
	if err := d.Done(); err != nil {
		t.Errorf("Done = %v", err)
	}
}

func TestDecoderMalformed(t *testing.T) {
	for _, c := range []struct {
		name, payload string
		read          func(d *Decoder)
	}{
		{"string longer than the payload", "\x05ab", func(d *Decoder) { _ = d.String() }},
		{"varint cut short", "\x80", func(d *Decoder) { d.Uvarint() }},
		{"count over the limit", "\x09", func(d *Decoder) { d.Count(8) }},
		{"float cut short", "\x01\x02", func(d *Decoder) { d.Float32() }},
		{"list longer than the payload", "\xff\xff\x03", func(d *Decoder) { d.Strings() }},
		{"bytes left over", "\x01a!", func(d *Decoder) { _ = d.String() }},
	} {
		d := NewDecoder(c.payload)
		c.read(d)
		if err := d.Done(); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: Done = %v, want ErrMalformed", c.name, err)
		}
		if d.Uvarint() != 0 || d.String() != "" {
			t.Errorf("%s: reads after an error return values", c.name)
		}
	}
}
