package entity

import "strings"

// Context statistics of words in raw news (issue 11, item 2): how often a
// word comes right after an organisation head (شركة، وزارة، حزب), a place
// head (مدينة، محافظة), a title (الرئيس، الأمير), a given name, or an event
// head (مهرجان، بطولة), as a share of all its occurrences in SaudiNewsNet
// and ANT. The word clusters cover the 60,000 most frequent words; these
// shares also describe the rarer words the clusters leave out — most of
// the names of real copy (جوجل after شركة، a surname after a given name) —
// from their own contexts across millions of words.

// contextClasses are the gazetteer classes whose words are counted before
// a word, in the order of the packed buckets.
var contextClasses = [...]string{"TRIG.ORG", "TRIG.LOC", "PER.first", "TRIG.MISC"}

// ctxShift places the context buckets above the coarse cluster in the
// model file's cluster table (one uvarint holds both; a model without
// them reads as before).
const ctxShift = 16

// ctxBits is the width of one class's bucket in clusterEntry.ctx.
const ctxBits = 3

// ctxBucket quantizes n occurrences after a trigger out of total: 0 (fewer
// than two), then shares under 1/32, 1/8, 1/2 and above.
func ctxBucket(n, total uint32) uint32 {
	switch {
	case n < 2 || total == 0:
		return 0
	case n*32 < total:
		return 1
	case n*8 < total:
		return 2
	case n*2 < total:
		return 3
	}
	return 4
}

// triggerClasses returns the bit set of contextClasses that the folded
// raw token p (proclitics allowed: لشركة) belongs to.
func (g *gazetteer) triggerClasses(p string) uint8 {
	var set uint8
	for k, c := range contextClasses {
		if g.has(c, p) {
			set |= 1 << k
			continue
		}
		for _, pre := range proclitics(p) {
			rest := p[len(pre):]
			if g.has(c, rest) || (strings.HasSuffix(pre, "ل") && strings.HasPrefix(rest, "ل") && g.has(c, "ا"+rest)) {
				set |= 1 << k
				break
			}
		}
	}
	return set
}

// AddContexts computes the context statistics of the words of c from raw
// texts, replacing any it had.
func (c *Clusters) AddContexts(texts func(func(string)) error) error {
	g, err := loadGazetteer()
	if err != nil {
		return err
	}
	c.thaw()
	counts := make(map[string]*[len(contextClasses)]uint32, len(c.words))
	trig := map[string]uint8{}
	err = texts(func(text string) {
		var prev uint8
		rawTokens(text, func(w string) {
			if prev != 0 {
				if _, ok := c.words[w]; ok {
					n := counts[w]
					if n == nil {
						n = new([len(contextClasses)]uint32)
						counts[w] = n
					}
					for k := range contextClasses {
						if prev&(1<<k) != 0 {
							n[k]++
						}
					}
				}
			}
			t, ok := trig[w]
			if !ok {
				t = g.triggerClasses(w)
				trig[w] = t
			}
			prev = t
		})
	})
	if err != nil {
		return err
	}
	for w, e := range c.words {
		e.ctx = 0
		if n := counts[w]; n != nil {
			for k := range contextClasses {
				e.ctx |= ctxBucket(n[k], e.count) << (ctxBits * k)
			}
		}
		c.words[w] = e
	}
	return nil
}

// contexts returns the packed context buckets of w (0: none).
func (c *Clusters) contexts(w string) uint32 {
	if c == nil {
		return 0
	}
	e, _ := c.get(w)
	return e.ctx
}

// ClearContexts removes the context statistics (a model trained without
// them from another model's clusters).
func (c *Clusters) ClearContexts() {
	c.thaw()
	for w, e := range c.words {
		e.ctx = 0
		c.words[w] = e
	}
}

// hasContexts reports whether any word has context statistics.
func (c *Clusters) hasContexts() bool {
	if c == nil {
		return false
	}
	has := false
	c.each(func(_ string, e clusterEntry) { has = has || e.ctx != 0 })
	return has
}
