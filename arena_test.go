package rasid

import "testing"

func TestArena(t *testing.T) {
	var nilArena *Arena
	if w := nilArena.Words(3); len(w) != 3 || cap(w) != 3 {
		t.Errorf("nil arena: Words(3) has len %d cap %d", len(w), cap(w))
	}
	nilArena.Reset()
	var a Arena
	w1 := a.Words(2)
	w1[0].Form, w1[1].Form = "a", "b"
	w2 := a.Words(3)
	if &w1[0] == &w2[0] || len(w2) != 3 || cap(w2) != 3 {
		t.Fatal("Words handed out the same memory twice before Reset")
	}
	_ = append(w1, Word{Form: "c"}) // capped: copies
	if w2[0].Form != "" {
		t.Fatal("an append to one slice wrote into the next")
	}
	s := a.Strings(2)
	s[0] = "x"
	a.Reset()
	w3 := a.Words(2)
	if w3[0].Form != "" || w3[1].Form != "" {
		t.Errorf("Words after Reset are not zero: %+v", w3)
	}
	if s2 := a.Strings(1); s2[0] != "" {
		t.Errorf("Strings after Reset are not empty: %q", s2)
	}
	big := a.Words(5000)
	if len(big) != 5000 {
		t.Errorf("Words(5000) has len %d", len(big))
	}
}
