package dates

import (
	"testing"
	"time"
)

// TestSession13Review covers the date findings of the session 13 review
// (issue 11), with sentences written for these tests.
func TestSession13Review(t *testing.T) {
	jul := time.Date(2015, 7, 20, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []findCase{
		{"the same month joined to a year by في or من is that month of the year; with no month named, the publication's", jul,
			"انخفضت أسعار الحديد عن نفس الشهر في العام الماضي. وفي مايو زادت الصادرات مقارنة بالشهر نفسه من العام الماضي، وتراجعت مقارنة بالشهر ذاته في عام 2013",
			"نفس الشهر في العام الماضي|date|2014-07; مايو|date|2015-05; الشهر نفسه من العام الماضي|date|2014-05; الشهر ذاته في عام 2013|date|2013-05"},
		{"the same day of a year named after it: that day in that year", jul,
			"سجلت المحطة في 3 مارس أعلى حرارة، وكانت أقل في نفس اليوم من العام الماضي",
			"3 مارس|date|2015-03-03; نفس اليوم من العام الماضي|date|2014-03-03"},
		{"a date with no year between a year and «the same year» leaves the year named", jul,
			"تأسس النادي عام 2011. ولعب أول مباراة في 14 أكتوبر، وفاز بالكأس في نفس العام",
			"عام 2011|date|2011; 14 أكتوبر|date|2015-10-14; نفس العام|date|2011"},
		{"a habitual month of fasting is no one Ramadan; a single one still is", jul,
			"ترتفع أسعار اللحوم في شهر الصيام من كل عام، ويقل النوم خلال شهر الصوم عادة. ويبدأ شهر الصيام القادم بعد أشهر",
			"كل عام|set|P1Y; شهر الصيام|date|2016-06-06/2016-07-05; بعد أشهر|date|UNKNOWN|FUTURE_REF"},
		{"a weekday and a number followed by a clause about the number is no date; followed by another clause it is", jul,
			"فاز العداء يوم الأحد 5، وهو رقم لم يحققه من قبل. واجتمع المجلس الخميس 16، وقرر رفع الأجور",
			"يوم الأحد|date|2015-07-19; الخميس 16|date|2015-07-16"},
	}
	runFindCases(t, tests)
}
