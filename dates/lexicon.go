package dates

import "strings"

// Units of time, as used in durations and relative expressions.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
	uNight
)

// Relative modifiers that follow a noun (الماضي "last", المقبل "next",
// الجاري "current", ذاته "the same").
const (
	mNone = iota
	mPast
	mFuture
	mCurrent
	mSame
	mNext        // التالي "the following": anaphoric
	mFutureOrNow // no modifier, but the sentence speaks of the future
)

// Parts of the day, with their TimeML codes.
const (
	pNone = iota
	pMorning
	pNoon
	pAfternoon
	pEvening
	pNight
	pDawn
)

// Relative days.
const (
	rNone = iota
	rToday
	rYesterday
	rTomorrow
	rTonight
)

// Other word classes.
const (
	xNone     = iota
	xYearG    // م ميلادي: Gregorian year marker
	xYearH    // هـ هجري: Hijri year marker
	xArticle  // الـ written apart from its number
	xEvery    // كل
	xHour     // الساعة (the clock hour)
	xZone     // بتوقيت
	xVague    // الآن حاليا مؤخرا قريبا: val = vPresent…
	xDecade   // الستينيات: val = decade digit
	xSeason   // الصيف: val = season
	xEdge     // مطلع أواخر منتصف نهاية: span extenders
	xFirstDay // غرة: first day of a (Hijri) month
	xHalf     // والنصف
	xQuarter  // والربع / الربع
	xThird    // والثلث
	xExcept   // إلا
	xDemo     // هذا هذه
	xAdverb   // يوميا أسبوعيا: val = unit
	xFew      // بضعة
	xAge      // العمر عمره البالغ: an age follows
	xMinus    // الا (except) in times
	xMinuteW  // دقيقة after a number in a time
	xPeriod   // الفترة: "the period"
	xQuarterN // ربع (quarter of a year)
	xFuture   // سوف، المقرر: future cue
	xDayWord  // يوم (day): handled as unit too
	xMonthW   // شهر
	xYearW    // عام سنة
	xWeekW    // أسبوع
	xCentury  // القرن
	xDecadeW  // العقد
	xManner   // بشكل بصورة: a frequency adjective follows (بشكل يومي)
	xAdj      // أسبوعي شهري سنوي: frequency adjectives, val = unit
	xApprox   // نحو حوالي قرابة: before a duration
	xMore     // أكثر أقل: before من and a duration
	xVagueN   // الموسم اللحظة الوقت: nouns of vague references (vaguePhrase)
	xFeast    // عيد: a feast named in full (عيد الفطر) as a time (feastNamed)
	xMorrow   // غداة: the day after an event (eventEve)
	xTerm     // الفصل: a quarter of a year when a year follows (termQuarter)
)

// Prepositions and signals.
const (
	prNone  = iota
	prSince // منذ
	prBefore
	prAfter
	prDuring // خلال
	prFor    // لمدة
	prUntil  // حتى، إلى، لغاية
	prFrom   // من
	prBetween
	prIn  // في
	prAnd // و as a separate word
	prOn  // على (مدى)
	prAt  // عند
)

const (
	vPresent = iota + 1
	vPast
	vFuture
)

var vagueValue = [...]string{vPresent: "PRESENT_REF", vPast: "PAST_REF", vFuture: "FUTURE_REF"}

// entry is what the lexicon knows about one normalised word form. A word can
// have several roles (اليوم is "today" and the unit "day" with the article).
type entry struct {
	month  int8 // Gregorian month 1–12
	mamb   bool // the month name is also a common word (آب "father", مارس "practised")
	hmonth int8 // Hijri month 1–12 (one-word names)
	hhead  int8 // first word of a two-word Hijri month: 1 ربيع, 2 جمادى, 3 ذو
	hamb   bool // the Hijri month name is also a common word or name (صفر "zero", رجب)
	wday   int8 // weekday + 1 (1 = Sunday)
	wdal   bool // weekday written with the article
	rel    int8 // relative day
	part   int8 // part of the day
	unit   int8 // unit of time
	ucount int8 // count carried by the form: 1 singular, 2 dual, 0 plural
	ual    bool // unit written with the article
	card   int  // cardinal number value
	ten    bool // the cardinal is a tens word (عشرون…) that follows a unit with و
	teen   bool // عشر/عشرة after a unit: +10
	ord    int8 // ordinal value 1–10, 20, 30
	ordf   bool // feminine ordinal (الثالثة): used for clock hours
	mod    int8 // relative modifier
	prep   int8 // preposition
	x      int8 // other class
	val    int8 // value for x
}

