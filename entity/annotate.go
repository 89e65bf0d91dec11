package entity

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// NewAnnotator returns the annotator that fills d.Entities and d.Titles
// from d.Sentences and d.Tokens.
func NewAnnotator(m *Model) rasid.Annotator { return annotator{m} }

type annotator struct{ m *Model }

// Name implements rasid.Annotator.
func (annotator) Name() string { return "entity" }

// Requires implements rasid.Dependent.
func (annotator) Requires() []string { return []string{rasid.LayerSentences, rasid.LayerTokens} }

// Provides implements rasid.Dependent.
func (annotator) Provides() []string { return []string{rasid.LayerEntities} }

// Annotate implements rasid.Annotator.
func (a annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a.m.Annotate(d)
	return nil
}

// mention is an entity found over tokens [first, last] of the document.
type mention struct {
	first, last int
	rasid.Entity
	key  []string // folded tokens of the name (first token without clitic)
	orig string   // the name as written, spaces collapsed
	conj bool     // the first token carries و or ف: the name is coordinated
	// press: a paper's name alone between quotation marks or parentheses
	// (لـ"الرياض"): an organisation whatever the name's other mentions are
	press bool
}

// Annotate fills d.Entities and d.Titles, replacing what was there.
func (m *Model) Annotate(d *rasid.Document) {
	d.Entities, d.Titles = nil, nil
	sc := getScratch()
	defer sc.put()
	sc.slab.reset()
	sents := sc.sentenceTokens(d)
	sc.wflat = grow(sc.wflat, len(d.Tokens))
	sc.words = grow(sc.words, len(sents))
	words := sc.words
	k := 0
	for i, s := range sents {
		words[i] = sc.wflat[k : k+len(s) : k+len(s)]
		k += len(s)
		for j, ti := range s {
			words[i][j] = d.Tokens[ti].In(d.Text)
		}
	}
	labels, infos := m.tagIdx(sc, words, sc.docWords(d, sents), true)
	cs := make([][]chunk, len(sents))
	sports := sportsDoc(infos)
	// Words met inside names, where no clitic can be attached: برايس in
	// نيد برايس is no ب + رايس when it comes alone later.
	inside := sc.inside
	off := 0
	for i := range sents {
		tags := grow(sc.tags, len(labels[i]))
		sc.tags = tags
		for j, l := range labels[i] {
			tags[j] = Labels[l]
		}
		// the words folded: those of the tagger unless clipped
		fw := grow(sc.fw, len(words[i]))
		sc.fw = fw
		// the gazetteer's matches kept by the backoff hold for the
		// rules when fw holds the tagger's words
		gz := sc.gazMemo(off, len(words[i]))
		for j, w := range words[i] {
			fw[j] = sc.folded[off+j]
			if len(w) > maxTokenBytes {
				fw[j] = fold(w)
				gz = gazMemo{}
			}
		}
		off += len(words[i])
		var tc []chunk
		tc, sc.lc = chunks(&sc.slab, sc.lc, tags)
		cs[i] = m.hyphenNames(d, sents[i], words[i], m.applyRules(&sc.slab, gz, words[i], fw, m.mergeNames(&sc.slab, words[i], tc), sports))
		cs[i] = m.definiteTails(d, sents[i], words[i], infos[i], cs[i])
		cs[i] = tanweenEnds(words[i], cs[i])
		cs[i] = m.indefiniteTails(d, sents[i], words[i], infos[i], cs[i])
		cs[i] = m.onComplements(d, sents[i], words[i], infos[i], cs[i])
		cs[i] = handleEnds(d, sents[i], cs[i])
	}
	if sports {
		m.sportsClubs(infos, cs)
	}
	m.shortForms(infos, cs)
	m.leadWords(infos, cs)
	surnames := m.surnames(words, cs)
	for i := range sents {
		for _, c := range cs[i] {
			for k := c.start + 1; k < c.end; k++ {
				// لل and وال words inside a long name (المركز الوطني
				// للأرصاد) are complements, not names of their own.
				// A branch's place (سفارة … بتونس) keeps its ب elsewhere.
				if f := fold(words[i][k]); !strings.HasPrefix(f, "لل") && !strings.HasPrefix(f, "وال") && !m.branchPlace(f) {
					inside[f] = true
				}
			}
		}
	}
	// After the words inside names are known: the province's name, met
	// inside «إقليم …», keeps its first letter (بالي, لوجار).
	for i := range sents {
		cs[i] = m.provinceHeads(words[i], cs[i])
	}
	// Words of the document standing alone: evidence that a letter before
	// them elsewhere is a proclitic.
	alone := sc.alone
	for k, w := range sc.wflat {
		f := sc.folded[k] // fold(w) unless w was clipped
		if len(w) > maxTokenBytes {
			f = fold(w)
		}
		alone[f] = true
	}
	// The first words of the names: a word that starts a name of one type
	// and comes elsewhere with a letter before it (عسفان … وعسفان) had a
	// proclitic there.
	starts := sc.starts
	base := 0
	for i := range sents {
		at := base
		base += len(sents[i])
		for _, c := range cs[i] {
			f := sc.folded[at+c.start]
			if w := words[i][c.start]; len(w) > maxTokenBytes {
				f = fold(w)
			}
			if t, ok := starts[f]; !ok {
				starts[f] = c.typ
			} else if t != c.typ {
				starts[f] = ""
			}
		}
	}
	ms := sc.ms[:0]
	defer func() { sc.ms = ms }()
	for i, s := range sents {
		prev := -1
		for _, c := range cs[i] {
			mt, ok := m.mention(d, s[c.start], s[c.end-1], c.typ, inside, surnames, alone, starts, listedAfter(infos[i], prev, c.start))
			prev = c.end
			if ok {
				ms = append(ms, mt)
			}
		}
	}
	ms = initialisms(d, ms)
	m.unifyTypes(ms)
	m.canonicalize(ms)
	if len(ms) > 0 {
		d.Entities = make([]rasid.Entity, len(ms))
		for i := range ms {
			d.Entities[i] = ms[i].Entity
		}
	}
	sc.other = grow(sc.other, len(d.Tokens))
	d.Titles = m.titles(d, ms, sc.other)
}

