package dates

import (
	"testing"
	"time"
)

// TestSession12Classes covers the classes found on the date misses of
// train14–train17 (issue 11, item 7; the freshest read copy in session
// 12), with sentences written for these tests and several publication
// dates. want is "text|kind|value[|ref][|timex=…]" per mention, joined by
// "; ".
func TestSession12Classes(t *testing.T) {
	mon := time.Date(2015, 7, 27, 0, 0, 0, 0, time.UTC)   // a Monday, eleven days after Ramadan 1436
	ram := time.Date(2016, 7, 2, 0, 0, 0, 0, time.UTC)    // a Saturday, 27 Ramadan 1437
	dec := time.Date(2015, 12, 20, 0, 0, 0, 0, time.UTC)  // a Sunday, far from Ramadan
	aug := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)   // a Tuesday
	tue := time.Date(2017, 6, 13, 0, 0, 0, 0, time.UTC)   // a Tuesday
	jul21 := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // 5 Shawwal 1436
	tests := []findCase{
		{"a half of a month is its days 1–15 or 16 to the end, not the month's 2nd day", mon,
			"تراجعت المبيعات في النصف الثاني من شهر مارس، وارتفعت في النصف الأول من يناير الماضي، وتزدحم الأسواق في النصف الثاني من رمضان",
			"النصف الثاني من شهر مارس|date|2015-03-16/2015-03-31; النصف الأول من يناير الماضي|date|2015-01-01/2015-01-15; النصف الثاني من رمضان|date|2015-07-03/2015-07-16"},
		{"a half of Ramadan in the month itself", ram,
			"تضاعفت الطلبات خلال النصف الثاني من شهر رمضان",
			"النصف الثاني من شهر رمضان|date|2016-06-21/2016-07-05"},
		{"a week of a Hijri month is its seven days (the last week its last seven); of a Gregorian month the ISO week", mon,
			"ازدحمت الأسواق في الأسبوع الأخير من رمضان، ويبدأ التسجيل في الأسبوع الأول من شهر ذي القعدة، وتصرف المكافآت في الأسبوع الأخير من أغسطس",
			"الأسبوع الأخير من رمضان|date|2015-07-10/2015-07-16; الأسبوع الأول من شهر ذي القعدة|date|2015-08-16/2015-08-22; الأسبوع الأخير من أغسطس|date|2015-W36"},
		{"an edge of a Hijri month named alone (نهاية رمضان); the name رمضان alone is no month", mon,
			"عاد المسافرون نهاية رمضان، وسافر في منتصف شوال، وقال رمضان إن الاتفاق نهائي",
			"نهاية رمضان|date|2015-07-16; منتصف شوال|date|2015-07-17/2015-08-15"},
		{"«هذا الشهر الفضيل» and a day of «الشهر المبارك» are Ramadan's", mon,
			"تكثر الزيارات في هذا الشهر الفضيل، وتوفي في الثاني والعشرين من هذا الشهر المبارك، وأقيم الحفل في 5 من الشهر الكريم، ويعقد الاجتماع في هذا الشهر",
			"هذا الشهر الفضيل|date|2015-06-18/2015-07-16; الثاني والعشرين من هذا الشهر المبارك|date|2015-07-09; 5 من الشهر الكريم|date|2015-06-22; هذا الشهر|date|2015-07"},
		{"الشهر الفضيل far from Ramadan: the nearest one; in a future sentence the next", dec,
			"صام الناس الشهر الفضيل بصبر، وسيحل الشهر الفضيل في يونيو",
			"الشهر الفضيل|date|2015-06-18/2015-07-16; الشهر الفضيل|date|2016-06-06/2016-07-05; يونيو|date|2016-06"},
		{"a feast's holiday is a stretch of days: UNKNOWN; «خلال» this year's feast (since session 18) and بعد/قبل a feast its first day", mon,
			"غادر الموظفون خلال إجازة عيد الفطر، وازدحمت الشواطئ خلال عيد الفطر المبارك، وعاد العمل بعد عيد الفطر، ومع انقضاء عطلة عيد الأضحى تعود الدراسة",
			"إجازة عيد الفطر|date|UNKNOWN; عيد الفطر المبارك|date|2015-07-17; عيد الفطر|date|2015-07-17; عطلة عيد الأضحى|date|UNKNOWN"},
		{"a feast with a Hijri year written after it is that year's feast", dec,
			"احتفل الأهالي بعيد الفطر المبارك لعام 1436هـ في الحدائق، وتبدأ الإجازة قبل عيد الأضحى عام 1437هـ",
			"عيد الفطر المبارك لعام 1436هـ|date|2015-07-17; عيد الأضحى عام 1437هـ|date|2016-09-11"},
		{"the same quarter of another year (الربع المماثل، الربع نفسه) is the last quarter named moved to that year; من هذا العام moves «the same period» too", aug,
			"ارتفعت الأرباح في الربع الثاني مقارنة بالربع المماثل من العام السابق، وبلغت في الربع نفسه من هذا العام 5 ملايين، وزادت في النصف الأول من 2015 عن الفترة نفسها من العام الماضي",
			"الربع الثاني|date|2015-04/2015-06|timex=2015-Q2; الربع المماثل|date|2014-04/2014-06|timex=2014-Q2; العام السابق|date|2014; الربع نفسه|date|2015-04/2015-06|timex=2015-Q2; هذا العام|date|2015; النصف الأول من 2015|date|2015-01/2015-06|timex=2015-H1; الفترة نفسها|date|2014-01/2014-06|timex=2014-H1; العام الماضي|date|2014"},
		{"two days of a month joined by و that are not consecutive are two dates; consecutive ones one range", aug,
			"تقام المباراتان في 14 و17 أغسطس الحالي، ويعقد المؤتمر في 20 و21 سبتمبر",
			"14|date|2015-08-14; 17 أغسطس الحالي|date|2015-08-17; 20 و21 سبتمبر|range|2015-09-20/2015-09-21"},
		{"a length from a unit alone to a count of it has no one count", aug,
			"يستغرق العلاج من ساعة إلى ثلاث ساعات، ويمتد التدريب من أسبوع إلى أسبوعين",
			"من ساعة إلى ثلاث ساعات|duration|UNKNOWN|timex=PTXH; من أسبوع إلى أسبوعين|duration|UNKNOWN|timex=PXW"},
		{"the night between two weekdays is the first", tue,
			"انقطعت الكهرباء في الليلة الفاصلة بين الاثنين والثلاثاء، وسقط المطر الليلة",
			"الليلة الفاصلة بين الاثنين والثلاثاء|date|2017-06-12; الليلة|date|2017-06-13"},
		{"hundreds joined to a smaller number", aug,
			"استمرت العملية مائة وسبع دقائق، وبني الجسر قبل مئتين وخمسين عاماً",
			"مائة وسبع دقائق|duration|PT107M; قبل مئتين وخمسين عاماً|date|1765"},
		{"a year counted in the Hijri calendar: العام الهجري + a modifier, a relative year with the Hijri year written after it; its start is Muharram", aug,
			"تعمل الخطة منذ العام الهجري الماضي، وبلغت الميزانية في العام الحالي 1436هـ مليار ريال، ويبدأ التطبيق مطلع العام القادم 1437هـ، وأقرت ميزانية العام الحالي 1436/1437هـ",
			"العام الهجري الماضي|date|2013-11-04/2014-10-24; العام الحالي 1436هـ|date|2014-10-25/2015-10-13; مطلع العام القادم 1437هـ|date|2015-10-14/2015-11-12; العام الحالي|date|2015; 1436/1437هـ|range|2014-10-25/2016-10-01"},
		{"a modifier after a Hijri month's honorific is the month's", jul21,
			"وزعت الجمعية السلال خلال شهر رمضان المبارك الحالي، وستوزعها في شهر رمضان المبارك المقبل",
			"شهر رمضان المبارك الحالي|date|2015-06-18/2015-07-16; شهر رمضان المبارك المقبل|date|2016-06-06/2016-07-05"},
	}
	runFindCases(t, tests)
}
