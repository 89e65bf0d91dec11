package entity

import "strings"

// Public bodies named by their sector and their place: a directorate
// written with the sector's noun and the town it serves (تعليم الأحساء،
// صحة الطائف، شرطة المنطقة الشرقية، سجون المدينة), and a region's emirate
// (إمارة منطقة الجوف). They are organisations (docs/evaluation-realnews.md:
// a directorate written صحة/تعليم + town is ORG).

// Folded words the rules below compare tokens with, folded once.
var (
	foldEmirate   = fold("إمارة")
	foldTheRegion = fold("المنطقة")
)

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
//
// An institution that takes a place's name (orgPlaceHeads: بلدية، أمانة،
// جامعة…) without the article does the same with a region noun between
// them: بلدية محافظة الخرج، أمانة منطقة حائل are the town's municipality,
// one organisation, also when the model typed the place alone.
func (r *ruleCtx) sectorBodies() {
	for i := 0; i+1 < len(r.fw); i++ {
		sector := r.headAt(i, hSector)
		if !sector && !r.regionInstitution(i) {
			continue
		}
		head := stripHead(r.fw[i], sectorHeads)
		if k := r.chunkAt(i); k >= 0 && (r.cs[k].start < i || r.cs[k].end > i+1 && sector) {
			continue
		}
		j := i + 1
		region := regionNouns[r.fw[j]]
		if region {
			j++
		} else if head == foldEmirate || !sector {
			continue
		}
		end := r.regionAt(j, region)
		if k := r.chunkAt(i + 1); region && k >= 0 && r.cs[k].start == i+1 && r.cs[k].typ == "LOC" && r.cs[k].end > j {
			end = r.cs[k].end // the model's place took the region noun: شرطة [منطقة جازان]
		}
		if end == j {
			continue
		}
		if r.place(chunk{i, end, "ORG"}, func(c chunk) bool { return c.typ == "LOC" || c.start == i }) {
			i = end - 1
		}
	}
}

// regionInstitution reports whether the word at i is an institution head of
// orgPlaceHeads without the article (a proclitic allowed: وبلدية) right
// before a region noun.
func (r *ruleCtx) regionInstitution(i int) bool {
	if !r.headAt(i, hOrgPlace) || i+1 >= len(r.fw) || !regionNouns[r.fw[i+1]] {
		return false
	}
	head := stripHead(r.fw[i], orgPlaceHeads)
	return head != "" && !strings.HasPrefix(head, "ال")
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
	if n, classes := r.gazMatch(j); n > 0 && gazType(classes) == "LOC" {
		return j + n
	}
	if !region && r.fw[j] == foldTheRegion && j+1 < len(r.fw) && compassAdjs[r.fw[j+1]] {
		return j + 2
	}
	return j
}

// subunitHeads are heads of the units of a body: a unit named with its parent
// after ب، ل or في is one organisation (اللجنة الثقافية بالبيت السعودي،
// المكتب السياسي لحزب …، لجنة الاحتراف في الاتحاد السعودي، المركز
// الإعلامي بأمانة …).
var subunitHeads = foldSet("لجنة", "اللجنة", "مكتب", "المكتب", "إدارة", "الإدارة", "دائرة", "الدائرة",
	"قسم", "القسم", "فرع", "الفرع", "منتدى", "المنتدى", "نقابة", "النقابة", "جناح", "الجناح",
	"وحدة", "الوحدة", "فرقة", "الفرقة", "كتلة", "الكتلة", "أمانة", "الأمانة", "لجان", "اللجان",
	// a body's centre: المركز الإعلامي بوزارة …، مركز القيادة والتحكم بوزارة …
	"مركز", "المركز")

// centreHeads take their parent body with ب or ل only: a centre في a
// hospital or a university is a place inside it (مركز X في مستشفى …).
var centreHeads = foldSet("مركز", "المركز")

