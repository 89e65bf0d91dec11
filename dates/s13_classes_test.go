package dates

import (
	"testing"
	"time"
)

// TestSession13Classes covers the classes found on the date misses of
// train18–train21 (issue 11, item 7; the freshest read copy in session
// 13), with sentences written for these tests and several publication
// dates. want is "text|kind|value[|ref][|timex=…]" per mention, joined by
// "; ".
func TestSession13Classes(t *testing.T) {
	aug := time.Date(2015, 8, 5, 0, 0, 0, 0, time.UTC)   // a Wednesday
	jan := time.Date(2017, 1, 2, 0, 0, 0, 0, time.UTC)   // a Monday, early in the year
	dec := time.Date(2016, 12, 30, 0, 0, 0, 0, time.UTC) // a Friday, at the year's end
	tests := []findCase{
		{"an age after سن: a count, a count with its unit, an ordinal, an ordinal with tens", aug,
			"يمنع تشغيل الأطفال دون سن 15، ويحال الموظف على التقاعد عند بلوغه سن 60 عاما، ويلتحق الطفل بالروضة من سن الرابعة، وترشح وهو في سن الثامنة والخمسين",
			"سن 15|duration|P15Y; سن 60 عاما|duration|P60Y; سن الرابعة|duration|P4Y; سن الثامنة والخمسين|duration|P58Y"},
		{"سن without a count is no age mention (سن الرشد، كبار السن), nor a decimal after it", jan,
			"بلغ الشاب سن الرشد، ويحظى كبار السن برعاية خاصة، وقاس الطبيب سن 2.5 سم",
			""},
		{"a Hijri century or decade is UNKNOWN: ISO has no X-form for its Gregorian years; a Gregorian one keeps its X's", aug,
			"بني المسجد في أواخر القرن الثاني عشر الهجري، وانتقلت الأسرة إلى جدة في الثمانينيات الهجرية، ثم في الستينيات من القرن الرابع عشر الهجري، وعاد في الستينيات من القرن الماضي",
			"أواخر القرن الثاني عشر الهجري|date|UNKNOWN; الثمانينيات الهجرية|date|UNKNOWN; الستينيات من القرن الرابع عشر الهجري|date|UNKNOWN; الستينيات من القرن الماضي|date|196X|timex=196"},
		{"a third of a year is its four months; without a year it is no date", dec,
			"تراجعت الصادرات في الثلث الأول من العام الجاري والثلث الثاني منه، وتحسنت في الثلث الأخير من 2015، وسجل الفريق هدفين في الثلث الأول من المباراة والثلث الأخير من 2014",
			"الثلث الأول من العام الجاري|date|2016-01/2016-04; الثلث الأخير من 2015|date|2015-09/2015-12; الثلث الأخير من 2014|date|2014-09/2014-12"},
		{"حتى اللحظة is «so far», as حتى الآن; حتى اللحظة الأخيرة is a moment of the story", jan,
			"لم تعلن الوزارة حتى اللحظة عن موعد الامتحانات، وقاوم المدافعون حتى اللحظة الأخيرة",
			"حتى اللحظة|date|UNKNOWN|PRESENT_REF"},
		{"اليوم after the subject of a nominal sentence (a pronoun, a noun with the article opening its clause) is «nowadays»", aug,
			"عمل الحارس في القلعة عشرين سنة، وهو اليوم أكثر الناس معرفة بها. التلوث اليوم يهدد المدن الكبرى، ويرى الخبراء أن المدن اليوم أمام تحد كبير",
			"عشرين سنة|duration|P20Y; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF"},
		{"the day's news keeps the day: a verb first, a past verb before the noun, a past or future verb right after اليوم, a noun after a quote mark (a paper's name, not read as one here: as before)", dec,
			"يستقبل الأمير اليوم وفدا من رجال الأعمال. احتفلت الجاليات العربية والإسلامية اليوم بالعيد. وقال الوزير إنه اليوم سيفتتح المعرض، ونقلت «الأهرام اليوم» الخبر",
			"اليوم|date|2016-12-30; اليوم|date|2016-12-30; اليوم|date|2016-12-30; اليوم|date|2016-12-30"},
		{"اليوم + a weekday is never the day after the date given (copy is collected on or after its day): up to six days before", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC),
			"تراجعت الأسعار اليوم الأربعاء بعد أن ارتفعت أمس الثلاثاء",
			"اليوم الأربعاء|date|2015-07-15; أمس الثلاثاء|date|2015-07-14"},
		{"the weekday of the day before the date given, then the date given's own weekday, as before", time.Date(2015, 7, 23, 0, 0, 0, 0, time.UTC),
			"تراجعت الأسعار اليوم الأربعاء، وتعقد اللجنة اجتماعها اليوم الخميس",
			"اليوم الأربعاء|date|2015-07-22; اليوم الخميس|date|2015-07-23"},
		{"نفس / ذات before a unit, المذكور after it: the last day, month or year named; with من + a year that year's month", time.Date(2017, 3, 10, 0, 0, 0, 0, time.UTC),
			"انضمت البلاد إلى المعاهدة منذ 2009 ووقعت الاتفاق في نفس العام. وسجل الديوان في جانفي 2017 نحو 300 مخالفة مقابل 210 في نفس الشهر من 2016، وتراجعت الحوادث طيلة الشهر المذكور. وافتتح المعرض يوم 3 مارس وأغلق مساء ذات اليوم",
			"2009|date|2009; نفس العام|date|2009; جانفي 2017|date|2017-01; نفس الشهر من 2016|date|2016-01; الشهر المذكور|date|2016-01; يوم 3 مارس|date|2017-03-03; ذات اليوم|date|2017-03-03"},
		{"نفس اليوم with no day named before is not today", aug,
			"تنظم الجمعية حملتين في نفس اليوم",
			"نفس اليوم|date|UNKNOWN"},
		{"the fiscal year with a modifier is the calendar year before, of or after pub; without one a named period", aug,
			"اعتمدت المشاريع خلال العام المالي الماضي، وبدأ التطبيق مع مطلع العام المالي الحالي، وتدرج في ميزانية السنة المالية المقبلة، وتغلق الحسابات بنهاية السنة المالية",
			"العام المالي الماضي|date|2014; مطلع العام المالي الحالي|date|2015-01; السنة المالية المقبلة|date|2016"},
		{"a second, smaller count after بعد/منذ + a count (with واحد); «ago» after ما يقارب من، قرابة، زهاء", aug,
			"عاد إلى الملاعب بعد عام واحد وثلاثة أشهر من الإصابة، ويفاوض منذ عامين وستة أشهر، وقد اشترى الأرض قبل ما يقارب من 30 عاما، وزار المدينة قبل قرابة عشر سنوات",
			"عام واحد وثلاثة أشهر|duration|P1Y3M; عامين وستة أشهر|duration|P2Y6M; قبل ما يقارب من 30 عاما|date|1985; قبل قرابة عشر سنوات|date|2005"},
		{"a weekday with a day number and no month: that day on that weekday nearest the date given; a count after the number is not a day", jan,
			"تنخفض الحرارة يومي الأربعاء 04 والخميس 05 جانفي، وعقد المؤتمر يوم الجمعة 30 في العاصمة، وفاز الفريق الأحد 8 أهداف",
			"الأربعاء 04|date|2017-01-04; الخميس 05 جانفي|date|2017-01-05; يوم الجمعة 30|date|2016-12-30; الأحد|date|2017-01-01"},
		{"شهر الصيام / شهر الصوم is Ramadan, as الشهر الفضيل", time.Date(2016, 5, 19, 0, 0, 0, 0, time.UTC),
			"تستعد الأسواق لتزويد المواطنين بالخضر خلال شهر الصيام، ويكثر الطلب على التمور في شهر الصوم",
			"شهر الصيام|date|2016-06-06/2016-07-05; شهر الصوم|date|2016-06-06/2016-07-05"},
		{"a half or third of «العام» alone is the publication's year; last year's when the text named last year and the part has not begun by the date given", time.Date(2015, 2, 10, 0, 0, 0, 0, time.UTC),
			"بلغ التضخم في ديسمبر 2014 ذروته، وتراجع في النصف الثاني من العام. ويتوقع البنك أن ينمو الاقتصاد في النصف الأول من العام",
			"ديسمبر 2014|date|2014-12; النصف الثاني من العام|date|2014-07/2014-12|timex=2014-H2; النصف الأول من العام|date|2015-01/2015-06|timex=2015-H1"},
		{"a part of the year under way is this year's", time.Date(2015, 7, 22, 0, 0, 0, 0, time.UTC),
			"سجلت الواردات في 2014 زيادة، وإذا حافظت على زخمها خلال النصف الثاني من العام فستتجاوز ذلك، وفي الثلث الأخير من السنة",
			"2014|date|2014; النصف الثاني من العام|date|2015-07/2015-12|timex=2015-H2; الثلث الأخير من السنة|date|2015-09/2015-12"},
		{"«nowadays» after a construct or a noun opened by إنّ/أنّ, and after a noun with و glued before a verbal predicate", aug,
			"ويرى الخبراء أن أسعار اليوم مرتفعة، وإنّ وضع الأسواق اليوم صعب، ويتغير المناخ والعالم اليوم يواجه الجفاف",
			"اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF"},
		{"the day stays: a weekday after it, a headline ending with it, a plural perfect after it, two nouns joined by و before an object", aug,
			"يستأنف الفريق تدريباته، والمدرب اليوم (الأربعاء) يختار التشكيلة. تفتتح الجمعية والبلدية اليوم معرضا\nالمعرض ينطلق في الرياض والدمام اليوم\nوقال المدرب إن اللاعبين اليوم افتقدوا التركيز",
			"اليوم (الأربعاء)|date|2015-08-05; اليوم|date|2015-08-05; اليوم|date|2015-08-05; اليوم|date|2015-08-05"},
	}
	runFindCases(t, tests)
}
