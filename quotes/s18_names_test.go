package quotes_test

import "testing"

// TestS18NamesFresh: the speaker's name on fresh copy (session 18,
// sentences written for this test): a definite given name before a
// family name is the name's; a definite noun after a person named
// elsewhere without it is the cue's object; formulas of praise after a
// name and a cleric's title before it are no part of it; an unnamed
// source keeps its complement (after its adjectives, من داخل), and the
// definite back-reference names the source described before.
func TestS18NamesFresh(t *testing.T) {
	tests := []speakerCase{
		{"a definite given name after a title",
			"استقبل رئيس الجمهورية الهادي بن صالح الوفد أمس.\n\nوأكد رئيس الجمهورية الهادي بن صالح أن البلاد تحتاج إلى الدعم.",
			"البلاد تحتاج", "الهادي بن صالح"},
		{"the cue's object after a person written alone elsewhere",
			"زار المدرب كمال الورتاني الفريق أمس.\n\nووصف المدرب كمال الورتاني المعسكر بأنه ناجح جدا. وقال الورتاني إن اللاعبين جاهزون.",
			"ناجح جدا", "كمال الورتاني"},
		{"God's name without the formula of praise",
			"فضل الصيام كبير.\n\nقال الله تعالى: \"وافعلوا الخير لعلكم تفلحون\".",
			"وافعلوا الخير", "الله"},
		{"a scholar without the prayer for mercy",
			"كتب العلماء في الصيام كثيرا.\n\nوقال ابن حزم رحمه الله: \"الصبر مفتاح الفرج\".",
			"الصبر مفتاح", "ابن حزم"},
		{"a cleric's title before the name",
			"وصل المطران سمعان الخوري إلى المدينة أمس.\n\nوقال المطران سمعان الخوري إن السلام ممكن.",
			"السلام ممكن", "سمعان الخوري"},
		{"a source with its adjective and its court",
			"تستمر القضية منذ سنوات.\n\nوأوضح مصدر قضائي بالمحكمة الإدارية أن الحكم صدر أمس.",
			"الحكم صدر", "مصدر قضائي بالمحكمة الإدارية"},
		{"a source from inside the town",
			"تضررت الأحياء كثيرا.\n\nوأشارت مصادر من داخل البلدة إلى أن المنازل تهدمت.",
			"المنازل تهدمت", "مصادر من داخل البلدة"},
		{"the sources described before by their complement",
			"نقلت مصادر في المقاومة الشعبية بحلب تفاصيل المعركة للصحيفة. وأكدت المصادر أن القتال مستمر في الجبهة.",
			"القتال مستمر", "مصادر في المقاومة الشعبية بحلب"},
		{"a source in a committee after في (لجنة is no addressee)",
			"تستمر المسابقة هذا الموسم.\n\nوأكد مصدر في لجنة الحكام بالاتحاد المحلي أن الجدول لن يتغير.",
			"الجدول لن", "مصدر في لجنة الحكام بالاتحاد المحلي"},
		{"traders with their town",
			"عادت الحياة إلى الأسواق.\n\nوأكد تجار من مدينة حلب أن المبيعات تحسنت.",
			"المبيعات تحسنت", "تجار من مدينة حلب"},
	}
	runSpeakerCases(t, tests)
}
