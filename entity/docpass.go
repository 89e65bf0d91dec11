package entity

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/rasid/rasid/normalize"
)

// The document-level pass runs after the tagger on the labels of a whole
// document (or of the stream given to TagSentences), in the JSON and the
// BIO paths alike:
//
//   - the same name keeps one type in a document: a name tagged with
//     several types takes the type most of its mentions have (ties keep
//     each mention's own);
//   - a person's surname met alone after the full name is that person: a
//     rare word equal to the last word of a person's name of two words or
//     more, left untagged or tagged as a one-word place or organisation, is
//     tagged PERS.

// span is a run of labels of one type: tokens [start, end) of sentence sent.
type span struct {
	sent, start, end int
	typ              int // label index of B-X
}

// labelSpans appends the names in labels to out.
func labelSpans(labels [][]int, out []span) []span {
	for si, ls := range labels {
		for i := 0; i < len(ls); {
			l := ls[i]
			if l == 0 {
				i++
				continue
			}
			b := l
			if b%2 == 0 {
				b-- // an I without its B starts a name
			}
			j := i + 1
			for j < len(ls) && ls[j] == b+1 {
				j++
			}
			out = append(out, span{sent: si, start: i, end: j, typ: b})
			i = j
		}
	}
	return out
}

// spanKey appends the folded name of a span to buf, the first token
// without its proclitics (بموسكو and موسكو are one name).
func spanKey(buf []byte, in []tokInfo, sp span) []byte {
	for k := sp.start; k < sp.end; k++ {
		if k > sp.start {
			buf = append(buf, ' ')
		}
		w := in[k].w
		if k == sp.start && in[k].pre != "" {
			w = w[len(in[k].pre):]
		}
		buf = append(buf, w...)
	}
	return buf
}

// docScratch is docPass's working memory, kept in a pool from one
// document to the next: nothing of it outlives the call.
type docScratch struct {
	spans []span
	keys  []string         // per span, its name (spanKey), in buf
	buf   []byte           // the bytes of keys
	votes map[string]int32 // name → its counts in counts
	count [][nLabels]int   // per name, the spans of each label
	last  map[string]bool  // last words of persons' names of 2+ words
}

var docScratches = sync.Pool{New: func() any {
	return &docScratch{votes: map[string]int32{}, last: map[string]bool{}}
}}

// key returns the name of span sp of infos as a string in ds.buf
// (written once: buf only grows until release).
func (ds *docScratch) key(in []tokInfo, sp span) string {
	s := room(&ds.buf, 256)
	ds.buf = spanKey(ds.buf, in, sp)
	return unsafe.String(unsafe.SliceData(ds.buf[s:]), len(ds.buf)-s)
}

// room makes room for about n more bytes in *buf and returns its length:
// when it has too little, a new array is started (the strings made of the
// old one keep it).
func room(buf *[]byte, n int) int {
	if c := cap(*buf); c-len(*buf) < n {
		*buf = make([]byte, 0, max(2*c, n, 4096))
	}
	return len(*buf)
}

// release empties ds and puts it back in the pool.
func (ds *docScratch) release() {
	if len(ds.spans) > 1<<14 || cap(ds.buf) > 1<<18 {
		return // a very long document's are left to the collector
	}
	clear(ds.keys)
	clear(ds.votes)
	clear(ds.last)
	ds.spans, ds.keys, ds.buf, ds.count = ds.spans[:0], ds.keys[:0], ds.buf[:0], ds.count[:0]
	docScratches.Put(ds)
}

// rareSurname is the raw-text frequency bucket under which a word standing
// alone is taken for the surname of a person named before: 2^10 in the
// 10 M words of the cluster corpus.
const rareSurname = 10

