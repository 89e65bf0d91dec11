package morph

import (
	"fmt"
	"testing"
)

// TestStrTable checks find and find2 on every key, on keys split at every
// byte, and on strings that are not keys.
func TestStrTable(t *testing.T) {
	var keys []string
	for i := range 3000 {
		keys = append(keys, fmt.Sprintf("ك%dت", i))
	}
	keys = append(keys, "")
	tab := newStrTable(keys)
	for i, k := range keys {
		if got := tab.find(k); got != i {
			t.Fatalf("find(%q) = %d, want %d", k, got, i)
		}
		for j := 0; j <= len(k); j++ {
			if got := tab.find2(k[:j], k[j:]); got != i {
				t.Fatalf("find2(%q, %q) = %d, want %d", k[:j], k[j:], got, i)
			}
		}
	}
	for i := range 3000 {
		k := fmt.Sprintf("ك%dتا", i)
		if got := tab.find(k); got != -1 {
			t.Fatalf("find(%q) = %d, want -1", k, got)
		}
		if got := tab.find2("ا", k); got != -1 {
			t.Fatalf("find2(ا, %q) = %d, want -1", k, got)
		}
	}
	var none *strTable
	if none.find("x") != -1 || none.find2("x", "y") != -1 {
		t.Error("a nil table finds a key")
	}
}