var lexicon = buildLexicon()

func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isIgnorable(r) {
			continue
		}
		b.WriteRune(foldLetter(r))
	}
	return b.String()
}

// lexBuilder collects the entries of the lexicon under their normalised
// forms.
type lexBuilder map[string]*entry

// get returns the entry of w, creating it.
func (m lexBuilder) get(w string) *entry {
	w = norm(w)
	e := m[w]
	if e == nil {
		e = &entry{}
		m[w] = e
	}
	return e
}

// each calls f with every spelling of l.
func (l nameList) each(f func(n string)) {
	for _, n := range strings.Split(l.names, "|") {
		f(n)
	}
}

// buildLexicon fills the lexicon from the word tables, one word class
// after the other.
func buildLexicon() map[string]*entry {
	m := lexBuilder{}
	m.addMonths()
	m.addWeekdays()
	m.addRelDays()
	for _, l := range partNames {
		l.each(func(n string) { m.get(n).part = int8(l.n) })
	}
	m.addUnits()
	m.addNumbers()
	for _, l := range modifierNames {
		l.each(func(n string) { m.get(n).mod = int8(l.n) })
	}
	for _, l := range prepNames {
		l.each(func(n string) { m.get(n).prep = int8(l.n) })
	}
	m.addOthers()
	return m
}

// addMonths adds the Gregorian and Hijri month names.
func (m lexBuilder) addMonths() {
	for _, l := range monthNames {
		l.each(func(n string) {
			if !strings.Contains(n, " ") { // كانون and تشرين are handled below
				m.get(n).month = int8(l.n)
			}
		})
	}
	for _, n := range monthAmbiguous {
		m.get(n).mamb = true
	}
	// كانون and تشرين take an ordinal: the month value is set by the parser.
	m.get("كانون").hhead = 4
	m.get("تشرين").hhead = 5
	for _, l := range hijriMonthNames {
		l.each(func(n string) { m.get(n).hmonth = int8(l.n) })
	}
	for _, n := range hijriAmbiguous {
		m.get(n).hamb = true
	}
	m.get("ربيع").hhead = 1
	m.get("جمادى").hhead = 2
	m.get("جمادي").hhead = 2
	for _, n := range []string{"ذو", "ذي", "ذا"} {
		m.get(n).hhead = 3
	}
}

// addWeekdays adds the weekdays, with the article and (but for أحد and
// جمعة, which stand alone too often as "one" and a name) without it.
func (m lexBuilder) addWeekdays() {
	for d, names := range weekdayNames {
		for _, n := range strings.Split(names, "|") {
			e := m.get(n)
			e.wday = int8(d + 1)
			e.wdal = true
			bare := strings.TrimPrefix(norm(n), "ال")
			if bare != "احد" && bare != "جمعه" {
				m.get(bare).wday = int8(d + 1)
			}
		}
	}
}

// addRelDays adds اليوم، أمس، غدا، الليلة.
func (m lexBuilder) addRelDays() {
	m.get("اليوم").rel = rToday
	for _, n := range []string{"أمس", "الأمس", "البارحة"} {
		m.get(n).rel = rYesterday
	}
	for _, n := range []string{"غدا", "غداً", "الغد", "غد"} {
		m.get(n).rel = rTomorrow
	}
	m.get("الليلة").rel = rTonight
}

// addUnits adds the units of time with the count their form carries, each
// also with the article.
func (m lexBuilder) addUnits() {
	for _, u := range unitNames {
		m.addUnit(u.u, u.sg, 1)
		m.addUnit(u.u, u.extra, 1)
		m.addUnit(u.u, u.pl, 0)
		m.addUnit(u.u, u.du, 2)
	}
	// عامي/سنتي/يومي are also adjectives or the construct dual; fine.
	// A season of sport or of a trade comes once a year: a count of
	// seasons is a count of years (4 مواسم، موسمين، الموسمين الماضيين → P4Y,
	// P2Y). The singular and the plural with the article (الموسم، المواسم)
	// stay vague nouns (seasonRef), not units: الموسم المقبل has no dates
	// in the text.
	m.addUnit(uYear, "موسمين|موسمان", 2)
	for _, n := range []string{"مواسم", "موسما"} {
		e := m.get(n)
		e.unit, e.ucount = uYear, 0
		if n == "موسما" {
			e.ucount = 1
		}
	}
}

