package quotes

// Session 12, quote recall: announcements of an act with their verbal
// noun (أعلنت الوزارة إطلاق …، الهيئة تعلن بدء …), the verb دان
// (condemned) beside أدان, and welcome with its object (رحّب بـ)
// (docs/quotes.md, "Session 12").

import (
	"strings"

	"github.com/rasid/rasid"
)

// announcedAct reports whether token k can open the verbal noun of an act
// announced (أعلنت الوزارة إطلاق حملة، أعلن اكتمال الاستعدادات): a content
// noun in construct, not a time or a count (أعلن يوم الأحد عطلة). The
// guidelines of the real-copy sets since train13 annotate an announcement
// with verbal-noun content as a quote of the announcer (docs/evaluation-
// realnews.md; the earlier ones left nominal announcements out).
func (f *finder) announcedAct(k int) bool {
	if k >= len(f.toks) || !f.contentNoun(k) || issueTimes[f.toks[k].Norm] || notAnnounced[f.keys[k]] {
		return false
	}
	// the noun must name an act: a verbal noun by its shape or an act noun
	// (أعلنت الوزارة إطلاق …، بدء …) — not a thing or a state (أعلنت
	// الوزارة جدول الامتحانات، أعلن الرئيس حالة الطوارئ، أسعار المنتجات)
	if w := f.toks[k].Words[0]; !actNouns[f.keys[k]] && !simpleActs[f.keys[k]] && !derivedVerbalNoun(f.keys[k], w) && !simpleVerbalNoun(f.keys[k], w) {
		return false
	}
	// a verbal noun in construct: a noun, a number or a quoted name follows
	// (إطلاق حملة، بدء التسجيل، تجهيز «1263» مركزاً) — not an adjective
	// (أعلنت الحركة فلاناً زعيماً جديداً: a role given, two objects) nor a
	// preposition (أعلنت قيادات في …: the subject)
	if k+1 >= len(f.toks) {
		return false
	}
	n := f.toks[k+1]
	switch n.Kind {
	case rasid.Number:
		return true
	case rasid.Arabic:
		return len(n.Words) > 0 && (n.Words[0].UPOS == "NOUN" || n.Words[0].UPOS == "PROPN") && f.cues[k+1].class == noCue
	}
	return f.isQuoteMark(k + 1)
}

// notAnnounced are nouns after أعلن that name no act: times, counts and
// the words of a list (أعلن عدد المصابين، أعلن أسماء الفائزين are
// figures and lists, not statements).
var notAnnounced = setOf("يوم", "عدد", "اسماء", "اسم", "موعد", "قائمة", "نتائج", "نتيجة", "حصيلة", "ساعة", "شهر", "عام", "مساء", "صباح",
	// things and states: a table, a crew, a line-up, a price, a state
	"جدول", "طاقم", "تشكيلة", "سعر", "حالة", "وقت", "مكان")

// danForms are the past forms of دان (condemned: دان المجلس الهجوم), cues
// like أدان's (condemnVerbs) when their object follows (weakCues).
var danForms = setOf("دان", "دانت", "دانوا")

// condemnAfterSubject returns the object of the condemnation verb at i
// that follows the subject ending at j, when the subject is closed by a
// comma (أدان الرئيس فلان، الهجوم) or is a definite noun with its definite
// adjectives (أدانت الجمعية الخيرية التفجير); 0 when there is none.
func (f *finder) condemnAfterSubject(i, j int, subject bool) int {
	if !condemnVerbs[f.keys[i]] || j+2 >= len(f.toks) {
		return 0
	}
	if subject && (f.inName[j] || definiteWord(f.toks[j].Norm)) && f.isComma(j+1) && f.condemnObject(i, j+2) {
		return j + 2
	}
	if j != i+1 || !definiteWord(f.toks[j].Norm) || f.cues[j].class != noCue || f.isVerb(j) {
		return 0
	}
	k := j + 1
	for k < len(f.toks) && k-j <= 3 && f.definiteAdj(k) {
		k++
	}
	if k > j+1 && f.condemnObject(i, k) {
		return k
	}
	return 0
}

// definiteAdj reports a definite adjective by the morphology layer
// (الخيرية، الأمريكي) outside a name.
func (f *finder) definiteAdj(k int) bool {
	t := f.toks[k]
	return t.Kind == rasid.Arabic && strings.HasPrefix(t.Norm, "ال") && len(t.Words) == 1 && t.Words[0].UPOS == "ADJ"
}

