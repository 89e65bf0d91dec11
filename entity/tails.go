package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// definiteTails ends a name before a definite noun that cannot belong to
// it. A word with the article cannot be the first term of a construct
// (إضافة): after النيابة العامة, مكتب الرابطة or المجلس الأعلى للقضاء the
// name's last word is definite, so a definite noun right after it is no
// genitive complement of the name. It is an adjective (الأمن العام، الهلال
// الأحمر), an apposition, or — in the verb-subject-object order of news
// copy — the object of the clause's verb (وجهت النيابة العامة الاتهام،
// قرر مكتب الرابطة الأخذ ب…). Only the last reading is taken, where it
// shows: the name right after a verb with no pronoun attached (a verb with
// its object as a suffix, نظمتها, takes no other; after a preposition or a
// noun — في المسجد الحرام، طريق رأس الرجاء الصالح — the words layer's
// noun is often an adjective it misreads). The words layer tells the noun
// from the adjective; words it may misread are kept in the name: nisba shapes (ـي،
// ـية، ـيون، ـيين، ـيات), participles with م (المتحدة، المكرمة,
// which it often reads as nouns), the name of God (بيت الله الحرام),
// words the gazetteers know as names and the words of a listed name
// (المسجد الحرام). Persons are left alone (a surname
// with the article follows a definite word: عبدالله العتيبي is no such
// pair, but آل الشيخ is). The name ends before the noun; the noun and what
// followed it in the chunk are dropped, as the object of a verb is no
// name (a name that starts there is found again when it has a head, by
// the model's own chunk). A name's last word that the words layer reads
// as an imperfect verb with ي is left out too, wherever the name stands
// (حزب العمال يندد: a headline's subject and its verb; a verb inside a
// name, حركة تحيا تونس, stays). s gives the document token of each word;
// cs is changed in place.
func (m *Model) definiteTails(d *rasid.Document, s []int, words []string, in []tokInfo, cs []chunk) []chunk {
	if len(s) == 0 || len(d.Tokens) <= s[len(s)-1] || len(d.Tokens[s[0]].Words) == 0 {
		return cs // no words layer
	}
	for k, c := range cs {
		if c.typ == "PERS" || c.end-c.start < 2 {
			continue
		}
		// An imperfect verb of the third person masculine (ي, where
		// ت starts foreign names: تلغراف، تايمز) as the last word of a
		// name of two words or more before it, not in marks and no word
		// raw news has after heads or given names: the name
		// ended before it (حزب العمال يندد, a headline's subject and its
		// verb; a head and a foreign name, قصر يلدز، جامع يلدز, stay).
		if last := fold(words[c.end-1]); c.end-c.start >= 3 && strings.HasPrefix(last, "ي") && imperfect(d.Tokens[s[c.end-1]].Words) && !m.known(last) &&
			!stopWords[last] && !inMarks(words, c) && (len(in) != len(words) || !afterNameWord(in[c.end-1].ctx)) {
			cs[k].end--
			continue
		}
		if c.start == 0 || !bareVerb(d.Tokens[s[c.start-1]].Words) || indefiniteAfterADP(d.Tokens[s[c.start]].Words) {
			continue // a construct after a preposition (لمجموعة، بوزارة) is no subject
		}
		fw := foldAll(words[c.start:c.end])
		for j := c.start + 1; j < c.end; j++ {
			if definiteWord(fw[j-1-c.start], d.Tokens[s[j-1]].Words) && m.objectNoun(fw[j-c.start], d.Tokens[s[j]].Words) && !m.listedPair(fw, j-c.start) {
				cs[k].end = j
				break
			}
		}
	}
	return cs
}

// bareVerb reports whether a token's words (ws) are a verb, a conjunction
// allowed before it, with no pronoun attached: a verb whose object is a
// suffix (نظمتها) takes no object after its subject.
func bareVerb(ws []rasid.Word) bool {
	verb := false
	for k := range ws {
		switch ws[k].UPOS {
		case "VERB":
			verb = true
		case "CCONJ":
		default:
			return false
		}
	}
	return verb
}

