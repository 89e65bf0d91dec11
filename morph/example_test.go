package morph_test

import (
	"fmt"

	"github.com/rasid/rasid/morph"
)

func ExampleModel_Segment() {
	m, err := morph.Load()
	if err != nil {
		panic(err)
	}
	// wa-bi-l-ittifaq "and by the agreement", li-l-sulta "for the authority"
	for _, segs := range m.Segment([]string{"وبالاتفاق", "للسلطة"}) {
		fmt.Println(segs)
	}
	// Output:
	// [و ب ال اتفاق]
	// [ل ال سلط ة]
}

func ExampleModel_Analyze() {
	m, err := morph.Load()
	if err != nil {
		panic(err)
	}
	a := m.Analyze("الأكاديمية") // al-akadimiyya, "the academy"
	fmt.Println(a.Forms(), a.Tags())
	// Output:
	// [ال أكاديمي ة] [DET NOUN NSUFF]
}
