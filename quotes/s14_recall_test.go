package quotes_test

import "testing"

// TestS14StraightUnclosed: a straight mark that opens speech after a cue
// and its colon and is never closed (the next straight mark opens a quoted
// name) is a direct quote up to its sentence's end; a straight mark after
// a colon with no cue stays no quote (session 14, sentences written for
// this test).
func TestS14StraightUnclosed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"وأضاف: \" never closed",
			"وقال مدير المهرجان سامر العتيبي إن عدد المشاركين بلغ مئة متسابق. وأضاف العتيبي: \"المتسابقون خضعوا لاختبارات اللجنة الفنية خلال الأسبوع الماضي. ثم بدأت العروض في المساء.",
			"المتسابقون خضعوا", "سامر العتيبي"},
		{"the next straight mark opens a quoted name",
			"وقال الخبير الأمني ماجد الحربي: \"يتطلب ذلك مزيداً من التنسيق بين الأجهزة الأمنية. وأوضح أن جماعة \"داعش\" تستهدف الشباب عبر الإنترنت.",
			"يتطلب ذلك", "ماجد الحربي"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وتضمن البرنامج: \"عروضا مسرحية للأطفال في الحديقة العامة. وحضر الحفل جمهور كبير.", "عروضا"},
	})
}

// TestS14LineOpeners: a headline speaker after a bullet mark or a wire
// service's section label (* فلان: …، رياضي / فلان: …، عام / الوزير يؤكد
// …) is read as at the start of its line; after a bullet the speaker must
// name a person (a title or a person's name), as lists of places share
// the shape (session 14, sentences written for this test).
func TestS14LineOpeners(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a bullet and a title",
			"ندوة عن الأسرة في المدينة\n* وزير الشؤون الاجتماعية: الأسرة المستقرة أساس المجتمع\nوحضر الندوة عدد من المختصين.",
			"الأسرة المستقرة", "وزير الشؤون الاجتماعية"},
		{"a section label before a headline verb with its verbal noun",
			"عام / وزير التعليم يؤكد ضرورة تطوير المناهج الدراسية\nالرياض 12 شوال 1436 هـ واس\nعقد وزير التعليم اجتماعاً مع مديري المدارس.",
			"ضرورة تطوير", "وزير التعليم"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"أماكن تستحق الزيارة\n* قلعة الريح: وهي قلعة قديمة تقع على الساحل الشمالي للجزيرة.\n* سوق البلدة: ويفتح أبوابه كل يوم.", "وهي قلعة"},
		{"أماكن تستحق الزيارة\n* سوق البلدة القديمة: ويفتح أبوابه كل يوم من الصباح.", "ويفتح"},
	})
}

// TestS14Judgements: a judgement with اعتبر and no إن/أن — the subject, the
// thing judged and what it is judged to be (اعتبر فلان القرار خطوة …) or,
// with an object pronoun, the predicate alone (اعتبرها فلان مخالفة …) —
// is an indirect quote of the subject; the imperfect with an indefinite
// predicate and no object is the passive "is considered", and a denied
// judgement reports nothing (session 14, sentences written for this
// test).
func TestS14Judgements(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a title and a name, a definite object, أحد",
			"واعتبر وزير الثقافة سالم الدوسري المسرح أحد أهم الفنون في البلاد.",
			"المسرح أحد", "سالم الدوسري"},
		{"an object pronoun, a place as the subject",
			"وتحدث التقرير عن جماعات مسلحة تعتبرها موسكو خطراً مباشراً على أمنها.",
			"خطراً مباشراً", "موسكو"},
		{"an indefinite plural of people as the subject",
			"وهو الإجراء الذي اعتبره محامون مصريون مخالفة صريحة للدستور.",
			"مخالفة صريحة", "محامون مصريون"},
		{"a predicate in marks",
			"وهو القرار الذي اعتبره نقابيون مصريون «ضربة قاسية» للعمال.",
			"ضربة قاسية", "نقابيون مصريون"},
		{"an implied subject after و",
			"وقال رئيس النادي ماجد العنزي إن الفريق يستعد للموسم. واعتبر الدعم الجماهيري عاملاً حاسماً في النتائج.",
			"الدعم الجماهيري عاملاً", "ماجد العنزي"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"ويعتبر محمد العلي أفضل لاعب في الدوري هذا الموسم.", "أفضل لاعب"},
		{"ويعتبر المتحف أكبر متحف في المنطقة.", "المتحف أكبر"},
		{"ولم يعتبر الوزير فهد الراشد القرار خطوة كافية.", "القرار خطوة"},
	})
}
