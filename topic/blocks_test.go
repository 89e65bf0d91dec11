package topic

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestBlocks checks that the title, lead and length blocks are scaled to
// their own lengths and that a model trained with them reads back the
// same blocks.
func TestBlocks(t *testing.T) {
	ex := []Example{
		{Title: []string{"فريق", "فوز"}, Text: []string{"مباراة", "هدف", "", "فريق", "ملعب"}, Label: "sport"},
		{Title: []string{"بنك", "فائدة"}, Text: []string{"تضخم", "دينار", "بنك", "سعر"}, Label: "economy"},
		{Title: []string{"فريق", "فوز"}, Text: []string{"هدف", "فريق", "ملعب"}, Label: "sport"},
		{Title: []string{"بنك", "فائدة"}, Text: []string{"بنك", "تضخم", "سعر"}, Label: "economy"},
	}
	o := DefaultOptions
	o.MinDF, o.TitleBlock, o.LeadTerms, o.LeadBlock, o.LengthBlock = 1, 0.3, 2, 0.5, 0.2
	m, err := Train(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	x := m.vector(o.counts(ex[0].Title, ex[0].Text), nil)
	var norm [nBlocks]float64
	for _, f := range x {
		norm[m.blockOf(f.i)] += float64(f.v) * float64(f.v)
	}
	want := [nBlocks]float64{blockMain: 1, blockTitle: 0.3, blockLead: 0.5, blockLength: 0.2}
	for b, n := range norm {
		if math.Abs(math.Sqrt(n)-want[b]) > 1e-6 {
			t.Errorf("block %d has length %.4f, want %.4f", b, math.Sqrt(n), want[b])
		}
	}
	if !slices.Contains(m.terms, "s:مباراة هدف") || slices.Contains(m.terms, "s:ملعب") {
		t.Errorf("lead terms: want the first two text terms only, terms %q", m.terms)
	}
	if !slices.Contains(m.terms, "l:text2") || !slices.Contains(m.terms, "l:title1") {
		t.Errorf("length classes missing from %q", m.terms)
	}
	if got := m.Classify([]string{"فوز"}, []string{"هدف"})[0].Label; got != "sport" {
		t.Errorf("Classify(فوز، هدف) = %s, want sport", got)
	}
}

// TestPlaceTerms checks the Tunisian place class on normalised tokens.
func TestPlaceTerms(t *testing.T) {
	norms := []string{"وصل", "الوفد", "الى", "بصفاقس", "", "ثم", "سيدي", "بوزيد", "و", "للمنستير", "سيدي", "", "بوزيد"}
	got := PlaceTerms(norms, nil)
	if n := len(got); n != 6 {
		t.Fatalf("PlaceTerms = %q, want three mentions (صفاقس، سيدي بوزيد، المنستير)", got)
	}
	for i := 0; i < len(got); i += 2 {
		if got[i] != placeTerm || got[i+1] != "" {
			t.Errorf("PlaceTerms = %q", got)
		}
	}
	if got := PlaceTerms([]string{"تونس", "الجديدة", "سوق"}, nil); len(got) != 0 {
		t.Errorf("PlaceTerms(country, common words) = %q, want none", got)
	}
}

// TestLemmaTerms checks the prefix of the lemma view.
func TestLemmaTerms(t *testing.T) {
	got := LemmaTerms([]string{"كتاب", "", "#2017", "قرأ"}, []string{"a", ""})
	want := []string{"a", "", "m:كتاب", "", "#2017", "m:قرأ"}
	if !slices.Equal(got, want) {
		t.Errorf("LemmaTerms = %q, want %q", got, want)
	}
}

// TestCharHashBlock checks that hashed character n-grams of the
// normalised words are buckets of the table, in a block of their own
// length, read the same at analysis as in training.
func TestCharHashBlock(t *testing.T) {
	ex := []Example{
		{Text: []string{"مباراة", "", "n:بالمباراة", "n:الفريق"}, Label: "sport"},
		{Text: []string{"بنك", "", "n:البنوك", "n:والبنك"}, Label: "economy"},
		{Text: []string{"مباراة", "", "n:مباراة", "n:للفريق"}, Label: "sport"},
		{Text: []string{"بنك", "", "n:بنك", "n:البنك"}, Label: "economy"},
	}
	o := DefaultOptions
	o.MinDF, o.TitleBlock = 1, 0
	o.CharMin, o.CharMax, o.CharWeight, o.CharNormOnly, o.CharHash = 3, 5, 0.4, true, 8
	m, err := Train(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range m.terms {
		if strings.HasPrefix(term, "n:") {
			t.Errorf("normalised word %q is a feature; with CharNormOnly only its n-grams are", term)
		}
		if b, ok := strings.CutPrefix(term, "c:"); ok {
			if v, err := strconv.ParseUint(b, 36, 32); err != nil || v >= 1<<8 {
				t.Errorf("term %q is not a bucket of 2^8", term)
			}
		}
	}
	x := m.vector(o.counts(nil, ex[0].Text), nil)
	var norm [nBlocks]float64
	for _, f := range x {
		norm[m.blockOf(f.i)] += float64(f.v) * float64(f.v)
	}
	if math.Abs(math.Sqrt(norm[blockChar])-0.4) > 1e-6 || math.Abs(math.Sqrt(norm[blockMain])-1) > 1e-6 {
		t.Errorf("block lengths %.4f (main), %.4f (characters), want 1 and 0.4", math.Sqrt(norm[blockMain]), math.Sqrt(norm[blockChar]))
	}
	if got := m.featuresInto(&scratch{}, nil, ex[0].Text); !slices.Equal(got, x) {
		t.Errorf("analysis features %v, training's %v", got, x)
	}
	if got := m.Classify(nil, []string{"n:المباريات"})[0].Label; got != "sport" {
		t.Errorf("an unseen inflection (المباريات) classified %s, want sport by its n-grams", got)
	}
}

// TestHingeLoss checks that the hinge-loss SVMs learn a separable set.
func TestHingeLoss(t *testing.T) {
	ex := []Example{
		{Text: []string{"مباراة", "هدف"}, Label: "sport"},
		{Text: []string{"بنك", "تضخم"}, Label: "economy"},
		{Text: []string{"هدف", "ملعب"}, Label: "sport"},
		{Text: []string{"تضخم", "سعر"}, Label: "economy"},
	}
	o := DefaultOptions
	o.MinDF, o.Loss = 1, "hinge"
	m, err := Train(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		if got := m.Classify(nil, e.Text)[0].Label; got != e.Label {
			t.Errorf("Classify(%q) = %s, want %s", e.Text, got, e.Label)
		}
	}
}
