package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/training"
)

// UPOSTags are the 17 UD v2 universal part-of-speech tags, in the order the
// model numbers them.
var UPOSTags = []string{
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
}

// Hold-out settings for TrainOptions.HoldOut.
const (
	// HoldOutNone trains on everything (the shipped model).
	HoldOutNone = ""
	// HoldOutPUD trains on PADT and the first half of the PUD documents and
	// holds out the second half: the development figures.
	HoldOutPUD = "pud"
	// HoldOutPUDSwap is HoldOutPUD with the halves swapped (train on the
	// second half, score the first); the two together give a 2-fold figure.
	HoldOutPUDSwap = "pud-swap"
	// HoldOutPADT trains on PADT dev and all PUD and holds out PADT test:
	// the figures for roots, which only PADT has.
	HoldOutPADT = "padt"
)

// TrainOptions configures training.
type TrainOptions struct {
	// DataDir is the shared data folder (../shared/data from the repository
	// root).
	DataDir string
	// HoldOut selects a development split (HoldOutPUD, HoldOutPADT) or none.
	HoldOut string
	// MaxSentences, when positive, keeps only the first MaxSentences
	// sentences of each treebank, for fast tests.
	MaxSentences int
	// Iterations over the training data (default 8).
	Iterations int
	// PUDWeight is how much a PUD example counts against a PADT one in
	// every learned table and classifier (default 3): PUD's conventions are
	// the ones evaluated.
	PUDWeight float32
	// Log, when set, receives progress lines.
	Log io.Writer
	// Command is the training command written in the model file's header
	// (default: Header.Command).
	Command string
	// Clusters is the number of word clusters learned from the raw
	// SaudiNewsNet text (default 256; negative: none, for fast tests).
	Clusters int

	// names is the name lexicon (read from DataDir by loadSplit).
	names    nameLexicon
	clusters map[string]uint16
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 8
	}
	if o.Clusters == 0 {
		o.Clusters = 256
	}
	if o.PUDWeight <= 0 {
		o.PUDWeight = 3
	}
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// loadSplit reads the treebanks and returns the training and held-out
// sentences for the options' hold-out setting.
func loadSplit(o TrainOptions) (train, held []sentence, err error) {
	d := training.Data{Dir: o.DataDir}
	var padt [][]sentence
	for _, set := range training.PADT {
		s, err := readTreebank(d, set, PADT)
		if err != nil {
			return nil, nil, err
		}
		if o.MaxSentences > 0 && len(s) > o.MaxSentences {
			s = s[:o.MaxSentences]
		}
		padt = append(padt, s)
	}
	pud, err := readTreebank(d, training.PUDDev, PUD)
	if err != nil {
		return nil, nil, err
	}
	if o.MaxSentences > 0 && len(pud) > o.MaxSentences {
		pud = pud[:o.MaxSentences]
	}
	for i := range pud {
		convertPUD(&pud[i])
	}
	pudTrain, pudHeld := pud, []sentence(nil)
	switch o.HoldOut {
	case HoldOutPUD:
		pudTrain, pudHeld = splitByDocument(pud)
	case HoldOutPUDSwap:
		pudHeld, pudTrain = splitByDocument(pud)
	}
	if o.names == nil {
		if o.names, err = readNameLexicon(d); err != nil {
			return nil, nil, err
		}
	}
	conv := learnPUDConventions(pudTrain)
	for _, set := range padt {
		for i := range set {
			convertPADT(&set[i])
			conv.apply(&set[i])
		}
	}
	switch o.HoldOut {
	case HoldOutNone:
		train = append(append(append(train, padt[0]...), padt[1]...), pud...)
	case HoldOutPUD, HoldOutPUDSwap:
		train = append(append(append(train, padt[0]...), padt[1]...), pudTrain...)
		held = pudHeld
	case HoldOutPADT:
		train = append(append(train, padt[0]...), pud...)
		held = padt[1]
	default:
		return nil, nil, fmt.Errorf("tagger: unknown hold-out %q", o.HoldOut)
	}
	return train, held, nil
}

// splitByDocument puts the first half of the documents (in file order) in
// a and the rest in b.
func splitByDocument(s []sentence) (a, b []sentence) {
	var docs []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[x.Doc] {
			seen[x.Doc] = true
			docs = append(docs, x.Doc)
		}
	}
	first := map[string]bool{}
	for _, d := range docs[:(len(docs)+1)/2] {
		first[d] = true
	}
	for _, x := range s {
		if first[x.Doc] {
			a = append(a, x)
		} else {
			b = append(b, x)
		}
	}
	return a, b
}

