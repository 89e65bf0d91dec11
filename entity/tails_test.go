package entity_test

import "testing"

// A definite noun right after a name whose last word is definite is no
// complement of the name (a definite word is no construct's first term):
// the object of the verb, in verb-subject-object order, stays out.
func TestDefiniteTails(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "ووجهت النيابة العامة الاتهام إلى ثلاثة موظفين بعد التحقيق معهم.",
			want: []string{"ORG النيابة العامة"}, not: []string{"ORG النيابة العامة الاتهام"}},
		{text: "وقرر مكتب الرابطة الأخذ برأي الأندية في موعد المباراة.",
			want: []string{"ORG مكتب الرابطة"}, not: []string{"ORG مكتب الرابطة الأخذ"}},
		// adjectives, participles and nisbas stay in the name
		{text: "وأعلنت منظمة الصحة العالمية نتائج الدراسة الجديدة أمس.",
			want: []string{"ORG منظمة الصحة العالمية"}},
		{text: "وشارك الهلال الأحمر السعودي في إسعاف المصابين.",
			want: []string{"ORG الهلال الأحمر السعودي"}},
		{text: "وأعلنت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي مواعيد الصلاة.",
			want: []string{"ORG الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"}},
		{text: "وزار الوفد مكة المكرمة والمدينة المنورة خلال الأسبوع.",
			want: []string{"LOC مكة المكرمة", "LOC المدينة المنورة"}},
	})
}

// Initialisms spelled with the names of the Latin letters and dots are one
// name, though the dots end sentences for the splitter.
func TestInitialisms(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وقالت شركة إتش. بي. إم إن أرباحها تضاعفت هذا العام.",
			want: []string{"ORG إتش. بي. إم"}, not: []string{"ORG بي."}},
		{text: "واشترت مجموعة آي.إف.جي الأوروبية حصة في الشركة.",
			not: []string{"ORG آي.", "ORG جي"}},
	})
}

// منتخب and the country after it are the national team.
func TestTeamOfCountry(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وفاز منتخب البرازيل لكرة القدم على منتخب اليابان بهدفين في المباراة الودية.",
			want: []string{"ORG منتخب البرازيل لكرة القدم", "ORG منتخب اليابان"}, not: []string{"LOC اليابان"}},
		{text: "وسافر وزير الخارجية إلى اليابان أمس.",
			want: []string{"LOC اليابان"}},
	})
}

// A construct coordinated with a complement with لل is governed by ل too.
func TestCoordinatedConstruct(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وتوقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار غزيرة.",
			want: []string{"ORG الرئاسة العامة للأرصاد وحماية البيئة"}},
		{text: "وأكد المجلس الأعلى للقضاء ورئيس المحكمة أهمية القرار.",
			not: []string{"ORG المجلس الأعلى للقضاء ورئيس المحكمة"}},
	})
}

// An imperfect verb after a name is the name's verb, not its last word;
// a name in marks may be a sentence.
func TestImperfectEnds(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "حزب العمال يندد بالاعتداء على المتظاهرين.",
			want: []string{"ORG حزب العمال"}, not: []string{"ORG حزب العمال يندد"}},
	})
}
