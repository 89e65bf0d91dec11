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
		{"seasons set against each other are any year's; a season after a noun is this year's", tue,
			"يرتفع الإنتاج في فصل الصيف ويقل في الشتاء. وتضرر المزارعون من حر الصيف",
			"فصل الصيف|date|UNKNOWN|timex=XXXX-SU; الشتاء|date|UNKNOWN|timex=XXXX-WI; الصيف|date|UNKNOWN|timex=2015-SU"},
	}
	runFindCases(t, tests)
}
