package quotes_test

import "testing"

// TestS11Condemnation: verbs of condemnation and criticism report their
// object, definite or not (session 11, sentences written for this test;
// the guidelines of the real-copy sets since train12).
func TestS11Condemnation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"استنكر + a title and a name + a definite object",
			"واستنكر رئيس الجمعية الدكتور سالم العمري الهجوم الإرهابي على المسجد.",
			"الهجوم الإرهابي", "سالم العمري"},
		{"انتقد + a name + an indefinite object",
			"وانتقد النائب خالد المري أداء وزارة النقل في المشاريع الأخيرة.",
			"أداء وزارة", "خالد المري"},
		{"ندد بـ + a noun",
			"وندد الحزب بقرار الحكومة رفع أسعار الوقود.",
			"قرار الحكومة", "الحزب"},
		{"أدان + a title and a name",
			"وأدان وزير الخارجية الأردني أيمن الصفدي التفجير الذي استهدف السوق.",
			"التفجير الذي", "أيمن الصفدي"},
		{"a headline with the subject first",
			"الوزير فهد السالم يدين الهجوم على القافلة\n\nزار الوزير فهد السالم المدينة أمس.",
			"الهجوم على", "فهد السالم"},
		{"a definite body and its object",
			"واستنكرت الجمعية الحملة التي استهدفت الفنانين في الأسبوع الماضي.",
			"الحملة التي", "الجمعية"},
		{"a participle of denunciation",
			"وأكدت الجمعية أن الفنانين يحظون بالاحترام، منددة بالإساءة إليهم في وسائل التواصل.",
			"الإساءة إليهم", "الجمعية"},
	})
}

// TestS11NotCondemnation: a court's verdict is no condemnation (session
// 11, sentences written for this test).
func TestS11NotCondemnation(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"وأدانت المحكمة المتهم بتهمة السرقة وقضت بسجنه ثلاث سنوات.", "المتهم"},
		{"وأدانت محكمة الجنايات رجلين بالسجن عشر سنوات.", "رجلين"},
	})
}

// TestS11Asides: a relative clause set off by commas between the speaker
// and the content (session 11, sentences written for this test).
func TestS11Asides(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"أشاد … ، الذي …، بـ",
			"وأشاد الوزير خالد العلي، الذي زار المدينة أمس، بنجاح الفرق في إخماد الحريق.",
			"نجاح الفرق", "خالد العلي"},
		{"أكد … ، الذي …، + a verbal noun",
			"وأكد الوزير ماجد الحربي، الذي وصل إلى الرياض أمس، أهمية التعاون بين البلدين.",
			"أهمية التعاون", "ماجد الحربي"},
	})
}

// TestS11ParticipleNouns: an assertive participle before its verbal noun
// with an adverb between, or a verbal noun that also ends speaker phrases
// (أهمية، ضرورة، عدم; session 11, sentences written for this test).
func TestS11ParticipleNouns(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"موضحاً أهمية",
			"وأكد المهندس سعد القرني أن المشروع اكتمل، موضحا أهمية التعاون مع الجهات الأخرى.",
			"أهمية التعاون", "سعد القرني"},
		{"في الوقت نفسه before عدم",
			"وأكد المهندس سعد القرني أن المشروع اكتمل، موضحا في الوقت نفسه عدم وجود أي تأخير في التنفيذ.",
			"عدم وجود", "سعد القرني"},
		{"كذلك before a verbal noun",
			"وأكد المهندس سعد القرني أن المشروع اكتمل، مؤكدا كذلك ضرورة صيانة الطرق.",
			"ضرورة صيانة", "سعد القرني"},
	})
}

// TestS11Headlines: the closing link line repeats the headline after its
// own colon, and a headline's content may open with a quoted name
// (session 11, texts written for this test).
func TestS11Headlines(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the link line repeats the headline",
			"إنريكي: الفريق يحتاج إلى الراحة قبل الموسم\n\nقال مدرب برشلونة لويس إنريكي إن اللاعبين متعبون.\n\nرابط الخبر بصحيفة المدينة: إنريكي: اللاعبون يحتاجون إلى الراحة قبل الموسم",
			"اللاعبون يحتاجون", "لويس إنريكي"},
		{"the link line after the last sentence on its line",
			"إنريكي: الفريق يحتاج إلى الراحة قبل الموسم\n\nقال مدرب برشلونة لويس إنريكي إن اللاعبين متعبون. رابط الخبر بصحيفة المدينة: إنريكي: اللاعبون يحتاجون إلى الراحة قبل الموسم",
			"اللاعبون يحتاجون", "لويس إنريكي"},
		{"content that opens with a quoted name",
			"أوباما: \"داعش\" يبيع النفط في السوق السوداء\n\nقال الرئيس الأمريكي باراك أوباما إن التنظيم يبيع النفط.",
			"يبيع النفط في", "باراك أوباما"},
	})
}

// TestS11GluedObject: a participle after a verb whose complement opens with
// a glued preposition (وأشاد بجهود …، وندّد بعدم …) takes the verb's
// unwritten subject, not the complement (session 11, sentences written
// for this test).
func TestS11GluedObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"أشاد بـ + a participle",
			"وقال الوزير خالد العلي إن المشروع اكتمل. وأشاد بجهود الفرق الفنية، مشيرا إلى أن الطرق جاهزة.",
			"الطرق جاهزة", "خالد العلي"},
		{"ندّد بعدم + a participle",
			"واعتبر الخبير سامي الفارس أن الملف معقد. وندد بعدم تعيين سفير في البلد، مؤكدا ضرورة الحوار مع جميع الأطراف.",
			"ضرورة الحوار", "سامي الفارس"},
	})
}
