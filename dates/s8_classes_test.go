package dates

import (
	"testing"
	"time"
)

// TestSession8Classes covers the classes found on the date misses of
// train5 and train6 in session 8 (issue 11), with sentences written for
// these tests. want is "text|kind|value[|ref][|timex=…]" per mention,
// joined by "; ".
func TestSession8Classes(t *testing.T) {
	tue := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday
	tests := []findCase{
		{"a unit and a half after a count, with the unit repeated", tue,
			"تنتهي الاتفاقية بعد ثلاث سنوات ونصف، وتراجع الإنتاج خلال العامين ونصف العام الماضي، وبقي في الأسر خمسة أعوام ونصف العام",
			"ثلاث سنوات ونصف|duration|P3Y6M; العامين ونصف العام الماضي|duration|P2Y6M; خمسة أعوام ونصف العام|duration|P5Y6M"},
		{"… and a half ago is counted in the smaller unit", tue,
			"وقعت الاتفاقية قبل أكثر من عام ونصف، وبدأ المشروع قبل عامين ونصف",
			"قبل أكثر من عام ونصف|date|2014-01; قبل عامين ونصف|date|2013-01"},
		{"more than or about a quantity with ما + a verb", tue,
			"تحول الصندوق قبل ما ينوف على ثلاثة أعوام، وكان حلما منذ ما يزيد على عشر سنوات",
			"قبل ما ينوف على ثلاثة أعوام|date|2012; ما يزيد على عشر سنوات|duration|P10Y"},
		{"to this day with a verb that says something goes on", tue,
			"ما زالت البيوت تحتفظ بهذه العادة حتى اليوم، وبقي الأثر حتى اليوم، ومنذ أمس حتى اليوم لم يعثر عليها",
			"اليوم|date|UNKNOWN|PRESENT_REF; اليوم|date|UNKNOWN|PRESENT_REF; أمس|date|2015-07-20; اليوم|date|2015-07-21"},
		{"our day, our time: the present of a general statement", tue,
			"تميزت زراعتها حتى يومنا هذا، وما زالت تستخدم في وقتنا الحاضر وفي عصرنا الحالي",
			"يومنا هذا|date|UNKNOWN|PRESENT_REF; وقتنا الحاضر|date|UNKNOWN|PRESENT_REF; عصرنا الحالي|date|UNKNOWN|PRESENT_REF"},
		{"recently, not modern nor a talk", tue,
			"قال اللاعب المنضم حديثا إلى الفريق إن دراسة نشرت حديثاً قدمت مثالا حديثا، وأجرى معه حديثا صحافيا",
			"حديثا|date|UNKNOWN|PAST_REF; حديثاً|date|UNKNOWN|PAST_REF"},
		{"vague moments and eras", tue,
			"توفي الفنان منذ قليل، وتختفي البطاقات في وقت قريب، ويستغرق التطبيق بعض الوقت، كما فعلوا طوال الحقبة الماضية",
			"منذ قليل|date|UNKNOWN|PAST_REF; في وقت قريب|date|UNKNOWN|FUTURE_REF; بعض الوقت|duration|UNKNOWN; الحقبة الماضية|date|UNKNOWN|PAST_REF"},
		{"a plural unit alone is a stretch whose count is not given", tue,
			"قد يستمر المرض لسنوات، وتقاسموا المناصب على مدى أعوام، ويصدر التطبيق خلال أيام، واستيقظت بعد إعلان وفاتها بساعات",
			"سنوات|duration|UNKNOWN|timex=PXY; أعوام|duration|UNKNOWN|timex=PXY; أيام|duration|UNKNOWN|timex=PXD; ساعات|duration|UNKNOWN|timex=PTXH"},
		{"a plural unit heading a construct, or contracts, is not", tue,
			"أقيمت الحفلات خلال أيام عيد الفطر وطوال أيام المعسكر، ويعملون بعقود مؤقتة، ووزعت لأشهر دور النشر",
			""},
		{"بين + a month and و glued to the second month: one range, in order", tue,
			"تجرى الانتخابات بين ديسمبر 2015 وفبراير 2016، وسطا على البنوك بين مارس (آذار) ويوليو (تموز)، ويزورها السياح بين نوفمبر وفبراير",
			"بين ديسمبر 2015 وفبراير 2016|range|2015-12/2016-02; بين مارس (آذار) ويوليو (تموز)|range|2015-03/2015-07; بين نوفمبر وفبراير|range|2015-11/2016-02"},
		{"the years after عامي without بين are two dates", tue,
			"أقيمت في براغ عامي 2013 و2014، وارتفعت بين عامي 2010 و2012",
			"عامي 2013|date|2013; 2014|date|2014; بين عامي 2010 و2012|range|2010/2012"},
		{"a half with ل glued to the year; two quarters coordinated", tue,
			"بلغ عدد الضحايا في النصف الأول لعام 2015 ألفا، وبلغت القروض خلال الربعين الأول والثاني من العام الحالي مليارا",
			"النصف الأول لعام 2015|date|2015-01/2015-06|timex=2015-H1; الربعين الأول والثاني من العام الحالي|date|2015-01/2015-06|timex=2015-H1"},
		{"a weekday with الماضي that is the day before is the one of the week before", tue,
			"أعلنت الوزارة الاثنين الماضي انطلاق العمليات، واجتمع الزعماء الاثنين قبل الماضي، وعاد الأحد الماضي",
			"الاثنين الماضي|date|2015-07-13; الاثنين قبل الماضي|date|2015-07-13; الأحد الماضي|date|2015-07-19"},
		{"a postponement to a weekday is ahead", tue,
			"أجلت المحكمة الجلسة إلى الأحد، والكويت تؤجل المحاكمة إلى الإثنين",
			"الأحد|date|2015-07-26; الإثنين|date|2015-07-27"},
		{"في + a unit after a quantity is a rate, a set", tue,
			"تبلغ طاقتها 307 أمتار مكعبة في اليوم، ومليون طن في العام، وتصل سرعتها 60 ميلا في الساعة، وقتل 5 أشخاص في اليوم الأول",
			"في اليوم|set|P1D; في العام|set|P1Y; في الساعة|set|PT1H"},
		{"four digits before a time zone are a time; the end of a range at midnight is 24:00", tue,
			"انفجرت العبوة السابعة والنصف صباحا (0630 بتوقيت جرينتش)، ويستمر المهرجان من الخامسة عصراً حتى منتصف الليل",
			"السابعة والنصف صباحا|time|T07:30; 0630 بتوقيت جرينتش|time|T06:30; الخامسة عصراً حتى منتصف الليل|time|T17:00/T24:00"},
		{"numeric Hijri months and the Hijri years around pub without هـ", tue,
			"نفذت المشاريع من 3 /1436 هـ إلى 8 /1436 هـ، وفي شهر 9/1436هـ، وضمن ميزانية هذا العام 1435/1436، والقرار رقم 3/1436 هـ",
			"من 3 /1436 هـ إلى 8 /1436 هـ|range|2014-12-23/2015-06-17; 9/1436هـ|date|2015-06-18/2015-07-16; هذا العام|date|2015; 1435/1436|range|2013-11-04/2015-10-13; 1436 هـ|date|2014-10-25/2015-10-13"},
		{"a day in brackets; a range of written days from a part of the day", tue,
			"يقام الحفل يوم (١٩) شوال الجاري، والتسجيل اعتبارا من صباح يوم الأحد 1/11/1436هـ وحتى يوم الاثنين 1/12/1436هـ",
			"يوم (١٩) شوال الجاري|date|2015-08-04; من صباح يوم الأحد 1/11/1436هـ وحتى يوم الاثنين 1/12/1436هـ|range|2015-08-16/2015-09-14"},
		{"coordinated decades with one century are one range of years", tue,
			"عاش في سبعينات وثمانينات القرن الماضي، وتغير التقليد في الأربعينات والخمسينات",
			"سبعينات وثمانينات القرن الماضي|range|1970/1989; الأربعينات والخمسينات|range|1940/1959"},
	}
	runFindCases(t, tests)
}
