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
