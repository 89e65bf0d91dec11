package quotes_test

import "testing"

// TestS8SourceNames: an unnamed source is named with the body it belongs
// to, not with the place where it is (session 8, sentences written for
// this test).
func TestS8SourceNames(t *testing.T) {
	tests := []speakerCase{
		{"a source in an embassy named with its city",
			"وقال مسؤول في سفارة فرنسا بالقاهرة إن التأشيرات ستصدر قريبا.",
			"التأشيرات ستصدر", "مسؤول في سفارة فرنسا بالقاهرة"},
		{"sources close to a party",
			"وأكدت مصادر مقربة من الحزب الحاكم أن الاجتماع تأجل.",
			"الاجتماع تأجل", "مصادر مقربة من الحزب الحاكم"},
		{"an officer in an army",
			"وقال ضابط كبير في الجيش الفرنسي إن القوات انسحبت.",
			"القوات انسحبت", "ضابط كبير في الجيش الفرنسي"},
		{"a source from a body",
			"وقال مصدر من الدفاع المدني إن الحريق أخمد.",
			"الحريق أخمد", "مصدر من الدفاع المدني"},
		{"reports in a country are the reports",
			"وذكرت تقارير صحفية في فرنسا أن الفريق سيتعاقد مع لاعب.",
			"الفريق سيتعاقد", "تقارير صحفية"},
		{"witnesses inside a town are the witnesses",
			"وأشار شهود عيان داخل المدينة إلى أن القصف مستمر.",
			"القصف مستمر", "شهود عيان"},
		{"the source named alone later keeps its body",
			"وكان مصدر موثوق به في الاتحاد الدولي قد كشف لوكالة \"رويترز\" عن اجتماع قريب. وقال المصدر إن اللجنة ستعلن قريبا عن أعضائها.",
			"اللجنة ستعلن", "مصدر موثوق به في الاتحاد الدولي"},
		{"a correspondent of an outlet in marks",
			"وأكد مراسل \"إذاعة الساحل\" أن الأمطار قطعت الطرقات.",
			"الأمطار قطعت", "مراسل إذاعة الساحل"},
	}
	runSpeakerCases(t, tests)
}

// TestS8PersonNames: a person's name in the form the document gives it at
// its fullest (session 8, sentences written for this test).
func TestS8PersonNames(t *testing.T) {
	tests := []speakerCase{
		{"علي with yeh before أن is the father's name",
			"وحصل الفريق على الكأس. وقال سامر علي إن الفوز جاء بعد جهد كبير.",
			"الفوز جاء", "سامر علي"},
		{"a first name alone after the full name",
			"وتمكن جيمس كارتر الذي كان في الملعب من تصوير الحادث. وقال جيمس لوسائل إعلام محلية: \"رأيت كل شيء\". وأضاف جيمس أن الشرطة وصلت متأخرة.",
			"الشرطة وصلت", "جيمس كارتر"},
		{"a singer's nationality adjective is not her name",
			"وأعربت النجمة اللبنانية نوال عن سعادتها بالحفل. وقالت نوال إن الجمهور كان رائعا.",
			"الجمهور كان", "نوال"},
		{"a club's nationality adjective is not its name",
			"وأكد نادي إشبيلية الإسباني أن المفاوضات مع اللاعب مستمرة.",
			"المفاوضات مع", "إشبيلية"},
	}
	runSpeakerCases(t, tests)
}

// TestS8BodyNames: a body named as the document names it (session 8,
// sentences written for this test).
func TestS8BodyNames(t *testing.T) {
	tests := []speakerCase{
		{"the same source written with the party's name before",
			"ذكرت مصادر قيادية داخل حزب النور أن الحزب لن يشارك. وقالت مصادر قيادية داخل الحزب إن القرار نهائي.",
			"القرار نهائي", "مصادر قيادية داخل حزب النور"},
		{"a source never written with the body's name stays as written",
			"نفى حزب النور المشاركة في الحكومة. وقالت مصادر الحزب إن القرار نهائي.",
			"القرار نهائي", "مصادر الحزب"},
		{"the leadership of the party named before",
			"نفى حزب النور المشاركة في الحكومة، فيما زعمت قيادة الحزب أن القرار نهائي.",
			"القرار نهائي", "قيادة حزب النور"},
		{"a company's class noun is not its name",
			"وأكدت شركة المياه الوطنية أن المشاريع ستنتهي قريبا.",
			"المشاريع ستنتهي", "المياه الوطنية"},
	}
	runSpeakerCases(t, tests)
}
