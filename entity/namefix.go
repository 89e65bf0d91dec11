package entity

import (
	"strings"
	"unicode/utf8"
)

// Folded words the rules below compare tokens with, folded once.
var (
	foldBism       = fold("باسم")
	foldTheCompany = fold("الشركة")
	foldAbd        = fold("عبد")
	foldAbu        = fold("أبو")
)

// Rules on the edges of names that a model trained on news copy reads
// differently from the ANERcorp model (issue 11, session 6): the language
// decides them, whichever model tags.

// titledPersons retypes as a person an organisation chunk right after a
// title phrase (رئيسة المفوضية الأوروبية أورسولا فون دير لاين): a name
// after a title is the person who holds it, unless the name has a head, the
// article or a proclitic, or the gazetteer knows it as a body or a place
// (رئيس فيفا). After باسم (المتحدث باسم X) the name is the body spoken for.
func (r *ruleCtx) titledPersons() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.start == 0 || r.fw[c.start-1] == foldBism || !r.afterTitle(c.start) {
			continue
		}
		if n, classes := r.gazMatch(c.start); n > 0 && gazType(classes) != "PER" {
			continue
		}
		ok := true
		for j := c.start; j < c.end && ok; j++ {
			w := r.fw[j]
			ok = arabicOnly(w) && !strings.HasPrefix(w, "ال") && !r.headAt(j, hAnyHead) && !r.m.gaz.has("TTL", w) && (j > c.start || !r.procliticWord(j))
		}
		if ok {
			r.cs[k].typ = "PERS"
		}
	}
}

// unitPlurals name the units or members of a body (وحدات، عناصر، أعوان):
// before the body's own head they are outside its name (تمكنت وحدات
// [منطقة الحرس الوطني بالقيروان]); without a head after them they may be
// the name's own head (وحدات حماية الشعب).
var unitPlurals = foldSet("وحدات", "عناصر", "أعوان")

// trimUnitPlurals moves the start of an organisation after a plural of
// units followed by a head noun.
func (r *ruleCtx) trimUnitPlurals() {
	for k, c := range r.cs {
		if c.typ == "ORG" && c.end-c.start >= 3 && r.headAt(c.start, hUnitPlural) &&
			(r.headAt(c.start+1, hAnyHead) || unitHeads[r.fw[c.start+1]]) {
			r.cs[k].start++
		}
	}
}

// companyHeads are the class nouns of a company.
var companyHeads = foldSet("شركة")

// companyNationality extends a company's name over the nationality
// adjective after it, which agrees with the name and belongs to it
// (شركة أرامكو السعودية → أرامكو السعودية once the class noun is left
// out; الخطوط الجوية التونسية): a definite nationality word, untagged or
// tagged as a place of its own.
func (r *ruleCtx) companyNationality() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "ORG" || c.end >= len(r.fw) || c.end-c.start < 2 || !r.headAt(c.start, hCompany) {
			continue
		}
		w := r.fw[c.end]
		if !strings.HasPrefix(w, "ال") || !r.m.gaz.has("NAT", w) {
			continue
		}
		if kk := r.chunkAt(c.end); kk >= 0 && (r.cs[kk].typ != "LOC" || r.cs[kk].end != c.end+1) {
			continue
		}
		if r.place(chunk{c.start, c.end + 1, "ORG"}, func(x chunk) bool { return x == c || x.typ == "LOC" }) {
			k = -1
		}
	}
}

// descriptions drops an organisation chunk that is a definite class noun
// and one adjective (الشركة الوطنية "the national company"): a
// description, like a plain back-reference, not a name; a company's name
// is a word of its own (أرامكو) or has a complement (الشركة الوطنية
// للملاحة).
func (r *ruleCtx) descriptions() {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.typ == "ORG" && c.end-c.start == 2 && r.fw[c.start] == foldTheCompany && defWord(r.fw[c.start+1]) && adjLike(r.fw[c.start+1]) {
			continue
		}
		out = append(out, c)
	}
	r.cs = out
}

