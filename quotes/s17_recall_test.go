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
		{"the two parties (الطرفان) before a verbal noun with their pronoun",
			"وأكد الطرفان رفضهما الكامل لأي تدخل خارجي في شؤون البلدين.",
			"رفضهما الكامل", "الطرفان"},
		{"an indefinite plural of people and an adjective of origin",
			"أكد باحثون أردنيون ضرورة تطوير المناهج في المدارس الحكومية.",
			"ضرورة تطوير", "باحثون أردنيون"},
		{"two adjectives of origin joined by و",
			"واستنكر دبلوماسيون عرب وأوروبيون مزاعم الوزير ضد المملكة.",
			"مزاعم الوزير", "دبلوماسيون عرب وأوروبيون"},
		{"an adverb of manner between the subject and the object",
			"تدين الوزارة بشدة استمرار الاعتداءات على المزارعين في القرية.",
			"استمرار الاعتداءات", "الوزارة"},
		{"a noun with a pronoun after إلى",
			"وقال المتحدث إن الخطة ناجحة، مشيراً إلى دورها الكبير في تنشيط السياحة.",
			"دورها الكبير", "المتحدث"},
		{"a three-letter verbal noun after أشاد بـ",
			"وأشاد الوزير بدور الجمعية في خدمة المجتمع المحلي.",
			"دور الجمعية", "الوزير"},
		{"a judgement with a demonstrative object",
			"واعتبر الكاتب سالم العمري هذه الخطوة بداية لمرحلة جديدة من العمل.",
			"هذه الخطوة بداية", "سالم العمري"},
		{"a judgement with the participle معتبرين",
			"وأشاد الوزراء بالمشروع الجديد، معتبرين ذلك إنجازاً كبيراً للمنطقة.",
			"ذلك إنجازاً", "الوزراء"},
		{"a headline by an imam",
			"إمام المسجد الحرام: التسامح خلق نبيل يجسد الرحمة\n\nأكد إمام وخطيب المسجد الحرام الشيخ عادل المنصور أن التسامح من أخلاق المسلم.",
			"التسامح خلق نبيل", "إمام المسجد الحرام"},
		{"a source in marks after بحسب",
			"أطلقت الشركة هاتفها الجديد خلال مؤتمر عقدته اليوم، بحسب \"وكالة رويترز للأنباء\".",
			"أطلقت الشركة", "وكالة رويترز للأنباء"},
	})
	runSpeakerCases(t, []speakerCase{
		{"a source in marks after بحسب at the sentence's start",
			"وبحسب \"رويترز\"، فقد تراجع سعر النفط أمس إلى أدنى مستوى له.",
			"فقد تراجع", "رويترز"}, // the name the text writes, not the gazetteer's fuller one (session 18)
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"أطلقت الشركة هاتفها الجديد خلال مؤتمر عقدته اليوم، بحسب \"وكالة رويترز للأنباء\".", "وكالة رويترز"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"ووقف الجنود عند الحاجز مشيرين إلى سائقها بالتوقف فوراً.", "سائقها"},
		{"وعرضت الصحيفة رسائل الشاعر التي تشير إلى إعجابه بالمدينة.", "إعجابه"},
		{"ويعتبر هذا المسجد من أقدم المساجد في المدينة.", "هذا المسجد"},
		{"تعيش الطائفة حياتها اليومية وفق \"التفاصيل الدقيقة للشريعة\" منذ قرون.", "التفاصيل الدقيقة"},
		{"وأشاد الرئيس بهم خلال الاستقبال.", "بهم"},
	})
}
