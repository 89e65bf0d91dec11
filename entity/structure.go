package entity

import (
	"sort"
	"strings"
)

// Names with structure: institutions and places named after a person
// (مركز الملك عبدالله للدراسات، ملعب الأمير عبدالله الفيصل) and branches
// named with their place (سفارة المملكة بتونس، هيئة الهلال الأحمر في جدة)
// are one entity; the person or place inside is not a name of its own.

var (
	// instHeads are heads of institutions that take a person's name: the
	// whole is an organisation.
	instHeads = foldSet("مركز", "جامعة", "مستشفى", "مؤسسة", "كلية", "معهد", "مجمع", "مكتبة",
		"صندوق", "كرسي", "مدرسة", "أكاديمية", "جمعية", "المركز", "الجامعة", "المستشفى",
		"المؤسسة", "الكلية", "المعهد", "المجمع", "المكتبة")
	// facilityHeads are heads of places that take a person's name: the
	// whole is a place.
	facilityHeads = foldSet("ملعب", "استاد", "إستاد", "مطار", "ميناء", "شارع", "طريق", "جسر",
		"مسجد", "جامع", "قاعة", "قصر", "حي", "ساحة", "مدينة", "الملعب", "الاستاد", "المطار",
		"الميناء")
	// honorifics stand between such a head and the person's name.
	honorifics = foldSet("الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الإمام", "السلطان",
		"الرئيس", "الشهيد", "المغفور", "الزعيم", "الجنرال", "المشير")
	// branchHeads are heads of bodies whose branch is named with its
	// place: attached ب (سفارة … بتونس، الملعب الأولمبي بسوسة).
	branchHeads = foldSet("سفارة", "قنصلية", "فرع", "مكتب", "مديرية", "إدارة", "أكاديمية",
		"جامعة", "كلية", "معهد", "مستشفى", "ملعب", "مركز", "محكمة", "بلدية", "نيابة", "غرفة",
		"هيئة", "جمعية", "السفارة", "القنصلية", "الفرع", "المكتب", "المديرية", "الإدارة",
		"الأكاديمية", "الجامعة", "الكلية", "المعهد", "المستشفى", "الملعب", "المركز", "المحكمة",
		"البلدية", "النيابة", "الغرفة", "الهيئة", "الجمعية", "الاستاد", "المسرح", "مسرح",
		"المتحف", "متحف", "المكتبة", "مكتبة", "المستودع")
	// branchInHeads are the heads whose branch may also be named with في:
	// هيئة الهلال الأحمر في جدة، وزارة الداخلية في إقليم كردستان.
	branchInHeads = foldSet("هيئة", "وزارة", "فرع", "مكتب", "مديرية", "إدارة", "جمعية", "بلدية",
		"غرفة", "محكمة", "الهيئة", "الوزارة", "الفرع", "المكتب", "المديرية", "الإدارة", "الجمعية",
		"البلدية", "الغرفة", "المحكمة", "كلية", "الكلية", "سفارة", "السفارة", "قنصلية", "القنصلية",
		"ملحقية", "الملحقية", "بعثة")
	// abroadHeads are the heads of a state's or a body's mission abroad:
	// the country after في is the seat of the mission (السفارة السعودية في
	// ألمانيا، بعثة الأمم المتحدة في مالي), not a place of its own.
	abroadHeads = foldSet("سفارة", "السفارة", "قنصلية", "القنصلية", "ملحقية", "الملحقية", "بعثة")
)

