package entity_test

import "testing"

// A proclitic before the name of a place or a body is left out of the span
// when the name stands alone elsewhere in the document, when it is the next
// name of a list, or when it comes before the article (issue 11, session 9).
func TestNameClitics(t *testing.T) {
	d := annotate(t, "وشملت جولة أمير منطقة مكة المكرمة محافظات خليص ورابغ والكامل وعسفان، وقد وصل إلى عسفان مساء أمس. "+
		"ونقل المصابون إلى مستشفى الملك فهد بالمنطقة الشرقية. وقدم الدعم للعيادات السعودية التخصصية في المخيم.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for s, typ := range map[string]string{"عسفان": "LOC", "رابغ": "LOC", "المنطقة الشرقية": "LOC"} {
		if got[s] != typ {
			t.Errorf("%s: got %q, want %s (%v)", s, got[s], typ, got)
		}
	}
	for _, s := range []string{"وعسفان", "ورابغ", "بالمنطقة الشرقية", "للعيادات السعودية التخصصية"} {
		if got[s] != "" {
			t.Errorf("%s: the proclitic kept in the span", s)
		}
	}
}

// A listed organisation's name ends before a definite word that the
// gazetteer does not continue it with; a party's nationality is outside its
// name, a state body's inside (issue 11, session 9).
func TestListedEnds(t *testing.T) {
	d := annotate(t, "واتهمت الحكومة حزب الله اللبناني بالتصعيد، فيما رفع البنك المركزي التونسي نسبة الفائدة، "+
		"وأدان حزب العمال الكردستاني الهجومية الأخيرة. وقالت وزارة الخارجية الإريترية إن حزب اليسار الألماني طالب بالحوار.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"حزب الله", "البنك المركزي التونسي", "حزب العمال الكردستاني", "وزارة الخارجية الإريترية", "حزب اليسار"} {
		if got[s] != "ORG" {
			t.Errorf("%s: got %q, want ORG (%v)", s, got[s], got)
		}
	}
}
