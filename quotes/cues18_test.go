package quotes_test

import "testing"

// TestS18Cues: cues the rules did not know on fresh copy (session 18,
// cues18.go; sentences written for this test): a report or test as the
// subject of a verb of showing with a verbal noun, كرر/ردد with أن, شكك
// في, وصف with a long subject or object, اعتبر with a subject set off by
// commas, علمت from sources far from أن, وفق ما + a verb of saying after
// the content, and a headline «NAME» + verb in the imperfect.
func TestS18Cues(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a report shows a verbal noun",
			"أظهر تقرير حكومي تراجع الإنتاج الزراعي في المنطقة خلال العام الماضي.",
			"تراجع الإنتاج", "تقرير حكومي"},
		{"data with an adjective show an indefinite accusative",
			"تحسنت السوق عندما أظهرت بيانات أسبوعية ارتفاعاً كبيراً في المبيعات.",
			"ارتفاعاً كبيراً", "بيانات أسبوعية"},
		{"statistics, with the conjunction on the imperfect",
			"وتظهر الإحصاءات وجود عدد كبير من العمال الأجانب في البلاد.",
			"وجود عدد", "الإحصاءات"},
		{"scans revealed (كشف عن) after a relative clause",
			"وكشفت الأشعة التي أجريت للاعب عن تعرضه لإصابة في الركبة.",
			"تعرضه لإصابة", "الأشعة"},
		{"كرر with أن",
			"وكرر الوزير أن الحكومة ماضية في الإصلاحات الاقتصادية.",
			"الحكومة ماضية", "الوزير"},
		{"شكك في with a verbal noun",
			"وشكك مهندسون في سلامة تصميم الجسر الجديد.",
			"سلامة تصميم", "مهندسون"},
		{"وصف with a quoted name and a long object",
			"ووصف الدكتور «سالم» أيام الصيف الطويلة بمواسم الكسل في أوساط الطلاب.",
			"مواسم الكسل", "سالم"},
		{"اعتبر with the subject closed by a comma",
			"واعتبر رئيس الجمعية الدكتور سالم أحمد، موضوع التلوث قضية غير مهمة.",
			"موضوع التلوث", "سالم أحمد"},
		{"اعتبر with an apposition between commas",
			"واعتبر الوزير أحمد سالم، في تصريح صحفي، القرار خطوة مهمة.",
			"القرار خطوة", "أحمد سالم"},
		{"علمت from sources far from أن",
			"وعلمت \"الصحيفة\" من مصادر مطلعة في الوزارة، أن قرارا صدر بتأجيل الامتحانات.",
			"قرارا صدر", "مصادر مطلعة في الوزارة"},
		{"وفق ما صرح به after the content",
			"تمكنت فرق الحماية المدنية من إخماد حريق في مستودع للأخشاب، وفق ما صرح به المعتمد أحمد السالمي.",
			"إخماد حريق", "أحمد السالمي"},
		{"وفق ما ورد في after the content",
			"تمكنت الفرق من إخماد الحريق في المستودع، وفق ما ورد في بيان وزارة الداخلية.",
			"إخماد الحريق", "وزارة الداخلية"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"تكررت الحوادث في المنطقة خلال الأسبوع الماضي.", "الحوادث"},
		{"وكرر اللاعب المحاولة مرتين قبل أن يسجل الهدف.", "يسجل الهدف"},
		{"وردد الحضور الأناشيد الوطنية في الحفل.", "الأناشيد"},
		{"وأظهرت الصور المنشورة الدمار الذي لحق بالمدينة.", "الدمار"},
		{"ووصف الشاهد أحمد علي ما حدث في الشارع بعد الحادث بالتفصيل.", "بالتفصيل"},
		{"البرلمان يناقش مشروع قانون الموازنة\n\nناقش البرلمان المشروع أمس.", "مشروع قانون"},
		{"وتوزع المساعدات وفق المعايير التي حددتها الوزارة.", "وتوزع"},
	})
}

// TestS18Headline: a headline «NAME» + a verb of assertion in the
// imperfect with a verbal noun (session 18).
func TestS18Headline(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a quoted ministry denies",
			"«وزارة الصحة» تنفي وجود إصابات جديدة بالفيروس\n\nنفت الوزارة وجود إصابات.",
			"وجود إصابات جديدة", "وزارة الصحة"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"«شركة المياه» تعلق نشاط أحد المكاتب\n\nعلقت الشركة نشاط المكتب.", "نشاط أحد"},
	})
}
