package dates

import (
	"testing"
	"time"
)

// TestSession14Classes covers the classes found on the date misses of
// train22 (the freshest read copy in session 14), then train23–train24,
// with sentences written for these tests and several publication dates.
// want is "text|kind|value[|ref][|timex=…]" per mention, joined by "; ".
func TestSession14Classes(t *testing.T) {
	aug := time.Date(2015, 8, 5, 0, 0, 0, 0, time.UTC)   // a Wednesday, Shawwal 1436
	jun := time.Date(2017, 6, 2, 0, 0, 0, 0, time.UTC)   // a Friday in Ramadan 1438
	jan := time.Date(2017, 1, 2, 0, 0, 0, 0, time.UTC)   // a Monday, early in the year
	dec := time.Date(2016, 12, 30, 0, 0, 0, 0, time.UTC) // a Friday, at the year's end
	tests := []findCase{
		{"a number after a Hijri month more than fifteen years past the publication's Hijri year counts something: the month alone", jun,
			"نفذت فرق المراقبة منذ بداية شهر رمضان 1620 زيارة للمحلات، وتعود المخالفات إلى رمضان 1437",
			"بداية شهر رمضان|date|2017-05-27/2017-06-24; رمضان 1437|date|2016-06-06/2016-07-05"},
		{"a Hijri plan year within fifteen years after the end of a year (بنهاية، مع نهاية) is Hijri; a far past one stays Gregorian", aug,
			"تكتمل المستشفيات بنهاية العام 1442 وتزيد الأسرة مع نهاية عام 1445، وقد سقطت المدينة في نهاية عام 1453",
			"نهاية العام 1442|date|2021-08-08; نهاية عام 1445|date|2024-07-06; نهاية عام 1453|date|1453-12-31"},
		{"an hour after بعد منتصف الليل is the small hours; منتصف الليل alone stays midnight", dec,
			"غادر الضيوف في الثالثة بعد منتصف الليل، ووصلت الطائرة الساعة الواحدة والنصف بعد منتصف الليل، وانتهى الحفل بعد منتصف الليل",
			"الثالثة بعد منتصف الليل|time|T03:00; الساعة الواحدة والنصف بعد منتصف الليل|time|T01:30; منتصف الليل|time|T00:00"},
		{"a month with «من هذه السنة / من هذا العام» is this year's, whatever year the sentence named before it", time.Date(2017, 4, 15, 0, 0, 0, 0, time.UTC),
			"بلغ العجز مليار دينار مقابل 900 مليون في الفترة ذاتها من سنة 2016، وفق نشرية شهر فيفري من هذه السنة، وتقرير مارس من هذا العام",
			"سنة 2016|date|2016; شهر فيفري من هذه السنة|date|2017-02; مارس من هذا العام|date|2017-03"},
		{"an ordinal age with الحادية before its tens; an ordinal with the article right after بلغ is an age too", aug,
			"توفي الشاعر وهو في الحادية والثمانين من عمره، وتزوجت ابنته بعد أن بلغت الثانية والعشرين بقليل، وأخوه يبلغ الخامسة عشرة",
			"الحادية والثمانين|duration|P81Y; الثانية والعشرين|duration|P22Y; الخامسة عشرة|duration|P15Y"},
		{"after بلغ, an ordinal before a noun or a clock's part of the day is no age", aug,
			"بلغت الحرارة الخامسة والأربعين درجة، وبلغ الفريق الثالثة المرحلة",
			""},
		{"a bare year after «as from» (بدءا من، اعتبارا من، ابتداء من) is a year; after a quantity it is a number", jan,
			"تدرس اللغة في المدارس بدءا من 2018، وتطبق الضريبة اعتبارا من 2019، وشارك في المسيرة أكثر من 2017 شخصا",
			"2018|date|2018; 2019|date|2019"},
		{"two years joined by a dash glued to the second (2016 -2020) are a range when the second is later", jan,
			"أدرج المشروع في المخطط الخماسي 2016 -2020 ثم في خطة 2021- 2025",
			"2016 -2020|range|2016/2020; 2021- 2025|range|2021/2025"},
		{"a plural unit with the article and its count after it is a length after a preposition or ذات (an age), without a modifier too", aug,
			"تراجعت المبيعات خلال السنوات الخمس، وتعرضت الطفلة ذات الأعوام السبعة للإهمال، وسيعالج المريض في الأسابيع الثلاثة",
			"السنوات الخمس|duration|P5Y; الأعوام السبعة|duration|P7Y; الأسابيع الثلاثة|duration|P3W"},
		{"not the minutes of a match (a bare number and a list), nor days listed by number", aug,
			"سجل الفريق في الدقائق 12 و40 و77، وضبطت الشرطة خلال الأيام الستة والـ20 عددا من المطلوبين",
			""},
		{"the first or last days of a Hijri month named alone (رمضان, which is also a name)", aug,
			"نقل القطار مليون راكب في الأيام الخمسة الأولى من رمضان، وزاد الطلب في الأيام العشرة الأخيرة من رمضان",
			"الأيام الخمسة الأولى من رمضان|date|2015-06-18/2015-06-22; الأيام العشرة الأخيرة من رمضان|date|2015-07-07/2015-07-16"},
		{"a year in brackets after a month, in the month's calendar", aug,
			"أجرى المركز عشرين دراسة خلال موسم رمضان (1435هـ)، وسافر الوفد في يونيو (2013) إلى جنيف، وعاد في يوليو (تموز)",
			"رمضان (1435هـ)|date|2014-06-28/2014-07-27; يونيو (2013)|date|2013-06; يوليو (تموز)|date|2015-07"},
		{"«11 سبتمبر» after a noun of attacks or events is 2001's; with a year or alone, as before", dec,
			"تغيرت السياسة الأمريكية بعد هجمات 11 سبتمبر، وتحدث الكتاب عن أحداث الحادي عشر من سبتمبر وعن تفجيرات 11 سبتمبر 2001، ويعقد المؤتمر في 11 سبتمبر المقبل",
			"11 سبتمبر|date|2001-09-11; الحادي عشر من سبتمبر|date|2001-09-11; 11 سبتمبر 2001|date|2001-09-11; 11 سبتمبر المقبل|date|2017-09-11"},
		{"an hour in digits after من/حتى/بين/عند with a part of the day is a time without الساعة; a bare م is not enough for the first hour", aug,
			"تغلق الحدائق من 10 ص حتى 4 م، ويعمل المكتب بين 8 صباحاً و2 ظهراً، ويبدأ الحفل عند 9 مساءً، وامتد الطريق من 10 م حتى 30 م",
			"10 ص حتى 4 م|time|T10:00/T16:00; 8 صباحاً و2 ظهراً|time|T08:00/T14:00; 9 مساءً|time|T21:00"},
		{"بعد + a count of days, months or years in a sentence about the future is the day, month or year it points to", aug,
			"ستنتهي المهلة بعد خمسة أيام، وسيفتتح المعرض بعد ثلاثة أشهر، وسترتفع الطاقة إلى الضعف بعد عشرة أعوام",
			"بعد خمسة أيام|date|2015-08-10; بعد ثلاثة أشهر|date|2015-11; بعد عشرة أعوام|date|2025"},
		{"بعد + a count stays a length in a told past, with an approximation, or counted from an event", dec,
			"عاد الكاتب إلى مدينته بعد ثلاثين عاما، وسيكتمل المشروع بعد أقل من ثلاث سنوات، وسيصرف التعويض بعد شهر من تقديم الطلب",
			"ثلاثين عاما|duration|P30Y; أقل من ثلاث سنوات|duration|P3Y; شهر|duration|P1M"},
		{"بعد + a count after a day written in its sentence counts from that day: a length", dec,
			"سيفتح باب الترشح في الثالث من فبراير ويغلق بعد عشرين يوما",
			"الثالث من فبراير|date|2017-02-03; عشرين يوما|duration|P20D"},
		{"a number with a decimal part glued to it, or before م2/م3, is no year", aug,
			"وصعد المؤشر إلى 2079.82 نقطة، وبلغت الأصول 1812,4 مليار ريال، وأقيم السوق على مساحة 1500 م2 وخزان سعة 1000م3، وتأسس النادي عام 1990م",
			"عام 1990م|date|1990"},
		{"«ذلك التاريخ»، «هذا التاريخ»، «ذلك اليوم» after a preposition of time or a part of the day are the date last named; none named, UNKNOWN", aug,
			"انتقلت الشركة إلى جدة في 3 مارس 2012، ومنذ ذلك التاريخ تضاعفت أرباحها، وفي صباح ذلك اليوم وقع العقد. وتقبل الطلبات حتى 20 سبتمبر ولا تقبل بعد هذا التاريخ",
			"3 مارس 2012|date|2012-03-03; ذلك التاريخ|date|2012-03-03; ذلك اليوم|date|2012-03-03; 20 سبتمبر|date|2015-09-20; هذا التاريخ|date|2015-09-20"},
		{"not التاريخ «history», كذلك اليوم «likewise today», ذلك as an object, nor with an adjective after it", jan,
			"نحافظ على هذا التاريخ العريق، وأوضح ذلك اليوم المدير، وفي ذلك اليوم الجميل فرح الناس، ومنذ ذلك التاريخ لم يتغير شيء",
			"ذلك التاريخ|date|UNKNOWN"},
	}
	runFindCases(t, tests)
}
