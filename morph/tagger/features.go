package tagger

import (
	"strconv"
	"strings"

	"github.com/rasid/rasid/internal/learn"
)

// wordInfo holds the per-word strings that features are built from,
// computed once per sentence.
type wordInfo struct {
	form  string // undiacritized
	norm  string // folded (alef, yeh, digits)
	suf   [5]string
	pre   [4]string
	shape string
	name  string           // name lexicon value (see nameLexicon)
	kw    *knownWord       // cached information when the form was seen in training
	stem  string           // tag of the form with affixes stripped, "-" when unknown
	dict  string           // commonest tag of the form in training, "-" when unknown
	clus  string           // word cluster from raw text, "-" when none
	grams [maxGrams]uint64 // hashed letter trigrams
	nGram int
}

const maxGrams = 20

var shapeNames = [...]string{"ar", "dg", "la", "pu", "mx", "ot"}

func newWordInfo(form string) wordInfo {
	wi := wordInfo{form: form, norm: normForm(form)}
	if len(wi.norm) > 64 {
		// Very long tokens (URLs, glued text) carry no more information
		// than their ends; keep hashing cheap.
		wi.norm = prefix(wi.norm, 16) + "…" + suffix(wi.norm, 16)
	}
	for k := 1; k <= 4; k++ {
		wi.suf[k] = suffix(wi.norm, k)
	}
	for k := 1; k <= 3; k++ {
		wi.pre[k] = prefix(wi.norm, k)
	}
	n := runeLen(wi.norm)
	if n > 8 {
		n = 8
	}
	wi.shape = shapeNames[shape(form)] + strconv.Itoa(n)
	return wi
}

const (
	bos = "<s>"
	eos = "</s>"
)

// Feature templates. Their numbers are part of the model format: change one
// and the model must be retrained.
const (
	tBias = iota + 1
	tNorm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tPrev
	tNext
	tPrev2
	tNext2
	tTag1
	tTag12
	tTag1Norm
	tNextSuf2
	tPrevSuf2
	tNormNext
	tPrevNorm
	tTag1Suf2
	tPre2Suf2
	tNextPre2
	tTag1Suf3
	tNextSuf1
	tFirst
	tName
	tNamePrev
	tNameNext
	tNameSuf1
	tStemTag
	tStemTagSuf1
	tGram
	tNextStem
	tNextDict
	tNextDict2
	tDictNextDict
	tTag1Dict
	tClus
	tClusPrev
	tClusNext
	tClusSuf2
	tTag1Clus
	tClusPrevCur
	tClusCurNext
	tTag1Pre2Suf1
)

// uposStatic appends the features of word i that do not depend on
// predicted tags.
func uposStatic(buf []uint64, ws []wordInfo, i int) []uint64 {
	return uposContext(uposSelf(buf, &ws[i]), ws, i)
}

// uposSelf appends the features that depend on the word alone; their
// summed weights are cached per known form (Model.selfScores).
func uposSelf(buf []uint64, w *wordInfo) []uint64 {
	buf = append(buf,
		f1(tBias, ""),
		f1(tNorm, w.norm),
		f1(tSuf1, w.suf[1]),
		f1(tSuf2, w.suf[2]),
		f1(tSuf3, w.suf[3]),
		f1(tSuf4, w.suf[4]),
		f1(tPre1, w.pre[1]),
		f1(tPre2, w.pre[2]),
		f1(tPre3, w.pre[3]),
		f1(tShape, w.shape),
		f2(tPre2Suf2, w.pre[2], w.suf[2]),
		f1(tName, w.name),
		f2(tNameSuf1, w.name, w.suf[1]),
		f1(tStemTag, w.stem),
		f2(tStemTagSuf1, w.stem, w.suf[1]),
		f1(tClus, w.clus),
		f2(tClusSuf2, w.clus, w.suf[2]),
	)
	return append(buf, w.grams[:w.nGram]...)
}