// afterNameWord reports whether a word's context buckets (contexts.go) say
// it comes right after an organisation head, a place head or a given name
// in 1/32 of its occurrences or more in raw news: a name that spells a
// verb (ميقات يلملم، جبل يسوف), where verbs seldom do.
func afterNameWord(ctx uint32) bool {
	for k := 0; k < 3; k++ {
		if (ctx>>(k*ctxBits))&7 >= 2 {
			return true
		}
	}
	return false
}

// inMarks reports whether a chunk stands right after or right before a
// quotation mark or a parenthesis (منظمة "أنا يقظ": a name in marks may
// be a sentence).
func inMarks(words []string, c chunk) bool {
	return c.start > 0 && isMark(words[c.start-1]) || c.end < len(words) && isMark(words[c.end])
}

// isMark reports whether a word is a quotation mark or a parenthesis, opening
// or closing (media.go's sets).
func isMark(w string) bool { return openMarks[w] || closeMarks[w] }

// imperfect reports whether a token is one word that the words layer reads
// as an imperfect verb (يندد، تطالب).
func imperfect(ws []rasid.Word) bool {
	return len(ws) == 1 && ws[0].UPOS == "VERB" && strings.Contains(ws[0].Feats, "Aspect=Imp")
}

// listedPair reports whether the words fw[j-1] and fw[j] are inside one
// name of the gazetteers that starts at or before j-1 (المسجد الحرام: a
// listed name whose adjective the words layer reads as a noun).
func (m *Model) listedPair(fw []string, j int) bool {
	for k := 0; k < j; k++ {
		if n, _ := m.gaz.match(fw, k); k+n > j {
			return true
		}
	}
	return false
}

// definiteWord reports whether a folded word carries the article, alone
// or after ل (للقضاء) or و (والتنمية), and is no form of the name of God.
// ws are the word's words: لل is the article after ل only when the words
// layer splits it so (ل + القضاء); a noun that starts with ل after the
// preposition (للجنة = ل + لجنة) is indefinite.
func definiteWord(w string, ws []rasid.Word) bool {
	for _, p := range []string{"ال", "لل", "وال"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			if p == "لل" && !splitArticle(ws) {
				return false
			}
			return !strings.HasSuffix(w, "لله")
		}
	}
	return false
}

// splitArticle reports whether the words layer reads a token as ل and a
// word with the article (ل + القضاء).
func splitArticle(ws []rasid.Word) bool {
	return len(ws) >= 2 && ws[0].Form == "ل" && strings.HasPrefix(fold(ws[1].Form), "ال")
}

// indefiniteAfterADP reports whether the words layer reads a preposition
// glued before a token's host and the host without the article (ل +
// مجموعة، ب + وزارة): the first term of a construct in a prepositional
// phrase, no subject of the verb before it, whose definite words after it
// are its complement and adjectives the words layer may read as nouns
// (لمجموعة الضباط الرواد). A host with the article after the preposition
// (للعاصمة) is a phrase of its own, and a definite noun right after it
// is still the verb's object (يحقق للعاصمة الريادة).
func indefiniteAfterADP(ws []rasid.Word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].UPOS == "ADP" {
			return !strings.HasPrefix(fold(ws[len(ws)-1].Form), "ال")
		}
	}
	return false
}

// objectNoun reports whether a folded word with the article is a noun
// that no name of the kind definiteTails cuts takes after a definite
// word: the article is its own (no proclitic before it), the words layer
// reads its host as a common noun, and it has neither a nisba's nor a
// participle's shape, nor a place in the gazetteers.
func (m *Model) objectNoun(w string, ws []rasid.Word) bool {
	if !strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "الم") || len(ws) == 0 || !arabicOnly(w) {
		return false
	}
	if len(ws) != 1 || wordsInfo(ws).upos != "NOUN" {
		return false // a proclitic, or not read as a common noun
	}
	for _, suf := range []string{"ي", "يه", "يون", "يين", "يات", "لله"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !m.known(w) && !stopWords[w]
}

// punctBetween reports whether a token from..to of d is punctuation: a
// mention that goes on past the letters over a mark (آي.أيه.جي» للطيران)
// does not carry the initialism with it.
func punctBetween(d *rasid.Document, from, to int) bool {
	for i := from; i <= to && i < len(d.Tokens); i++ {
		if t := d.Tokens[i].In(d.Text); t != "" && !arabicOnly(fold(t)) && !latinWord(t) {
			return true
		}
	}
	return false
}

