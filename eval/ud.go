// Package eval scores rasid against gold standards.
//
// Input → output: a gold file and rasid's output (or a system file) →
// scores. The UD part (ud*.go) reads CoNLL-U treebanks and computes the
// CoNLL 2018 shared task metrics; see docs/eval.md.
package eval

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/normalize"
)

// The UD metrics follow the definition of the CoNLL 2018 shared task
// (conll18_ud_eval.py, Straka and Popel), re-implemented here:
//
//   - The gold and system files must spell the same characters once
//     whitespace (Unicode category Zs) is removed from every FORM; tokens
//     and sentences are then character spans over that string.
//   - Tokens and Sentences: precision, recall and F1 of spans that match
//     exactly.
//   - Words: words outside multi-word tokens align when their spans are
//     equal. Inside a "multi-word span" (the smallest stretch of text that
//     holds a gold or system multi-word token and every multi-word token
//     overlapping it) gold and system words align by the longest common
//     subsequence of their lower-cased FORMs.
//   - UPOS, XPOS, UFeats (universal features only), AllTags, Lemmas, UAS,
//     LAS (universal DEPREL, subtypes dropped), CLAS, MLAS, BLEX: the number
//     of aligned words whose value agrees, as precision over system words,
//     recall over gold words, F1, and accuracy over aligned words.
//
// Two departures, both for system files that lack a layer: a metric whose
// columns are "_" on every system word is reported as not available
// (UDScore.NA), and HEAD "_" is accepted (such a word never has its head
// right). One addition: LemmasBare compares lemmas with Arabic diacritics
// (U+064B–U+065F, U+0670) and tatweel (U+0640) removed on both sides.

// UDTreebank is a CoNLL-U file loaded for the CoNLL 2018 evaluation.
type UDTreebank struct {
	chars     []rune
	tokens    []udSpan
	sentences []udSpan
	words     []udWord
	// has records which system-side layers are present (not all "_").
	hasUPOS, hasXPOS, hasFeats, hasLemma, hasHead bool
}

type udSpan struct {
	start, end int // rune offsets into chars, half-open
	line       int // 1-based line of the token or sentence in the file
}

type udWord struct {
	start, end int // span of the word, or of its multi-word token
	multi      bool
	form       string // lower-cased; whitespace removed outside multi-word tokens
	lemma      string
	bareLemma  string
	upos, xpos string
	feats      string // universal features only, sorted
	deprel     string // universal part only
	parent     int    // index into words; udRoot or udNoHead
	content    bool   // deprel is a content relation (CLAS, MLAS, BLEX)
	functional bool   // deprel is a function-word relation (MLAS)
	children   []int  // functional children, in word order
}

const (
	udRoot   = -1
	udNoHead = -2
)

// Universal features and relation classes of the CoNLL 2018 definition.
var (
	udUniversalFeats = setOf("PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender",
		"Animacy", "Number", "Case", "Definite", "Degree", "VerbForm", "Mood",
		"Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite")
	udContentRels = setOf("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative",
		"expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos",
		"nummod", "acl", "amod", "conj", "fixed", "flat", "compound", "list",
		"parataxis", "orphan", "goeswith", "reparandum", "root", "dep")
	udFunctionalRels = setOf("aux", "cop", "mark", "det", "clf", "case", "cc")
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// ReadUD loads a CoNLL-U stream for ScoreUD.
func ReadUD(r io.Reader) (*UDTreebank, error) {
	tb := &UDTreebank{}
	cr := conllu.NewReader(r)
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return tb, nil
		}
		if err != nil {
			return nil, err
		}
		if err := tb.add(s); err != nil {
			return nil, err
		}
	}
}