// uposContext appends the features that look at the neighbouring words.
func uposContext(buf []uint64, ws []wordInfo, i int) []uint64 {
	w := &ws[i]
	prev, prev2, next, next2 := bos, bos, eos, eos
	prevSuf2, nextSuf2, nextPre2, nextSuf1 := bos, eos, eos, eos
	namePrev, nameNext, cp, cn := bos, eos, bos, eos
	if i > 0 {
		prev = ws[i-1].norm
		prevSuf2 = ws[i-1].suf[2]
		namePrev = ws[i-1].name
		cp = ws[i-1].clus
	}
	if i > 1 {
		prev2 = ws[i-2].norm
	}
	if i+1 < len(ws) {
		next = ws[i+1].norm
		nextSuf2 = ws[i+1].suf[2]
		nextPre2 = ws[i+1].pre[2]
		nextSuf1 = ws[i+1].suf[1]
		nameNext = ws[i+1].name
		cn = ws[i+1].clus
	}
	if i+2 < len(ws) {
		next2 = ws[i+2].norm
	}
	buf = append(buf,
		f1(tPrev, prev),
		f1(tNext, next),
		f1(tPrev2, prev2),
		f1(tNext2, next2),
		f1(tNextSuf2, nextSuf2),
		f1(tPrevSuf2, prevSuf2),
		f2(tNormNext, w.norm, next),
		f2(tPrevNorm, prev, w.norm),
		f1(tNextPre2, nextPre2),
		f1(tNextSuf1, nextSuf1),
		f1(tNamePrev, namePrev),
		f1(tNameNext, nameNext),
		f1(tClusPrev, cp),
		f1(tClusNext, cn),
		f2(tClusPrevCur, cp, w.clus),
		f2(tClusCurNext, w.clus, cn),
	)
	if i == 0 {
		buf = append(buf, f1(tFirst, ""))
	}
	if i+1 < len(ws) {
		nd := ws[i+1].dict
		if nd == "-" {
			nd = ws[i+1].stem
		}
		buf = append(buf, f1(tNextStem, ws[i+1].stem), f1(tNextDict, nd))
		if i+2 < len(ws) {
			buf = append(buf, f2(tNextDict2, nd, ws[i+2].dict))
		}
	}
	return buf
}

// uposDynamic appends the features that use the tags predicted for the two
// previous words.
func uposDynamic(buf []uint64, w *wordInfo, t1, t2 string) []uint64 {
	return append(buf,
		f1(tTag1, t1),
		f2(tTag12, t2, t1),
		f2(tTag1Norm, t1, w.norm),
		f2(tTag1Suf2, t1, w.suf[2]),
		f2(tTag1Suf3, t1, w.suf[3]),
		f2(tTag1Clus, t1, w.clus),
		f3(tTag1Pre2Suf1, t1, w.pre[2], w.suf[1]),
	)
}

// FEATS templates (conjoined with the word's UPOS).
const (
	xUPOS = iota + 100
	xNorm
	xSuf1
	xSuf2
	xSuf3
	xSuf4
	xPre1
	xPre2
	xPre3
	xPrevTag
	xNextTag
	xPrevNorm
	xNextNorm
	xPrevTagNorm
	xPre2Suf1
	xPrev2Tag
	xNextTagSuf1
	xPrevSuf1
	xClus
	xClusSuf1
)

// featsFeatures appends the features used by the FEATS classifiers for word
// i, whose UPOS (and its neighbours') are already known.
func featsFeatures(buf []uint64, ws []wordInfo, tags []string, i int) []uint64 {
	return featsContext(featsSelf(buf, &ws[i], tags[i]), ws, tags, i)
}

// featsSelf appends the FEATS features of a word alone with UPOS u; their
// weights are cached per known (form, UPOS).
func featsSelf(buf []uint64, w *wordInfo, u string) []uint64 {
	return append(buf,
		f1(xUPOS, u),
		f2(xNorm, u, w.norm),
		f2(xSuf1, u, w.suf[1]),
		f2(xSuf2, u, w.suf[2]),
		f2(xSuf3, u, w.suf[3]),
		f2(xSuf4, u, w.suf[4]),
		f2(xPre1, u, w.pre[1]),
		f2(xPre2, u, w.pre[2]),
		f2(xPre3, u, w.pre[3]),
		f3(xPre2Suf1, u, w.pre[2], w.suf[1]),
		f2(xClus, u, w.clus),
		f3(xClusSuf1, u, w.clus, w.suf[1]),
	)
}