// docPass applies the document-level rules to labels, in place.
func docPass(infos [][]tokInfo, labels [][]int) {
	ds := docScratches.Get().(*docScratch)
	defer ds.release()
	ds.spans = labelSpans(labels, ds.spans[:0])
	spans := ds.spans
	if len(spans) == 0 {
		return
	}
	bPERS := labelIndex("B-PERS")
	last := ds.last // last words of persons' names of 2+ words
	for _, sp := range spans {
		k := ds.key(infos[sp.sent], sp)
		ds.keys = append(ds.keys, k)
		at, ok := ds.votes[k]
		if !ok {
			at = int32(len(ds.count))
			ds.count = append(ds.count, [nLabels]int{})
			ds.votes[k] = at
		}
		ds.count[at][sp.typ]++
		if sp.typ == bPERS && sp.end-sp.start >= 2 {
			last[infos[sp.sent][sp.end-1].w] = true
		}
	}
	keys := ds.keys
	votes := func(k string) *[nLabels]int { return &ds.count[ds.votes[k]] }
	relabel := func(sp span, b int) {
		ls := labels[sp.sent]
		ls[sp.start] = b
		for k := sp.start + 1; k < sp.end; k++ {
			ls[k] = b + 1
		}
	}
	for i, sp := range spans {
		v := votes(keys[i])
		best, n, tie := sp.typ, v[sp.typ], false
		for b := 1; b < nLabels; b += 2 {
			switch {
			case v[b] > n:
				best, n, tie = b, v[b], false
			case v[b] == n && b != best:
				tie = true
			}
		}
		if best != sp.typ && !tie {
			relabel(sp, best)
			sp.typ = best
		}
		// A one-word place or organisation that is a person's surname.
		if sp.typ != bPERS && sp.end-sp.start == 1 && votes(keys[i])[bPERS] == 0 {
			t := &infos[sp.sent][sp.start]
			if last[t.w] && t.freq <= rareSurname {
				relabel(sp, bPERS)
			}
		}
	}
	if len(last) == 0 {
		return
	}
	for si, ls := range labels {
		for k, l := range ls {
			t := &infos[si][k]
			if l != 0 || !last[t.w] || t.freq > rareSurname {
				continue
			}
			if (k > 0 && ls[k-1] != 0) || (k+1 < len(ls) && ls[k+1] != 0) {
				continue // next to a name: part of another one
			}
			ls[k] = bPERS
		}
	}
}

// verbLike reports whether the folded word w is a verb or a participle
// that ends a name before it: a listed verb or preposition (قال، في), a
// future-marked imperfect (سيعلن: س + a word of its own more frequent
// than the whole), or an adverbial participle (مضيفا، مشيرا).
func (m *Model) verbLike(w string) bool {
	if prepOrVerb[w] {
		return true
	}
	n := 0
	for range w {
		n++
	}
	if n < 4 {
		return false
	}
	if strings.HasPrefix(w, "س") {
		rest := w[len("س"):]
		switch {
		case strings.HasPrefix(rest, "ي"), strings.HasPrefix(rest, "ت"), strings.HasPrefix(rest, "ن"), strings.HasPrefix(rest, "ا"):
			if rc := m.clusters.count(rest); rc >= 20 && rc > 4*m.clusters.count(w) {
				return true
			}
		}
	}
	return n >= 5 && strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ا") && m.gaz.root.next[w] == nil && m.clusters.count(w) >= 20
}

// trimVerbs ends names before a verb, participle or preposition inside
// them (نبيه بري سيعلن: the name is نبيه بري): that word becomes O, and
// the rest of the name, if any, a name of its own (بالإضافة إلى تركيا).
//
// On the annotator's path (sents given) the given name علي, written with
// ي (whatever its marks and tatweel: عليّ، عـلي), right after a listed
// given name or inside a person's name is no preposition: محمد علي، عادل
// علي، مفرح علي أحمد (a compound name, or the father's). The BIO output
// (sents nil) keeps the model's reading.
func (m *Model) trimVerbs(infos [][]tokInfo, labels [][]int, sents [][]string) {
	bPERS := labelIndex("B-PERS")
	for si, ls := range labels {
		if sents != nil {
			m.personVerbs(infos[si], ls, bPERS)
		}
		for k := 1; k < len(ls); k++ {
			if ls[k] == 0 || ls[k]%2 == 1 || !m.verbLike(infos[si][k].w) {
				continue
			}
			if sents != nil && ls[k] == bPERS+1 && markFolder.String(sents[si][k]) == "علي" &&
				(m.gaz.has("PER.first", infos[si][k-1].w) || k+1 < len(ls) && ls[k+1] == bPERS+1) {
				continue
			}
			b := ls[k] - 1
			ls[k] = 0
			if k+1 < len(ls) && ls[k+1] == b+1 {
				ls[k+1] = b
			}
		}
	}
}

