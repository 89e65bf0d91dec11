package dates

import (
	"testing"
	"time"
)

// TestSession16Classes covers the classes found on the date errors of
// train28 (held out in session 15, never read by a rule writer), then
// train29–train31, with sentences written for these tests and several
// publication dates. want is "text|kind|value[|ref][|timex=…]" per
// mention, joined by "; ".
func TestSession16Classes(t *testing.T) {
	jul := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday, Shawwal 1436
	aug := time.Date(2015, 8, 8, 0, 0, 0, 0, time.UTC)  // a Saturday
	jan := time.Date(2017, 1, 2, 0, 0, 0, 0, time.UTC)  // a Monday, early in the year
	tests := []findCase{
		{"منذ looks back: a day or a weekday after it is past, whatever future-looking word comes before", jul,
			"سيظل المعبر مغلقا كما هو منذ 29 يونيو، وستبقى المدارس معطلة منذ الأحد",
			"29 يونيو|date|2015-06-29; الأحد|date|2015-07-19"},
		{"منذ and a month late in the year, written early in the next one", jan,
			"ستبقى الأسعار مرتفعة منذ ديسمبر",
			"ديسمبر|date|2016-12"},
		{"a range of months without a year told in the past is the last occurrence", aug,
			"هبطت الأسعار سبعة أسابيع متتالية بين نوفمبر وديسمبر، ثم ارتفعت من 10 إلى 20 أكتوبر",
			"سبعة أسابيع|duration|P7W; بين نوفمبر وديسمبر|range|2014-11/2014-12; من 10 إلى 20 أكتوبر|range|2014-10-10/2014-10-20"},
		{"a range of months without a year across the new year, told in the past", aug,
			"تراجعت المبيعات في الفترة بين نوفمبر ويناير",
			"بين نوفمبر ويناير|range|2014-11/2015-01"},
		{"a range of months without a year in the future, or with no sign of tense, stays the nearest", aug,
			"ستقام المعارض بين نوفمبر وديسمبر، والموسم بين أكتوبر ويناير",
			"بين نوفمبر وديسمبر|range|2015-11/2015-12; بين أكتوبر ويناير|range|2015-10/2016-01"},
		{"the delivery month of a futures contract is this month or one ahead, in a report told in the past", aug,
			"وتراجع سعر الذهب في العقود الآجلة تسليم ديسمبر، وهبط الخام لتسليم «سبتمبر»، وارتفع في ديسمبر",
			"ديسمبر|date|2015-12; سبتمبر|date|2015-09; ديسمبر|date|2014-12"},
		{"a delivery month early in the year, written late in the year before", time.Date(2016, 11, 8, 0, 0, 0, 0, time.UTC),
			"وانخفضت عقود البن تسليم مارس",
			"مارس|date|2017-03"},
		{"a Hijri month's name after خلال/طوال is the month, whatever word follows; صفر there is zero", jul,
			"وزعت الجمعية السلال خلال رمضان بمعدل ألف سلة، وعمل الفريق طوال شعبان بجد، وتوقف العداد خلال صفر ثانية",
			"رمضان|date|2015-06-18/2015-07-16; شعبان|date|2015-05-19/2015-06-17"},
		{"خواتيم and أواخر أيام of a Hijri month are its last ten days, as أواخر", jul,
			"زار أقاربه في خواتيم رمضان، وسافر أواخر أيام رمضان المنصرم",
			"خواتيم رمضان|date|2015-07-08/2015-07-16; أواخر أيام رمضان المنصرم|date|2015-07-08/2015-07-16"},
		{"أواخر أيام before no month is not read; بداية من is still «as from»", jul,
			"تعب في أواخر أيام الدراسة، وتطبق القواعد بداية من سنة 2018",
			"بداية من سنة 2018|date|2018"},
		{"two years after بين with the later first are a comparison, two dates; in order they stay a range", aug,
			"قارن التقرير بين عامي 2015 و2014، وتراجعت المبيعات بين عامي 2010 و2014",
			"عامي 2015|date|2015; 2014|date|2014; بين عامي 2010 و2014|range|2010/2014"},
		{"years before Christ count down: a later number first is still a range", aug,
			"حكم الملك البلاد بين عامي 1971 و1928 قبل الميلاد",
			"بين عامي 1971 و1928 قبل الميلاد|range|-1970/-1927"},
		{"هذا اليوم after a part of the day or a clock time is today; a weekday after it stays its own mention", time.Date(2015, 8, 3, 0, 0, 0, 0, time.UTC),
			"تلقى المركز البلاغ عند الساعة 8:58 من صباح هذا اليوم الاثنين، ووصل الوفد مساء هذا اليوم، وفي هذا اليوم نتذكر الراحلين",
			"الساعة 8:58 من صباح هذا اليوم|time|2015-08-03T08:58; الاثنين|date|2015-08-03; مساء هذا اليوم|date|2015-08-03"},
		{"the minute by its ordinal or number after والدقيقة", time.Date(2015, 8, 6, 0, 0, 0, 0, time.UTC),
			"وقع الحادث في الساعة العاشرة والدقيقة الثامنة من مساء يوم أمس، وانتهى عند الساعة الحادية عشرة والدقيقة 40",
			"الساعة العاشرة والدقيقة الثامنة من مساء يوم أمس|time|2015-08-05T22:08; الساعة الحادية عشرة والدقيقة 40|time|T11:40"},
		{"a day of the current month with its weekday: the Hijri month when only its weekday agrees", time.Date(2015, 8, 6, 0, 0, 0, 0, time.UTC),
			"يختتم البرنامج يوم الخميس الـ 28 من الشهر الجاري، ويبدأ الأحد 23 الجاري، ويعقد اللقاء الجمعة 28 من الشهر الجاري",
			"يوم الخميس الـ 28 من الشهر الجاري|date|2015-08-13; الأحد 23 الجاري|date|2015-08-23; الجمعة 28 من الشهر الجاري|date|2015-08-28"},
		{"الفصل ORD من + a calendar year is a quarter; two with الفصلين", time.Date(2015, 7, 26, 0, 0, 0, 0, time.UTC),
			"انكمش الاقتصاد في الفصل الأول من السنة، ونما في الفصلين الثاني والثالث من عام 2014",
			"الفصل الأول من السنة|date|2015-01/2015-03|timex=2015-Q1; الفصلين الثاني والثالث من عام 2014|date|2014-04/2014-09"},
		{"a school term, a chapter, the term of a school year are no quarters", time.Date(2015, 7, 26, 0, 0, 0, 0, time.UTC),
			"نجح في الفصل الأول من العام الدراسي، وقرأ الفصل الثاني من الكتاب، ودرس الفصل الأول من السنة الثالثة",
			"العام الدراسي|range|2015/2016"},
		{"a four-digit number before a counted noun is a count, also after a preposition", jan,
			"ارتفعت الرواتب إلى 1800 ريال، وتراوح الدخل بين 1000 و2000 دينار، وعاد إلى عمله في 2016",
			"2016|date|2016"},
		{"في أمس الحاجة is «most in need»; أحد أشهر «one of the most famous»", jan,
			"نحن في أمس الحاجة إلى الدعم، وهو أحد أشهر الأطباء، وزارنا أمس الأول",
			"أمس الأول|date|2016-12-31"},
		{"ألف and ألفي before a year noun count years; after a number they multiply it; ألف ليلة وليلة is a title", jan,
			"ظهرت المدينة قبل ألف عام، وعاشت نحو ألفي سنة، وبلغ التدريب 100 ألف ساعة، وقرأ ألف ليلة وليلة",
			"قبل ألف عام|date|1017; نحو ألفي سنة|duration|P2000Y"},
		{"a decimal count of millions or billions of years; before قبل a past no year can write", jan,
			"يقدر عمر المجال بنحو 3.45 مليار سنة، ونشأ قبل 4.5 مليار عام، وبلغ الإنتاج 2.5 مليون طن",
			"نحو 3.45 مليار سنة|duration|P3450000000Y; قبل 4.5 مليار عام|date|UNKNOWN"},
		{"a plural unit with two counts joined by أو is an unknown count", jan,
			"يتوقع الاتفاق خلال الأسابيع الثلاثة أو الأربعة المقبلة، وبقي في السنوات الست أو أكثر",
			"الأسابيع الثلاثة أو الأربعة المقبلة|duration|UNKNOWN|timex=PXW; السنوات الست|duration|P6Y"},
		{"a year that ends a name before a phrase with ب and the article is a year; per cent stays a count", jan,
			"تأهل المنتخب إلى كأس آسيا 2019 بالإضافة إلى التصفيات، وأقيمت بطولة العالم 2015 بالعاصمة، وارتفع المؤشر 2000 بالمئة",
			"2019|date|2019; 2015|date|2015"},
		{"a year of its own after a day: a part of the day alone no longer takes that day moved to the year", aug,
			"أعلنت المجموعة مسؤوليتها الجمعة، وكانت قد نفذت في العام 2013 هجوما، واستهدف المهاجمون ليلا مركزا للشرطة",
			"الجمعة|date|2015-08-07; العام 2013|date|2013; ليلا|date|2015-08-08"},
		{"the year of the day named keeps the day: نفس اليوم after هذا العام", aug,
			"بدأ الصيام يوم 18 يونيو، وتصوم الدول هذا العام في نفس اليوم",
			"يوم 18 يونيو|date|2015-06-18; هذا العام|date|2015; نفس اليوم|date|2015-06-18"},
		{"هذا الشهر is the publication's month, also after a year written in its sentence", time.Date(2017, 4, 19, 0, 0, 0, 0, time.UTC),
			"اكتشف العلماء الكويكب في مايو 2014، ويعد هذا الشهر الفرصة الوحيدة لرؤيته",
			"مايو 2014|date|2014-05; هذا الشهر|date|2017-04"},
		{"a feast near the publication date celebrated with two words between, or after بمناسبة, is that feast's first day", jul,
			"ألقى رئيس البلدية كلمة هنأ فيها الأهالي بالعيد السعيد، وقدم المحافظ الهدايا بمناسبة العيد، ورعى احتفال المدينة بعيد الفطر المبارك",
			"العيد السعيد|date|2015-07-17; العيد|date|2015-07-17; عيد الفطر المبارك|date|2015-07-17"},
		{"far from a feast, بمناسبة العيد names no occurrence", jan,
			"قدم المحافظ الهدايا بمناسبة العيد",
			""},
	}
	runFindCases(t, tests)
}
