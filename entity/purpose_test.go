package entity

import "testing"

// A name ends before ل + a verbal noun followed by the preposition it governs.
func TestPurposeComplements(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// a body that applied for a loan
		{[]string{"تقدمت", "الهيئة", "العامة", "للطيران", "للحصول", "على", "قرض"},
			[]chunk{{1, 5, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// ل + a verbal noun without the article
		{[]string{"دعت", "جبهة", "الإنقاذ", "لانسحاب", "من", "المدينة"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// an event's name and a verbal noun with مع
		{[]string{"أطلقت", "اللجنة", "الأولمبية", "للتعامل", "مع", "الأزمة"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// the name's own complement goes on over the preposition
		{[]string{"أعلن", "الصندوق", "الوطني", "للتأمين", "على", "الحياة", "أرباحه"},
			[]chunk{{1, 6, "ORG"}}, []chunk{{1, 6, "ORG"}}},
		// a domain of a body before a verb's preposition stays in the name
		{[]string{"أعلن", "المركز", "الوطني", "للأرصاد", "عن", "أمطار"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// the preposition must be the noun's own
		{[]string{"سعى", "البنك", "الأهلي", "للحصول", "في", "العام"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// a participle and the preposition it governs
		{[]string{"أعلن", "الديوان", "الملكي", "المشرف", "على", "الحفل"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// a participle with ل written on the next word
		{[]string{"نقلت", "وكالة", "الأنباء", "الوطنية", "المملوكة", "للدولة"},
			[]chunk{{1, 5, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// a participle without its preposition is left to the other rules
		{[]string{"قالت", "اللجنة", "العليا", "المشرفة", "أمس"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// a title noun that العام makes a title
		{[]string{"المستشار", "في", "الديوان", "الملكي", "المشرف", "العام", "على", "المشروع"},
			[]chunk{{2, 5, "ORG"}}, []chunk{{2, 4, "ORG"}}},
		// persons are left alone
		{[]string{"قال", "عبد", "الله", "للتأكد", "من", "ذلك"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
	}, func(r *ruleCtx) { r.purposeComplements() })
}
