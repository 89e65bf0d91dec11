package entity

import "testing"

// A political group's class noun belongs to its name.
func TestPartyNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// a party whose own name starts with a head word
		{[]string{"أعلن", "حزب", "الاتحاد", "الديمقراطي", "الجديد", "مشاركته"},
			[]chunk{{2, 5, "ORG"}}, []chunk{{1, 5, "ORG"}}},
		// a movement the model typed as an event, with a proclitic on the head
		{[]string{"وحذرت", "وحركة", "المؤتمر", "الشعبي", "من", "العنف"},
			[]chunk{{2, 4, "MISC"}}, []chunk{{1, 4, "ORG"}}},
		// a foreign party's name
		{[]string{"فاز", "حزب", "تاموكا", "بالانتخابات"},
			[]chunk{{2, 3, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// a listed international body: حركة is the noun "move"
		{[]string{"رصدت", "الصحيفة", "حركة", "الاتحاد", "الأوروبي", "الأخيرة"},
			[]chunk{{3, 5, "ORG"}}, []chunk{{3, 5, "ORG"}}},
		// a place after the head stays a place
		{[]string{"قاتل", "المسلحون", "على", "جبهة", "حلب"},
			[]chunk{{4, 5, "LOC"}}, []chunk{{4, 5, "LOC"}}},
		// a person after the head stays a person
		{[]string{"أنصار", "تيار", "مقتدى", "الصدر"},
			[]chunk{{2, 4, "PERS"}}, []chunk{{2, 4, "PERS"}}},
		// a nationality after the party's name stays outside
		{[]string{"انتقد", "حزب", "العمال", "البريطاني", "الخطة"},
			[]chunk{{2, 4, "ORG"}}, []chunk{{1, 3, "ORG"}}},
		// a class noun before a name that has one already
		{[]string{"قاتلت", "جبهة", "حركة", "الشباب", "الصومالية"},
			[]chunk{{2, 4, "ORG"}}, []chunk{{2, 4, "ORG"}}},
		// a conjunct after the noun: no construct
		{[]string{"لا", "يوجد", "حزب", "وكيان", "سياسي"},
			[]chunk{{3, 4, "ORG"}}, []chunk{{3, 4, "ORG"}}},
		// the head with the article is a description
		{[]string{"قال", "الحزب", "الاتحاد", "الوطني", "إن"},
			[]chunk{{2, 4, "ORG"}}, []chunk{{2, 4, "ORG"}}},
	}, func(r *ruleCtx) { r.partyNames() })
}

// An institution that takes a place's name takes it after a region noun too.
func TestRegionInstitutions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// the model typed the town alone
		{[]string{"ونفذت", "وبلدية", "محافظة", "الزلفي", "حملة"},
			[]chunk{{3, 4, "LOC"}}, []chunk{{1, 4, "ORG"}}},
		// the region with the article in its name
		{[]string{"أعلنت", "أمانة", "منطقة", "المدينة", "المنورة", "خطتها"},
			[]chunk{{3, 5, "LOC"}}, []chunk{{1, 5, "ORG"}}},
		// the model found the town with its region noun
		{[]string{"زار", "الوفد", "بلدية", "مدينة", "بريدة"},
			[]chunk{{3, 5, "LOC"}}, []chunk{{2, 5, "ORG"}}},
		// the head with the article is no name
		{[]string{"قالت", "البلدية", "محافظة", "على", "الحدائق"},
			nil, nil},
		// no place after the region noun
		{[]string{"تعمل", "بلدية", "منطقة", "صناعية", "جديدة"},
			nil, nil},
	}, func(r *ruleCtx) { r.sectorBodies() })
}
