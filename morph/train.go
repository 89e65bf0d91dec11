package morph

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/learn"
	"github.com/rasid/rasid/morph/tagger"
	"github.com/rasid/rasid/training"
)

// TrainOptions configures Train.
type TrainOptions struct {
	// DataDir is the shared data folder (../shared/data from the repo root).
	DataDir string
	// Epochs is the number of perceptron passes (default 8).
	Epochs int
	// MaxTokens > 0 keeps only that many tokens of each source (for tests).
	MaxTokens int
	// MaxArticles > 0 reads only that many SaudiNewsNet articles.
	MaxArticles int
	// FreqMin is the smallest raw-text count kept in the frequency table
	// (default 3).
	FreqMin int
	// WikiRepeat is how many times each WikiNews example is seen per
	// epoch (default 4): they are the only fully labelled ones.
	WikiRepeat int
	// Seeds is the number of perceptrons, trained on differently shuffled
	// data, whose weights are averaged (default 3).
	Seeds int
	// Tagger, when set, gives the UPOS of WikiNews stems in context, a
	// feature of the Farasa stem tag (see AnalyzeSentence). Train uses the
	// embedded tagger when it is nil.
	Tagger *tagger.Model
	// Command is the training command written in the model file's header
	// (default: Header.Command).
	Command string
	// Log receives progress lines when not nil.
	Log io.Writer
	// Errors receives the wrong tokens of CrossValidate when not nil.
	Errors io.Writer
}

