package entity

import "strings"

// partyHeads are the class nouns of political groups that belong to the
// group's name in the press and in the guidelines (حزب [X] is annotated
// حزب X in 120 of 132 read mentions): a party, a movement, a front, a
// current, a coalition. تنظيم is left to the model: it is as often the
// verbal noun "organising" (تنظيم حركة المرور); جماعة too, which is also
// the class noun of a lobby or a society, outside its name (جماعة
// [كولدريتي] الزراعية).
var partyHeads = foldSet("حزب", "حركة", "جبهة", "تيار", "ائتلاف")

// listedAlone are the gazetteer classes of names that are complete by
// themselves: a group's class noun before them is a common noun of the
// sentence (حركة الاتحاد الأوروبي: the Union's move).
var listedAlone = []string{"ORG.intl", "ORG.gov", "ORG.media", "ORG.company", "ORG.univ", "ORG.club", "LOC"}

// partyNames joins a political group's class noun without the article (a
// proclitic allowed: وحزب) to the organisation or event chunk right after
// it, as one organisation: حزب [الاتحاد الوطني الحر] → حزب الاتحاد الوطني
// الحر, حركة [المؤتمر الوطني] (a head word inside the name made the
// chains start there), حزب [كومينتانغ]. Not before a person or a place, nor
// before a listed name of another kind (listedAlone), nor when the chunk
// itself starts with such a noun (جبهة [حركة …]). It runs after listedEnds,
// which ends a listed name (أنصار الله + الحوثية) before the noun is added.
func (r *ruleCtx) partyNames() {
	for k, c := range r.cs {
		if c.start == 0 || c.typ != "ORG" && c.typ != "MISC" {
			continue
		}
		h := c.start - 1
		head := stripHead(r.fw[h], partyHeads)
		if head == "" || r.chunkAt(h) >= 0 {
			continue
		}
		if n, classes := r.gazMatch(c.start); n == c.end-c.start && listedAloneClass(classes) {
			continue
		}
		if stripHead(r.fw[c.start], partyHeads) != "" || strings.HasPrefix(r.fw[c.start], "و") {
			continue // جبهة [حركة …]; حزب [وكيان]: a conjunct, no construct
		}
		if head == foldParty && c.end-c.start >= 2 && r.m.gaz.has("NAT", r.fw[c.end-1]) {
			c.end-- // a nationality after a party is outside its name (listedEnds)
		}
		r.cs[k] = chunk{h, c.end, "ORG"}
	}
}

func listedAloneClass(classes []string) bool {
	for _, c := range classes {
		for _, a := range listedAlone {
			if c == a || strings.HasPrefix(c, a+".") {
				return true
			}
		}
	}
	return false
}
