package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// maxTitleTokens bounds a title phrase.
const maxTitleTokens = 8

// titleWords are derived from the @TTL list: triggers are the first words
// of its entries (رئيس، وزير، الأمين، المتحدث…), complements every other
// word of an entry plus a few words that extend titles.
type titleWords struct {
	trigger, complement map[string]bool
}

var titleComplements = []string{
	"الخارجيه", "الداخليه", "الدفاع", "الماليه", "الوزراء", "وزراء", "الحكومه", "الجمهوريه",
	"العام", "باسم", "السابق", "الاسبق", "الحالي", "الاول", "الثاني", "الاعلي", "التنفيذي",
	"الاداره", "شؤون", "لشؤون", "الشؤون", "للشؤون", "الدوله", "الامن", "القومي", "الوطني",
	"الاركان", "هيئه", "العهد", "الحرمين", "الشريفين", "الاقتصاد", "التجاره", "النفط", "الطاقه",
	"الصحه", "التعليم", "التربيه", "العدل", "الاعلام", "الزراعه", "العمل", "الثقافه", "النقل",
	"الاسكان", "البيئه", "السياحه", "الرياضه", "الشباب", "الاوقاف", "الخارجي", "المساعد",
	"المساعده", "الاقليمي", "الاعلي", "للامم", "الامم", "المتحده", "العامه", "مجلس", "المجلس",
	"حزب", "الحزب", "الجيش", "القوات", "المسلحه", "الجويه", "البحريه", "الشرطه", "وزاره",
	"الوزاره", "لوزاره", "ولي", "نائب", "الدولي", "البرلمان", "النواب", "الشوري", "الشعب",
	"لجنه", "اللجنه", "المركزي", "البنك", "الاتحاد", "الاوروبي", "الفيدرالي", "المخابرات",
	"اقليم", "الاقليم", "حكومه", "بلديه", "جهاز", "قياده", "العمليات", "المشتركه", "اركان",
	"المنطقه", "منطقه", "الجمهوري", "الديمقراطي", "الفلسطينيه", "الوطنيه", "العليا", "الاعلى",
}

func (m *Model) titleWords() *titleWords {
	m.ttlOnce.Do(func() {
		tw := &titleWords{trigger: map[string]bool{}, complement: map[string]bool{}}
		for _, c := range titleComplements {
			tw.complement[c] = true
		}
		var walk func(n *trieNode, depth int)
		walk = func(n *trieNode, depth int) {
			for w, c := range n.next {
				if hasClass(c, "TTL") || hasClassBelow(c, "TTL") {
					if depth == 0 {
						tw.trigger[w] = true
					} else {
						tw.complement[w] = true
					}
					walk(c, depth+1)
				}
			}
		}
		walk(m.gaz.root, 0)
		m.ttl = tw
	})
	return m.ttl
}

func hasClass(n *trieNode, class string) bool {
	for _, c := range n.class {
		if c == class {
			return true
		}
	}
	return false
}

func hasClassBelow(n *trieNode, class string) bool {
	for _, c := range n.next {
		if hasClass(c, class) || hasClassBelow(c, class) {
			return true
		}
	}
	return false
}

// titles finds the titles of the person mentions: a title phrase right
// before the name (وزير الخارجية الروسي سيرغي لافروف), or after it between
// commas (بوتين، الرئيس الروسي،). inOther is working memory of
// len(d.Tokens) or more.
func (m *Model) titles(d *rasid.Document, ms []mention, inOther []bool) []rasid.Title {
	// tokens inside non-person names
	inOther = inOther[:len(d.Tokens)]
	clear(inOther)
	for _, mt := range ms {
		if mt.Type != rasid.PER {
			for i := mt.first; i <= mt.last; i++ {
				inOther[i] = true
			}
		}
	}
	tc := titleCtx{m: m, d: d, tw: m.titleWords(), inOther: inOther}
	var out []rasid.Title
	for _, mt := range ms {
		if mt.Type != rasid.PER {
			continue
		}
		sp, ok := tc.before(mt)
		if !ok {
			sp, ok = tc.after(mt)
		}
		if ok {
			out = append(out, rasid.Title{Span: sp, Person: mt.Canonical, Title: collapse(sp.In(d.Text))})
		}
	}
	return out
}

// titleCtx is what the search for titles reads of a document.
type titleCtx struct {
	m       *Model
	d       *rasid.Document
	tw      *titleWords
	inOther []bool // tokens inside non-person names
}

func (tc *titleCtx) isPunct(i int) bool {
	t := tc.d.Tokens[i]
	return t.Kind == rasid.Punct || shape(fold(t.In(tc.d.Text))) == "p"
}

