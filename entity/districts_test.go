package entity

import (
	"reflect"
	"testing"
)

// ruleCase is one made-up sentence with the chunks a model could give and
// the chunks a rule should leave.
type ruleCase struct {
	words []string
	in    []chunk
	want  []chunk
}

func runRuleCases(t *testing.T, cases []ruleCase, rule func(r *ruleCtx)) {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		fw := make([]string, len(c.words))
		for i, w := range c.words {
			fw[i] = fold(w)
		}
		r := &ruleCtx{m: m, words: c.words, fw: fw, cs: append([]chunk(nil), c.in...), slab: &chunkSlab{}}
		rule(r)
		if len(r.cs) == 0 {
			r.cs = nil
		}
		if !reflect.DeepEqual(r.cs, c.want) {
			t.Errorf("%v: got %v, want %v", c.words, r.cs, c.want)
		}
	}
}

// The name of a district after حي or حارة is a place, the head outside.
func TestDistricts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// a definite name the model left untagged
		{[]string{"يسكن", "المعلم", "في", "حي", "الورود", "منذ", "سنوات"},
			nil, []chunk{{4, 5, "LOC"}}},
		// with a proclitic on the head
		{[]string{"افتتحت", "البلدية", "حديقة", "بحي", "السلامة"},
			nil, []chunk{{4, 5, "LOC"}}},
		// an organisation chunk after the head is the district
		{[]string{"انتقلت", "الأسرة", "إلى", "حي", "الشرطة"},
			[]chunk{{4, 5, "ORG"}}, []chunk{{4, 5, "LOC"}}},
		// sailors: بحارة is no head
		{[]string{"أنقذ", "خفر", "السواحل", "بحارة", "السفينة"},
			nil, nil},
		// a place the model found stays as it is
		{[]string{"ولد", "الكاتب", "في", "حي", "الجمالية", "بالقاهرة"},
			[]chunk{{4, 5, "LOC"}, {5, 6, "LOC"}}, []chunk{{4, 5, "LOC"}, {5, 6, "LOC"}}},
		// حارة after a preposition is a quarter
		{[]string{"تجول", "الزوار", "في", "حارة", "المغاربة"},
			nil, []chunk{{4, 5, "LOC"}}},
		// حارة after a noun is the adjective "hot"
		{[]string{"كانت", "مباراة", "حارة", "الإيقاع"},
			nil, nil},
		// a live broadcast: حي is the adjective, ل + a noun after it
		{[]string{"تابعنا", "نقل", "حي", "للمباراة"},
			nil, nil},
		// nor ل + a verbal noun
		{[]string{"جهد", "حي", "لاحتواء", "الأزمة"},
			nil, nil},
		// a time word after حي is no name
		{[]string{"سقطت", "قذيفة", "على", "حي", "اليوم"},
			nil, nil},
	}, (*ruleCtx).districts)
}

// A person's name that ends on a patronym and one name word goes on over
// the family name after it.
func TestPatronymEnd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// the family name untagged
		{[]string{"وقال", "سالم", "بن", "عمار", "الكافي", "إن", "المشروع", "تأخر"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 5, "PERS"}}},
		// the family name a person of its own
		{[]string{"وقال", "سالم", "بن", "عمار", "الكافي", "إن", "المشروع", "تأخر"},
			[]chunk{{1, 4, "PERS"}, {4, 5, "PERS"}}, []chunk{{1, 5, "PERS"}}},
		// ابنة/بنت too
		{[]string{"كرمت", "الجمعية", "فاطمة", "بنت", "علي", "الهاشمي"},
			[]chunk{{2, 5, "PERS"}}, []chunk{{2, 6, "PERS"}}},
		// a nationality adjective is no family name
		{[]string{"وقال", "سالم", "بن", "عمار", "التونسي", "إن", "المشروع", "تأخر"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// nor a weekday
		{[]string{"استقبل", "سعد", "بن", "خالد", "الثلاثاء", "الوفد"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// nor a frequent word, the verb's object
		{[]string{"وأبدى", "سعد", "بن", "خالد", "الشكر", "للوفد"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// nor a participle of naming
		{[]string{"روى", "سعد", "بن", "خالد", "الملقب", "بالصقر", "قصته"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// nor a place
		{[]string{"وصل", "سعد", "بن", "خالد", "الرياض", "أمس"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// a name of two words is left to the model (ابن خلدون)
		{[]string{"كتب", "ابن", "خلدون", "المقدمة"},
			[]chunk{{1, 3, "PERS"}}, []chunk{{1, 3, "PERS"}}},
	}, (*ruleCtx).nameParts)
}

// A lone relative adjective typed a place after the definite noun it
// describes is no name.
func TestAdjectivePlaces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{[]string{"افتتح", "المسؤولون", "الجسر", "الشمالي", "للمدينة"},
			[]chunk{{3, 4, "LOC"}}, nil},
		// a place the model found with its noun stays
		{[]string{"عبرت", "السفينة", "البحر", "الأحمر"},
			[]chunk{{2, 4, "LOC"}}, []chunk{{2, 4, "LOC"}}},
		// after an untagged noun without the article it is left alone
		{[]string{"زار", "مخيم", "الزعتري"},
			[]chunk{{2, 3, "LOC"}}, []chunk{{2, 3, "LOC"}}},
	}, (*ruleCtx).adjectivePlaces)
}

// The class noun of a work stays outside its name.
func TestWorkNouns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{[]string{"قرأت", "رواية", "ليالي", "الصيف", "الطويلة"},
			[]chunk{{1, 5, "MISC"}}, []chunk{{2, 5, "MISC"}}},
		{[]string{"عرض", "وفيلم", "الرحلة", "الأخيرة"},
			[]chunk{{1, 4, "MISC"}}, []chunk{{2, 4, "MISC"}}},
	}, (*ruleCtx).trimClassNouns)
}

// A person's chunk that runs over a verb in the future is two names.
func TestFutureVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{[]string{"وقال", "إن", "سامي", "خليل", "سيلتقي", "نادر", "يوم", "الأحد"},
			[]chunk{{2, 6, "PERS"}}, []chunk{{2, 4, "PERS"}, {5, 6, "PERS"}}},
		// سيف is a name, no future
		{[]string{"استقبل", "خالد", "سيف", "الدين", "الوفد"},
			[]chunk{{1, 4, "PERS"}}, []chunk{{1, 4, "PERS"}}},
		// a verb in the future alone, typed a place, is no name
		{[]string{"قالت", "البلدية", "إن", "الجسر", "الجديد", "سيفتتح", "قريبا"},
			[]chunk{{5, 6, "LOC"}}, nil},
		// a given name with سا stays
		{[]string{"قالت", "ساندي", "إن", "الحفل", "تأجل"},
			[]chunk{{1, 2, "PERS"}}, []chunk{{1, 2, "PERS"}}},
		// a brand alone between marks stays
		{[]string{"ارتدت", "حقيبة", "«", "سيلين", "»"},
			[]chunk{{3, 4, "ORG"}}, []chunk{{3, 4, "ORG"}}},
		// a place whose name starts with س and a long vowel stays
		{[]string{"زار", "الوفد", "سيناء", "أمس"},
			[]chunk{{2, 3, "LOC"}}, []chunk{{2, 3, "LOC"}}},
	}, (*ruleCtx).futureVerbs)
}
