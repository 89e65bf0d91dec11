package quotes_test

import "testing"

// TestImpliedSubjects: a verb cue with و or ف and no subject of its own
// goes on from the main verb before it in its sentence, whatever that
// verb, when its subject names someone; حين / حينما / عندما like حيث
// (session 6, with sentences written for this test).
func TestImpliedSubjects(t *testing.T) {
	tests := []speakerCase{
		{"ف after a verb that is no cue",
			"وقال المتحدث باسم الوزارة إن التحقيق مستمر.\nوعلق النائب سامي الدريدي على هذه الاتهامات فأشار إلى أن الحكومة لم ترد بعد.",
			"الحكومة لم", "سامي الدريدي"},
		{"و after a verb of the same gender",
			"وقال المدير إن العمل مستمر.\nكما اعتقلت الشرطة رجلا في البلدة، وقالت إنها تشتبه في علاقته بالسرقة.",
			"تشتبه في", "الشرطة"},
		{"حين after a verb with its subject",
			"وهو ما أكده النائب فتحي العلوي عضو لجنة المالية، حين قال إن الميزانية تحتاج إلى مراجعة.",
			"الميزانية تحتاج", "فتحي العلوي"},
	}
	runSpeakerCases(t, tests)
}

// TestSpeakerNames: the name a speaker goes by (session 6, sentences
// written for this test): a family name with the article for the person
// named without it, a name without the title of courtesy before it, a
// cue the entity layer took into a name, the full name a gazetteer gives
// when the text writes its first word elsewhere.
func TestSpeakerNames(t *testing.T) {
	tests := []speakerCase{
		{"a family name with the article",
			"وقدم الطبيب البيطري محمد عياري عرضا عن المشروع.\nوذكر العياري أن المشروع يحتاج إلى تمويل إضافي.",
			"المشروع يحتاج", "محمد عياري"},
		{"a title of courtesy before a name",
			"وأوضح المهندس القحطاني أن الأعمال تسير وفق الخطة.",
			"الأعمال تسير", "القحطاني"},
		{"a gazetteer's full name",
			"استقبل الرئيس الباجي قايد السبسي الوفد أمس.\nوقال قايد السبسي إن تونس بلد آمن.",
			"تونس بلد", "الباجي قائد السبسي"},
	}
	runSpeakerCases(t, tests)
}

// TestNotABound: آن with madda (في آن واحد, "at once") is no إن/أن: the
// weak cue بين before it reports nothing and the speaker carries on.
func TestNotABound(t *testing.T) {
	text := "ويرى الوزير حسان الشريف أن موقف اللاعب مثير للقلق لأنه يجمع بين السياسة والرياضة في آن واحد.\nوقال المسؤول الحكومي: \"نحن ننتظر رده\"."
	runSpeakerCases(t, []speakerCase{{"آن", text, "نحن ننتظر", "حسان الشريف"}})
}
