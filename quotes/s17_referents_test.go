package quotes_test

import "testing"

// TestS17PluralSubject: a plural subject after the verb that an object
// follows (انتقد محللون عرب وأفارقة ادعاءات فلان) speaks through the plural
// participle and the plural verb after it (مؤكدين، وقالوا); the person in
// the object is what they talk about, never the speaker (session 17,
// sentences written for this test).
func TestS17PluralSubject(t *testing.T) {
	tests := []speakerCase{
		{"a plural participle after an indefinite plural subject and an object naming a person",
			"انتقد محللون عرب وأفارقة ادعاءات سمير الحداد رئيس البلدية السابق بشأن الميزانية، مؤكدين أنها لا تستند إلى أرقام.",
			"لا تستند", "محللون عرب وأفارقة"},
		{"a plural verb with a conjunction after the same clause",
			"انتقد محللون عرب وأفارقة ادعاءات سمير الحداد رئيس البلدية السابق بشأن الميزانية، مؤكدين أنها لا تستند إلى أرقام، وقالوا إن حساباته تخفي العجز الحقيقي.",
			"حساباته تخفي", "محللون عرب وأفارقة"},
		{"a definite plural subject keeps its people-plural adjective (tagged a noun), the object is cut",
			"ونصح المراقبون الأوروبيون دول المنطقة بالحذر، مؤكدين أن الانتخابات متوترة.",
			"الانتخابات متوترة", "المراقبون الأوروبيون"},
		{"a plural of origin the tagger reads as a verb stays in the source",
			"وأفادت صحيفة محلية نقلا عن مسؤولين أتراك أن الحكومة تدرس خطة جديدة.",
			"الحكومة تدرس", "مسؤولين أتراك"},
		{"a definite plural subject is kept as before",
			"وأشاد المشاركون جهود محمد العلي رئيس اللجنة، مؤكدين أن الملتقى ناجح.",
			"الملتقى ناجح", "المشاركون"},
	}
	runSpeakerCases(t, tests)
}

// TestS17AnonymousSource: an unnamed source with a relative clause of
// anonymity (مسؤول طلب عدم نشر اسمه، دبلوماسي رفض ذكر اسمه) is the speaker
// without the clause, and the verbal noun ذكر in it is no cue that would
// take the quote from the verb of saying (session 17, sentences written
// for this test).
func TestS17AnonymousSource(t *testing.T) {
	tests := []speakerCase{
		{"طلب عدم الكشف عن اسمه after the source",
			"وقال مسؤول أوروبي طلب عدم الكشف عن اسمه إن المفاوضات متعثرة.",
			"المفاوضات متعثرة", "مسؤول أوروبي"},
		{"رفض ذكر اسمه: ذكر is a verbal noun, the quote is the source's",
			"وقال مسؤول أوروبي طلب عدم الكشف عن اسمه إن المفاوضات متعثرة. وقال دبلوماسي آسيوي رفض ذكر اسمه إن الاتفاق قريب.",
			"الاتفاق قريب", "دبلوماسي آسيوي"},
		{"the request coordinated with و after the source",
			"وقال أحد المسؤولين ورفض نشر اسمه إن الاجتماع تأجل.",
			"الاجتماع تأجل", "أحد المسؤولين"},
		{"نقلت … عن هذا المسؤول، الذي رفض ذكر اسمه، قوله: the source after عن, not the agency (the rules)",
			"وقال مسؤول كبير في وزارة المالية إن الموازنة جاهزة. ونقلت صحيفة «المساء» عن هذا المسؤول، الذي رفض ذكر اسمه، قوله: «سنعرضها على البرلمان قريبا».",
			"سنعرضها على", "مسؤول كبير في وزارة المالية"},
		{"فضل عدم ذكر اسمه after a source with an adjective",
			"وأوضح مصدر مطلع فضل عدم ذكر اسمه أن القرار نهائي.",
			"القرار نهائي", "مصدر مطلع"},
	}
	runSpeakerCases(t, tests)
}

// TestS17ParticipleVerb: the participle takes the subject of its clause's
// verb, not a cue form inside the subject's name (أبو طالب: طالب
// "demanded") nor an elative right after the named subject (أبرز "the most
// prominent", the object's first word) (session 17, sentences written for
// this test).
func TestS17ParticipleVerb(t *testing.T) {
	tests := []speakerCase{
		{"an elative after the named subject opens the object",
			"ثم عرض مدير المهرجان سالم بن عبد الله الحربي أبرز فقرات البرنامج، مشيرا إلى أن الحضور فاق التوقعات.",
			"الحضور فاق", "سالم بن عبد الله الحربي"},
		{"a cue form inside the name after أبو",
			"يطالب الروائي خالد أبو طالب وزارات التعليم بتحديث المناهج، مؤكداً أن القراءة تراجعت بين الطلاب.",
			"القراءة تراجعت", "خالد أبو طالب"},
	}
	runSpeakerCases(t, tests)
}
