package tokenize_test

import (
	"fmt"

	"github.com/rasid/rasid/tokenize"
)

func Example() {
	text := "قال د. خالد: «ارتفع الذهب 3.5%». وأضاف"
	t := tokenize.New()
	toks := t.Tokens(text, nil)
	for _, s := range tokenize.Sentences(text, toks, nil) {
		fmt.Println(text[s.Start:s.End])
	}
	for _, tk := range toks[:4] {
		fmt.Printf("%s/%s ", text[tk.Start:tk.End], tk.Kind)
	}
	fmt.Println()
	// Output:
	// قال د. خالد: «ارتفع الذهب 3.5%».
	// وأضاف
	// قال/arabic د/arabic ./punct خالد/arabic
}
