package dates

import (
	"testing"
	"time"
)

// TestSession14Review covers the date findings of the session 14 review:
// 11 September dated by what follows the month, the anaphor «ذلك
// التاريخ» after a range or a yearly date, «ذلك اليوم» after a year, بعد
// + a count in a conditional sentence, and بآب (ب + آب). Sentences
// written for these tests.
func TestSession14Review(t *testing.T) {
	dec := time.Date(2016, 12, 30, 0, 0, 0, 0, time.UTC) // a Friday, at the year's end
	aug := time.Date(2015, 8, 5, 0, 0, 0, 0, time.UTC)   // a Wednesday
	tests := []findCase{
		{"after a noun of attacks, «11 سبتمبر» with a modifier or a year noun after it is that year's, not 2001", dec,
			"أحيا السكان ذكرى ضحايا هجمات 11 سبتمبر الماضي، وعاد الحديث عن أحداث 11 سبتمبر من العام الماضي",
			"11 سبتمبر الماضي|date|2016-09-11; 11 سبتمبر من العام الماضي|date|2015-09-11"},
		{"after a noun of attacks, the bare «11 سبتمبر» stays 2001's", dec,
			"تشددت إجراءات السفر منذ اعتداءات 11 سبتمبر، وما زال الكتاب يروون أحداث 11 سبتمبر",
			"11 سبتمبر|date|2001-09-11; 11 سبتمبر|date|2001-09-11"},
		{"«هذا التاريخ» after a range of days is that range, not an older date", aug,
			"وصل الوفد في 2 مارس 2014. وتنظم الدورة يومي 10 و11 سبتمبر، ولن تقبل أي مشاركة بعد هذا التاريخ",
			"2 مارس 2014|date|2014-03-02; يومي 10 و11 سبتمبر|range|2015-09-10/2015-09-11; هذا التاريخ|range|2015-09-10/2015-09-11"},
		{"«هذا التاريخ» after a yearly date is that yearly date", aug,
			"افتتح المتحف في 5 يونيو 2010. ويحتفل الأطفال في الأول من أبريل من كل عام، وتفتح الحدائق مجانا في هذا التاريخ",
			"5 يونيو 2010|date|2010-06-05; الأول من أبريل من كل عام|set|XXXX-04-01; هذا التاريخ|set|XXXX-04-01"},
		{"«ذلك اليوم» after a year (no day named last) is UNKNOWN; after a day it is that day", aug,
			"زار الوزير المصنع في 4 مايو 2013. وتضاعف الإنتاج خلال عام 2014، ومنذ ذلك اليوم لم يتوقف. وافتتح الجسر في 9 يناير 2012 وفي ذلك اليوم احتفل الأهالي",
			"4 مايو 2013|date|2013-05-04; عام 2014|date|2014; ذلك اليوم|date|UNKNOWN; 9 يناير 2012|date|2012-01-09; ذلك اليوم|date|2012-01-09"},
		{"بعد + a count in a conditional sentence stays a length; in a plain future sentence it is the date", aug,
			"سيسدد التاجر ديونه بعد عشر سنوات إذا ادخر نصف دخله. ولو التزم الناس بالخطة لانخفضت الأسعار بعد ثلاثة أشهر. وستنتهي الأشغال بعد خمسة أيام",
			"عشر سنوات|duration|P10Y; ثلاثة أشهر|duration|P3M; بعد خمسة أيام|date|2015-08-10"},
		{"ب glued to آب is August; the word باب is a door", aug,
			"تبدأ الدورة الصيفية بآب المقبل، ويفتح باب التسجيل غدا",
			"آب المقبل|date|2016-08; غدا|date|2015-08-06"},
	}
	runFindCases(t, tests)
}