// unitsOfBodies joins a unit (an organisation chunk whose head is a unit
// head, or such a head with the article and up to two adjectives) to the
// organisation after it written with ب or ل attached or after في.
func (r *ruleCtx) unitsOfBodies() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hUnit) {
			continue
		}
		end := r.subunitEnd(i)
		if end < 0 || end >= len(r.fw) {
			continue
		}
		p := end
		if r.fw[p] == "في" && !centreHeads[headForm(r.fw[i])] {
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

// outerClassNouns are class nouns that stay outside an organisation's name
// (docs/evaluation-realnews.md: شركة [أرامكو]، نادي [الهلال]).
var outerClassNouns = foldSet("شركة", "نادي")

// outerMonthNouns stay outside a holy month's or a feast's name: شهر
// [رمضان] (docs/evaluation-realnews.md, blind2 choices).
var outerMonthNouns = foldSet("شهر")

// clubFields are the adjectives of a club's field that agree with نادي, the
// head of the name then (نادي X الأدبي: a town's literary club).
var clubFields = foldSet("الأدبي", "الثقافي")

var clubNoun = foldSet("نادي")

// literaryClubs takes نادي into an organisation chunk that ends in one of
// clubFields (the model's X الأدبي after نادي): the adjective describes
// the club, not the town, so نادي is the name's head.
func (r *ruleCtx) literaryClubs() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.start == 0 || !clubFields[r.fw[c.end-1]] || c.end-c.start < 2 || r.chunkAt(c.start-1) >= 0 {
			continue
		}
		if stripHead(r.fw[c.start-1], clubNoun) == "" {
			continue
		}
		r.cs[k].start--
	}
}

// trimClassNouns leaves such a class noun out of an organisation or event
// chunk of two tokens or more.
func (r *ruleCtx) trimClassNouns() {
	for k, c := range r.cs {
		if c.end-c.start < 2 || !arabicOnly(r.fw[c.start+1]) {
			continue
		}
		if c.typ == "ORG" && r.headAt(c.start, hOuterClass) && !(stripHead(r.fw[c.start], clubNoun) != "" && clubFields[r.fw[c.end-1]]) ||
			c.typ == "MISC" && r.headAt(c.start, hOuterMonth) ||
			c.typ == "MISC" && contestNouns[r.fw[c.start]] && cupHeads[r.fw[c.start+1]] ||
			c.typ == "MISC" && stripHead(r.fw[c.start], workNouns) != "" {
			r.cs[k].start++
		}
	}
}

// workNouns are the class nouns of works (a novel, a film, a series, a
// play, a song, an album), outside the work's name as between marks
// (markedNames): رواية [أولاد حارتنا]. كتاب and ديوان are left to the
// model: a title may start with them (كتاب الأغاني).
var workNouns = foldSet("رواية", "روايته", "روايتها", "فيلم", "فيلمه", "فيلمها", "مسلسل", "مسلسله",
	"مسرحية", "مسرحيته", "أغنية", "أغنيته", "أغنيتها", "ألبوم", "ألبومه", "ألبومها")

// contestNouns are the class nouns of a competition (بطولة), outside the
// name of the cup or league after them: بطولة كأس العالم 2014 → كأس العالم
// 2014, as شهر before رمضان.
var (
	contestNouns = foldSet("بطولة", "البطولة", "مسابقة", "المسابقة")
	cupHeads     = foldSet("كأس", "الكأس", "دوري", "الدوري", "مونديال", "المونديال", "أولمبياد", "الأولمبياد")
)

// compassRegions tags المنطقة with a compass adjective as a place: in the
// press of Saudi Arabia it names a province (المنطقة الشرقية).
func (r *ruleCtx) compassRegions() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hRegion) || !compassAdjs[r.fw[i+1]] || r.chunkAt(i) >= 0 || r.chunkAt(i+1) >= 0 {
			continue
		}
		r.cs = append(r.cs, chunk{i, i + 2, "LOC"})
		i++
	}
}

var regionHeads = foldSet("المنطقة")

// ownNameHeads are institutions whose town after them is a place of its own
// (docs/evaluation-realnews.md: a university or a hospital followed by its
// city is two entities).
var ownNameHeads = foldSet("مستشفى", "المستشفى", "مستوصف", "المستوصف", "جامعة", "الجامعة")

