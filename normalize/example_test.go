package normalize_test

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/transform"

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

func ExampleNormalizer_Transformer() {
	// Normalise a stream, for example a file read through transform.NewReader.
	r := transform.NewReader(strings.NewReader("أَهْلاً ٢٠٢٢"), normalize.DefaultNormalizer().Transformer())
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	// Output: اهلا 2022
}
