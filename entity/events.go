package entity

import "strings"

// Events, laws and documents: the parts of their names that the head chain
// of rules.go does not take — a year or an ordinal (كأس العالم 2022،
// البطولة العربية ال13), a construct with a place (دوري أبطال آسيا), a
// law's or a decree's year (قانون المالية لسنة 2017), a complement after a
// listed name (جائزة نوبل للسلام), and specific elections (الانتخابات
// البلدية).

var (
	// electionHeads with an adjective of the elected body name one
	// election: الانتخابات البلدية (docs/evaluation-realnews.md, train2).
	electionHeads = foldSet("الانتخابات", "انتخابات")
	electionAdjs  = foldSet("البلدية", "التشريعية", "الرئاسية", "النيابية", "البرلمانية",
		"الجهوية", "البلديه")
	// yearOf are the words that bring a year into a law's or a census's
	// name: قانون المالية لسنة 2017.
	yearOf = foldSet("لسنة", "لعام", "لسنه")
)

// yearToken reports whether w is a year written in digits (1900–2099).
func yearToken(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ordinalToken reports whether w is a number written as an ordinal with
// the article (ال13) or a bare number of at most three digits (المؤتمر 23).
func ordinalToken(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	if w == "" || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// eventStep is chainStep's part for events: an ordinal after the head or a
// modifier (البطولة العربية ال13، المؤتمر 23 للاتحاد …) followed by more of
// the name, and right after an indefinite head a noun in construct with a
// place (دوري أبطال آسيا، كأس أمم أفريقيا).
func (r *ruleCtx) eventStep(c *chainCtx, j int) (int, int) {
	if c.typ != "MISC" {
		return j, 0
	}
	w := r.fw[j]
	if ordinalToken(w) && j+1 < len(r.fw) && (defWord(r.fw[j+1]) || strings.HasPrefix(r.fw[j+1], "لل")) {
		return j + 1, 1
	}
	if j == c.i+1 && j+1 < len(r.fw) && !c.definite && arabicOnly(w) && !defWord(w) && !adjLike(w) && r.chunkAt(j) < 0 &&
		!isPrepOrVerb(w) && !stopWords[w] && !r.procliticWord(j) && !r.procliticWord(j+1) {
		if e := r.nameAt(j + 1); e > j+1 {
			if k := r.chunkAt(j + 1); k < 0 || r.cs[k].typ == "LOC" {
				return e, 2
			}
		}
	}
	return j, 0
}

// eventTails extends an event, a law or a document over what follows its
// name: a year (كأس العالم 2022، مؤتمر جربة 2001), لسنة + a year, and for
// a name that starts with an event head the complements with لل and their
// definite words (جائزة نوبل للسلام).
func (r *ruleCtx) eventTails() {
	for k := range r.cs {
		c := r.cs[k]
		if c.typ != "MISC" || !r.headAt(c.start, hMisc) {
			continue
		}
		e := c.end
		for e < len(r.fw) && r.chunkAt(e) < 0 {
			f := r.fw[e]
			if strings.HasPrefix(f, "لل") && arabicOnly(f) && len([]rune(f)) >= 5 && !stopWords[f] ||
				e > c.end && defWord(f) && strings.HasPrefix(r.fw[e-1], "لل") && !r.m.gaz.has("NAT", f) {
				e++
				continue
			}
			break
		}
		switch {
		case e < len(r.fw) && yearToken(r.fw[e]):
			e++
		case e+1 < len(r.fw) && yearOf[r.fw[e]] && yearToken(r.fw[e+1]):
			e += 2
		}
		r.cs[k].end = e
	}
	r.prizeFields()
}

// prizeHeads name a prize; prizeFields are the disciplines a prize is
// named for after في (جائزة نوبل في الكيمياء).
var (
	prizeHeads  = foldSet("جائزة", "الجائزة", "جوائز")
	prizeFields = foldSet("الأدب", "الآداب", "الطب", "الفيزياء", "الكيمياء", "الاقتصاد", "السلام",
		"العلوم", "الرياضيات", "الهندسة", "العمارة", "الفنون", "الشعر", "الرواية", "الصحافة",
		"الترجمة", "الموسيقى", "السينما", "المسرح", "الفلسفة")
)

// prizeFields extends a prize's name over في and the discipline it is
// given for (جائزة نوبل في الأدب is one name): the discipline is no name
// of its own, and a one-word chunk the model made of it is swallowed.
func (r *ruleCtx) prizeFields() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		e := c.end
		if c.typ != "MISC" || !prizeHeads[r.fw[c.start]] || e+1 >= len(r.fw) || r.fw[e] != "في" ||
			!prizeFields[r.fw[e+1]] || r.chunkAt(e) >= 0 {
			continue
		}
		if j := r.chunkAt(e + 1); j >= 0 && (r.cs[j].start != e+1 || r.cs[j].end != e+2) {
			continue
		}
		r.drop(e+1, e+2)
		for j := range r.cs {
			if r.cs[j] == c {
				r.cs[j].end = e + 2
			}
		}
	}
}

// elections tags الانتخابات with the adjective of the elected body as one
// event: الانتخابات البلدية، الانتخابات التشريعية.
func (r *ruleCtx) elections() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hElection) || !electionAdjs[r.fw[i+1]] || r.chunkAt(i) >= 0 {
			continue
		}
		end := i + 2
		if end < len(r.fw) && yearToken(r.fw[end]) {
			end++
		}
		r.place(chunk{i, end, "MISC"}, func(c chunk) bool { return c.typ != "PERS" })
		i = end - 1
	}
}