// stripHead returns w without a proclitic when the rest is in set
// (بملعب → ملعب, للهيئة → الهيئة), or "".
func stripHead(w string, set map[string]bool) string {
	if set[w] {
		return w
	}
	for _, p := range proclitics(w) {
		rest := w[len(p):]
		if set[rest] {
			return rest
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && set["ا"+rest] {
			return "ا" + rest
		}
	}
	return ""
}

// namedAfter joins a head, an optional honorific and the person's name
// after them into one organisation or place: مركز الملك عبدالله للدراسات
// (ORG), ملعب الأمير عبدالله الفيصل (LOC). Complements with لل and the
// coordinated or adjectival words after them stay in the name
// (للدراسات والبحوث الإسلامية).
func (r *ruleCtx) namedAfter() {
	for i := 0; i+2 < len(r.fw); i++ {
		if !r.headAt(i, hInst|hFacility) {
			continue
		}
		head, typ := namedHead(r.fw[i])
		if head == "" {
			continue
		}
		if k := r.chunkAt(i); k >= 0 && r.cs[k].start < i {
			continue // inside a name already
		}
		end := r.personAfterHead(i, typ)
		if end < 0 {
			continue
		}
		end, compl := r.namedComplements(end, typ)
		if head == fold("مدينة") && compl {
			typ = "ORG" // مدينة الملك عبدالعزيز للعلوم والتقنية
		}
		if r.place(chunk{i, end, typ}, func(c chunk) bool { return c.typ == "PERS" || c.start == i }) {
			i = end - 1
		}
	}
}

// namedHead returns the head of an institution (ORG) or a facility (LOC)
// that w is, without its proclitic, or "".
func namedHead(w string) (head, typ string) {
	if head = stripHead(w, instHeads); head != "" {
		return head, "ORG"
	}
	if head = stripHead(w, facilityHeads); head != "" {
		return head, "LOC"
	}
	return "", ""
}

// personAfterHead returns the end of the person's name after the head at
// i and its honorific (an institution needs one: جامعة محمد is left to
// the model), with a surname the model's chunk left out, or -1.
func (r *ruleCtx) personAfterHead(i int, typ string) int {
	j := i + 1
	if honorifics[r.fw[j]] {
		j++
	} else if typ == "ORG" {
		return -1
	}
	k := r.chunkAt(j)
	if k >= 0 && r.cs[k].start == i && r.cs[k].typ == typ && r.cs[k].end > j && r.personWords(j, r.cs[k].end) {
		return r.cs[k].end // the model took the head and the person: مركز الملك عبدالله
	}
	if k < 0 || r.cs[k].start != j || r.cs[k].typ != "PERS" {
		return -1
	}
	end := r.cs[k].end
	if end-j == 1 && end < len(r.fw) && r.chunkAt(end) < 0 && r.surnameLike(end) {
		end++ // the model's chunk stopped at the given name: الأمير عبدالله الفيصل
	}
	return end
}

// personWords reports whether the tokens j..end can be a person's name: a
// given name first, then name words.
func (r *ruleCtx) personWords(j, end int) bool {
	if !r.m.gaz.has("PER.first", r.fw[j]) {
		return false
	}
	for ; j < end; j++ {
		if !r.nameLike(j) && !r.surnameLike(j) {
			return false
		}
	}
	return true
}

// namedComplements extends a name after a person from end over up to four
// complements with لل, the coordinated or adjectival words after them (a
// place takes adjectives without a complement), and reports whether a
// complement with لل was met.
func (r *ruleCtx) namedComplements(end int, typ string) (int, bool) {
	compl := false
	for n := 0; end < len(r.fw) && n < 4; n++ {
		w := r.fw[end]
		switch {
		case strings.HasPrefix(w, "لل") && arabicOnly(w) && len([]rune(w)) >= 5 && !stopWords[w]:
			compl = true
		case compl && strings.HasPrefix(w, "وال") && defWord(w[len("و"):]):
		case (compl || typ == "LOC") && defWord(w) && adjLike(w) && !r.m.gaz.has("NAT", w) && !genericMods[w]:
		default:
			return end, compl
		}
		if r.chunkAt(end) >= 0 {
			break
		}
		end++
	}
	return end, compl
}

// branches extends an organisation (or a facility) over the place of its
// branch: سفارة المملكة العربية السعودية + بتونس, الملعب الأولمبي +
// بسوسة, هيئة الهلال الأحمر + في جدة. A place after في joins only a body
// of branchInHeads and only when it is no country (الحكومة في العراق is
// not a branch), unless the body is a mission abroad (abroadHeads: the
// country is its seat). A definite head with one adjective and the place is a
// name too (الأكاديمية العسكرية بفندق الجديد).
func (r *ruleCtx) branches() {
	r.bareBranches()
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "ORG" && c.typ != "LOC" {
			continue
		}
		if e := r.branchEnd(c); e > c.end {
			if r.place(chunk{c.start, e, c.typ}, func(x chunk) bool { return x == c || r.placeChunk(x) }) {
				k = -1 // the chunks were rebuilt: start over
			}
		}
	}
}

