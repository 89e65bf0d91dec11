package entity

import (
	"os"
	"path/filepath"

	"github.com/rasid/rasid/internal/learn"
	"slices"
	"strings"
	"testing"
)

// formTestSents returns the sentences of the wire test texts (tokens at
// spaces, a sentence at each full stop), and sentences of one and two
// tokens.
func formTestSents(t *testing.T) [][]string {
	var sents [][]string
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(b), ".") {
			if f := strings.Fields(s); len(f) > 0 {
				sents = append(sents, append(f, "."))
			}
		}
	}
	return append(sents, []string{"قال"}, []string{"محمد", "علي"})
}

// formTestInfos computes the token information of sents the way
// training does (no form cache), then gives some tokens what other
// models and the second pass add: news marks, words, morphology and
// memory labels, so that every feature block is exercised.
func formTestInfos(m *Model, sents [][]string) [][]tokInfo {
	infos := make([][]tokInfo, len(sents))
	for i, s := range sents {
		infos[i] = m.infos(s, nil)
		for j := range infos[i] {
			ti := &infos[i][j]
			switch (i + j) % 5 {
			case 1:
				ti.news = true
			case 2:
				ti.wi = wordInfo{upos: "PROPN", pat: 12345}
			case 3:
				ti.mtag, ti.mpat, ti.mstem = "NOUN", "DET+NOUN", ti.s
			case 4:
				ti.mem = append(ti.mem, "B-PERS", "I-LOC")
			}
		}
	}
	return infos
}

// TestFormSums checks that the parts of a token's features (the five form
// vectors of it and its neighbours, tokenFeatures and memFeatures) are
// exactly the keys of features, and that the scores summed from the form
// cache are those of summing every feature's row, with the cache keeping
// every form and with it keeping one form a shard (the others computed
// per occurrence).
func TestFormSums(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := formTestSents(t)
	infos := formTestInfos(m, sents)
	checked := 0
	for _, perShard := range []int{1, 1 << 12} {
		c := newFormCache(m, perShard)
		for _, in := range infos {
			vs := make([][]int32, len(in))
			for i := range in {
				f, v16 := c.get(m, in[i].w)
				v := make([]int32, formLen)
				if v16 == nil {
					f = m.formOf(in[i].w)
					m.formVectors(v, in[i].w, &f)
				} else {
					for k, x := range v16 {
						v[k] = int32(x)
					}
				}
				var got tokInfo
				f.fill(&got, in[i].w)
				if !sameForm(&got, &in[i]) {
					t.Fatalf("%q: form information %+v, want %+v", in[i].w, got, in[i])
				}
				vs[i] = v
			}
			for i := range in {
				checkFormKeys(t, in, i)
				var want, got [stride]int32
				m.tab.addRows(&want, features(nil, in, i))
				side := func(j, s int) []int32 {
					if j < 0 || j >= len(in) {
						return c.pad[s*stride:]
					}
					return vs[j][s*stride:]
				}
				copy(got[:], vs[i][:stride])
				addVector(&got, side(i-1, fsPrev))
				addVector(&got, side(i-2, fsPrev2))
				addVector(&got, side(i+1, fsNext))
				addVector(&got, side(i+2, fsNext2))
				m.tab.addRows(&got, memFeatures(tokenFeatures(nil, in, i), in, i))
				if got != want {
					t.Fatalf("%q token %d: sums %v, want %v", in[i].w, i, got, want)
				}
				checked++
			}
		}
	}
	t.Logf("%d tokens", checked)
}

// checkFormKeys fails unless the keys of token i's parts are those of
// features, as multisets.
func checkFormKeys(t *testing.T, in []tokInfo, i int) {
	t.Helper()
	at := func(j int) *tokInfo {
		if j < 0 || j >= len(in) {
			return &padInfo
		}
		return &in[j]
	}
	parts := formFeatures(nil, at(i), fsSelf)
	parts = formFeatures(parts, at(i-1), fsPrev)
	parts = formFeatures(parts, at(i-2), fsPrev2)
	parts = formFeatures(parts, at(i+1), fsNext)
	parts = formFeatures(parts, at(i+2), fsNext2)
	parts = memFeatures(tokenFeatures(parts, in, i), in, i)
	all := features(nil, in, i)
	slices.Sort(parts)
	slices.Sort(all)
	if !slices.Equal(parts, all) {
		t.Fatalf("%q token %d: the parts have %d keys, features %d, or other keys: a feature template is missing from formFeatures or tokenFeatures", in[i].w, i, len(parts), len(all))
	}
}