// Train trains a model on the treebanks in opts.DataDir.
func Train(opts TrainOptions) (*Model, error) {
	m, _, err := Develop(opts)
	return m, err
}

// Develop trains like Train and, when opts.HoldOut names a split, also
// scores the model on the held-out sentences with gold words.
func Develop(opts TrainOptions) (*Model, *Scores, error) {
	opts.defaults()
	d := training.Data{Dir: opts.DataDir}
	lex, err := readNameLexicon(d)
	if err != nil {
		return nil, nil, err
	}
	opts.names = lex
	if opts.Clusters > 0 {
		opts.clusters, err = learnClusters(d, opts.Clusters, opts.logf)
		if err != nil {
			return nil, nil, err
		}
	}
	train, held, err := loadSplit(opts)
	if err != nil {
		return nil, nil, err
	}
	opts.logf("training on %d sentences, holding out %d", len(train), len(held))
	m := trainModel(train, opts)
	if len(held) == 0 {
		return m, nil, nil
	}
	sc := m.evaluate(held)
	return m, &sc, nil
}

func (o *TrainOptions) weight(s Source) float32 {
	if s == PUD {
		return o.PUDWeight
	}
	return 1
}

// trainModel learns every part of the model from sentences with v2 labels.
func trainModel(train []sentence, o TrainOptions) *Model {
	m := &Model{tags: UPOSTags, tagIdx: map[string]int{}, names: tableOf(o.names), clusters: tableOf(o.clusters), command: o.Command}
	for i, t := range m.tags {
		m.tagIdx[t] = i
	}
	m.tagDict = tableOf(m.buildTagDict(train, o, -1))
	infos := make([][]wordInfo, len(train))
	for fold := 0; fold < folds; fold++ {
		dict := m.buildTagDict(train, o, fold)
		for i, s := range train {
			if i%folds != fold {
				continue
			}
			ws := make([]wordInfo, len(s.Toks))
			for j, t := range s.Toks {
				ws[j] = m.wordInfoWith(t.Form, dict)
			}
			infos[i] = ws
		}
	}
	// A fixed order shuffled with a fixed seed: training is deterministic.
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}

	m.trainUPOS(train, infos, order, rng, o)
	m.trainFeats(train, infos, order, rng, o)
	m.trainLemmas(train, infos, o)
	m.trainRoots(train)
	fs := map[string]bool{}
	for _, s := range train {
		for _, t := range s.Toks {
			if t.Feats != "" {
				fs[t.Feats] = true
			}
		}
	}
	m.featStrings = sortedKeys(fs)
	m.freeze()
	return m
}

// folds is the number of jackknife folds for dictionary features.
const folds = 10

// buildTagDict maps folded forms to their commonest UPOS in the training
// sentences, leaving out those of one fold (none when fold < 0).
func (m *Model) buildTagDict(train []sentence, o TrainOptions, fold int) tagMap {
	counts := map[string]map[string]float32{}
	for i, s := range train {
		if i%folds == fold {
			continue
		}
		for _, t := range s.Toks {
			if t.UPOS == "" {
				continue
			}
			n := normForm(t.Form)
			if counts[n] == nil {
				counts[n] = map[string]float32{}
			}
			counts[n][t.UPOS] += o.weight(s.Source)
		}
	}
	dict := tagMap{}
	for n, c := range counts {
		dict[n] = uint8(m.tagIdx[best(c)])
	}
	return dict
}

func (m *Model) trainUPOS(train []sentence, infos [][]wordInfo, order []int, rng *rand.Rand, o TrainOptions) {
	upos := learn.NewDense(len(m.tags))
	b := &buffers{}
	scores := make([]float32, len(m.tags))
	for it := 0; it < o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			s, ws := &train[si], infos[si]
			names := b.names[:0]
			for i := range ws {
				t1, t2 := prevTwo(names, i)
				b.feats = uposStatic(b.feats[:0], ws, i)
				b.feats = uposDynamic(b.feats, &ws[i], t1, t2)
				clear(scores)
				upos.Score(b.feats, scores)
				pred := argmax(scores)
				upos.Tick()
				if g := s.Toks[i].UPOS; g != "" {
					gold, ok := m.tagIdx[g]
					if ok {
						total++
						if gold != pred {
							errs++
							upos.Update(b.feats, gold, pred, o.weight(s.Source))
						}
					}
				}
				names = append(names, m.tags[pred])
			}
			b.names = names
		}
		o.logf("upos iteration %d: %.2f%% training errors", it+1, 100*float64(errs)/float64(max(total, 1)))
	}
	upos.Average()
	// Tagging uses the weights as the model file keeps them.
	m.upos = learn.Quantize(upos.Blocks)
	o.logf("upos: %d features", m.upos.Len())
}