// bareBranches finds the definite branch heads with their adjectives that
// the model or the rules left out, followed by a place with ب.
func (r *ruleCtx) bareBranches() {
	for i := 0; i+2 < len(r.fw); i++ {
		if r.chunkAt(i) >= 0 || !strings.HasPrefix(r.fw[i], "ال") || !branchHeads[r.fw[i]] {
			continue
		}
		j := i + 1
		for j < len(r.fw) && j < i+3 && defWord(r.fw[j]) && adjLike(r.fw[j]) && r.chunkAt(j) < 0 &&
			!genericMods[r.fw[j]] && !r.m.gaz.has("NAT", r.fw[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		if e := r.placeAfterB(j); e > j {
			typ := "ORG"
			if facilityHeads[r.fw[i]] {
				typ = "LOC"
			}
			r.place(chunk{i, e, typ}, r.placeChunk)
			i = e - 1
		}
	}
}

// branchEnd returns the end of the name c with the place of its branch
// after it (بتونس، في جدة), or c.end.
func (r *ruleCtx) branchEnd(c chunk) int {
	byB, byIn := r.headAt(c.start, hBranch), r.headAt(c.start, hBranchIn)
	if !byB && !byIn {
		return c.end
	}
	e := c.end
	// A name after a person (ملعب الأمير عبدالله الفيصل) is whole
	// without its town.
	named := c.end-c.start > 2 && honorifics[r.fw[c.start+1]]
	if byB && !named {
		e = r.placeAfterB(c.end)
	}
	if e == c.end && byIn && c.end+1 < len(r.fw) && r.fw[c.end] == "في" {
		if kk := r.chunkAt(c.end + 1); kk >= 0 && r.cs[kk].start == c.end+1 && r.placeChunk(r.cs[kk]) {
			last := r.cs[kk]
			if n, classes := r.gazMatch(last.start); abroadHeads[r.fw[c.start]] || !(n == last.end-last.start && inClasses(classes, "LOC.country")) {
				e = last.end
			}
		}
	}
	return e
}

// placeChunk reports whether the chunk c names a place: typed LOC, or
// typed ORG (a region is also an authority, and a model may read it so)
// when it starts with a place head (إقليم، ولاية، محافظة) or the
// gazetteer knows its words as a place (كردستان العراق).
func (r *ruleCtx) placeChunk(c chunk) bool {
	if c.typ == "LOC" {
		return true
	}
	if c.typ != "ORG" {
		return false
	}
	if r.m.gaz.has("TRIG.LOC", r.fw[c.start]) {
		return true
	}
	n, classes := r.gazMatch(c.start)
	return n == c.end-c.start && gazType(classes) == "LOC"
}

// placeAfterB returns the end of a place written with an attached ب at
// token j (بتونس، بسوسة، بفندق الجديد: a place chunk or a known place), or
// j.
func (r *ruleCtx) placeAfterB(j int) int {
	if j >= len(r.fw) || !strings.HasPrefix(r.fw[j], "ب") || strings.HasPrefix(r.fw[j], "بال") && !r.m.known(r.fw[j][len("ب"):]) {
		return j
	}
	if k := r.chunkAt(j); k >= 0 {
		if r.cs[k].start == j && r.placeChunk(r.cs[k]) {
			return r.cs[k].end
		}
		return j
	}
	if n, classes := r.gazMatch(j); n > 0 && gazType(classes) == "LOC" &&
		(inClasses(classes, "LOC.country") || inClasses(classes, "LOC.city") || inClasses(classes, "LOC.region")) {
		return j + n
	}
	return j
}

// surnameLike reports whether the word at j can be a family name with the
// article after a given name (الفيصل، السبيعي): a definite word that is no
// modifier, nationality, title, head or stop word.
func (r *ruleCtx) surnameLike(j int) bool {
	w := r.fw[j]
	return defWord(w) && !genericMods[w] && !r.m.gaz.has("NAT", w) && !r.m.gaz.has("TTL", w) &&
		!isHeadWord(w) && !nameMods[w] && !adjWords[w] && !timeWords[w]
}

// branchPlace reports whether the folded token f is ب + a known country,
// city or region (بتونس): the place of a branch, whose ب is a preposition.
func (m *Model) branchPlace(f string) bool {
	if !strings.HasPrefix(f, "ب") {
		return false
	}
	rest := f[len("ب"):]
	return m.gaz.has("LOC.country", rest) || m.gaz.has("LOC.city", rest) || m.gaz.has("LOC.region", rest)
}

// sportsWords mark sports copy: matches, teams, players, leagues.
var sportsWords = foldSet("مباراة", "المباراة", "مباريات", "المباريات", "فريق", "الفريق", "لاعب",
	"اللاعب", "لاعبي", "لاعبا", "مدرب", "المدرب", "الدوري", "النادي", "نادي", "هدف", "هدفا",
	"الشوط", "بطولة", "البطولة", "كأس", "المنتخب", "منتخب", "الملعب", "ملعب", "الموسم", "التعادل",
	"فوزه", "الهدف", "مرمى", "المرمى", "الجولة", "تعادل")

// sportsDoc reports whether a document is sports copy: at least three
// words of matches, teams and players.
func sportsDoc(infos [][]tokInfo) bool {
	n := 0
	for _, in := range infos {
		for j := range in {
			if headBits(in[j].w)&hSports != 0 {
				if n++; n >= 3 {
					return true
				}
			}
		}
	}
	return false
}

// sportsClubs tags the short club names that are also common words
// (الهلال، النصر، النجم: the class ORG.club.x) as organisations in sports
// copy (sportsDoc). A one-word place or person chunk on such a name is
// retyped.
func (m *Model) sportsClubs(infos [][]tokInfo, cs [][]chunk) {
	for i, in := range infos {
	tokens:
		for j := range in {
			f := in[j].w
			if !m.clubName(f) || isHeadWord(f) {
				continue
			}
			for k, c := range cs[i] {
				if c.start <= j && j < c.end {
					if c.end-c.start == 1 && c.typ != "ORG" && c.typ != "MISC" {
						cs[i][k].typ = "ORG"
					}
					continue tokens
				}
			}
			cs[i] = append(cs[i], chunk{j, j + 1, "ORG"})
			sort.Slice(cs[i], func(a, b int) bool { return cs[i][a].start < cs[i][b].start })
		}
	}
}

// clubName reports whether the folded word f, or f without its
// proclitics (وللهلال → الهلال), is a club's name.
func (m *Model) clubName(f string) bool {
	is := func(w string) bool { return m.gaz.has("ORG.club.x", w) || m.gaz.has("ORG.club", w) }
	if is(f) {
		return true
	}
	for _, p := range proclitics(f) {
		rest := f[len(p):]
		if is(rest) || strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && is("ا"+rest) {
			return true
		}
	}
	return false
}

// stateNouns name a state body when a nationality follows: الحكومة
// العراقية، الخارجية الإيرانية (the ministry), الرئاسة التونسية. Alone
// they are back-references (الحكومة ستوفر), not names.
var stateNouns = foldSet("الحكومة", "الخارجية", "الداخلية", "الرئاسة", "الشرطة", "الإذاعة")

// stateNounsM are masculine state nouns: with a masculine nationality they
// are the state acting (التلفزيون السعودي، الطيران التركي، النظام السوري).
var stateNounsM = foldSet("التلفزيون", "التليفزيون", "الطيران", "النظام")

// stateBodies tags a state noun and the nationality after it as one
// organisation, the nationality inside (docs/evaluation-realnews.md).
func (r *ruleCtx) stateBodies() {
	for i := 0; i+1 < len(r.fw); i++ {
		// The nouns are feminine: a masculine nationality agrees with a
		// title before them (وزير الخارجية التركي), which also ends the
		// name.
		if !r.stateBody(i) {
			continue
		}
		if k := r.chunkAt(i); k >= 0 && r.cs[k].start < i {
			continue // inside a longer name: وزارة الدفاع الأميركية
		}
		r.place(chunk{i, i + 2, "ORG"}, func(c chunk) bool { return c.end-c.start <= 2 })
		i++
	}
	// A national team: المنتخب with a masculine nationality, which agrees
	// with it (مدرب المنتخب السعودي: the team, after any title).
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hTeam) || !r.m.gaz.has("NAT", r.fw[i+1]) || strings.HasSuffix(r.fw[i+1], "ه") {
			continue
		}
		if k := r.chunkAt(i); k >= 0 && r.cs[k].start < i {
			continue
		}
		r.place(chunk{i, i + 2, "ORG"}, func(c chunk) bool { return c.end-c.start <= 2 })
		i++
	}
	// A national team named by its country: منتخب (indefinite, in a
	// construct) and the listed country after it are one organisation
	// (منتخب ألمانيا، لمنتخب ساحل العاج), where the model tags the country;
	// the sport after it with ل is the team's too (منتخب البرازيل لكرة
	// القدم, as sportComplements does after a nationality).
	for i := 0; i+1 < len(r.fw); i++ {
		if !indefiniteTeam(r.fw[i]) || r.chunkAt(i) >= 0 {
			continue
		}
		if k := r.chunkAt(i + 1); k >= 0 && r.cs[k].start == i+1 && r.cs[k].typ == "LOC" && r.country(r.cs[k]) {
			end := r.cs[k].end
			if end+1 < len(r.fw) && sportNouns[r.fw[end]] && defWord(r.fw[end+1]) && r.chunkAt(end) < 0 {
				end += 2 // منتخب البرازيل لكرة القدم
			}
			r.place(chunk{i, end, "ORG"}, func(c chunk) bool { return c.typ == "LOC" })
			i = end - 1
		}
	}
	// A government named by its country: حكومة مملكة البحرين، حكومة مالي
	// (a listed country right after the construct noun; a region's or a
	// town's government, حكومة إقليم كردستان، حكومة طرابلس, is left to
	// the model: the wire set keeps the place alone there).
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hGov) || r.chunkAt(i) >= 0 {
			continue
		}
		if k := r.chunkAt(i + 1); k >= 0 && r.cs[k].start == i+1 && r.cs[k].typ == "LOC" && r.country(r.cs[k]) {
			end := r.cs[k].end
			r.place(chunk{i, end, "ORG"}, func(c chunk) bool { return c.typ == "LOC" })
			i = end - 1
		}
	}
}

