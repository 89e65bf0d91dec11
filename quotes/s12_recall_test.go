package quotes_test

import "testing"

// TestS12Announcements: an act announced with its verbal noun is the
// announcer's quote, in the body and in a headline with the subject first
// (session 12, sentences written for this test).
func TestS12Announcements(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"أعلنت + a body + a verbal noun",
			"أعلنت وزارة الصحة إطلاق حملة للتطعيم في المدارس الابتدائية.",
			"إطلاق حملة", "وزارة الصحة"},
		{"a headline: the body, then يعلن + a verbal noun",
			"الهيئة العامة للرياضة تعلن بدء التسجيل في الدوري الجديد\n\nقالت الهيئة العامة للرياضة إن التسجيل يبدأ غداً.",
			"بدء التسجيل", "الهيئة العامة للرياضة"},
		{"a quoted number after the verbal noun",
			"وأعلن وزير التعليم الدكتور سامي النعيمي تجهيز «400» مدرسة جديدة قبل بداية العام الدراسي.",
			"تجهيز", "سامي النعيمي"},
	})
}

// TestS12NotAnnouncements: a role given (two objects), a subject with a
// preposition after it and counts are no announced act (session 12,
// sentences written for this test).
func TestS12NotAnnouncements(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"وأعلن النادي المدرب خالد السالم مديراً فنياً للفريق الأول.", "مديراً"},
		{"كما أعلنت قيادات في قطاع الأعمال زيارة العاصمة قريباً.", "قيادات"},
		{"وأعلنت الوزارة عدد المصابين في الحادث.", "عدد المصابين"},
	})
}

// TestS12Condemnation: دان (condemned) like أدان, and the object of a
// condemnation after a subject closed by a comma (session 12, sentences
// written for this test).
func TestS12Condemnation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"دان + an organisation + a definite object",
			"دانت منظمة التعاون الإسلامي الاعتداءات التي طالت المصلين في المسجد.",
			"الاعتداءات التي", "منظمة التعاون الإسلامي"},
		{"أدان + a title and a name + a comma + the object",
			"كما أدان الرئيس الفرنسي إيمانويل ماكرون، الهجوم على السفارة.",
			"الهجوم على", "إيمانويل ماكرون"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"وقرأ الطلاب رواية الكاتب دان براون الجديدة في المكتبة.", "براون"},
		{"وقال الكاتب دان سميث: «الرواية تأخذ القارئ إلى عالم آخر».", "سميث"},
	})
}

// TestS12Welcome: welcome with its object is a quote of the one who
// welcomes; a welcome of people by a pronoun or of "all" reports nothing
// (session 12, sentences written for this test).
func TestS12Welcome(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"رحب بـ + a statement",
			"ورحب مجلس الوزراء بالبيان الصادر عن القمة الخليجية في الرياض.",
			"البيان الصادر", "مجلس الوزراء"},
		{"رحبت بـ + a decision",
			"ورحبت الوزارة بقرار مجلس الأمن تمديد الهدنة في اليمن.",
			"قرار مجلس", "الوزارة"},
	})
	runNotQuoteCases(t, []notQuoteCase{
		{"واستقبلهم الأمير في قصره ورحب بهم في المدينة.", "في المدينة"},
		{"كما رحب الأمير بجميع زوار المعرض من داخل المملكة.", "من داخل"},
	})
}

// TestS12StockCircumstances: a stock circumstance between a cue and the
// preposition or the verbal noun of its content (session 12, sentences
// written for this test).
func TestS12StockCircumstances(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"مشيراً في هذا الصدد إلى + a verbal noun",
			"وأكد الوزير خالد المنصور أن المشروع اكتمل، مشيرا في هذا الصدد إلى اتفاق الجانبين على مضاعفة الجهود.",
			"اتفاق الجانبين", "خالد المنصور"},
		{"مشيراً في الوقت ذاته إلى + a verbal noun",
			"وقال الوزير خالد المنصور إن المشروع اكتمل، مشيرا في الوقت ذاته إلى ضرورة بناء مدارس جديدة.",
			"ضرورة بناء", "خالد المنصور"},
		{"وأكد، من ناحية أخرى، + a verbal noun",
			"وقال المدير سعد الحربي إن الموسم كان ناجحاً. وأكد، من ناحية أخرى، ضرورة تطوير المناهج الدراسية.",
			"ضرورة تطوير", "سعد الحربي"},
	})
}
