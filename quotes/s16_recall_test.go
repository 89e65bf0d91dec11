package quotes_test

import (
	"strings"
	"testing"
)

// TestS16Stipulations: what a legal text provides is its quote — نصّ على
// (أن) …، ينصّ على …، يقضي بـ …، تضمّن + a verbal noun — with the text
// named after the verb, before it, or (for نصّ and يقضي) implied in a
// clause that continues it (session 16, sentences written for this test).
func TestS16Stipulations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"نصّ + a named law + على + a verbal noun",
			"ونص القانون الجديد على معاقبة المخالفين بغرامة مالية كبيرة.",
			"معاقبة المخالفين", "القانون الجديد"},
		{"تنصّ + an article with its number + على أنه",
			"وتنص المادة (12) من النظام على أنه يحق للموظف طلب إجازة بلا راتب.",
			"يحق للموظف", "المادة"},
		{"تضمّن + a decree + a verbal noun",
			"وتضمن المرسوم إلغاء الرسوم المفروضة على الواردات الزراعية.",
			"الرسوم المفروضة", "المرسوم"},
	})
	runFoundCases(t, []string{
		"يطالب المحامون بحماية المهنة، والدستور ينص على استقلال القضاء عن السلطة التنفيذية.|استقلال القضاء",
		"كما نص الاتفاق على أن تنسحب القوات من المدينة خلال شهرين.|تنسحب القوات",
		"وأصدر المجلس البلدي قراراً يقضي بإغلاق المحلات المخالفة في الحي القديم.|إغلاق المحلات",
		"ويحظر المرسوم بيع التبغ للقاصرين، كما نص على أن تغلق المتاجر المخالفة.|تغلق المتاجر",
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"وقضى الرجل في حادث سير بعد أن انقلبت سيارته على الطريق الدولي.", "في حادث"},
		{"وقرأ الأستاذ نص القرار على الحضور في قاعة المحاضرات.", "الحضور"},
		{"ويقضي الطلاب بقية العطلة الصيفية في القرية مع أجدادهم.", "العطلة"},
		{"وتضمنت الدراسة عشرة فصول عن تاريخ المنطقة وآثارها.", "عشرة فصول"},
		{"ولم ينص الاتفاق على موعد محدد لانسحاب القوات من المدينة.", "موعد محدد"},
		{"وينص المدرب على تدريب اللاعبين مرتين في اليوم.", "تدريب اللاعبين"},
	})
}

// TestS16Content: contents the cues reached no further — a verbal noun whose
// ال is its root's (التزام، إلغاء), a subject closed by a comma after a
// name before the preposition, يوم before a time word, بما + a verb after
// a cue of praise (session 16, sentences written for this test).
func TestS16Content(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"إلى + التزام (Form VIII of a root with ل)",
			"وأشار الوزير إلى التزام الحكومة بدعم المزارعين في المواسم الصعبة.",
			"التزام الحكومة", "الوزير"},
		{"a title, its place and a name closed by a comma before عن",
			"وكشف مدير عام الصحة بالمنطقة الدكتور سالم العمري، عن افتتاح مستشفى جديد للأطفال.",
			"افتتاح مستشفى", "سالم العمري"},
		{"يوم أمس before من",
			"وحذر النائب سامي الخطيب يوم أمس من استمرار الاعتداءات على الأراضي الزراعية.",
			"استمرار الاعتداءات", "سامي الخطيب"},
		{"a subject opened by a quantifier (عدد من)",
			"وأكد عدد من المسؤولين في الوزارة ضرورة التعاون بين الجهات الرقابية.",
			"ضرورة التعاون", "عدد من المسؤولين في الوزارة"},
		{"a subject opened by عدة",
			"وأكدت عدة تقارير وصول التعزيزات العسكرية إلى المدينة.",
			"وصول التعزيزات", "عدة تقارير"},
		{"بما + a verb after نوّه",
			"ونوه رئيس النادي بما حققه الفريق من نتائج طيبة هذا الموسم.",
			"حققه الفريق", "رئيس النادي"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"وأشار الوزير إلى الالتزام بالمواعيد المحددة للمشروع.", "الالتزام"},
		{"وطالب الأهالي بما في ذلك التجار بتحسين الخدمات العامة.", "في ذلك"},
	})
}

// runFoundCases checks that a quote holds the snippet after "|" of each
// sentence, whoever its speaker.
func runFoundCases(t *testing.T, cases []string) {
	t.Helper()
	for _, c := range cases {
		text, snip, _ := strings.Cut(c, "|")
		d, qs := findFull(t, text)
		k := strings.Index(text, snip)
		found := false
		for _, q := range qs {
			found = found || q.Start <= k && k < q.End
		}
		if !found {
			t.Errorf("%q: no quote holds %q\n%s", text, snip, dump(d, qs))
		}
	}
}

// runNoQuoteOver checks that no quote overlaps the snippet of each
// sentence.
func runNoQuoteOver(t *testing.T, cases []notQuoteCase) {
	t.Helper()
	for _, tc := range cases {
		d, qs := findFull(t, tc.text)
		k := strings.Index(tc.text, tc.notStart)
		e := k + len(tc.notStart)
		for _, q := range qs {
			if q.Start < e && k < q.End {
				t.Errorf("%q: quote %q\n%s", tc.text, tc.text[q.Start:q.End], dump(d, qs))
			}
		}
	}
}
