package quotes_test

import "testing"

// TestS8Titles: a title used alone, in a headline or in the body, is the
// person the document names with it elsewhere, before or after — here a
// name set off by commas after the title (session 8, sentences written for
// this test).
func TestS8Titles(t *testing.T) {
	tests := []speakerCase{
		{"a headline title, the name after a comma in the body",
			"المستشار القانوني لرئيس البلدية : المشروع سيكتمل قريبا\n\nقال المستشار القانوني لرئيس البلدية، كمال الورتاني إن الأشغال ستنتهي في الصيف.",
			"المشروع سيكتمل", "كمال الورتاني"},
		{"a title named between commas outside a quote",
			"زار مدير مستشفى الملك خالد، الدكتور سعد العتيبي، المرضى أمس.\nوأكد مدير مستشفى الملك خالد أن حالتهم مستقرة.",
			"حالتهم مستقرة", "سعد العتيبي"},
		{"a shorter headline title",
			"المتحدث باسم الهيئة: نتوقع إقبالا كبيرا\n\nأعرب المتحدث الرسمي باسم الهيئة، المهندس فهد الدوسري، عن أمله في مشاركة واسعة.",
			"نتوقع إقبالا", "فهد الدوسري"},
	}
	runSpeakerCases(t, tests)
}

// TestS8SpeechRelative: a cue with فيه/فيها that opens a relative clause on
// an indefinite noun of speech (ألقى فلان كلمة … قال فيها) speaks for the
// subject of the main clause, also when the noun has complements between
// (session 8, sentences written for this test).
func TestS8SpeechRelative(t *testing.T) {
	tests := []speakerCase{
		{"a speech with its complements",
			"وألقى رئيس الجمعية الأستاذ ناصر الغامدي كلمة (مسجلة) لهذا اللقاء قال فيها: إن العمل التطوعي واجب.",
			"العمل التطوعي", "ناصر الغامدي"},
		{"a speech right before the cue, after a parenthesis",
			"ثم ألقى مدير المهرجان ( صيفنا أحلى ) سامي عبدالله الخالدي كلمة قال فيها: نشكر كل الزوار.",
			"نشكر كل", "سامي عبدالله الخالدي"},
		{"a message after a preposition",
			"وبعث الباحث فيصل العنزي برسالة للطلاب الجدد؛ قال فيها إن الصبر مفتاح النجاح.",
			"الصبر مفتاح", "فيصل العنزي"},
		{"an improvised speech",
			"كرم الحفل الشيخ سالم المطيري، ثم ارتجل محافظ المدينة كلمة أعرب فيها عن سعادته بالحضور.",
			"سعادته بالحضور", "محافظ المدينة"},
	}
	runSpeakerCases(t, tests)
}

// TestS8QuotedComplement: a title whose complement holds a name in quote
// marks (رئيس تحرير صحيفة "الفجر"، فلان، أن) leads up to the name after
// it (session 8, sentences written for this test).
func TestS8QuotedComplement(t *testing.T) {
	tests := []speakerCase{
		{"a quoted paper, then the name between commas",
			"وصرح رئيس تحرير صحيفة \"الفجر الجديد\"، سامي فهد الرشيدي، أن الصحيفة حققت انتشارا واسعا.\nوأضاف أن الموقع يستقبل ملايين الزوار.",
			"الموقع يستقبل", "سامي فهد الرشيدي"},
		{"a quoted paper after ل, a courtesy title and a colon",
			"ويقول المدير العام لصحيفة \" النبأ \"، الأستاذ ماجد العلي: التطبيق سهل الاستخدام.",
			"التطبيق سهل", "ماجد العلي"},
	}
	runSpeakerCases(t, tests)
}

// TestS8Groups: a group of sources named again with the article (الشهود،
// السكان، المصادر الطبية) is the group described before (session 8,
// sentences written for this test).
func TestS8Groups(t *testing.T) {
	tests := []speakerCase{
		{"witnesses",
			"وقال شهود عيان إن النيران اندلعت فجرا.\nوذكر الشهود أن فرق الإطفاء وصلت متأخرة.",
			"فرق الإطفاء", "شهود عيان"},
		{"residents",
			"وأفاد سكان محليون بأن المياه انقطعت منذ يومين. وأكد السكان أن الشكاوى لم تجد استجابة.",
			"الشكاوى لم", "سكان محليون"},
		{"sources with their adjective",
			"وقالت مصادر طبية إن المصابين نقلوا إلى المستشفى.\nوأوضحت المصادر الطبية أن حالتهم مستقرة.",
			"حالتهم مستقرة", "مصادر طبية"},
	}
	runSpeakerCases(t, tests)
}

// TestS8Issuers: a report described at length and set off by a comma
// before the relative clause of its issuing speaks for the issuer
// (session 8, sentences written for this test).
func TestS8Issuers(t *testing.T) {
	tests := []speakerCase{
		{"a long report, a comma, then who issued it",
			"كشف التقرير السنوي الخاص بأوضاع التعليم في المنطقة، الذي أصدره مركز الدراسات التربوية، أن نسبة الأمية تراجعت.",
			"نسبة الأمية", "مركز الدراسات التربوية"},
	}
	runSpeakerCases(t, tests)
}

// TestS8DemonstrativeObject: "this/that" right after the verb is its
// object, and the subject follows it (صرح بذلك فلان، أكد ذلك فلان;
// session 8, sentences written for this test).
func TestS8DemonstrativeObject(t *testing.T) {
	tests := []speakerCase{
		{"بذلك before the subject and a relative clause",
			"وجرى توزيع الكتب على الفروع. صرح بذلك وكيل الوزارة لشؤون المساجد الدكتور سالم العتيبي الذي بين أنه تم توزيع الكتب على كل الفروع. وأفاد أن الموسوعة شاملة.",
			"الموسوعة شاملة", "سالم العتيبي"},
		{"ذلك before the subject",
			"وأكد ذلك مدير التعليم بالمنطقة ناصر الشهري، مشيرا إلى أن الدراسة تبدأ الأحد.",
			"الدراسة تبدأ", "ناصر الشهري"},
	}
	runSpeakerCases(t, tests)
}
