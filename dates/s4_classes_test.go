package dates

import (
	"testing"
	"time"
)

// TestSession4Classes covers date classes found on unannotated SaudiNewsNet
// and ANT copy and on the second development set in session 4 (issue 11,
// item 7), with sentences written for these tests. want is
// "text|kind|value[|ref]" per mention, joined by "; ".
func TestSession4Classes(t *testing.T) {
	tue := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday
	fri := time.Date(2015, 7, 24, 0, 0, 0, 0, time.UTC) // a Friday
	jan := time.Date(2017, 1, 5, 0, 0, 0, 0, time.UTC)
	mar := time.Date(2017, 3, 14, 0, 0, 0, 0, time.UTC)
	tests := []findCase{
		{"the article's own day holds for every bare اليوم", tue,
			"يلتقي الفريقان اليوم الاثنين. وقال المدرب إن مباراة اليوم صعبة.",
			"اليوم الاثنين|date|2015-07-20; اليوم|date|2015-07-20"},
		{"a month takes the year written before it in its sentence", jan,
			"بلغ التضخم ذروته في سبتمبر وديسمبر 2016 بينما سجل أدناه في جويلية",
			"سبتمبر|date|2016-09; ديسمبر 2016|date|2016-12; جويلية|date|2016-07"},
		{"a later month told in the past is last year's", fri,
			"وأثار القرار أعمال عنف بالتزامن مع معركة المدينة في تشرين الأول",
			"تشرين الأول|date|2014-10"},
		{"a later month in what was announced keeps the nearest year", fri,
			"أعلنت الحكومة رفع الدعم اعتبارا من مطلع أغسطس",
			"مطلع أغسطس|date|2015-08"},
		{"the first two months of a year", mar,
			"تراجعت الصادرات خلال الشهرين الأولين من سنة 2017",
			"الشهرين الأولين من سنة 2017|date|2017-01/2017-02"},
		{"a year and a half", mar,
			"استمرت الأشغال عاما ونصف، ثم ساعتين ونصف",
			"عاما ونصف|duration|P1Y6M; ساعتين ونصف|duration|PT2H30M"},
		{"at that time", mar,
			"وكان الوزير آنذاك قد أعلن القرار في حينه",
			"آنذاك|date|UNKNOWN|PAST_REF; في حينه|date|UNKNOWN|PAST_REF"},
		{"the same period of another year, and this period", mar,
			"تراجعت الصادرات خلال الأشهر الخمسة الأولى من 2017 مقارنة بنفس الفترة من سنة 2016، وارتفعت الواردات خلال هذه الفترة",
			"الأشهر الخمسة الأولى من 2017|date|2017-01/2017-05; نفس الفترة|date|2016-01/2016-05; سنة 2016|date|2016; هذه الفترة|date|2017-01/2017-05"},
		{"the same period of last year after a quarter", mar,
			"سجل الميناء خلال الثلاثي الأول من سنة 2016 نموا بنسبة 5% مقارنة بالفترة ذاتها من العام الماضي",
			"الثلاثي الأول من سنة 2016|date|2016-01/2016-03|timex=2016-Q1; الفترة ذاتها|date|2016-01/2016-03|timex=2016-Q1; العام الماضي|date|2016"},
		{"the corresponding period of a season, and of days in a leap year", mar,
			"ارتفعت المبيعات في صيف 2014 مقارنة بالفترة المماثلة من 2013. وزار المعرض من 1 إلى 29 فبراير 2016 نحو ألف زائر مقابل 800 في الفترة المقابلة من 2015",
			"صيف 2014|date|UNKNOWN|timex=2014-SU; الفترة المماثلة|date|UNKNOWN|timex=2013-SU; من 1 إلى 29 فبراير 2016|range|2016-02-01/2016-02-29; الفترة المقابلة|range|2015-02-01/2015-02-28"},
		{"the same period after a duration, and without a year", mar,
			"تراجع الإنتاج خلال الأشهر الثلاثة الماضية مقارنة بالفترة نفسها من العام الماضي. ونمت الصادرات في النصف الأول من 2016 مقارنة بذات الفترة",
			"الأشهر الثلاثة الماضية|duration|P3M; الفترة نفسها|duration|P3M; العام الماضي|date|2016; النصف الأول من 2016|date|2016-01/2016-06|timex=2016-H1; ذات الفترة|date|2016-01/2016-06|timex=2016-H1"},
		{"no period named before (هذه الفترة is the present, session 9), or a time of the year", mar,
			"ارتفعت الأسعار خلال هذه الفترة مقارنة بنفس الفترة من سنة 2016. ونمت في النصف الأول من العام الجاري، وتنخفض عادة في هذه الفترة من العام",
			"هذه الفترة|date|UNKNOWN|PRESENT_REF; سنة 2016|date|2016; النصف الأول من العام الجاري|date|2017-01/2017-06|timex=2017-H1"},
	}
	runFindCases(t, tests)
}
