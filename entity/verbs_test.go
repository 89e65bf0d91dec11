package entity_test

import (
	"context"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/tokenize"
)

// annotateWords runs the entity annotator after the morphology layer, as
// the pipeline of cmd/rasid does (the rules read the words' parts of
// speech).
func annotateWords(t *testing.T, text string) *rasid.Document {
	t.Helper()
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	mm, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := &rasid.Document{Text: text}
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true}), entity.NewAnnotator(m))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// entityList gives "TYPE text" for each entity, in order.
func entityList(d *rasid.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Type+" "+e.In(d.Text))
	}
	return out
}

// entityCase is a sentence written for a test, with the entities
// ("TYPE text") it must have and those it must not.
type entityCase struct {
	text      string
	want, not []string
}

// checkEntities annotates each case's sentence with the words layer and
// reports a missing wanted entity or a present unwanted one.
func checkEntities(t *testing.T, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		got := entityList(annotateWords(t, c.text))
		for _, w := range c.want {
			if !hasEntity(got, w) {
				t.Errorf("%s: got %v, want %q", c.text, got, w)
			}
		}
		for _, n := range c.not {
			if hasEntity(got, n) {
				t.Errorf("%s: got %v, not want %q", c.text, got, n)
			}
		}
	}
}

func hasEntity(list []string, want string) bool {
	for _, e := range list {
		if e == want {
			return true
		}
	}
	return false
}

// Sentences written for these tests. A verb the words layer reads in
// context is no part of a person's name; names that spell verbs stay.
func TestPersonVerbs(t *testing.T) {
	checkEntities(t, []entityCase{
		// a perfect verb between two names
		{"وفي الحصة الأولى، ريم خالد سألت هند عن الواجب.", []string{"PER ريم خالد"}, []string{"PER ريم خالد سألت هند"}},
		// an imperfect verb before its subject, inside the model's chunk
		{"وفي الرواية يسرد كوستنر قصة عائلته.", []string{"PER كوستنر"}, []string{"PER يسرد كوستنر"}},
		// a perfect at a name's start is as often a given name (فضل)
		{"وأوضح فضل الغامدي أن الطريق مغلق.", []string{"PER فضل الغامدي"}, nil},
		// given names that also spell verbs stay in the name
		{"وقال يزيد الراجحي إن السباق صعب.", []string{"PER يزيد الراجحي"}, nil},
		// a theophoric given name: no verb before الله
		{"وأعلن المهندس يعن الله القحطاني افتتاح المعرض.", []string{"PER يعن الله القحطاني"}, []string{"PER الله القحطاني"}},
		// the future's س comes before an imperfect only: وسحر is و + a name
		{"وغنت في الأمسية ليلى مراد وسحر منصور.", []string{"PER سحر منصور"}, []string{"PER منصور"}},
		// a surname that spells a verb, at a name's end before a title,
		// a comma or a particle
		{"وحضر الحفل الأستاذ خالد فضل، مدير المدرسة.", []string{"PER خالد فضل"}, nil},
		{"وأكد الفنان هشام سبيته أن الألبوم جاهز.", []string{"PER هشام سبيته"}, nil},
		// ف + a verb with the object pronoun ني before its subject
		{"وقفت عند الباب طويلا.\n\nفسألني منير: «متى تعود؟».", []string{"PER منير"}, []string{"PER سألني منير", "PER فسألني منير"}},
		// a perfect at a name's end before a preposition it governs
		{"وقال إن الوزير جون سميث هيمن على النقاش.", []string{"PER جون سميث"}, nil},
		// a surname ending in ني stays
		{"وأشاد الحضور بالدكتور سالم عبده يماني في الندوة.", []string{"PER سالم عبده يماني"}, nil},
	})
}

// A person's name whose first letter reads as ف is not split when the
// rest stands nowhere alone in the document; a hyphen glued to both
// halves of a name joins them, and only two name-like halves.
func TestPersonFirstLetterAndHyphen(t *testing.T) {
	checkEntities(t, []entityCase{
		{"وأجرى الجراح البريطاني ديفيد فلين العملية، وأضاف فلين أن المريض بخير.", []string{"PER فلين"}, []string{"PER لين"}},
		{"وقالت الوزيرة نجاة فالو بلقاسم إن الإصلاح ضروري.", nil, []string{"PER الو بلقاسم"}},
		{"وزار كيم جونغ-أون المصنع الجديد. وقال كيم إن الإنتاج ارتفع.", []string{"PER كيم جونغ-أون"}, nil},
		{"وصل الوفد إلى الرياض - واس - أمس.", nil, []string{"PER الرياض - واس"}},
		// a verb after the hyphen opens an aside
		{"وقال الشيخ ظافر-رحمه الله- إن العلم نور.", []string{"PER ظافر"}, []string{"PER ظافر-رحمه"}},
		// so do a pronoun, a preposition and a title
		{"وأوضح ماجد العتيبي-وهو معلم الفصل- أن النتائج طيبة.", []string{"PER ماجد العتيبي"}, []string{"PER ماجد العتيبي-وهو"}},
		{"وقال الرئيس جو بايدن-في خطابه- إن البلاد قوية.", []string{"PER جو بايدن"}, []string{"PER جو بايدن-في"}},
		{"وتحدث الكاتب عن موسى-عليه السلام- في كتابه.", nil, []string{"PER موسى-عليه"}},
		{"وأوضح ماجد العتيبي-مدير المدرسة- أن النتائج طيبة.", []string{"PER ماجد العتيبي"}, []string{"PER ماجد العتيبي-مدير"}},
	})
}

// A body's name does not end in a title that belongs to the person after
// it, and a person's name not in المولى when it is God, the object of a
// verb of prayer before the name.
func TestTitleAndDivineEnds(t *testing.T) {
	checkEntities(t, []entityCase{
		{"ودعا الأمير خالد بن سلمان بن عبدالعزيز المولى أن يحفظ البلاد.", []string{"PER خالد بن سلمان بن عبدالعزيز"}, nil},
		{"ويسأل الشيخ سعد بن ناصر المولى عز وجل أن يرحم الفقيد.", []string{"PER سعد بن ناصر"}, []string{"PER سعد بن ناصر المولى"}},
		{"وصلى عبد المولى حسن في المسجد.", []string{"PER عبد المولى حسن"}, nil},
		{"وقالت زعيمة حزب العمال الوزيرة ليلى حسن إن الحكومة باقية.", []string{"ORG حزب العمال", "PER ليلى حسن"}, nil},
		{"وزار الوفد الطبي مستشفى الملك فهد أمس.", []string{"ORG مستشفى الملك فهد"}, nil},
	})
}