func (m lexBuilder) addUnit(u int, names string, count int) {
	for _, n := range strings.Split(names, "|") {
		if n == "" {
			continue
		}
		e := m.get(n)
		e.unit, e.ucount = int8(u), int8(count)
		if n == "يومي" || n == "عامي" || n == "سنتي" {
			continue // اليومي is "the daily", not a dual
		}
		e2 := m.get("ال" + norm(n))
		e2.unit, e2.ucount, e2.ual = int8(u), int8(count), true
	}
}

// addNumbers adds cardinals and ordinals in words.
func (m lexBuilder) addNumbers() {
	for _, c := range cardinalNames {
		c.each(func(n string) {
			e := m.get(n)
			e.card = c.n
			e.ten = c.n >= 20 && c.n <= 90
			e.teen = c.n == 10
			if c.n >= 3 && c.n <= 90 {
				// الأشهر الثلاثة الماضية، الخمسين سنة الأخيرة (session 10:
				// the tens too; العشرين and الثلاثين stay ordinals as well)
				m.get("ال" + n).card = c.n
			}
		})
	}
	for _, o := range ordinalNames {
		o.each(func(n string) {
			e := m.get(n)
			e.ord = int8(o.n)
			w := norm(n)
			e.ordf = strings.HasSuffix(w, "ه") || w == "الاولي"
		})
	}
	m.get("الواحدة").ord = 1
	m.get("الواحدة").ordf = true
	m.get("الآخر").ord = 2
	m.get("الأخير").ord = 0 // الأخير is "last", not "second"
	m.get("الأخيرة").mod = mPast
	m.get("الأخير").mod = mPast
	m.get("الأخيرين").mod = mPast
	m.get("الأخيرة").ord = 2 // جمادى الآخرة is spelled الأخيرة at times; harmless elsewhere
}

// addOthers adds the other word classes; a word keeps the first of them.
func (m lexBuilder) addOthers() {
	for _, x := range otherNames {
		for _, n := range strings.Split(x.names, "|") {
			e := m.get(n)
			if e.x != xNone {
				// keep the first role; words with two "other" roles are handled by the parser
				continue
			}
			e.x, e.val = int8(x.x), int8(x.v)
		}
	}
}

// The lexicon is built from the tables below, one per word class, in this
// order; a later table adds a role to a word an earlier one holds.

// nameList is a value and the spellings that carry it, separated by |.
type nameList struct {
	n     int
	names string
}

// monthNames are the Gregorian months in the Levantine and Iraqi (شباط),
// Egyptian and Gulf (فبراير), Tunisian and Algerian (فيفري) and Moroccan
// and Mauritanian (فبراير، غشت، دجنبر) series, with the spellings of copy:
// hamza or ya (فبرائر/فبراير), long vowels written or not (أوكتوبر،
// سيبتمبر، أغسطوس), ڤ for v (نوڤمبر), n for m before b (نوفنبر). Alef
// and ya variants fold in norm.
var monthNames = []nameList{
	{1, "كانون الثاني|يناير|ينائر|جانفي|جانفييه|ينير"},
	{2, "شباط|فبراير|فبرائر|فيبراير|فيفري|فيڤري|ڤبراير|فبرير"},
	{3, "آذار|مارس"},
	{4, "نيسان|أبريل|إبريل|ابريل|أبرايل|أفريل|افريل|أبريل"},
	{5, "أيار|مايو|ماي|مايس"},
	{6, "حزيران|يونيو|يونيه|جوان|يونيوز"},
	{7, "تموز|يوليو|يوليه|جويلية|جويليه|يوليوز"},
	{8, "آب|أغسطس|اغسطس|أغسطوس|أوغسطس|أغستس|أوت|غشت|أغشت"},
	{9, "أيلول|سبتمبر|سيبتمبر|سبتمير|شتنبر"},
	{10, "تشرين الأول|أكتوبر|اكتوبر|أوكتوبر|أكتوبير"},
	{11, "تشرين الثاني|نوفمبر|نوڤمبر|نوفنبر|نوفمير|نونبر"},
	{12, "كانون الأول|ديسمبر|دسمبر|ديسيمبر|ديسمير|دجنبر|دجمبر"},
}

