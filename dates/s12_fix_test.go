package dates

import (
	"strings"
	"testing"
	"time"
)

// TestSession12FixChain: a long chain of hundreds joined by و is read in
// time linear in its length (review of session 12: each hundred re-read
// the rest of the chain), and a hundred with a smaller number joined to it
// is still one count.
func TestSession12FixChain(t *testing.T) {
	aug := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	text := "بلغ العدد " + strings.Repeat("مائة و", 20000) + "مائة"
	start := time.Now()
	Find(text, aug)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a chain of 20000 hundreds took %v", d)
	}
	runFindCases(t, []findCase{
		{"hundreds joined to a smaller number stay one count", aug,
			"انتظر الركاب مائة وعشر دقائق",
			"مائة وعشر دقائق|duration|PT110M"},
	})
}

// TestSession12FixSplitDays: two days of a month joined by و that are
// split into two dates keep the first's Hijri value and calendar, and a
// first day above the second is the previous month's.
func TestSession12FixSplitDays(t *testing.T) {
	aug := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	ms := Find("تقام الأمسيات في 2 و5 رمضان 1436هـ في المركز الثقافي", aug)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2: %+v", len(ms), ms)
	}
	if ms[0].Hijri != "1436-09-02" || ms[0].Calendar == "" || ms[0].Calendar != ms[1].Calendar {
		t.Errorf("first date: hijri %q calendar %q (second %q), want 1436-09-02 and the second's calendar", ms[0].Hijri, ms[0].Calendar, ms[1].Calendar)
	}
	if ms[1].Hijri != "1436-09-05" {
		t.Errorf("second date: hijri %q, want 1436-09-05", ms[1].Hijri)
	}
	runFindCases(t, []findCase{
		{"a first day above the second is the previous month's", aug,
			"أقيمت الدورتان في 30 و2 سبتمبر 2014",
			"30|date|2014-08-30; 2 سبتمبر 2014|date|2014-09-02"},
	})
}

// TestSession12FixQuarterYear: «الربع نفسه» takes the quarter named by its
// number, not one named relative to it (الربع السابق); a number after
// «العام الحالي» that counts something is no Hijri year.
func TestSession12FixQuarterYear(t *testing.T) {
	aug := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	runFindCases(t, []findCase{
		{"the same quarter is the one named by its number", aug,
			"نمت الصادرات في الربع الثالث بعد تراجعها في الربع السابق، وكانت أقل في الربع نفسه من العام الماضي",
			"الربع الثالث|date|2015-07/2015-09|timex=2015-Q3; الربع السابق|date|2015-04/2015-06|timex=2015-Q2; الربع نفسه|date|2014-07/2014-09|timex=2014-Q3; العام الماضي|date|2014"},
		{"a relative quarter alone is still the same quarter's source", aug,
			"ارتفعت المبيعات في الربع الماضي مقارنة بالربع المماثل من العام السابق",
			"الربع الماضي|date|2015-04/2015-06|timex=2015-Q2; الربع المماثل|date|2014-04/2014-06|timex=2014-Q2; العام السابق|date|2014"},
		{"a count after العام الحالي is not the Hijri year", aug,
			"سجلت الجامعة في العام الحالي 1436 طالبا جديدا، وأنفقت الدولة هذا العام 1436 مليون ريال",
			"العام الحالي|date|2015; هذا العام|date|2015"},
	})
}

// TestSession12FixMonthPart: with no publication date a half of «الشهر
// الفضيل» is UNKNOWN over its whole span, not a day of it; a fifth week of
// a Hijri month is no week of seven days.
func TestSession12FixMonthPart(t *testing.T) {
	mon := time.Date(2015, 7, 27, 0, 0, 0, 0, time.UTC)
	runFindCases(t, []findCase{
		{"no publication date: the half of the holy month is UNKNOWN", time.Time{},
			"تكثر الزيارات في النصف الثاني من الشهر الفضيل عادة",
			"النصف الثاني من الشهر الفضيل|date|UNKNOWN"},
		{"the fifth week of a Hijri month is UNKNOWN, the fourth its days 22–28", mon,
			"تزدحم الأسواق في الأسبوع الخامس من رمضان، وتهدأ في الأسبوع الرابع من شوال",
			"الأسبوع الخامس من رمضان|date|UNKNOWN; الأسبوع الرابع من شوال|date|2015-08-07/2015-08-13"},
	})
}
