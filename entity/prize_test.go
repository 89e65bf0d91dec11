package entity_test

import "testing"

// A prize named with its discipline after في is one name; the discipline
// alone is no name, and في with a place or a time after a prize stays out.
func TestPrizeFields(t *testing.T) {
	d := annotate(t, "ونالت الكاتبة جائزة نوبل في الأدب قبل أن يحصل زميلها على جائزة نوبل في الكيمياء. "+
		"وتسلم الباحث جائزة الملك فيصل في الرياض مساء أمس.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for _, s := range []string{"جائزة نوبل في الأدب", "جائزة نوبل في الكيمياء"} {
		if got[s] != "MISC" {
			t.Errorf("%s: got %q, want MISC (all: %v)", s, got[s], got)
		}
	}
	for _, s := range []string{"الأدب", "الكيمياء", "جائزة الملك فيصل في الرياض"} {
		if got[s] != "" {
			t.Errorf("%s taken for %s (all: %v)", s, got[s], got)
		}
	}
}

// A person named right after an event and its place is no part of the
// event's name; an event named after a person keeps the person.
func TestEventThenPerson(t *testing.T) {
	d := annotate(t, "وأكد المنسق العام في معرض الرياض خالد العتيبي أن الأجنحة اكتملت. "+
		"وقالت مديرة الإعلام في مهرجان قرطاج سلمى الزين إن العروض بدأت. "+
		"وافتتح مهرجان الملك عبدالعزيز للإبل أمس.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type
	}
	for s, typ := range map[string]string{"خالد العتيبي": "PER", "سلمى الزين": "PER",
		"مهرجان الملك عبدالعزيز للإبل": "MISC"} {
		if got[s] != typ {
			t.Errorf("%s: got %q, want %s (all: %v)", s, got[s], typ, got)
		}
	}
}
