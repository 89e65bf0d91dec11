package search

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/archivetest"
)

// The plain index of a document below is the oracle of Pack: it keeps each
// term as a string with its positions as ints, the way Pack's packed form
// was first written, so TestPackSameAsTerms can check the packed form term
// by term.

// plainIndex is the index of one document: for every indexed position (the
// n-th indexed token), its byte span in the text and its terms.
type plainIndex struct {
	// Spans[p] is the byte span of the token at position p.
	Spans []rasid.Span
	// Keys are the document's distinct terms in the order first met;
	// Positions[i] are the positions of Keys[i], in increasing order.
	Keys      []string
	Positions [][]int
	// Length is the number of positions, the title's included (the
	// document length of BM25).
	Length int

	idx map[string]int // index of each key in Keys
	key []byte         // scratch: the key being looked up
}

// AddTitle indexes an analysed title after the text: its positions come
// after the text's (with a gap) and have no span in the text.
func (dt *plainIndex) AddTitle(title *rasid.Document) {
	if title == nil {
		return
	}
	p := len(dt.Spans) + titleGap
	n := 0
	for i := range title.Tokens {
		if dt.addToken(title.Text, &title.Tokens[i], p) {
			p++
			n++
		}
	}
	dt.Length += n
}

// addToken adds the terms of a token at position p; false when the token
// has none (it then takes no position).
func (dt *plainIndex) addToken(text string, t *rasid.Token, p int) bool {
	any := false
	eachTokenTerm(text, t, func(field byte, term string) {
		any = true
		// the key is built in a buffer: looking a []byte up converted
		// to a string allocates nothing, so only a document's new terms
		// cost a string
		dt.key = append(append(dt.key[:0], field), term...)
		if i, ok := dt.idx[string(dt.key)]; ok {
			dt.Positions[i] = append(dt.Positions[i], p)
			return
		}
		k := string(dt.key)
		dt.idx[k] = len(dt.Keys)
		dt.Keys = append(dt.Keys, k)
		dt.Positions = append(dt.Positions, []int{p})
	})
	return any
}

// plainTerms computes the index terms of an analysed document.
func plainTerms(d *rasid.Document) *plainIndex {
	dt := &plainIndex{idx: make(map[string]int, len(d.Tokens)*2)}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if dt.addToken(d.Text, t, len(dt.Spans)) {
			dt.Spans = append(dt.Spans, t.Span)
			dt.Length++
		}
	}
	return dt
}

// TestPackSameAsTerms: the packed index terms a record is prepared with are
// the plain index's terms, positions and length, title included.
func TestPackSameAsTerms(t *testing.T) {
	texts := []string{
		"وقّعت المملكة العربية السعودية اتفاقية جديدة للتعاون الاقتصادي مع مصر في الرياض أمس.",
		"رحب الوزراء وبالاتفاق مع الشركاء بخطوات التعاون، وقال وزير الخارجية سيرغي لافروف إن «الحوار هو الطريق الوحيد لحل الأزمة».\nوأضاف أن الاجتماع المقبل سيعقد في موسكو.",
		"تشهد المنطقة الشرقية ارتفاعاً في درجات الحرارة خلال الأيام المقبلة بحسب الأرصاد. #الطقس @الأرصاد 2015 و10:30",
	}
	texts = append(texts, strings.Join(texts, "\n"), "")
	for i, text := range texts {
		r := archivetest.Record(t, rasid.Article{ID: string(rune('a' + i)), Published: archivetest.Day(t, "2015-07-21")}, text)
		// a title as rasid ingest indexes it: a word shared with the
		// text, one of its own
		td := &rasid.Document{Text: "اتفاقية التعاون في " + r.Article.ID}
		if err := archivetest.Pipeline(t).Annotate(context.Background(), td); err != nil {
			t.Fatal(err)
		}
		for _, title := range []*rasid.Document{td, nil} {
			want := plainTerms(r.Doc)
			want.AddTitle(title)
			got := Pack(r.Doc, title)
			if got.Length != want.Length || !reflect.DeepEqual(got.Spans, want.Spans) || got.Len() != len(want.Keys) {
				t.Fatalf("%s: length %d, %d spans, %d terms; want %d, %d, %d", r.Article.ID,
					got.Length, len(got.Spans), got.Len(), want.Length, len(want.Spans), len(want.Keys))
			}
			for i, k := range want.Keys {
				key, enc := got.Term(i)
				if string(key) != k || !bytes.Equal(enc, AppendPositions(nil, want.Positions[i])) {
					t.Errorf("%s: term %d is %q %v, want %q %v", r.Article.ID, i, key, enc, k, want.Positions[i])
				}
			}
		}
	}
}
