package morph

import (
	"fmt"
	"testing"
)

// TestAnalysisCache checks that the cache finds what was put, replaces an
// entry put twice, stays bounded and can be reset.
func TestAnalysisCache(t *testing.T) {
	m := newModel()
	c := &m.cache
	toks := make([]string, cacheMax+1000)
	for i := range toks {
		toks[i] = fmt.Sprintf("ت%d", i)
	}
	for i, tok := range toks[:1000] {
		e := &entry{forms: []string{tok}}
		c.put(c.hash(tok), tok, e)
		if i%2 == 0 {
			e = &entry{forms: []string{tok, tok}}
			c.put(c.hash(tok), tok, e)
		}
	}
	for i, tok := range toks[:1000] {
		e, ok := c.get(c.hash(tok), tok)
		if !ok || e.forms[0] != tok || len(e.forms) != 1+(i+1)%2 {
			t.Fatalf("get(%q) = %v, %v", tok, e, ok)
		}
	}
	if _, ok := c.get(c.hash("غائب"), "غائب"); ok {
		t.Fatal("a token never put is found")
	}
	for _, tok := range toks {
		c.put(c.hash(tok), tok, &entry{})
	}
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		if s.n > cacheMax/cacheShards || s.n > len(s.slots)/2 {
			t.Fatalf("shard %d holds %d of %d slots", i, s.n, len(s.slots))
		}
		n += s.n
	}
	if n == 0 || n > cacheMax {
		t.Fatalf("the cache holds %d entries (bound %d)", n, cacheMax)
	}
	last := toks[len(toks)-1]
	if _, ok := c.get(c.hash(last), last); !ok {
		t.Fatal("the last token put is not found")
	}
	c.reset()
	if _, ok := c.get(c.hash(last), last); ok {
		t.Fatal("found after reset")
	}
}
