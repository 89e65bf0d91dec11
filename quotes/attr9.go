package quotes

import (
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Session 9, who the speaker is: words after a cue that cannot be its
// subject, and stock circumstances between a verb and its subject.

// ownerNouns are nouns that name people or bodies even with a possessive
// pronoun (محاميه، زوجته، نائبه، أنصاره، إدارته): the subject of a verb of
// saying, unlike a thing owned (فكرتها، التزامه، تعازيه).
var ownerNouns = setOf("محامي", "محام", "محامو", "نائب", "مساعد", "متحدث", "ناطق", "ممثل", "رئيس", "مدير", "عضو",
	"اعضاء", "مسؤول", "مسؤولو", "انصار", "مؤيد", "مؤيدو", "اتباع", "ابناء", "اهل", "اهالي", "اصدقاء", "صديق", "زميل",
	"زملاء", "فريق", "اسرة", "عائلة", "ذوو", "ذوي", "وكيل", "مستشار", "قائد", "قادة", "مدرب", "لاعب", "لاعبو", "رفيق",
	"رفاق", "جمهور", "جماهير", "ادارة", "حكومة", "جيش", "قوات", "حزب", "وزارة", "شركة", "مكتب", "امين", "طبيب",
	"مهندس", "خبراء", "خبير", "موكل", "شريك", "شركاء", "خصم", "خصوم", "منافس", "ضيف", "معلم", "طالب", "طلاب",
	"ولد", "اولاد", "اطفال", "بنت", "حفيد", "حفيدة", "والد", "والدة", "شقيق", "شقيقة", "ابن", "ابنة", "نجل", "نجلة",
	"زوج", "زوجة", "عم", "عمة", "خال", "خالة", "جد", "جدة", "ام", "اب", "اخ", "اخت", "اخو", "ابو", "رب", "سفير",
	"سفارة", "وزير", "متحدثة", "ناطقة", "ممثلة", "رئيسة", "مديرة", "نائبة", "مساعدة", "مستشارة", "صديقة", "زميلة",
	"جار", "جيران", "اقارب", "قريب", "قريبة", "رجال", "عناصر", "مقاتلو", "مقاتلي", "سكان", "مصادر", "مصدر",
	"مراسل", "مراسلة", "ادارتها", "مجلس", "لجنة", "هيئة", "منظمة", "بلدية", "وكالة", "صحيفة", "قناة", "موقع",
	"اتحاد", "نادي", "جمعية", "مؤسسة", "مركز", "جامعة", "كلية", "مدرسة", "دولة", "بلد", "بلاد", "شعب", "نواب",
	"مسؤولي", "قيادة", "قيادات", "كوادر", "موظفو", "موظفي", "عمال", "لاعبي", "مجموعة", "قوة", "عروس", "عريس",
	"خطيب", "خطيبة", "حبيب", "حبيبة", "صاحب", "صاحبة", "رفيقة", "طفل", "طفلة", "ضحية", "ضحايا", "انصار", "جارة")

// notAgentWord reports whether the word at k, right after a verb of saying
// or a participle's verb, cannot be its subject: a circumstantial adjective
// or an adverb in the accusative (وتابعت متحمسة، وقال صراحةً) or a noun
// owned by the unwritten subject (وشرحت فكرتها قائلة، وأكد التزامه،
// ونقل خالص تعازيه). A name, a person or a body is never one.
func (f *finder) notAgentWord(k int) bool {
	if k >= len(f.toks) {
		return false
	}
	t := f.toks[k]
	if t.Kind != rasid.Arabic || f.agentTok[k] || f.inName[k] || len(t.Words) == 0 {
		return false
	}
	if personTitles[f.keys[k]] || sourceHeads[f.keys[k]] || kinNouns[f.keys[k]] || roleWords[f.keys[k]] {
		return false
	}
	ws := t.Words
	if len(ws) == 1 && !strings.HasPrefix(t.Norm, "ال") {
		w := ws[0]
		if w.UPOS == "ADJ" && strings.Contains(w.Feats, "Case=Acc") && strings.Contains(w.Feats, "Definite=Ind") &&
			k+1 < len(f.toks) && !f.isWord(k+1) {
			return true // وتابعت متحمسة: «…»
		}
		if (w.UPOS == "ADJ" || w.UPOS == "NOUN" || w.UPOS == "ADV") && strings.Contains(f.text[t.Start:t.End], "\u064b") &&
			k+1 < len(f.toks) && (!f.isWord(k+1) || f.isComp(k+1)) {
			return true // وقال صراحةً إن
		}
		return false
	}
	last := ws[len(ws)-1]
	if last.UPOS != "PRON" || !strings.Contains(last.Feats, "Case=Gen") {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if w.UPOS == "ADP" || w.UPOS == "CCONJ" {
			continue
		}
		if w.UPOS != "NOUN" {
			return false
		}
		n := normalize.String(w.Form)
		n = strings.TrimPrefix(n, "ال")
		if strings.HasSuffix(n, "و") {
			return false // رافعوها، منتقدوه: a plural of people in construct
		}
		return !ownerNouns[n] && !ownerNouns[strings.TrimSuffix(n, "ة")+"ة"]
	}
	return false
}

// ownedPhrase reports whether the phrase [a, b) opens with a word that
// is no subject (notAgentWord), or with an adjective of quality in
// construct with such a noun (خالص تعازيه، بالغ سعادته), and names no
// one.
func (r *resolver) ownedPhrase(a, b int) bool {
	f := r.f
	if a >= b || r.hasAgent(a, b) {
		return false
	}
	if f.notAgentWord(a) {
		return true
	}
	return a+1 < b && len(f.toks[a].Words) == 1 && f.toks[a].Words[0].UPOS == "ADJ" &&
		!strings.HasPrefix(f.toks[a].Norm, "ال") && f.notAgentWord(a+1) && len(f.toks[a+1].Words) > 1
}

// circumstanceRuns are the stock circumstances written between a verb of
// saying and its subject (ويشير في هذا الصدد رئيس الجمعية، وأعلن من جهته
// الاتحاد): each a run of normalised words.
var circumstanceRuns = [][]string{
	{"من", "جهته"}, {"من", "جهتها"}, {"من", "جهتهم"}, {"من", "جانبه"}, {"من", "جانبها"}, {"من", "جانبهم"},
	{"من", "ناحيته"}, {"من", "ناحيتها"}, {"في", "هذا", "الصدد"}, {"في", "هذا", "السياق"}, {"في", "هذا", "الاطار"},
	{"في", "السياق", "ذاته"}, {"في", "السياق", "نفسه"}, {"في", "الصدد", "ذاته"}, {"في", "الاطار", "ذاته"},
	{"بدوره"}, {"بدورها"}, {"بدورهم"}, {"ايضا"}, {"كذلك"}, {"بدوره", "ايضا"},
}

// resumptiveRuns are the prepositions with a pronoun that take up an
// indefinite noun before a verb in an asyndetic relative clause (اتصالاً
// هاتفياً أكدا خلاله …، برقية عبّر فيها عن …، مقالاً أشار فيه إلى …): a
// circumstance between the verb and its subject or content.
var resumptiveRuns = [][]string{
	{"خلاله"}, {"خلالها"}, {"خلالهما"}, {"فيه"}, {"فيها"}, {"فيهما"},
}

// beforeSubjectRuns are the runs afterCircumstance steps over.
var beforeSubjectRuns = append(circumstanceRuns[:len(circumstanceRuns):len(circumstanceRuns)], resumptiveRuns...)

// resumptiveAfter reports whether the verb at i is followed by a
// resumptive preposition (resumptiveRuns): it opens a relative clause
// whose subject, when none follows, is the subject of the clause before.
func (f *finder) resumptiveAfter(i int) bool {
	if i+1 >= len(f.toks) {
		return false
	}
	for _, run := range resumptiveRuns {
		if f.toks[i+1].Norm == run[0] {
			return true
		}
	}
	return false
}

// afterCircumstance returns the token after a stock circumstance that
// starts at from and is followed by a word that may open a subject (not a
// preposition, إن/أن, a cue or punctuation); from itself otherwise.
func (f *finder) afterCircumstance(from, limit int) int {
	for _, run := range beforeSubjectRuns {
		k := from
		for _, w := range run {
			if k >= limit || k >= len(f.toks) || f.toks[k].Norm != w {
				k = -1
				break
			}
			k++
		}
		if k < 0 {
			continue
		}
		if k < limit && f.isComma(k) {
			k++
		}
		if k >= limit || !f.isWord(k) || f.isComp(k) || f.cues[k].class != noCue || stopSlot[f.keys[k]] ||
			stopSlot[f.toks[k].Norm] || f.prepFirst(k) || !f.agentWord(k) {
			return from
		}
		return k
	}
	return from
}

// subjectOfOwner resolves the subject of the verb at v whose slot holds an
// owned noun (كان الحزب … أكد دعمه): the subject between كان and the verb,
// or the one before the verb at the start of its clause.
func (r *resolver) subjectOfOwner(v int) (rasid.Speaker, bool) {
	f := r.f
	s0, _ := f.sentRange(v)
	if k := f.kanBefore(v, s0); k >= 0 && k+1 < v {
		a, b := k+1, v
		for b > a && !f.isWord(b-1) {
			b-- // the comma after the subject
		}
		if a < b {
			if sp, ok := r.phrase(a, b, false); ok {
				return rasid.Speaker{Name: sp.Name}, true
			}
		}
	}
	if a, b, ok := f.subjectBefore(v); ok {
		if sp, ok := r.phrase(a, b, false); ok {
			return rasid.Speaker{Name: sp.Name}, true
		}
	}
	return rasid.Speaker{}, false
}

// quotedNameBefore returns the opening mark of a short name in quote marks
// that ends right before token a, after a name noun (صحيفة "الأيام"،
// قناة «الجزيرة»), or -1.
func (f *finder) quotedNameBefore(a, s0 int) int {
	c := a - 1
	if c <= s0 || !f.isQuoteMark(c) {
		return -1
	}
	for o := c - 1; o > s0 && c-o <= 5; o-- {
		if f.isQuoteMark(o) {
			if o == c-1 || !nameNouns[f.keys[o-1]] {
				return -1
			}
			return o
		}
		if !f.isWord(o) || f.cues[o].class != noCue || f.isComp(o) {
			return -1
		}
	}
	return -1
}

// pronounSubject resolves a verb cue after إلا أنه / غير أنها / لكنه: the
// pronoun refers to the subject of the clause before in the sentence, the
// first person, organisation or place named in it (ورغم أن الوزير فلان لم
// يذكر …، إلا أنه قال; لم تعلق الوزارة …، لكنها قالت).
func (r *resolver) pronounSubject(cue int) (rasid.Speaker, bool) {
	f := r.f
	p := cue - 1
	if p < 1 || len(r.ents) == 0 {
		return rasid.Speaker{}, false
	}
	s0, _ := f.sentRange(cue)
	n := f.toks[p].Norm
	switch {
	case n == "لكنه" || n == "لكنها" || n == "لكنهم" || n == "ولكنه" || n == "ولكنها" || n == "ولكنهم":
	case (n == "انه" || n == "انها" || n == "انهم") && p-1 >= s0 && (f.toks[p-1].Norm == "الا" || f.toks[p-1].Norm == "غير"):
		p--
	default:
		return rasid.Speaker{}, false
	}
	if p <= s0 {
		return rasid.Speaker{}, false
	}
	lo, hi := f.toks[s0].Start, f.toks[p].Start
	for _, e := range r.ents {
		if e.Start < lo || e.End > hi {
			if e.Start >= hi {
				break
			}
			continue
		}
		if e.Type != rasid.PER && e.Type != rasid.ORG && e.Type != rasid.LOC {
			continue
		}
		a, b := f.tokenAt(e.Start), f.tokenAt(e.End-1)+1
		if a < b && a >= s0 && !f.inQuote[a] {
			return r.phrase(a, b, false)
		}
	}
	return rasid.Speaker{}, false
}

// sameWords follow a data noun or precede it to refer back to one named
// before (البلاغ ذاته، نص البلاغ، نفس التقرير).
var sameWords = setOf("ذاته", "ذاتها", "نفسه", "نفسها", "المذكور", "المذكورة")

// dataStem is the data noun at k without its article or preposition
// (الإحصائية، للتقرير → إحصائية، تقرير), "" for another word.
func (f *finder) dataStem(k int) string {
	if f.toks[k].Kind != rasid.Arabic || !f.dataNoun(k) {
		return ""
	}
	n := f.keys[k]
	for _, p := range []string{"ال", "لل", "ل", "ب"} {
		if m := strings.TrimPrefix(n, p); m != n && dataNouns[m] {
			return m
		}
	}
	if m, ok := strings.CutSuffix(n, "ا"); ok && dataNouns[m] {
		return m // تقريراً: the accusative of a document published
	}
	return n
}

// dataAnaphor resolves a data noun with the article that refers back (وأوضحت
// الإحصائية، وجاء في نص البلاغ، حسب التقرير ذاته) to the author the
// document gave the same noun before (أظهرت إحصائية أعدها مركز …): the
// author speaks through it.
func (r *resolver) dataAnaphor(a, b int) (rasid.Speaker, bool) {
	f := r.f
	if a < b && (f.toks[a].Norm == "نص" || f.toks[a].Norm == "نفس" || f.toks[a].Norm == "ذات") {
		a++
	}
	if a >= b || !definite(f.keys[a]) {
		return rasid.Speaker{}, false
	}
	stem := f.dataStem(a)
	if c, ok := f.containerNoun(a, b); ok {
		// المعطيات الواردة بالتقرير: the data of a report speak through
		// the report, whose author the document gave before
		stem, a = c, b
	} else if stem == "بيان" || stem == "بيانات" {
		return rasid.Speaker{}, false // a statement stays as written
	}
	if stem == "" {
		return rasid.Speaker{}, false
	}
	for k := a + 1; k < b; k++ {
		if !sameWords[f.toks[k].Norm] && !f.adjectiveWord(k) {
			return rasid.Speaker{}, false // التقرير الصادر عن …: read by the author rules
		}
	}
	if r.inData {
		return rasid.Speaker{}, false
	}
	r.inData = true
	defer func() { r.inData = false }()
	tried := 0
	for k := a - 1; k >= 0 && a-k < 1500 && tried < 4; k-- {
		if f.keys[k] == "" || f.dataStem(k) != stem {
			continue
		}
		tried++
		_, se := f.sentRange(k)
		pa, pb := 0, 0
		if j, issued := f.dataVerb(k+1, se); issued {
			// إحصائية أعدها مركز …، تقرير صادر عن الوزارة
			if j < se && (f.toks[j].Norm == "عن" || f.toks[j].Norm == "من") {
				j++
			}
			if j < se && f.isWord(j) && !f.isComp(j) {
				pa, pb = f.speakerPhrase(j, se)
			}
		} else if ka, kb, ok := f.relativeAuthor(k, k+1); ok && k+1 < se && (definite(f.keys[k+1]) || f.isComma(k+1)) {
			// not after an object (وأوضح البيان حجم الخسائر التي …)
			pa, pb = ka, kb // التقرير الخاص بـ…، الذي أصدره مركز …
		} else if v, ok := f.issuingVerbBefore(k); ok {
			// نشرت الشبكة … تقريراً: the subject of the verb of issuing,
			// up to a date (أصدرت منظمة العام الماضي تقريراً)
			pa, pb = f.speakerPhrase(v+1, f.beforeDate(v+1, k))
		}
		if pa >= pb || !f.dataAuthor(pa, pb) {
			continue
		}
		if sp, ok := r.phrase(pa, pb, false); ok && sp.Name != "" {
			return rasid.Speaker{Name: sp.Name, Span: sp.Span}, true
		}
	}
	return rasid.Speaker{}, false
}

// containedWords follow data inside a document: المعطيات الواردة
// بالتقرير، الأرقام المضمنة في الدراسة.
var containedWords = setOf("الوارد", "الواردة", "المضمن", "المضمنة", "المتضمنة", "المنشور", "المنشورة", "الموجود", "الموجودة")

// containerNoun reads the phrase [a, b) as data contained in a document
// named right after it (المعطيات الواردة بالتقرير نفسه، البيانات الواردة
// في التقرير): the phrase is a data noun and a participle of containing;
// it returns the document's stem when it is a report or a study (a
// statement, البيان, stays as written).
func (f *finder) containerNoun(a, b int) (string, bool) {
	if b != a+2 || b >= len(f.toks) || !containedWords[f.keys[a+1]] {
		return "", false
	}
	c := b
	if f.keys[c] == "في" || f.keys[c] == "ضمن" {
		c++
	}
	if c >= len(f.toks) || f.toks[c].Kind != rasid.Arabic {
		return "", false
	}
	n := f.keys[c]
	if c == b {
		m, ok := strings.CutPrefix(n, "ب")
		if !ok {
			return "", false
		}
		n = m
	}
	m, ok := strings.CutPrefix(n, "ال")
	if !ok || !dataNouns[m] || m == "بيان" || m == "بيانات" {
		return "", false
	}
	return m, true
}

// beforeDate returns the first token in [a, b) that a date mention of the
// document covers, b if none.
func (f *finder) beforeDate(a, b int) int {
	for _, dm := range f.d.Dates {
		if dm.End <= f.toks[a].Start || dm.Start >= f.toks[b-1].End {
			continue
		}
		for k := a; k < b; k++ {
			if f.toks[k].End > dm.Start {
				return k
			}
		}
	}
	return b
}

// issuingVerbs publish or prepare a document whose author is their
// subject: نشرت الشبكة تقريراً، أصدرت الوزارة دراسة.
var issuingVerbs = setOf("اصدر", "اصدرت", "نشر", "نشرت", "اعد", "اعدت", "وزع", "وزعت", "اطلق", "اطلقت")

// issuingVerbBefore finds the verb of issuing whose object is the data
// noun at k, with its subject between them (نشرت الشبكة السورية لحقوق
// الإنسان تقريراً): the verb within eight words before k, in its sentence,
// no punctuation between.
func (f *finder) issuingVerbBefore(k int) (int, bool) {
	if strings.HasPrefix(f.keys[k], "ال") {
		return 0, false
	}
	for v := k - 1; v >= 0 && k-v <= 8; v-- {
		if !f.isWord(v) || f.toks[v].Kind != rasid.Arabic {
			return 0, false
		}
		if issuingVerbs[stripConj(f.keys[v])] {
			return v, v+1 < k
		}
	}
	return 0, false
}

// definite reports a word with the article, also after ل or ب (التقرير،
// للتقرير، بالتقرير).
func definite(k string) bool {
	return strings.HasPrefix(k, "ال") || strings.HasPrefix(k, "لل") || strings.HasPrefix(k, "بال")
}
