package entity_test

import (
	"fmt"
	"strings"

	"github.com/rasid/rasid/entity"
)

func ExampleModel_TagBIO() {
	m, err := entity.Load()
	if err != nil {
		panic(err)
	}
	// "The Russian foreign minister Sergei Lavrov said in Beirut ..."
	toks := strings.Fields("وقال وزير الخارجية الروسي سيرغي لافروف في بيروت .")
	for i, tag := range m.TagBIO(toks) {
		fmt.Println(toks[i], tag)
	}
	// Output:
	// وقال O
	// وزير O
	// الخارجية O
	// الروسي O
	// سيرغي B-PERS
	// لافروف I-PERS
	// في O
	// بيروت B-LOC
	// . O
}
