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
