package quotes_test

import "testing"

// TestS11Names: how the speaker is written — a transliterated name spelled
// with and without its long vowels, a family name alone after the full name
// (session 11, sentences written for this test).
func TestS11Names(t *testing.T) {
	tests := []speakerCase{
		{"a foreign family name spelled without a long vowel",
			"وقال الخبير الاقتصادي كارلوس ماندوريلا إن التضخم سيتراجع. وأضاف ماندوريلا أن البنك المركزي رفع الفائدة. وتابع مندوريلا إن الأسعار ستستقر في الخريف.",
			"الأسعار ستستقر", "كارلوس ماندوريلا"},
		{"a foreign family name spelled with a long vowel",
			"وقال رئيس الوفد ستيفان بروكنر إن المحادثات مثمرة. وتابع بروكنير إن الجولة المقبلة تعقد في جنيف.",
			"الجولة المقبلة", "ستيفان بروكنر"},
		{"the family name after a report word, then فإن",
			"وقالت الباحثة سارة ويلكنسون إن البرنامج آمن. وبحسب ويلكنسون فإن الثغرة أغلقت منذ شهر.",
			"الثغرة أغلقت", "سارة ويلكنسون"},
	}
	runSpeakerCases(t, tests)
}

// TestS11PlaceTitles: a title whose unit noun a place name completes
// (أمير منطقة تبوك، محافظ جدة) belongs to the person named before it with a
// comma, and the title used alone — in a headline, or later — finds that
// person, not the place (session 11, sentences written for this test).
func TestS11PlaceTitles(t *testing.T) {
	tests := []speakerCase{
		{"a headline by the short title before the person named with the full title",
			"أمير تبوك: المشاريع الجديدة تخدم المواطنين\n\nافتتح صاحب السمو الأمير فهد بن سلطان بن عبدالعزيز، أمير منطقة تبوك المعرض أمس.",
			"المشاريع الجديدة", "فهد بن سلطان بن عبدالعزيز"},
		{"the full title used alone later",
			"زار الأمير فيصل بن خالد بن سلطان، أمير منطقة الحدود الشمالية، المستشفى أمس. ونوه أمير منطقة الحدود الشمالية بجهود الكوادر الطبية، مؤكدا أن الخدمات ستتوسع.",
			"الخدمات ستتوسع", "فيصل بن خالد بن سلطان"},
	}
	runSpeakerCases(t, tests)
}

// TestS11StatementIssuer: a statement named alone (وأضاف البيان) after
// «verb + subject + في بيان» is the subject's (session 11, sentences
// written for this test).
func TestS11StatementIssuer(t *testing.T) {
	tests := []speakerCase{
		{"a statement announced with في بيان, then the statement alone",
			"كشفت الهيئة الوطنية للسلامة الغذائية في بيان مشترك، حجز كميات من اللحوم الفاسدة في ثلاث ولايات.\nوأضاف البيان أن التحاليل جارية في المخابر.",
			"التحاليل جارية", "الهيئة الوطنية للسلامة الغذائية"},
		{"a statement the body issued, named with في and a verb of issuing after it",
			"وعبرت نقابة الصحفيين في بيان أصدرته اليوم الإثنين، عن رفضها للقرار. وتابع البيان أن الحريات خط أحمر.",
			"الحريات خط", "نقابة الصحفيين"},
	}
	runSpeakerCases(t, tests)
}
