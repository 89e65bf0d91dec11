package entity

import "strings"

// Units of the security forces and regional bodies, named by the force or
// the sector they belong to and their seat, as the Tunisian (and other
// Maghrebi) press writes them: منطقة الحرس الوطني بالقيروان، فرقة الأبحاث
// والتفتيش للحرس الوطني بنابل، إقليم الأمن الوطني بصفاقس، المندوبية
// الجهوية للتربية بسوسة. The whole is one organisation; the town inside
// it is no place of its own.

var (
	// unitHeads are the heads of a unit of a security force.
	unitHeads = foldSet("إقليم", "منطقة", "فرقة", "مركز", "مصلحة", "وحدة", "فوج", "سرية", "إدارة",
		"الإقليم", "المنطقة", "الفرقة", "المركز", "المصلحة", "الوحدة", "الفوج", "السرية", "الإدارة")
	// forces are the security forces and services that name a unit (their
	// two words folded, joined by a space, or one word).
	forces = foldSet("الحرس الوطني", "الأمن الوطني", "الأمن العمومي", "الشرطة العدلية",
		"الشرطة البلدية", "الحماية المدنية", "الحرس البحري", "الشرطة", "الديوانة", "الدرك الوطني",
		"الدرك الملكي", "الأمن الرئاسي")
	// regionalHeads are heads of the regional offices of a ministry, named
	// with الجهوية, the sector with ل and the seat with ب.
	regionalHeads = foldSet("المندوبية", "الإدارة", "الدائرة", "المديرية", "مندوبية", "إدارة", "مديرية")
)

// forceAt returns the end of a security force's name at token j (لل
// allowed: للحرس الوطني), or j.
func (r *ruleCtx) forceAt(j int) int {
	w := r.fw[j]
	if strings.HasPrefix(w, "لل") {
		w = "ا" + w[len("ل"):]
	}
	if j+1 < len(r.fw) && forces[w+" "+r.fw[j+1]] {
		return j + 2
	}
	if forces[w] {
		return j + 1
	}
	return j
}

// units tags the units of security forces and the regional offices with
// their seat.
func (r *ruleCtx) units() {
	for i := 0; i+2 < len(r.fw); i++ {
		end := r.unitEnd(i)
		if end <= i+1 {
			continue
		}
		if e := r.placeAfterB(end); e > end {
			end = e
		} else if !strings.HasPrefix(r.fw[i], "ال") && r.headAt(i, hUnitHead) {
			continue // فرقة الشرطة: without its seat, a description
		}
		if r.place(chunk{i, end, "ORG"}, func(c chunk) bool { return c.typ != "PERS" }) {
			i = end - 1
		}
	}
}

// unitEnd returns the end of a unit's name whose head is at i, before its
// seat: the head, up to three definite or coordinated words and a force
// (فرقة الأبحاث والتفتيش للحرس الوطني), or a regional office's head,
// الجهوية and its sector (المندوبية الجهوية للتربية، الإدارة الجهوية
// للصحة والشؤون الاجتماعية); or i.
func (r *ruleCtx) unitEnd(i int) int {
	if r.chunkAt(i) >= 0 && r.cs[r.chunkAt(i)].start < i {
		return i // inside a name already
	}
	if r.headAt(i, hRegional) && r.fw[i+1] == fold("الجهوية") {
		j := i + 2
		for j < len(r.fw) && j < i+6 && (strings.HasPrefix(r.fw[j], "لل") && j == i+2 ||
			j > i+2 && (defWord(r.fw[j]) || strings.HasPrefix(r.fw[j], "وال") || strings.HasPrefix(r.fw[j], "لل"))) {
			j++
		}
		if j > i+2 {
			return j
		}
		return i
	}
	if !r.headAt(i, hUnitHead) {
		return i
	}
	for j := i + 1; j < len(r.fw) && j <= i+4; j++ {
		if e := r.forceAt(j); e > j {
			return e
		}
		if w := r.fw[j]; !defWord(w) && !(strings.HasPrefix(w, "وال") && defWord(w[len("و"):])) || stopWords[w] {
			return i
		}
	}
	return i
}

// naturalHeads are the heads of natural places, which take the name after
// them: a mountain, a valley, a river, a forest (جبل طلان، وادي لجب،
// جبال القهر، غابات الخشل); not سهل, which is also the verb سهّل (made
// easy).
var naturalHeads = foldSet("جبل", "جبال", "وادي", "نهر", "بحيرة", "هضبة", "غابة", "غابات", "سهول",
	"شلال", "شلالات", "كهف", "جزيرة")

// rarePlaceWord is the raw count under which a word after a natural head is
// taken for the place's name (القهر 26) and not a common noun (المنطقة
// 8,543).
const rarePlaceWord = 200

// naturalPlaces makes a place of a natural head and the name after it: a
// person's name the model found there (جبل عمر), or a rare word, definite
// or not, that no rule knows. A chunk that starts at the head is retyped.
func (r *ruleCtx) naturalPlaces() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hNatural) {
			continue
		}
		if k := r.chunkAt(i); k >= 0 {
			if c := r.cs[k]; c.start == i && c.end > i+1 && c.typ == "PERS" {
				r.cs[k].typ = "LOC" // وادي لجب read as a person
			}
			continue
		}
		if k := r.chunkAt(i + 1); k >= 0 {
			// A known town or region after the head keeps its own name,
			// the head outside like مدينة: جبال عسير، جبال جازان.
			if c := r.cs[k]; c.start == i+1 && (c.typ == "PERS" || c.typ == "LOC" && !r.knownTown(c)) {
				r.place(chunk{i, c.end, "LOC"}, anyChunk)
			}
			continue
		}
		if w := r.fw[i+1]; r.nameLike(i+1) && r.m.clusters.count(w) < rarePlaceWord && !r.m.gaz.has("NAT", w) {
			r.place(chunk{i, i + 2, "LOC"}, anyChunk)
		}
	}
}

// knownTown reports whether chunk c is exactly a listed country, city or
// region.
func (r *ruleCtx) knownTown(c chunk) bool {
	n, classes := r.gazMatch(c.start)
	return n == c.end-c.start && (inClasses(classes, "LOC.country") || inClasses(classes, "LOC.city") || inClasses(classes, "LOC.region"))
}