// titleEnds ends a place or an organisation before an indefinite title
// noun at its end (قصر قرطاج سفير المملكة: the ambassador starts a phrase
// of its own; an indefinite noun neither qualifies a proper name nor is
// its complement), and a body named by its head before a time adverb
// (أعلنت وزارة الصحة السعودية اليوم: the adverb is the verb's; a title
// without a head may end in one, الإمارات اليوم).
//
// A definite title noun at the end of a place or an organisation, right
// before a person's name, is that person's title, not the body's word
// (بلدية الخبر المهندس سعد …، حزب العمال الوزيرة …): a body's name does
// not end in a title. The honorifics that name institutions after
// persons (مستشفى الملك فهد) are left alone.
func (r *ruleCtx) titleEnds() {
	for k, c := range r.cs {
		last := r.fw[c.end-1]
		if (c.typ == "LOC" || c.typ == "ORG") && c.end-c.start >= 2 && strings.HasPrefix(last, "ال") && !honorifics[last] &&
			(r.m.gaz.has("TTL", last) || r.m.gaz.has("TTL", strings.TrimPrefix(last, "ال"))) && r.personAt(c.end) {
			r.cs[k].end--
		} else if (c.typ == "LOC" || c.typ == "ORG") && c.end-c.start >= 2 && !strings.HasPrefix(last, "ال") && r.m.gaz.has("TTL", "ال"+last) {
			r.cs[k].end--
		} else if c.typ == "ORG" && c.end-c.start >= 3 && (timeWords[last] || weekdays[last]) && r.headAt(c.start, hAnyHead) {
			r.cs[k].end--
		}
	}
}

// personAt reports whether a person's name starts at token i: a person's
// chunk, or a listed given name no chunk covers.
func (r *ruleCtx) personAt(i int) bool {
	if i >= len(r.fw) {
		return false
	}
	if k := r.chunkAt(i); k >= 0 {
		return r.cs[k].typ == "PERS" && r.cs[k].start == i
	}
	return r.m.gaz.has("PER.first", r.fw[i])
}

// divineEnds ends a person's name before المولى when it is God, the
// object of a verb of prayer that comes before the name, its subject (دعا
// الأمير فلان المولى أن …; يسأل الشيخ فلان المولى): a verb of prayer
// (دعا، سأل، ابتهل، تضرع and their imperfects, with و or ف) at most six
// words before the name. المولى after عبد is a name's (عبد المولى), and
// one with no such verb before it is left to the model.
func (r *ruleCtx) divineEnds() {
	for k, c := range r.cs {
		if c.typ == "PERS" && c.end-c.start >= 2 && r.fw[c.end-1] == mawlaWord && r.fw[c.end-2] != "عبد" && r.prayerBefore(c.start) {
			r.cs[k].end--
		}
	}
}

var mawlaWord = fold("المولى")

// prayerVerbs are verbs of prayer and supplication whose object is God:
// perfects and imperfects of دعا، سأل، ابتهل، تضرع and the participle
// داعيا.
var prayerVerbs = foldSet("دعا", "يدعو", "تدعو", "ندعو", "أدعو", "دعت", "دعوا", "يدعون", "داعيا", "داعين",
	"سأل", "يسأل", "تسأل", "نسأل", "أسأل", "سألت", "سائلا", "سائلين",
	"ابتهل", "يبتهل", "تبتهل", "نبتهل", "ابتهلت", "مبتهلا", "تضرع", "يتضرع", "نتضرع", "تضرعت", "متضرعا")

// prayerBefore reports whether a verb of prayer, bare or after و or ف,
// stands within six words before word i.
func (r *ruleCtx) prayerBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := r.fw[j]
		if prayerVerbs[w] {
			return true
		}
		if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && prayerVerbs[w[len("و"):]] {
			return true
		}
	}
	return false
}

// weekdays name the days of the week; after a body they are the verb's
// adverb (قالت منظمة الصحة العالمية الجمعة).
var weekdays = foldSet("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")

