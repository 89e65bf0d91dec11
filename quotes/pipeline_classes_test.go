package quotes_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

// findFull runs tokenize, morph and entity (the layers the quotes rules
// read in the pipeline: parts of speech, gender, names) and finds the
// quotes; it skips when a model is not embedded.
func findFull(t *testing.T, text string) (*rasid.Document, []rasid.Quote) {
	t.Helper()
	mm, err := morph.Load()
	if err != nil {
		t.Skipf("morph model not available: %v", err)
	}
	em, err := entity.Load()
	if err != nil {
		t.Skipf("entity model not available: %v", err)
	}
	d := &rasid.Document{Text: text}
	for _, a := range []rasid.Annotator{tokenize.NewAnnotator(), morph.NewAnnotator(mm), entity.NewAnnotator(em)} {
		if err := a.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d, quotes.Find(d)
}

// TestPipelineClasses covers speaker rules that read the morphology and
// entity layers (issue 11, items 4–6), with sentences written for this
// test: adverbs after the verb, auxiliaries before it, participles that
// agree in gender, the subject after لكن and بعد أن, sources named
// alone, names at the end of a title with complements.
func TestPipelineClasses(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"adverb after the verb, subject before it",
			"وكانت النائبة في البرلمان الأوروبي، هيلين مارتان، صرحت أخيرا بأن الاتفاق يحتاج إلى مراجعة.",
			"الاتفاق يحتاج", "هيلين مارتان"},
		{"subordinate verb after بعد أن",
			"أعلنت الوزارة تمديد القرار، بعد أن أكدت مسبقا أن القرار مؤقت.",
			"القرار مؤقت", "الوزارة"},
		{"sources named alone are the ones described before",
			"نفت مصادر عراقية مسؤولة ما تردد عن إغلاق المعبر. وأشارت المصادر إلى أن الإجراءات مؤقتة.",
			"الإجراءات مؤقتة", "مصادر عراقية مسؤولة"},
		{"the source in the singular",
			"نفت مصادر عراقية مسؤولة ما تردد عن إغلاق المعبر. وشدد المصدر على أن العلاقات متينة.",
			"العلاقات متينة", "مصادر عراقية مسؤولة"},
		{"an auxiliary before the cue carries the speaker",
			"وقالت المتحدثة باسم الحديقة سارة جونز إن الزوار بخير. ومضت تقول إن الحديقة ستغلق مؤقتا.",
			"الحديقة ستغلق", "سارة جونز"},
		{"the subject after لكن",
			"رفض الجيش التعليق على الأحداث. ولكن مسؤولا قال إن الهجوم لم يكن مفاجئا.",
			"الهجوم لم", "مسؤولا"},
		{"a feminine participle skips a masculine verb",
			"كشفت النيابة العامة في دبي تفاصيل القضية، حيث أبدى الأخير رغبته في شراء السيارة، مبينة أن المتهمين فروا.",
			"المتهمين فروا", "النيابة العامة"},
		{"name after a title's complement, an honorific and a comma",
			"وبين المشرف العام على البرنامج الوطني للحرف اليدوية \"صناع\" الدكتور ماجد الدوسري، أن الجائزة ارتفعت.",
			"الجائزة ارتفعت", "ماجد الدوسري"},
		{"name after a title's complement before إلى أن",
			"فيما ألمح الوزير الكوري المسؤول عن الملف كيم سانغ جون، إلى أن اجتماعا جديدا قد يعقد.",
			"اجتماعا جديدا", "كيم سانغ جون"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, qs := findFull(t, tc.text)
			checkSpeaker(t, d, qs, tc.text, tc.content, tc.want)
		})
	}
}

// checkSpeaker asserts that the quote holding content (a snippet of text)
// has the speaker want.
func checkSpeaker(t *testing.T, d *rasid.Document, qs []rasid.Quote, text, content, want string) {
	t.Helper()
	k := strings.Index(text, content)
	for _, q := range qs {
		if q.Start <= k && k < q.End {
			if q.Speaker.Name != want {
				t.Errorf("speaker %q, want %q", q.Speaker.Name, want)
			}
			return
		}
	}
	t.Errorf("no quote holds %q; quotes:\n%s", content, dump(d, qs))
}
