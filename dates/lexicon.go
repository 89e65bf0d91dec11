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

var partCode = [...]string{pMorning: "MO", pNoon: "MI", pAfternoon: "AF", pEvening: "EV", pNight: "NI", pDawn: "MO"}

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

func buildLexicon() map[string]*entry {
	m := map[string]*entry{}
	get := func(w string) *entry {
		w = norm(w)
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	months := []struct {
		n     int
		names string
	}{
		{1, "كانون الثاني|يناير|جانفي|جانفييه|ينير"},
		{2, "شباط|فبراير|فيفري|فبرير"},
		{3, "آذار|مارس"},
		{4, "نيسان|أبريل|إبريل|ابريل|أفريل|افريل|أبريل"},
		{5, "أيار|مايو|ماي|مايس"},
		{6, "حزيران|يونيو|يونيه|جوان|يونيوز"},
		{7, "تموز|يوليو|يوليه|جويلية|جويليه|يوليوز"},
		{8, "آب|أغسطس|اغسطس|أوت|غشت|أغشت"},
		{9, "أيلول|سبتمبر|شتنبر"},
		{10, "تشرين الأول|أكتوبر|اكتوبر|أكتوبر"},
		{11, "تشرين الثاني|نوفمبر|نونبر"},
		{12, "كانون الأول|ديسمبر|دجنبر|دجمبر"},
	}
	for _, mo := range months {
		for _, n := range strings.Split(mo.names, "|") {
			if strings.Contains(n, " ") {
				continue // كانون and تشرين are handled below
			}
			get(n).month = int8(mo.n)
		}
	}
	for _, n := range []string{"آب", "مارس", "ماي", "جوان", "أوت", "مايس", "غشت", "ينير"} {
		get(n).mamb = true
	}
	// كانون and تشرين take an ordinal: the month value is set by the parser.
	get("كانون").hhead = 4
	get("تشرين").hhead = 5
	hmonths := []struct {
		n     int
		names string
	}{
		{1, "محرم|المحرم"}, {2, "صفر"}, {7, "رجب"}, {8, "شعبان"}, {9, "رمضان"}, {10, "شوال"},
	}
	for _, mo := range hmonths {
		for _, n := range strings.Split(mo.names, "|") {
			get(n).hmonth = int8(mo.n)
		}
	}
	for _, n := range []string{"محرم", "صفر", "رجب", "شعبان", "رمضان"} {
		get(n).hamb = true
	}
	get("ربيع").hhead = 1
	get("جمادى").hhead = 2
	get("جمادي").hhead = 2
	for _, n := range []string{"ذو", "ذي", "ذا"} {
		get(n).hhead = 3
	}
	days := []string{"الأحد", "الإثنين|الاثنين|الاتنين|الأثنين", "الثلاثاء|الثلاثا", "الأربعاء|الاربعاء|الأربعا", "الخميس", "الجمعة|الجمعه", "السبت"}
	for d, names := range days {
		for _, n := range strings.Split(names, "|") {
			e := get(n)
			e.wday = int8(d + 1)
			e.wdal = true
			bare := strings.TrimPrefix(norm(n), "ال")
			if bare != "احد" && bare != "جمعه" { // أحد "one", جمعة (a name) stand alone too often
				get(bare).wday = int8(d + 1)
			}
		}
	}
	get("اليوم").rel = rToday
	for _, n := range []string{"أمس", "الأمس", "البارحة"} {
		get(n).rel = rYesterday
	}
	for _, n := range []string{"غدا", "غداً", "الغد", "غد"} {
		get(n).rel = rTomorrow
	}
	get("الليلة").rel = rTonight
	parts := []struct {
		p     int
		names string
	}{
		{pMorning, "صباح|صباحا|الصباح|صبيحة|ضحى|الضحى|صباحاً"},
		{pNoon, "ظهر|ظهرا|الظهر|ظهيرة|الظهيرة|ظهراً"},
		{pAfternoon, "عصر|عصرا|العصر|عصراً"},
		{pEvening, "مساء|مساءا|المساء|مساءً|عشية|مساءاً"},
		{pNight, "ليل|ليلا|الليل|ليلة|ليلاً"},
		{pDawn, "فجر|فجرا|الفجر|فجراً"},
	}
	for _, p := range parts {
		for _, n := range strings.Split(p.names, "|") {
			get(n).part = int8(p.p)
		}
	}
	units := []struct {
		u                 int
		sg, pl, du, extra string
	}{
		{uSecond, "ثانية", "ثوان|ثواني|ثوانٍ", "ثانيتين|ثانيتان", ""},
		{uMinute, "دقيقة", "دقائق", "دقيقتين|دقيقتان", ""},
		{uHour, "ساعة", "ساعات", "ساعتين|ساعتان", ""},
		{uDay, "يوم", "أيام", "يومين|يومان|يومي", "يوما"},
		{uWeek, "أسبوع", "أسابيع", "أسبوعين|أسبوعان", "أسبوعا"},
		{uMonth, "شهر", "أشهر|شهور", "شهرين|شهران", "شهرا"},
		{uYear, "عام|سنة", "أعوام|سنوات|سنين|أعواما", "عامين|عامان|سنتين|سنتان|عامي|سنتي", "عاما|سنه|سنة"},
		{uDecade, "عقد", "عقود", "عقدين|عقدان", "عقدا"},
		{uCentury, "قرن", "قرون", "قرنين|قرنان", "قرنا"},
		{uNight, "ليلة", "ليال|ليالي", "ليلتين|ليلتان", ""},
	}
	for _, u := range units {
		add := func(names string, count int) {
			for _, n := range strings.Split(names, "|") {
				if n == "" {
					continue
				}
				e := get(n)
				e.unit, e.ucount = int8(u.u), int8(count)
				if n == "يومي" || n == "عامي" || n == "سنتي" {
					continue // اليومي is "the daily", not a dual
				}
				e2 := get("ال" + norm(n))
				e2.unit, e2.ucount, e2.ual = int8(u.u), int8(count), true
			}
		}
		add(u.sg, 1)
		add(u.extra, 1)
		add(u.pl, 0)
		add(u.du, 2)
	}
	// عامي/سنتي/يومي are also adjectives or the construct dual; fine.
	cards := []struct {
		n     int
		names string
	}{
		{1, "واحد|واحدة|أحد|إحدى|احدى"},
		{2, "اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنتا|اثنتي"},
		{3, "ثلاث|ثلاثة"}, {4, "أربع|أربعة"}, {5, "خمس|خمسة"}, {6, "ست|ستة"},
		{7, "سبع|سبعة"}, {8, "ثماني|ثمان|ثمانية"}, {9, "تسع|تسعة"}, {10, "عشر|عشرة"},
		{20, "عشرون|عشرين"}, {30, "ثلاثون|ثلاثين"}, {40, "أربعون|أربعين"}, {50, "خمسون|خمسين"},
		{60, "ستون|ستين"}, {70, "سبعون|سبعين"}, {80, "ثمانون|ثمانين"}, {90, "تسعون|تسعين"},
		{100, "مئة|مائة|مئه"}, {200, "مئتين|مائتين|مئتي|مائتي|مئتا|مائتا"}, {1000, "ألف|الف"},
		{2000, "ألفين|ألفي|ألفا"},
	}
	for _, c := range cards {
		for _, n := range strings.Split(c.names, "|") {
			e := get(n)
			e.card = c.n
			e.ten = c.n >= 20 && c.n <= 90
			e.teen = c.n == 10
			if c.n >= 3 && c.n <= 10 {
				get("ال" + n).card = c.n // الأشهر الثلاثة الماضية
			}
		}
	}
	ords := []struct {
		n     int
		names string
	}{
		{1, "الأول|الأولى|أول|الاول"}, {2, "الثاني|الثانية|الآخر|الآخرة|الأخير|ثاني"}, {3, "الثالث|الثالثة|ثالث"},
		{4, "الرابع|الرابعة|رابع"}, {5, "الخامس|الخامسة"}, {6, "السادس|السادسة"}, {7, "السابع|السابعة"},
		{8, "الثامن|الثامنة"}, {9, "التاسع|التاسعة"}, {10, "العاشر|العاشرة"},
		{11, "الحادي|الحادية"}, {20, "العشرين|العشرون"}, {30, "الثلاثين|الثلاثون"},
	}
	for _, o := range ords {
		for _, n := range strings.Split(o.names, "|") {
			e := get(n)
			e.ord = int8(o.n)
			w := norm(n)
			e.ordf = strings.HasSuffix(w, "ه") || w == "الاولي"
		}
	}
	get("الواحدة").ord = 1
	get("الواحدة").ordf = true
	get("الآخر").ord = 2
	get("الأخير").ord = 0 // الأخير is "last", not "second"
	get("الأخيرة").mod = mPast
	get("الأخير").mod = mPast
	get("الأخيرين").mod = mPast
	get("الأخيرة").ord = 2 // جمادى الآخرة is spelled الأخيرة at times; harmless elsewhere
	mods := []struct {
		m     int
		names string
	}{
		{mPast, "الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة|الفائت|الفائتة|المنقضي|المنقضية|الماضيين|الماضيتين|الماضيه|المنصرمين|السالف|الفارط|الفارطة"},
		{mFuture, "المقبل|المقبلة|القادم|القادمة|المقبلين|القادمين|المقبلتين|القادمتين|الآتي|الآتية|المقبله"},
		{mCurrent, "الجاري|الجارية|الحالي|الحالية|الراهن|الراهنة"},
		{mSame, "ذاته|ذاتها|نفسه|نفسها|عينه|عينها"},
		{mNext, "التالي|التالية|اللاحق|اللاحقة"},
	}
	for _, md := range mods {
		for _, n := range strings.Split(md.names, "|") {
			get(n).mod = int8(md.m)
		}
	}
	preps := []struct {
		p     int
		names string
	}{
		{prSince, "منذ|مذ"}, {prBefore, "قبل"}, {prAfter, "بعد"}, {prDuring, "خلال|طوال|طيلة|غضون"},
		{prFor, "لمدة|مدة|مدى|فترة"}, {prUntil, "حتى|إلى|الى|لغاية|ولغاية|وحتى|غاية"}, {prFrom, "من"},
		{prBetween, "بين"}, {prIn, "في|بحلول"}, {prAnd, "و"}, {prOn, "على"}, {prAt, "عند"},
	}
	for _, p := range preps {
		for _, n := range strings.Split(p.names, "|") {
			get(n).prep = int8(p.p)
		}
	}
	xs := []struct {
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
		{xVague, vPast, "مؤخرا|مؤخراً|مؤخّراً|آنفا"},
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
		{xEdge, 1, "مطلع|أوائل|بداية|مستهل|بدايات|أول|مطالع|صدر|فاتحة|افتتاح"},
		{xEdge, 2, "منتصف|أواسط|وسط|منتصفَ"},
		{xEdge, 3, "نهاية|أواخر|آخر|ختام|أواخرَ|نهايات|اواخر|أخر|خواتيم|موفى"},
		{xFirstDay, 0, "غرة|غره|مستهل|فاتح|الفاتح"},
		{xHalf, 0, "النصف|ونصف|نصف|السداسي|السداسية"},
		{xQuarter, 0, "الربع|ربع|ربعا|ربعاً|الثلاثي|الثلاثية"},
		{xThird, 0, "الثلث|والثلث|ثلث|ثلثا|ثلثاً"},
		{xMinus, 0, "إلا|الا"},
		{xDemo, 0, "هذا|هذه|ذلك|تلك"},
		{xAdverb, uDay, "يوميا|يومياً"}, {xAdverb, uWeek, "أسبوعيا|أسبوعياً|اسبوعيا"},
		{xAdverb, uMonth, "شهريا|شهرياً"}, {xAdverb, uYear, "سنويا|سنوياً|سنوياًّ"},
		{xAdverb, uHour, "ساعيا"},
		{xFew, 0, "بضعة|بضع|عدة"},
		{xAge, 0, "العمر|عمره|عمرها|عمرهم|البالغ|البالغة|يبلغ|تبلغ|بعمر|سن|عمر|ابن|ابنة|يناهز|عمرا|عمراً|الأعمار|أعمارهم|أعمار|ذو|عمرهما|البالغين|البالغ"},
		{xFuture, 0, "سوف|المقرر|مقرر|يعتزم|تعتزم|يتوقع|ينتظر|سيكون|ستكون|سيتم|ستعقد|سيعقد|تنطلق|ينطلق|تنعقد|ينعقد|ستنطلق|سينطلق|يفتتح|تفتتح|يبدأ|تبدأ|سيبدأ|ستبدأ|يزور|سيزور"},
		{xQuarterN, 0, "الربع"},
		{xManner, 0, "بشكل|بصورة|بصفة"},
		{xAdj, uDay, "يومية|اليومي|اليومية"}, {xAdj, uWeek, "أسبوعي|أسبوعية|اسبوعي|الأسبوعي|الأسبوعية"}, {xAdj, uMonth, "شهري|شهرية|الشهري|الشهرية"}, {xAdj, uYear, "سنوي|سنوية|السنوي|السنوية"},
		{xApprox, 0, "نحو|حوالي|قرابة|زهاء|حواليْ"},
		{xMore, 0, "أكثر|أقل|اكثر|اقل"},
		{xCentury, 0, "القرن"},
		{xDecadeW, 0, "العقد"},
	}
	for _, x := range xs {
		for _, n := range strings.Split(x.names, "|") {
			e := get(n)
			if e.x != xNone && x.x != xQuarterN {
				// keep the first role; words with two "other" roles are handled by the parser
				continue
			}
			if e.x != xNone && x.x == xQuarterN {
				continue
			}
			e.x, e.val = int8(x.x), int8(x.v)
		}
	}
	return m
}
