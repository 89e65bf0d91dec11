// Package quotes finds direct and indirect quotations in Arabic news text
// and the speakers they are attributed to.
//
// Input → output: a Document with sentences and tokens (and, when present,
// entities and titles) → its quotes: the content span (inside the marks for
// direct quotes, after إن/أن or the colon for indirect ones), the cue as
// written (a reporting verb in any person, tense or voice, a circumstantial
// participle such as مؤكداً, or an attribution phrase such as وفقاً لـ) and
// the speaker, resolved to the longest name the document gives the person or
// organisation (an entity's canonical name, the person holding a title even
// when the title is used alone, the full name for a short form), to the
// previous speaker (وأضاف, من جهته), or to a descriptive source (مصدر أمني)
// given as written.
//
// Everything is rule-based over normalised token forms; docs/quotes.md
// describes the rules, the cue lexicon and the measured figures.
package quotes

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Kinds of quotes.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Find returns the quotations of d in text order. It reads d.Text,
// d.Sentences and d.Tokens, and d.Entities and d.Titles when they are
// filled; it changes nothing in d.
//
// It runs four stages (docs/quotes.md draws them):
//
//  1. candidate cues: each token's key and cue-lexicon entry, weak cues
//     dropped (newFinder);
//  2. quote spans: quote marks paired with a cue before or after them
//     (direct), cues followed by إن/أن, a colon or their preposition
//     (indirect), attribution phrases (attributions), headlines;
//  3. speaker candidates: the cue's slot, the subject before the verb, the
//     verb before a participle, the previous speaker (resolver.speaker);
//  4. choice: a candidate phrase becomes a name through the entities,
//     the titles learned from the document and the organisations named in
//     it, or stays as written (resolver.phrase).
func Find(d *rasid.Document) []rasid.Quote {
	if len(d.Tokens) == 0 {
		return nil
	}
	bufs := finderPool.Get().(*finderBufs)
	defer bufs.put()
	f := newFinder(d, bufs) // 1
	f.direct()              // 2
	f.offeredThanks()       // after direct: no cue of a quote in marks
	f.headlineVerbs()       // cues18.go
	f.indirect()
	f.attributions()
	f.headlines()
	f.descriptions()
	f.judgements()
	f.findings() // cues18.go
	f.stipulations()
	f.learnedFrom()
	return f.resolve() // 3 and 4, quote by quote
}

// Annotator fills the quotes layer.
type Annotator struct{}

// NewAnnotator returns the quotes annotator.
func NewAnnotator() rasid.Annotator { return Annotator{} }

// Name implements rasid.Annotator.
func (Annotator) Name() string { return "quotes" }

// Requires implements rasid.Dependent. Entities and titles are used when an
// earlier annotator filled them, but are not required.
func (Annotator) Requires() []string { return []string{rasid.LayerSentences, rasid.LayerTokens} }

// Provides implements rasid.Dependent.
func (Annotator) Provides() []string { return []string{rasid.LayerQuotes} }

// Annotate implements rasid.Annotator.
func (Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	d.Quotes = Find(d)
	return nil
}

// cueRef is a cue found in the text: tokens [a, b) and what they are.
type cueRef struct {
	a, b  int
	class cueClass
	// attr marks an attribution phrase (بحسب, وفقاً لـ, نقلاً عن).
	attr bool
	// carry marks a cue whose speaker is a pronoun (على حد قوله).
	carry bool
}

// cand is a quote found but not yet given a speaker.
type cand struct {
	content rasid.Span
	kind    string
	cue     cueRef
	hasCue  bool
	// slot is the token range [a, b) of the speaker phrase, a == b when the
	// cue names nobody.
	slotA, slotB int
	// nameBefore marks a headline-style "Name: «…»" with no cue.
	nameBefore bool
	// legal marks a legal text's provision (legal16.go): its speaker is
	// the text named in the slot, or the one named last.
	legal bool
}

type finder struct {
	d       *rasid.Document
	text    string
	toks    []rasid.Token
	keys    []string   // norm without the conjunction و/ف
	cues    []cueWord  // lexicon entry per token
	sent    []int32    // sentence index per token
	sTok    [][2]int32 // token range per sentence
	used    []bool     // cue tokens already given to a quote
	inDir   []bool     // tokens inside the content of a direct quote
	inQuote []bool     // tokens inside the content of any quote found
	// locAt marks tokens where a LOC entity starts.
	locAt map[int]bool
	// orgLoc marks tokens an ORG or LOC entity overlaps; agentTok and
	// orgTok the tokens in which a PER or ORG (agentTok) or an ORG entity
	// (orgTok) starts.
	orgLoc, agentTok, orgTok map[int]bool
	// inName marks the tokens a PER, ORG or LOC entity covers.
	inName map[int]bool
	// nameEnd maps the first token of an ORG or LOC entity to the token
	// after it.
	nameEnd map[int]int
	// openerOf maps the closing mark of each pair to its opening mark.
	openerOf map[int]int
	// alaKnown: 0 not looked at, 1 the document writes على with alef
	// maqsura, 2 it does not (srcnames.go)
	alaKnown byte
	cands    []cand
	bufs     *finderBufs
	// rec, when set, receives the speaker candidates of each quote in
	// order (Candidates, rank.go)
	rec *[][]Candidate
}

// newFinder prepares the stages over d: the tokens' keys and candidate
// cues (lookupCues, dropWeakCues), the entities' token marks and the
// sentences' token ranges.
func newFinder(d *rasid.Document, b *finderBufs) *finder {
	n := len(d.Tokens)
	if cap(b.keys) < n {
		*b = finderBufs{
			keys: make([]string, n), cues: make([]cueWord, n), sent: make([]int32, n),
			used: make([]bool, n), inDir: make([]bool, n), inQuote: make([]bool, n),
		}
	}
	f := &finder{
		d:       d,
		text:    d.Text,
		toks:    d.Tokens,
		keys:    b.keys[:n],
		cues:    b.cues[:n],
		sent:    b.sent[:n],
		used:    b.used[:n],
		inDir:   b.inDir[:n],
		inQuote: b.inQuote[:n],
		bufs:    b,
	}
	if b.orgLoc == nil {
		b.locAt, b.orgLoc, b.agentTok, b.orgTok, b.inName = map[int]bool{}, map[int]bool{}, map[int]bool{}, map[int]bool{}, map[int]bool{}
		b.nameEnd = map[int]int{}
	}
	f.locAt, f.orgLoc, f.agentTok, f.orgTok, f.inName, f.nameEnd = b.locAt, b.orgLoc, b.agentTok, b.orgTok, b.inName, b.nameEnd
	// the keys are all written below; the rest starts zero
	clear(f.cues)
	clear(f.sent)
	clear(f.used)
	clear(f.inDir)
	clear(f.inQuote)
	f.lookupCues()
	f.indexEntities()
	f.indexSentences()
	f.valuedCues()
	f.dropWeakCues()
	return f
}

