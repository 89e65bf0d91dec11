package entity

import "strings"

// Statutes, militias and games (issue 11, session 7; annotator only): a
// Saudi statute named by نظام and its subject (نظام مكافحة التسول, MISC
// like a law, docs/evaluation-realnews.md) where the sentence cites it as
// a text; the group a militia noun names (ميليشيا الحوثي: the group is the
// organisation, the class noun outside); and the names of competitions
// that need no head (المونديال، أولمبياد لندن 2012، يورو 2016).

var (
	// statuteHeads are the indefinite nouns of a statute's name in a
	// construct (نظام العمل "the Labour Law"); with the article or alone
	// they are "the system", "the regime".
	statuteHeads = foldSet("نظام")
	// statuteCues before the head cite a text: a bill, an amendment, a
	// provision, the authority of a statute.
	statuteCues = foldSet("مشروع", "تعديل", "بموجب", "وفق", "وفقا", "أحكام", "لائحة", "اللائحة",
		"التنفيذية", "مواد", "بنود", "إقرار", "اعتماد")
	// articleWords before من cite an article of a text: المادة الثامنة
	// من نظام …
	articleWords = foldSet("المادة", "الفقرة", "البند", "المواد", "مادة", "الماده")
	// statuteEnds describe a statute after its name: the bill "submitted",
	// "issued", "amended", "in force".
	statuteEnds = foldSet("المقدم", "المقدمة", "الصادر", "الصادرة", "المعدل", "المعدلة", "المعمول",
		"النافذ", "النافذة", "المعتمد", "المعتمدة", "المقترح", "المقترحة", "المطور", "المحدث")
	// militiaNouns name a group by what follows them in a construct:
	// ميليشيا الحوثي، مليشيات الحشد الشعبي.
	militiaNouns = foldSet("ميليشيا", "مليشيا", "ميليشيات", "مليشيات")
	// gamesNames are competitions named without a head.
	gamesNames = foldSet("مونديال", "المونديال", "أولمبياد", "الأولمبياد")
	// euroWord is a currency, and with a year the European championship.
	euroWord = fold("يورو")
)

// statutes tags نظام and its subject as a statute where the sentence
// cites a text: after a bill, an amendment or a provision (مشروع نظام
// السجن والتوقيف، تعديل نظام العمل), after "of" an article (المادة
// الثامنة من نظام المرافعات), or coordinated with a statute just named
// (… ونظام رعاية كبار السن). A person, a place or a nationality after the
// head makes a regime (نظام الأسد), not a statute.
func (r *ruleCtx) statutes() {
	last := -10 // end of the last statute of the sentence
	for i := 1; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hStatute) || r.chunkAt(i) >= 0 {
			continue
		}
		if !r.statuteCited(i, last) {
			continue
		}
		end := r.statuteEnd(i + 1)
		if end < 0 {
			continue
		}
		if r.place(chunk{i, end, "MISC"}, func(c chunk) bool { return c.typ == "ORG" || c.typ == "MISC" }) {
			last, i = end, end-1
		}
	}
}

// statuteCited reports whether the head at i is cited as a text.
func (r *ruleCtx) statuteCited(i, last int) bool {
	if r.headAt(i-1, hStatuteCue) {
		return true
	}
	if strings.HasPrefix(r.fw[i], "و") && (last == i || last == i-1 && r.fw[i-1] == "،") {
		return true
	}
	if r.fw[i-1] != "من" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if articleWords[r.fw[k]] {
			return true
		}
	}
	return false
}