// featStats counts, per source and UPOS, how often each attribute occurs.
type featStats struct {
	words map[Source]map[string]int
	attr  map[Source]map[string]map[string]int
}

// annotated reports whether src marks attribute a on words tagged u.
func (st *featStats) annotated(src Source, u, a string) bool {
	n := st.words[src][u]
	return n > 0 && st.attr[src][u][a]*100 >= 3*n
}

// countFeats counts the attributes of the training words, and returns
// the values of each attribute.
func countFeats(train []sentence) (*featStats, map[string]map[string]bool) {
	st := &featStats{words: map[Source]map[string]int{}, attr: map[Source]map[string]map[string]int{}}
	values := map[string]map[string]bool{}
	for _, s := range train {
		if st.words[s.Source] == nil {
			st.words[s.Source] = map[string]int{}
			st.attr[s.Source] = map[string]map[string]int{}
		}
		for _, t := range s.Toks {
			if t.UPOS == "" {
				continue
			}
			st.words[s.Source][t.UPOS]++
			if st.attr[s.Source][t.UPOS] == nil {
				st.attr[s.Source][t.UPOS] = map[string]int{}
			}
			for _, kv := range splitFeats(t.Feats) {
				k, v, _ := strings.Cut(kv, "=")
				st.attr[s.Source][t.UPOS][k]++
				if values[k] == nil {
					values[k] = map[string]bool{}
				}
				values[k][v] = true
			}
		}
	}
	return st, values
}

// chooseAttributes sets the attributes and their values (m.attrs, in name
// order) and the attributes each UPOS carries (m.attrsOf): those its
// output source annotates, PUD when PUD is present. It returns the
// attributes' numbers by name.
func (m *Model) chooseAttributes(st *featStats, values map[string]map[string]bool) map[string]int {
	outSrc := []Source{PUD}
	if len(st.words[PUD]) == 0 {
		outSrc = []Source{PADT}
	}
	attrIdx := map[string]int{}
	for _, name := range sortedKeys(values) {
		vals := sortedKeys(values[name])
		attrIdx[name] = len(m.attrs)
		m.attrs = append(m.attrs, attribute{Name: name, Values: vals})
	}
	m.attrsOf = make([][]int, len(m.tags))
	for ti, u := range m.tags {
		for ai, a := range m.attrs {
			for _, src := range outSrc {
				if st.annotated(src, u, a.Name) {
					m.attrsOf[ti] = append(m.attrsOf[ti], ai)
					break
				}
			}
		}
	}
	return attrIdx
}

func (m *Model) trainFeats(train []sentence, infos [][]wordInfo, order []int, rng *rand.Rand, o TrainOptions) {
	st, values := countFeats(train)
	attrIdx := m.chooseAttributes(st, values)
	sizes := m.layout()
	dense := make([]*learn.Dense, len(m.tags))
	maxSize := 0
	for ti, n := range sizes {
		if n > 0 {
			dense[ti] = learn.NewDense(n)
			maxSize = max(maxSize, n)
		}
	}
	scores := make([]float32, maxSize)
	var buf []uint64
	gold := make([]int, len(m.attrs))
	for it := 0; it < o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			s, ws := &train[si], infos[si]
			tags := make([]string, len(s.Toks))
			for i, t := range s.Toks {
				tags[i] = t.UPOS
				if tags[i] == "" {
					tags[i] = "X"
				}
			}
			for i, t := range s.Toks {
				ti, ok := m.tagIdx[t.UPOS]
				if !ok || len(m.attrsOf[ti]) == 0 {
					continue
				}
				if s.Source == PADT && t.Feats == "" {
					// PADT words without any feature (foreign names,
					// which were X) are unannotated, not featureless.
					continue
				}
				buf = featsFeatures(buf[:0], ws, tags, i)
				d := dense[ti]
				scores := scores[:d.Classes()]
				clear(scores)
				d.Score(buf, scores)
				d.Tick()
				clear(gold)
				for _, kv := range splitFeats(t.Feats) {
					k, v, _ := strings.Cut(kv, "=")
					a := &m.attrs[attrIdx[k]]
					gold[attrIdx[k]] = 1 + sort.SearchStrings(a.Values, v)
				}
				for k, ai := range m.attrsOf[ti] {
					a := &m.attrs[ai]
					if !st.annotated(s.Source, t.UPOS, a.Name) {
						continue
					}
					off := m.offsets[ti][k]
					pred := argmax(scores[off : off+len(a.Values)+1])
					total++
					if pred != gold[ai] {
						errs++
						d.Update(buf, off+gold[ai], off+pred, o.weight(s.Source))
					}
				}
			}
		}
		o.logf("feats iteration %d: %.2f%% attribute errors", it+1, 100*float64(errs)/float64(max(total, 1)))
	}
	nf := 0
	m.feats = make([]*learn.Quant, len(m.tags))
	for ti, d := range dense {
		if d != nil {
			d.Average()
			m.feats[ti] = learn.Quantize(d.Blocks)
			nf += m.feats[ti].Len()
		}
	}
	o.logf("feats: %d attributes, %d features", len(m.attrs), nf)
}

