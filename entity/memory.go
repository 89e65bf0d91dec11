package entity

import "unicode/utf8"

// memoryWindow is how many sentences before and after a sentence the second
// pass looks at for other mentions of its words. A wire article is a few
// dozen sentences; ANERcorp, which has no article breaks, is read as a
// stream with the same window.
const memoryWindow = 30

// memoryKey is the form under which a token is remembered: its stem
// without proclitics, so that بوتين and لبوتين meet. Short or letterless
// tokens are not remembered.
func memoryKey(t *tokInfo) string {
	if utf8.RuneCountInString(t.s) < 3 || t.shape == "p" || t.shape == "d" || t.shape == "d." {
		return ""
	}
	return t.s
}

// addMemory sets the memory features of every token: which labels the first
// pass gave the same word elsewhere within memoryWindow sentences (its own
// label left out), and the majority entity type.
func addMemory(infos [][]tokInfo, labels [][]int) { addMemoryWindow(infos, labels, memoryWindow) }

// addMemoryWindow is addMemory with the window given.
func addMemoryWindow(infos [][]tokInfo, labels [][]int, window int) {
	type counts [nLabels]int32
	// Per-sentence counts, then a sliding sum over the window.
	per := make([]map[string]*counts, len(infos))
	for j, in := range infos {
		m := map[string]*counts{}
		for i := range in {
			k := memoryKey(&in[i])
			if k == "" {
				continue
			}
			c := m[k]
			if c == nil {
				c = &counts{}
				m[k] = c
			}
			c[labels[j][i]]++
		}
		per[j] = m
	}
	win := map[string]*counts{}
	addSent := func(j int, sign int32) {
		for k, c := range per[j] {
			w := win[k]
			if w == nil {
				w = &counts{}
				win[k] = w
			}
			for l := range c {
				w[l] += sign * c[l]
			}
		}
	}
	for j := 0; j < len(infos) && j <= window; j++ {
		addSent(j, 1)
	}
	for j, in := range infos {
		if j > 0 {
			if a := j + window; a < len(infos) {
				addSent(a, 1)
			}
			if r := j - window - 1; r >= 0 {
				addSent(r, -1)
			}
		}
		for i := range in {
			t := &in[i]
			t.mem = t.mem[:0]
			k := memoryKey(t)
			if k == "" {
				continue
			}
			c := *win[k]
			c[labels[j][i]]--
			var ent, best int32
			bestType := ""
			for l := 1; l < nLabels; l++ {
				if c[l] > 0 {
					t.mem = append(t.mem, Labels[l])
					ent += c[l]
				}
			}
			for l := 1; l < nLabels; l += 2 {
				if s := c[l] + c[l+1]; s > best {
					best, bestType = s, Labels[l][2:]
				}
			}
			if bestType != "" {
				t.mem = append(t.mem, "maj:"+bestType)
				if ent > c[0] {
					t.mem = append(t.mem, "mostly:"+bestType)
				}
			} else if c[0] > 0 {
				t.mem = append(t.mem, "O")
			}
		}
	}
}
