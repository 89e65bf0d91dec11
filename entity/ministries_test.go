package entity

import "testing"

// A ministry named by its portfolio alone between quotation marks or before
// a headline's colon.
func TestMinistries(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// the portfolio between guillemets, the body that speaks
		{[]string{"وأوضحت", "«", "الجوازات", "»", "أن", "المهلة", "انتهت"},
			nil, []chunk{{2, 3, "ORG"}}},
		// between straight quotes, after a preposition
		{[]string{"اجتمع", "المحافظ", "مع", "\"", "الإسكان", "\"", "لبحث", "المشروع"},
			nil, []chunk{{4, 5, "ORG"}}},
		// a headline's subject before a colon, the model's place swallowed
		{[]string{"الصحة", ":", "افتتاح", "ثلاثة", "مستشفيات"},
			[]chunk{{0, 1, "LOC"}}, []chunk{{0, 1, "ORG"}}},
		// a portfolio with its adjective
		{[]string{"«", "الشؤون", "الإسلامية", "»", ":", "توزيع", "المصاحف"},
			nil, []chunk{{1, 3, "ORG"}}},
		// الشؤون alone names nothing
		{[]string{"وناقش", "«", "الشؤون", "»", "كلها"},
			nil, nil},
		// a market's sector in marks is no body
		{[]string{"وارتفع", "قطاع", "«", "النقل", "»", "بنسبة", "كبيرة"},
			nil, nil},
		// a market report's sector
		{[]string{"وتصدر", "«", "الزراعة", "»", "الارتفاعات", "بنسبة", "2", "في", "المائة"},
			nil, nil},
		// in running text the noun is a common word
		{[]string{"يبحث", "الشباب", "عن", "العمل", "في", "المدن"},
			nil, nil},
		// a colon later in the sentence is no headline's
		{[]string{"وقال", "إن", "التعليم", ":", "أولوية"},
			nil, nil},
		// an adjective makes a phrase of most portfolios' nouns
		{[]string{"أدان", "«", "العمل", "الإرهابي", "»"},
			nil, nil},
		// more words in the marks than a portfolio's name
		{[]string{"برنامج", "«", "التعليم", "للجميع", "»"},
			nil, nil},
	}, func(r *ruleCtx) { r.ministries() })
}
