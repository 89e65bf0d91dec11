package quotes_test

import "testing"

// TestS12Names: who the speaker string names on fresh copy — a title whose
// complement is an organisation's whole name, a family name the entity
// layer typed as a place, a body referred back to without the last words
// of its name (session 12, sentences written for this test).
func TestS12Names(t *testing.T) {
	tests := []speakerCase{
		{"a title over an organisation's name, honorifics, then the holder; the short title later",
			"افتتح رئيس جامعة الملك فيصل المكلف الأستاذ الدكتور سامي بن خالد العتيق معرض الكتاب أمس بحضور عدد من الأكاديميين.\n\nوأكد رئيس الجامعة المكلف أن البحوث المشتركة ستتوسع خلال العام المقبل.",
			"البحوث المشتركة", "سامي بن خالد العتيق"},
		{"a participle after the short title",
			"افتتح رئيس جامعة الملك فيصل المكلف الأستاذ الدكتور سامي بن خالد العتيق معرض الكتاب أمس.\n\nوأكد رئيس الجامعة المكلف أن البحوث ستتوسع، مشيراً إلى أن الجامعة وقعت اتفاقيات جديدة.",
			"الجامعة وقعت", "سامي بن خالد العتيق"},
		{"a family name that is also a city's name, after the full name",
			"قال الخبير الاقتصادي الدكتور حمد الرياض إن الأسعار سترتفع.\n\nوأكد الرياض أن الدعم سيتراجع في الربع المقبل.",
			"الدعم سيتراجع", "حمد الرياض"},
		{"a body without its adjective of relation",
			"وقعت وزارة الخارجية الإيطالية اتفاقية مع الجامعة.\n\nوقالت وزارة الخارجية إن التعاون سيتوسع في العام المقبل.",
			"التعاون سيتوسع", "وزارة الخارجية الإيطالية"},
		{"a body without the noun joined by و at the end of its name",
			"وأعلنت الهيئة الوطنية للأرصاد والبيئة في بيان أن موجة حر تضرب البلاد.\n\nوأوضحت الهيئة الوطنية للأرصاد أن الحرارة ستتجاوز الأربعين درجة.",
			"الحرارة ستتجاوز", "الهيئة الوطنية للأرصاد والبيئة"},
		{"two offices set off by commas, an abbreviated courtesy title, then the name",
			"أكد مدير عام وزارة الزراعة في المنطقة، رئيس لجنة المراعي بالمنطقة الشمالية، م. ناصر بن علي الحمدان، أن موسم الأمطار كان جيدا.",
			"موسم الأمطار", "ناصر بن علي الحمدان"},
		{"the second office used alone later",
			"أكد مدير عام وزارة الزراعة في المنطقة، رئيس لجنة المراعي بالمنطقة الشمالية، م. ناصر بن علي الحمدان، أن موسم الأمطار كان جيدا.\n\nوأوضح رئيس لجنة المراعي أن المزارعين سيتلقون دعما إضافيا.",
			"المزارعين سيتلقون", "ناصر بن علي الحمدان"},
		{"a title, then د. and the name between commas",
			"أكد مدير الزراعة في المنطقة، د. ناصر بن علي الحمدان، أن موسم الأمطار كان جيدا.",
			"موسم الأمطار", "ناصر بن علي الحمدان"},
		{"an office over an institution after ب, then the office with the institution's noun",
			"وأكد سامي الحداد مدير مركزي بمعرض صفاقس الدولي في تصريح للإذاعة أن المعرض سيستقبل خمسين شركة.\n\nوأشار مدير المعرض إلى أن الزوار سيحصلون على تخفيضات.",
			"الزوار سيحصلون", "سامي الحداد"},
	}
	runSpeakerCases(t, tests)
}