// statuteEnd returns the end of a statute's subject starting at j: definite
// words, coordinated definite words, up to two nouns without the article
// before a definite one (مكافحة جرائم المعلوماتية), and organisations
// named in it (نظام مجلس الشورى); -1 when the subject is none of these or
// starts with a person, a place or a nationality.
func (r *ruleCtx) statuteEnd(j int) int {
	if k := r.chunkAt(j); k >= 0 && r.cs[k].typ != "ORG" || r.m.gaz.has("NAT", r.fw[j]) {
		return -1
	}
	end, bare := -1, 0
	for e := j; e < len(r.fw) && e < j+8; e++ {
		w := r.fw[e]
		if k := r.chunkAt(e); k >= 0 {
			if r.cs[k].typ != "ORG" || r.cs[k].start < e {
				break
			}
			e = r.cs[k].end - 1
			end = r.cs[k].end
			continue
		}
		switch {
		case defWord(w) && !r.m.gaz.has("NAT", w) && !genericMods[w] && !statuteEnds[w]:
			end, bare = e+1, 0
			continue
		case e > j && end == e && strings.HasPrefix(w, "و") && defWord(w[len("و"):]):
			end = e + 1
			continue
		case end < 0 && bare < 2 && arabicOnly(w) && !stopWords[w] && !isPrepOrVerb(w) && !r.procliticWord(e):
			bare++
			continue
		}
		break
	}
	if end > j && end < len(r.fw) && openMarks[r.fw[end]] {
		return -1 // a product described before its name in marks
	}
	return end
}

// militias tags the group a militia noun names as an organisation, the
// noun outside: a person the model found there is the group (ميليشيا
// الحوثي), and so is a lone nisba (a family's or a leader's name). A place
// stays a place (ميليشيات إيران); a noun with an adjective is left to the
// model (ميليشيات التمرد الحوثية: the adjective agrees with the militias).
func (r *ruleCtx) militias() {
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hMilitia) || r.chunkAt(i) >= 0 {
			continue
		}
		j := i + 1
		if k := r.chunkAt(j); k >= 0 {
			if c := r.cs[k]; c.start == j && c.typ == "PERS" && c.end-c.start == 1 {
				r.cs[k].typ = "ORG"
			}
			continue
		}
		w := r.fw[j]
		if !defWord(w) || !strings.HasSuffix(w, "ي") || r.m.gaz.has("NAT", w) || genericMods[w] ||
			j+1 < len(r.fw) && defWord(r.fw[j+1]) {
			continue
		}
		r.cs = append(r.cs, chunk{j, j + 1, "ORG"})
		i = j
	}
}

// games tags the competitions named without a head (المونديال، أولمبياد
// لندن 2012) with the place and the year after them, and يورو with a
// year (the European championship, not the currency).
func (r *ruleCtx) games() {
	for i := 0; i < len(r.fw); i++ {
		w := r.fw[i]
		end := i + 1
		switch {
		case r.headAt(i, hGames):
			if end < len(r.fw) && r.headAt(end, hMisc) {
				continue // a class noun before the event's name: مونديال كأس العالم 2022
			}
			if k := r.chunkAt(end); k >= 0 && r.cs[k].start == end && r.cs[k].typ == "LOC" && !strings.HasPrefix(w, "ال") {
				end = r.cs[k].end
			}
		case strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ب") == euroWord && end < len(r.fw) && yearToken(r.fw[end]):
		default:
			continue
		}
		if end < len(r.fw) && yearToken(r.fw[end]) {
			end++
		}
		if k := r.chunkAt(i); k >= 0 && (r.cs[k].start < i || r.cs[k].end > end) {
			continue // inside a longer name
		}
		r.place(chunk{i, end, "MISC"}, anyChunk)
		i = end - 1
	}
}

// sportFedHeads are the national teams and federations that a sport's
// complement after their nationality or scope belongs to; sportNouns the
// nouns of a sport after ل (لكرة القدم، لألعاب القوى).
var (
	sportFedHeads = foldSet("المنتخب", "منتخب", "الاتحاد", "اتحاد")
	sportNouns    = foldSet("لكرة", "لألعاب", "لرياضة", "لرياضات")
)

