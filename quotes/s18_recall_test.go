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
			"وعلمت \"الرياض\" من مصادر مطلعة في هيئة التحقيق، أن توجيهات صدرت بسرعة البت في القضية.",
			"توجيهات صدرت", "مصادر مطلعة في هيئة التحقيق"},
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