// sameForm reports whether a and b agree on the fields of formInfo.
func sameForm(a, b *tokInfo) bool {
	return a.w == b.w && a.s == b.s && a.pre == b.pre && a.shape == b.shape &&
		a.cf == b.cf && a.cc == b.cc && a.cfs == b.cfs && a.ccs == b.ccs && a.freq == b.freq &&
		a.ctx == b.ctx && a.ctxs == b.ctxs && a.pfx1 == b.pfx1 && a.pfx2 == b.pfx2 && a.pfx3 == b.pfx3 &&
		a.sfx1 == b.sfx1 && a.sfx2 == b.sfx2 && a.sfx3 == b.sfx3 && a.ssf2 == b.ssf2
}

// TestTagFastSameLabels checks tagFast's labels (both passes) against
// those computed from every feature's row, with the form cache keeping
// every form and keeping one form a shard.
func TestTagFastSameLabels(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := formTestSents(t)
	kept := m.forms()
	defer func() { m.formc = kept }()
	for _, perShard := range []int{1, 1 << 12} {
		m.formc = newFormCache(m, perShard)
		sc := getScratch()
		labels, infos := m.tagIdxNoRules(sc, sents)
		got := make([][]int, len(labels))
		for i := range labels {
			got[i] = slices.Clone(labels[i])
		}
		want := refTag(m, infos)
		sc.put()
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("perShard %d, sentence %d: labels %v, want %v", perShard, i, got[i], want[i])
			}
		}
	}
}

// tagIdxNoRules is tagIdx up to tagFast: the model's labels before the
// rules.
func (m *Model) tagIdxNoRules(sc *scratch, sents [][]string) ([][]int, [][]tokInfo) {
	sc.prepare(sents)
	sc.formsOf(m)
	k := 0
	for i, s := range sents {
		sc.ws = m.infosInto(sc.infos[i], s, sc.folded[k:k+len(s)], nil, sc.ws, sc.forms[k:k+len(s)], gazMemo{})
		k += len(s)
	}
	return m.tagFast(sc, true), sc.infos
}

// refTag labels infos (both passes) from every feature's row, and leaves
// the memory labels of infos as they were.
func refTag(m *Model, infos [][]tokInfo) [][]int {
	em := func(in []tokInfo, pass int, feats func([]uint64, []tokInfo, int) []uint64, base [][]int32) ([]float32, [][]int32) {
		e := make([]float32, len(in)*nLabels)
		var sums [][]int32
		for i := range in {
			var acc [stride]int32
			m.tab.addRows(&acc, feats(nil, in, i))
			if base != nil {
				for c := range acc {
					acc[c] += base[i][c]
				}
			}
			sums = append(sums, slices.Clone(acc[:]))
			for c := range nLabels {
				e[i*nLabels+c] = float32(acc[pass*nLabels+c]) * (1.0 / weightScale)
			}
		}
		return e, sums
	}
	saved := make([][][]string, len(infos))
	for s, in := range infos {
		for i := range in {
			saved[s] = append(saved[s], slices.Clone(in[i].mem))
			in[i].mem = in[i].mem[:0]
		}
	}
	labels := make([][]int, len(infos))
	first := make([][][]int32, len(infos))
	var vit learn.ViterbiScratch
	for s, in := range infos {
		e, sums := em(in, 0, features, nil)
		first[s] = sums
		labels[s] = make([]int, len(in))
		m.trans1.ViterbiInto(&vit, labels[s], e)
	}
	var ms memScratch
	ms.add(infos, labels, memoryWindow)
	for s, in := range infos {
		e, _ := em(in, 1, memFeatures, first[s])
		m.trans2.ViterbiInto(&vit, labels[s], e)
	}
	for s, in := range infos {
		for i := range in {
			in[i].mem = saved[s][i]
		}
	}
	return labels
}