// bodyPersons splits a person chunk that starts with a word that is no
// person's: a known organisation (أرامكو أمين الناصر → أرامكو، أمين
// الناصر) or a definite common word ending a title (وزير الخارجية
// والمغتربين أسعد الشيباني), when a given name follows it.
func (r *ruleCtx) bodyPersons() {
	out := r.slab.take(2 * len(r.cs))
	for _, c := range r.cs {
		if c.typ == "PERS" && c.end-c.start >= 3 && r.m.gaz.has("PER.first", r.fw[c.start+1]) {
			w := r.fw[c.start]
			n, classes := r.gazMatch(c.start)
			switch {
			case n == 1 && gazType(classes) == "ORG":
				out = append(out, chunk{c.start, c.start + 1, "ORG"}, chunk{c.start + 1, c.end, "PERS"})
				continue
			case n == 0 && (strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "وال")) && !r.m.gaz.has("PER.first", w) && !r.m.gaz.has("PER.x", w):
				out = append(out, chunk{c.start + 1, c.end, "PERS"})
				continue
			}
		}
		out = append(out, c)
	}
	r.cs = out
}

// bodyPlaces ends a body named with a nationality adjective before a
// known place right after it (وزارة الخارجية الأوكرانية موسكو): the
// adjective already says whose body it is; the place is a name of its own.
func (r *ruleCtx) bodyPlaces() {
	out := r.slab.take(2 * len(r.cs))
	for _, c := range r.cs {
		if c.typ == "ORG" && c.end-c.start >= 3 && r.m.gaz.has("NAT", r.fw[c.end-2]) && strings.HasPrefix(r.fw[c.end-2], "ال") {
			if n, classes := r.gazMatch(c.end - 1); n == 1 && (inClasses(classes, "LOC.country") || inClasses(classes, "LOC.city")) {
				out = append(out, chunk{c.start, c.end - 1, "ORG"}, chunk{c.end - 1, c.end, "LOC"})
				continue
			}
		}
		out = append(out, c)
	}
	r.cs = out
}

// compoundNames completes a person's name the model cut at a compound: a
// theophoric name alone (عبد الرحيم) takes the name word after it as the
// family name (عبد الرحيم شهيد), and a name that is a given name's
// complement (عبد الكريم، أبو عودة) takes a listed given name before it,
// even one that is also a common word (باسم عبد الكريم، سماح أبو عودة).
func (r *ruleCtx) compoundNames() {
	for k, c := range r.cs {
		if c.typ != "PERS" {
			continue
		}
		first := r.fw[c.start]
		if (first == foldAbd || first == foldAbu) && c.start > 0 && r.chunkAt(c.start-1) < 0 &&
			r.m.gaz.has("PER.first", r.fw[c.start-1]) && !r.procliticWord(c.start-1) {
			r.cs[k].start--
		}
		if first == foldAbd && c.end-c.start == 2 && c.end < len(r.fw) && r.chunkAt(c.end) < 0 && r.nameLike(c.end) &&
			!r.m.gaz.has("PER.first", r.fw[c.end]) {
			r.cs[k].end++
		}
	}
}

// coordinatedComplements extends a body's name over a definite word
// coordinated with its last complement (هيئة جودة التعليم والتدريب،
// الجهاز المركزي للتعبئة العامة والإحصاء, as in وزارة الخارجية
// والمغتربين): not a head, a listed name or a nationality, which start a
// name of their own (وزارة الداخلية والجيش).
func (r *ruleCtx) coordinatedComplements() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.end-c.start < 2 || c.end >= len(r.fw) || !r.headAt(c.start, hAnyHead) || r.chunkAt(c.end) >= 0 {
			continue
		}
		last, w := r.fw[c.end-1], r.fw[c.end]
		if strings.HasPrefix(last, "لل") && r.coordinatedConstruct(c.end) {
			r.cs[k].end += 2
			continue
		}
		if !(strings.HasPrefix(last, "ال") || strings.HasPrefix(last, "لل")) || !strings.HasPrefix(w, "وال") {
			continue
		}
		rest := w[len("و"):]
		if n, _ := r.m.gaz.match([]string{rest}, 0); n > 0 || !defWord(rest) || isHeadWord(rest) || unitHeads[rest] || r.m.gaz.has("NAT", rest) {
			continue
		}
		if c.end+1 < len(r.fw) && defWord(r.fw[c.end+1]) && strings.HasSuffix(strings.TrimSuffix(r.fw[c.end+1], "ه"), "ي") {
			continue // a noun and its adjective: a name of its own (الحرس الجمهوري والأمن المركزي)
		}
		r.cs[k].end++
	}
}

