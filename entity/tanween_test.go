package entity_test

import "testing"

// A word with tanween is indefinite (an adverb, an object, a manner): no
// name ends in it, and a name in marks or a work's title keeps it.
func TestTanweenEnds(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وقالت الوزارة إن المشروع يحظى بدعم واسع محليًا وإقليميًا ودوليًا.",
			not: []string{"LOC محليًا", "LOC إقليميًا", "LOC دوليًا"}},
		{text: "وتراجع الإنتاج تركيًا وسوريًا خلال العام الماضي بعد الأزمة.",
			not: []string{"LOC تركيًا", "LOC سوريًا"}},
		{text: "وقدم سامر الخطيب كوبًا من الماء للضيوف في الحفل.",
			not: []string{"LOC كوبًا"}},
		{text: "وعرضت القناة فيلم «وداعًا» للمخرج سامر الخطيب مساء الجمعة.",
			not: []string{"PER سامر الخطيب مساء"}},
	})
}

// A common noun without the article right after a name whose last word
// has the article starts a phrase of its own: the name ends before it.
func TestIndefiniteTails(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وأطلق بنك الجزائر المركزي ناقوس الخطر بشأن تراجع الاحتياطي.",
			want: []string{"ORG بنك الجزائر المركزي"}, not: []string{"ORG بنك الجزائر المركزي ناقوس"}},
		// a foreign name after a word with the article stays whole
		{text: "ونقلت صحيفة الديلي ميل البريطانية الخبر عن مصادر في الشرطة.",
			not: []string{"ORG الديلي"}},
		{text: "وطرحت هيئة السياحة الوطنية كراسة الشروط على المستثمرين.",
			want: []string{"ORG هيئة السياحة الوطنية"}, not: []string{"ORG هيئة السياحة الوطنية كراسة الشروط"}},
		{text: "وناقشت لجنة المالية العامة سرعات الإنترنت في المدارس.",
			want: []string{"ORG لجنة المالية العامة"}, not: []string{"ORG لجنة المالية العامة سرعات الإنترنت"}},
		// a person's name after a title stays in the name
		{text: "وافتتح مستشفى الملك فهد الجديد قسم الطوارئ أمس.",
			not: []string{"ORG مستشفى الملك"}},
	})
}

// A body named by a verbal noun keeps the preposition that noun governs
// and its object; a verb's preposition after a name stays out.
func TestOnComplements(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وأكدت لجنة الرقابة على المال العام أن التقرير جاهز.",
			want: []string{"ORG لجنة الرقابة على المال العام"}, not: []string{"ORG المال"}},
		{text: "وقالت هيئة الإشراف على انتخابات المجالس البلدية إن النتائج ستعلن غدا.",
			want: []string{"ORG هيئة الإشراف على انتخابات المجالس البلدية"}},
		{text: "وقال الصندوق الوطني للتأمين على المرض إن الخدمات مستمرة.",
			want: []string{"ORG الصندوق الوطني للتأمين على المرض"}, not: []string{"ORG المرض"}},
		// the object's adjectives belong to it, a participle of relation
		// and its complement do not
		{text: "وأوضح مدير هيئة الرقابة على الأدوية البيطرية التابعة للوزارة أن العينات سليمة.",
			want: []string{"ORG هيئة الرقابة على الأدوية البيطرية"}},
		// على + a noun of position is a compound preposition, no object
		{text: "وجاءت شركة نماء للتأمين على رأس الشركات الرابحة هذا العام.",
			not: []string{"ORG نماء للتأمين على رأس الشركات الرابحة"}},
		{text: "وحصلت وزارة الصحة على الموافقة النهائية للمشروع.",
			want: []string{"ORG وزارة الصحة"}},
		{text: "ودافعت وزارة الدفاع عن القرار الأخير أمام البرلمان.",
			want: []string{"ORG وزارة الدفاع"}},
	})
}
