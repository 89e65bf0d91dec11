package dates

import (
	"testing"
	"time"
)

// TestSession15Classes covers the classes found on the date misses of
// train25 (held out in session 14, never read by a rule writer), then
// train26–train27, with sentences written for these tests and several
// publication dates. want is "text|kind|value[|ref][|timex=…]" per
// mention, joined by "; ".
func TestSession15Classes(t *testing.T) {
	jul := time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC)  // a Saturday, Shawwal 1436
	aug := time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)   // a Sunday
	nov := time.Date(2016, 11, 8, 0, 0, 0, 0, time.UTC)  // a Tuesday, late in the year
	jan := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)   // a Sunday, the year's first day
	leap := time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC) // a leap day
	tests := []findCase{
		{"a year before a weekday, with or without يوم, is a year and the day: no count of days", jul,
			"تسحب قرعة بطولة 2019 يوم الأحد المقبل، وبدأ العد التنازلي لكأس العالم 2018 السبت الماضي",
			"2019|date|2019; يوم الأحد المقبل|date|2015-07-26; 2018|date|2018; السبت الماضي|date|2015-07-18"},
		{"a count of days before a unit that is no weekday stays a length", jul,
			"استمرت الرحلة 20 يوما، ودامت الحرب 2000 يوم كامل",
			"20 يوما|duration|P20D; 2000 يوم|duration|P2000D"},
		{"a year after لـ written apart, before a clause's end; a count there keeps its noun", nov,
			"تراجعت المخصصات في موازنة الوزارة لـ 2017، وارتفع المؤشر لـ 2017 نقطة",
			"2017|date|2017"},
		{"the first year of a bracketed list of later years", nov,
			"نال الفريق البطولة أربع مرات (1998 و2003 و2007 و2011)، وسجل اللاعب (1500 و1600 نقطة)",
			"1998|date|1998; 2003|date|2003; 2007|date|2007; 2011|date|2011"},
		{"a count of days, months or years gone by (مضت، خلت) after إلى or حتى is the time it points back to", jan,
			"يعود المشروع إلى 25 سنة مضت، وتمتد جذور الخلاف حتى ستة أشهر خلت",
			"25 سنة مضت|date|1992; ستة أشهر خلت|date|2016-07"},
		{"gone by after a noun or a preposition of length stays a length; after قبل it is read as before", jan,
			"عمل مدربا طيلة 3 أعوام مضت، وتراكمت ديون 5 سنوات مضت، وغادر البلاد قبل عشر سنوات مضت",
			"3 أعوام|duration|P3Y; 5 سنوات|duration|P5Y; قبل عشر سنوات|date|2007"},
		{"في مثل هذا اليوم من عام Y is the publication's day in that year; alone it is the publication's day", aug,
			"وقعت الحرب في مثل هذا اليوم من عام 1990م، وفي مثل هذا اليوم في سنة 1967 سقطت المدينة، ونحتفل في مثل هذا اليوم بذكراها",
			"مثل هذا اليوم من عام 1990م|date|1990-08-02; مثل هذا اليوم في سنة 1967|date|1967-08-02; مثل هذا اليوم|date|2015-08-02"},
		{"a leap day has no anniversary in a common year: the day and the year apart", leap,
			"وفي مثل هذا اليوم من عام 2015 افتتح الجسر",
			"مثل هذا اليوم|date|2016-02-29; عام 2015|date|2015"},
		{"the year before last after a count and في is a date, not a rate; في العام alone after a count is per year", aug,
			"سجلت البلدية سبعة حوادث في العام قبل الماضي، ويصدر المصنع ألف طن في العام",
			"العام قبل الماضي|date|2013; في العام|set|P1Y"},
		{"العشر الأواخر of a Hijri month run from its 21st to its end, whether it has 29 or 30 days; the last ten days counted are ten", aug,
			"اعتكف المصلون في العشر الأواخر من رمضان، وزاد الطلب في الأيام العشرة الأخيرة من رمضان",
			"العشر الأواخر من رمضان|date|2015-07-08/2015-07-16; الأيام العشرة الأخيرة من رمضان|date|2015-07-07/2015-07-16"},
		{"العشر الأواخر of a 30-day Ramadan", time.Date(2016, 7, 20, 0, 0, 0, 0, time.UTC),
			"كثرت الزيارات في العشر الأواخر من رمضان",
			"العشر الأواخر من رمضان|date|2016-06-26/2016-07-05"},
		{"thousands, millions or billions of years: a length; قبل + such a count is a past no four-digit year can write", aug,
			"سكن البشر الكهوف قبل نحو 70 ألف سنة، وتتغير المدارات كل 41 ألف عام، وتشكلت الصخور منذ ثلاثة مليارات عام، ويبلغ عمر العظم 300 ألف سنة",
			"قبل نحو 70 ألف سنة|date|UNKNOWN; كل 41 ألف عام|set|P41000Y; ثلاثة مليارات عام|duration|P3000000000Y; 300 ألف سنة|duration|P300000Y"},
		{"a multiplier before other units counts something else; before a year noun and a number it is a quantity in that year", aug,
			"سجل القطاع 400 ألف ليلة سياحية و90 ألف ساعة عمل، وبلغ عدد الزوار 8 ملايين عام 2014",
			"عام 2014|date|2014"},
		{"العيد after في in a told past or a headline, or celebrated with ب, is the feast just past: its first day", jul,
			"المركز يفرح الأيتام في العيد\n\nنظمت الجمعية زيارة للأسر في العيد، والأطفال يحتفلون بالعيد في الحديقة",
			"العيد|date|2015-07-17; العيد|date|2015-07-17; العيد|date|2015-07-17"},
		{"العيد after في in the present is the custom; far from a feast no occurrence is meant; its days this year's first day since session 18", jul,
			"تجتمع الأسر في العيد حول المائدة، وأمضى المرضى أيام العيد في المستشفى",
			"أيام العيد|date|2015-07-17"},
		{"far from a feast, العيد after في is no date", nov,
			"نظمت الجمعية زيارة للأسر في العيد، والأطفال يحتفلون بالعيد",
			""},
		{"a feast's festivities (فعاليات العيد): this year's occasion, its first day since session 18 (before, no mention)", jul,
			"تواصلت فعاليات العيد في الحدائق",
			"العيد|date|2015-07-17"},
	}
	runFindCases(t, tests)
}
