package entity

import "strings"

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
		if c.typ != "ORG" || c.start == 0 || r.fw[c.start-1] == fold("باسم") || !r.afterTitle(c.start) {
			continue
		}
		if n, classes := r.m.gaz.match(r.fw, c.start); n > 0 && gazType(classes) != "PER" {
			continue
		}
		ok := true
		for j := c.start; j < c.end && ok; j++ {
			w := r.fw[j]
			ok = arabicOnly(w) && !strings.HasPrefix(w, "ال") && !isHeadWord(w) && !r.m.gaz.has("TTL", w) && (j > c.start || !r.procliticWord(j))
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
		if c.typ == "ORG" && c.end-c.start >= 3 && stripHead(r.fw[c.start], unitPlurals) != "" &&
			(isHeadWord(r.fw[c.start+1]) || unitHeads[r.fw[c.start+1]]) {
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
		if c.typ != "ORG" || c.end >= len(r.fw) || c.end-c.start < 2 || stripHead(r.fw[c.start], companyHeads) == "" {
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
		if c.typ == "ORG" && c.end-c.start == 2 && r.fw[c.start] == fold("الشركة") && defWord(r.fw[c.start+1]) && adjLike(r.fw[c.start+1]) {
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
func (r *ruleCtx) titleEnds() {
	for k, c := range r.cs {
		last := r.fw[c.end-1]
		if (c.typ == "LOC" || c.typ == "ORG") && c.end-c.start >= 2 && !strings.HasPrefix(last, "ال") && r.m.gaz.has("TTL", "ال"+last) {
			r.cs[k].end--
		} else if c.typ == "ORG" && c.end-c.start >= 3 && timeWords[last] && isHeadWord(r.fw[c.start]) {
			r.cs[k].end--
		}
	}
}