// bareWelcome reports a form of رحّب with neither إن/أن nor a colon after
// it whose ب-object holds no content (رحّب بهم، رحّب بجميع الحضور): then it
// is no cue — nor "as X welcomed" after كما.
func (f *finder) bareWelcome(i int) bool {
	c := f.cues[i]
	if !welcomeForms[f.keys[i]] || c.class == noCue {
		return false
	}
	bd := f.cueBound(i, c)
	if bd.comp >= 0 || bd.colon >= 0 || f.hasComplementNear(i, maxSlot) {
		return false // (رحّب فلان بالخطوة، معتبراً أنها …: the participle's verb)
	}
	if f.unassertedWelcome(i) {
		return true
	}
	_, _, ok := f.prepVerbalNoun(i, c, bd)
	return !ok
}

// unassertedWelcome reports a welcome that reports no stance taken: in a
// relative clause (الدول التي رحبت بالاتفاق: the welcome describes the
// noun before it), denied (لا ترحب بالحرب، لم يرحب) or a possibility
// (قد يرحبون بالخطوة: قد before an imperfect).
func (f *finder) unassertedWelcome(i int) bool {
	if i == 0 || f.toks[i-1].Kind != rasid.Arabic {
		return false
	}
	p := f.toks[i-1].Norm
	if relativePronouns[p] || welcomeNegations[p] {
		return true
	}
	k := f.keys[i]
	imperfect := strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ت")
	return imperfect && (p == "قد" || p == "وقد")
}

// relativePronouns open a relative clause; welcomeNegations deny the verb
// after them.
var (
	relativePronouns = setOf("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")
	welcomeNegations = setOf("لا", "لم", "لن", "ما", "ولا", "ولم", "ولن")
)

// welcomeObject reports whether the word w after ب (its article removed:
// bare) is something a welcome takes a stance on: a statement, decision
// or act noun (بالبيان، بقرار، بالاتفاق، بالخطوة) or a singular verbal noun
// of a derived verb (بتوقيع، بإطلاق، باستئناف) — not people or things
// (رحب الأمير بالضيوف، رحب الوزير بالحضور، بالوفد).
func welcomeObject(bare string, w rasid.Word) bool {
	return actNouns[bare] || derivedVerbalNoun(bare, w)
}

// actNouns are nouns of statements, decisions and acts: what one welcomes
// or announces.
var actNouns = setOf("بيان", "بيانات", "قرار", "قرارات", "اتفاق", "اتفاقية", "اتفاقيات", "خطوة", "خطوات", "مبادرة", "مبادرات",
	"هدنة", "دعوة", "دعوات", "اعلان", "تصريح", "تصريحات", "موقف", "مواقف", "جهود", "مقترح", "مقترحات", "اقتراح", "توصية", "توصيات",
	"تعهد", "تعهدات", "وعد", "حكم", "اجراء", "اجراءات", "تدابير", "اصلاحات", "عفو", "صفقة", "تسوية", "مصالحة", "وساطة", "نداء", "رسالة",
	"خطاب", "كلمة", "مشروع", "خطة", "برنامج", "حملة", "قمة", "زيارة", "انتخاب", "تشكيل", "مفاوضات", "محادثات", "حوار", "عودة", "وقف")

// simpleActs are verbal nouns of three-letter verbs that name an act
// announced (أعلنت الوزارة بدء التسجيل، منع التجول، فوز الفريق): the
// shape of these verbal nouns tells them from no other noun, so they are
// listed.
var simpleActs = setOf("بدء", "فتح", "منع", "رفع", "حظر", "فرض", "فوز", "دعم", "رفض", "خفض", "سحب", "حل", "طرح", "نشر", "ضبط",
	"قتل", "مقتل", "زيادة", "نجاح", "فشل", "قبول", "وصول", "خروج", "دخول", "تاجيل", "الغاء", "بيع", "شراء", "صرف", "عقد", "ترحيل", "مصرع", "وفاة", "ضم", "رد", "مد")

// derivedVerbalNoun reports a singular noun whose letters fit the verbal
// noun of a derived verb around its root (إفعال: إطلاق، تفعيل: تجهيز،
// افتعال: اختيار، انفعال: انطلاق، استفعال: استئناف، مفاعلة: مشاركة،
// تفاعل: تراجع، تفعّل: توقف; إفعالة of a hollow root: إقامة، إعادة). A
// plural of the shape of إفعال (أسعار، أخبار) is no verbal noun: the
// morphology layer's number tells them apart.
func derivedVerbalNoun(bare string, w rasid.Word) bool {
	if strings.Contains(w.Feats, "Number=Plur") || strings.Contains(w.Feats, "Number=Dual") {
		return false
	}
	r := []rune(w.Root)
	if len(r) == 0 {
		r = []rune("???") // a root the morphology layer does not know: any letters
	}
	if len(r) != 3 {
		return false
	}
	n := []rune(bare)
	for _, pat := range verbalNounShapes {
		if fitShape(n, pat, r) {
			return true
		}
	}
	return false
}

