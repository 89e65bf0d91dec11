package morph

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDbgTagMap(t *testing.T) {
	if os.Getenv("RASID_DEV") == "" {
		t.Skip()
	}
	d := dataDir(t)
	secs, _ := readWikiNews(d + "/farasa-wikinews/WikiNews.pos.ref")
	full, _ := Load()
	conf := map[string]map[string]int{}
	for _, sec := range secs {
		var sent []goldTok
		flush := func() {
			var forms []string
			var stemIdx []int
			for _, g := range sent {
				if g.segs == nil {
					forms = append(forms, g.letters)
					stemIdx = append(stemIdx, len(forms)-1)
					continue
				}
				ws := full.udWords(Analysis{Segs: g.segs})
				for _, w := range ws {
					forms = append(forms, w.form)
					for _, s := range w.segs {
						if s.Kind == Stem {
							stemIdx = append(stemIdx, len(forms)-1)
						}
					}
				}
			}
			an := full.tagger.Tag(forms)
			for i, g := range sent {
				if g.segs == nil || i >= len(stemIdx) {
					continue
				}
				gt := g.segs[stemIndex(g.segs)].Tag
				up := an[stemIdx[i]].UPOS
				if conf[up] == nil {
					conf[up] = map[string]int{}
				}
				conf[up][gt]++
			}
			sent = sent[:0]
		}
		for _, g := range sec {
			sent = append(sent, g)
			if g.letters == "." {
				flush()
			}
		}
		flush()
	}
	ups := sortedKeys(conf)
	for _, up := range ups {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range conf[up] {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		fmt.Println(up, l)
	}
}
