package tagger

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDebugConfusion(t *testing.T) {
	if os.Getenv("TAGDEBUG") == "" {
		t.Skip()
	}
	o := TrainOptions{DataDir: dataDir(t), HoldOut: HoldOutPUD}
	o.defaults()
	train, held, _ := loadSplit(o)
	m := trainModel(train, o)
	conf := map[string]int{}
	lem := map[string]int{}
	known := map[string]bool{}
	for k := range m.lemmaDict {
		known[k.s] = true
	}
	for _, s := range held {
		words := make([]string, len(s.Toks))
		for i, t := range s.Toks {
			words[i] = t.Form
		}
		out := m.Tag(words)
		for i, tk := range s.Toks {
			u := "K"
			if !known[tk.Form] {
				u = "U"
			}
			if out[i].UPOS != tk.UPOS {
				conf[fmt.Sprintf("%s %s->%s", u, tk.UPOS, out[i].UPOS)]++
				conf[fmt.Sprintf("W %s %s->%s", tk.Form, tk.UPOS, out[i].UPOS)]++
			}
			if out[i].Lemma != tk.Lemma {
				lem[fmt.Sprintf("%s %s %s: %s gold %s", u, tk.UPOS, tk.Form, out[i].Lemma, tk.Lemma)]++
			}
		}
	}
	dump := func(c map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range c {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		for i := 0; i < n && i < len(l); i++ {
			fmt.Println(l[i].v, l[i].k)
		}
	}
	dump(conf, 1000)
	fmt.Println("----")
	dump(lem, 60)
}