// monthAmbiguous are month names that are also common words.
var monthAmbiguous = []string{"آب", "مارس", "ماي", "جوان", "أوت", "مايس", "غشت", "ينير"}

var hijriMonthNames = []nameList{
	{1, "محرم|المحرم"}, {2, "صفر"}, {7, "رجب"}, {8, "شعبان"}, {9, "رمضان"}, {10, "شوال"},
}

// hijriAmbiguous are Hijri month names that are also common words or names.
var hijriAmbiguous = []string{"محرم", "صفر", "رجب", "شعبان", "رمضان"}

// weekdayNames are the weekdays with the article, Sunday first.
var weekdayNames = []string{"الأحد", "الإثنين|الاثنين|الاتنين|الأثنين", "الثلاثاء|الثلاثا", "الأربعاء|الاربعاء|الأربعا", "الخميس", "الجمعة|الجمعه", "السبت"}

var partNames = []nameList{
	{pMorning, "صباح|صباحا|الصباح|صبيحة|ضحى|الضحى|صباحاً"},
	{pNoon, "ظهر|ظهرا|الظهر|ظهيرة|الظهيرة|ظهراً"},
	{pAfternoon, "عصر|عصرا|العصر|عصراً"},
	{pEvening, "مساء|مساءا|المساء|مساءً|عشية|مساءاً"},
	{pNight, "ليل|ليلا|الليل|ليلة|ليلاً"},
	{pDawn, "فجر|فجرا|الفجر|فجراً"},
}

// unitNames are the units with their singular, plural, dual and other
// singular spellings.
var unitNames = []struct {
	u                 int
	sg, pl, du, extra string
}{
	{uSecond, "ثانية", "ثوان|ثواني|ثوانٍ", "ثانيتين|ثانيتان", ""},
	{uMinute, "دقيقة", "دقائق", "دقيقتين|دقيقتان", ""},
	{uHour, "ساعة", "ساعات", "ساعتين|ساعتان", ""},
	{uDay, "يوم", "أيام", "يومين|يومان|يومي", "يوما"},
	{uWeek, "أسبوع", "أسابيع", "أسبوعين|أسبوعان", "أسبوعا"},
	{uMonth, "شهر", "أشهر|شهور", "شهرين|شهران", "شهرا"},
	{uYear, "عام|سنة", "أعوام|سنوات|سنين|أعواما|سنينا", "عامين|عامان|سنتين|سنتان|عامي|سنتي", "عاما|سنه|سنة"},
	{uDecade, "عقد", "عقود|عقودا", "عقدين|عقدان", "عقدا"},
	{uCentury, "قرن", "قرون", "قرنين|قرنان", "قرنا"},
	{uNight, "ليلة", "ليال|ليالي", "ليلتين|ليلتان", ""},
}

var cardinalNames = []nameList{
	{1, "واحد|واحدة|أحد|إحدى|احدى"},
	{2, "اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنتا|اثنتي"},
	{3, "ثلاث|ثلاثة"}, {4, "أربع|أربعة"}, {5, "خمس|خمسة"}, {6, "ست|ستة"},
	{7, "سبع|سبعة"}, {8, "ثماني|ثمان|ثمانية"}, {9, "تسع|تسعة"}, {10, "عشر|عشرة"},
	{20, "عشرون|عشرين"}, {30, "ثلاثون|ثلاثين"}, {40, "أربعون|أربعين"}, {50, "خمسون|خمسين"},
	{60, "ستون|ستين"}, {70, "سبعون|سبعين"}, {80, "ثمانون|ثمانين"}, {90, "تسعون|تسعين"},
	{100, "مئة|مائة|مئه"}, {200, "مئتين|مائتين|مئتي|مائتي|مئتا|مائتا"}, {1000, "ألف|الف"},
	{2000, "ألفين|ألفي|ألفا"},
}

