package quotes_test

import (
	"context"
	"fmt"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

func ExampleFind() {
	d := &rasid.Document{Text: "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار. " +
		"وأضاف: «لن نقبل بأي شروط مسبقة». «الأمر واضح تماماً»، قال المتحدث باسم الوزارة."}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		panic(err)
	}
	for _, q := range quotes.Find(d) {
		fmt.Printf("%s | %s | %s | %s\n", q.Kind, q.Cue.In(d.Text), q.Speaker.Name, q.In(d.Text))
	}
	// Output:
	// indirect | قال | سيرغي لافروف | بلاده مستعدة للحوار
	// direct | أضاف | سيرغي لافروف | لن نقبل بأي شروط مسبقة
	// direct | قال | المتحدث باسم الوزارة | الأمر واضح تماماً
}