// sportComplements extends a national team or a federation named with its
// nationality or scope over the sport after it: ل + a sport's noun + a
// definite word (المنتخب الأسباني لكرة القدم، الاتحاد الأوروبي لكرة القدم،
// الاتحاد الدولي لألعاب القوى), and for a team any word with لل and its
// adjective (المنتخب السعودي للبولينج، للكرة الطائرة، للناشئين). A
// federation takes no other complement: دعا الاتحاد الأوروبي للتهدئة.
func (r *ruleCtx) sportComplements() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		head := stripHead(r.fw[c.start], sportFedHeads)
		if c.typ != "ORG" || c.end-c.start != 2 || c.end+1 >= len(r.fw) || head == "" || !adjLike(r.fw[c.end-1]) {
			continue
		}
		w, e := r.fw[c.end], c.end
		switch {
		case sportNouns[w] && defWord(r.fw[c.end+1]):
			e += 2
		case strings.HasSuffix(head, fold("منتخب")) && strings.HasPrefix(w, "لل") && arabicOnly(w) &&
			len([]rune(w)) >= 4 && !stopWords[w]:
			e++
			if e < len(r.fw) && defWord(r.fw[e]) && !genericMods[r.fw[e]] && !r.m.gaz.has("NAT", r.fw[e]) {
				e++ // للكرة الطائرة
			}
		default:
			continue
		}
		if r.place(chunk{c.start, e, "ORG"}, func(o chunk) bool { return o.typ == "ORG" || o.start >= c.end }) {
			k = -1 // r.cs was rebuilt
		}
	}
}

// possessedEnds are the pronoun suffixes of a possessed noun, as written
// (ه، ها، هم، هما، هن; ة is the feminine ending, not a pronoun).
var possessedEnds = []string{"ه", "ها", "هم", "هما", "هن"}

// nameEdges ends a name after a definite adjective before a noun with a
// pronoun suffix (بنك قطر الوطني أرباحه: "its profits" is no part of the
// bank's name), and extends a place named with a place head over الدولي
// (مطار القاهرة الدولي).
func (r *ruleCtx) nameEdges() {
	for k, c := range r.cs {
		if c.typ == "PERS" || c.end-c.start < 3 {
			continue
		}
		last, prev := r.words[c.end-1], r.fw[c.end-2]
		if !defWord(prev) || !adjLike(prev) || definite(r.fw[c.end-1]) {
			continue
		}
		for _, p := range possessedEnds {
			if strings.HasSuffix(last, p) {
				r.cs[k].end--
				break
			}
		}
	}
	for k, c := range r.cs {
		if c.typ != "PERS" && c.end-c.start >= 3 && trailingDescribers[r.fw[c.end-1]] {
			r.cs[k].end--
		}
	}
	for k, c := range r.cs {
		if c.typ != "LOC" || c.end >= len(r.fw) || !r.headAt(c.start, hLoc) || r.chunkAt(c.end) >= 0 {
			continue
		}
		if w := r.fw[c.end]; w == fold("الدولي") || w == fold("الدولية") {
			r.cs[k].end++
		}
	}
}

// trailingDescribers refer back or relate, and end no name: مجلس الأمن
// الأخير (the last one: a resolution's), مجلس الوزراء المتعلق (a decision
// of it "concerning"), عيد الفطر السعيد (a wish: the feast is عيد الفطر;
// not a stop word, since السعيد is also a family name).
var trailingDescribers = foldSet("الأخير", "الأخيرة", "المتعلق", "المتعلقة", "المذكور", "المذكورة",
	"نفسه", "نفسها", "ذاته", "ذاتها", "السعيد", "السعيدة",
	// "former", of the title before the body: رئيس الديوان الملكي الأسبق
	"الأسبق", "الأسبقة")

// channelNouns are the class nouns of a broadcaster (قناة الجزيرة، شبكة
// الجزيرة): a listed media name after them is the organisation, the noun
// outside. Other words after them are no name of this rule (قناة السويس,
// شبكة الإنترنت).
var channelNouns = foldSet("قناة", "شبكة", "تلفزيون", "إذاعة")

