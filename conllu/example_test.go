package conllu_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/conllu"
)

func ExampleWriteDocument() {
	// وبه نبدأ (wa-bihi nabda', "and with it we begin"): the first token
	// holds three words, و + ب + ه.
	text := "وبه نبدأ"
	d := &rasid.Document{
		Text:      text,
		Sentences: []rasid.Span{{Start: 0, End: len(text)}},
		Tokens: []rasid.Token{
			{Span: rasid.Span{Start: 0, End: 6}, Norm: "وبه", Words: []rasid.Word{
				{Form: "و", UPOS: "CCONJ"}, {Form: "ب", UPOS: "ADP"}, {Form: "ه", UPOS: "PRON"},
			}},
			{Span: rasid.Span{Start: 7, End: len(text)}, Norm: "نبدا", Words: []rasid.Word{
				{Form: "نبدأ", Lemma: "بدأ", UPOS: "VERB"},
			}},
		},
	}
	conllu.WriteDocument(os.Stdout, d, "ex")
	// Output:
	// # newdoc id = ex
	// # sent_id = ex-1
	// # text = وبه نبدأ
	// 1-3	وبه	_	_	_	_	_	_	_	_
	// 1	و	_	CCONJ	_	_	_	_	_	_
	// 2	ب	_	ADP	_	_	_	_	_	_
	// 3	ه	_	PRON	_	_	_	_	_	_
	// 4	نبدأ	بدأ	VERB	_	_	_	_	_	Norm=نبدا
}

func ExampleReader() {
	src := "# text = وبه\n1-2\tوبه\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_\n2\tبه\t_\tADP\t_\t_\t_\t_\t_\t_\n\n"
	r := conllu.NewReader(strings.NewReader(src))
	for {
		s, err := r.Next()
		if err != nil {
			break
		}
		for _, t := range s.Tokens {
			fmt.Println(t.Form, len(t.Words), t.Multi)
		}
	}
	// Output:
	// وبه 2 true
}