// simpleVerbalNoun reports a singular noun whose letters fit a common
// verbal noun of a three-letter verb around its known root (فَعْل: دفن،
// ضم; فُعول: حصول; فِعال: قيام; فِعالة: زيارة). These shapes hold nouns
// of things too (جدول، سعر), so they serve only after أعلن, where the
// construct and notAnnounced narrow them, not after رحّب (بالوفد،
// بالحضور are people).
func simpleVerbalNoun(bare string, w rasid.Word) bool {
	r := []rune(w.Root)
	if len(r) != 3 || strings.Contains(w.Feats, "Number=Plur") || strings.Contains(w.Feats, "Number=Dual") {
		return false
	}
	n := []rune(bare)
	for _, pat := range simpleShapes {
		if fitShape(n, pat, r) {
			return true
		}
	}
	return false
}

// simpleShapes are the shapes of simpleVerbalNoun (1, 2, 3: the root).
var simpleShapes = [][]rune{[]rune("123"), []rune("12و3"), []rune("12ا3"), []rune("12ا3ة")}

// verbalNounShapes are the shapes of derived verbal nouns: 1, 2, 3 stand
// for the root's letters.
var verbalNounShapes = [][]rune{
	[]rune("ا12ا3"), []rune("ا12ا3ة"), []rune("ت12ي3"), []rune("ا1ت2ا3"), []rune("ان12ا3"), []rune("است12ا3"),
	[]rune("م1ا23ة"), []rune("ت1ا23"), []rune("ت123"), []rune("ا1ا3ة"), []rune("است1ا3ة"),
}

// fitShape reports whether the letters n fit the shape pat around the root
// r; a hamza or a weak letter of the root matches any hamza seat or weak
// letter.
func fitShape(n, pat, r []rune) bool {
	if len(n) != len(pat) {
		return false
	}
	for x, c := range pat {
		switch c {
		case '1', '2', '3':
			if rc := r[c-'1']; rc != '?' && !sameRootLetter(n[x], rc) {
				return false
			}
		default:
			if n[x] != c {
				return false
			}
		}
	}
	return true
}

// sameRootLetter compares a letter of a word with one of its root.
func sameRootLetter(a, b rune) bool {
	if a == b {
		return true
	}
	const weak = "اويءأإآئؤى"
	return strings.ContainsRune(weak, a) && strings.ContainsRune(weak, b)
}

// stockRuns are the stock circumstances that may stand between a cue and
// the preposition or the verbal noun of its content (مشيراً في هذا الصدد
// إلى …، وأكد، من ناحية أخرى، ضرورة …): circumstanceRuns and the phrases
// of "at the same time" and "on the other hand".
var stockRuns = append([][]string{
	{"في", "الوقت", "نفسه"}, {"في", "الوقت", "ذاته"}, {"في", "نفس", "الوقت"}, {"في", "ذات", "الوقت"},
	{"من", "ناحية", "اخري"}, {"من", "جهة", "اخري"}, {"من", "جهة", "ثانية"}, {"من", "ناحية", "ثانية"},
}, beforeSubjectRuns...)

// stockRunEnd returns the token after a stock circumstance starting at k
// (a comma before and after it included), before se; k when none starts
// there.
func (f *finder) stockRunEnd(k, se int) int {
	from := k
	if from < se && from < len(f.toks) && f.isComma(from) {
		from++
	}
	for _, run := range stockRuns {
		e := from
		for _, w := range run {
			if e >= se || e >= len(f.toks) || f.toks[e].Norm != w {
				e = -1
				break
			}
			e++
		}
		if e < 0 {
			continue
		}
		if e < se && e < len(f.toks) && f.isComma(e) {
			e++
		}
		return e
	}
	return k
}

// bareDan reports a form of دان with no condemnation object after it
// (verbVerbalNoun): دان is a name too (دان براون), so it is a cue only with
// its object (دان المجلس الهجوم).
func (f *finder) bareDan(i int) bool {
	c := f.cues[i]
	if !danForms[f.keys[i]] || c.class == noCue {
		return false
	}
	_, _, ok := f.verbVerbalNoun(i, c, f.cueBound(i, c))
	return !ok
}