// docWords returns the words layer of the sentences' tokens, or nil when
// some token lacks its words (the pipeline ran without the words layer: a
// model with words features then computes them; the rules that read parts
// of speech do without).
func (sc *scratch) docWords(d *rasid.Document, sents [][]int) [][][]rasid.Word {
	sc.dwflat = grow(sc.dwflat, len(d.Tokens))
	sc.dw = grow(sc.dw, len(sents))
	k := 0
	for i, s := range sents {
		sc.dw[i] = sc.dwflat[k : k+len(s) : k+len(s)]
		k += len(s)
		for j, ti := range s {
			ws := d.Tokens[ti].Words
			if len(ws) == 0 {
				return nil
			}
			sc.dw[i][j] = ws
		}
	}
	return sc.dw
}

// sentenceTokens returns the token indices of each sentence. Tokens outside
// every sentence form sentences of their own runs.
func (sc *scratch) sentenceTokens(d *rasid.Document) [][]int {
	sc.tflat = grow(sc.tflat, len(d.Tokens))[:0]
	out := sc.sents[:0]
	ti := 0
	run := func(end int) {
		start := len(sc.tflat)
		for ti < len(d.Tokens) && d.Tokens[ti].Start < end {
			sc.tflat = append(sc.tflat, ti)
			ti++
		}
		if len(sc.tflat) > start {
			out = append(out, sc.tflat[start:len(sc.tflat):len(sc.tflat)])
		}
	}
	for _, s := range d.Sentences {
		run(s.Start) // loose tokens before the sentence
		run(s.End)
	}
	run(len(d.Text) + 1)
	sc.sents = out
	return out
}

// typeName maps ANERcorp types to rasid's.
func typeName(t string) string {
	switch t {
	case "PERS":
		return rasid.PER
	case "LOC", "ORG", "MISC":
		return t
	}
	return rasid.MISC
}