// channels types a listed media name after a broadcaster's class noun as
// an organisation.
func (r *ruleCtx) channels() {
	for i := 0; i+1 < len(r.fw); i++ {
		if stripHead(r.fw[i], channelNouns) == "" || r.chunkAt(i) >= 0 {
			continue
		}
		if n := r.pressAt(i + 1); n > 0 {
			r.place(chunk{i + 1, i + 1 + n, "ORG"}, func(c chunk) bool { return c.typ != "PERS" })
			i += n
		}
	}
}

// trailingPreposition ends a name before its last word when that word is ل
// and a noun without the article, with at least two words before it: a
// name goes on with لل or ل + a noun and a definite word, never ends on ل +
// a bare noun (إقليم الأمن الوطني بصفاقس | لمراسل).
func (r *ruleCtx) trailingPreposition() {
	for k, c := range r.cs {
		if c.typ == "PERS" || c.end-c.start < 3 {
			continue
		}
		w := r.fw[c.end-1]
		if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لل") || !arabicOnly(w) || r.m.known(w) || !r.procliticWord(c.end-1) {
			continue
		}
		r.cs[k].end--
	}
}

// occupationNouns are nouns of a person's occupation (normalised forms):
// no organisation is named after ل + one of them, which addresses a person
// (… بصفاقس لمراسل الجوهرة: the reporter of an outlet).
var occupationNouns = map[string]bool{"مراسل": true, "مراسله": true, "مدرب": true, "لاعب": true,
	"كاتب": true, "شاعر": true, "فنان": true, "فنانه": true, "مخرج": true, "مغني": true,
	"صحفي": true, "صحفيه": true, "باحث": true, "خبير": true, "محلل": true}

// occupationSplit ends an organisation before ل + an occupation noun inside
// it, and keeps what follows the noun as an organisation of its own when it
// is a definite word or more (إقليم الأمن الوطني بصفاقس | لمراسل |
// الجوهرة).
func (r *ruleCtx) occupationSplit() {
	n := len(r.cs)
	for k := 0; k < n; k++ {
		c := r.cs[k]
		if c.typ != "ORG" {
			continue
		}
		for i := c.start + 2; i < c.end; i++ {
			w := r.fw[i]
			if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لل") || !occupationNouns[strings.TrimPrefix(w, "ل")] {
				continue
			}
			r.cs[k].end = i
			if i+1 < c.end && strings.HasPrefix(r.fw[i+1], "ال") {
				r.cs = append(r.cs, chunk{i + 1, c.end, "ORG"})
			}
			break
		}
	}
}

// regionGovernments leaves a region's or a town's government to its place:
// حكومة + a listed place that is no country is the place (حكومة إقليم
// كردستان → إقليم كردستان, LOC), as the annotated sets do; a country's
// government is one ORG (stateBodies).
func (r *ruleCtx) regionGovernments() {
	for k, c := range r.cs {
		if c.typ != "ORG" || c.end-c.start < 2 || !r.headAt(c.start, hGov) {
			continue
		}
		n, classes := r.m.gaz.match(r.fw, c.start+1)
		if c.start+1+n != c.end || gazType(classes) != "LOC" || inClasses(classes, "LOC.country") {
			continue
		}
		r.cs[k] = chunk{c.start + 1, c.end, "LOC"}
	}
}

// bareClubs drops a one-word organisation that is a club's name without
// its article: the clubs are named with it (الهلال، النصر), and the bare
// word is the common noun (رؤية هلال شهر شوال: the crescent).
func (r *ruleCtx) bareClubs() {
	out := r.cs[:0]
	for _, c := range r.cs {
		w := r.fw[c.start]
		if c.typ == "ORG" && c.end-c.start == 1 && !definite(w) && arabicOnly(w) &&
			(r.m.gaz.has("ORG.club.x", fold("ال")+w) || r.m.gaz.has("ORG.club", fold("ال")+w)) {
			continue
		}
		out = append(out, c)
	}
	r.cs = out
}

