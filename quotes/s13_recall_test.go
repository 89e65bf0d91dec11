package quotes_test

import "testing"

// TestS13Resumptive: a cue in a relative clause on an indefinite noun,
// with a preposition and pronoun taking the noun up (خلاله، فيه، فيها),
// reads its content after them, and its speaker is the main clause's
// subject (session 13, sentences written for this test).
func TestS13Resumptive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a call, two speakers, خلاله + a verbal noun",
			"أجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً أمس بالملك عبدالله الثاني أكدا خلاله أهمية تعزيز التعاون بين البلدين.",
			"أهمية تعزيز", "عبد الفتاح السيسي"},
		{"an article, فيه + إلى + a verbal noun",
			"ونشرت الصحيفة مقالاً للكاتب سامي الحداد أشار فيه إلى تراجع الاستثمارات في القطاع.",
			"تراجع الاستثمارات", "سامي الحداد"},
		{"a press conference, خلاله + أن",
			"وعقد وزير المالية محمد الراشد مؤتمراً صحفياً أكد خلاله أن الميزانية ستحقق فائضاً.",
			"الميزانية ستحقق", "محمد الراشد"},
		{"a cable, فيها + عبّر عن (not via)",
			"وبعث الرئيس كمال الحسيني برقية إلى رئيس جمهورية مالي عبر فيها عن تمنياته بدوام التقدم للشعب المالي.",
			"تمنياته بدوام", "كمال الحسيني"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وزار الوفد مصنعاً يعمل فيه مئات العمال من المنطقة.", "مئات"},
		{"وسافر الوفد إلى العاصمة عبر طريق صحراوي طويل.", "طريق"},
	})
}

// TestS13ElativeAfterPreposition: a form of a reporting verb right after
// عن، على، إلى، في is a noun or an elative (أبلغ التهاني "the warmest
// congratulations"), so it is no cue and can open the content (session
// 13, sentences written for this test).
func TestS13ElativeAfterPreposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"عبّر عن أبلغ التعازي",
			"وعبر رئيس الوزراء سالم العتيبي عن أبلغ التعازي لأسر الضحايا.",
			"أبلغ التعازي", "سالم العتيبي"},
		{"أعرب عن أبلغ التهاني",
			"وأعرب الوزير ناصر الكندي عن أبلغ التهاني للفائزين بالجائزة.",
			"أبلغ التهاني", "ناصر الكندي"},
	})
}

// TestS13CircumstanceBeforePreposition: a time or words in parentheses
// between the speaker and the preposition of the content (تعهد فلان أمس
// الخميس بـ …، أشاد فلان (موظف) بـ …) do not hide the content; a place
// with ب is not taken for it (session 13, sentences written for this
// test).
func TestS13CircumstanceBeforePreposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"تعهد + a name + a day + بـ",
			"وتعهد رئيس الوزراء الكندي جون ماكلين أمس الخميس بترحيل المزيد من المهاجرين غير النظاميين.",
			"ترحيل المزيد", "جون ماكلين"},
		{"أشاد + a name + (a role) + بـ",
			"وأشاد جمال حسين (موظف) بتعاون مراقبي الوزارة مع البلاغات المقدمة.",
			"تعاون مراقبي", "جمال حسين"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وطالب الأهالي أمس بالمدينة المنورة بإنشاء مستشفى جديد.", "المدينة"},
	})
}

// TestS13Hopes: a hope is a statement (the guidelines: تأمل الحكومة في
// …، يأمل فلان أن …); the noun and the name أمل, and تأمّل
// (contemplation) without its object, are no cue (session 13, sentences
// written for this test).
func TestS13Hopes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"تأمل + a body + في + a verbal noun",
			"وتأمل الحكومة في إنجاز الاتفاق مع الدائنين قبل نهاية الشهر.",
			"إنجاز الاتفاق", "الحكومة"},
		{"يأمل + a name + أن",
			"ويأمل المدرب خالد السالم أن يعود اللاعبون المصابون قبل المباراة النهائية.",
			"يعود اللاعبون", "خالد السالم"},
	})
	runSpeakerCases(t, []speakerCase{
		{"the name أمل as the speaker",
			"وقالت أمل إن الرحلة كانت ممتعة.",
			"الرحلة كانت", "أمل"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وهناك أمل في التوصل إلى اتفاق خلال الأيام المقبلة.", "التوصل"},
		{"وجلس الزوار في تأمل هادئ أمام البحر.", "هادئ"},
	})
}

// TestS13Valued: the bare past ثمّن (valued), spelled like ثمن (price), is
// a cue where it opens its clause before its subject, and its object may
// be definite, as a condemnation's; a title with an adjective of origin
// before the object (session 13, sentences written for this test).
func TestS13Valued(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"وثمّن + a title + an adjective + a definite object",
			"وثمن الرئيس اليمني الجهود التي تبذلها قوات التحالف في تحرير المدن.",
			"الجهود التي", "الرئيس اليمني"},
		{"أدان + a title + an adjective + a definite object",
			"وأدان الرئيس الفرنسي الهجوم على السفارة.",
			"الهجوم على", "الرئيس الفرنسي"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وثمن السلعة في الأسواق المحلية ارتفع بنسبة عشرة في المائة.", "السلعة"},
		{"ودفع المشتري ثمن السيارة نقداً.", "السيارة"},
	})
}

// TestS13Considered: a form of اعتبر with an object pronoun (اعتبرها،
// تعتبره) reports the judgement after its subject, or right after a verb
// with و that continues the clause's subject (session 13, sentences
// written for this test).
func TestS13Considered(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the object pronoun, a construct subject, the judgement",
			"واجتمع المجلس لمناقشة الشروط الجديدة التي وضعتها الوزارة، واعتبرها بعض أصحاب الشركات تعجيزية ومكلفة.",
			"تعجيزية ومكلفة", "بعض أصحاب الشركات"},
		{"a relative clause on an indefinite noun, a named subject",
			"وتواصل القوات عملياتها ضد الجماعات المسلحة التي تعتبرها أنقرة تهديداً مباشراً لأمنها القومي.",
			"تهديداً مباشراً", "أنقرة"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وهي جماعات تعتبرها كافرة بكل القيم.", "كافرة"},
	})
}