// mention builds the entity over tokens first..last: the proclitic of the
// first token is left out of the span; a lone nationality adjective is no
// entity.
func (m *Model) mention(d *rasid.Document, first, last int, typ string, inside, surnames, alone map[string]bool, starts map[string]string, listed bool) (mention, bool) {
	start, end := d.Tokens[first].Start, d.Tokens[last].End
	tok := d.Tokens[first].In(d.Text)
	cl := 0
	if !inside[fold(tok)] {
		cl = m.cliticLen(tok, typ == "PERS", alone)
		if cl == 0 && typ == "PERS" {
			cl = m.personClitic(tok, alone, listed)
		} else if cl == 0 {
			cl = m.nameClitic(tok, typ, listed, starts)
		}
	}
	start += cl
	if start >= end {
		return mention{}, false
	}
	// لل (li + al) leaves the article's lam in the span: الأمم is read
	// back from للأمم for the key and the written form.
	article := ""
	if cl > 0 && strings.HasSuffix(tok[:cl], "ل") && strings.HasPrefix(tok[cl:], "ل") {
		article = "ا"
	}
	key := mentionKey(d, first, last, start, article)
	if !m.nameKey(d, first, key, typ, surnames) {
		return mention{}, false
	}
	conj := cl > 0 && (strings.HasPrefix(tok, "و") || strings.HasPrefix(tok, "ف"))
	mt := mention{first: first, last: last, key: key, conj: conj, orig: article + strings.Join(strings.Fields(d.Text[start:end]), " "),
		Entity: rasid.Entity{Span: rasid.Span{Start: start, End: end}, Type: typeName(typ)}}
	mt.press = mt.Type == rasid.ORG && m.quotedPress(d, first, last, key)
	// A known name of another single type is retyped: the model's type
	// is a guess, the alias table a fact.
	if _, ok := m.aliasOf(key, mt.Type); !ok && !mt.press && !m.afterMediaHead(d, first) {
		if t, ok := m.onlyType(key); ok {
			mt.Type = t
		}
	}
	return mt, true
}

// quotedPress reports whether the mention over tokens first..last is one
// of pressNames standing alone between quotation marks or parentheses, and
// not in a list of places in marks (محمد معشي "جازان"، يزيد الجماز
// "الرياض": the towns of the people).
func (m *Model) quotedPress(d *rasid.Document, first, last int, key []string) bool {
	if first == 0 || last+1 >= len(d.Tokens) || !pressKey(key) {
		return false
	}
	if !openMarks[d.Tokens[first-1].In(d.Text)] || !closeMarks[d.Tokens[last+1].In(d.Text)] {
		return false
	}
	for j := max(1, first-8); j < min(len(d.Tokens)-1, last+9); j++ {
		if (j < first-1 || j > last+1) && openMarks[d.Tokens[j-1].In(d.Text)] && closeMarks[d.Tokens[j+1].In(d.Text)] &&
			m.isPlace(fold(d.Tokens[j].In(d.Text))) {
			return false
		}
	}
	return true
}

// pressKey reports whether a mention's folded words are one of pressNames.
func pressKey(key []string) bool {
	switch len(key) {
	case 1:
		return pressNames[key[0]]
	case 2:
		return pressFirsts[key[0]] && pressNames[key[0]+" "+key[1]]
	}
	return false
}

// isPlace reports whether a folded word is a listed place's name.
func (m *Model) isPlace(w string) bool {
	for _, a := range m.gaz.aliases[w] {
		if a.typ == rasid.LOC {
			return true
		}
	}
	return false
}

// mentionKey returns the folded words of tokens first..last, the first
// one from start with the article's alef restored (للأمم → الأمم),
// punctuation left out.
func mentionKey(d *rasid.Document, first, last, start int, article string) []string {
	var key []string
	for i := first; i <= last; i++ {
		t := d.Tokens[i]
		if i == first {
			t.Start = start
		}
		f := fold(t.In(d.Text))
		if f == "" || shape(f) == "p" {
			continue
		}
		if i == first {
			f = fold(article) + f
		}
		key = append(key, f)
	}
	return key
}

