package quotes_test

import (
	"strings"
	"testing"
)

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
		{"وطالب النواب بما يضمن حقوق العمال في القطاع الخاص.", "يضمن حقوق"},
		{"وأصدرت الوزارة تعميماً جديداً إلحاقاً للبيان السابق بشأن الإجازات.", "للبيان السابق"},
	})
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
