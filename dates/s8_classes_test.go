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
	}
	runFindCases(t, tests)
}