// nameKey reports whether the mention with key, first token first and the
// model's type typ, is a name: not a currency, a lone head noun with the
// article (المنظمة، الوزارة: a back-reference), a lone nationality
// adjective, or Latin words without evidence for their type.
func (m *Model) nameKey(d *rasid.Document, first int, key []string, typ string, surnames map[string]bool) bool {
	if len(key) == 0 || m.isCurrency(key) || len(key) == 1 && (notNames[key[0]] || monthNames[key[0]]) {
		return false
	}
	if len(key) == 1 && strings.HasPrefix(key[0], "ال") && isHeadWord(key[0]) && !m.known(key[0]) {
		return false
	}
	if len(key) == 1 && m.gaz.has("NAT", key[0]) && typ != "ORG" && !(typ == "PERS" && surnames[key[0]]) {
		// الروسي is an adjective; السعودية is a country too, but an
		// adjective after a noun with the article (وزارة الصحة السعودية).
		if len(m.gaz.aliases[key[0]]) == 0 || (first > 0 && definite(fold(d.Tokens[first-1].In(d.Text)))) {
			return false
		}
	}
	return !latinOnly(key) || m.latinTyped(d, first, key, typ)
}

// notNames are words the guidelines never annotate though the model may
// tag them: the name of God (الله; لله after ل, whose key is اله) and religions
// (docs/evaluation-realnews.md: religions are not entities).
var notNames = foldSet("الله", "لله", "له", "اله", "اللهم", "الإسلام", "الاسلام", "المسيحية", "اليهودية",
	"البوذية", "الهندوسية")

// monthNames are the Gregorian months of the Middle East and the Maghreb
// that are no other name (ماي, مارس and نيسان are also a surname, a
// planet and a car maker): a month alone is a date, never an entity.
var monthNames = foldSet("يناير", "فبراير", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
	"سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت")

// definite reports whether a folded word carries the article, after a
// proclitic too (للسينما، والثقافة، بالمملكة).
func definite(f string) bool {
	pre, _ := cliticSplit(f)
	return strings.HasSuffix(pre, "ال") || strings.HasSuffix(pre, "لل")
}