// trainData is everything training reads.
type trainData struct {
	wiki   [][]goldTok // WikiNews sections (fine-grained)
	padt   []goldTok   // PADT dev+test (UD split)
	pud    []goldTok   // PUD dev (UD split, surface letters)
	counts map[string]int
	names  map[string]int // ANERcorp name tokens
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// loadCorpus reads the training data under opts.DataDir.
func loadCorpus(opts TrainOptions) (*trainData, error) {
	c := &trainData{}
	d := training.Data{Dir: opts.DataDir}
	raw, err := d.WikiNews()
	if err != nil {
		return nil, err
	}
	c.wiki = wikiNewsGold(raw)
	for _, set := range training.PADT {
		s, err := udRows(set, d.Treebank)
		if err != nil {
			return nil, err
		}
		c.padt = append(c.padt, padtTokens(s)...)
	}
	s, err := udRows(training.PUDDev, d.Treebank)
	if err != nil {
		return nil, err
	}
	c.pud = pudTokens(s)
	c.counts, err = wordCounts(d, opts.MaxArticles)
	if err != nil {
		return nil, err
	}
	ner, err := d.ANERcorp()
	if err != nil {
		return nil, err
	}
	c.names = nameCounts(ner)
	if n := opts.MaxTokens; n > 0 {
		for i := range c.wiki {
			c.wiki[i] = c.wiki[i][:min(n, len(c.wiki[i]))]
		}
		c.padt = c.padt[:min(n, len(c.padt))]
		c.pud = c.pud[:min(n, len(c.pud))]
	}
	opts.logf("morph: %d WikiNews sections, %d PADT tokens, %d PUD tokens, %d raw word types",
		len(c.wiki), len(c.padt), len(c.pud), len(c.counts))
	return c, nil
}

// Train trains a segmentation model on all the data under opts.DataDir.
func Train(opts TrainOptions) (*Model, error) {
	c, err := loadCorpus(opts)
	if err != nil {
		return nil, err
	}
	var wiki []goldTok
	for _, s := range c.wiki {
		wiki = append(wiki, s...)
	}
	ud := append(append([]goldTok{}, c.padt...), c.pud...)
	if opts.Tagger == nil {
		if opts.Tagger, err = embeddedTagger(); err != nil {
			return nil, err
		}
	}
	return trainWith(wiki, ud, c.pud, c.counts, c.names, opts), nil
}

// trainState holds the perceptrons while they learn: segmentation weights
// and stem tag weights (keyed by classFeat).
type trainState struct {
	seg, tag *learn.Keyed[float32]
}

// train builds the affix inventories and tables, then runs the perceptrons.
func train(wiki, ud []goldTok, counts, names map[string]int, opts TrainOptions) *Model {
	return trainWith(wiki, ud, nil, counts, names, opts)
}

// trainWith is train with split memory: the UD splits of the pud tokens
// (already among ud) are kept as the memory of PUD's conventions.
func trainWith(wiki, ud, pud []goldTok, counts, names map[string]int, opts TrainOptions) *Model {
	opts.setDefaults()
	m := newModel()
	m.command = opts.Command
	for w, n := range counts {
		if n >= opts.FreqMin {
			m.freq[w] = bucket(n)
		}
	}
	for w, n := range names {
		m.names[w] = bucket(n)
	}
	buildInventory(m, wiki, ud)
	if opts.Tagger != nil {
		wikiUPOS(m, wiki, opts.Tagger)
		m.tagger = opts.Tagger
	}
	m.learnLexicons(wiki)
	halfLex := jackknifedLexicons(wiki)
	m.learnSplits(pud)
	exs, nFine := m.examples(wiki, ud, halfLex, opts.WikiRepeat)
	opts.logf("morph: %d fine examples, %d UD examples, %d prefixes, %d suffixes, %d stem tags",
		nFine, len(exs)-nFine, len(m.prefixes), len(m.suffixes), len(m.tags))

	fullLex := m.lex
	defer func() { m.lex = fullLex }()
	segW, tagW := map[uint64]float32{}, map[uint64]float32{}
	for seed := uint64(1); seed <= uint64(opts.Seeds); seed++ {
		sw, tw := runPerceptron(m, exs, seed, opts)
		for k, v := range sw {
			segW[k] += v / float32(opts.Seeds)
		}
		for k, v := range tw {
			tagW[k] += v / float32(opts.Seeds)
		}
	}
	m.w, m.tw = segW, tagW
	m.compile()
	return m
}

// setDefaults fills the options left at zero.
func (opts *TrainOptions) setDefaults() {
	if opts.Epochs <= 0 {
		opts.Epochs = 8
	}
	if opts.FreqMin <= 0 {
		opts.FreqMin = 3
	}
	if opts.WikiRepeat <= 0 {
		opts.WikiRepeat = 4
	}
	if opts.Seeds <= 0 {
		opts.Seeds = 3
	}
}

// learnLexicons fills, from the fine-labelled tokens, the lexicon of
// training stems, the stem tags and the memory of analyses.
func (m *Model) learnLexicons(wiki []goldTok) {
	stemCount := map[string]int{}
	tagSet := map[string]bool{}
	memCount := map[string]map[string]int{}
	for _, g := range wiki {
		if g.segs == nil || !arabicOnly(g.letters) {
			continue
		}
		for _, s := range g.segs {
			if s.Kind == Stem {
				stemCount[s.Form]++
				tagSet[s.Tag] = true
			}
		}
		if memCount[g.letters] == nil {
			memCount[g.letters] = map[string]int{}
		}
		memCount[g.letters][encodeSegs(g.segs)]++
	}
	for s, n := range stemCount {
		m.lex[s] = bucket(n)
	}
	m.tags = sortedKeys(tagSet)
	if len(m.tags) > 32 {
		m.tags = m.tags[:32] // classFeat keeps 5 bits for the class
	}
	for tok, an := range memCount {
		m.memory[tok] = majority(an)
	}
}

// jackknifedLexicons returns the stem lexicons of the two halves of the
// fine-labelled data, each built from the other half: an example sees the
// stems of the other half only, as a new token sees stems of training.
func jackknifedLexicons(wiki []goldTok) [2]map[string]uint8 {
	var halfLex [2]map[string]uint8
	var halfCount [2]map[string]int
	for h := range halfCount {
		halfCount[h] = map[string]int{}
		halfLex[h] = map[string]uint8{}
	}
	for i, g := range wiki {
		for _, s := range g.segs {
			if s.Kind == Stem {
				halfCount[i%2][s.Form]++
			}
		}
	}
	for h := range halfCount {
		for s, n := range halfCount[1-h] {
			halfLex[h][s] = bucket(n)
		}
	}
	return halfLex
}

// learnSplits keeps the commonest UD split of each PUD token.
func (m *Model) learnSplits(pud []goldTok) {
	splits := map[string]map[string]int{}
	for _, g := range pud {
		if splits[g.letters] == nil {
			splits[g.letters] = map[string]int{}
		}
		splits[g.letters][fmt.Sprint(g.mask)]++
	}
	for tok, ms := range splits {
		var v uint64
		fmt.Sscan(majority(ms), &v)
		m.udSplit[tok] = v
	}
}

// examples returns the training examples: the fine-labelled WikiNews
// tokens (repeated wikiRepeat times; nFine of them in one round), then the
// UD-labelled treebank tokens.
func (m *Model) examples(wiki, ud []goldTok, halfLex [2]map[string]uint8, wikiRepeat int) (exs []example, nFine int) {
	pIndex := map[string]int{}
	for i, a := range m.prefixes {
		pIndex[a.id] = i
	}
	xIndex := map[string]int{}
	for i, a := range m.suffixes {
		xIndex[a.id] = i
	}
	tagIndex := map[string]int{}
	for i, t := range m.tags {
		tagIndex[t] = i
	}
	for i := range wiki {
		g := &wiki[i]
		if g.segs == nil || !arabicOnly(g.letters) || utf8.RuneCountInString(g.letters) > maxRunes {
			continue
		}
		st := stemIndex(g.segs)
		pi, ok1 := pIndex[encodeSegs(g.segs[:st])]
		xi, ok2 := xIndex[encodeSegs(g.segs[st+1:])]
		if !ok1 || !ok2 {
			continue
		}
		exs = append(exs, example{g: g, fine: true, gold: cand{p: pi, x: xi, stem: g.segs[st].Form}, tag: tagIndex[g.segs[st].Tag], lex: halfLex[i%2]})
	}
	nFine = len(exs)
	for r := 1; r < wikiRepeat; r++ {
		exs = append(exs, exs[:nFine]...)
	}
	for i := range ud {
		g := &ud[i]
		if !arabicOnly(g.letters) || utf8.RuneCountInString(g.letters) > maxRunes {
			continue
		}
		exs = append(exs, example{g: g, lex: halfLex[i%2]})
	}
	return exs, nFine
}

// runPerceptron trains the segmentation and stem-tag perceptrons with one
// shuffling seed and returns their averaged weights.
func runPerceptron(m *Model, exs []example, seed uint64, opts TrainOptions) (map[uint64]float32, map[uint64]float32) {
	tr := &trainState{seg: learn.NewKeyed[float32](), tag: learn.NewKeyed[float32]()}
	m.train = tr
	defer func() { m.train = nil }()
	rng := rand.New(rand.NewPCG(seed, 2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var cs []cand
	var fb, gb []uint64
	for ep := 0; ep < opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, oi := range order {
			ex := &exs[oi]
			tok := ex.g.letters
			if ex.lex != nil {
				m.lex = ex.lex
			}
			cs = m.candidates(tok, cs)
			best, bestS := -1, float32(0)
			gold, goldS := -1, float32(0)
			for i, c := range cs {
				fb = m.features(fb[:0], tok, c)
				s := m.score(fb)
				if best < 0 || s > bestS {
					best, bestS = i, s
				}
				var ok bool
				if ex.fine {
					ok = c == ex.gold
				} else {
					ok = m.candMask(c) == ex.g.mask
				}
				if ok && (gold < 0 || s > goldS) {
					gold, goldS = i, s
				}
			}
			if gold >= 0 && best != gold {
				errs++
				fb = m.features(fb[:0], tok, cs[best])
				tr.seg.Update(fb, -1)
				fb = m.features(fb[:0], tok, cs[gold])
				tr.seg.Update(fb, +1)
			}
			tr.seg.Tick()
			if ex.fine {
				// Once without context, once with the tagger's UPOS.
				uposes := []string{""}
				if ex.g.upos != "" {
					uposes = append(uposes, ex.g.upos)
				}
				for _, upos := range uposes {
					pred := m.tagStem(gb, ex.gold, upos)
					if pred != ex.tag {
						gb = m.tagFeatures(gb[:0], ex.gold, upos)
						for _, f := range gb {
							tr.tag.Add(classFeat(f, pred), -1)
							tr.tag.Add(classFeat(f, ex.tag), 1)
						}
					}
					tr.tag.Tick()
				}
			}
		}
		opts.logf("morph: epoch %d: %d/%d segmentation updates", ep+1, errs, len(exs))
	}
	return tr.seg.Means(1e-3), tr.tag.Means(1e-3)
}

// example is one training token.
type example struct {
	g    *goldTok
	gold cand // the gold candidate, when fine
	fine bool // fully labelled (WikiNews)
	tag  int  // gold stem tag, when fine
	lex  map[string]uint8
}

// wikiUPOS tags the WikiNews tokens sentence by sentence (UD words from
// the gold analyses) and stores the UPOS of each token's stem word.
func wikiUPOS(m *Model, wiki []goldTok, t *tagger.Model) {
	start := 0
	for i := range wiki {
		if i < len(wiki)-1 && !eval.SentenceEnd(wiki[i].gold) {
			continue
		}
		sent := wiki[start : i+1]
		start = i + 1
		var forms []string
		stemWord := make([]int, len(sent))
		for k, g := range sent {
			stemWord[k] = -1
			if g.segs == nil {
				forms = append(forms, g.letters)
				continue
			}
			for _, w := range m.udWords(Analysis{Segs: g.segs}) {
				for _, s := range w.segs {
					if s.Kind == Stem {
						stemWord[k] = len(forms)
					}
				}
				forms = append(forms, w.form)
			}
		}
		an := t.Tag(forms)
		for k := range sent {
			if j := stemWord[k]; j >= 0 && j < len(an) {
				sent[k].upos = an[j].UPOS
			}
		}
	}
}

// majority returns the most frequent key, the smallest on ties.
func majority(c map[string]int) string {
	best, bn := "", -1
	for _, k := range sortedKeys(c) {
		if c[k] > bn {
			best, bn = k, c[k]
		}
	}
	return best
}

// stemIndex returns the index of the stem segment.
func stemIndex(segs []Seg) int {
	for i, s := range segs {
		if s.Kind == Stem {
			return i
		}
	}
	return len(segs) - 1
}

// defaultTag is the Farasa tag of a proclitic known only from UD data.
var defaultTag = map[string]string{"و": "CONJ", "ف": "CONJ", "ب": "PREP", "ل": "PREP", "ك": "PREP", "س": "FUT_PART"}

// buildInventory collects the prefix and suffix sequences of the training
// data, and the prefixes the closed sets of proclitics allow.
func buildInventory(m *Model, wiki, ud []goldTok) {
	pre := map[string][]Seg{}
	suf := map[string][]Seg{}
	add := func(to map[string][]Seg, segs []Seg) {
		if len(segs) == 0 {
			return
		}
		id := encodeSegs(segs)
		if _, ok := to[id]; !ok {
			to[id] = append([]Seg(nil), segs...)
		}
	}
	for _, g := range wiki {
		if g.segs == nil {
			continue
		}
		st := stemIndex(g.segs)
		add(pre, g.segs[:st])
		add(suf, g.segs[st+1:])
	}
	// Closed sets: [و|ف] [ب|ل|ك|س] [ال].
	for _, c := range []string{"", "و", "ف"} {
		for _, p := range []string{"", "ب", "ل", "ك", "س"} {
			for _, d := range []bool{false, true} {
				if d && p == "س" {
					continue
				}
				var segs []Seg
				if c != "" {
					segs = append(segs, Seg{Form: c, Tag: defaultTag[c], Kind: Proclitic, Len: 1})
				}
				if p != "" {
					segs = append(segs, Seg{Form: p, Tag: defaultTag[p], Kind: Proclitic, Len: 1})
				}
				if d {
					n := 2
					if p == "ل" {
						n = 1
					}
					segs = append(segs, Seg{Form: "ال", Tag: "DET", Kind: Article, Len: n})
				}
				add(pre, segs)
			}
		}
	}
	for e := range enclitics {
		add(suf, []Seg{{Form: e, Tag: "PRON", Kind: Enclitic, Len: utf8.RuneCountInString(e)}})
	}
	for _, id := range sortedKeys(pre) {
		m.prefixes = append(m.prefixes, makeAffix(pre[id]))
	}
	for _, id := range sortedKeys(suf) {
		m.suffixes = append(m.suffixes, makeAffix(suf[id]))
	}
}

// SegmentGold returns the eval.Segmenter of m: each gold token is spelled
// as news text writes it (AsWritten of its surface letters) and analysed in
// its sentence.
func (m *Model) SegmentGold() eval.Segmenter {
	return func(sent []eval.SegToken) (segments, tags []string) {
		toks := make([]string, len(sent))
		for k, t := range sent {
			toks[k] = m.AsWritten(GoldLetters(t))
		}
		for _, a := range m.AnalyzeSentence(toks) {
			segments = append(segments, strings.Join(a.Forms(), "+"))
			tags = append(tags, strings.Join(a.Tags(), "+"))
		}
		return segments, tags
	}
}

// GoldLetters returns the letters of a WikiNews gold token as text writes
// them (ل+ال+حظر → للحظر).
func GoldLetters(t eval.SegToken) string { return wikiGold(t).letters }

// evalWiki scores m on one WikiNews section.
func evalWiki(m *Model, gold []goldTok, errs io.Writer) eval.SegScores {
	toks := make([]eval.SegToken, len(gold))
	for i, g := range gold {
		toks[i] = g.gold
	}
	return eval.ScoreSegments(toks, m.SegmentGold(), GoldLetters, errs)
}

// CrossValidate trains on all but one WikiNews section (plus all the UD
// data) and tests on the held-out one, for each section, and writes the
// scores and their mean to w.
func CrossValidate(opts TrainOptions, w io.Writer) error {
	c, err := loadCorpus(opts)
	if err != nil {
		return err
	}
	if opts.Tagger == nil {
		if opts.Tagger, err = embeddedTagger(); err != nil {
			return err
		}
	}
	ud := append(append([]goldTok{}, c.padt...), c.pud...)
	var sum eval.SegScores
	for k := range c.wiki {
		var tr []goldTok
		for j, s := range c.wiki {
			if j != k {
				tr = append(tr, s...)
			}
		}
		m := trainWith(tr, ud, c.pud, c.counts, c.names, opts)
		st := evalWiki(m, c.wiki[k], opts.Errors)
		fmt.Fprintf(w, "section %d: %v\n", k+1, st)
		sum.Add(st)
	}
	fmt.Fprintf(w, "all: %v\n", sum)
	return nil
}

// scoreUD scores m's UD split of gold tokens, words matched by span.
func scoreUD(m *Model, gold []goldTok) eval.SplitScores {
	var st eval.SplitScores
	var ends []int
	for _, g := range gold {
		e := m.analyzeLetters(g.letters)
		ends = ends[:0]
		for _, w := range e.words {
			ends = append(ends, w.end)
		}
		st.AddToken(splitPoints(g.mask, utf8.RuneCountInString(g.letters)), ends, func(i int) bool {
			w := e.words[i]
			return w.form != runeSlice(g.letters, w.start, w.end)
		})
	}
	return st
}

// splitPoints returns the ends of the words a UD mask marks.
func splitPoints(mask uint64, n int) []int {
	var out []int
	for i := 1; i < n && i < 64; i++ {
		if mask&(1<<uint(i)) != 0 {
			out = append(out, i)
		}
	}
	return append(out, n)
}

func runeSlice(s string, i, j int) string {
	r := []rune(s)
	if j > len(r) {
		j = len(r)
	}
	return string(r[i:j])
}

// PUDLeaveOut trains on the WikiNews sections, PADT and the first half of
// the PUD development file, and scores the UD split on the second half's
// gold tokens; it also scores a model trained on everything but PUD on
// PADT's tokens (the letters-restoring treebank).
func PUDLeaveOut(opts TrainOptions, w io.Writer) error {
	c, err := loadCorpus(opts)
	if err != nil {
		return err
	}
	var wiki []goldTok
	for _, s := range c.wiki {
		wiki = append(wiki, s...)
	}
	half := len(c.pud) / 2
	tr := append(append([]goldTok{}, c.padt...), c.pud[:half]...)
	m := trainWith(wiki, tr, c.pud[:half], c.counts, c.names, opts)
	fmt.Fprintf(w, "PUD second half, gold tokens: %v\n", scoreUD(m, c.pud[half:]))
	hp := len(c.padt) / 2
	tr = append(append([]goldTok{}, c.padt[:hp]...), c.pud...)
	m = train(wiki, tr, c.counts, c.names, opts)
	fmt.Fprintf(w, "PADT second half, gold tokens: %v\n", scoreUD(m, c.padt[hp:]))
	return nil
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
