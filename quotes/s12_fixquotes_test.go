package quotes_test

import "testing"

// TestS12WelcomeNotGreeting: a welcome of people (a greeting), a welcome
// in a relative clause, denied or under قد + an imperfect reports no
// stance; a welcome of an act keeps its quote (session 12, sentences
// written for this test).
func TestS12WelcomeNotGreeting(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"رحب الأمير بالضيوف في الحفل الذي أقيم مساء أمس.", "الضيوف"},
		{"ورحب الوزير بالحضور في بداية اللقاء.", "الحضور"},
		{"ورحب المهندس سالم العتيبي بالوفد الزائر في مقر الشركة.", "الوفد"},
		{"وكانت الدولة من أوائل الدول التي رحبت بتوقيع المعاهدة بين البلدين.", "توقيع"},
		{"وأضاف المحلل أن الجيران لا ترحب بالحرب في المنطقة.", "الحرب"},
		{"ويرى مراقبون أن المستثمرين قد يرحبون بانخفاض أسعار الفائدة.", "انخفاض"},
	})
	runSpeakerCases(t, []speakerCase{
		{"رحب بـ + a derived verbal noun in construct",
			"ورحبت وزارة الخارجية بتوقيع اتفاق السلام بين الطرفين.",
			"توقيع اتفاق", "وزارة الخارجية"},
		{"قد + a perfect: a welcome that took place",
			"وقد رحب مجلس الشورى بالمبادرة الجديدة لدعم الأسر المحتاجة.",
			"المبادرة الجديدة", "مجلس الشورى"},
	})
}

// TestS12AnnouncedThing: an announced thing or state is no announced act
// (session 12, sentences written for this test).
func TestS12AnnouncedThing(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"وأعلنت الوزارة جدول الامتحانات النهائية للعام الدراسي.", "جدول"},
		{"أعلن الرئيس حالة الطوارئ في البلاد لمدة شهر.", "حالة"},
		{"وأعلنت الشركة أسعار المنتجات الجديدة يوم الأحد.", "أسعار"},
		{"وأعلن الاتحاد طاقم التحكيم للمباراة النهائية.", "طاقم"},
		{"وأعلن المدرب تشكيلة الفريق لمواجهة الغد.", "تشكيلة"},
	})
	runSpeakerCases(t, []speakerCase{
		{"أعلن + a verbal noun of a derived verb",
			"وأعلنت الهيئة الملكية استئناف العمل في المشروع الأسبوع المقبل.",
			"استئناف العمل", "الهيئة الملكية"},
		{"أعلن + a verbal noun of a three-letter verb",
			"وأعلنت البلدية منع دخول الشاحنات إلى وسط المدينة.",
			"منع دخول", "البلدية"},
		{"أعلن + a three-letter verbal noun by its shape",
			"وأعلنت الشركة حصول مصنعها على شهادة الجودة.",
			"حصول مصنعها", "الشركة"},
	})
}
