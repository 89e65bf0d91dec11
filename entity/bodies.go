package entity

import "strings"

// Public bodies named by their sector and their place: a directorate
// written with the sector's noun and the town it serves (تعليم الأحساء،
// صحة الطائف، شرطة المنطقة الشرقية، سجون المدينة), and a region's emirate
// (إمارة منطقة الجوف). They are organisations (docs/evaluation-realnews.md:
// a directorate written صحة/تعليم + town is ORG).

var (
	// sectorHeads are the nouns of public sectors that name a regional
	// directorate in a construct with its place.
	sectorHeads = foldSet("تعليم", "صحة", "شرطة", "سجون", "مرور", "جوازات", "زراعة", "إمارة")
	// regionNouns stand between a sector and its place: شرطة محافظة حفر
	// الباطن، إمارة منطقة الجوف.
	regionNouns = foldSet("منطقة", "محافظة", "مدينة", "ولاية", "معتمدية")
	// compass adjectives name a region with المنطقة: المنطقة الشرقية.
	compassAdjs = foldSet("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى")
)

// sectorBodies tags a sector's noun without the article (a proclitic
// allowed: لصحة) and the place after it as one organisation. إمارة needs
// a region noun (إمارة منطقة جازان): إمارة with a place alone is also the
// emirate itself (إمارة دبي), a place.
func (r *ruleCtx) sectorBodies() {
	for i := 0; i+1 < len(r.fw); i++ {
		head := stripHead(r.fw[i], sectorHeads)
		if head == "" {
			continue
		}
		if k := r.chunkAt(i); k >= 0 && (r.cs[k].start < i || r.cs[k].end > i+1) {
			continue
		}
		j := i + 1
		region := regionNouns[r.fw[j]]
		if region {
			j++
		} else if head == fold("إمارة") {
			continue
		}
		end := r.regionAt(j, region)
		if end == j {
			continue
		}
		if r.place(chunk{i, end, "ORG"}, func(c chunk) bool { return c.typ == "LOC" || c.start == i }) {
			i = end - 1
		}
	}
}

// regionAt returns the end of a place at j: a place chunk, a listed place,
// or المنطقة with a compass adjective (المنطقة الشرقية); after a region
// noun also an unknown word the model typed as a place. It returns j when
// there is none.
func (r *ruleCtx) regionAt(j int, region bool) int {
	if j >= len(r.fw) {
		return j
	}
	if k := r.chunkAt(j); k >= 0 {
		if c := r.cs[k]; c.start == j && c.typ == "LOC" {
			return c.end
		}
		return j
	}
	if n, classes := r.m.gaz.match(r.fw, j); n > 0 && gazType(classes) == "LOC" {
		return j + n
	}
	if !region && r.fw[j] == fold("المنطقة") && j+1 < len(r.fw) && compassAdjs[r.fw[j+1]] {
		return j + 2
	}
	return j
}

// subunitHeads are heads of the units of a body: a unit named with its parent
// after ب، ل or في is one organisation (اللجنة الثقافية بالبيت السعودي،
// المكتب السياسي لحزب …، لجنة الاحتراف في الاتحاد السعودي).
var subunitHeads = foldSet("لجنة", "اللجنة", "مكتب", "المكتب", "إدارة", "الإدارة", "دائرة", "الدائرة",
	"قسم", "القسم", "فرع", "الفرع", "منتدى", "المنتدى", "نقابة", "النقابة", "جناح", "الجناح",
	"وحدة", "الوحدة", "فرقة", "الفرقة", "كتلة", "الكتلة", "أمانة", "الأمانة", "لجان", "اللجان")

// unitsOfBodies joins a unit (an organisation chunk whose head is a unit
// head, or such a head with the article and up to two adjectives) to the
// organisation after it written with ب or ل attached or after في.
func (r *ruleCtx) unitsOfBodies() {
	for i := 0; i+1 < len(r.fw); i++ {
		if stripHead(r.fw[i], subunitHeads) == "" {
			continue
		}
		end := r.subunitEnd(i)
		if end < 0 || end >= len(r.fw) {
			continue
		}
		p := end
		if r.fw[p] == "في" {
			p++
		} else if f := r.fw[p]; !strings.HasPrefix(f, "ب") && !strings.HasPrefix(f, "ل") {
			continue
		}
		k := r.chunkAt(p)
		if k < 0 || r.cs[k].start != p || r.cs[k].typ != "ORG" {
			continue
		}
		last := r.cs[k].end
		if r.place(chunk{i, last, "ORG"}, func(c chunk) bool { return c.typ != "PERS" }) {
			i = last - 1
		}
	}
}

// subunitEnd returns the end of the unit whose head is at i: the end of the
// organisation chunk it starts, or after one or two adjectives when no
// chunk covers it and the head has the article; -1 otherwise.
func (r *ruleCtx) subunitEnd(i int) int {
	if k := r.chunkAt(i); k >= 0 {
		if c := r.cs[k]; c.start == i && c.typ == "ORG" {
			return c.end
		}
		return -1
	}
	if !strings.HasPrefix(r.fw[i], "ال") {
		return -1
	}
	j := i + 1
	for j < len(r.fw) && j < i+3 && r.chunkAt(j) < 0 && defWord(r.fw[j]) && adjLike(r.fw[j]) &&
		!genericMods[r.fw[j]] && !r.m.gaz.has("NAT", r.fw[j]) {
		j++
	}
	if j == i+1 {
		return -1
	}
	return j
}
