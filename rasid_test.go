package rasid_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rasid/rasid"
)

// fake is an annotator that declares its layers and records its runs.
type fake struct {
	name               string
	requires, provides []string
	ran                *[]string
	err                error
}

func (f fake) Name() string       { return f.name }
func (f fake) Requires() []string { return f.requires }
func (f fake) Provides() []string { return f.provides }
func (f fake) Annotate(ctx context.Context, d *rasid.Document) error {
	if f.ran != nil {
		*f.ran = append(*f.ran, f.name)
	}
	return f.err
}

// plain is an annotator that does not declare its layers.
type plain struct{}

func (plain) Name() string                                          { return "plain" }
func (plain) Annotate(ctx context.Context, d *rasid.Document) error { return nil }

func TestNewPipelineOrder(t *testing.T) {
	tok := fake{name: "tokenize", provides: []string{rasid.LayerSentences, rasid.LayerTokens}}
	morph := fake{name: "morph", requires: []string{rasid.LayerTokens}, provides: []string{rasid.LayerWords}}
	ent := fake{name: "entity", requires: []string{rasid.LayerTokens, rasid.LayerWords}, provides: []string{rasid.LayerEntities}}
	tests := []struct {
		name    string
		as      []rasid.Annotator
		wantErr string // empty: no error
	}{
		{"in order", []rasid.Annotator{tok, morph, ent}, ""},
		{"empty", nil, ""},
		{"undeclared annotators are not checked", []rasid.Annotator{plain{}, tok}, ""},
		{"given layers count", []rasid.Annotator{rasid.Given{rasid.LayerTokens}, morph}, ""},
		{"missing layer", []rasid.Annotator{morph}, `morph needs layer "tokens"`},
		{"wrong order", []rasid.Annotator{tok, ent, morph}, `entity needs layer "words"`},
		{"a layer from a later annotator", []rasid.Annotator{morph, tok}, `morph needs layer "tokens"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := rasid.NewPipeline(tt.as...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("NewPipeline = %v, want no error", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("NewPipeline error = %v, want one containing %q", err, tt.wantErr)
			case tt.wantErr == "" && len(p.Names()) != len(tt.as):
				t.Fatalf("Names() = %q, want %d names", p.Names(), len(tt.as))
			}
		})
	}
}

func TestPipelineAnnotate(t *testing.T) {
	var ran []string
	boom := errors.New("boom")
	p, err := rasid.NewPipeline(fake{name: "a", ran: &ran}, fake{name: "b", ran: &ran, err: boom}, fake{name: "c", ran: &ran})
	if err != nil {
		t.Fatal(err)
	}
	err = p.Annotate(context.Background(), &rasid.Document{})
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "b: ") {
		t.Errorf("Annotate error = %v, want boom wrapped with the annotator's name", err)
	}
	if strings.Join(ran, ",") != "a,b" {
		t.Errorf("annotators run = %q, want a then b, stopping at the error", ran)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran = nil
	if err := p.Annotate(ctx, &rasid.Document{}); !errors.Is(err, context.Canceled) || len(ran) != 0 {
		t.Errorf("Annotate(cancelled) = %v after %q, want context.Canceled before any annotator", err, ran)
	}
}

func TestParseLayers(t *testing.T) {
	ls, err := rasid.ParseLayers("tokens, words,,dates")
	if err != nil || len(ls) != 3 || !ls[rasid.LayerTokens] || !ls[rasid.LayerWords] || !ls[rasid.LayerDates] {
		t.Errorf("ParseLayers = %v, %v", ls, err)
	}
	if all, err := rasid.ParseLayers("all"); err != nil || len(all) != 9 {
		t.Errorf("ParseLayers(all) = %v, %v, want the nine layers", all, err)
	}
	if _, err := rasid.ParseLayers("tokens,lemmas"); err == nil || !strings.Contains(err.Error(), `"lemmas"`) {
		t.Errorf("ParseLayers(lemmas) error = %v, want one naming the layer", err)
	}
}

// json.Marshal of a Document value, of a pointer and of a struct holding a
// value all give the contract JSON (code point offsets, lower-case names).
func TestMarshalJSONValue(t *testing.T) {
	text := "قال الوزير"
	d := rasid.Document{ID: "x", Text: text, Date: time.Date(2022, 2, 7, 0, 0, 0, 0, time.UTC),
		Sentences: []rasid.Span{{Start: 0, End: len(text)}},
		Tokens: []rasid.Token{
			{Span: rasid.Span{Start: 0, End: len("قال")}, Norm: "قال", Kind: rasid.Arabic},
			{Span: rasid.Span{Start: len("قال "), End: len(text)}, Norm: "الوزير", Kind: rasid.Arabic},
		}}
	byPtr, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	byVal, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(byVal, byPtr) {
		t.Errorf("json.Marshal(doc) = %s\nwant the same as json.Marshal(&doc) = %s", byVal, byPtr)
	}
	inStruct, err := json.Marshal(struct{ D rasid.Document }{d})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"D":` + string(byPtr) + `}`; string(inStruct) != want {
		t.Errorf("in a struct: %s, want %s", inStruct, want)
	}
	var got struct {
		Tokens []struct{ Start, End int } `json:"tokens"`
	}
	if err := json.Unmarshal(byVal, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Tokens) != 2 || got.Tokens[1].Start != 4 || got.Tokens[1].End != 10 {
		t.Errorf("tokens = %+v, want code point offsets [4, 10) for the second token", got.Tokens)
	}
	if bytes.Contains(byVal, []byte(`"Text"`)) {
		t.Errorf("json.Marshal(doc) has Go field names: %s", byVal)
	}
}

// The reading aids are written with code point offsets and rounded scores.
func TestMarshalJSONAids(t *testing.T) {
	text := "قال الوزير إن الاتفاق قريب."
	start := strings.Index(text, "الاتفاق")
	d := &rasid.Document{Text: text, Title: "عنوان",
		Topics:     []rasid.Topic{{Label: "politic", Score: 0.912345}, {Label: "sport", Score: 0.087655}},
		Keyphrases: []rasid.Keyphrase{{Span: rasid.Span{Start: start, End: start + len("الاتفاق")}, Text: "الاتفاق", Lemma: "اتفاق", Score: 1.5}},
		Summary:    []rasid.Span{{Start: 0, End: len(text)}},
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Title  string `json:"title"`
		Topics []struct {
			Label string
			Score float64
		}
		Keyphrases []struct {
			Text       string
			Start, End int
		}
		Summary []struct {
			Start, End int
			Text       string
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	if got.Title != "عنوان" || len(got.Topics) != 2 || got.Topics[0].Score != 0.9123 ||
		len(got.Keyphrases) != 1 || string(runes[got.Keyphrases[0].Start:got.Keyphrases[0].End]) != "الاتفاق" ||
		len(got.Summary) != 1 || got.Summary[0].End != len(runes) || got.Summary[0].Text != text {
		t.Errorf("JSON = %s", b)
	}
}
