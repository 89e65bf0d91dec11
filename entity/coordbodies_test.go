package entity

import "testing"

// Two bodies coordinated in one chunk of the model are two names; a
// title after و ends the body (made-up sentences).
func TestCoordinatedBodies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// X و + an organisation's head
		{[]string{"وقعت", "الهيئة", "الوطنية", "للتراث", "وجامعة", "الشمال", "اتفاقية"},
			[]chunk{{1, 6, "ORG"}}, []chunk{{1, 4, "ORG"}, {4, 6, "ORG"}}},
		{[]string{"شارك", "الجيش", "الوطني", "والقوات", "الجوية", "في", "العرض"},
			[]chunk{{1, 5, "ORG"}}, []chunk{{1, 3, "ORG"}, {3, 5, "ORG"}}},
		// a title after و is no conjunct
		{[]string{"اتهمت", "جبهة", "الإنقاذ", "والمتحدث", "باسمها", "الحكومة"},
			[]chunk{{1, 5, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// a coordinated complement stays inside the name
		{[]string{"أعلنت", "وزارة", "العمل", "والتنمية", "الاجتماعية", "القرار"},
			[]chunk{{1, 5, "ORG"}}, []chunk{{1, 5, "ORG"}}},
		// a head alone after و, the end of the chunk, is left to the model
		{[]string{"زار", "مجلس", "الشورى", "والجامعة"},
			[]chunk{{1, 4, "ORG"}}, []chunk{{1, 4, "ORG"}}},
	}, (*ruleCtx).coordinatedBodies)
}

// A centre named with its parent body after ب is one organisation.
func TestCentreOfBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{[]string{"أفاد", "المركز", "الإعلامي", "بوزارة", "النقل", "أن", "الطريق", "مغلق"},
			[]chunk{{3, 5, "ORG"}}, []chunk{{1, 5, "ORG"}}},
		{[]string{"أوضح", "مركز", "المعلومات", "بهيئة", "السياحة", "أن", "الموسم", "بدأ"},
			[]chunk{{1, 3, "ORG"}, {3, 5, "ORG"}}, []chunk{{1, 5, "ORG"}}},
		// a centre in a hospital is a place inside it
		{[]string{"افتتح", "مركز", "السكري", "في", "مستشفى", "الملك", "خالد"},
			[]chunk{{1, 3, "ORG"}, {4, 7, "ORG"}}, []chunk{{1, 3, "ORG"}, {4, 7, "ORG"}}},
	}, (*ruleCtx).unitsOfBodies)
}

// "Former" after a body belongs to the title before it.
func TestFormerEndsBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{[]string{"قال", "رئيس", "المجلس", "الأعلى", "للثقافة", "الأسبق", "إن"},
			[]chunk{{2, 6, "ORG"}}, []chunk{{2, 5, "ORG"}}},
	}, (*ruleCtx).nameEdges)
}
