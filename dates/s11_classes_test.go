package dates

import (
	"testing"
	"time"
)

// TestSession11Classes covers the classes found on the date misses of
// train12 and train13 (issue 11, item 7; the freshest read copy in
// session 11), with sentences written for these tests. want is
// "text|kind|value[|ref][|timex=…]" per mention, joined by "; ".
func TestSession11Classes(t *testing.T) {
	sat := time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC) // a Saturday
	mon := time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC) // a Monday
	jan3 := time.Date(2016, 1, 3, 0, 0, 0, 0, time.UTC) // a Sunday
	tue := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday, the fifth day of the feast of 1436
	tests := []findCase{
		{"أمس followed by و or by أول without the article is yesterday", sat,
			"عملت الفرق أمس وأول من أمس، ووصلت أمس أول شحنة إلى الميناء، وغادر الوفد أمس الأول",
			"أمس|date|2015-07-24; أول من أمس|date|2015-07-23; أمس|date|2015-07-24; أمس الأول|date|2015-07-23"},
		{"a clock time in the afternoon of a day (بعد ظهر، من بعد ظهر)", sat,
			"وصلت الطائرة عند الساعة 2:47 من بعد ظهر أول من أمس، ويتجمع المحتجون عند الخامسة من بعد ظهر اليوم السبت، وانتهى الاجتماع في الساعة الرابعة بعد ظهر أمس",
			"الساعة 2:47 من بعد ظهر أول من أمس|time|2015-07-23T14:47; الخامسة من بعد ظهر اليوم السبت|time|2015-07-25T17:00; الساعة الرابعة بعد ظهر أمس|time|2015-07-24T16:00"},
		{"a clock time of the day after tomorrow; الساعة with the article glued to its number", mon,
			"تنطلق المباراة في الساعة السادسة من مساء بعد غد الأربعاء، ويغادر الفريق مساء بعد غد، وفتحت الأبواب عند الساعة الـ10 صباحاً",
			"الساعة السادسة من مساء بعد غد الأربعاء|time|2015-08-12T18:00; مساء بعد غد|date|2015-08-12; الساعة الـ10 صباحاً|time|T10:00"},
		{"ordinal days joined by a glued و are one range (consecutive, or any two after بين or يومي)", sat,
			"اجتمع الوزراء في السابع والثامن من تموز، ويقام السوق في الخامس والسادس والسابع من أغسطس المقبل، وتجري الزيارة يومي الثاني والثالث من الشهر المقبل، ويغلق المتحف بين الأول والعاشر من أغسطس، وصرفت الرواتب في العاشر والعشرين من يونيو",
			"السابع والثامن من تموز|range|2015-07-07/2015-07-08; الخامس والسادس والسابع من أغسطس المقبل|range|2015-08-05/2015-08-07; يومي الثاني والثالث من الشهر المقبل|range|2015-08-02/2015-08-03; بين الأول والعاشر من أغسطس|range|2015-08-01/2015-08-10; العشرين من يونيو|date|2015-06-20"},
		{"a feast named in full as this year's occurrence: its coming, its celebration, في, هذا العام", tue,
			"هنأ الأمير المواطنين بمناسبة حلول عيد الفطر المبارك، وعبر الأطفال عن فرحتهم بعيد الفطر، ونظمت البلدية احتفالاتها بعيد الأضحى هذا العام، وانخفضت الأسعار مع اقتراب عيد الفطر، وسافر كثيرون في عيد الفطر",
			"عيد الفطر المبارك|date|2015-07-17; عيد الفطر|date|2015-07-17; عيد الأضحى|date|2015-09-23; هذا العام|date|2015; عيد الفطر|date|2015-07-17; عيد الفطر|date|2015-07-17"},
		{"a day of the feast up to the tenth; the feast's morning without a day is UNKNOWN, its days this year's first day since session 18", tue,
			"يقام الحفل اليوم خامس أيام عيد الفطر، ويقضي الشباب أيام العيد في الحدائق، ويزور الناس أقاربهم صباح العيد",
			"اليوم|date|2015-07-21; خامس أيام عيد الفطر|date|2015-07-21; أيام العيد|date|2015-07-17; صباح العيد|date|UNKNOWN"},
		{"a feast's prayer, a feast in a name and بعيد \"far\" are not dates", tue,
			"أدى المصلون صلاة عيد الفطر في المساجد، والمكان بعيد عن المدينة",
			""},
		{"a clock time with its day keeps that day for «اليوم نفسه»", sat,
			"توقف القطار عند الساعة 2:47 من بعد ظهر أول من أمس، وتحرك عند الساعة الرابعة عصر اليوم نفسه",
			"الساعة 2:47 من بعد ظهر أول من أمس|time|2015-07-23T14:47; الساعة الرابعة عصر اليوم نفسه|time|2015-07-23T16:00"},
		{"vague references: some day, years gone by, that moment, this very time; a plural unit after عبر", sat,
			"قال إن الحلم سيتحقق يوماً ما، وكان يوما ما صديقا، وعاش الحي ازدهارا في سنوات مضت، ولم يرد أحد إلى حد تلك اللحظة، وتساءل عن طرح القضية في هذا التوقيت بالذات، وبقيت الأسعار ثابتة عبر سنوات من التقلب",
			"يوماً ما|date|UNKNOWN|FUTURE_REF; يوما ما|date|UNKNOWN|PAST_REF; سنوات مضت|date|UNKNOWN|PAST_REF; تلك اللحظة|date|UNKNOWN|PAST_REF; هذا التوقيت بالذات|date|UNKNOWN|PRESENT_REF; سنوات|duration|UNKNOWN|timex=PXY"},
		{"coordinated decades without a century are two; a century written with the article and digits", sat,
			"ازدهرت الحركة في الخمسينيات والستينيات، وعاد في سبعينات وثمانينات القرن الماضي، ويكتمل المشروع في القرن الـ21",
			"الخمسينيات|date|195X|timex=195; الستينيات|date|196X|timex=196; سبعينات وثمانينات القرن الماضي|range|1970/1989; القرن الـ21|date|20XX|timex=20"},
		{"an ordinal age with من العمر or من عمره; a rate after a count of times or a dual of a currency", sat,
			"يجند الشباب في الثامنة عشرة من العمر، وتوفي طفل في السابعة من عمره، واعتقل رجل في العقد الثالث من العمر، ويعيش الفقراء بدولارين في اليوم، ويزور الطبيب القرية مرتين في الأسبوع، ويلتقي الأعضاء مرة واحدة في الشهر بمقر الجمعية",
			"الثامنة عشرة|duration|P18Y; السابعة|duration|P7Y; في اليوم|set|P1D; في الأسبوع|set|P1W; في الشهر|set|P1M"},
		{"قبل/منذ + an approximation + a unit with the article; a month and a half ago is a month", sat,
			"بدأت الأزمة منذ نحو الأسبوع، وتوفي قبل نحو الشهر، وسافر قبل نحو شهر ونصف، وانتقل قبل حوالي العام",
			"نحو الأسبوع|duration|P1W; قبل نحو الشهر|date|2015-06; قبل نحو شهر ونصف|date|2015-06; قبل حوالي العام|date|2014"},
		{"the eve and the morrow of an undated event are UNKNOWN; of a day, the day", sat,
			"أعلنت الهدنة عشية استئناف المفاوضات، وتقدمت القوات غداة دخولها المدينة، وأوقفت الشرطة رجلا عشية أمس الجمعة",
			"عشية|date|UNKNOWN; غداة|date|UNKNOWN; عشية أمس الجمعة|date|2015-07-24"},
		{"a holiday with a season's adjective is this year's season; other nouns with it are not dates", sat,
			"استعدت البلدية للإجازة الصيفية، وتراجعت التداولات في موسم العطلات الصيفية، وانطلقت الدورة الصيفية للأطفال",
			"للإجازة الصيفية|date|UNKNOWN|timex=2015-SU; موسم العطلات الصيفية|date|UNKNOWN|timex=2015-SU"},
		{"a range of days across the year boundary stays in order in a future sentence", jan3,
			"سيعقد المؤتمر بين 30 ديسمبر و2 يناير، وسيقام المعرض من 28 ديسمبر إلى 3 يناير 2017، وأقيم المهرجان من 28 ديسمبر إلى 3 يناير",
			"بين 30 ديسمبر و2 يناير|range|2016-12-30/2017-01-02; من 28 ديسمبر إلى 3 يناير 2017|range|2016-12-28/2017-01-03; من 28 ديسمبر إلى 3 يناير|range|2015-12-28/2016-01-03"},
		{"«اليوم» nowadays after the writer's we, a verb of living or seeing in the first person plural, «ما هي عليه», a noun of the world's people", sat,
			"إننا اليوم نعيش مرحلة جديدة، والتحديات التي نواجهها اليوم كبيرة، وتختلف المدينة عما هي عليه اليوم، ويحتاج شباب اليوم إلى فرص، ويلتقي الفريق اليوم، وتشهد المدينة اليوم افتتاح المعرض",
			"اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|2015-07-25; اليوم|date|2015-07-25"},
		{"a bound on a length before a unit alone (لا تقل عن سنة، ما يزيد عن السنة); بين عشية وضحاها is no date", sat,
			"يعاقب المخالف بالسجن مدة لا تقل عن سنة، وعاد الفريق بعد ما يزيد عن السنة من غيابه، وتغير كل شيء بين عشية وضحاها",
			"سنة|duration|P1Y; السنة|duration|P1Y"},
		{"a Hijri month with a relative year takes the Hijri year of the publication moved as much; with a written Gregorian year, the Hijri year whose month begins in it", tue,
			"يبدأ التسجيل منتصف شهر ذي القعدة من هذا العام، وصام الناس شهر رمضان من العام الماضي، وتقام المسابقة في شوال 2016",
			"منتصف شهر ذي القعدة من هذا العام|date|2015-08-16/2015-09-13; شهر رمضان من العام الماضي|date|2014-06-28/2014-07-27; شوال 2016|date|2016-07-06/2016-08-03"},
	}
	runFindCases(t, tests)
}
