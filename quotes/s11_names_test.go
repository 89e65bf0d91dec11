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
