package rasid

import (
	"strings"
	"testing"
)

// TestCharPosAnyOrder: code point offsets asked for in any order (steps
// forward and back, short and long) are those of CharOffsets, invalid
// UTF-8 included.
func TestCharPosAnyOrder(t *testing.T) {
	text := strings.Repeat("وزير الخارجية a\xffb \xe2\x82 سيرغي 😀 لافروف\n", 40)
	want := NewCharOffsets(text)
	p := &charPos{text: text, base: 7}
	seed := uint32(1)
	for k := 0; k < 5000; k++ {
		seed = seed*1664525 + 1013904223
		at := int(seed>>8) % (len(text) + 3)
		if k%3 == 0 && k > 0 {
			at = max(0, p.b-int(seed>>28)) // a short step back
		}
		if got := p.char(at); got != 7+want.Char(at) {
			t.Fatalf("char(%d) = %d, want %d", at, got, 7+want.Char(at))
		}
	}
}
