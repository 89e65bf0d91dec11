package tagger

// The UPOS scores of a word's context, summed in advance.
//
// Most of uposContext's features look at one neighbour alone (its norm,
// affixes, name class, cluster, tags): what a word adds to the scores of
// the word after it, or two after, or before it, or two before, is then a
// property of the word, computed once with its other cached information
// (knownWord.side) and added as one vector instead of looked up feature by
// feature in the 5 MB weight table at every occurrence. So are the
// sentence boundaries' (Model.edge) and the two tag features of the
// previous tags (Model.tagPair). Scores are sums of integers, so the
// result is that of scoring every feature at once, bit for bit
// (TestSideScores).

// The four sides of a word's side vectors, in knownWord.side and
// Model.edge (where they hold the boundary's: <s> before the first word,
// </s> after the last).
const (
	asPrev  = iota // what the word gives the word after it
	asPrev2        // ... and the word two after it
	asNext         // what it gives the word before it
	asNext2        // ... and the word two before it
	sides
)

// sideFeatures appends the features word w gives a neighbour from side s.
func sideFeatures(buf []uint64, w *wordInfo, s int) []uint64 {
	switch s {
	case asPrev:
		return append(buf, f1(tPrev, w.norm), f1(tPrevSuf2, w.suf[2]), f1(tNamePrev, w.name), f1(tClusPrev, w.clus))
	case asPrev2:
		return append(buf, f1(tPrev2, w.norm))
	case asNext:
		nd := w.dict
		if nd == "-" {
			nd = w.stem
		}
		return append(buf, f1(tNext, w.norm), f1(tNextSuf2, w.suf[2]), f1(tNextPre2, w.pre[2]), f1(tNextSuf1, w.suf[1]),
			f1(tNameNext, w.name), f1(tClusNext, w.clus), f1(tNextStem, w.stem), f1(tNextDict, nd))
	default:
		return append(buf, f1(tNext2, w.norm))
	}
}

// edgeFeatures appends the features the sentence boundary gives the first
// words (s = asPrev, asPrev2) or the last ones (asNext, asNext2).
func edgeFeatures(buf []uint64, s int) []uint64 {
	switch s {
	case asPrev:
		return append(buf, f1(tPrev, bos), f1(tPrevSuf2, bos), f1(tNamePrev, bos), f1(tClusPrev, bos), f1(tFirst, ""))
	case asPrev2:
		return append(buf, f1(tPrev2, bos))
	case asNext:
		return append(buf, f1(tNext, eos), f1(tNextSuf2, eos), f1(tNextPre2, eos), f1(tNextSuf1, eos), f1(tNameNext, eos), f1(tClusNext, eos))
	default:
		return append(buf, f1(tNext2, eos))
	}
}

// sideScores returns the side vectors of w: sides vectors of n scores,
// one after the other.
func (m *Model) sideScores(w *wordInfo) []int32 {
	n := m.upos.N
	v := make([]int32, sides*n)
	var arr [16]uint64
	for s := range sides {
		m.upos.Add(sideFeatures(arr[:0], w, s), v[s*n:(s+1)*n])
	}
	return v
}

// compileContext computes the boundary vectors and the tag pair vectors
// of a trained or loaded model.
func (m *Model) compileContext() {
	n := m.upos.N
	var arr [16]uint64
	m.edge = make([]int32, sides*n)
	for s := range sides {
		m.upos.Add(edgeFeatures(arr[:0], s), m.edge[s*n:(s+1)*n])
	}
	name := func(t int) string {
		if t == len(m.tags) {
			return bos
		}
		return m.tags[t]
	}
	k := len(m.tags) + 1
	m.tagPair = make([]int32, k*k*n)
	for t2 := range k {
		for t1 := range k {
			fs := append(arr[:0], f1(tTag1, name(t1)), f2(tTag12, name(t2), name(t1)))
			m.upos.Add(fs, m.tagPair[(t2*k+t1)*n:(t2*k+t1+1)*n])
		}
	}
}

// addSide adds side s of the i-th word's vectors (the boundary's when i
// is outside the sentence) to scores.
func (m *Model) addSide(scores []int32, ws []wordInfo, i, s int) {
	n := len(scores)
	v := m.edge[s*n : (s+1)*n]
	if i >= 0 && i < len(ws) {
		v = ws[i].kw.side[s*n : (s+1)*n]
	}
	for c, x := range v {
		scores[c] += x
	}
}

// addTagPair adds the vector of the previous tags t2, t1 (len(m.tags) for
// <s>) to scores.
func (m *Model) addTagPair(scores []int32, t2, t1 int) {
	n := len(scores)
	k := len(m.tags) + 1
	for c, x := range m.tagPair[(t2*k+t1)*n : (t2*k+t1+1)*n] {
		scores[c] += x
	}
}

// uposPairs appends the context features of word i that look at the word
// and a neighbour together (the rest of uposContext is in the side
// vectors).
func uposPairs(buf []uint64, ws []wordInfo, i int) []uint64 {
	w := &ws[i]
	prev, next, cp, cn := bos, eos, bos, eos
	if i > 0 {
		prev, cp = ws[i-1].norm, ws[i-1].clus
	}
	if i+1 < len(ws) {
		next, cn = ws[i+1].norm, ws[i+1].clus
	}
	buf = append(buf,
		f2(tNormNext, w.norm, next),
		f2(tPrevNorm, prev, w.norm),
		f2(tClusPrevCur, cp, w.clus),
		f2(tClusCurNext, w.clus, cn),
	)
	if i+2 < len(ws) {
		nd := ws[i+1].dict
		if nd == "-" {
			nd = ws[i+1].stem
		}
		buf = append(buf, f2(tNextDict2, nd, ws[i+2].dict))
	}
	return buf
}

// uposTagWord appends the features of the previous tag t1 with the word
// (uposDynamic without the tags alone, which are in Model.tagPair).
func uposTagWord(buf []uint64, w *wordInfo, t1 string) []uint64 {
	return append(buf,
		f2(tTag1Norm, t1, w.norm),
		f2(tTag1Suf2, t1, w.suf[2]),
		f2(tTag1Suf3, t1, w.suf[3]),
		f2(tTag1Clus, t1, w.clus),
		f3(tTag1Pre2Suf1, t1, w.pre[2], w.suf[1]),
	)
}

// sided reports whether every word of ws has its side vectors.
func sided(ws []wordInfo) bool {
	for i := range ws {
		if ws[i].kw == nil || ws[i].kw.side == nil {
			return false
		}
	}
	return true
}

// predictSided is predictTags over words that all have their side vectors.
func (m *Model) predictSided(b *buffers, ws []wordInfo, tags []int, names []string) ([]int, []string) {
	n := len(m.tags)
	scores := b.scores[:n]
	for i := range ws {
		t1, t2 := n, n
		if i > 0 {
			t1 = tags[i-1]
		}
		if i > 1 {
			t2 = tags[i-2]
		}
		copy(scores, ws[i].kw.self)
		m.addSide(scores, ws, i-1, asPrev)
		m.addSide(scores, ws, i-2, asPrev2)
		m.addSide(scores, ws, i+1, asNext)
		m.addSide(scores, ws, i+2, asNext2)
		m.addTagPair(scores, t2, t1)
		name := bos
		if i > 0 {
			name = names[i-1]
		}
		b.feats = uposPairs(b.feats[:0], ws, i)
		b.feats = uposTagWord(b.feats, &ws[i], name)
		m.upos.Add(b.feats, scores)
		t := argmax(scores)
		tags = append(tags, t)
		names = append(names, m.tags[t])
	}
	return tags, names
}
