package dates_test

import (
	"fmt"
	"time"

	"github.com/rasid/rasid/dates"
)

func ExampleFind() {
	text := "أعلنت الوزارة أمس أن الاجتماع سيعقد في 12 شباط (فبراير) المقبل، بعد اجتماع أول في 11 رجب 1443هـ."
	pub := time.Date(2022, 1, 20, 0, 0, 0, 0, time.UTC)
	for _, m := range dates.Find(text, pub) {
		fmt.Printf("%s | %s | %s", m.In(text), m.Kind, m.Value)
		if m.Hijri != "" {
			fmt.Printf(" | %s %s", m.Hijri, m.Calendar)
		}
		fmt.Println()
	}
	// Output:
	// أمس | date | 2022-01-19
	// 12 شباط (فبراير) المقبل | date | 2022-02-12
	// 11 رجب 1443هـ | date | 2022-02-12 | 1443-07-11 umalqura
}
