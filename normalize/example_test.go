package normalize_test

import (
	"fmt"

	"github.com/rasid/rasid/normalize"
)

func ExampleString() {
	// Default keeps teh marbuta; diacritics, tatweel, alef variants and
	// Arabic-Indic digits are folded.
	fmt.Println(normalize.String("إلى القِمّـة في ٢٠٢٢"))
	// Output: الي القمة في 2022
}

func ExampleForSearch() {
	fmt.Println(normalize.ForSearch("مؤتمر القمة"))
	// Output: موتمر القمه
}

func ExampleNew() {
	// Only the folds asked for: here diacritics alone.
	n := normalize.New(normalize.Diacritics)
	fmt.Println(n.String("أَحْمَد"))
	// Output: أحمد
}