// featsContext appends the FEATS features that look at the neighbours.
func featsContext(buf []uint64, ws []wordInfo, tags []string, i int) []uint64 {
	w := &ws[i]
	u := tags[i]
	prevTag, prev2Tag, nextTag, prevNorm, nextNorm, prevSuf1 := bos, bos, eos, bos, eos, bos
	if i > 0 {
		prevTag, prevNorm, prevSuf1 = tags[i-1], ws[i-1].norm, ws[i-1].suf[1]
	}
	if i > 1 {
		prev2Tag = tags[i-2]
	}
	if i+1 < len(ws) {
		nextTag, nextNorm = tags[i+1], ws[i+1].norm
	}
	return append(buf,
		f2(xPrevTag, u, prevTag),
		f2(xNextTag, u, nextTag),
		f2(xPrevNorm, u, prevNorm),
		f2(xNextNorm, u, nextNorm),
		f3(xPrevTagNorm, u, prevTag, prevNorm),
		f3(xPrev2Tag, u, prev2Tag, prevTag),
		f3(xNextTagSuf1, u, nextTag, w.suf[1]),
		f3(xPrevSuf1, u, prevTag, prevSuf1),
	)
}

// Lemma classifier templates.
const (
	lUPOS = iota + 200
	lSuf1
	lSuf2
	lSuf3
	lSuf4
	lPre1
	lPre2
	lPre3
	lLen
	lPre2Suf2
	lClusSuf1
	lOutput
)

func lemmaFeatures(buf []uint64, w *wordInfo, upos string) []uint64 {
	return append(buf,
		f1(lUPOS, upos),
		f2(lSuf1, upos, w.suf[1]),
		f2(lSuf2, upos, w.suf[2]),
		f2(lSuf3, upos, w.suf[3]),
		f2(lSuf4, upos, w.suf[4]),
		f2(lPre1, upos, w.pre[1]),
		f2(lPre2, upos, w.pre[2]),
		f2(lPre3, upos, w.pre[3]),
		f2(lLen, upos, w.shape),
		f3(lPre2Suf2, upos, w.pre[2], w.suf[2]),
		f3(lClusSuf1, upos, w.clus, w.suf[1]),
	)
}

// stemSuffixes are inflectional endings stripped to find a known relative
// of an unknown word (المهاجرين → مهاجر).
var stemSuffixes = []string{"ات", "ين", "ون", "ان", "ية", "ة", "ي", "ا", "ه", "ها"}

// stemTag returns the UPOS of a known word the form is an inflection of,
// or "-".
func stemTag(dict tagLookup, tags []string, norm string) string {
	stem := norm
	if s, ok := strings.CutPrefix(norm, "ال"); ok && runeLen(s) >= 2 {
		stem = s
	}
	try := func(s string) (string, bool) {
		if s == norm || runeLen(s) < 2 {
			return "", false
		}
		if t, ok := dict.tag(s); ok {
			return tags[t], true
		}
		return "", false
	}
	if t, ok := try(stem); ok {
		return t
	}
	for _, suf := range stemSuffixes {
		if s, ok := strings.CutSuffix(stem, suf); ok {
			if t, ok := try(s); ok {
				return t
			}
			if t, ok := try(s + "ة"); ok {
				return t
			}
		}
	}
	return "-"
}

// setGrams hashes the letter trigrams inside a word (with boundary marks),
// which tell transliterated foreign names from Arabic words.
func (w *wordInfo) setGrams() {
	n := runeLen(w.norm)
	if n < 3 || n > maxGrams-2 {
		return
	}
	// Byte offsets of the rune starts, plus the end.
	var starts [maxGrams + 1]int
	k := 0
	for i := range w.norm {
		starts[k] = i
		k++
	}
	starts[k] = len(w.norm)
	tmpl := uint64(tGram)
	h0 := learn.Seeded(tmpl)
	// ^ab, then abc..., then yz$
	w.grams[w.nGram] = learn.Mix(uint64(h0.Str("^").Str(w.norm[:starts[2]])))
	w.nGram++
	for i := 0; i+3 <= n; i++ {
		w.grams[w.nGram] = learn.Mix(uint64(h0.Str(w.norm[starts[i]:starts[i+3]])))
		w.nGram++
	}
	w.grams[w.nGram] = learn.Mix(uint64(h0.Str(w.norm[starts[n-2]:]).Str("$")))
	w.nGram++
}