// coordinatedConstruct reports whether the words at j and j+1 are و + an
// indefinite noun and the definite word of its construct, coordinated with
// a complement with لل before them: ل governs both (الرئاسة العامة
// للأرصاد وحماية البيئة، الهيئة الوطنية للتراث ورعاية الفنون). Not a head,
// a title or a listed name after و (للرياضة ورئيس النادي، للتنمية وصندوق
// النقد: a name or a person of their own), nor an adjective as the
// definite word.
func (r *ruleCtx) coordinatedConstruct(j int) bool {
	if j+1 >= len(r.fw) || r.chunkAt(j+1) >= 0 || !strings.HasPrefix(r.fw[j], "و") {
		return false
	}
	rest, next := r.fw[j][len("و"):], r.fw[j+1]
	if r.m.gaz.has("TTL", r.fw[j]) || r.m.known(r.fw[j]) || r.m.clusters.count(rest) <= r.m.clusters.count(r.fw[j]) {
		return false // وزيرة: a word of its own, no و + زيرة
	}
	if utf8.RuneCountInString(rest) < 3 || !arabicOnly(rest) || definite(rest) || stopWords[rest] || isHeadWord(rest) ||
		anyHead(rest) || unitHeads[rest] || r.m.gaz.has("TTL", rest) || r.m.known(rest) || r.m.gaz.has("NAT", rest) {
		return false
	}
	return defWord(next) && !r.m.gaz.has("NAT", next) && !adjLike(next)
}

// givenNameAfterBody moves into a person's name the last word of a body or
// place right before it when that word is a name word without the article
// (رئيس حكومة إقليم كردستان مسرور + بارزاني → حكومة إقليم كردستان، مسرور
// بارزاني): a definite name has ended, and a person's given name starts.
func (r *ruleCtx) givenNameAfterBody() {
	for k, c := range r.cs {
		if (c.typ != "ORG" && c.typ != "LOC") || c.end-c.start < 3 || definite(r.fw[c.end-1]) || !r.nameLike(c.end-1) {
			continue
		}
		n, classes := r.m.gaz.match(r.fw[c.end-2:c.end-1], 0)
		if !strings.HasPrefix(r.fw[c.end-2], "ال") && (n != 1 || gazType(classes) != "LOC") {
			continue
		}
		p := r.chunkAt(c.end)
		if p < 0 || r.cs[p].start != c.end || r.cs[p].typ != "PERS" {
			continue
		}
		r.cs[k].end--
		r.cs[p].start--
	}
	// The same with the given name left untagged between them: إقليم
	// كردستان + مسرور + بارزاني.
	for k, c := range r.cs {
		j := c.start - 1
		if c.typ != "PERS" || j < 1 || r.chunkAt(j) >= 0 || definite(r.fw[j]) || !r.nameLike(j) || timeWords[r.fw[j]] {
			continue
		}
		if p := r.chunkAt(j - 1); p >= 0 && r.cs[p].end == j && (r.cs[p].typ == "LOC" || r.cs[p].typ == "ORG") {
			r.cs[k].start = j
		}
	}
}