// stateBody reports whether the word at i is a state noun and the word
// after it a nationality agreeing with it in gender. A feminine noun with a
// feminine nationality after a masculine title is the body (رئيس الحكومة
// التركية); after a feminine title the nationality may be the title's.
func (r *ruleCtx) stateBody(i int) bool {
	nat := r.fw[i+1]
	if !r.m.gaz.has("NAT", nat) {
		return false
	}
	fem := strings.HasSuffix(nat, "ه")
	if r.headAt(i, hState) {
		return fem && (i == 0 || !r.m.gaz.has("TTL", r.fw[i-1]) || !strings.HasSuffix(r.fw[i-1], "ه"))
	}
	return r.headAt(i, hStateM) && !fem && (i == 0 || !r.m.gaz.has("TTL", r.fw[i-1]))
}

// country reports whether chunk c is exactly a listed country.
func (r *ruleCtx) country(c chunk) bool {
	n, classes := r.gazMatch(c.start)
	return n == c.end-c.start && inClasses(classes, "LOC.country")
}

// govNouns name a state's government in a construct with the state.
var govNouns = foldSet("حكومة")

var teamNouns = foldSet("المنتخب")

// indefiniteTeam reports whether the folded word is منتخب, a proclitic
// allowed (لمنتخب، ومنتخب).
func indefiniteTeam(w string) bool {
	if w == "منتخب" {
		return true
	}
	for _, p := range proclitics(w) {
		if w[len(p):] == "منتخب" {
			return true
		}
	}
	return false
}

