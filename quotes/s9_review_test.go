package quotes_test

import "testing"

// TestS9ClaimAfterWhat: the present of ادّعى (يدعي، تدعي: claims) shares
// its first letters with that of دعا (يدعو: calls, prompts); after وهو ما
// it is a verb of saying (sentences written for this test).
func TestS9ClaimAfterWhat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"وهو ما تدعيه",
			"انخفضت نسبة البطالة خلال العام الماضي، وهو ما تدعيه الحكومة.",
			"انخفضت نسبة", "الحكومة"},
		{"وهو ما يدعيه",
			"تراجع عدد المخالفات في الطرق السريعة، وهو ما يدعيه المرور.",
			"تراجع عدد", "المرور"},
	})
}
