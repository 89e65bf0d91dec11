package rasid_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/jsonoracle"
	"github.com/rasid/rasid/tokenize"
)

// oddDocument holds every layer and the strings that JSON escapes: HTML
// characters, controls, invalid UTF-8, U+2028, astral code points.
func oddDocument() *rasid.Document {
	text := "قال <وزير> & \"الخارجية\"\t\x01 \u2028 😀 عمان\n\nفي 12 مايو \xff."
	sp := func(a, b int) rasid.Span { return rasid.Span{Start: a, End: b} }
	return &rasid.Document{
		ID: "a<b>&\u2029", Text: text, Title: "عنوان\x7f", Date: time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC),
		Sentences: []rasid.Span{sp(0, 20), sp(20, len(text))},
		Tokens: []rasid.Token{
			{Span: sp(0, 6), Norm: "قال", Kind: rasid.Arabic, Words: []rasid.Word{{Span: sp(0, 6), Form: "قال", UPOS: "VERB", Lemma: "قال", LemmaVoc: "قَالَ", Stem: "قال", Root: "قول", Feats: "Aspect=Perf"}}},
			{Span: sp(7, 8), Norm: "<", Kind: rasid.Punct, Segments: []string{"<"}},
			{Span: sp(8, 16), Norm: "وزير", Kind: rasid.Arabic, Words: []rasid.Word{{Span: sp(8, 10), Form: "و"}, {Span: sp(10, 16), Form: "زير", UPOS: "NOUN"}}, Segments: []string{"و", "زير"}},
			{Span: sp(len(text)-2, len(text)-1), Norm: "\ufffd", Kind: rasid.Symbol},
		},
		Entities: []rasid.Entity{{Span: sp(8, 16), Type: rasid.PER, Canonical: "x\ty"}},
		Titles:   []rasid.Title{{Span: sp(8, 16), Person: "p", Title: "t\""}},
		Dates:    []rasid.DateMention{{Span: sp(40, 52), Value: "2025-05-12", Kind: "date", Hijri: "1446-11-14", Calendar: "umalqura"}, {Span: sp(0, 6), Value: "UNKNOWN", Kind: "date", Ref: "PAST_REF"}},
		Quotes: []rasid.Quote{
			{Span: sp(20, 30), Kind: "direct", Cue: sp(0, 6), Speaker: rasid.Speaker{Name: "الوزير", Span: sp(8, 16)}},
			{Span: sp(8, 16), Kind: "indirect", Speaker: rasid.Speaker{Name: "مصدر"}},
			{Span: sp(1, 3), Kind: "direct"},
		},
		Topics:     []rasid.Topic{{Label: "politics", Score: 0.73456}, {Label: "sport", Score: 1e-7}, {Label: "x", Score: 0}, {Label: "big", Score: 3e22}},
		Keyphrases: []rasid.Keyphrase{{Span: sp(8, 16), Text: "وزير", Lemma: "وزير", Score: 2.5}, {Span: sp(0, 6), Text: "قال", Lemma: "قال", Score: 1}},
		Summary:    []rasid.Span{sp(0, 20)},
		Warnings:   []string{"invalid UTF-8 byte 0xFF at byte offset 70 replaced"},
	}
}

// AppendJSON writes what encoding/json wrote through the wire types,
// byte for byte, also indented; real articles in every layer are compared
// in cmd/rasid (TestJSONEncoderMatchesOracle).
func TestAppendJSONMatchesOracle(t *testing.T) {
	full := oddDocument()
	for name, d := range map[string]*rasid.Document{
		"full":  full,
		"empty": {},
		"bare":  {Text: "نص"},
		"spans": {Text: "ab", Sentences: []rasid.Span{{Start: 0, End: 9}, {Start: -1, End: 1}}},
	} {
		want, err := jsonoracle.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := d.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: AppendJSON =\n%s\nwant\n%s", name, got, want)
		}
		viaMarshal, err := json.Marshal(d)
		if err != nil || !bytes.Equal(viaMarshal, want) {
			t.Errorf("%s: json.Marshal = %s, %v", name, viaMarshal, err)
		}
		var ind bytes.Buffer
		json.Indent(&ind, want, "", "  ")
		gotInd, err := d.AppendJSONIndent([]byte("x"))
		if err != nil || string(gotInd) != "x"+ind.String() {
			t.Errorf("%s: AppendJSONIndent =\n%s\nwant\n%s", name, gotInd, ind.String())
		}
	}
	full.Topics[0].Score = math.NaN()
	if _, err := full.AppendJSON(nil); err == nil {
		t.Errorf("a NaN score gives no error")
	}
}

