package entity

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
