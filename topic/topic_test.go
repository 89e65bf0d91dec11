package topic_test

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/tokenize"
	"github.com/rasid/rasid/topic"
)

func pipeline(t testing.TB) *rasid.Pipeline {
	t.Helper()
	mm, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), morph.NewAnnotator(mm))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Texts written for this test (not from any corpus).
var cases = []struct{ title, text, want string }{
	{"الترجي يفوز على النجم في الدربي", "فاز فريق الترجي الرياضي على النجم الساحلي بهدفين مقابل هدف واحد في مباراة الجولة العاشرة من البطولة الوطنية لكرة القدم، وسجل المهاجم الهدف الثاني في الدقيقة الأخيرة من اللقاء.", "sport"},
	{"ارتفاع نسبة التضخم", "أعلن البنك المركزي أن نسبة التضخم ارتفعت إلى سبعة بالمائة خلال الشهر الماضي، بسبب ارتفاع أسعار المواد الغذائية والطاقة، وقرر رفع نسبة الفائدة المديرية لدعم الدينار.", "economy"},
}

func TestClassify(t *testing.T) {
	m, err := topic.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline(t)
	a := topic.NewAnnotator(m, p)
	for _, c := range cases {
		d := &rasid.Document{Title: c.title, Text: c.text}
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := a.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Topics) != len(m.Labels) {
			t.Fatalf("%d topics, want %d", len(d.Topics), len(m.Labels))
		}
		var sum float64
		for i, tp := range d.Topics {
			sum += tp.Score
			if i > 0 && tp.Score > d.Topics[i-1].Score {
				t.Errorf("topics not best first: %v", d.Topics)
			}
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("scores sum to %v, want 1", sum)
		}
		if d.Topics[0].Label != c.want {
			t.Errorf("Classify(%q) = %v, want %s first", c.title, d.Topics[:3], c.want)
		}
	}
}

func TestEmptyDocument(t *testing.T) {
	m, err := topic.Load()
	if err != nil {
		t.Fatal(err)
	}
	got := m.Classify(nil, nil)
	if len(got) != len(m.Labels) {
		t.Fatalf("Classify(nil) = %v", got)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	ex := []topic.Example{
		{Title: []string{"فريق"}, Text: []string{"مباراة", "هدف", "", "فريق"}, Label: "sport"},
		{Title: []string{"بنك"}, Text: []string{"تضخم", "دينار", "بنك"}, Label: "economy"},
		{Title: []string{"مباراة"}, Text: []string{"هدف", "فريق"}, Label: "sport"},
		{Title: []string{"دينار"}, Text: []string{"بنك", "تضخم"}, Label: "economy"},
	}
	o := topic.DefaultOptions
	o.MinDF = 1
	m, err := topic.Train(ex, o)
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 bytes.Buffer
	if err := m.Write(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := topic.Read(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("model changed in a write/read round trip")
	}
	m3, _ := topic.Train(ex, o)
	var b3 bytes.Buffer
	m3.Write(&b3)
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("training twice gave different model files")
	}
	if got := m2.Classify(nil, []string{"هدف", "مباراة"})[0].Label; got != "sport" {
		t.Errorf("Classify(هدف مباراة) = %s, want sport", got)
	}
	if _, err := topic.Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

// TestModels trains every model kind on a toy set and checks that each
// tells the two topics apart and trains to the same file twice.
func TestModels(t *testing.T) {
	ex := []topic.Example{
		{Title: []string{"فريق"}, Text: []string{"مباراة", "هدف", "", "فريق", "f:،"}, Label: "sport"},
		{Title: []string{"بنك"}, Text: []string{"تضخم", "دينار", "بنك", "f:في"}, Label: "economy"},
		{Title: []string{"مباراة"}, Text: []string{"هدف", "فريق", "f:،"}, Label: "sport"},
		{Title: []string{"دينار"}, Text: []string{"بنك", "تضخم", "f:في"}, Label: "economy"},
		{Title: []string{"ملعب"}, Text: []string{"هدف", "ملعب", "#2017"}, Label: "sport"},
	}
	for _, kind := range []string{"lr", "svm", "nbsvm", "lr+svm", "nb", "cnb", "lr+cnb"} {
		o := topic.DefaultOptions
		o.MinDF, o.Model, o.Numbers, o.CharMin, o.CharMax, o.CharWeight = 1, kind, true, 3, 4, 0.5
		var files [2]bytes.Buffer
		for i := range files {
			m, err := topic.Train(ex, o)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Classify(nil, []string{"هدف", "مباراة"})[0].Label; got != "sport" {
				t.Errorf("%s: Classify(هدف مباراة) = %s, want sport", kind, got)
			}
			if got := m.Classify([]string{"دينار"}, []string{"تضخم"})[0].Label; got != "economy" {
				t.Errorf("%s: Classify(دينار تضخم) = %s, want economy", kind, got)
			}
			if err := m.Write(&files[i]); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
			t.Errorf("%s: training twice gave different model files", kind)
		}
	}
}
