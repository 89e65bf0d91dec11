package quotes_test

import "testing"

// TestSession4Classes covers speaker classes found on unannotated
// SaudiNewsNet and ANT copy in session 4 (issue 11, items 4–6), with
// sentences written for this test.
func TestSession4Classes(t *testing.T) {
	tests := []speakerCase{
		{"an attribution to the subject's own statements",
			"رجح رئيس الحزب سامي الورتاني اليوم وجود مخاطر على الاقتصاد، بحسب تصريحاته لإذاعة محلية.",
			"وجود مخاطر", "سامي الورتاني"},
		{"the next cue carries the subject, not the statement",
			"رجح رئيس الحزب سامي الورتاني اليوم وجود مخاطر على الاقتصاد، بحسب تصريحاته لإذاعة محلية.\nوقال إن الحكومة مطالبة بالتحرك.",
			"الحكومة مطالبة", "سامي الورتاني"},
		{"a source with لل keeps its article",
			"ويمكن أن يساعد النوم المبكر على تحسين الذاكرة، وفقا للباحثين.",
			"يساعد النوم", "الباحثين"},
		{"a title, a comma and the name",
			"وقال رئيس جمعية الصيادين بصفاقس، منير الطرابلسي، إن الموسم كان صعبا.",
			"الموسم كان", "منير الطرابلسي"},
		{"a title with لدى, a comma and the name",
			"قال كاتب الدولة لدى وزير الفلاحة، حاتم بن سالم إن الأسعار ستستقر.",
			"الأسعار ستستقر", "حاتم بن سالم"},
		{"a verbal noun after جدد is no speaker",
			"قال الرئيس حمدي الساحلي إن البلاد بخير.\nوجدد التأكيد على أن الحوار هو الحل.",
			"الحوار هو", "حمدي الساحلي"},
		{"a plural participle takes a plural subject",
			"وأشاد المشاركون بدعم المحافظ خالد الشمري، مؤكدين أن المشاريع ستغير حياتهم.",
			"المشاريع ستغير", "المشاركون"},
		{"the subject before the verb, the object after it",
			"وخلال الجلسة، سامر الحلبي طالب القاضي بالإفراج عن الموقوفين قائلا إن لا علاقة لهم بالحادث.",
			"لا علاقة", "سامر الحلبي"},
		{"an indefinite source ends before a definite object",
			"وأبلغ مصدر قضائي الصحيفة أن القضية أحيلت إلى المحكمة.",
			"القضية أحيلت", "مصدر قضائي"},
	}
	runSpeakerCases(t, tests)
}