// classNouns start the full name of a group or company whose short name
// follows: تنظيم داعش، حركة حماس، شركة أرامكو.
var classNouns = foldSet("تنظيم", "حركة", "حزب", "جماعة", "جبهة", "ميليشيا", "ميليشيات", "شركة", "مجموعة")

// shortForms tags the later bare mentions of a name met after its class
// noun (تنظيم داعش … داعش) as the same organisation, when the words layer
// calls the bare word a proper noun there (حركة فتح … فتح الباب: the verb
// stays). Models without the words layer skip this.
func (m *Model) shortForms(infos [][]tokInfo, cs [][]chunk) {
	var short map[string]bool
	for i := range cs {
		for _, c := range cs[i] {
			if c.typ == "ORG" && c.end-c.start == 2 && headBits(infos[i][c.start].w)&hClass != 0 {
				if short == nil {
					short = map[string]bool{}
				}
				short[infos[i][c.start+1].w] = true
			}
		}
	}
	if len(short) == 0 {
		return
	}
	for i, in := range infos {
	tokens:
		for j := range in {
			f := in[j].w
			if !short[f] && stripHead(f, short) == "" {
				continue
			}
			if up := infos[i][j].wi.upos; up != "PROPN" && up != "X" {
				continue
			}
			for _, c := range cs[i] {
				if c.start <= j && j < c.end {
					continue tokens
				}
			}
			cs[i] = append(cs[i], chunk{j, j + 1, "ORG"})
			sort.Slice(cs[i], func(a, b int) bool { return cs[i][a].start < cs[i][b].start })
		}
	}
}

