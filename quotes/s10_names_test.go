package quotes_test

import (
	"strings"
	"testing"
)

// TestS10SameSource: «المصدر ذاته / نفسه، ذات المصدر» after a named person
// or body is whoever spoke last, unless another source is named between
// (session 10, sentences written for this test).
func TestS10SameSource(t *testing.T) {
	tests := []speakerCase{
		{"the same source after a named official",
			"وقالت المديرة الجهوية للصحة سلمى الورتاني إن الوضع مستقر. وأكد ذات المصدر أن التلاقيح متوفرة.",
			"التلاقيح متوفرة", "سلمى الورتاني"},
		{"the same source after a body",
			"وأكدت الهيئة العليا للانتخابات أن التسجيل يبدأ غدا. وحسب المصدر نفسه فإن التسجيل يدوم شهرا.",
			"التسجيل يدوم", "الهيئة العليا للانتخابات"},
		{"an unnamed source before stays the source",
			"أفاد مصدر أمني أن الهجوم وقع فجرا. وقال وزير الداخلية كمال الحداد إن قوات الأمن طوقت المكان. وأضاف المصدر ذاته أن الحصيلة مرشحة للارتفاع.",
			"الحصيلة مرشحة", "مصدر أمني"},
		{"the officer quoted last",
			"وقال شهود إن النيران اشتعلت ليلا. وذكر ضابط في الحماية المدنية أن الحريق أخمد. وأضاف المصدر ذاته أن الخسائر مادية.",
			"الخسائر مادية", "ضابط في الحماية المدنية"},
		{"an officer named, not quoted, between the quote and the same source",
			"وقال شهود إن النيران اشتعلت ليلا. والتقى ضابط في الحماية المدنية السكان صباحا. وأضاف المصدر ذاته أن الخسائر مادية.",
			"الخسائر مادية", "المصدر ذاته"},
	}
	runSpeakerCases(t, tests)
}

// TestS10OriginHolder: a role noun with an adjective of origin is the one
// person the document gives that adjective (session 10, sentences written
// for this test).
func TestS10OriginHolder(t *testing.T) {
	tests := []speakerCase{
		{"a striker called by his nationality after the player's title",
			"وصل اللاعب المغربي يوسف النصيري إلى الرياض أمس. وقال المهاجم المغربي إنه سعيد بالانضمام إلى الفريق.",
			"سعيد بالانضمام", "يوسف النصيري"},
	}
	runSpeakerCases(t, tests)
	// two players of that origin: no one of them is chosen
	text := "وصل اللاعب المغربي يوسف النصيري والمدرب المغربي وليد الركراكي إلى الرياض أمس. وقال المهاجم المغربي إنه سعيد بالانضمام إلى الفريق."
	_, qs := findFull(t, text)
	for _, q := range qs {
		if strings.Contains(text[q.Start:q.End], "سعيد بالانضمام") && (q.Speaker.Name == "يوسف النصيري" || q.Speaker.Name == "وليد الركراكي") {
			t.Errorf("two Moroccans: speaker %q", q.Speaker.Name)
		}
	}
}

// TestS10SecondOffice: a title, a second office set off by commas, then a
// rank and the name (session 10, sentences written for this test).
func TestS10SecondOffice(t *testing.T) {
	tests := []speakerCase{
		{"a consultant's office between the director's title and his name",
			"ومن جانبه، قال المدير العام لمستشفى الملك فهد بالمدينة، استشاري جراحة القلب، الدكتور سامي العتيبي إن المستشفى جاهز.",
			"المستشفى جاهز", "سامي العتيبي"},
		{"a title and a name set off by commas still read",
			"وقال رئيس قسم الطوارئ في مستشفى الملك فهد، الدكتور سامي العتيبي، إن المستشفى جاهز.",
			"المستشفى جاهز", "سامي العتيبي"},
	}
	runSpeakerCases(t, tests)
}

// TestS10AddresseeNoName: the correspondent spoken to after a title and a
// name is never the speaker's name (session 10, a sentence written for
// this test).
func TestS10AddresseeNoName(t *testing.T) {
	text := "وقال الناطق باسم الحماية المدنية كمال الحداد لمراسل الإذاعة إن الحريق أخمد. وأضاف أن الخسائر مادية."
	_, qs := findFull(t, text)
	for _, q := range qs {
		if strings.HasPrefix(q.Speaker.Name, "لمراسل") {
			t.Errorf("speaker %q is the addressee", q.Speaker.Name)
		}
	}
}

// TestS10PartitiveSources: one or some of a body's people, and a
// spokesperson "عن" a company, are named with the body they belong to, not
// with a place (session 10, sentences written for this test).
func TestS10PartitiveSources(t *testing.T) {
	tests := []speakerCase{
		{"one of the staff of an office",
			"من ناحيته، قال أحد العاملين في مكتب سياحي آخر، إن الحجوزات تراجعت.",
			"الحجوزات تراجعت", "أحد العاملين في مكتب سياحي آخر"},
		{"one of the officials of a company",
			"وقال أحد المسؤولين في الشركة إن الأرباح ارتفعت.",
			"الأرباح ارتفعت", "أحد المسؤولين في الشركة"},
		{"one of the employees with a glued ب",
			"وأفاد أحد الموظفين بالبلدية أن الأشغال ستنتهي قريبا.",
			"الأشغال ستنتهي", "أحد الموظفين بالبلدية"},
		{"one of the residents of a neighbourhood: a place",
			"وقال أحد السكان في الحي إن الكهرباء انقطعت.",
			"الكهرباء انقطعت", "أحد السكان"},
		{"the officials of a club",
			"وكشف المسؤولون في النادي الأهلي أن الصفقة اكتملت.",
			"الصفقة اكتملت", "المسؤولون في النادي الأهلي"},
		{"a spokesperson for a company with عن",
			"وقال المتحدث الرسمي عن شركة أرامكو إن الإنتاج مستقر.",
			"الإنتاج مستقر", "المتحدث الرسمي عن شركة أرامكو"},
	}
	runSpeakerCases(t, tests)
}

// TestS10OutletOrigin: an adjective after the name of a site, a paper or a
// group written after its class noun is not part of the name; one naming
// what the outlet covers is (session 10, sentences written for this test).
func TestS10OutletOrigin(t *testing.T) {
	tests := []speakerCase{
		{"a site's nationality",
			"أكد موقع سبورتس داي النيجيري أن اللاعب سيصل الأسبوع المقبل.",
			"اللاعب سيصل", "سبورتس داي"},
		{"a paper's nationality after ل",
			"ووفقا لصحيفة الإندبندنت البريطانية، فإن العلماء طوروا مادة جديدة.",
			"العلماء طوروا", "الإندبندنت"},
		{"a group's field",
			"وقالت جماعة كولدريتي الزراعية إن المحصول تراجع.",
			"المحصول تراجع", "كولدريتي"},
		{"what a site covers is part of its name",
			"وبحسب موقع التراث الإسلامي فإن المخطوطة تعود إلى القرن العاشر.",
			"المخطوطة تعود", "التراث الإسلامي"},
		{"a state body keeps its adjective",
			"وقالت وزارة الخارجية الأمريكية إن المحادثات مستمرة.",
			"المحادثات مستمرة", "وزارة الخارجية الأمريكية"},
	}
	runSpeakerCases(t, tests)
}
