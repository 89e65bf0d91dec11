package entity

import "strings"

// districtHeads are the class nouns of a town's quarters: حي (district)
// and حارة (lane, quarter). The guidelines keep the head outside the
// name, as مدينة and محافظة (حي [الجمالية]، حارة [الشيخ]); the definite
// الحي is the neighbourhood already named, no head.
var districtHeads = foldSet("حي", "حارة")

// districtPrepositions are the words before حارة that make it a noun:
// حارة is also the adjective "hot" (أجواء حارة), which follows a noun.
var districtPrepositions = foldSet("في", "من", "إلى", "داخل", "قرب", "بين", "سكان", "أهالي", "أهل")

// districts makes a place of the name of a district after its head:
// a definite word (حي الجمالية) or a rare word without the article
// (حي جوبر) that the model left untagged, an organisation or an event
// chunk right after the head retyped. A place chunk is left as it is, a
// person's name to namedAfter (حي is a facility head there). The head
// stays outside the name; حارة only as a bare word after a preposition
// (أجواء حارة is "hot weather", بحارة "sailors").
func (r *ruleCtx) districts() {
	for i := 0; i+1 < len(r.fw); i++ {
		head := stripHead(r.fw[i], districtHeads)
		if head == "" || r.chunkAt(i) >= 0 {
			continue
		}
		if head == fold("حارة") && (head != r.fw[i] || i == 0 || !districtPrepositions[r.fw[i-1]]) {
			continue // أجواء حارة "hot"، بحارة "sailors" or "in the lane"
		}
		if k := r.chunkAt(i + 1); k >= 0 {
			// A person's name is left to namedAfter (حي is a facility head).
			if c := r.cs[k]; c.start == i+1 && (c.typ == "ORG" || c.typ == "MISC") && !r.headAt(i+1, hAnyHead) {
				r.cs[k].typ = "LOC"
			}
			continue
		}
		w := r.fw[i+1]
		if !r.nameLike(i+1) || r.m.gaz.has("NAT", w) {
			continue
		}
		if defWord(w) || !strings.HasSuffix(w, "ي") && r.m.clusters.count(w) < rarePlaceWord && !r.cliticNoun(w) {
			r.place(chunk{i + 1, i + 2, "LOC"}, anyChunk)
		}
	}
}

// cliticNoun reports whether the folded word w reads better as a
// proclitic and a more frequent word (للمباراة → لل + المباراة، لاحتواء →
// ل + احتواء; بيروت is no ب + يروت): the rest, or the article's word
// after لل, more frequent in raw text than w.
func (r *ruleCtx) cliticNoun(w string) bool {
	n := r.m.clusters.count(w)
	for _, p := range proclitics(w) {
		rest := w[len(p):]
		if r.m.clusters.count(rest) > n {
			return true
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && r.m.clusters.count("ا"+rest) > n {
			return true
		}
	}
	return false
}

// adjectivePlaces drops a place of one word that is a relative adjective
// (ال…ي) right after a definite noun no chunk covers: the adjective
// describes that noun (الطريق الدائري: the ring road), and alone it
// names nothing. A listed place stays.
func (r *ruleCtx) adjectivePlaces() {
	drop := -1
	for k, c := range r.cs {
		if c.typ == "LOC" && c.end-c.start == 1 && c.start > 0 && r.chunkAt(c.start-1) < 0 {
			w, prev := r.fw[c.start], r.fw[c.start-1]
			if defWord(w) && strings.HasSuffix(w, "ي") && !r.m.isPlace(w) && definite(prev) && arabicOnly(prev) &&
				!stopWords[prev] && !r.m.isPlace(prev) {
				r.cs[k].typ = ""
				drop = k
			}
		}
	}
	if drop < 0 {
		return
	}
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	r.cs = out
}