// finderBufs are a finder's per-token slices, reused across documents
// (finderPool).
type finderBufs struct {
	keys                 []string
	cues                 []cueWord
	sent                 []int32
	used, inDir, inQuote []bool
	// the entity marks (empty between documents)
	locAt, orgLoc, agentTok, orgTok, inName map[int]bool
	nameEnd                                 map[int]int
	// the text folded for search and the names looked up in it
	// (resolver.inText)
	folded     []byte
	inTextMemo map[string]bool
	// the resolver's entities and their written forms (empty between
	// documents)
	ents  []rasid.Entity
	forms []nameForm
}

var finderPool = sync.Pool{New: func() any { return new(finderBufs) }}

// put returns b to finderPool, holding no string of its document; the
// buffers of a very long document are left to the collector.
func (b *finderBufs) put() {
	if cap(b.keys) > 1<<18 {
		return
	}
	clear(b.keys)
	clear(b.cues)
	for _, m := range []map[int]bool{b.locAt, b.orgLoc, b.agentTok, b.orgTok, b.inName} {
		clear(m)
	}
	clear(b.nameEnd)
	clear(b.inTextMemo)
	clear(b.ents[:cap(b.ents)])
	clear(b.forms[:cap(b.forms)])
	b.ents, b.forms = b.ents[:0], b.forms[:0]
	finderPool.Put(b)
}

// lookupCues gives each token its key (the norm, without a conjunction
// و/ف when the bare word is known) and its cue-lexicon entry.
func (f *finder) lookupCues() {
	for i := range f.toks {
		t := &f.toks[i]
		k := t.Norm
		f.keys[i] = k
		if t.Kind != rasid.Arabic {
			continue
		}
		if c, ok := lookupCue(k); ok {
			f.cues[i] = c
			continue
		}
		if b := stripConj(k); b != k && !known(k) && !f.wholeShortWord(i, b) {
			if c, ok := lookupCue(b); ok {
				f.cues[i] = c
				f.keys[i] = b
			} else if known(b) {
				f.keys[i] = b
			}
		}
	}
}

// valuedCues makes a cue of the bare past ثمّن (valued, praised), which
// the lexicon leaves out as the noun ثمن (price), where it opens its clause
// (وثمّن، كما ثمّن، at a sentence's start) and its subject follows: a
// person or an organisation, a title or an honorific (وثمّن الرئيس
// الجهود …، وثمّن سموه …). وثمن السلعة (and the price of the good) is no
// cue.
func (f *finder) valuedCues() {
	for i := range f.toks {
		n := f.toks[i].Norm
		if n != "ثمن" && n != "وثمن" || f.cues[i].class != noCue || i+1 >= len(f.toks) || f.toks[i+1].Kind != rasid.Arabic {
			continue
		}
		s0, _ := f.sentRange(i)
		opens := n == "وثمن" || i == s0 || f.lineBreakBefore(i) || verbOpeners[f.toks[i-1].Norm] || f.toks[i-1].Norm == "فيما"
		next := f.toks[i+1].Norm
		if opens && (f.agentTok[i+1] || personTitles[next] || carryWords[next] && !strings.HasPrefix(next, "ج") && !strings.HasPrefix(next, "ن") && !strings.HasPrefix(next, "ب")) {
			f.cues[i] = cueWord{class: verb}
			f.keys[i] = "ثمن"
		}
	}
}

// wholeShortWord reports whether a token of three letters starting with و/ف
// is one word by the morphology layer (فرد "an individual", not ف + رد
// "replied"): a bare form of two letters is too short to trust the lexicon.
func (f *finder) wholeShortWord(i int, bare string) bool {
	ws := f.toks[i].Words
	return utf8.RuneCountInString(bare) <= 2 && len(ws) == 1 && ws[0].UPOS != "CCONJ"
}

// dropWeakCues removes the cues that are cues only near a complement or
// their preposition (weakCues: ذكر, أشار إلى), and عبر unless عن follows
// (عبّر عن, "expressed"; else "via").
func (f *finder) dropWeakCues() {
	n := len(f.toks)
	for i := range f.toks {
		if f.cues[i] == (cueWord{}) {
			continue // no cue to drop (the checks below only read)
		}
		limit := weakCues[f.keys[i]]
		if limit > 0 && limit < maxSlot && i+1 < n && f.toks[i+1].Kind == rasid.Arabic &&
			(personTitles[f.keys[i+1]] || sourceHeads[f.keys[i+1]]) {
			// ذكر المتحدث باسم وزارة الخارجية فلان في بيان أن: a
			// speaker phrase after the verb makes it a cue further on
			limit = maxSlot
		}
		if limit > 0 && limit < maxSlot && f.subjectAfterWeak(i) {
			limit = maxSlot // ورأى نحو 75 في المئة من المشاركين في الاستطلاع أن
		}
		if c := f.cues[i]; c.class != noCue && limit > 0 && !f.hasComplementNear(i, limit) &&
			!(c.prep != "" && f.prepNear(i, c.prep)) && !(c.nounPrep != "" && f.prepNear(i, c.nounPrep)) && !f.verbalNounAhead(i, c) &&
			!(praiseVerbs[f.keys[i]] && f.biWhatNear(i)) {
			f.cues[i] = cueWord{}
		}
		if f.otherWord(i) || f.afterPreposition(i) || f.nameInside(i) || f.bareWelcome(i) || f.bareDan(i) || abanForms[f.keys[i]] && !strings.Contains(f.surf(i), "أبان") {
			// إبان (during) and an undiacritised ابان are no أبان
			f.cues[i] = cueWord{}
		}
		if f.cues[i].class != noCue && (f.betweenPrep(i) || f.request(i) || f.weakInSlot(i) || f.sourceAdjective(i) || f.anonymityNoun(i)) {
			f.cues[i] = cueWord{}
		}
	}
}

