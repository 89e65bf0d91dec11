package eval

import (
	"math"
	"strings"
	"testing"
)

func TestConfusion(t *testing.T) {
	c := NewConfusion()
	for _, p := range [][2]string{{"a", "a"}, {"a", "a"}, {"a", "b"}, {"b", "b"}, {"c", "b"}} {
		c.Add(p[0], p[1])
	}
	if got := c.Accuracy(); got != 60 {
		t.Errorf("Accuracy = %v, want 60", got)
	}
	// a: P 100 R 66.7 F 80; b: P 33.3 R 100 F 50; c: F 0 → mean 43.33
	if got := c.MacroF1(); math.Abs(got-130.0/3) > 1e-9 {
		t.Errorf("MacroF1 = %v, want 43.33", got)
	}
	// recalls a 66.7, b 100, c 0 → mean 55.56
	if got := c.MacroRecall(); math.Abs(got-500.0/9) > 1e-9 {
		t.Errorf("MacroRecall = %v, want 55.56", got)
	}
	var b strings.Builder
	c.Report(&b)
	if !strings.Contains(b.String(), "accuracy 60.00") {
		t.Errorf("Report = %s", b.String())
	}
}

func TestDevSplit(t *testing.T) {
	n := 0
	for i := 0; i < 1000; i++ {
		if DevSplit("doc-"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('0'+i/26%10))+string(rune('0'+i/260)), 20) {
			n++
		}
	}
	if n == 0 || n == 1000 {
		t.Errorf("DevSplit put %d of 1000 ids in the dev part", n)
	}
}