// townBranches extends a body named by definite common words (الحماية
// المدنية، الهلال الأحمر السعودي، الغرفة الجهوية للمخابز) over the town of
// its branch: a place written with ب (بسوسة), or a region noun with ب or ل
// and the place (بمنطقة تبوك، لولاية قابس). A branch named with its place
// is one organisation; a name of its own (a person's, a listed name) keeps
// the town apart.
func (r *ruleCtx) townBranches() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "ORG" || c.end >= len(r.fw) || !r.descriptive(c) || pertaining[r.fw[c.end-1]] {
			continue
		}
		p, f := c.end, r.fw[c.end]
		if !strings.HasPrefix(f, "ب") && !strings.HasPrefix(f, "ل") {
			continue
		}
		if _, rest := cliticSplit(f); regionNouns[rest] || regionNouns[f[len("ب"):]] {
			p++
		} else if !strings.HasPrefix(f, "ب") {
			continue
		}
		kk := r.chunkAt(p)
		if kk < 0 || r.cs[kk].start != p || r.cs[kk].typ != "LOC" || r.country(r.cs[kk]) {
			continue // رحبت وزارة الخارجية بتونس: a verb's preposition and a country
		}
		if r.place(chunk{c.start, r.cs[kk].end, "ORG"}, func(x chunk) bool { return x == c || x.typ == "LOC" }) {
			k = -1
		}
	}
}

// pertaining adjectives take ب as "concerning": قوات الطوارئ الخاصة
// بمنطقة عسير is the force and its place, not a branch.
var pertaining = foldSet("الخاصة", "الخاص", "المعنية", "المعني", "المتعلقة", "المتعلق")

// descriptive reports whether the organisation chunk c is made of definite
// common words only (a head, adjectives, complements with لل or و), with no
// name of its own, and is no hospital or university.
func (r *ruleCtx) descriptive(c chunk) bool {
	if r.headAt(c.start, hOwnName) || c.end-c.start < 2 {
		return false
	}
	for j := c.start; j < c.end; j++ {
		f := r.fw[j]
		if j == c.start {
			_, f = cliticSplit(f)
			f = "ال" + f
		}
		if !defWord(f) && !strings.HasPrefix(f, "لل") && !strings.HasPrefix(f, "وال") {
			return false
		}
		if n, classes := r.gazMatch(j); n > 0 && gazType(classes) != "" && j+n < c.end && j > c.start {
			return false
		}
	}
	return true
}

// namedGovernments: حكومة with a definite noun and الوطنية/الوطني is a named
// government (حكومة الوحدة الوطنية، حكومة الوفاق الوطني), one organisation.
func (r *ruleCtx) namedGovernments() {
	for i := 0; i+2 < len(r.fw); i++ {
		if !r.headAt(i, hGov) || r.chunkAt(i) >= 0 || !defWord(r.fw[i+1]) || !nationalAdjs[r.fw[i+2]] {
			continue
		}
		r.place(chunk{i, i + 3, "ORG"}, func(c chunk) bool { return c.typ != "PERS" })
		i += 2
	}
}

var nationalAdjs = foldSet("الوطنية", "الوطني")

// directorateNoun is إدارة without the article: before a sector's noun and
// its place it is part of the directorate's name (إدارة تعليم جازان، إدارة
// مرور المنطقة الشرقية).
var directorateNoun = foldSet("إدارة")

// sectorDirectorates completes the sector bodies of sectorBodies: a sector
// body right after إدارة (a proclitic allowed) takes it in; and a sector's
// noun without the article and a listed place (after a region noun too)
// that the model typed as a person is the directorate, an organisation
// (شرطة دبي، تعليم مكة: شرطة and تعليم are no given names).
func (r *ruleCtx) sectorDirectorates() {
	for k, c := range r.cs {
		i := c.start
		if !r.headAt(i, hSector) || c.end-i < 2 {
			continue
		}
		head := stripHead(r.fw[i], sectorHeads)
		if head == "" || head == foldEmirate || strings.HasPrefix(head, "ال") {
			continue
		}
		if c.typ == "PERS" {
			j := i + 1
			if regionNouns[r.fw[j]] {
				j++
			}
			if j < c.end {
				if n, classes := r.gazMatch(j); n > 0 && j+n == c.end && gazType(classes) == "LOC" {
					r.cs[k].typ = "ORG"
					c.typ = "ORG"
				}
			}
		}
		if c.typ != "ORG" || i == 0 || r.chunkAt(i-1) >= 0 || stripHead(r.fw[i-1], directorateNoun) == "" {
			continue
		}
		r.cs[k].start = i - 1
	}
}
