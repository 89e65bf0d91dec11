package quotes_test

import "testing"

// TestS15LateAttribution: an attribution phrase after a clause whose source
// is followed by فقد, فإن or إن/أن heads the clause after it, not the
// clause before it; without that word the clause before stays the content
// (session 15, sentences written for this test).
func TestS15LateAttribution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"وحسب … فقد",
			"نشرت الهيئة تقريرها السنوي أمس، وحسب التقرير فقد ارتفع عدد الزوار إلى مليون زائر خلال العام الماضي.",
			"ارتفع عدد الزوار", "التقرير"},
		{"ووفقاً لـ … إن",
			"تمتد الحديقة على مساحة واسعة، ووفقاً للمهندسين المشرفين إن الأشجار تحتاج إلى ري يومي في الصيف.",
			"الأشجار تحتاج", "المهندسين المشرفين"},
		{"حسب … فإن after an adverb",
			"ودائما حسب رئيس الجمعية فإن المتطوعين وزعوا ألف سلة غذائية.",
			"المتطوعين وزعوا", "رئيس الجمعية"},
		{"the clause before, without فقد",
			"وارتفع عدد المصابين إلى عشرين، حسب وزارة الصحة.",
			"وارتفع عدد المصابين", "وزارة الصحة"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"نشرت الهيئة تقريرها السنوي أمس، وحسب التقرير فقد ارتفع عدد الزوار إلى مليون زائر خلال العام الماضي.", "نشرت الهيئة"},
		{"تمتد الحديقة على مساحة واسعة، ووفقاً للمهندسين المشرفين إن الأشجار تحتاج إلى ري يومي في الصيف.", "تمتد الحديقة"},
	})
}

// TestS15SubjectInMarks: one or two quoted words right before a reporting
// verb, with no comma between, are the verb's subject (a name in marks),
// not a quote; the verb then reports what follows its bound. A longer
// quote before the verb stays a quote (session 15, sentences written for
// this test).
func TestS15SubjectInMarks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a quoted company before أعلنت … أن",
			"وكانت شركة \"نور للطاقة\" أعلنت في أيار (مايو) الماضي، أن أرباحها تضاعفت خلال الربع الأول.",
			"أرباحها تضاعفت", "نور للطاقة"},
		{"a quote before قال stays",
			"\"لن نتراجع عن قرارنا\" قال رئيس البلدية أمس.",
			"لن نتراجع", "رئيس البلدية"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وكانت شركة \"نور للطاقة\" أعلنت في أيار (مايو) الماضي، أن أرباحها تضاعفت خلال الربع الأول.", "نور للطاقة"},
		{"\"الاتحاد\" يعلن موعد انطلاق البطولة الجديدة\nوكشف رئيس الاتحاد عن الموعد أمس.", "الاتحاد\" يعلن"},
	})
}

// TestS15AfterQad: a past cue after قد whose subject stands before it
// (وكان فلان قد أكد …) takes the verbal noun right after it as what was
// said; a source noun after the verb is its subject (session 15, sentences
// written for this test).
func TestS15AfterQad(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"كان … قد أكد + a verbal noun",
			"وكان وزير الصحة سالم الهادي قد أكد ضرورة التنسيق بين الأجهزة الأمنية.",
			"ضرورة التنسيق", "سالم الهادي"},
		{"وقد أكدت + a verbal noun",
			"واجتمعت لجنة الانتخابات مع ممثلي الأحزاب أمس، وقد أكدت اللجنة أهمية الحياد.",
			"أهمية الحياد", "لجنة الانتخابات"},
	})
}

// TestS15NameInClause: three to five quoted words with no cue, between a
// word and a word that runs the clause on, name something (a group, a
// company, a team); a quote of the same length ending its clause stays
// one (session 15, sentences written for this test).
func TestS15NameInClause(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"وانضم المقاتلون إلى «تحالف القبائل الشرقية» الذي تقوده مجموعة من الضباط.", "تحالف القبائل"},
		{"وشارك فريق \"معاً من أجل المدينة\" التطوعي في تنظيف الشاطئ.", "معاً من أجل"},
	})
	runSpeakerCases(t, []speakerCase{
		{"a quote closing its sentence stays",
			"وقال رئيس النادي سالم العتيبي إن الفريق جاهز. \"سنقاتل على كل كرة في الملعب\".",
			"سنقاتل على", "سالم العتيبي"},
	})
}

// TestS15WishBeneficiary: the wishing participle names the one wished well
// with لـ before the wish (متمنياً للمصابين الشفاء العاجل): the wish after
// it is the speaker's (session 15, sentences written for this test).
func TestS15WishBeneficiary(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"متمنياً للمصابين …",
			"وقدم الوزير سالم الهادي تعازيه لأسر الضحايا، متمنياً للمصابين الشفاء العاجل.",
			"الشفاء العاجل", "سالم الهادي"},
		{"متمنيا للجرحى …",
			"وقال محافظ المدينة خالد العمري إن الحادث مؤلم، متمنيا للجرحى سرعة الشفاء.",
			"سرعة الشفاء", "خالد العمري"},
	})
}

// TestS15ClosedCircumstance: a circumstance opened by في/خلال between the
// speaker and the cue's preposition may be closed by a comma (وشدد فلان
// خلال زيارته …، على أهمية …); a comma-bounded aside followed by على
// هامش is still no content (session 15, sentences written for this test).
func TestS15ClosedCircumstance(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"خلال … ، على",
			"وشدد محافظ المدينة خالد العمري خلال زيارته للمستشفى أمس، على أهمية النظافة في الأقسام.",
			"أهمية النظافة", "خالد العمري"},
		{"في … ، على",
			"وأكد مدير التعليم سالم الهادي في اجتماعه بالمعلمين صباح اليوم، على ضرورة الالتزام بالمواعيد.",
			"ضرورة الالتزام", "سالم الهادي"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وأكد الوزير في كلمته، على هامش المؤتمر، أن الخطة ناجحة.", "هامش المؤتمر"},
	})
}
