package dates

import (
	"strings"
	"testing"
	"time"
)

// TestWireClasses covers the failure classes of the independent wire
// evaluation (docs/evaluation-wire.md), with sentences written for these
// tests. want is "text|kind|value" per mention, joined by "; ".
func TestWireClasses(t *testing.T) {
	mon := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []findCase{
		// 1. a part of the day with a day: the day alone; with a clock
		// time: the time.
		{"evening weekday", pub, "وصل الوفد مساء الثلاثاء إلى المطار", "مساء الثلاثاء|date|2024-03-12"},
		{"morning today", pub, "افتتح المعرض صباح اليوم", "صباح اليوم|date|2024-03-14"},
		{"night yesterday", pub, "سقطت الأمطار ليلة أمس", "ليلة أمس|date|2024-03-13"},
		{"evening tomorrow weekday", pub, "تبدأ الجلسة مساء غد الجمعة", "مساء غد الجمعة|date|2024-03-15"},
		{"evening with date", pub, "أقيم الحفل مساء السبت 9 آذار 2024", "مساء السبت 9 آذار 2024|date|2024-03-09"},
		{"part of day with clock", pub, "انطلق السباق صباح اليوم الساعة التاسعة", "صباح اليوم الساعة التاسعة|time|2024-03-14T09:00"},
		{"bare part of day", pub, "وصل الوفد مساءً", "مساءً|date|2024-03-14"},
		{"night across two days", pub, "قصفت الطائرات المدينة ليل الأحد الاثنين", "ليل الأحد الاثنين|date|2024-03-10"},
		{"every evening", pub, "تعرض الحلقة كل مساء", "كل مساء|set|P1D"},
		{"part of day before day and time", pub, "يفتتح الوزير المعرض صباح السبت المقبل في تمام الساعة التاسعة", "صباح السبت المقبل في تمام الساعة التاسعة|time|2024-03-16T09:00"},
		{"hour of part of day", pub, "تنطلق القمة في السابعة من مساء الغد", "السابعة من مساء الغد|time|2024-03-15T19:00"},
		{"midnight hour", pub, "حتى الساعة الثانية عشرة ليلاً", "الساعة الثانية عشرة ليلاً|time|T00:00"},
		// 2. intervals of times
		{"time range", pub, "تفتح المكاتب من الساعة الثامنة صباحاً حتى الساعة الثالثة عصراً", "الساعة الثامنة صباحاً حتى الساعة الثالثة عصراً|time|T08:00/T15:00"},
		{"time range digits", pub, "يعمل المعبر من 07:30 إلى 19:00", "07:30 إلى 19:00|time|T07:30/T19:00"},
		{"time range between", pub, "بين الساعة 9 و11 ليلاً", "الساعة 9 و11 ليلاً|time|T21:00/T23:00"},
		{"time range with day", pub, "تجرى الانتخابات يوم الأحد المقبل من الساعة السابعة صباحاً حتى الساعة السادسة مساءً", "يوم الأحد المقبل من الساعة السابعة صباحاً حتى الساعة السادسة مساءً|time|2024-03-17T07:00/2024-03-17T18:00"},
		{"time range after day", pub, "انقطع التيار من الساعة الثامنة حتى الساعة العاشرة من مساء أمس", "الساعة الثامنة حتى الساعة العاشرة من مساء أمس|time|2024-03-13T20:00/2024-03-13T22:00"},
		{"afternoon end", pub, "تعمل المكاتب من الساعة 9 إلى الساعة 4", "الساعة 9 إلى الساعة 4|time|T09:00/T16:00"},
		{"range across days", pub, "يغلق الطريق من الساعة 11 مساء الجمعة وحتى الساعة 5 صباح السبت", "الساعة 11 مساء الجمعة وحتى الساعة 5 صباح السبت|time|2024-03-15T23:00/2024-03-16T05:00"},
		{"between hours in words", pub, "يتوقع هطول الأمطار بين الساعة السابعة والتاسعة مساءً", "الساعة السابعة والتاسعة مساءً|time|T19:00/T21:00"},
		{"before noon", pub, "تبدأ الجلسة عند الحادية عشرة قبل الظهر", "الحادية عشرة قبل الظهر|time|T11:00"},
		{"part written once", pub, "يبث البرنامج بين 9:15 و9:45 مساءً", "9:15 و9:45 مساءً|time|T21:15/T21:45"},
		// 3. a comma separates two expressions; counts are not years
		{"comma separates", pub, "أعلنت اللجنة، اليوم الخميس، الخامس من أيار المقبل موعداً للاقتراع", "اليوم الخميس|date|2024-03-14; الخامس من أيار المقبل|date|2024-05-05"},
		{"comma same day", pub, "انطلقت اليوم الخميس، 14 آذار 2024 الدورة", "اليوم الخميس، 14 آذار 2024|date|2024-03-14"},
		{"count after year noun", pub, "صدرت منذ بداية العام 40 ألف طن من القمح", "بداية العام|date|2024-01"},
		{"one digit after year noun", pub, "في العام 3 من الخطة", ""},
		{"two digit year", pub, "منذ حرب عام 73", "عام 73|date|1973"},
		{"named year", pub, "مع انطلاق السنة المالية", ""},
		{"the school year", pub, "مع انطلاق السنة الدراسية الجديدة", "السنة الدراسية الجديدة|range|2024/2025"},
		{"fiscal year", pub, "في نهاية السنة المالية", ""},
		{"gregorian year", pub, "في نهاية السنة الميلادية", "نهاية السنة|date|2024-12-31"},
		// 4. a month without a year: the nearest occurrence
		{"bare months nominal", mon, "ينص الاتفاق على دفع أجور شهري كانون الثاني وشباط", "كانون الثاني|date|2026-01; شباط|date|2026-02"},
		{"bare month future", mon, "ستنطلق الحملة في أيلول", "أيلول|date|2026-09"},
		{"bare month imperfect", mon, "يطالب النواب بصرف منحة كانون الثاني", "كانون الثاني|date|2026-01"},
		// 5. durations after بعد, منذ with "for"
		{"after days", pub, "وتنتهي المهلة بعد عشرين يوماً", "عشرين يوماً|duration|P20D"},
		{"after weeks", pub, "سيعود الوفد بعد أسبوعين", "أسبوعين|duration|P2W"},
		{"day after tomorrow", pub, "يصل الوفد بعد غد", "بعد غد|date|2024-03-16"},
		{"since more than", pub, "لم تدفع الرواتب منذ أكثر من ثلاثة أشهر", "أكثر من ثلاثة أشهر|duration|P3M"},
		{"negated since", pub, "لم يزر الرئيس البلاد منذ خمسة أعوام", "خمسة أعوام|duration|P5Y"},
		{"ago", pub, "وقعت الحادثة قبل أسبوعين", "قبل أسبوعين|date|2024-W09"},
		{"since with imperfect", pub, "يقيم النازحون في المدارس منذ ثلاثة أسابيع", "ثلاثة أسابيع|duration|P3W"},
		{"since with past verb: the whole stretch", pub, "وصل الوفد منذ ثلاثة أسابيع", "ثلاثة أسابيع|duration|P3W"},
		{"since after reporting verb", pub, "يذكر أنه منذ عامين أعلنت الشركة إفلاسها", "عامين|duration|P2Y"},
		{"since after subjunctive", pub, "قبل أن يغادر المدينة منذ ثلاثة أشهر", "ثلاثة أشهر|duration|P3M"},
		{"contracts not decades", pub, "وقعت الوزارة ثلاثة عقود مع شركات محلية وعقدين آخرين", ""},
		{"decades", pub, "حكم الحزب البلاد على مدى ثلاثة عقود", "ثلاثة عقود|duration|P30Y"},
		{"since about", pub, "افتتح المتحف منذ نحو عامين", "نحو عامين|duration|P2Y"},
		{"since, ago with قبل", pub, "توفي منذ ثلاثة أيام، ودفن قبل يومين", "ثلاثة أيام|duration|P3D; قبل يومين|date|2024-03-12"},
		{"half hour", pub, "استمر الاجتماع نصف ساعة", "نصف ساعة|duration|PT30M"},
		{"quarter century", pub, "حكم البلاد ربع قرن", "ربع قرن|duration|P25Y"},
		{"one week", pub, "أمهلت الحكومة الشركات أسبوعاً واحداً وتمديد أسبوع واحد", "أسبوعاً واحداً|duration|P1W; أسبوع واحد|duration|P1W"},
		{"decade of time", pub, "منذ أكثر من عقد من الزمن", "أكثر من عقد من الزمن|duration|P10Y"},
		{"more than a year", pub, "استمرت المفاوضات أكثر من عام", "أكثر من عام|duration|P1Y"},
		// 6. halves, quarters, first and last days: intervals of months or days
		{"half", pub, "ارتفعت الصادرات في النصف الثاني من 2023", "النصف الثاني من 2023|date|2023-07/2023-12|timex=2023-H2"},
		{"quarter current", pub, "تراجع النمو في الربع الأول من العام الجاري", "الربع الأول من العام الجاري|date|2024-01/2024-03|timex=2024-Q1"},
		{"quarter third", pub, "والربع الثالث من 2022", "الربع الثالث من 2022|date|2022-07/2022-09|timex=2022-Q3"},
		{"first days", pub, "تقام العروض في الأيام الخمسة الأولى من أيار", "الأيام الخمسة الأولى من أيار|date|2024-05-01/2024-05-05"},
		{"last days", pub, "في الأيام السبعة الأخيرة من شباط", "الأيام السبعة الأخيرة من شباط|date|2024-02-23/2024-02-29"},
		{"last quarter", pub, "تحسن الأداء في الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي|date|2023-10/2023-12|timex=2023-Q4"},
		{"first months", pub, "بلغت الصادرات خلال الأشهر الثمانية الأولى من 2023 مليار دولار", "الأشهر الثمانية الأولى من 2023|date|2023-01/2023-08"},
		{"last months current", pub, "في الأشهر الأربعة الأخيرة من العام الجاري", "الأشهر الأربعة الأخيرة من العام الجاري|date|2024-09/2024-12"},
		{"week of month", pub, "تبدأ الامتحانات في الأسبوع الأول من الشهر المقبل", "الأسبوع الأول من الشهر المقبل|date|2024-W14"},
		{"last week of month", pub, "في الأسبوع الأخير من أيار", "الأسبوع الأخير من أيار|date|2024-W22"},
		{"month range ambiguous name", pub, "يمتد الموسم من تشرين الأول حتى مارس", "من تشرين الأول حتى مارس|range|2023-10/2024-03"},
		{"practised not month", pub, "وقد مارس الضغوط على الحكومة", ""},
		{"last months no year", pub, "تراجعت المبيعات خلال الأشهر الستة الأخيرة", "الأشهر الستة الأخيرة|duration|P6M"},
		{"two digits with era", pub, "بني المسجد عام 98هـ", "عام 98هـ|date|0716-08-29/0717-08-17"},
		{"day of the same month", pub, "تنطلق الدورة في 10 نيسان 2023 وتستمر حتى 15 منه", "10 نيسان 2023|date|2023-04-10; 15 منه|date|2023-04-15"},
		{"count of it", pub, "في 10 نيسان 2023 باع 5 منه", "10 نيسان 2023|date|2023-04-10"},
		{"maghrebi quarter", pub, "تراجع العجز خلال الثلاثي الثاني من سنة 2023", "الثلاثي الثاني من سنة 2023|date|2023-04/2023-06|timex=2023-Q2"},
		{"maghrebi half", pub, "في السداسي الأول من العام الجاري", "السداسي الأول من العام الجاري|date|2024-01/2024-06|timex=2024-H1"},
		{"maghrebi end", pub, "إلى موفى شهر جوان 2022", "موفى شهر جوان 2022|date|2022-06-30"},
		{"article count", pub, "سجلت 120 إصابة خلال الأربع والعشرين ساعة الماضية", "الأربع والعشرين ساعة الماضية|duration|PT24H"},
		{"last ten of a hijri month", pub, "يعتكف المصلون في العشر الأواخر من رمضان 1445هـ", "العشر الأواخر من رمضان 1445هـ|date|2024-03-31/2024-04-09"},
		{"school year", pub, "مع بداية العام الدراسي 2024/2025", "2024/2025|range|2024/2025"},
		{"first hours", pub, "في الساعات الأولى من صباح اليوم", "صباح اليوم|date|2024-03-14"},
		{"dual modifier", pub, "تعطل الدوائر يومي الجمعة والسبت المقبلين", "يومي الجمعة والسبت المقبلين|range|2024-03-15/2024-03-16"},
		{"dual modifier two", pub, "تعطل الدوائر الجمعة والسبت المقبلين", "الجمعة والسبت المقبلين|range|2024-03-15/2024-03-16"},
		{"local time zone", pub, "عند الساعة 14:30 بالتوقيت المحلي", "الساعة 14:30 بالتوقيت المحلي|time|T14:30"},
		{"weekday with written date", pub, "تعطل الدوائر يوم الأحد الموافق 7 نيسان 2024", "يوم الأحد الموافق 7 نيسان 2024|date|2024-04-07"},
		{"few days", pub, "تصاعدت الاشتباكات في الأيام القليلة الماضية", "الأيام القليلة الماضية|date|UNKNOWN|PAST_REF"},
		// 7. datelines and seasons
		{"dateline", pub, "عمان - 12 - 3 (بترا) - قال الوزير", "12 - 3|date|2024-03-12"},
		{"dateline with year", pub, "الكويت - 9 - 1 - 2023 (كونا) - أعلن", "9 - 1 - 2023|date|2023-01-09"},
		{"score not dateline", pub, "وانتهت المباراة 2 - 3 (بعد التمديد)", ""},
		{"tunisian summer", pub, "خلال صائفة 2022", "صائفة 2022|date|UNKNOWN|timex=2022-SU"},
		{"winter", pub, "في شتاء 2021", "شتاء 2021|date|UNKNOWN|timex=2021-WI"},
	}
	runFindCases(t, tests)
}

// findCase is a row of the class tables: want is "text|kind|value[|ref]"
// per mention found in in, published on pub, joined by "; ".
type findCase struct {
	name string
	pub  time.Time
	in   string
	want string
}

// runFindCases runs Find on every row as a subtest.
func runFindCases(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Find(tt.in, tt.pub) {
				got = append(got, mentionRow(tt.in, m))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}
