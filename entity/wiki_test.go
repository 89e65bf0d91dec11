package entity_test

import "testing"

// Encyclopaedic text: historical states with their head and adjective, an
// official name with its head, natural features and regions with their
// head, seas named by an adjective.
func TestWikiStatesAndFeatures(t *testing.T) {
	d := annotate(t, "وامتدت حدود الإمبراطورية البيزنطية حتى بلاد الشام قبل أن تقوم الدولة الأموية في دمشق. "+
		"وتقع جمهورية مالطا في البحر المتوسط جنوب جزيرة صقلية. "+
		"ويصب النهر في خليج العقبة بعد أن يعبر صحراء النقب. "+
		"وسقطت الخلافة العباسية على يد المغول، ثم انهار الاتحاد السوفيتي بعد قرون.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"الإمبراطورية البيزنطية", "بلاد الشام", "الدولة الأموية", "جمهورية مالطا",
		"البحر المتوسط", "خليج العقبة", "صحراء النقب", "الخلافة العباسية", "الاتحاد السوفيتي"} {
		if got[s] != "LOC" {
			t.Errorf("%s: got %q, want LOC (all: %v)", s, got[s], got)
		}
	}
}

// A modern state with its nationality is left to the news rules (the state
// as an actor), and a descriptive adjective makes no name.
func TestWikiStateDescriptions(t *testing.T) {
	d := annotate(t, "وقال الباحث إن الدولة الحديثة تحتاج إلى مؤسسات قوية، وإن الدولة المدنية هي الحل.")
	for _, e := range d.Entities {
		if s := e.In(d.Text); s == "الدولة الحديثة" || s == "الدولة المدنية" {
			t.Errorf("a description taken for a state: %s %s", s, e.Type)
		}
	}
}

// Glosses in Latin script after a language label, sects and organ systems
// are no organisations.
func TestWikiCommonNouns(t *testing.T) {
	d := annotate(t, "يصيب المرض (بالإنجليزية: Malaria؛ وبالفرنسية: Paludisme) الجهاز العصبي في مراحله المتأخرة. "+
		"وعاش في المدينة السنة والشيعة جنبا إلى جنب.")
	for _, e := range d.Entities {
		switch s := e.In(d.Text); s {
		case "Malaria", "Paludisme", "الجهاز العصبي", "السنة", "الشيعة":
			t.Errorf("%s taken for %s", s, e.Type)
		}
	}
}

// Compound laqabs with a relative adjective are one person; a place with
// ب after a name is cut off; الدين after و (religion) is no name; a kunya
// and the name after it are one person.
func TestWikiLaqabsAndKunyas(t *testing.T) {
	d := annotate(t, "ودرس العلماء أصول اللغة والدين في عهد الوزير نور الدين الزنكي. "+
		"وحكم عماد الدين الأصفهاني بدمشق بعد ذلك. "+
		"وروى الحديث أبو حفص عمر بن علي بن أحمد في بغداد.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"نور الدين الزنكي", "عماد الدين الأصفهاني"} {
		if got[s] != "PER" {
			t.Errorf("%s: got %q, want PER (all: %v)", s, got[s], got)
		}
	}
	if got["الدين"] != "" || got["والدين"] != "" {
		t.Errorf("religion taken for a name: %v", got)
	}
	if got["أبو حفص"] != "" {
		t.Errorf("a kunya cut from the name after it: %v", got)
	}
}