var ordinalNames = []nameList{
	{1, "الأول|الأولى|أول|الاول"}, {2, "الثاني|الثانية|الآخر|الآخرة|الأخير|ثاني"}, {3, "الثالث|الثالثة|ثالث"},
	{4, "الرابع|الرابعة|رابع"}, {5, "الخامس|الخامسة|خامس"}, {6, "السادس|السادسة|سادس"}, {7, "السابع|السابعة|سابع"},
	{8, "الثامن|الثامنة|ثامن"}, {9, "التاسع|التاسعة|تاسع"}, {10, "العاشر|العاشرة|عاشر"},
	{11, "الحادي|الحادية"}, {20, "العشرين|العشرون"}, {30, "الثلاثين|الثلاثون"},
}

var modifierNames = []nameList{
	{mPast, "الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة|الفائت|الفائتة|المنقضي|المنقضية|الماضيين|الماضيتين|الماضيه|المنصرمين|السالف|الفارط|الفارطة"},
	{mFuture, "المقبل|المقبلة|القادم|القادمة|المقبلين|القادمين|المقبلتين|القادمتين|الآتي|الآتية|المقبله"},
	{mCurrent, "الجاري|الجارية|الحالي|الحالية|الراهن|الراهنة"},
	{mSame, "ذاته|ذاتها|نفسه|نفسها|عينه|عينها"},
	{mNext, "التالي|التالية|اللاحق|اللاحقة"},
}

var prepNames = []nameList{
	{prSince, "منذ|مذ"}, {prBefore, "قبل"}, {prAfter, "بعد"}, {prDuring, "خلال|طوال|طيلة|غضون"},
	{prFor, "لمدة|مدة|مدى|فترة"}, {prUntil, "حتى|إلى|الى|لغاية|ولغاية|وحتى|غاية"}, {prFrom, "من"},
	{prBetween, "بين"}, {prIn, "في|بحلول"}, {prAnd, "و"}, {prOn, "على"}, {prAt, "عند"},
}

