package dates

import (
	"testing"
	"time"
)

// TestRealNewsClasses covers the failure classes of the real-copy
// evaluation (docs/evaluation-realnews.md, issue 11), with sentences
// written for these tests. want is "text|kind|value[|ref]" per mention,
// joined by "; ".
func TestRealNewsClasses(t *testing.T) {
	sun := time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC) // a Sunday
	fri := time.Date(2015, 8, 7, 0, 0, 0, 0, time.UTC) // a Friday
	sat := time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC) // a Saturday
	tests := []findCase{
		// vague references: value UNKNOWN, the TimeML reference in ref
		{"recently", sun, "انضم مؤخراً إلى الحزب", "مؤخراً|date|UNKNOWN|PAST_REF"},
		{"in the past", sun, "خلافا لما كان عليه في السابق", "في السابق|date|UNKNOWN|PAST_REF"},
		{"this moment", sun, "لم يصدر القرار حتى هذه اللحظة", "هذه اللحظة|date|UNKNOWN|PRESENT_REF"},
		{"current time", sun, "لا نفكر في الوقت الحالي بذلك", "الوقت الحالي|date|UNKNOWN|PRESENT_REF"},
		{"next season", sun, "تطبق اللائحة اعتباراً من الموسم الرياضي المقبل", "الموسم الرياضي المقبل|range|2016/2017"},
		{"the last period", sun, "تحسنت الأوضاع في الفترة الأخيرة", "الفترة الأخيرة|date|UNKNOWN|PAST_REF"},
		{"lately", sun, "تكررت الحوادث في الآونة الأخيرة", "الآونة الأخيرة|date|UNKNOWN|PAST_REF"},
		{"earlier", sun, "أعلنت الوزارة في وقت سابق أن", "وقت سابق|date|UNKNOWN|PAST_REF"},
		{"for a while", sun, "يعاني المرضى منذ فترة طويلة", "منذ فترة طويلة|date|UNKNOWN|PAST_REF"},
		{"seasons counted", sun, "حسب الترتيب في المواسم الثلاثة الماضية", "المواسم الثلاثة الماضية|duration|P3Y"},
		// weeks follow the Arab week (Sunday start)
		{"last week on a Sunday", sun, "زار الوفد المدينة الأسبوع الماضي", "الأسبوع الماضي|date|2015-W32"},
		{"this week on a Sunday", sun, "يعقد المجلس جلسته هذا الأسبوع", "هذا الأسبوع|date|2015-W33"},
		{"last week on a Friday", fri, "زار الوفد المدينة الأسبوع الماضي", "الأسبوع الماضي|date|2015-W31"},
		{"week before last", sun, "وقع الحادث الأسبوع قبل الماضي", "الأسبوع قبل الماضي|date|2015-W31"},
		{"month before last", sun, "ارتفعت الأسعار في الشهر ما قبل الماضي", "الشهر ما قبل الماضي|date|2015-06"},
		{"weekday before last", sun, "عقد الاجتماع السبت قبل الماضي", "السبت قبل الماضي|date|2015-08-01"},
		{"week after next", sun, "تبدأ الدراسة الأسبوع بعد المقبل", "الأسبوع بعد المقبل|date|2015-W35"},
		// a weekday named with اليوم/أمس wins over a date one day off
		{"today weekday a day late", sun, "أعلنت الوزارة اليوم السبت أن", "اليوم السبت|date|2015-08-08"},
		{"yesterday weekday a day late", sun, "قال الوزير أمس الجمعة إن", "أمس الجمعة|date|2015-08-07"},
		{"weekday agrees", sun, "قال الوزير أمس السبت إن", "أمس السبت|date|2015-08-08"},
		{"weekday days before: copy collected late (session 6)", sun, "قال الوزير أمس الأربعاء إن", "أمس الأربعاء|date|2015-08-05"},
		{"weekday five days before", sun, "قال الوزير أمس الاثنين إن", "أمس الاثنين|date|2015-08-03"},
		{"weekday a day after yesterday", sun, "قال الوزير أمس الأحد إن", "أمس الأحد|date|2015-08-09"},
		// coordinated weekdays as a sequence
		{"two weekdays future from Sunday", sun, "سيعقد المؤتمر السبت والأحد", "السبت والأحد|range|2015-08-15/2015-08-16"},
		{"three weekdays past", fri, "جرت المباريات الأربعاء والخميس والجمعة", "الأربعاء والخميس والجمعة|range|2015-08-05/2015-08-07"},
		{"three weekdays future", fri, "ستقام المباريات الخميس والجمعة والسبت", "الخميس والجمعة والسبت|range|2015-08-13/2015-08-15"},
		{"two days future range", sun, "ستعقد الجلسات يومي السبت والأحد", "يومي السبت والأحد|range|2015-08-15/2015-08-16"},
		// days of the feasts (Umm al-Qura)
		{"second day of fitr", sun, "في ثاني أيام عيد الفطر المبارك", "ثاني أيام عيد الفطر المبارك|date|2015-07-18"},
		{"first day of adha", sun, "صلاة أول أيام عيد الأضحى", "أول أيام عيد الأضحى|date|2015-09-23"},
		{"third day of the feast", sun, "في اليوم الثالث من العيد", "اليوم الثالث من العيد|date|2015-07-19"},
		{"arafat", sun, "وقف الحجاج يوم عرفة", "يوم عرفة|date|2015-09-22"},
		// a day of the current month with المقبل/الماضي
		{"next in the same month", sat, "تقام المباراة في الخامس من أغسطس المقبل", "الخامس من أغسطس المقبل|date|2015-08-05"},
		{"next month day already past", sun, "تقام المباراة في الخامس من أغسطس المقبل", "الخامس من أغسطس المقبل|date|2016-08-05"},
		// recurring and Hijri years
		{"every year", sun, "تنتهي السنة المالية بنهاية شهر يونيو من كل عام", "نهاية شهر يونيو من كل عام|set|XXXX-06-30"},
		{"hijri year unmarked", sun, "بموجب نظامها الصادر عام 1395 بأمر سام", "عام 1395|date|1975-01-14/1976-01-02"},
		{"gregorian year old", sun, "فتحت القسطنطينية عام 1453", "عام 1453|date|1453"},
		{"two seconds", sun, "يستهلكها المصباح خلال ثانيتين", "ثانيتين|duration|PT2S"},
		// month spellings
		{"hamza february", sun, "في 7 فبرائر 2016", "7 فبرائر 2016|date|2016-02-07"},
		{"long vowel october", sun, "في 12 أوكتوبر 2014", "12 أوكتوبر 2014|date|2014-10-12"},
		{"veh november", sun, "في 4 نوڤمبر 2014", "4 نوڤمبر 2014|date|2014-11-04"},
		// a past verb other than a verb of saying makes a weekday past
		{"weekday after a past event", sat, "كما حدث في صلاة ظهر يوم الخميس في المسجد", "ظهر يوم الخميس|date|2015-07-30"},
		{"imperfect after أن is no future", fri, "استجوبه لعدة ساعات قبل ان يطلق سراحه يوم الأربعاء", "عدة ساعات|duration|UNKNOWN|timex=PTXH; يوم الأربعاء|date|2015-08-05"},
		{"pluperfect on the same weekday", fri, "وكان المهاجم قد نفذ الجمعة هجوما على مركز", "الجمعة|date|2015-07-31"},
		// two names of a month side by side
		{"month and its Levantine name", sun, "حتى العاشر من مايو أيار 2015", "العاشر من مايو أيار 2015|date|2015-05-10"},
		// اليوم as a newspaper's name is no date
		{"paper spoken to", sun, "قال الملحق لـ«اليوم» إن التحقيق مستمر", ""},
		{"paper named", sun, "وذكرت صحيفة اليوم أن الأسعار ارتفعت", ""},
		{"paper in quote marks", sun, "قال الملحق في اتصال لـ \" اليوم \" : إن الطالب بخير", ""},
		// the year of an exercise, operation or agreement is part of its name
		{"exercise year", sun, "انطلقت مناورات درع الخليج 2023 بمشاركة", ""},
		{"agreement year", sun, "وفق اتفاقية باريس 2015، للمناخ", ""},
		{"exercise in year", sun, "انطلقت المناورات في 2023", "2023|date|2023"},
	}
	runFindCases(t, tests)
}