// leadWords drops the first word of a person's name when it is a word of
// the sentence, not a name: a verb, an adverb, a particle or a noun by
// the words layer (أنشأ، تستمع، اغتيال), no listed name or name particle,
// right before a listed given name (أنشأ فهد عبد الله → فهد عبد
// الله; اغتيال خالد مشعل). Arabic names put the given name first. Names
// of two words are left alone, pronouns, and a noun after a title or a
// verb: unlisted given names are nouns, pronouns and verbs as well
// (اللواء عائض، وكانت نسرين، آنا، سامح شكري). Models without the words
// layer skip this.
func (m *Model) leadWords(infos [][]tokInfo, cs [][]chunk) {
	for i := range cs {
		for k, c := range cs[i] {
			if c.typ != "PERS" || c.end-c.start < 3 {
				continue
			}
			w, next := infos[i][c.start], infos[i][c.start+1]
			if !(leadPOS[w.wi.upos] || nounPOS[w.wi.upos] && !m.afterTitleWord(infos[i], c.start)) ||
				!(m.gaz.has("PER.first", next.w) || m.gaz.has("PER.first", next.s)) {
				continue
			}
			if m.known(w.w) || m.known(w.s) || boundNames[w.s] || m.gaz.has("PER.x", w.w) {
				continue
			}
			cs[i][k].start++
		}
	}
}

// afterTitleWord reports whether the name at j starts a sentence or comes
// right after punctuation (not an opening mark: «عراق صدام حسين»), a
// verb, or a title word one or two tokens
// before it (اللواء عائض …، وكانت نسرين …، الجندي أول فلاح …، جندي
// متدرب: فلاح …: the name starts there).
func (m *Model) afterTitleWord(in []tokInfo, j int) bool {
	if j == 0 {
		return true
	}
	p := in[j-1]
	if p.shape == "p" && !openMarks[p.w] || p.wi.upos == "VERB" || p.wi.upos == "AUX" || m.gaz.has("TTL", p.w) || m.gaz.has("TTL", p.s) {
		return true
	}
	// a title of two words: الجندي أول فلاح …
	return j > 1 && (m.gaz.has("TTL", in[j-2].w) || m.gaz.has("TTL", in[j-2].s))
}

// nounPOS are the nominal parts of speech, which start no name after
// anything but a title or a verb: اغتيال خالد مشعل، تدريبات فهد المفرج.
var nounPOS = map[string]bool{"NOUN": true, "DET": true}

// leadPOS are the parts of speech of a host word that starts no name.
var leadPOS = map[string]bool{"VERB": true, "ADV": true, "ADP": true, "SCONJ": true,
	"CCONJ": true, "PART": true, "AUX": true}

// coordinatedPersons splits a person chunk that runs over a coordination
// (sports copy lists scorers with their nationalities: X والإنجليزي Y):
// a word of و + a nationality adjective with the article ends one person
// and is no part of the next; a chunk's first word that is such an
// adjective is dropped (the adjective is the player's description, as a
// title). (X وY with a given name after و is left alone: split, a group
// named by its leader, ميليشيات الحوثي وصالح, would make the leader's
// name a person everywhere in the document.)
func (r *ruleCtx) coordinatedPersons() {
	natAdj := func(w string) bool {
		return strings.HasPrefix(w, "ال") && r.m.gaz.has("NAT", w) && !arabNisba[w]
	}
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "PERS" || c.end-c.start < 2 {
			continue
		}
		if w := r.fw[c.start]; natAdj(w) || strings.HasPrefix(w, "و") && natAdj(w[len("و"):]) {
			r.cs[k].start++
			k--
			continue
		}
		for j := c.start + 1; j < c.end; j++ {
			if w, ok := strings.CutPrefix(r.fw[j], "و"); !ok || !natAdj(w) || j+1 >= c.end {
				continue
			}
			right := chunk{j + 1, c.end, "PERS"}
			r.cs[k].end = j
			out := r.slab.take(len(r.cs) + 1)
			out = append(out, r.cs[:k+1]...)
			out = append(out, right)
			r.cs = append(out, r.cs[k+1:]...)
			break
		}
	}
}