// cliticLen returns the byte length of the proclitics (و ف ب ل ك) that
// start tok and are not part of the name: بموسكو → ب, وبيروت → و, but
// بيروت and لبنان keep their first letter. The decision uses the
// gazetteers, then raw-text counts: a clitic is split off when the rest is
// a known name, or a word much more frequent than the whole.
//
// For a person's name, ب، ل and ف are split off by counts only when the
// rest also stands alone in the document (alone; nil: no such check): names
// starting with these letters (بشار، لاري، فيرون) are common, the
// prepositions before a person's name are not, and a foreign name whose
// rest is a frequent word (ف + لين "softness", ف + يرون "they see") is no
// conjunction and a word; و, the conjunction of lists of names (وكريس
// إيفرت، وجين هاكمان), is split by counts alone.
func (m *Model) cliticLen(tok string, person bool, alone map[string]bool) int {
	whole := fold(tok)
	if m.known(whole) || agencyNames[whole] || anyHead(whole) || locHeads[whole] || leadParticles[whole] {
		return 0 // كأس is no ك + أس, فان no ف + ان
	}
	if headBits(whole)&(hAnyHead|hUnitHead|hRegional|hNatural|hElection) != 0 {
		if n := headClitic(tok); n > 0 {
			return n // لوكالة → وكالة, للهيئة → لهيئة
		}
	}
	for _, p := range proclitics(tok) {
		if person && strings.HasSuffix(p, "ك") {
			continue // كريم، كامل: ka "like" hardly comes before a name
		}
		rest := fold(tok[len(p):])
		if m.known(rest) {
			return len(p)
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && m.known("ا"+rest) {
			return len(p) // لل: li + al, the article's alef unwritten
		}
	}
	return m.countClitic(tok, whole, person, alone)
}

// personClitic returns the length of the conjunction و, or of the
// preposition ل before the article (لل), that starts a person's name the
// gazetteer does not know: و, when the rest is at least as frequent in
// raw text as the whole, before a name in a list (listed:
// right after another name, punctuation between), or before a name that
// stands alone elsewhere in the document (وكارار … كارار), or before a
// definite word (والهاروني); no name starts with لل (للشهراني → لشهراني,
// the article's alef unwritten).
func (m *Model) personClitic(tok string, alone map[string]bool, listed bool) int {
	whole := fold(tok)
	if m.known(whole) {
		return 0
	}
	for _, p := range proclitics(tok) {
		rest := fold(tok[len(p):])
		n := utf8.RuneCountInString(rest)
		switch {
		case n < 3:
		case strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && n >= 4:
			return len(p)
		case p != "و" || m.clusters.count(rest) < m.clusters.count(whole):
			// ف starts many names (فايز، فهمي); a word more frequent
			// with و than without it is a name (وديع، وارن)
		case listed || alone[rest] || (strings.HasPrefix(rest, "ال") && n >= 5):
			return len(p)
		}
	}
	return 0
}

// nameClitic returns the length of a proclitic before the name of a
// place, a body or an event that neither the gazetteer nor the counts of
// cliticLen decide (the names of villages, districts and small bodies are
// rare in raw text, and a frequent word with a preposition, بالمنطقة, is
// frequent too): a proclitic whose rest starts a name of the same type
// elsewhere in the document (وعسفان … عسفان); و، ف، ب or ك before the
// article (والعبادل، بالمنطقة) and the first ل of لل (للعيادات), when the
// definite rest is at least as frequent in raw text as the whole; و before
// the next name of a list (listed: رابغ وعسفان) under the same condition.
// A word that starts so but is more frequent whole (والدته، فالنسيا) keeps
// its letter.
func (m *Model) nameClitic(tok, typ string, listed bool, starts map[string]string) int {
	whole := fold(tok)
	if m.known(whole) {
		return 0
	}
	wc := m.clusters.count(whole)
	for _, p := range proclitics(tok) {
		rest := fold(tok[len(p):])
		n := utf8.RuneCountInString(rest)
		if n < 3 {
			continue
		}
		if t, ok := starts[rest]; ok && t == typ {
			return len(p)
		}
		lam := strings.HasSuffix(p, "ل")
		switch {
		case lam && strings.HasPrefix(rest, "ل") && n >= 4:
			if m.clusters.count("ا"+rest) >= wc {
				return len(p)
			}
		case !lam && strings.HasPrefix(rest, "ال") && n >= 5, p == "و" && listed && (n >= 4 || !strings.HasPrefix(rest, "ال")):
			if m.clusters.count(rest) >= wc {
				return len(p)
			}
		}
	}
	return 0
}

// listedAfter reports whether a name starting at token start follows the
// name that ends at prev (-1: none) with at most two punctuation tokens
// between: the next name of a list.
func listedAfter(in []tokInfo, prev, start int) bool {
	if prev < 0 || start-prev > 2 {
		return false
	}
	for k := prev; k < start; k++ {
		if in[k].shape != "p" {
			return false
		}
	}
	return true
}

// headClitic returns the length of a proclitic before a head noun
// (لوكالة → وكالة, للهيئة → لهيئة), or 0.
func headClitic(tok string) int {
	for _, p := range proclitics(tok) {
		if rest := fold(tok[len(p):]); anyHead(rest) || locHeads[rest] || unitHeads[rest] || regionalHeads[rest] || naturalHeads[rest] ||
			(strings.HasSuffix(p, "ل") && (isHeadWord("ا"+rest) || electionHeads["ا"+rest])) {
			return len(p)
		}
	}
	return 0
}

// countClitic returns the length of a proclitic whose rest is a word much
// more frequent in raw text than the whole token, or 0 (see cliticLen).
func (m *Model) countClitic(tok, whole string, person bool, alone map[string]bool) int {
	wc := m.clusters.count(whole)
	for _, p := range proclitics(tok) {
		if person && strings.HasSuffix(p, "ك") {
			continue // ka "like" hardly comes before a name: كايا
		}
		rest := fold(tok[len(p):])
		if person && alone != nil && !strings.HasSuffix(p, "و") && !alone[rest] {
			continue // بشار، لاري، فلين: the letter is the name's
		}
		if n := utf8.RuneCountInString(rest); n <= 2 && (isPrepOrVerb(rest) || strings.HasSuffix(p, "ك")) {
			// كان is no ka + ان, كيا no ka + يا: a name is no particle,
			// and ka "like" before a name of two letters is rarer than
			// a name that starts with ك (ببن قردان is ب + بن قردان)
			continue
		}
		if rc := m.clusters.count(rest); rc >= 5 && rc > 4*wc {
			return len(p)
		}
		// لل: li + al, the article's alef unwritten (للنظام الإيراني →
		// لنظام); the definite word is what is counted.
		if !person && strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			if rc := m.clusters.count("ا" + rest); rc >= 5 && rc > 4*wc {
				return len(p)
			}
		}
	}
	return 0
}

