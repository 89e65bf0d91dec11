package dates

import (
	"testing"
	"time"
)

// Session 15 review: a multiplier after a teen compound, and العيد with a
// modifier that names another feast. Sentences written for the tests.
func TestS15ReviewDates(t *testing.T) {
	jul := time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC) // Shawwal 1436, a week after the Eid al-Fitr
	tests := []findCase{
		{"a multiplier after a teen compound multiplies the whole teen", jul,
			"تكونت هذه الجبال قبل خمسة عشر ألف سنة، وعاشت القبيلة في الوادي ثلاثة عشر ألف عام",
			"قبل خمسة عشر ألف سنة|date|UNKNOWN; ثلاثة عشر ألف عام|duration|P13000Y"},
		{"the teens with أحد and اثنا, and a teen without a multiplier", jul,
			"بقيت الآثار مدفونة أحد عشر ألف عام، ودام الحكم اثنا عشر عاما",
			"أحد عشر ألف عام|duration|P11000Y; اثنا عشر عاما|duration|P12Y"},
		{"العيد with an adjective, an ordinal, رقم or a ل-complement is another feast", jul,
			"احتفلت بالعيد الوطني لبلادها أمس سفارة الدولة، واحتفل بالعيد الخامس لتأسيسه النادي، واحتفلت بالعيد رقم 40 لاستقلالها المدينة، واحتفلت بالعيد الذهبي الجامعة",
			"أمس|date|2015-07-24"},
		{"العيد with a number then a ل-complement, or an anniversary with ل, after في in a told past", jul,
			"رقص الطلاب في العيد 75 للجامعة، وغنت الفرقة في العيد «30» لتأسيس المدرسة، وخطب الرئيس في العيد لاستقلال البلاد",
			""},
		{"a count after العيد with its noun, and a ل-complement of who celebrates, keep the Eid", jul,
			"استقبلت المتاحف الزوار في العيد 12 يوما، وقدم المدير التهنئة بالعيد لموظفي الإدارة",
			"العيد|date|2015-07-17; 12 يوما|duration|P12D; العيد|date|2015-07-17"},
		{"العيد bare, with المبارك or السعيد, before لأول مرة, a subject or a relative stays the Eid", jul,
			"احتفل بالعيد المبارك أطفال الحي، وهنأهم بالعيد السعيد مدير المدرسة، واحتفلت بالعيد لأول مرة أسر كثيرة، واحتفل بالعيد المسلمون، وهنأ بالعيد التي حضرت",
			"العيد المبارك|date|2015-07-17; العيد السعيد|date|2015-07-17; العيد|date|2015-07-17; العيد|date|2015-07-17; العيد|date|2015-07-17"},
	}
	runFindCases(t, tests)
}