// cityAdjs make مدينة and the name after it an official name: مدينة جازان
// الاقتصادية (an economic city), مدينة الأمير سلطان الطبية.
var cityAdjs = foldSet("الاقتصادية", "الصناعية", "الطبية", "الجامعية", "الرياضية", "الإعلامية",
	"الترفيهية", "اللوجستية", "التقنية")

var cityHeads = foldSet("مدينة")

// cities joins مدينة, the place or name after it and such an adjective into
// one place.
func (r *ruleCtx) cities() {
	for i := 0; i+2 < len(r.fw); i++ {
		if !r.headAt(i, hCity) || r.chunkAt(i) >= 0 {
			continue
		}
		j := i + 1
		if k := r.chunkAt(j); k >= 0 {
			if r.cs[k].start != j || r.cs[k].typ == "MISC" {
				continue
			}
			j = r.cs[k].end
		} else if arabicOnly(r.fw[j]) && !r.headAt(j, hAnyHead) && !stopWords[r.fw[j]] {
			j++
		} else {
			continue
		}
		if j < len(r.fw) && cityAdjs[r.fw[j]] && r.chunkAt(j) < 0 {
			r.place(chunk{i, j + 1, "LOC"}, anyChunk)
			i = j
		}
	}
}

// festivalAdjs follow أيام + place in the name of a festival.
var festivalAdjs = foldSet("السينمائية", "المسرحية", "الموسيقية", "الثقافية", "الشعرية",
	"الأدبية", "التجارية", "الدولية", "الفنية", "الكوريغرافية")

var daysHead = foldSet("أيام", "ايام")

// festivals makes أيام and the place right after it (a construct: "the days
// of Carthage") a festival, with its adjective: أيام قرطاج السينمائية (MISC).
func (r *ruleCtx) festivals() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hDays) || r.chunkAt(i) >= 0 {
			continue
		}
		end := r.nameAt(i + 1)
		if k := r.chunkAt(i + 1); k >= 0 && (r.cs[k].start != i+1 || r.cs[k].typ != "LOC") {
			continue
		}
		if end == i+1 {
			continue
		}
		if end < len(r.fw) && festivalAdjs[r.fw[end]] && r.chunkAt(end) < 0 {
			end++
		}
		r.place(chunk{i, end, "MISC"}, func(c chunk) bool { return c.typ == "LOC" })
		i = end - 1
	}
}