// personVerbs ends a person's name before a word that the words layer
// (Token.Words, annotator path only) reads in context as a verb of a lemma
// it knows: a verb, whatever its person or tense, is no part of a name
// (سارة حسن سألت نور: two names around the verb). The verb becomes O and
// the words after it a name of their own. Inside a name, a verb with a
// proclitic is left alone: a foreign name that starts with و، ف، ب or ل
// reads as one (فورد، فيفرز). A name's last word is left out only when
// what follows backs the verb (verbFollows): a word that is no title
// after an imperfect, a future or a verb with a pronoun, a preposition
// after a perfect; else, before a comma or a title, a perfect after a
// given name, it is as often a surname (خالد فضل، أسامة سبيته). A
// name's first word is left out when it is a verb and the name goes on
// after it, when the verb is imperfect, future or carries a pronoun
// (ويبيع الروقي، وسيسافر محمد), or ends in the object pronoun ني
// (فسألني منير), whatever its lemma: a perfect of three letters at a
// name's start is as often a given name (فضل، سويد، رابح). A name of one
// word is left alone, as is a word the gazetteers know (يزيد، يحيى، أحمد:
// given names that are also verbs), a word before الله (a theophoric
// name: يعن الله), a word that raw news has right after given names (a
// surname: موشيه يعالون، زهير شكر; afterGivenName), one raw news hardly
// has, or one of one or two letters.
func (m *Model) personVerbs(in []tokInfo, ls []int, bPERS int) {
	for k := range ls {
		wi := &in[k].wi
		// a verb with the first person's object pronoun ني, which no
		// noun or name takes (فسألني منير), whether or not the words
		// layer knows its lemma
		// at a name's start (a surname ends so: يماني)
		me := ls[k] == bPERS && wi.upos == "VERB" && strings.HasSuffix(in[k].w, "ني") && utf8.RuneCountInString(in[k].w) >= 5
		if !wi.verb && !me {
			continue
		}
		inside := k+1 < len(ls) && ls[k+1] == bPERS+1 // the name goes on after the word
		switch {
		case ls[k] == bPERS+1 && !wi.clitic && inside:
		case ls[k] == bPERS+1 && !wi.clitic && m.verbFollows(in, k, wi.strong):
		case ls[k] == bPERS && inside && (wi.strong || me):
		default:
			continue
		}
		w := in[k].w
		if utf8.RuneCountInString(w) < 3 || m.known(w) || m.known(in[k].s) || m.gaz.has("PER.first", in[k].s) ||
			m.gaz.has("PER.x", in[k].s) || (k+1 < len(in) && in[k+1].w == allahWord) {
			continue // a given name, or a theophoric name's first half (يعن الله، فضل الله)
		}
		if !me && (afterGivenName(in[k].ctx) || afterGivenName(in[k].ctxs) || max(m.clusters.count(w), m.clusters.count(in[k].s)) < minVerbCount) {
			continue // a surname (يعالون، شكر، نقوي), or a word raw text hardly has
		}
		ls[k] = 0
		if k+1 < len(ls) && ls[k+1] == bPERS+1 {
			ls[k+1] = bPERS
		}
	}
}

// verbFollows reports whether the word after a name's last word k backs
// its reading as a verb. After an imperfect, a future or a verb with a
// pronoun (strong), a word that is no punctuation and no title does; after
// a perfect only a preposition the verb governs (جون كيري هيمن عليه).
// A surname that spells a perfect ends the subject before a comma, a
// title or the complement of the verb before the name (خالد فضل، وقال
// الأستاذ خالد فضل إن).
func (m *Model) verbFollows(in []tokInfo, k int, strong bool) bool {
	if k+1 >= len(in) {
		return false
	}
	n := &in[k+1]
	if !strong {
		return n.wi.upos == "ADP" && arabicOnly(n.w)
	}
	return arabicOnly(n.w) && !m.titleWords().trigger[n.w] && !m.titleWords().trigger[n.s]
}

// afterGivenName reports whether a word's context buckets (contexts.go)
// say it comes right after a given name in 1/32 of its occurrences or more
// in raw news: a surname, whatever verb it also spells (موشيه يعالون،
// زهير شكر); verbs, which come before their subject, seldom do.
func afterGivenName(ctx uint32) bool { return (ctx>>(2*ctxBits))&7 >= 2 }

// minVerbCount is the raw-text count below which the words layer's verb
// reading of a word inside a name is not trusted (a foreign name it has
// never seen: يخلاص).
const minVerbCount = 3

// markFolder strips a token's diacritics and tatweel and keeps its letters:
// علي (a name) and على (a preposition) stay apart, unlike in fold.
var markFolder = normalize.Profile(normalize.Marks)

// unifyTypes gives every mention of one name in a document the type most
// of its mentions have; on a tie, a gazetteer type among the tied ones
// wins, else each keeps its own. A one-word mention that is the last word
// of a person's name of the document is that person.
func (m *Model) unifyTypes(ms []mention) {
	tv := newTypeVotes(ms)
	defer tv.release()
	for i := range ms {
		mt := &ms[i]
		k := tv.keys[i]
		if m.personByName(mt, k, tv) {
			mt.Type = "PER"
			continue
		}
		if tv.kinds[k] < 2 || mt.press {
			continue
		}
		if best, ok := m.majorityType(mt, k, tv); ok {
			mt.Type = best
		}
	}
}