// classify returns whether token i may be in a title, whether it is a
// trigger, and the byte length of a proclitic to leave out.
func (tc *titleCtx) classify(i int) (ok, trig bool, clitic int) {
	tok := tc.d.Tokens[i].In(tc.d.Text)
	f := fold(tok)
	if tc.tw.trigger[f] {
		return true, true, 0
	}
	if tc.tw.complement[f] || tc.m.gaz.has("NAT", f) || tc.inOther[i] || tc.m.known(f) {
		return true, false, 0
	}
	for _, p := range proclitics(tok) {
		if tc.tw.trigger[fold(tok[len(p):])] {
			return true, true, len(p)
		}
	}
	// a coordinated or attached complement inside the title: وزير
	// الاقتصاد والمالية (minister of economy and finance), وزير الدولة
	// لشؤون الإعلام (minister of state for media affairs)
	for _, p := range []string{"و", "ل"} {
		if rest := strings.TrimPrefix(tok, p); rest != tok && rest != "" {
			if r := fold(rest); tc.tw.complement[r] || tc.m.gaz.has("NAT", r) {
				return true, false, 0
			}
		}
	}
	return false, false, 0
}

// before returns the title right before the person's name, unless the
// name is coordinated (ولي العهد وماكرون: the title is the other
// person's).
func (tc *titleCtx) before(mt mention) (rasid.Span, bool) {
	left, clitic := -1, 0
	for j := mt.first - 1; !mt.conj && j >= 0 && j >= mt.first-maxTitleTokens; j-- {
		if tc.isPunct(j) {
			break
		}
		ok, trig, cl := tc.classify(j)
		if !ok {
			break
		}
		if trig {
			left, clitic = j, cl
		}
		if cl > 0 {
			break // a proclitic starts the phrase
		}
	}
	if left < 0 {
		return rasid.Span{}, false
	}
	return rasid.Span{Start: tc.d.Tokens[left].Start + clitic, End: tc.d.Tokens[mt.first-1].End}, true
}

// after returns the title after the person's name between commas.
func (tc *titleCtx) after(mt mention) (rasid.Span, bool) {
	d := tc.d
	j := mt.last + 1
	if j+1 >= len(d.Tokens) {
		return rasid.Span{}, false
	}
	if c := d.Tokens[j].In(d.Text); c != "،" && c != "," {
		return rasid.Span{}, false
	}
	ok, trig, cl := tc.classify(j + 1)
	if !ok || !trig {
		return rasid.Span{}, false
	}
	end := j + 1
	for k := j + 2; k < len(d.Tokens) && k <= j+maxTitleTokens; k++ {
		if tc.isPunct(k) {
			break
		}
		if ok, _, _ := tc.classify(k); !ok {
			break
		}
		end = k
	}
	return rasid.Span{Start: d.Tokens[j+1].Start + cl, End: d.Tokens[end].End}, true
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// ResolveTitle resolves a title phrase to the person who holds it in the
// document, using d.Titles (filled by the annotator): "وزير الخارجية
// الروسي" → "سيرغي لافروف". The phrase may carry a proclitic (وقال الوزير
// → pass "الوزير"). An exact match (letters folded) wins; otherwise a
// title containing the phrase's words in order, article ignored, when it
// points at a single person (الوزير → وزير الخارجية الروسي). It returns
// false when no title matches or when the match is ambiguous.
func ResolveTitle(d *rasid.Document, phrase string) (canonical string, ok bool) {
	p := titleKey(phrase, false)
	if len(p) == 0 {
		return "", false
	}
	for _, t := range d.Titles {
		if equalWords(titleKey(t.Title, false), p) {
			return t.Person, true
		}
	}
	loose := titleKey(phrase, true)
	person := ""
	for _, t := range d.Titles {
		if containsRun(titleKey(t.Title, true), loose) {
			if person != "" && person != t.Person {
				return "", false
			}
			person = t.Person
		}
	}
	return person, person != ""
}

// titleKey folds a title phrase into words, dropping a proclitic on the
// first word (و ف ب ل), and, when bare, the article of every word.
func titleKey(s string, bare bool) []string {
	ws := strings.Fields(s)
	out := make([]string, 0, len(ws))
	for i, w := range ws {
		f := fold(w)
		if i == 0 {
			for _, p := range []string{"و", "ف"} {
				if strings.HasPrefix(f, p+"ال") {
					f = strings.TrimPrefix(f, p)
					break
				}
			}
		}
		if bare {
			f = strings.TrimPrefix(f, "ال")
		}
		if f != "" && shape(f) != "p" {
			out = append(out, f)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
