package entity_test

import "testing"

// In sports copy a club named with its city is one organisation, and a
// nationality after a club's name stays outside it; a federation, a
// national team and a state noun keep theirs (made-up match reports).
func TestSportsClubNames(t *testing.T) {
	d := annotate(t, "وفاز الفريق على ضيفه أياكس أمستردام بهدفين في المباراة الأولى من الجولة، "+
		"وتعادل سبورتينج لشبونة البرتغالي مع ضيفه في الدوري. "+
		"وقال مدرب الهلال السعودي إن اللاعب جاهز للمباراة المقبلة، وأعلن الاتحاد السعودي موعد الكأس. "+
		"وفاز المنتخب السعودي في الملعب.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	t.Log(got)
	for _, s := range []string{"أياكس أمستردام", "سبورتينج لشبونة", "الهلال", "الاتحاد السعودي", "المنتخب السعودي"} {
		if got[s] != "ORG" {
			t.Errorf("%s: got %q, want ORG", s, got[s])
		}
	}
	for _, s := range []string{"أمستردام", "لشبونة", "الهلال السعودي", "سبورتينج لشبونة البرتغالي"} {
		if got[s] != "" {
			t.Errorf("%s: got %s, want no entity", s, got[s])
		}
	}
}

// Outside sports copy a town after a name is left alone.
func TestClubTownsSportsOnly(t *testing.T) {
	d := annotate(t, "وزار الوفد أياكس أمستردام أمس.")
	for _, e := range d.Entities {
		if e.In(d.Text) == "أياكس أمستردام" {
			t.Errorf("a club and a town joined outside sports copy")
		}
	}
}