// typeVotes counts the types of the names of a document's mentions. It is
// working memory of unifyTypes, kept in a pool from one document to the
// next: nothing of it outlives the call.
type typeVotes struct {
	keys    []string             // the name of each mention, its words joined
	votes   map[[2]string]int    // mentions by name and type
	kinds   map[string]int       // the number of types of a name
	last    map[string]bool      // last words of persons' names of two words or more
	perKeys map[string]bool      // the names of persons
	buf     []byte               // the bytes of keys
	written map[[2]string]string // canonicalize's written forms by type and name
}

var typeVotesPool = sync.Pool{New: func() any {
	return &typeVotes{votes: map[[2]string]int{}, kinds: map[string]int{},
		last: map[string]bool{}, perKeys: map[string]bool{}, written: map[[2]string]string{}}
}}

func newTypeVotes(ms []mention) *typeVotes {
	tv := typeVotesPool.Get().(*typeVotes)
	if cap(tv.keys) < len(ms) {
		tv.keys = make([]string, len(ms))
	}
	tv.keys = tv.keys[:len(ms)]
	for i := range ms {
		k := tv.join(ms[i].key)
		tv.keys[i] = k
		kt := [2]string{k, ms[i].Type}
		if tv.votes[kt] == 0 {
			tv.kinds[k]++
		}
		tv.votes[kt]++
		if ms[i].Type == "PER" && len(ms[i].key) >= 2 {
			tv.last[ms[i].key[len(ms[i].key)-1]] = true
		}
		if ms[i].Type == "PER" {
			tv.perKeys[k] = true
		}
	}
	return tv
}

// join returns words joined by spaces in a string that shares tv.buf's
// bytes (written once: buf only grows until release).
func (tv *typeVotes) join(words []string) string {
	n := len(words)
	for _, w := range words {
		n += len(w)
	}
	s := room(&tv.buf, n)
	for i, w := range words {
		if i > 0 {
			tv.buf = append(tv.buf, ' ')
		}
		tv.buf = append(tv.buf, w...)
	}
	return unsafe.String(unsafe.SliceData(tv.buf[s:]), len(tv.buf)-s)
}

// release empties tv and puts it back in the pool.
func (tv *typeVotes) release() {
	if len(tv.keys) > 1<<14 || cap(tv.buf) > 1<<18 {
		return // a very long document's are left to the collector
	}
	clear(tv.keys)
	clear(tv.votes)
	clear(tv.kinds)
	clear(tv.last)
	clear(tv.perKeys)
	clear(tv.written)
	tv.keys, tv.buf = tv.keys[:0], tv.buf[:0]
	typeVotesPool.Put(tv)
}

func (tv *typeVotes) of(k, t string) int { return tv.votes[[2]string{k, t}] }

// personByName reports whether a place or organisation mention mt, named
// k, that is no gazetteer name is a person of the document: a longer name
// ending with a person's name, its first word no head noun (أورسولا فون
// دير لاين after فون دير لاين), or one word that is the last word of a
// person's name.
func (m *Model) personByName(mt *mention, k string, tv *typeVotes) bool {
	if mt.Type != "ORG" && mt.Type != "LOC" {
		return false
	}
	if _, known := m.gaz.aliases[k]; known {
		return false
	}
	if len(mt.key) >= 2 && !isHeadWord(mt.key[0]) {
		// k is the words of mt.key joined by spaces: its tails are the
		// names of mt.key[n:]
		off := 0
		for n := 1; n < len(mt.key); n++ {
			off += len(mt.key[n-1]) + 1
			if tv.perKeys[k[off:]] {
				return true
			}
		}
	}
	return len(mt.key) == 1 && tv.last[mt.key[0]] && tv.of(k, "PER") == 0
}

// majorityType returns the type most mentions of the name k have; on a
// tie, the gazetteer's type when it is among the tied ones; false on any
// other tie.
func (m *Model) majorityType(mt *mention, k string, tv *typeVotes) (string, bool) {
	best, n, tie := mt.Type, tv.of(k, mt.Type), false
	for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
		switch {
		case tv.of(k, t) > n:
			best, n, tie = t, tv.of(k, t), false
		case tv.of(k, t) == n && t != best:
			tie = true
		}
	}
	if tie {
		if t, ok := m.onlyType(mt.key); ok && tv.of(k, t) == n {
			best, tie = t, false
		}
	}
	return best, !tie
}

// allahWord is الله folded: the word before it in a name is a theophoric
// name's first half (يعن الله، فضل الله، عوض الله), no verb.
var allahWord = fold("الله")