// afterPreposition reports a finite cue form right after a preposition
// that governs a noun (عن، على، إلى، في): it is a noun or an elative there,
// not a verb (عبّر عن أبلغ التهاني: أبلغ "most eloquent", not "informed").
// على is read from the surface, as علي is a name too.
func (f *finder) afterPreposition(i int) bool {
	if i == 0 || f.cues[i].class != verb && f.cues[i].class != passive || f.keys[i] != f.toks[i].Norm {
		return false
	}
	return f.nounPrepBefore(i)
}

// nounPrepBefore reports whether token i follows a preposition that
// governs a noun (عن، على، إلى، في), which makes a bare verb form there a
// noun: في وصف مختصر للوضع (a description, not "he described").
func (f *finder) nounPrepBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch f.toks[i-1].Norm {
	case "عن", "الي", "في":
		return true
	case "علي":
		return strings.HasSuffix(f.surf(i-1), "ى")
	}
	return false
}

// otherWord reports a cue form that is another word here: عبر (via)
// without عن, اثني عشر (twelve) or أثنى without على, العالم أجمع (the
// whole world: an emphasis).
func (f *finder) otherWord(i int) bool {
	n := len(f.toks)
	switch {
	case viaForms[f.keys[i]]:
		return i+1 >= n || f.toks[i+1].Norm != "عن" && !((f.clauseOpening(i) || f.resumptiveAfter(i)) && f.prepNear(i, "عن"))
	case f.keys[i] == "اثني":
		return i+1 >= n || f.toks[i+1].Norm == "عشر" || f.toks[i+1].Norm == "عشرة" || !f.prepNear(i, "علي")
	case f.keys[i] == "سائلا" || f.keys[i] == "سائلة" || f.keys[i] == "سائلين":
		// سائلاً الله أن (praying): a cue only before God's name (سائل is
		// also "liquid")
		return i+1 >= n || !f.prayer(i+1, i+2)
	case findingForms[f.keys[i]]:
		// إن وُجدت (if any), وإن أظهرت: a condition, not a finding
		return i > 0 && (f.keys[i-1] == "ان" || f.keys[i-1] == "اذا" || f.keys[i-1] == "لو") && !strings.HasPrefix(f.surf(i-1), "أن")
	case f.toks[i].Norm == "اجمع":
		return i > 0 && f.toks[i-1].Kind == rasid.Arabic && definiteWord(f.toks[i-1].Norm)
	}
	return false
}

// verbOpeners are the words after which a verb opens its clause: كما
// عبّر، لكنها عبّرت، قد، من جانبه.
var verbOpeners = setOf("كما", "قد", "فقد", "وقد", "ولقد", "لقد", "ثم", "لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها")

// clauseOpening reports whether the word at i opens its clause: first in
// its sentence, after punctuation, with و or ف on it, or after a word of
// verbOpeners or carryWords. There عبر … عن is "expressed" (عبّر
// المدير العام فلان عن أسفه), while after a verb or a noun it is "via"
// (أعلن عبر حسابه عن).
func (f *finder) clauseOpening(i int) bool {
	if i == 0 || f.keys[i] != f.toks[i].Norm {
		return true
	}
	p := f.toks[i-1]
	return p.Kind == rasid.Punct || verbOpeners[p.Norm] || carryWords[p.Norm] || connectors[p.Norm] || relatives[p.Norm] || f.openingCircumstance(i)
}

// openingCircumstance reports a phrase of circumstance that opens the
// sentence before the word at i: وفي الختام عبّر، وخلال الحفل عبّر
// (one to four words after في، خلال، بعد، عقب, with no verb).
func (f *finder) openingCircumstance(i int) bool {
	s0, _ := f.sentRange(i)
	if i-s0 < 2 || i-s0 > 5 {
		return false
	}
	switch f.toks[s0].Norm {
	case "في", "وفي", "خلال", "وخلال", "بعد", "وبعد", "عقب", "وعقب":
	default:
		return false
	}
	for k := s0 + 1; k < i; k++ {
		if !f.isWord(k) || f.isVerb(k) || f.cues[k].class != noCue {
			return false
		}
	}
	return true
}

// nameInside reports a cue form inside a name, after its first word, that
// the morphology layer reads as a proper noun: علاء نصر (not نُصرّ, "we
// insist").
func (f *finder) nameInside(i int) bool {
	if !f.inName[i] || f.agentTok[i] || i == 0 || !f.inName[i-1] {
		return false
	}
	if kunyaWords[f.toks[i-1].Norm] {
		return true // فلان أبو طالب: the word after أبو/بن is a name, not طالب "demanded"
	}
	ws := f.toks[i].Words
	return len(ws) == 1 && ws[0].UPOS == "PROPN"
}

// kunyaWords open the second part of a name (أبو فلان، ابن فلان).
var kunyaWords = setOf("ابو", "ابي", "ام", "بن", "ابن", "بنت")

// sourceAdjective reports a participle that describes the indefinite
// source before it (علمت الصحيفة من مصادر مؤكدة أن: "confirmed
// sources"), not a circumstantial cue, which follows a clause.
func (f *finder) sourceAdjective(i int) bool {
	return f.cues[i].class == participle && i > 0 && f.toks[i-1].Kind == rasid.Arabic && sourceNouns[f.toks[i-1].Norm] &&
		!strings.HasPrefix(f.toks[i-1].Norm, "ال") && f.keys[i] == f.toks[i].Norm
}

// verbalNounAhead reports whether the assertive verb at i (عزا، لاحظ)
// has a named subject and a verbal noun after it (verbVerbalNoun): then it
// is a cue although no أن follows.
func (f *finder) verbalNounAhead(i int, c cueWord) bool {
	if !assertiveVerbs[f.keys[i]] && !expressingVerbs[f.keys[i]] && !condemnVerbs[f.keys[i]] || i+1 >= len(f.toks) ||
		!(f.agentTok[i+1] || f.locAt[i+1] || orgNouns[f.keys[i+1]] || expressingVerbs[f.keys[i]] && personTitles[f.keys[i+1]] ||
			condemnVerbs[f.keys[i]] && (personTitles[f.keys[i+1]] || honorifics[f.keys[i+1]] || courtesyFront[f.keys[i+1]]) ||
			f.impliedSubject(i) || f.clauseOpener(i) || f.isQuoteMark(i+1)) {
		return false // the subject must follow the verb: وهناك تشدد على … is a noun
	}
	_, _, ok := f.verbVerbalNoun(i, c, f.cueBound(i, c))
	return ok
}

