package entity

import "testing"

// A sector's directorate: إدارة before it, and a person's type the model gave it.
func TestSectorDirectorates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// إدارة before a directorate named by its sector and town
		{[]string{"أعلنت", "إدارة", "تعليم", "الطائف", "النتائج"},
			[]chunk{{2, 4, "ORG"}}, []chunk{{1, 4, "ORG"}}},
		// with a proclitic on إدارة
		{[]string{"اجتمع", "بمدير", "وإدارة", "مرور", "جدة"},
			[]chunk{{3, 5, "ORG"}}, []chunk{{2, 5, "ORG"}}},
		// a directorate the model typed as a person
		{[]string{"وقالت", "شرطة", "دبي", "إن"},
			[]chunk{{1, 3, "PERS"}}, []chunk{{1, 3, "ORG"}}},
		// with a region noun before the town
		{[]string{"وأكدت", "شرطة", "مدينة", "دبي", "ذلك"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "ORG"}}},
		// a person whose name follows a sector's noun stays a person
		{[]string{"تعليم", "سامي", "الخالدي"},
			[]chunk{{0, 3, "PERS"}}, []chunk{{0, 3, "PERS"}}},
		// الإدارة with the article is a description
		{[]string{"قالت", "الإدارة", "تعليم", "جدة"},
			[]chunk{{2, 4, "ORG"}}, []chunk{{2, 4, "ORG"}}},
	}, func(r *ruleCtx) { r.sectorDirectorates() })
}