// otherNames are the other word classes (x) with their value.
var otherNames = []struct {
	x, v  int
	names string
}{
	{xYearG, 0, "م|ميلادي|ميلادية|للميلاد|الميلادي|الميلادية"},
	{xYearH, 0, "ه|هـ|هجري|هجرية|للهجرة|الهجري|الهجرية|هجرياً"},
	{xArticle, 0, "ال"},
	{xEvery, 0, "كل"},
	{xHour, 0, "الساعة|تمام"},
	{xZone, 0, "بتوقيت|توقيت|بالتوقيت|التوقيت"},
	{xVague, vPresent, "الآن|حاليا|حالياً|الان"},
	{xVague, vPast, "مؤخرا|مؤخراً|مؤخّراً|آنفا|حديثا|حديثاً"},
	{xVague, vPast, "آنذاك|انذاك|حينذاك|حينئذ|وقتئذ|وقتها|حينها"},
	{xVague, vFuture, "قريبا|قريباً|مستقبلا|مستقبلاً|لاحقا|لاحقاً"},
	{xDecade, 1, "العشرينيات|العشرينات"}, {xDecade, 3, "الثلاثينيات|الثلاثينات"},
	{xDecade, 4, "الأربعينيات|الأربعينات"}, {xDecade, 5, "الخمسينيات|الخمسينات"},
	{xDecade, 6, "الستينيات|الستينات"}, {xDecade, 7, "السبعينيات|السبعينات"},
	{xDecade, 8, "الثمانينيات|الثمانينات"}, {xDecade, 9, "التسعينيات|التسعينات"},
	{xDecade, 1, "عشرينيات|عشرينات"}, {xDecade, 3, "ثلاثينيات|ثلاثينات"},
	{xDecade, 4, "أربعينيات|أربعينات"}, {xDecade, 5, "خمسينيات|خمسينات"},
	{xDecade, 6, "ستينيات|ستينات"}, {xDecade, 7, "سبعينيات|سبعينات"},
	{xDecade, 8, "ثمانينيات|ثمانينات"}, {xDecade, 9, "تسعينيات|تسعينات"},
	{xSeason, 1, "الربيع|ربيع"}, {xSeason, 2, "الصيف|صيف|الصائفة|صائفة"}, {xSeason, 3, "الخريف|خريف"}, {xSeason, 4, "الشتاء|شتاء"},
	{xSeason, 1, "الربيعية|الربيعيه"}, {xSeason, 2, "الصيفية|الصيفيه"}, {xSeason, 3, "الخريفية|الخريفيه"}, {xSeason, 4, "الشتوية|الشتويه"},
	{xEdge, 1, "مطلع|أوائل|بداية|مستهل|بدايات|أول|مطالع|فاتحة|افتتاح"}, // not صدر: far more often the verb "was issued" (صدر عام 1395)
	{xEdge, 2, "منتصف|أواسط|وسط|منتصفَ"},
	{xEdge, 3, "نهاية|أواخر|آخر|ختام|أواخرَ|نهايات|اواخر|أخر|خواتيم|موفى|انقضاء|انتهاء|إنتهاء"},
	{xFirstDay, 0, "غرة|غره|مستهل|فاتح|الفاتح"},
	{xHalf, 0, "النصف|ونصف|نصف|السداسي|السداسية"},
	{xQuarter, 0, "الربع|ربع|ربعا|ربعاً|الثلاثي|الثلاثية|الربعين"},
	{xThird, 0, "الثلث|والثلث|ثلث|ثلثا|ثلثاً"},
	{xMinus, 0, "إلا|الا"},
	{xDemo, 0, "هذا|هذه|ذلك|تلك|ذاك"},
	{xAdverb, uDay, "يوميا|يومياً"}, {xAdverb, uWeek, "أسبوعيا|أسبوعياً|اسبوعيا"},
	{xAdverb, uMonth, "شهريا|شهرياً"}, {xAdverb, uYear, "سنويا|سنوياً|سنوياًّ"},
	{xAdverb, uHour, "ساعيا"},
	{xFew, 0, "بضعة|بضع|عدة"},
	{xAge, 0, "العمر|عمره|عمرها|عمرهم|البالغ|البالغة|يبلغ|تبلغ|بعمر|سن|عمر|ابن|ابنة|يناهز|عمرا|عمراً|الأعمار|أعمارهم|أعمار|ذو|عمرهما|البالغين|البالغ"},
	{xFuture, 0, "المفترض|المرتقب|المرتقبة|مرتقب|مرتقبة|المنتظرة|المقررة|مقررة|المزمع|المزمعة|مزمع|مزمعة|سوف|المقرر|مقرر|يعتزم|تعتزم|يتوقع|ينتظر|سيكون|ستكون|سيتم|ستعقد|سيعقد|تنطلق|ينطلق|تنعقد|ينعقد|ستنطلق|سينطلق|يفتتح|تفتتح|يبدأ|تبدأ|سيبدأ|ستبدأ|يزور|سيزور"},
	{xQuarterN, 0, "الربع"},
	{xManner, 0, "بشكل|بصورة|بصفة"},
	{xAdj, uDay, "يومية|اليومي|اليومية"}, {xAdj, uWeek, "أسبوعي|أسبوعية|اسبوعي|الأسبوعي|الأسبوعية"}, {xAdj, uMonth, "شهري|شهرية|الشهري|الشهرية"}, {xAdj, uYear, "سنوي|سنوية|السنوي|السنوية"},
	{xApprox, 0, "نحو|حوالي|قرابة|زهاء|حواليْ"},
	{xMore, 0, "أكثر|أقل|اكثر|اقل"},
	{xVagueN, 0, "الموسم|المواسم|اللحظة|الوقت|الفترة|الآونة|وقت|المرحلة|قادم|مقبل|فيما|حد|المدى|عطلة|إجازة|موسم|تاريخه|ذات|الحقبة|يومنا|وقتنا|عصرنا|زمننا|أيامنا|العصور|مناسبة|زماننا|المستقبل|لحظات|برهة|حين"},
	{xVague, vPast, "سابقا|سابقاً|أخيرا|أخيراً|اخيرا"},
	{xVague, vPast, "قديما|قديماً|قديمًا"},
	{xCentury, 0, "القرن"},
	{xDecadeW, 0, "العقد"},
	{xFeast, 0, "عيد|العيد"},
	{xTerm, 0, "الفصل|الفصلين"},
	{xMorrow, 0, "غداة"},
}
