package quotes_test

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

// TestTitleEndingInPlace is issue 9 item 0: a title phrase whose name run
// is closed by an organisation or place at the end of the text (جامعة
// الأميرة نورة, "Princess Nourah University") left no token for the name
// and indexed past the end.
func TestTitleEndingInPlace(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Skipf("entity model not available: %v", err)
	}
	for _, text := range []string{
		"جامعة الأميرة نورة",
		"جامعة الأميرة نورة\n",
		"وقالت جامعة الأميرة نورة",
		"الأمير سلطان",
	} {
		d := &rasid.Document{Text: text}
		if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := entity.NewAnnotator(m).Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d, quotes.Find(d))
	}
}