func splitFeats(f string) []string {
	if f == "" || f == "_" {
		return nil
	}
	return strings.Split(f, "|")
}

// best returns the key with the highest count, the smallest key on ties.
func best(m map[string]float32) string {
	out, n := "", float32(-1)
	for _, k := range sortedKeys(m) {
		if m[k] > n {
			out, n = k, m[k]
		}
	}
	return out
}

func (m *Model) trainLemmas(train []sentence, infos [][]wordInfo, o TrainOptions) {
	types := m.learnLemmaDicts(train, infos, o)
	ids, exScript := m.learnScripts(types)
	m.lemmaW = learn.NewPairs()
	m.outputW = nil
	order := make([]int, len(types))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var feats []uint64
	var cands []int32
	for it := 0; it < o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, i := range order {
			e := types[i]
			gold, ok := ids[exScript[i]]
			if !ok || shape(e.wi.form) != shapeArabic {
				continue
			}
			feats = lemmaFeatures(feats[:0], e.wi, m.tags[e.tag])
			cands = m.scripts.candidates(cands[:0], e.wi.form)
			pred := m.bestScript(feats, cands, e.wi.form, e.tag)
			m.lemmaW.Tick()
			total++
			if pred != gold {
				errs++
				m.lemmaW.Update(feats, gold, pred)
				if pred >= 0 {
					m.lemmaW.Update1(m.outputFeature(e.wi.form, e.tag, gold), m.outputFeature(e.wi.form, e.tag, pred))
				}
			}
		}
		o.logf("lemma iteration %d: %.2f%% script errors", it+1, 100*float64(errs)/float64(max(total, 1)))
	}
	m.lemmaW.Average()
	o.logf("lemma: %d dictionary entries, %d scripts, %d weights", len(m.lemmaDict), len(m.scripts.scripts), len(m.lemmaW.Blocks().Keys))
}

// bestScript returns the best scoring of the candidate scripts for form
// with tag t (-1 when there is none).
func (m *Model) bestScript(feats []uint64, cands []int32, form string, t int) int {
	pred, predScore := -1, float32(0)
	for _, c := range cands {
		s := m.lemmaW.Score(feats, int(c)) + m.outputScore(form, t, int(c))
		if pred < 0 || s > predScore {
			pred, predScore = int(c), s
		}
	}
	return pred
}

// lemmaExample is a (form, tag, lemma) type seen in training.
type lemmaExample struct {
	wi    *wordInfo
	tag   int
	lemma string
}

// weighted counts values by key.
type weighted[K comparable] map[K]map[string]float32

func (mm weighted[K]) add(k K, v string, w float32) {
	if mm[k] == nil {
		mm[k] = map[string]float32{}
	}
	mm[k][v] += w
}

// bestOf returns the best value of each key, those of prefer where it has
// the key.
func bestOf[K comparable](all, prefer weighted[K]) map[K]string {
	out := make(map[K]string, len(all))
	for k, c := range all {
		if p, ok := prefer[k]; ok {
			c = p
		}
		out[k] = best(c)
	}
	return out
}

