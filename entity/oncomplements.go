package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// A body named by what it does: a head and a verbal noun, in a construct
// (لجنة الرقابة، هيئة الإشراف، مؤسسة التأمين) or after ل (الصندوق الوطني
// للتأمين، الرابطة الوطنية للدفاع), whose verb governs a preposition. The
// preposition and its object belong to the name: the committee is one of
// control over public money, the fund one of insurance against illness
// (لجنة الرقابة على المال العام، الصندوق الوطني للتأمين على المرض، الهيئة
// الوطنية للوقاية من التعذيب). Only the verbal nouns of supervision,
// insurance, encouragement, examination, defence and prevention are
// taken: the ones that name what a body is for; verbal nouns of getting,
// leaving and taking part after ل are a verb's purpose (purpose.go). A
// construct with النظر or الإشراف is a body's name; after ل they are a
// purpose (للنظر في، للإشراف على: purpose.go ends the name before them),
// and الدفاع without ل is a ministry's portfolio (وزارة الدفاع, whose verb
// may govern عن: دافعت وزارة الدفاع عن قرارها).

// bodyVerbalNouns maps verbal nouns (folded, without the article) to the
// preposition they govern and whether they take it after ل, in a construct,
// or both.
var bodyVerbalNouns = map[string]struct {
	prep              string
	afterL, construct bool
}{
	"رقابه": {"على", true, true},
	"تامين": {"على", true, true},
	"تشجيع": {"على", true, true},
	"اشراف": {"على", false, true},
	"نظر":   {"في", false, true},
	"دفاع":  {"عن", true, false},
	"وقايه": {"من", true, true},
}

// onComplements widens a body's name that ends in a verbal noun of
// bodyVerbalNouns over the preposition right after it and its object: one
// indefinite noun before a word with the article (انتخابات المجالس) if
// any, then up to four words with the article (المال العام، انتخابات
// المجالس البلدية، الودائع الكورية), up to a coordinated word (حقوق
// الإنسان والمرصد التونسي: a body of its own may start there), a word
// with لل or a participle of relation (الودائع الكورية التابعة للدولة:
// the participle describes the body).
// A construct's verbal noun must follow the head itself (لجنة النظر; in
// مؤسسة النقد النظر the verbal noun is the verb's object). Names the model
// tagged inside the widened span are dropped. s
// gives the document token of each word; cs is changed in place and
// returned, perhaps shorter.
func (m *Model) onComplements(d *rasid.Document, s []int, words []string, in []tokInfo, cs []chunk) []chunk {
	if len(s) == 0 || len(d.Tokens) <= s[len(s)-1] || len(d.Tokens[s[0]].Words) == 0 || len(in) != len(words) {
		return cs // no words layer
	}
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if c.typ != "ORG" || c.end-c.start < 2 || c.end+1 >= len(words) {
			continue
		}
		last := in[c.end-1]
		vn, ok := bodyVerbalNouns[last.s]
		switch {
		case !ok:
			continue
		case strings.HasPrefix(last.w, "ال") && (!vn.construct || strings.HasPrefix(in[c.end-2].w, "ال")):
			continue // a construct's first term has no article: مؤسسة النقد النظر is no name of examination
		case strings.HasPrefix(last.w, "لل") && !vn.afterL:
			continue
		case !strings.HasPrefix(last.w, "ال") && !strings.HasPrefix(last.w, "لل"):
			continue
		}
		if in[c.end].w != fold(vn.prep) {
			continue
		}
		j := c.end + 1
		if j+1 < len(words) && m.constructHead(d, s, in, j) {
			j++
		}
		end := j
		for end < len(words) && end-j < 4 && strings.HasPrefix(in[end].w, "ال") && definiteWord(in[end].w, d.Tokens[s[end]].Words) &&
			arabicOnly(in[end].w) && !pertaining[in[end].w] && governingParticiples[in[end].w] == nil {
			end++
		}
		if end == j {
			continue
		}
		cs[k].end = end
		// drop the names inside the widened span
		n := k + 1
		for n < len(cs) && cs[n].start < end {
			n++
		}
		cs = append(cs[:k+1], cs[n:]...)
	}
	return cs
}

// constructHead reports whether the token j is a noun without the article
// that the words layer reads as one noun, followed by a word with the
// article: the first term of a construct (انتخابات المجالس); not a noun of
// positionNouns.
func (m *Model) constructHead(d *rasid.Document, s []int, in []tokInfo, j int) bool {
	ws := d.Tokens[s[j]].Words
	w := in[j].w
	return len(ws) == 1 && ws[0].UPOS == "NOUN" && !strings.HasPrefix(w, "ال") && arabicOnly(w) &&
		!stopWords[w] && !positionNouns[w] && definiteWord(in[j+1].w, d.Tokens[s[j+1]].Words)
}

// positionNouns are the nouns that make على or في a compound preposition
// (على رأس، على قائمة، في صدارة، على هامش): what follows them is no
// object of a verbal noun (شركة … للتأمين على رأس الشركات).
var positionNouns = foldSet("رأس", "قائمة", "صدارة", "مقدمة", "هامش", "حساب", "غرار", "مستوى",
	"أساس", "خلفية", "صعيد", "عاتق", "مدى", "امتداد", "طول", "وجه", "ضوء", "إثر", "أثر")
