package quotes_test

import "testing"

// TestS17Content: contents the cues reached no further on fresh copy —
// the two parties as the subject (الجانبان), an indefinite plural of
// people with its adjectives of origin, an adverb of manner before the
// object, a name in marks after the subject's head noun, a noun with a
// pronoun after إلى of a verb of pointing out, a three-letter verbal noun
// after ب of a verb of praise, and a source in marks after بحسب (session
// 17, sentences written for this test).
func TestS17Content(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the two parties (الجانبان) before a verbal noun with their pronoun",
			"وأكد الجانبان رفضهما القاطع لمحاولات التدخل في الشؤون الداخلية.",
			"رفضهما القاطع", "الجانبان"},
		{"an indefinite plural of people and an adjective of origin",
			"أكد محللون مصريون أهمية الزيارة التي قام بها الرئيس إلى القاهرة.",
			"أهمية الزيارة", "محللون مصريون"},
		{"two adjectives of origin joined by و",
			"واستنكر دبلوماسيون عرب وأوروبيون مزاعم الوزير ضد المملكة.",
			"مزاعم الوزير", "دبلوماسيون عرب وأوروبيون"},
		{"an adverb of manner between the subject and the object",
			"تدين الوزارة بشدة استمرار التصريحات العدائية من قبل المسؤولين.",
			"استمرار التصريحات", "الوزارة"},
		{"a noun with a pronoun after إلى",
			"وقال المتحدث إن الخطة ناجحة، مشيراً إلى دورها الكبير في دعم الاقتصاد.",
			"دورها الكبير", "المتحدث"},
		{"a three-letter verbal noun after أشاد بـ",
			"وأشاد الوزير بدور الجمعية في خدمة المجتمع المحلي.",
			"دور الجمعية", "الوزير"},
		{"a judgement with a demonstrative object",
			"واعتبر الشاعر خالد العتيبي هذه المناسبة فرصة لكل شاعر وطني.",
			"هذه المناسبة فرصة", "خالد العتيبي"},
		{"a judgement with the participle معتبرين",
			"وأشاد الوزراء بالمشروع الجديد، معتبرين ذلك أمراً غير مسبوق في المنطقة.",
			"ذلك أمراً", "الوزراء"},
		{"a headline by an imam",
			"إمام المسجد الحرام: التسامح خلق نبيل يجسد الرحمة\n\nأكد إمام وخطيب المسجد الحرام الشيخ سعد الغامدي أن التسامح من أخلاق المسلم.",
			"التسامح خلق نبيل", "إمام المسجد الحرام"},
		{"a source in marks after بحسب",
			"أطلقت الشركة هاتفها الجديد خلال مؤتمر عقدته اليوم، بحسب \"وكالة رويترز للأنباء\".",
			"أطلقت الشركة", "وكالة رويترز للأنباء"},
	})
	runSpeakerCases(t, []speakerCase{
		{"a source in marks after بحسب at the sentence's start",
			"وبحسب \"رويترز\"، فقد تراجع سعر النفط أمس إلى أدنى مستوى له.",
			"فقد تراجع", "وكالة رويترز"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"أطلقت الشركة هاتفها الجديد خلال مؤتمر عقدته اليوم، بحسب \"وكالة رويترز للأنباء\".", "وكالة رويترز"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"ويعتبر هذا المسجد من أقدم المساجد في المدينة.", "هذا المسجد"},
		{"تعيش الطائفة حياتها اليومية وفق \"التفاصيل الدقيقة للشريعة\" منذ قرون.", "التفاصيل الدقيقة"},
		{"وأشاد الرئيس بهم خلال الاستقبال.", "بهم"},
	})
}