// definiteWord reports whether the word w carries the article, after a
// conjunction or a preposition (العالم، وللعالم، بالعالم).
func definiteWord(w string) bool {
	for _, p := range []string{"", "و", "ف"} {
		r, ok := strings.CutPrefix(w, p)
		if ok && (strings.HasPrefix(r, "ال") || strings.HasPrefix(r, "لل") || strings.HasPrefix(r, "بال")) {
			return true
		}
	}
	return false
}

// weakInSlot reports whether the cue at i (يتابع, follows) opens a
// relative clause inside the speaker phrase of a cue verb before it that
// has not reached its إن/أن: وقال المرصد الذي يتابع العنف في سوريا إن.
func (f *finder) weakInSlot(i int) bool {
	if i < 2 || !relatives[f.toks[i-1].Norm] {
		return false
	}
	for v := i - 2; v >= 0 && i-v <= 16; v-- {
		if f.isComp(v) || f.isColon(v) || f.isTerminal(v) {
			return false
		}
		if f.cues[v].class == verb && !f.inAttribution(v) {
			// (بحسب ما ذكرت "الصحيفة" التي رأت أن: an attribution's
			// verb takes no أن)
			// the relative clause must close the verb's subject (not an
			// object after a preposition: ورد فلان على منتقديه الذين …)
			_, b := f.speakerPhrase(v+1, i-1)
			return b == i-1
		}
	}
	return false
}

// betweenPrep reports whether بين at i is the preposition "between,
// among" after من, فيما or ما (ومن بين الشروط أن), not the verb بيّن.
func (f *finder) betweenPrep(i int) bool {
	if f.keys[i] != "بين" || i == 0 {
		return false
	}
	switch f.toks[i-1].Norm {
	case "من", "ومن", "فيما", "ما":
		return true
	}
	return f.betweenPair(i)
}

// betweenPair reports whether a bare بين after a word opens "between X and
// Y" (الخلاف بين الجزائر والمغرب، إن …; فرق بين مواطن وعامل): a word with
// the conjunction و follows within four words, before any punctuation or
// إن/أن. The verb بيّن is followed by its subject, an addressee or أن.
func (f *finder) betweenPair(i int) bool {
	if f.toks[i].Norm != "بين" || strings.ContainsRune(f.surf(i), 'ّ') || !f.isWord(i-1) {
		return false
	}
	for j := i + 2; j < len(f.toks) && j <= i+4; j++ {
		if !f.isWord(j) || complementizers[f.toks[j].Norm] {
			return false
		}
		if ws := f.toks[j].Words; len(ws) > 1 && ws[0].UPOS == "CCONJ" || len(ws) == 0 && strings.HasPrefix(f.toks[j].Norm, "و") {
			return true
		}
	}
	return false
}

// request reports whether a form of سأل (to ask) at i is followed by أن
// (nominal, with hamza above) before إن or a colon: سأل … أن asks for
// something (سأله أن يساعده), it reports no statement — unless it asks
// God (نسأل الله أن يتغمده برحمته): a prayer is a hope.
func (f *finder) request(i int) bool {
	ask := strings.Contains(f.keys[i], "سال")
	for k := i + 1; k < len(f.toks) && k-i <= 8; k++ {
		if f.isComp(k) {
			// a prayer (سائلاً الله العلي القدير أن، داعياً المولى أن) is
			// a hope, which the guidelines of the real-copy sets count as
			// a quote since train3 (docs/evaluation-realnews.md)
			return ask && strings.HasPrefix(f.surf(k), "أن") && !f.prayer(i+1, k)
		}
		if f.isColon(k) || f.isTerminal(k) {
			return false
		}
	}
	return false
}

// prayer reports whether God is named in tokens [a, b): سأل الله …،
// داعياً المولى عز وجل …
func (f *finder) prayer(a, b int) bool {
	return f.godAt(a, b) >= 0
}

// godAt returns the first token in [a, b) that names God (الله، المولى،
// تعالى، القدير), -1 if none.
func (f *finder) godAt(a, b int) int {
	for k := a; k < b && k < len(f.toks); k++ {
		switch f.toks[k].Norm {
		case "الله", "المولي", "تعالي", "القدير":
			return k
		}
	}
	return -1
}

// viaForms are عبر and its imperfects: "via" unless عن follows.
var viaForms = setOf("عبر", "يعبر", "تعبر", "عبرت", "عبروا")

// indexEntities marks the tokens where entities start and the tokens they
// cover.
func (f *finder) indexEntities() {
	for _, e := range f.d.Entities {
		if e.Start < 0 || e.Start >= e.End || e.End > len(f.text) {
			continue
		}
		if e.Type == rasid.LOC {
			if f.locAt == nil {
				f.locAt = map[int]bool{}
			}
			f.locAt[f.tokenAt(e.Start)] = true
		}
		if e.Type == rasid.ORG || e.Type == rasid.LOC {
			if f.nameEnd == nil {
				f.nameEnd = map[int]int{}
			}
			f.nameEnd[f.tokenAt(e.Start)] = f.tokenAt(e.End)
		}
		f.markEntity(e)
	}
}

// indexSentences gives each token its sentence and each sentence its
// token range; without sentences, the text is one sentence.
func (f *finder) indexSentences() {
	d, n := f.d, len(f.toks)
	if len(d.Sentences) == 0 {
		f.sTok = [][2]int32{{0, int32(n)}}
		return
	}
	s := 0
	f.sTok = make([][2]int32, len(d.Sentences))
	for i := range f.sTok {
		f.sTok[i] = [2]int32{int32(n), int32(n)}
	}
	for i := range f.toks {
		for s < len(d.Sentences)-1 && f.toks[i].Start >= d.Sentences[s].End {
			s++
		}
		f.sent[i] = int32(s)
		if f.sTok[s][0] == int32(n) {
			f.sTok[s][0] = int32(i)
		}
		f.sTok[s][1] = int32(i + 1)
	}
}

// stripConj removes a leading و or ف (wa-, fa-, "and") from a normalised
// word of at least three letters.
func stripConj(s string) string {
	if len(s) >= 6 && (strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف")) {
		return s[len("و"):]
	}
	return s
}

// hasComplementNear reports whether إن/أن or a colon follows token i
// within n words.
func (f *finder) hasComplementNear(i, n int) bool {
	for j := i + 1; j < len(f.toks) && j-i <= n; j++ {
		if f.isComp(j) || f.isColon(j) {
			return true
		}
		if f.isTerminal(j) {
			return false
		}
	}
	return false
}

