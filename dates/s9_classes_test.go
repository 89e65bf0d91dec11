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
	}
	runFindCases(t, tests)
}
