package quotes

import (
	"strings"
	"testing"

	"github.com/rasid/rasid"
)

// tokWords builds a finder over tokens given as words "FORM/UPOS" joined
// by "+" (one token), the tokens separated by spaces, for candidateName.
func tokWords(spec string) *resolver {
	var text strings.Builder
	var toks []rasid.Token
	for i, tok := range strings.Fields(spec) {
		if i > 0 {
			text.WriteString(" ")
		}
		t := rasid.Token{Kind: rasid.Arabic}
		t.Start = text.Len()
		for _, w := range strings.Split(tok, "+") {
			form, upos, _ := strings.Cut(w, "/")
			written := form
			if len(t.Words) > 0 && strings.HasPrefix(form, "ال") && t.Words[len(t.Words)-1].Form == "ل" {
				written = strings.TrimPrefix(form, "ا") // ل + ال is written لل
			}
			ws := rasid.Word{Form: form, UPOS: upos}
			ws.Start = text.Len()
			text.WriteString(written)
			ws.End = text.Len()
			t.Words = append(t.Words, ws)
		}
		t.End = text.Len()
		toks = append(toks, t)
	}
	s := text.String()
	for i := range toks {
		toks[i].Norm = s[toks[i].Start:toks[i].End]
	}
	r := &resolver{f: &finder{text: s, toks: toks}, docCounts: map[string]int{}}
	for _, n := range []string{"سامي الحربي", "منى العتيبي", "الهيئة الوطنية"} {
		r.docCounts[nameKey(n)] = 2 // named elsewhere in the document
	}
	return r
}

// TestCandidateName: the names candidates offer the ranker lose a
// proclitic the morphology splits off and a trailing adverb; a mention
// that opens with a preposition, a conjunction or a pronoun is no name
// (session 15; words written for this test).
func TestCandidateName(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"ل/ADP+سامي/PROPN الحربي/PROPN", "سامي الحربي"},
		{"و/CCONJ+ل/ADP+منى/PROPN العتيبي/PROPN", "منى العتيبي"},
		{"ل/ADP+الهيئة/NOUN الوطنية/ADJ", "الهيئة الوطنية"},
		{"ل/ADP+عادل/PROPN السالم/PROPN", "لعادل السالم"},       // the document does not name the rest
		{"ب/ADP+در/PROPN الشمري/PROPN", "بدر الشمري"},           // a name the morphology splits
		{"لمياء/PROPN الزيدي/PROPN", "لمياء الزيدي"},            // a name that starts with ل
		{"بدر/PROPN الشمري/PROPN", "بدر الشمري"},                // and with ب
		{"و/CCONJ+على/ADP الفور/NOUN", ""},                      // not a name
		{"و/CCONJ+هم/PRON يلتقطون/VERB", ""},                    // not a name
		{"و/CCONJ+أن/SCONJ نواجه/VERB", ""},                     // not a name
		{"الإذاعة/NOUN نقلاً/ADV", "الإذاعة"},                   // a trailing adverb
		{"و/CCONJ المنظمة/NOUN الدولية/ADJ", "المنظمة الدولية"}, // و written apart
		{"نقلاً/ADV", "نقلاً"},                                  // one word: nothing to trim
	}
	for _, tc := range tests {
		r := tokWords(tc.spec)
		name := r.f.text
		if got := r.candidateName(name, 0, len(r.f.toks)); got != tc.want {
			t.Errorf("%s: candidate name %q, want %q", tc.spec, got, tc.want)
		}
	}
}

// TestNameShaped: a name has no comma and at most fourteen words; digits
// are allowed (words written for this test).
func TestNameShaped(t *testing.T) {
	for name, want := range map[string]bool{
		"محمد بن سعد بن عبد الله آل ناصر":     true,
		"إذاعة 90 إف إم":                      true,
		"لها مكانة كبيرة لدى الجمهور، لكونها": false,
		"أ ب ت ث ج ح خ د ذ ر ز س ش ص ض":       false,
	} {
		if got := nameShaped(name); got != want {
			t.Errorf("nameShaped(%q) = %v, want %v", name, got, want)
		}
	}
}