// prepNear reports whether the preposition p of the cue at token i
// follows within the slot distance: كشف المدير، اليوم، عن خطة.
func (f *finder) prepNear(i int, p string) bool {
	for j := i + 1; j < len(f.toks) && j-i <= maxSlot; j++ {
		if f.isTerminal(j) {
			return false
		}
		if f.toks[j].Kind == rasid.Arabic && f.prepMatch(j, p) {
			return true
		}
	}
	return false
}

// known reports whether a normalised word is in one of the word lists:
// وزير (wazir, "minister") is a word, not و + زير.
func known(w string) bool {
	if !knownBits.may(w) {
		return false
	}
	if _, ok := lexicon[w]; ok {
		return true
	}
	for _, l := range knownLists {
		if l[w] {
			return true
		}
	}
	return false
}

// knownLists are the word lists of known besides the cue lexicon.
var knownLists = []map[string]bool{stopSlot, personTitles, titleWords, sourceHeads, carryWords, attrWords, complementizers}

// wordBits is a set of 65,536 bits of word hashes: a word whose bit is
// clear is none of the words the set was made of. Most words of a text are
// in no list, and one test spares them the map look-ups.
type wordBits [1 << 10]uint64

// wordBit hashes w (FNV-1a) to one of the bits of a wordBits.
func wordBit(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h >> 16
}

func (b *wordBits) add(w string) { h := wordBit(w); b[h>>6] |= 1 << (h & 63) }

// may reports whether w may be one of the words of b.
func (b *wordBits) may(w string) bool { h := wordBit(w); return b[h>>6]&(1<<(h&63)) != 0 }

// cueBits has the words of the cue lexicon, knownBits those of known.
var cueBits, knownBits = buildWordBits()

func buildWordBits() (cue, kn *wordBits) {
	cue, kn = new(wordBits), new(wordBits)
	for w := range lexicon {
		cue.add(w)
		kn.add(w)
	}
	for _, l := range knownLists {
		for w := range l {
			kn.add(w)
		}
	}
	return cue, kn
}

// lookupCue returns the cue-lexicon entry of the normalised word w.
func lookupCue(w string) (cueWord, bool) {
	if !cueBits.may(w) {
		return cueWord{}, false
	}
	c, ok := lexicon[w]
	return c, ok
}

// sentRange returns the token range of token i's sentence.
func (f *finder) sentRange(i int) (int, int) {
	r := f.sTok[f.sent[i]]
	return int(r[0]), int(r[1])
}

func (f *finder) surf(i int) string { return f.text[f.toks[i].Start:f.toks[i].End] }

func (f *finder) isPunct(i int, ps ...string) bool {
	t := f.toks[i]
	if t.Kind != rasid.Punct && t.Kind != rasid.Symbol {
		return false
	}
	s := f.surf(i)
	for _, p := range ps {
		if s == p {
			return true
		}
	}
	return false
}

func (f *finder) isTerminal(i int) bool {
	if f.toks[i].Kind != rasid.Punct {
		return false
	}
	switch s := f.surf(i); s {
	case ".":
		return !f.abbrevStop(i)
	case "!", "?", "؟", "…", "؛", ";":
		return true
	default:
		return len(s) > 1 && strings.Trim(s, ".") == ""
	}
}

// abbrevStop reports whether the full stop at i closes a one-letter
// abbreviation glued to it (د. doctor, م. engineer, أ. professor), which
// ends no sentence: أكد د. فلان أن.
func (f *finder) abbrevStop(i int) bool {
	if i == 0 || i+1 >= len(f.toks) || f.toks[i-1].Kind != rasid.Arabic || f.toks[i-1].End != f.toks[i].Start {
		return false
	}
	return utf8.RuneCountInString(f.toks[i-1].Norm) == 1 && f.toks[i+1].Kind == rasid.Arabic
}

func (f *finder) isComma(i int) bool { return f.isPunct(i, "،", ",", "-", "–", "—") }

func (f *finder) isColon(i int) bool { return f.isPunct(i, ":") }

// isWord reports whether token i can be part of a name or a phrase.
func (f *finder) isWord(i int) bool {
	switch f.toks[i].Kind {
	case rasid.Arabic, rasid.Latin, rasid.Number:
		return true
	}
	return false
}

// lineBreakBefore reports whether a line break separates token i from the
// token before it.
func (f *finder) lineBreakBefore(i int) bool {
	if i == 0 {
		return false
	}
	return strings.IndexByte(f.text[f.toks[i-1].End:f.toks[i].Start], '\n') >= 0
}

// isComp reports whether token i is a complementizer (إن, أن, بأن, أنه …)
// that starts reported content, not one governed by يجب or بعد.
func (f *finder) isComp(i int) bool {
	if f.toks[i].Kind != rasid.Arabic || !complementizers[f.toks[i].Norm] {
		// فإن (fa-inna) after an attribution phrase
		if f.toks[i].Kind == rasid.Arabic && strings.HasPrefix(f.toks[i].Norm, "فان") && complementizers[f.toks[i].Norm[len("ف"):]] {
			return !f.inName[i] // فان بيرسي: a name (Van), not فإن
		}
		return false
	}
	if i > 0 && f.toks[i-1].Kind == rasid.Arabic && notComplement[f.keys[i-1]] {
		return false
	}
	// آن with madda is a noun (في آن واحد, "at once"), never إن/أن
	return !strings.HasPrefix(f.text[f.toks[i].Start:f.toks[i].End], "آ")
}