// Offsets asked for out of order (many quotes whose speakers come
// before them) come out as CharOffsets gives them.
func TestAppendJSONOffsetsOutOfOrder(t *testing.T) {
	d := oddDocument()
	for i := 0; i < 30; i++ {
		a := (i * 7) % 40
		d.Quotes = append(d.Quotes, rasid.Quote{Span: rasid.Span{Start: 40 - a, End: 50}, Kind: "direct",
			Cue: rasid.Span{Start: a, End: a + 3}, Speaker: rasid.Speaker{Name: "س", Span: rasid.Span{Start: a / 2, End: a}}})
	}
	want, _ := jsonoracle.Marshal(d)
	got, _ := d.AppendJSON(nil)
	if !bytes.Equal(got, want) {
		t.Errorf("AppendJSON =\n%s\nwant\n%s", got, want)
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	d := oddDocument()
	var buf []byte
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf, _ = d.AppendJSON(buf[:0])
	}
}

// FuzzAppendJSON holds AppendJSON to the encoding/json oracle on any text
// (invalid UTF-8 included), tokenised, with a layer of each kind built
// from its tokens.
func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{"قال الوزير «نعم» <b>&", "a\x00\x1f\u2028\u2029\xff\xfe😀", oddDocument().Text, ""} {
		f.Add(s, 0.5)
	}
	tk := tokenize.NewAnnotator()
	f.Fuzz(func(t *testing.T, text string, score float64) {
		d := &rasid.Document{ID: text, Text: text, Title: text, Warnings: []string{text}}
		// the fields repeated per token carry at most a prefix of the
		// text, so that the JSON grows linearly with the input (a whole
		// copy per token made a 16 KB input take seconds through the
		// reflection oracle, which a loaded fuzzing worker reports as hung)
		part := text
		if len(part) > 64 {
			part = part[:64]
		}
		if err := tk.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for i, tok := range d.Tokens {
			s := tok.Span
			switch i % 4 {
			case 0:
				d.Entities = append(d.Entities, rasid.Entity{Span: s, Type: rasid.PER, Canonical: tok.Norm})
				d.Tokens[i].Words = []rasid.Word{{Span: s, Form: tok.Norm, UPOS: "NOUN", Lemma: part}}
			case 1:
				d.Quotes = append(d.Quotes, rasid.Quote{Span: s, Kind: "direct", Cue: d.Tokens[0].Span, Speaker: rasid.Speaker{Name: tok.Norm, Span: d.Tokens[i/2].Span}})
				d.Tokens[i].Segments = []string{tok.Norm, part}
			case 2:
				d.Dates = append(d.Dates, rasid.DateMention{Span: s, Value: tok.Norm, Kind: "date", Ref: part})
				d.Keyphrases = append(d.Keyphrases, rasid.Keyphrase{Span: s, Text: tok.Norm, Lemma: part, Score: score})
			default:
				d.Titles = append(d.Titles, rasid.Title{Span: s, Person: part, Title: tok.Norm})
				d.Summary = append(d.Summary, s)
				d.Topics = append(d.Topics, rasid.Topic{Label: tok.Norm, Score: score * float64(i)})
			}
		}
		want, werr := jsonoracle.Marshal(d)
		got, gerr := d.AppendJSON(nil)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("errors differ: %v, oracle %v", gerr, werr)
		}
		if werr == nil && !bytes.Equal(got, want) {
			t.Fatalf("AppendJSON =\n%s\nwant\n%s", got, want)
		}
	})
}