func (tb *UDTreebank) add(s *conllu.Sentence) error {
	first := len(tb.words)
	sentStart := len(tb.chars)
	for _, t := range s.Tokens {
		form := removeSpaces(t.Form)
		if form == "" {
			return &conllu.Error{Line: t.Line, Msg: "FORM holds only spaces"}
		}
		start := len(tb.chars)
		tb.chars = append(tb.chars, []rune(form)...)
		end := len(tb.chars)
		tb.tokens = append(tb.tokens, udSpan{start, end, t.Line})
		for _, w := range t.Words {
			uw := udWord{start: start, end: end, multi: t.Multi, form: strings.ToLower(w.Form)}
			if !t.Multi {
				uw.form = strings.ToLower(form)
			}
			uw.lemma = w.Lemma
			uw.bareLemma = bareLemma(w.Lemma)
			uw.upos, uw.xpos = w.UPOS, w.XPOS
			uw.feats = universalFeats(w.Feats)
			uw.deprel, _, _ = strings.Cut(w.DepRel, ":")
			uw.content = udContentRels[uw.deprel]
			uw.functional = udFunctionalRels[uw.deprel]
			switch w.Head {
			case conllu.NoHead:
				uw.parent = udNoHead
			case 0:
				uw.parent = udRoot
				tb.hasHead = true
			default:
				uw.parent = first + w.Head - 1
				tb.hasHead = true
			}
			tb.hasUPOS = tb.hasUPOS || w.UPOS != "_"
			tb.hasXPOS = tb.hasXPOS || w.XPOS != "_"
			tb.hasFeats = tb.hasFeats || w.Feats != "_"
			tb.hasLemma = tb.hasLemma || w.Lemma != "_"
			tb.words = append(tb.words, uw)
		}
	}
	for i := first; i < len(tb.words); i++ {
		if p := tb.words[i].parent; p >= 0 && tb.words[i].functional {
			tb.words[p].children = append(tb.words[p].children, i)
		}
	}
	tb.sentences = append(tb.sentences, udSpan{sentStart, len(tb.chars), s.Line})
	return nil
}

// removeSpaces drops the characters of Unicode category Zs, as the official
// script does, so that a system may put a space inside a token.
func removeSpaces(s string) string {
	if !strings.ContainsFunc(s, isZs) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isZs(r) {
			return -1
		}
		return r
	}, s)
}

func isZs(r rune) bool { return unicode.Is(unicode.Zs, r) }

func universalFeats(feats string) string {
	var keep []string
	for _, f := range strings.Split(feats, "|") {
		name, _, _ := strings.Cut(f, "=")
		if udUniversalFeats[name] {
			keep = append(keep, f)
		}
	}
	sort.Strings(keep)
	return strings.Join(keep, "|")
}

// bareLemma removes Arabic diacritics and tatweel from a lemma
// (normalize.Marks).
func bareLemma(s string) string { return normalize.Profile(normalize.Marks).String(s) }

// UDScore is one metric of the CoNLL 2018 evaluation.
type UDScore struct {
	Metric string
	// Gold and System count gold and system units (tokens, sentences or
	// words); Correct the units that match; Aligned the aligned words a
	// word-level metric is computed on (0 for Tokens, Sentences, Words).
	Gold, System, Correct, Aligned int
	// OnAligned is true for metrics computed on aligned words, which have
	// an aligned accuracy.
	OnAligned bool
	// NA is true when the system output lacks the layer the metric needs
	// (its columns are "_" throughout).
	NA bool
}

// Precision is Correct/System, 0 when there is no system unit.
func (s UDScore) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold.
func (s UDScore) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s UDScore) F1() float64 { return ratio(2*s.Correct, s.Gold+s.System) }