// resolve gives every candidate its speaker, in text order, and returns the
// quotes.
func (f *finder) resolve() []rasid.Quote {
	f.dropShadowed()
	f.dropImpersonal()
	sort.SliceStable(f.cands, func(i, j int) bool { return f.cands[i].content.Start < f.cands[j].content.Start })
	r := newResolver(f)
	defer r.keepBufs()
	out := make([]rasid.Quote, 0, len(f.cands))
	var prev rasid.Speaker
	var lastG byte          // gender of the last cue that gave a speaker (agree.go)
	var issuers [][2]string // statements named alone (البيان) and their issuers
	prevEnd := -1
	var lastLegal rasid.Speaker // the legal text that spoke last
	for i := range f.cands {
		c := &f.cands[i]
		if sp := f.legalName(c.slotA, c.slotB); c.legal && (sp.Name != "" || lastLegal.Name != "" || f.legalBefore(c.cue.a) >= 0) {
			// a provision is the legal text's as written, not a person's
			// nor the ranker's; with the text implied (كما نصّ على), the
			// one that spoke last (docs/quotes.md, Session 16)
			if h := f.legalBefore(c.cue.a); sp.Name == "" && h >= 0 {
				sp = f.legalName(h, min(h+4, c.cue.a)) // صدر مرسوم … وسُمّي …، كما نصّ على
			}
			if sp.Name == "" {
				sp = rasid.Speaker{Name: lastLegal.Name}
			}
			lastLegal = sp
			out = append(out, rasid.Quote{Span: c.content, Kind: c.kind, Speaker: sp,
				Cue: rasid.Span{Start: f.cueStart(c.cue.a), End: f.toks[c.cue.b-1].End}})
			continue
		}
		sp := r.speaker(c, prev, prevEnd)
		if conjunctions[normalize.String(sp.Name)] {
			// و written apart from the cue (و أضاف) is not a speaker
			sp = r.carry(c, prev, prevEnd)
		}
		sp = r.agree(c, sp, out, lastG)
		r.learnGender(c, sp)
		sp.Name = r.sameSource(withoutRunOn(sp.Name), out, c.content.Start)
		sp.Name = r.finalName(sp.Name, c.content.Start)
		if selfNouns[normalize.String(sp.Name)] && prev.Name != "" {
			// وأضاف المتحدث، بحسب المتحدث: the one speaking is the
			// speaker before
			sp.Name = prev.Name
		}
		if noun := normalize.String(sp.Name); documentSpeakers[noun] {
			// وتابع البيان أن …: the statement named alone is the one
			// whose issuer was speaking, or the one an organisation
			// issued before (أصدر الاتحاد بياناً … وقال البيان)
			st := issuerOf(issuers, noun)
			if is, ok := r.issuerBefore(c.content.Start); ok {
				sp = rasid.Speaker{Name: is}
			} else if st != "" && r.personName(prev.Name) && !r.personName(st) {
				// قالت السفارة … وأوضح البيان … صرح الجنرال فلان … وأكد
				// البيان: the statement is still the organisation's, not
				// the person it quoted
				sp = rasid.Speaker{Name: st}
			} else if prev.Name != "" {
				sp = rasid.Speaker{Name: prev.Name}
			}
			if sp.Name != "" {
				issuers = append(issuers, [2]string{noun, sp.Name})
			}
		}
		sp = r.rank(c, sp, prev.Name)
		q := rasid.Quote{Span: c.content, Kind: c.kind, Speaker: sp}
		if c.hasCue {
			q.Cue = rasid.Span{Start: f.cueStart(c.cue.a), End: f.toks[c.cue.b-1].End}
		}
		out = append(out, q)
		if sp.Name != "" {
			if c.hasCue {
				lastG = f.gender(c.cue.a)
			}
			prev = rasid.Speaker{Name: sp.Name}
			prevEnd = c.content.End
		}
	}
	return out
}

// selfNouns name the one speaking without saying who: المتحدث (the
// speaker), المتحدثة.
var selfNouns = setOf("المتحدث", "المتحدثة")

// likelihoodVerbs are the imperfect third persons of verbs of likelihood
// and belief; right before أن they are impersonal (ويرجح أنها أصيبت: "it
// is likely that"), not a cue.
var likelihoodVerbs = setOf("يرجح", "ترجح", "يعتقد", "يتوقع", "يظن", "يحتمل")

// issuerOf is the issuer last found for a statement named alone.
func issuerOf(issuers [][2]string, noun string) string {
	for i := len(issuers) - 1; i >= 0; i-- {
		if issuers[i][0] == noun {
			return issuers[i][1]
		}
	}
	return ""
}

// personName reports whether name is the canonical name of a PER entity.
func (r *resolver) personName(name string) bool {
	if name == "" {
		return false
	}
	for _, e := range r.ents {
		if e.Type == rasid.PER && canonical(r.f.text, e) == name {
			return true
		}
	}
	return false
}

// dropImpersonal removes the quotes whose cue is a verb of likelihood
// with no subject, followed directly by أن.
func (f *finder) dropImpersonal() {
	out := f.cands[:0]
	for _, c := range f.cands {
		a := c.cue.a
		if c.hasCue && c.cue.class == verb && likelihoodVerbs[f.keys[a]] && a+1 < len(f.toks) && f.isComp(a+1) {
			continue
		}
		out = append(out, c)
	}
	f.cands = out
}

// sameSource reads "the same sources" (المصادر نفسها، المصدر ذاته): the
// latest earlier speaker whose name has that head without the article
// (مصادر مطلعة).
//
// The sources named alone with the article (وأشارت المصادر، وشدد المصدر)
// are the sources described before, in the singular or the plural (نفت
// مصادر كويتية مسؤولة … وأشارت المصادر → مصادر كويتية مسؤولة).
func (r *resolver) sameSource(name string, out []rasid.Quote, pos int) string {
	ws := strings.Fields(normalize.String(name))
	if len(ws) == 0 || len(ws) > 2 || !strings.HasPrefix(ws[0], "ال") && ws[0] != "نفس" && ws[0] != "ذات" {
		return name
	}
	if len(ws) == 2 && (ws[0] == "نفس" || ws[0] == "ذات") {
		ws = []string{ws[1], "نفسه"} // نفس المصدر: المصدر نفسه
	}
	heads := []string{strings.TrimPrefix(ws[0], "ال")}
	if len(ws) == 2 {
		switch ws[1] {
		case "نفسها", "نفسه", "ذاتها", "ذاته", "عينها", "عينه", "نفسهم", "ذاتهم":
		default:
			return r.groupBefore(ws, name, out)
		}
	} else if sourceNouns[heads[0]] {
		heads = []string{"مصدر", "مصادر", "مصدران"}
	} else {
		return r.groupBefore(ws, name, out)
	}
	for k := len(out) - 1; k >= 0; k-- {
		n := normalize.String(out[k].Speaker.Name)
		for _, head := range heads {
			if strings.HasPrefix(n, head+" ") || len(ws) == 2 && n == head {
				return out[k].Speaker.Name
			}
		}
	}
	if len(ws) == 1 {
		if src, ok := r.f.sourceBefore(pos); ok {
			return src
		}
		if ws[0] == "المصدر" {
			return r.sourceSpeaker(name, out, pos) // وفق ما أكده المدير فلان. وأوضح المصدر
		}
		return name
	}
	if heads[0] == "مصدر" {
		return r.sourceSpeaker(name, out, pos) // not المصادر نفسها: a group is no one person
	}
	if dataNouns[heads[0]] {
		return r.lastSpeaker(name, out, pos) // وأضافت نفس الوثيقة: the issuer quoted before
	}
	return name
}