// learnLemmaDicts fills the lemma and vocalized-lemma dictionaries and
// returns the distinct (form, tag, lemma) types, in order of first
// occurrence.
func (m *Model) learnLemmaDicts(train []sentence, infos [][]wordInfo, o TrainOptions) []lemmaExample {
	// PUD's lemma for a form wins over PADT's whenever PUD has the form:
	// the two differ by convention on some frequent words (هذا: PUD ه`ذا).
	lemmas, pudLemmas := weighted[key]{}, weighted[key]{}
	vocs, pudVocs := weighted[key]{}, weighted[key]{}
	vocAny := weighted[string]{}
	var types []lemmaExample
	seen := map[[3]string]bool{}
	for si, s := range train {
		w := o.weight(s.Source)
		for i, t := range s.Toks {
			ti, ok := m.tagIdx[t.UPOS]
			if !ok || t.Lemma == "" || t.Form == "" {
				continue
			}
			lemmas.add(key{t.Form, uint8(ti)}, t.Lemma, w)
			if s.Source == PUD {
				pudLemmas.add(key{t.Form, uint8(ti)}, t.Lemma, w)
			}
			if t.LemmaVoc != "" && t.LemmaVoc != t.Lemma {
				vocs.add(key{t.Lemma, uint8(ti)}, t.LemmaVoc, w)
				if s.Source == PUD {
					pudVocs.add(key{t.Lemma, uint8(ti)}, t.LemmaVoc, w)
				}
				vocAny.add(t.Lemma, t.LemmaVoc, w)
			}
			k := [3]string{t.Form, t.UPOS, t.Lemma}
			if !seen[k] {
				seen[k] = true
				types = append(types, lemmaExample{&infos[si][i], ti, t.Lemma})
			}
		}
	}
	m.lemmaDict = bestOf(lemmas, pudLemmas)
	m.vocDict = bestOf(vocs, pudVocs)
	m.vocAny = bestOf(vocAny, nil)
	return types
}

// learnScripts makes the edit scripts seen at least twice the lemma
// classes (m.scripts); it returns their numbers by script key and each
// type's script key ("" for none).
func (m *Model) learnScripts(types []lemmaExample) (map[string]int, []string) {
	counts := map[string]int{}
	scriptOf := map[string]script{}
	exScript := make([]string, len(types))
	for i, e := range types {
		s, ok := learnScript(e.wi.form, e.lemma)
		if !ok || runeLen(s.CutSuf) > maxCut {
			continue
		}
		k := s.key()
		counts[k]++
		scriptOf[k] = s
		exScript[i] = k
	}
	var keys []string
	for _, k := range sortedKeys(counts) {
		if counts[k] >= 2 {
			keys = append(keys, k)
		}
	}
	ids := map[string]int{}
	scripts := make([]script, len(keys))
	for i, k := range keys {
		ids[k] = i
		scripts[i] = scriptOf[k]
	}
	m.scripts = newScriptIndex(scripts)
	return ids, exScript
}

func (m *Model) trainRoots(train []sentence) {
	roots := map[key]map[string]float32{}
	rootAny := map[string]map[string]float32{}
	pairs := map[[2]string]bool{}
	for _, s := range train {
		for _, t := range s.Toks {
			ti, ok := m.tagIdx[t.UPOS]
			if !ok || t.Root == "" || t.Lemma == "" || rootless[t.UPOS] {
				continue
			}
			k := key{t.Lemma, uint8(ti)}
			if roots[k] == nil {
				roots[k] = map[string]float32{}
			}
			roots[k][t.Root]++
			if rootAny[t.Lemma] == nil {
				rootAny[t.Lemma] = map[string]float32{}
			}
			rootAny[t.Lemma][t.Root]++
			pairs[[2]string{t.Lemma, t.Root}] = true
		}
	}
	m.rootDict = map[key]string{}
	for k, c := range roots {
		m.rootDict[k] = best(c)
	}
	m.rootAny = map[string]string{}
	for k, c := range rootAny {
		m.rootAny[k] = best(c)
	}
	patCount := map[[2]string]float64{}
	for p := range pairs {
		if pat, ok := learnPattern(p[0], p[1]); ok {
			patCount[[2]string{pat.Shape, pat.Build}]++
		}
	}
	m.patterns = map[int][]rootPattern{}
	for k, c := range patCount {
		if c < 2 {
			continue
		}
		n := runeLen(k[0])
		m.patterns[n] = append(m.patterns[n], rootPattern{Shape: k[0], Build: k[1], Count: c})
	}
	for n := range m.patterns {
		sortPatterns(m.patterns[n])
	}
}

func sortPatterns(p []rootPattern) {
	sort.Slice(p, func(i, j int) bool {
		if p[i].Count != p[j].Count {
			return p[i].Count > p[j].Count
		}
		if p[i].Shape != p[j].Shape {
			return p[i].Shape < p[j].Shape
		}
		return p[i].Build < p[j].Build
	})
}