// AlignedAccuracy is Correct/Aligned.
func (s UDScore) AlignedAccuracy() float64 { return ratio(s.Correct, s.Aligned) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UDReport holds the metrics in the order the official script prints them,
// with LemmasBare after Lemmas.
type UDReport struct {
	Scores []UDScore
}

// Score returns the named metric, and false if there is none.
func (r *UDReport) Score(metric string) (UDScore, bool) {
	for _, s := range r.Scores {
		if s.Metric == metric {
			return s, true
		}
	}
	return UDScore{}, false
}

// UDMismatchError reports that gold and system texts differ.
type UDMismatchError struct {
	// Offset is the first differing character (code point, whitespace
	// excluded); GoldLine and SystemLine the lines of the tokens holding it
	// (0 past the end of a file).
	Offset               int
	GoldLine, SystemLine int
	Gold, System         string // up to 20 characters from Offset
}

func (e *UDMismatchError) Error() string {
	return fmt.Sprintf("gold and system texts differ at character %d (whitespace excluded): gold line %d has %q, system line %d has %q",
		e.Offset, e.GoldLine, e.Gold, e.SystemLine, e.System)
}

// ScoreUDData reads a gold and a system CoNLL-U file's contents (ReadUD)
// and scores the system against the gold (ScoreUD); a read error says
// which side it is in.
func ScoreUDData(gold, system []byte) (*UDReport, error) {
	g, err := ReadUD(bytes.NewReader(gold))
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	s, err := ReadUD(bytes.NewReader(system))
	if err != nil {
		return nil, fmt.Errorf("system: %w", err)
	}
	return ScoreUD(g, s)
}

// ScoreUD computes the CoNLL 2018 metrics of system against gold. It fails
// with a *UDMismatchError when the two do not spell the same text.
func ScoreUD(gold, system *UDTreebank) (*UDReport, error) {
	if err := sameText(gold, system); err != nil {
		return nil, err
	}
	al := alignWords(gold.words, system.words)
	r := &UDReport{}
	add := func(s UDScore) { r.Scores = append(r.Scores, s) }
	add(spanScore("Tokens", gold.tokens, system.tokens))
	add(spanScore("Sentences", gold.sentences, system.sentences))
	add(UDScore{Metric: "Words", Gold: len(gold.words), System: len(system.words), Correct: len(al.pairs)})

	sy := system
	tags := func(gw, sw *udWord) bool { return gw.upos == sw.upos && gw.xpos == sw.xpos && gw.feats == sw.feats }
	lemma := func(gw, sw *udWord) bool { return gw.lemma == "_" || gw.lemma == sw.lemma }
	bare := func(gw, sw *udWord) bool { return gw.lemma == "_" || gw.bareLemma == sw.bareLemma }
	head := func(gw, sw *udWord) bool { return gw.parent == al.goldOf(sw.parent) }
	labelled := func(gw, sw *udWord) bool { return head(gw, sw) && gw.deprel == sw.deprel }
	// mlas also compares the function words attached to the word.
	mlas := func(gw, sw *udWord) bool {
		if !labelled(gw, sw) || gw.upos != sw.upos || gw.feats != sw.feats || len(gw.children) != len(sw.children) {
			return false
		}
		for k, gc := range gw.children {
			sc := sw.children[k]
			g, s := &gold.words[gc], &system.words[sc]
			if gc != al.goldOf(sc) || g.deprel != s.deprel || g.upos != s.upos || g.feats != s.feats {
				return false
			}
		}
		return true
	}
	content := func(w *udWord) bool { return w.content }
	add(al.score("UPOS", !sy.hasUPOS, nil, func(g, s *udWord) bool { return g.upos == s.upos }))
	add(al.score("XPOS", !sy.hasXPOS, nil, func(g, s *udWord) bool { return g.xpos == s.xpos }))
	add(al.score("UFeats", !sy.hasFeats, nil, func(g, s *udWord) bool { return g.feats == s.feats }))
	add(al.score("AllTags", !sy.hasUPOS || !sy.hasXPOS || !sy.hasFeats, nil, tags))
	add(al.score("Lemmas", !sy.hasLemma, nil, lemma))
	add(al.score("LemmasBare", !sy.hasLemma, nil, bare))
	add(al.score("UAS", !sy.hasHead, nil, head))
	add(al.score("LAS", !sy.hasHead, nil, labelled))
	add(al.score("CLAS", !sy.hasHead, content, labelled))
	add(al.score("MLAS", !sy.hasHead || !sy.hasUPOS || !sy.hasFeats, content, mlas))
	add(al.score("BLEX", !sy.hasHead || !sy.hasLemma, content, func(g, s *udWord) bool { return labelled(g, s) && lemma(g, s) }))
	return r, nil
}

func sameText(gold, system *UDTreebank) error {
	g, s := gold.chars, system.chars
	i := 0
	for i < len(g) && i < len(s) && g[i] == s[i] {
		i++
	}
	if i == len(g) && i == len(s) {
		return nil
	}
	return &UDMismatchError{
		Offset:     i,
		GoldLine:   lineAt(gold.tokens, i),
		SystemLine: lineAt(system.tokens, i),
		Gold:       string(g[i:min(len(g), i+20)]),
		System:     string(s[i:min(len(s), i+20)]),
	}
}

// lineAt returns the line of the token holding character i, 0 if none.
func lineAt(toks []udSpan, i int) int {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].end > i })
	if k < len(toks) && toks[k].start <= i {
		return toks[k].line
	}
	return 0
}

