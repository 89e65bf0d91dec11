package entity_test

import "testing"

// Names with structure: a person or place inside an institution's or a
// branch's name is no entity of its own.
func TestNamesWithStructure(t *testing.T) {
	d := annotate(t, "وقال مدير مركز الملك عبدالله للدراسات والبحوث إن هيئة الهلال الأحمر في جدة بدأت العمل. "+
		"وأقيمت المباراة على ملعب الأمير عبدالله الفيصل بجدة. وزار الوفد سفارة المملكة العربية السعودية بتونس. "+
		"وجرت المباراة في الملعب الأولمبي بسوسة. وأعلنت وزارة الداخلية في إقليم كردستان العراق اعتقال مشتبه. "+
		"وأعلنت الحكومة في العراق خطة جديدة. ورحبت وزارة الخارجية بتونس. وافتتح المصنع في مدينة ينبع الصناعية.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	want := map[string]string{
		"مركز الملك عبدالله للدراسات والبحوث":    "ORG",
		"هيئة الهلال الأحمر في جدة":              "ORG",
		"ملعب الأمير عبدالله الفيصل":             "LOC",
		"سفارة المملكة العربية السعودية بتونس":   "ORG",
		"الملعب الأولمبي بسوسة":                  "LOC",
		"وزارة الداخلية في إقليم كردستان العراق": "ORG",
		"العراق":         "LOC", // a country after في: no branch
		"وزارة الخارجية": "ORG", // رحب ب: a verb's preposition
		"تونس":           "LOC",
	}
	for s, typ := range want {
		if got[s] != typ {
			t.Errorf("%s: got %q, want %s", s, got[s], typ)
		}
	}
	for _, s := range []string{"عبدالله", "سوسة", "إقليم كردستان العراق", "عبدالله الفيصل"} {
		if got[s] != "" {
			t.Errorf("%s: a separate %s inside a longer name", s, got[s])
		}
	}
	for _, ti := range d.Titles {
		if ti.Title == "الملك" || ti.Title == "الأمير" {
			t.Errorf("title %q of %q taken from an institution's name", ti.Title, ti.Person)
		}
	}
}

// A state noun with a feminine nationality is a state body; after a title
// the masculine nationality agrees with the title.
func TestStateBodies(t *testing.T) {
	d := annotate(t, "وقالت الحكومة العراقية إن وزير الخارجية التركي هاكان فيدان سيزور بغداد، وردت الخارجية الإيرانية ببيان. "+
		"وقال مدرب المنتخب المغربي إن اتحاد القدم العديد من المرات دعم الفريق.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"الحكومة العراقية", "الخارجية الإيرانية", "المنتخب المغربي", "اتحاد القدم"} {
		if got[s] != "ORG" {
			t.Errorf("%s: got %q, want ORG", s, got[s])
		}
	}
	if got["الخارجية التركي"] != "" {
		t.Errorf("a title's complement taken for a state body: %v", got)
	}
}

// أيام and a place right after it name a festival.
func TestFestivals(t *testing.T) {
	d := annotate(t, "وانطلقت أيام الشارقة المسرحية مساء أمس، وقضى الوفد أياما في عمان.")
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Type+" "+e.In(d.Text))
	}
	if len(got) < 1 || got[0] != "MISC أيام الشارقة المسرحية" {
		t.Errorf("entities = %q, want MISC أيام الشارقة المسرحية first", got)
	}
}

// Issue 11 item 8: a name's first letter is no preposition (بوتين), a
// country after بالإضافة إلى is kept, and وبيلاروس is a place.
func TestItem8(t *testing.T) {
	d := annotate(t, "وقال الرئيس الروسي فلاديمير بوتين إن بلاده تعاونت مع الصين بالإضافة إلى الهند. وأضاف بوتين أن روسيا وبيلاروس حليفتان.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	want := map[string]string{"فلاديمير بوتين": "PER", "بوتين": "PER", "الصين": "LOC", "الهند": "LOC", "روسيا": "LOC", "بيلاروس": "LOC"}
	for s, typ := range want {
		if got[s] != typ {
			t.Errorf("%s: got %q, want %s (all: %v)", s, got[s], typ, got)
		}
	}
	if got["وتين"] != "" {
		t.Errorf("بوتين split as ب + وتين: %v", got)
	}
}

// نادي is the head of a literary club's name (the adjective agrees with
// it), and a mission abroad takes the country of its seat after في; a
// group acting in a country does not (made-up sentences).
func TestLiteraryClubsAndMissions(t *testing.T) {
	d := annotate(t, "وقال رئيس نادي تبوك الأدبي إن النادي سيقيم أمسية شعرية. وشارك الشاعر في أمسية بنادي حائل الأدبي. "+
		"وأعلنت السفارة السعودية في ألمانيا عن موعد التسجيل، وقال مدير كلية الهندسة في الدمام إن الطلاب سيبدأون الدراسة. "+
		"وقاتل تنظيم داعش في سوريا.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"نادي تبوك الأدبي", "نادي حائل الأدبي", "السفارة السعودية في ألمانيا", "كلية الهندسة في الدمام", "تنظيم داعش"} {
		if got[s] != "ORG" {
			t.Errorf("%s: got %q, want ORG (%v)", s, got[s], got)
		}
	}
	if got["سوريا"] != "LOC" {
		t.Errorf("سوريا: got %q, want LOC", got["سوريا"])
	}
}