var (
	// regulationHeads are the definite nouns of a regulation that a
	// statute or a body issues: اللائحة، اللوائح (folded, without proclitics).
	regulationHeads = foldSet("لائحة", "لوائح")
	// regulationKinds are the adjectives that make one regulation of a
	// named statute or body (اللائحة التنفيذية لنظام …، اللائحة الداخلية
	// لمجلس …، اللوائح المنظمة لبرنامج …): the executive, internal,
	// organising, technical, general one.
	regulationKinds = foldSet("التنفيذية", "التنظيمية", "الداخلية", "المنظمة", "الفنية", "العامة", "الأساسية", "الموحدة")
)

// regulations tags a regulation named by its kind and what it regulates
// as a text (MISC, like a statute): the definite head, one or two kind
// adjectives and a complement with ل (a statute, a body, a programme,
// an activity), over up to two nouns without the article and the definite
// words and coordinated definite words after them (اللائحة التنفيذية
// لنظام المنشآت الطبية الخاصة، اللائحة العامة للمسابقات الرياضية). A
// bare «اللائحة الجديدة» or «لائحة الوظائف» (a list, a menu) is no name.
func (r *ruleCtx) regulations() {
	for i := 0; i+2 < len(r.fw); i++ {
		w := r.fw[i]
		if !regulationHeads[cliticRest(w)] || !withArticle(w) {
			continue
		}
		j := i + 1
		for j < len(r.fw) && j < i+3 && regulationKinds[r.fw[j]] {
			j++
		}
		if j == i+1 || j >= len(r.fw) || !strings.HasPrefix(r.fw[j], "ل") || !arabicOnly(r.fw[j]) || r.fw[j] == "لل" {
			continue
		}
		end := r.regulationEnd(j)
		if end <= j {
			continue
		}
		if r.place(chunk{i, end, "MISC"}, func(c chunk) bool { return c.typ != "PERS" }) {
			i = end - 1
		}
	}
}

// regulationEnd returns the end of a regulation's complement that starts
// at j with ل: the ل word, up to two more nouns without the article, then
// definite words and coordinated definite words; -1 when no definite word
// follows an indefinite one.
func (r *ruleCtx) regulationEnd(j int) int {
	end, bare := -1, 0
	if defWord(strings.TrimPrefix(r.fw[j], "ل")) || strings.HasPrefix(r.fw[j], "لل") {
		end = j + 1
	} else {
		bare = 1
	}
	for e := j + 1; e < len(r.fw) && e < j+8; e++ {
		w := r.fw[e]
		switch {
		case defWord(w) && !stopWords[w] && !statuteEnds[w] && !timeWords[w] && !r.m.gaz.has("TTL", w):
			end, bare = e+1, 0
			continue
		case end == e && strings.HasPrefix(w, "و") && defWord(w[len("و"):]) && !stopWords[w[len("و"):]]:
			end = e + 1
			continue
		case end < 0 && bare < 3 && arabicOnly(w) && !stopWords[w] && !isPrepOrVerb(w) && !r.procliticWord(e):
			bare++
			continue
		}
		break
	}
	return end
}

// textHeads are the indefinite nouns of a law, a decree or an agreement.
var textHeads = foldSet("قانون", "نظام", "قرار", "مرسوم", "اتفاقية", "اتفاق", "وثيقة", "ميثاق", "معاهدة")

// textDescriptions drops a name that is an indefinite text's head followed
// by a purpose with ل or a verb (قانون لتجريم الغش "a law to
// criminalise …"، قانون يحمي المستهلكين): a description of a text, which a
// name would give in a construct (قانون تجريم …، قانون المالية).
func (r *ruleCtx) textDescriptions() {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.end-c.start >= 2 && textHeads[r.fw[c.start]] {
			next := r.fw[c.start+1]
			if strings.HasPrefix(next, "ل") && arabicOnly(next) && !r.m.known(next) || isPrepOrVerb(next) {
				continue
			}
		}
		out = append(out, c)
	}
	r.cs = out
}
