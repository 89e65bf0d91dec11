package dates

import (
	"testing"
	"time"
)

// TestSession9Classes covers the classes found on the date misses of the
// read sets in session 9 (issue 11, item 7), with sentences written for
// these tests. want is "text|kind|value[|ref][|timex=…]" per mention,
// joined by "; ".
func TestSession9Classes(t *testing.T) {
	sat := time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC)  // a Saturday
	tue := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday
	tests := []findCase{
		{"ages are durations", tue,
			"قال المهندس البالغ من العمر 41 عامًا إن الجسر جاهز، وأصيب شاب (19 عاما) بجروح، وعمره ثمانية أشهر",
			"41 عامًا|duration|P41Y; 19 عاما|duration|P19Y; ثمانية أشهر|duration|P8M"},
		{"today before a preposition, a noun or a clock time", tue,
			"يغادر الوفد اليوم إلى القاهرة، وتنطلق اليوم الجولة الثانية، ويبدأ البيع اليوم الساعة العاشرة صباحاً",
			"اليوم|date|2015-07-21; اليوم|date|2015-07-21; اليوم الساعة العاشرة صباحاً|time|2015-07-21T10:00"},
		{"today before its adjective is a named day", tue,
			"احتفلت المدارس باليوم الوطني وفي نهاية اليوم المفتوح وزعت الجوائز",
			""},
		{"coordinated weekdays are one interval", sat,
			"تواصلت الاشتباكات السبت والأحد، وتقام الأمسيات الأحد والاثنين في الأسبوع المقبل ثم الأحد والأربعاء في الأسبوع بعد المقبل",
			"السبت والأحد|range|2015-07-25/2015-07-26; الأحد والاثنين في الأسبوع المقبل|range|2015-08-02/2015-08-03; الأحد والأربعاء في الأسبوع بعد المقبل|range|2015-08-09/2015-08-12"},
		{"a weekday in a named week", sat,
			"يصل الفريق الثلاثاء من الأسبوع المقبل",
			"الثلاثاء من الأسبوع المقبل|date|2015-08-04"},
		{"a length given as two numbers, each with its unit or mixing words and digits", tue,
			"تتراوح الأحكام بين سبع سنوات و12 سنة، وتستغرق المراجعة ما بين ستة وثمانية أسابيع، ويتكرر الجفاف كل ما بين ثلاثة و10 أعوام، ويستغرق النسج من ثلاثة أيام إلى خمسة أيام",
			"سبع سنوات و12 سنة|duration|UNKNOWN|timex=PXY; ستة وثمانية أسابيع|duration|UNKNOWN|timex=PXW; ثلاثة و10 أعوام|duration|UNKNOWN|timex=PXY; ثلاثة أيام إلى خمسة أيام|duration|UNKNOWN|timex=PXD"},
		{"years joined by a tatweel dash or a spaced slash", tue,
			"شملت الخطة الثالثة (1400هـ ـــ 1405هـ الموافق 1980 ـــ 1985) المصانع، وفاز الفريق في موسم 2003/ 2004، وحفرت الأنفاق خلال الفترة 1906 / 1914",
			"1400هـ ـــ 1405هـ|range|1979-11-21/1985-09-15; 1980 ـــ 1985|range|1980/1985; 2003/ 2004|range|2003/2004; 1906 / 1914|range|1906/1914"},
		{"one year in two calendars joined by a dash is two mentions", tue,
			"تقام الدورة التاسعة (1436هـ ـ 2015م) في الطائف",
			"1436هـ|date|2014-10-25/2015-10-13; 2015م|date|2015"},
		{"seasons set against each other are any year's; a season after a noun is this year's", tue,
			"يرتفع الإنتاج في فصل الصيف ويقل في الشتاء. وتضرر المزارعون من حر الصيف",
			"فصل الصيف|date|UNKNOWN|timex=XXXX-SU; الشتاء|date|UNKNOWN|timex=XXXX-WI; الصيف|date|UNKNOWN|timex=2015-SU"},
		{"vague references: the future after a preposition, moments, of old, a while", tue,
			"يشعر بالخوف من المستقبل، وبعد لحظات من الصمت سكت لبرهة، وكانت القرية تزرعه قديماً وحديثاً، ويعمل منذ مدة، وسينمو بعد حين، وقل الصبر في زماننا هذا. وقال تيار المستقبل إن",
			"المستقبل|date|UNKNOWN|FUTURE_REF; لحظات|duration|UNKNOWN; برهة|duration|UNKNOWN; قديماً|date|UNKNOWN|PAST_REF; حديثاً|date|UNKNOWN|PAST_REF; منذ مدة|date|UNKNOWN|PAST_REF; بعد حين|date|UNKNOWN|FUTURE_REF; زماننا هذا|date|UNKNOWN|PRESENT_REF"},
		{"this period with no period named before is the present", tue,
			"يمر الطلاب بظروف صعبة في هذه الفترة",
			"هذه الفترة|date|UNKNOWN|PRESENT_REF"},
		{"a rate after a quantity, whatever word follows", tue,
			"يتقاضون 40 دينارا في الأسبوع بالرغم من ذلك، ويطلق 900 رصاصة في الدقيقة.",
			"في الأسبوع|set|P1W; في الدقيقة|set|PT1M"},
		{"an ordinal day of an event; not with the event named after it", tue,
			"انطلقت فعاليات اليوم الخامس بورشة، ويناقش اليوم الثاني للمؤتمر التقارير",
			"اليوم الخامس|date|UNKNOWN"},
		{"the first of a month's name is its first day", tue,
			"يعمل الفريق منذ أول شوال الجاري، وبدأت الخطة اعتبارا من أول يوليو الجاري",
			"أول شوال الجاري|date|2015-07-17; أول يوليو الجاري|date|2015-07-01"},
		{"a future seen from the past is past", tue,
			"وكان من المفترض أن تبدأ القوة عملياتها في 30 يونيو، ولكن التمويل تأخر",
			"30 يونيو|date|2015-06-30"},
		{"months of one range without a year share the end's year; days share the current month", tue,
			"تضاعف الفائض في الفترة ما بين يناير ويونيو، وتجتمع اللجنة من 24 إلى 28 من الشهر الجاري",
			"بين يناير ويونيو|range|2015-01/2015-06; من 24 إلى 28 من الشهر الجاري|range|2015-07-24/2015-07-28"},
		{"the start of the year after a year long past is this year's", tue,
			"تأسست الجماعة عام 2009، وخسرت معظم أراضيها في بداية العام",
			"عام 2009|date|2009; بداية العام|date|2015-01"},
	}
	runFindCases(t, tests)
}