// sourceSpeaker reads "the same source" said of a person: the last
// speaker (lastSpeaker), or, when no quote before pos has a speaker, the
// person named last in the sentence before (وفق ما صرح به المعتمد فلان.
// وأشار نفس المصدر: his words were reported without a quote the rules
// found).
func (r *resolver) sourceSpeaker(name string, out []rasid.Quote, pos int) string {
	for _, q := range out {
		if q.Speaker.Name != "" && q.End <= pos {
			return r.lastSpeaker(name, out, pos)
		}
	}
	if p, ok := r.personInSentenceBefore(pos); ok {
		return p
	}
	return name
}

// lastSpeaker reads "the same source" said of a source no unnamed source
// came before (قال الناطق فلان … وأضاف المصدر ذاته، وحسب المصدر نفسه، وأكد
// ذات المصدر): the words point back to whoever spoke last — a person or a
// body the text names — unless another source or person is named between
// that quote and pos (بحسب ما قال ضابط …: the officer, whom no quote
// named); name when no earlier quote has a speaker (session 10).
func (r *resolver) lastSpeaker(name string, out []rasid.Quote, pos int) string {
	f := r.f
	for k := len(out) - 1; k >= 0; k-- {
		n := out[k].Speaker.Name
		if n == "" || n == name {
			continue
		}
		for i := f.tokenAt(out[k].End); i < len(f.toks) && f.toks[i].End <= pos; i++ {
			if sourceHeads[f.keys[i]] && !strings.HasPrefix(f.keys[i], "ال") {
				return name
			}
		}
		for _, e := range r.ents {
			if e.Type == rasid.PER && e.Start >= out[k].End && e.End <= pos && !strings.Contains(n, f.text[e.Start:e.End]) {
				return name
			}
		}
		return n
	}
	return name
}

// personInSentenceBefore returns the last person the entity layer tagged
// before byte pos, in the sentence before the one at pos; only when no
// source noun is written between them (مصدر أمني: another source).
func (r *resolver) personInSentenceBefore(pos int) (string, bool) {
	f := r.f
	k := f.tokenAt(pos)
	if k >= len(f.toks) {
		return "", false
	}
	s := int(f.sent[k])
	if s == 0 {
		return "", false
	}
	ps := f.sTok[s-1]
	if ps[0] >= ps[1] {
		return "", false // a sentence without tokens (a document's own sentences)
	}
	lo := f.toks[ps[0]].Start
	var best rasid.Entity
	for _, e := range r.ents {
		if e.Type == rasid.PER && e.Start >= lo && e.End <= pos && e.End > best.End {
			best = e
		}
	}
	if best.End == 0 {
		return "", false
	}
	for i := f.tokenAt(best.End); i < k && i < len(f.toks); i++ {
		if sourceHeads[f.keys[i]] && !strings.HasPrefix(f.keys[i], "ال") {
			return "", false
		}
	}
	return canonical(f.text, best), true
}

// groupBefore reads a group of sources named with the article (الشهود،
// السكان، المصادر العسكرية) as the group described before without it:
// the latest earlier speaker whose name is the same head without the
// article, followed by the same adjective if one is written (شهود عيان،
// سكان محليون، مصادر عسكرية).
func (r *resolver) groupBefore(ws []string, name string, out []rasid.Quote) string {
	head := strings.TrimPrefix(ws[0], "ال")
	if !strings.HasPrefix(ws[0], "ال") || !sourceHeads[head] || len(ws) > 2 {
		return name
	}
	prefix := head + " "
	if len(ws) == 2 {
		if !strings.HasPrefix(ws[1], "ال") {
			return name
		}
		prefix += strings.TrimPrefix(ws[1], "ال")
	}
	for k := len(out) - 1; k >= 0; k-- {
		if n := normalize.String(out[k].Speaker.Name); strings.HasPrefix(n, prefix) {
			return out[k].Speaker.Name
		}
	}
	return name
}

// issueVerbs issue a statement: أصدر الاتحاد بياناً.
var issueVerbs = setOf("اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت", "اعلن", "اعلنت")

// issuerBefore finds the issuer of the last statement written before
// byte pos with a verb of issuing (أصدر الاتحاد السعودي للكرة الطائرة
// بياناً): the subject between the verb and the statement noun.
func (r *resolver) issuerBefore(pos int) (string, bool) {
	f := r.f
	for k := f.tokenAt(pos) - 1; k > 1; k-- {
		if f.toks[k].Kind != rasid.Arabic || !statementNouns[f.keys[k]] {
			continue
		}
		for v := k - 2; v >= 0 && k-v <= 10 && f.isWord(v); v-- {
			if issueVerbs[f.keys[v]] {
				if sp, ok := r.phrase(v+1, k, false); ok && r.namesAgent(sp.Span) {
					return sp.Name, true
				}
				return "", false
			}
		}
		if is, ok := r.issuerInStatement(k); ok {
			return is, true
		}
		return "", false
	}
	return "", false
}

// sourceBefore finds the last descriptive source written before byte pos
// without a quote of its own (نفت مصادر كويتية مسؤولة ما تردد …): the
// head مصدر/مصادر without the article and up to three adjectives.
func (f *finder) sourceBefore(pos int) (string, bool) {
	for k := f.tokenAt(pos) - 1; k >= 0; k-- {
		if f.toks[k].Kind != rasid.Arabic || !sourceNouns[f.keys[k]] {
			continue
		}
		e := k + 1
		for e < len(f.toks) && e-k <= 3 && f.toks[e].Kind == rasid.Arabic && !strings.HasPrefix(f.toks[e].Norm, "ال") &&
			!strings.HasPrefix(f.toks[e].Norm, "ل") && // مصدر لراديو …: the addressee
			(!stopSlot[f.toks[e].Norm] || f.keptInPhrase(k, e)) && !f.isComp(e) && f.cues[e].class == noCue && f.toks[e].Start < pos {
			e++
		}
		if e == k+1 && e < len(f.toks) && sourcePreps[f.keys[e]] {
			// مصادر في الحركة الشعبية بحلب: described by its complement
			// alone, as the slot reads it (session 18)
			if _, b := f.speakerPhrase(k, f.tokenAt(pos)); b > e+1 {
				if b = f.complementEnd(e+1, b); b > e+1 {
					return asWritten(f.text[f.cueStart(k):f.toks[b-1].End]), true
				}
			}
		}
		e = f.sourceBodyEnd(k, e, f.tokenAt(pos)) // مصادر في المقاومة الشعبية
		if e == k+1 {
			return "", false // a source with no description: keep the name as written
		}
		return asWritten(f.text[f.cueStart(k):f.toks[e-1].End]), true
	}
	return "", false
}