func spanScore(metric string, gold, system []udSpan) UDScore {
	sc := UDScore{Metric: metric, Gold: len(gold), System: len(system)}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		switch {
		case system[si].start < gold[gi].start:
			si++
		case gold[gi].start < system[si].start:
			gi++
		default:
			if gold[gi].end == system[si].end {
				sc.Correct++
			}
			gi++
			si++
		}
	}
	return sc
}

// udAlignment pairs gold and system words.
type udAlignment struct {
	gold, system []udWord
	pairs        [][2]int    // gold index, system index
	sysToGold    map[int]int // system index → gold index
}

// goldOf maps a system parent to the gold word it is aligned with: the root
// stays the root; a missing head or an unaligned word maps to values no
// gold parent has.
func (al *udAlignment) goldOf(sysParent int) int {
	switch sysParent {
	case udRoot:
		return udRoot
	case udNoHead:
		return -3
	}
	if g, ok := al.sysToGold[sysParent]; ok {
		return g
	}
	return -4
}

func (al *udAlignment) add(g, s int) {
	al.pairs = append(al.pairs, [2]int{g, s})
	al.sysToGold[s] = g
}

func (al *udAlignment) score(metric string, na bool, filter func(*udWord) bool, agree func(g, s *udWord) bool) UDScore {
	sc := UDScore{Metric: metric, OnAligned: true, NA: na}
	for k := range al.gold {
		if filter == nil || filter(&al.gold[k]) {
			sc.Gold++
		}
	}
	for k := range al.system {
		if filter == nil || filter(&al.system[k]) {
			sc.System++
		}
	}
	for _, p := range al.pairs {
		gw, sw := &al.gold[p[0]], &al.system[p[1]]
		if filter != nil && !filter(gw) {
			continue
		}
		sc.Aligned++
		if agree(gw, sw) {
			sc.Correct++
		}
	}
	return sc
}

// alignWords aligns gold and system words: by equal spans outside
// multi-word spans, by LCS of forms inside them.
func alignWords(gold, system []udWord) *udAlignment {
	al := &udAlignment{gold: gold, system: system, sysToGold: map[int]int{}}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		g, s := &gold[gi], &system[si]
		if g.multi || s.multi {
			var gs, ss int
			gs, ss, gi, si = multiwordSpan(gold, system, gi, si)
			if gi > gs && si > ss {
				al.alignLCS(gs, gi, ss, si)
			}
			continue
		}
		switch {
		case g.start == s.start && g.end == s.end:
			al.add(gi, si)
			gi++
			si++
		case g.start <= s.start:
			gi++
		default:
			si++
		}
	}
	return al
}

