package entity

import "strings"

// listedEnds ends an organisation's chunk at the end of the listed name it
// starts with, when one definite word follows it inside the chunk (issue
// 11, session 9): حزب الله + اللبناني، حزب العمال الكردستاني + الهجومية،
// مجلس الوزراء + القادم. A listed name is complete: a nationality after a
// party (حزب) is outside its name (the guidelines), and another definite word
// there qualifies a noun of the sentence (a participle, an adjective
// agreeing with something else). Any other body keeps a nationality
// (البنك المركزي التونسي، مجلس النواب اللبناني: a state body's; clubs and
// agencies have rules of their own), and a word that the gazetteer
// continues the name with is part of it (the longest match is taken).
func (r *ruleCtx) listedEnds() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.end-c.start < 2 {
			continue
		}
		if c.end-c.start >= 3 && r.fw[c.start] == foldParty && r.m.gaz.has("NAT", r.fw[c.end-1]) {
			r.cs[k].end-- // حزب اليسار + الألماني
			continue
		}
		n, classes := r.gazMatch(c.start)
		e := c.start + n
		if n == 0 || e+1 != c.end || gazType(classes) != "ORG" {
			continue
		}
		w := r.fw[e]
		if !strings.HasPrefix(w, "ال") || r.chunkAt(e) != k {
			continue
		}
		if n == 1 && strings.HasPrefix(r.fw[c.start], "ال") {
			continue // a definite word alone (الاتحاد، الجيش) is a name by its context
		}
		if r.headAt(c.start, hMinistry|hState|hStateM|hGov) {
			continue // وزارة الخارجية الإريترية
		}
		if r.m.gaz.has("NAT", w) && r.fw[c.start] != foldParty {
			continue // a state body's (البنك المركزي التونسي), a movement's (وحدات حماية الشعب الكردية)
		}
		r.cs[k].end = e
	}
}

var foldParty = fold("حزب")

// sectorBrands are the common nouns of a sector that a firm's name starts
// with before its nationality (طيران اليمنية، خطوط …، بريد …): the
// adjective is the name's there.
var sectorBrands = foldSet("طيران", "خطوط", "بريد", "اتصالات", "تلفزيون", "إذاعة", "موانئ", "مطارات")

// saudiNat are the adjectives that a Saudi company's or branch's own name
// ends in (أرامكو السعودية، زين السعودية: the Saudi firm, not a
// description of the foreign one).
var saudiNat = foldSet("السعودي", "السعودية")

// foreignNationality ends a foreign organisation's name before the
// nationality adjective after it (نوفا سيستمز + الألمانية، بورتو +
// البرتغالي): a name of its own, with no head noun,
// title or article among its words, is complete, and the adjective
// describes it (the read sets leave it out in 129 of 153 mentions, the
// rest Saudi firms' names: saudiNat). A state body, a head with a
// description, a sector's noun (sectorBrands), a club named by its town or
// a one-word name that no list calls an organisation keep theirs.
func (r *ruleCtx) foreignNationality() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.end-c.start < 2 {
			continue
		}
		last := r.fw[c.end-1]
		if !strings.HasPrefix(last, "ال") || !r.m.gaz.has("NAT", last) || vagueNat[last] || nameMods[last] || saudiNat[last] {
			continue
		}
		ok := true
		for j := c.start; j < c.end-1 && ok; j++ {
			w := r.fw[j]
			ok = (latinWord(r.words[j]) || r.nameLike(j)) && !withArticle(w) &&
				!r.headAt(j, hAnyHead|hTeam|hState|hStateM|hSports|hCompany) && !r.m.gaz.has("NAT", w) && !sectorBrands[w]
		}
		// a one-word remainder that no list calls an organisation would be
		// typed again by the later passes (a given name's look-alike,
		// إيني → PER): it keeps the adjective
		if n, classes := r.gazMatch(c.start); c.end-c.start == 2 && (n != 1 || gazType(classes) != "ORG") {
			ok = false
		}
		if ok && !r.knownTown(chunk{c.start, c.end - 1, "LOC"}) {
			r.cs[k].end--
		}
	}
}

// withArticle reports whether a folded word has the article, alone or after
// a proclitic (البريد، للبريد، وبالبريد).
func withArticle(w string) bool {
	for _, p := range []string{"", "و", "ف", "ب", "ك", "وب", "فب", "وك"} {
		if strings.HasPrefix(w, p+"ال") {
			return true
		}
	}
	return strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "ولل") || strings.HasPrefix(w, "فلل")
}