// beforeConj gives the last token of from..to before the first one the
// words layer starts with the conjunction و: a mention that goes on past
// an initialism with و joins a coordinated name (إتش.إس.بي.سي وبنك …),
// which is no part of it. It is from-1 when the token at from starts so.
func beforeConj(d *rasid.Document, from, to int) int {
	for i := from; i <= to && i < len(d.Tokens); i++ {
		if ws := d.Tokens[i].Words; len(ws) > 1 && ws[0].UPOS == "CCONJ" && ws[0].Form == "و" {
			return i - 1
		}
	}
	return to
}

// letterNames are the Arabic spellings of the names of the Latin letters
// (folded), with which copy writes an initialism: بي. بي. سي، أيه.إم.دي.
var letterNames = foldSet("إيه", "أيه", "ايه", "إي", "اي", "آي", "بي", "سي", "دي", "إف", "اف",
	"جي", "جيه", "إتش", "اتش", "إتش", "جاي", "كيه", "كاي", "كي", "إل", "إم", "ام", "إن", "ان",
	"أو", "او", "كيو", "آر", "ار", "إس", "اس", "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي",
	"زد", "زي")

// initialisms joins the letters of an initialism spelled with the names of
// the Latin letters and separated by dots (بي. بي. سي، آي.أيه.جي): two
// letter names or more with a dot between each two are one name, while
// the model, reading the dots as punctuation, tags each letter or a part
// as names of their own (and the sentence splitter may end a sentence at
// such a dot, so the run is found over the document's tokens). A run any
// part of which is in a mention becomes one mention with the mentions it
// touches (not over a mark after the letters); it has the type of a
// mention that starts before the letters (مؤشر سي.اس.آي, an index: its
// head decides), else it is a person when a person's mention goes on
// after them (initials before a surname: جي. كي. رولينغ), an
// organisation otherwise. A run the model
// left untagged stays so (دي. إن. إيه, the acid, is no name). ms is in
// document order; the result shares it.
func initialisms(d *rasid.Document, ms []mention) []mention {
	if len(ms) == 0 {
		return ms
	}
	letter := func(i int) bool {
		return i < len(d.Tokens) && letterNames[fold(d.Tokens[i].In(d.Text))]
	}
	dot := func(i int) bool { return i < len(d.Tokens) && d.Tokens[i].In(d.Text) == "." }
	for i := 0; i < len(d.Tokens); {
		if !letter(i) {
			i++
			continue
		}
		end := i + 1
		for dot(end) && letter(end+1) {
			end += 2
		}
		if end-i < 3 {
			i = end
			continue
		}
		first, last, typ := i, end-1, rasid.ORG
		lo, hi := -1, -1 // the mentions the run touches: ms[lo:hi]
		for k := range ms {
			if ms[k].last >= i && ms[k].first < end {
				if lo < 0 {
					lo = k
				}
				hi = k + 1
				first = min(first, ms[k].first)
				if stop := beforeConj(d, end, ms[k].last); stop >= end && !punctBetween(d, end, stop) {
					last = max(last, stop)
					if ms[k].Type == rasid.PER && typ != "" {
						typ = rasid.PER // initials before a surname
					}
				}
				if ms[k].first < i {
					typ = "" // the name's head before the letters gives the type
				}
			}
		}
		i = end
		if lo < 0 {
			continue
		}
		if typ == "" {
			typ = ms[lo].Type
		}
		start, stop := d.Tokens[first].Start, d.Tokens[last].End
		if ms[lo].first == first {
			start = ms[lo].Start // the first mention's proclitic stays out
		}
		mt := mention{first: first, last: last, key: mentionKey(d, first, last, start, ""),
			orig:   strings.Join(strings.Fields(d.Text[start:stop]), " "),
			Entity: rasid.Entity{Span: rasid.Span{Start: start, End: stop}, Type: typ}}
		ms[lo] = mt
		ms = append(ms[:lo+1], ms[hi:]...)
		i = max(i, last+1)
	}
	return ms
}