// sourceNouns are the heads of descriptive sources that stand alone with
// the article for the sources described before (المصادر، المصدر).
var sourceNouns = setOf("مصدر", "مصادر", "مصدران")

// classNouns are generic nouns written before a name that are not part of
// it (جريدة الخبر is الخبر); agencyNouns head names a nationality
// adjective after them is not part of (وكالة الأناضول التركية is وكالة
// الأناضول).
var (
	classNouns  = setOf("جريده", "صحيفه", "جريدة", "صحيفة")
	agencyNouns = setOf("وكاله", "وكالة", "نادي")
)

// outsideClassNoun drops a generic class noun before a name (جريدة الخبر
// → الخبر) and a nationality adjective after an agency or a club (وكالة
// الأناضول التركية → وكالة الأناضول), as the names are annotated.
func outsideClassNoun(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	first := normalize.String(ws[0])
	class := classNouns[first]
	if class {
		ws = ws[1:]
	}
	last := normalize.String(ws[len(ws)-1])
	nisba := len(ws) >= 2 && strings.HasPrefix(last, "ال") && adjectiveEnding(last)
	if agencyNouns[first] && len(ws) >= 4 && officialWords[last] {
		ws = ws[:len(ws)-1] // وكالة الأنباء السعودية الرسمية: "official" is no part of the name
		last = normalize.String(ws[len(ws)-1])
		nisba = strings.HasPrefix(last, "ال") && adjectiveEnding(last)
	}
	if nisba && (class || agencyNouns[first] && len(ws) >= 3 && !genericComplements[normalize.String(ws[1])]) {
		ws = ws[:len(ws)-1] // صحيفة الشرق القطرية → الشرق
	}
	return strings.Join(ws, " ")
}

// genericComplements make an agency's name with its nationality (وكالة
// الأنباء الكويتية): the adjective stays.
var genericComplements = setOf("الانباء", "الصحافه", "الاعلام", "الصحافة")

// officialWords describe an agency or a newspaper after its name (وكالة
// الأنباء السعودية الرسمية) without being part of it.
var officialWords = setOf("الرسمية", "الرسمي", "الرسميه",
	// adjectives that name what an outlet covers, not where it is from
	// (موقع التراث الإسلامي، قناة العربية الإخبارية: session 10)
	"الاسلامي", "الاسلامية", "الاسلاميه", "العربي", "العربية", "العربيه", "الدولي", "الدولية", "الدوليه",
	"العالمي", "العالمية", "العالميه", "الاخباري", "الاخبارية", "الاخباريه")

// conjunctions written apart are never a speaker.
var conjunctions = map[string]bool{"و": true, "ف": true, "ثم": true, "او": true}

// documentSpeakers are statements and reports named alone with the
// article: as a speaker they stand for their issuer.
var documentSpeakers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"البيان", "التقرير", "البلاغ", "الرسالة", "المذكرة", "الوثيقة", "التعميم", "البيان نفسه", "البيان ذاته"} {
		m[normalize.String(w)] = true
	}
	return m
}()

// cueStart is the start of the cue token a without its conjunction.
func (f *finder) cueStart(a int) int {
	t := f.toks[a]
	if t.Kind == rasid.Arabic && f.keys[a] != t.Norm {
		s := f.text[t.Start:t.End]
		if strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف") {
			return t.Start + len("و")
		}
	}
	return t.Start
}

// trimSpan shrinks the span of tokens [a, b) to its text without
// surrounding punctuation; ok is false when nothing is left.
func (f *finder) trimSpan(a, b int) (rasid.Span, bool) {
	for a < b && (f.toks[a].Kind == rasid.Punct) && !f.isQuoteMark(a) {
		a++
	}
	for b > a && (f.toks[b-1].Kind == rasid.Punct) && !f.isQuoteMark(b-1) {
		b--
	}
	if a >= b {
		return rasid.Span{}, false
	}
	return rasid.Span{Start: f.toks[a].Start, End: f.toks[b-1].End}, true
}

// dropShadowed removes an indirect quote whose content is little more than
// a direct quote of the same cue: قال إن «…» is one quote, kept as direct.
func (f *finder) dropShadowed() {
	direct := map[int]rasid.Span{}
	for _, d := range f.cands {
		if d.kind == Direct && d.hasCue {
			direct[d.cue.a] = d.content
		}
	}
	if len(direct) == 0 {
		return
	}
	out := f.cands[:0]
	for _, c := range f.cands {
		if c.kind == Indirect && c.hasCue {
			if d, ok := direct[c.cue.a]; ok && d.Start >= c.content.Start && d.End <= c.content.End &&
				d.Len()*10 >= c.content.Len()*8 {
				continue
			}
		}
		out = append(out, c)
	}
	f.cands = out
}

// markEntity fills orgLoc, agentTok and orgTok for entity e.
func (f *finder) markEntity(e rasid.Entity) {
	if e.Type != rasid.ORG && e.Type != rasid.LOC && e.Type != rasid.PER {
		return
	}
	if f.orgLoc == nil {
		f.orgLoc, f.agentTok, f.orgTok, f.inName = map[int]bool{}, map[int]bool{}, map[int]bool{}, map[int]bool{}
	}
	// the token holding the entity's first byte
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].End > e.Start })
	if k >= len(f.toks) || f.toks[k].Start >= e.End {
		return
	}
	if e.Type != rasid.LOC {
		f.agentTok[k] = true
	}
	if e.Type == rasid.ORG {
		f.orgTok[k] = true
	}
	for j := k; j < len(f.toks) && f.toks[j].Start < e.End && j-k < 64; j++ {
		if e.Type != rasid.PER {
			f.orgLoc[j] = true
		}
		f.inName[j] = true
	}
}