// multiwordSpan finds the multi-word span starting at gold word gi or
// system word si (one of which is in a multi-word token) and returns its
// first and end word indexes on both sides.
func multiwordSpan(gold, system []udWord, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].multi {
		end = gold[gi].end
		if !system[si].multi && system[si].start < gold[gi].start {
			si++
		}
	} else {
		end = system[si].end
		if !gold[gi].multi && gold[gi].start < system[si].start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyond(gold, gi, end) || !beyond(system, si, end) {
		if gi < len(gold) && (si >= len(system) || gold[gi].start <= system[si].start) {
			end = extend(&gold[gi], end)
			gi++
		} else {
			end = extend(&system[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

// beyond reports whether word i lies past a multi-word span ending at end.
func beyond(words []udWord, i, end int) bool {
	if i >= len(words) {
		return true
	}
	if words[i].multi {
		return words[i].start >= end
	}
	return words[i].end > end
}

func extend(w *udWord, end int) int {
	if w.multi && w.end > end {
		return w.end
	}
	return end
}

// alignLCS aligns gold[gs:ge] with system[ss:se] along a longest common
// subsequence of their forms.
func (al *udAlignment) alignLCS(gs, ge, ss, se int) {
	n, m := ge-gs, se-ss
	// lcs[g*(m+1)+s] is the LCS length of gold[gs+g:ge] and system[ss+s:se].
	lcs := make([]int32, (n+1)*(m+1))
	at := func(g, s int) int32 { return lcs[g*(m+1)+s] }
	for g := n - 1; g >= 0; g-- {
		for s := m - 1; s >= 0; s-- {
			v := max(at(g+1, s), at(g, s+1))
			if al.gold[gs+g].form == al.system[ss+s].form {
				v = max(v, 1+at(g+1, s+1))
			}
			lcs[g*(m+1)+s] = v
		}
	}
	g, s := 0, 0
	for g < n && s < m {
		switch {
		case al.gold[gs+g].form == al.system[ss+s].form:
			al.add(gs+g, ss+s)
			g++
			s++
		case at(g, s) == at(g+1, s):
			g++
		default:
			s++
		}
	}
}

// WriteTable prints the report as the official script does with -v: one
// line per metric with precision, recall, F1 and aligned accuracy in
// percent; "n/a" for metrics whose layer the system lacks.
func (r *UDReport) WriteTable(w io.Writer) error {
	var b strings.Builder
	b.WriteString("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n")
	b.WriteString("-----------+-----------+-----------+-----------+-----------\n")
	for _, s := range r.Scores {
		if s.NA {
			fmt.Fprintf(&b, "%-11s|%10s |%10s |%10s |%10s\n", s.Metric, "n/a", "n/a", "n/a", "n/a")
			continue
		}
		fmt.Fprintf(&b, "%-11s|%10.2f |%10.2f |%10.2f |", s.Metric, 100*s.Precision(), 100*s.Recall(), 100*s.F1())
		if s.OnAligned {
			fmt.Fprintf(&b, "%10.2f", 100*s.AlignedAccuracy())
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// UDDoc is one document of a gold treebank, as raw text.
type UDDoc struct {
	ID, Text string
}

// UDDocuments rebuilds the raw documents of a CoNLL-U treebank: a document
// starts at each "# newdoc" (the whole file is one document if there is
// none; a document without an id is named docN, N counted from 1); its
// sentences, from their "# text" lines (or their forms and SpaceAfter=No
// marks when a sentence has none), are joined by a space. Errors are
// prefixed "gold: ".
func UDDocuments(r io.Reader) ([]UDDoc, error) {
	cr := conllu.NewReader(r)
	var docs []UDDoc
	var sents []string
	flush := func() {
		if len(sents) > 0 {
			docs[len(docs)-1].Text = strings.Join(sents, " ")
			sents = sents[:0]
		}
	}
	for {
		s, err := cr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gold: %w", err)
		}
		if s.NewDoc || len(docs) == 0 {
			flush()
			id := s.DocID
			if id == "" {
				id = fmt.Sprintf("doc%d", len(docs)+1)
			}
			docs = append(docs, UDDoc{ID: id})
		}
		text := s.Text
		if text == "" {
			text = s.SurfaceText()
		}
		sents = append(sents, text)
	}
	flush()
	return docs, nil
}
