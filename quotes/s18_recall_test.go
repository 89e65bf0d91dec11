package quotes_test

import "testing"

// TestS18Content: contents the cues reached no further on fresh copy —
// an occasion of the statement between the speaker and what was said (في
// تصريح، في اتصال هاتفي مع «…»، على لسان متحدثها، لـ"…" أمس), a verbal noun
// the tagger reads as a verb (تفاعل), what a paper learned from its
// sources (علمت … من مصادر … أن/عن), and وفق ما + a verb of saying after
// the content (session 18, sentences written for this test).
func TestS18Content(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a verbal noun after an occasion with its addressee",
			"وأكد السفير خالد العمري عقب نهاية الاجتماع في تصريح لوكالة الأنباء الرسمية أهمية التعاون بين البلدين.",
			"أهمية التعاون", "خالد العمري"},
		{"a verbal noun after an occasion and a time word",
			"وأكد الوزير في تصريح اليوم حرص الحكومة على دعم المشاريع الصغيرة.",
			"حرص الحكومة", "الوزير"},
		{"a preposition after an occasion with a quoted outlet",
			"وحذر الدكتور سامي العلي أستاذ الطب في اتصال هاتفي مع «الرياض» من الإفراط في تناول السكريات.",
			"الإفراط في تناول", "سامي العلي"},
		{"a preposition after the outlet addressed and a time word",
			"كشفت مصادر مطلعة في الوزارة لـ\"الرياض\" أمس عن ارتفاع عدد المصابين إلى عشرة.",
			"ارتفاع عدد", "مصادر مطلعة في الوزارة"},
		{"a preposition after على لسان and the spokesman",
			"حذرت مديرية الدفاع المدني على لسان متحدثها العقيد سعد الغامدي من الاقتراب من الأودية.",
			"الاقتراب من", "مديرية الدفاع المدني"},
		{"a verbal noun of the shape تفاعل read as a verb",
			"وقال المدير إن الخطة ناجحة، مؤكداً تفاعل الشركاء مع المشروع.",
			"تفاعل الشركاء", "المدير"},
		{"a verbal noun after a title is no name of the title's holder",
			"وأكد الوزير تراجع الأسعار في الأسواق المحلية.",
			"تراجع الأسعار", "الوزير"},
		{"what a paper learned from its sources, with أن past a comma",
			"وعلمت \"الرياض\" من مصادر مطلعة في هيئة الرقابة، أن تعليمات وصلت بتأجيل النظر في الملف.",
			"تعليمات وصلت", "مصادر مطلعة في هيئة الرقابة"},
		{"what a paper learned from its sources, with عن",
			"علمت «الرياض» من مصادر مقربة من اللاعب سالم العلي عن وجود مساع لنقله إلى فريق آخر.",
			"وجود مساع", "مصادر مقربة"},
		{"وفق ما + a verb of saying after the content",
			"تمكنت الشرطة من حجز كمية من الحليب الفاسد، وفق ما صرح به المعتمد سالم العلي.",
			"تمكنت الشرطة", "سالم العلي"},
		{"وفق ما ورد على + the source",
			"التقى الوزير اليوم بالوفد الزائر، وفق ما ورد على الصفحة الرسمية للوزارة.",
			"التقى الوزير", "الصفحة الرسمية للوزارة"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"يتم توزيع المساعدات وفق ما يقتضيه القانون.", "يتم توزيع"},
		{"يتم توزيع المساعدات وفق ما نص عليه النظام الجديد.", "يتم توزيع"},
		{"علمت الأسرة من الجيران بخبر نجاح ابنها في الامتحان.", "خبر نجاح"},
	})
	// one or two quoted words inside a running clause, then a comma and an
	// attribution: the attribution is the clause's, the marks name a thing
	runNotQuoteCases(t, []notQuoteCase{
		{"وأشاد الوزير بالمشروع الذي يقع على طريق \"الحرير الجديد\"، بحسب ما جاء في بيان الوزارة.", "الحرير الجديد"},
	})
}

// TestS18Subjects: subjects the rules did not close before what was said
// — a name closed by a comma before a noun of feeling the tagger split as
// a verb and a pronoun (تفاؤله), a place glued to ب after a body (بالمنطقة،
// بمحافظة …), a place name the tagger reads as a verb, كما before a verb
// whose subject and object follow (no attribution), شهود عيان — and a
// definite matter pointed out (أشار إلى الدور الذي …) (session 18,
// sentences written for this test).
func TestS18Subjects(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a name closed by a comma before a noun of feeling with its pronoun",
			"أبدى سامي العلي، تفاؤله بمستقبل الصحافة الإلكترونية.",
			"تفاؤله بمستقبل", "سامي العلي"},
		{"a body at a place glued to ب before the preposition",
			"وحذرت هيئة الدفاع المدني بالمحافظة من السباحة في السدود.",
			"السباحة في", "هيئة الدفاع المدني"},
		{"كما before a verb, its subject and its object",
			"كما أكد الجانبان رفضهما القاطع لأي تدخل في الشؤون الداخلية.",
			"رفضهما القاطع", "الجانبان"},
		{"eyewitnesses as the subject",
			"كما أكد شهود عيان رؤيتهم دخاناً كثيفاً فوق الميناء.",
			"رؤيتهم دخاناً", "شهود عيان"},
		{"a definite matter pointed out, with a relative clause",
			"وأشار أخصائي التغذية سامي العلي إلى الدور الذي تلعبه العادات الغذائية في الصحة.",
			"الدور الذي", "سامي العلي"},
		{"a definite matter pointed out, with an adjective",
			"وأكد الأمير أهمية القطاع الخاص، مشيراً إلى التنامي المتزايد للسكان.",
			"التنامي المتزايد", "الأمير"},
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"وأشار الوزير إلى المواطنين الذين حضروا الحفل.", "المواطنين"},
		{"وأشار الوزير إلى المدينة المنورة في كلمته.", "المدينة المنورة"},
		{"ويشير التقرير إلى الدور الكبير للشركة.", "الدور الكبير"},
	})
}