// known reports whether a folded word starts or is a gazetteer name.
func (m *Model) known(w string) bool {
	n := m.gaz.root.next[w]
	if n == nil {
		return false
	}
	if len(n.class) == 0 {
		return true // starts a multi-word name
	}
	for _, c := range n.class {
		if classType(c) != "" {
			return true
		}
	}
	return false
}

// mergeNames joins two adjacent names that together form a known name,
// and a one-word LOC or ORG that is no known name and sits right before a
// person's name into that name: نيجيرفان بارزاني is one person, though the
// model may read a place in its unfamiliar first word.
func (m *Model) mergeNames(slab *chunkSlab, words []string, cs []chunk) []chunk {
	out := slab.take(len(cs))
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if k+1 < len(cs) && cs[k+1].start == c.end {
			// Two adjacent names that together are one known name:
			// أرامكو + السعودية → أرامكو السعودية.
			var fs []string
			for i := c.start; i < cs[k+1].end; i++ {
				fs = append(fs, fold(words[i]))
			}
			if t, ok := m.onlyType(fs); ok {
				if t == "PER" {
					t = "PERS"
				}
				out = append(out, chunk{start: c.start, end: cs[k+1].end, typ: t})
				k++
				continue
			}
		}
		if k+1 < len(cs) && c.end-c.start == 1 && (c.typ == "LOC" || c.typ == "ORG") &&
			cs[k+1].typ == "PERS" && cs[k+1].start == c.end {
			f := fold(words[c.start])
			_, known := m.gaz.aliases[f]
			if n, _ := m.gaz.match([]string{f}, 0); n > 0 {
				known = true // بالمغرب: a known place after a proclitic
			}
			if (!known && !m.known(f)) || m.gaz.has("PER.first", f) || m.gaz.has("PER.x", f) {
				out = append(out, chunk{start: c.start, end: cs[k+1].end, typ: "PERS"})
				k++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// latinOnly reports whether every word of key is in Latin script.
func latinOnly(key []string) bool {
	for _, k := range key {
		if shape(k)[0] != 'l' {
			return false
		}
	}
	return true
}

// latinTyped reports whether a name in Latin script has evidence for its
// type: the model, trained on Arabic script, guesses the type of Latin
// words from little. The evidence is a gazetteer entry, or a trigger word of
// the type right before the name (شركة Google، صحيفة Le Monde).
func (m *Model) latinTyped(d *rasid.Document, first int, key []string, typ string) bool {
	if _, ok := m.gaz.aliases[strings.Join(key, " ")]; ok {
		return true
	}
	if typ == "ORG" && len(key) == 1 && acronym(d.Tokens[first].In(d.Text)) {
		return true // an acronym the rules typed (acronyms)
	}
	if first == 0 {
		return false
	}
	prev := fold(d.Tokens[first-1].In(d.Text))
	if _, s := cliticSplit(prev); s != "" {
		prev = s
	}
	t := "TRIG." + typ
	if typ == "PERS" {
		t = "TRIG.PER"
	}
	return m.gaz.has(t, prev) || m.gaz.has(t, "ال"+prev) || (typ == "PERS" && m.gaz.has("TTL", prev))
}

// afterMediaHead reports whether the token before first is a newspaper's
// class noun (صحيفة الرياض: the paper, not the city).
func (m *Model) afterMediaHead(d *rasid.Document, first int) bool {
	if first == 0 {
		return false
	}
	w := fold(d.Tokens[first-1].In(d.Text))
	_, rest := cliticSplit(w)
	return mediaHeads[w] || mediaHeads[rest] || mediaHeads["ال"+rest]
}
