package quotes_test

import "testing"

// TestFullestName: whatever rule found a speaker, it is named by the
// fullest name the document writes for the same person, organisation or
// place (session 5, issue 11 item 4), with sentences written for this
// test.
func TestFullestName(t *testing.T) {
	tests := []speakerCase{
		{"a person's short form without the chain of بن",
			"قدم الدورة المدرب سالم بن خالد الزهراني في جدة.\nوأوضح سالم الزهراني أن الإقبال كان كبيرا.",
			"الإقبال كان", "سالم بن خالد الزهراني"},
		{"an organisation by its last word",
			"أعلنت جبهة الخلاص مسؤوليتها عن الهجوم.\nوقالت الخلاص إن عناصرها انسحبوا.",
			"عناصرها انسحبوا", "جبهة الخلاص"},
		{"an organisation by its head and complement without the adjective",
			"نشر المعهد الوطني للإحصاء أرقام الربع الأول.\nوأوضح معهد الإحصاء أن البطالة تراجعت.",
			"البطالة تراجعت", "المعهد الوطني للإحصاء"},
		{"a state by its short name",
			"استقبلت المملكة العربية السعودية الوفد أمس.\nوأكدت السعودية أن العلاقات متينة.",
			"العلاقات متينة", "المملكة العربية السعودية"},
		{"the same source after ذات",
			"وتمت مداهمة المنزل وفق ما أكده مصدر أمني. وتم حجز الكمية وفق ما أكده ذات المصدر.",
			"حجز الكمية", "مصدر أمني"},
		{"indicators of an institute",
			"وبلغت نسبة التضخم 5 بالمائة، وفق المؤشرات الأخيرة للمعهد الوطني للإحصاء.",
			"نسبة التضخم", "المعهد الوطني للإحصاء"},
		{"an official agency",
			"وقررت الحكومة إغلاق المعابر، وذلك وفق بيان نشرته وكالة الأنباء السعودية الرسمية.",
			"إغلاق المعابر", "وكالة الأنباء السعودية"},
		{"a capital is not the court named after it",
			"أصدرت محكمة عمان حكمها أمس.\nودعت واشنطن إلى الإفراج عنه، لكن عمان أكدت أن القضاء مستقل.",
			"القضاء مستقل", "عمان"},
	}
	runSpeakerCases(t, tests)
}
