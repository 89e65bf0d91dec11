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
func addMemory(infos [][]tokInfo, labels [][]int) {
	var ms memScratch
	ms.add(infos, labels, memoryWindow)
}

// memScratch is the working memory of the memory features, reused
// across documents.
type memScratch struct {
	ids    map[string]int32 // memory key → number
	id     []int32          // per token (flat), its key's number or -1
	win    [][nLabels]int32 // per key, the label counts in the window
	starts []int            // per sentence, the flat index of its first token
}

// Memory features naming the majority type, by the B- label of the type.
var majName, mostlyName [nLabels]string

func init() {
	for l := 1; l < nLabels; l += 2 {
		majName[l] = "maj:" + Labels[l][2:]
		mostlyName[l] = "mostly:" + Labels[l][2:]
	}
}

// add sets the memory features: the label counts of each key over the
// sentences of the window, a sliding sum.
func (ms *memScratch) add(infos [][]tokInfo, labels [][]int, window int) {
	if ms.ids == nil {
		ms.ids = map[string]int32{}
	}
	clear(ms.ids)
	n := 0
	for _, in := range infos {
		n += len(in)
	}
	ms.id = grow(ms.id, n)
	k := 0
	for _, in := range infos {
		for i := range in {
			key := memoryKey(&in[i])
			if key == "" {
				ms.id[k] = -1
			} else {
				id, ok := ms.ids[key]
				if !ok {
					id = int32(len(ms.ids))
					ms.ids[key] = id
				}
				ms.id[k] = id
			}
			k++
		}
	}
	ms.win = grow(ms.win, len(ms.ids))
	clear(ms.win)
	// starts[j] is the flat index of sentence j's first token.
	ms.starts = grow(ms.starts, len(infos)+1)
	starts := ms.starts
	starts[0] = 0
	for j := range infos {
		starts[j+1] = starts[j] + len(infos[j])
	}
	addSent := func(j int, sign int32) {
		for i, id := range ms.id[starts[j]:starts[j+1]] {
			if id >= 0 {
				ms.win[id][labels[j][i]] += sign
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
			id := ms.id[starts[j]+i]
			if id < 0 {
				continue
			}
			c := ms.win[id]
			c[labels[j][i]]--
			var ent, best int32
			bestL := 0
			for l := 1; l < nLabels; l++ {
				if c[l] > 0 {
					t.mem = append(t.mem, Labels[l])
					ent += c[l]
				}
			}
			for l := 1; l < nLabels; l += 2 {
				if s := c[l] + c[l+1]; s > best {
					best, bestL = s, l
				}
			}
			if bestL > 0 {
				t.mem = append(t.mem, majName[bestL])
				if ent > c[0] {
					t.mem = append(t.mem, mostlyName[bestL])
				}
			} else if c[0] > 0 {
				t.mem = append(t.mem, "O")
			}
		}
	}
}
