package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Session 11: how the speaker is written on copy no rule was written from
// (docs/quotes.md, "Session 11").

// runOnWords end a name: a name never holds a complementizer written with
// its hamza (وبحسب فلان فإن …, where the entity layer ran the name into the
// content).
var runOnWords = setOf("فإن", "فإنه", "فإنها", "إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها")

// blessingVerbs open a blessing written after a name (الشافعي رحمه الله،
// الأمير فلان حفظه الله، عمر رضي الله عنه); the blessing is no part of the
// name.
var blessingVerbs = setOf("رحمه", "رحمها", "يرحمه", "يرحمها", "حفظه", "حفظها", "يحفظه", "يحفظها", "رضي", "رعاه", "رعاها", "أيده", "أيدها")

// sameSourceWords close a phrase of the same source (المصدر ذاته، المصادر نفسها):
// nothing after them belongs to the source (ووفقا للمصدر ذاته مازال
// التحقيق متواصلا: the content without أن).
var sameSourceWords = setOf("ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "أنفسهم")

// withoutRunOn cuts a speaker name where what follows cannot be part of
// it: at a complementizer with its hamza, at a blessing (a verb of blessing
// before الله), after the same-source word ذاته/نفسه.
func withoutRunOn(name string) string {
	if !strings.Contains(name, " ") {
		return name
	}
	ws := strings.Fields(name)
	for i := 1; i < len(ws); i++ {
		w := withoutMarks(strings.Trim(ws[i], "،,.:\"«»“”"))
		switch {
		case runOnWords[w] && !(w == "إن" && (normalize.String(ws[i-1]) == "سي" || normalize.String(ws[i-1]) == "ان")):
			// (سي إن إن: the letters of a broadcaster's name)
			return strings.Join(ws[:i], " ")
		case i+1 < len(ws) && blessingVerbs[w] && normalize.String(ws[i+1]) == "الله":
			return strings.Join(ws[:i], " ")
		case i+1 < len(ws) && sameSourceWords[w]:
			return strings.Join(ws[:i+1], " ")
		}
	}
	return name
}

// vowelSkeleton is a folded word without the letters ا و ي after its first
// letter: how a transliterated foreign name keeps its identity across
// spellings (زانداميلا and زنداميلا, ميدفيديف and مدفيديف).
func vowelSkeleton(w string) string {
	var b strings.Builder
	for i, c := range w {
		if i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ى') {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// spellingVariant finds the person of the document whose fuller name ends
// with a word spelled like the last word of the folded name nw up to its
// long vowels (وتابع زانداميلا after روجريو زنداميلا): foreign names are
// transliterated with and without them, often in one article. The word
// must be long (a skeleton of five letters or more: حسن and حسين,
// سلمان and سليمان are different Arabic names, and short skeletons
// collide), without the article (الخطيب, الخطابي), and one person only
// must fit.
func (r *resolver) spellingVariant(fs []nameForm, nw []string) (string, bool) {
	if len(nw) == 0 || len(nw) > 2 {
		return "", false
	}
	last := nw[len(nw)-1]
	if strings.HasPrefix(last, "ال") {
		return "", false
	}
	sk := vowelSkeleton(last)
	if utf8.RuneCountInString(sk) < 5 {
		return "", false
	}
	best, canon, bw := "", "", len(nw)
	for _, x := range fs {
		if x.typ != rasid.PER || len(x.words) <= len(nw) {
			continue
		}
		xl := x.words[len(x.words)-1]
		if xl == last || vowelSkeleton(xl) != sk {
			continue
		}
		if len(nw) == 2 && vowelSkeleton(x.words[len(x.words)-2]) != vowelSkeleton(nw[0]) {
			continue
		}
		if canon != "" && x.canon != canon {
			return "", false // two persons fit
		}
		canon = x.canon
		if len(x.words) > bw {
			best, bw = x.written, len(x.words)
		}
	}
	return best, best != ""
}

// withoutMarks drops the short vowels and the tatweel of a written word,
// keeping its hamza (رَحِمَهُ → رحمه, فـإن → فإن).
func withoutMarks(w string) string {
	if !strings.ContainsFunc(w, func(c rune) bool { return c >= 0x064B && c <= 0x0652 || c == 0x0640 }) {
		return w
	}
	return strings.Map(func(c rune) rune {
		if c >= 0x064B && c <= 0x0652 || c == 0x0640 {
			return -1
		}
		return c
	}, w)
}

// familyNameOf finds the one person of the document whose name of two
// words or more ends with the one-word name nw (دريك → جوشوا دريك): a
// family name alone refers back to the person named in full. (The entity
// layer widens the one-word names it tags; this serves a name that an
// earlier step cut out of a longer span, وبحسب دريك فإن ….) Two persons
// with that family name: none.
func (r *resolver) familyNameOf(fs []nameForm, nw []string) (string, bool) {
	if len(nw) != 1 || utf8.RuneCountInString(nw[0]) < 3 {
		return "", false
	}
	best, canon, bw := "", "", 1
	for _, x := range fs {
		if x.typ != rasid.PER || len(x.words) < 2 || x.words[len(x.words)-1] != nw[0] {
			continue
		}
		if canon != "" && x.canon != canon {
			return "", false
		}
		canon = x.canon
		if len(x.words) > bw {
			best, bw = x.written, len(x.words)
		}
	}
	return best, best != ""
}

// placeUnits are the nouns of an administrative unit that a place name
// completes in construct (منطقة نجران، محافظة جدة، ولاية صفاقس), folded as
// the tokens' Norm.
var placeUnits = setOf("منطقة", "امارة", "محافظة", "بلدية", "مدينة", "ولاية", "معتمدية", "اقليم", "مقاطعة", "بلدة", "قرية", "عمالة")

// placeAfterUnit reads the place that closes a title after the noun of an
// administrative unit (أمير منطقة نجران، رئيس بلدية صفاقس): a LOC entity
// without the article at token j, right after an indefinite unit noun
// inside the title whose head is i. It returns the token after the place. Without it the title
// stopped before an indefinite place name and took it for the holder's
// name (so that «فلان، أمير منطقة نجران» learned no title).
func (f *finder) placeAfterUnit(i, j int) (int, bool) {
	if j <= i || !f.locAt[j] || !placeUnits[f.toks[j-1].Norm] || strings.HasPrefix(f.toks[j].Norm, "ال") {
		// (a definite place, منطقة القصيم, is read as a definite word of
		// the title, which may go on: أمين منطقة القصيم المشرف العام …)
		return 0, false
	}
	e, ok := f.nameEnd[j]
	if !ok || e <= j || e-j > 4 {
		return 0, false
	}
	return e, true
}

// issuerInStatement reads the issuer of a statement named with في after a
// verb and its subject (كشفت وزارة الصحة في بيان مشترك …، أعلنت الإدارة في
// بيان أصدرته …): the subject between the verb — a reporting verb or one
// of issuing — and في, when it names a person or a body. k is the token of
// the statement noun.
func (r *resolver) issuerInStatement(k int) (string, bool) {
	f := r.f
	if k < 3 || f.toks[k-1].Norm != "في" || strings.HasPrefix(f.toks[k].Norm, "ال") {
		return "", false
	}
	for v := k - 3; v >= 0 && k-v <= 10 && f.isWord(v); v-- {
		if f.cues[v].class == noCue && !issueVerbs[f.keys[v]] {
			continue
		}
		if sp, ok := r.phrase(v+1, k-1, false); ok && sp.Name != "" && r.namesAgent(sp.Span) {
			return sp.Name, true
		}
		return "", false
	}
	return "", false
}

// dropObjectNoun drops the object of the cue that the entity layer glued
// to the end of a person's name (وصف فلان الفلاني شاطئ البحر بأنه …): a
// last word without the article that the morphology layer reads as a
// common noun, after a family name of origin with the article (الصاعدي,
// الغامدي) — such a name does not go on with an indefinite common noun.
// (After the article of a compound, عبد الله عبيد, a word read as a noun
// may be the family name: it stays.)
func (r *resolver) dropObjectNoun(_ phraseRef, e rasid.Entity, name string) string {
	f := r.f
	if name != f.text[e.Start:e.End] || strings.Count(name, " ") < 2 {
		return name
	}
	k := f.tokenAt(e.End) - 1
	if k <= 0 || k >= len(f.toks) || f.toks[k].Start < e.Start || f.toks[k].End != e.End {
		return name
	}
	t, p := f.toks[k], f.toks[k-1]
	if t.Kind != rasid.Arabic || strings.HasPrefix(t.Norm, "ال") || len(t.Words) != 1 || t.Words[0].UPOS != "NOUN" ||
		!strings.HasPrefix(p.Norm, "ال") || !strings.HasSuffix(p.Norm, "ي") {
		return name
	}
	if k >= 2 && compoundFirst[f.toks[k-2].Norm] {
		return name // عبد الهادي سعدون: الهادي completes a compound given name
	}
	return strings.TrimSpace(f.text[e.Start:p.End])
}

// compoundFirst open a compound name with a definite second word (عبد
// الهادي، أبو الفضل، بن الشيخ): that word is no family name.
var compoundFirst = setOf("عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام")

// withoutObjectNoun applies dropObjectNoun to a name wherever it comes
// from (a speaker carried over, a candidate of the ranker): the PER entity
// written as name, repaired.
func (r *resolver) withoutObjectNoun(name string) string {
	if strings.Count(name, " ") < 2 {
		return name
	}
	for _, e := range r.ents {
		if e.Type == rasid.PER && e.End-e.Start == len(name) && r.f.text[e.Start:e.End] == name {
			return r.dropObjectNoun(phraseRef{}, e, name)
		}
	}
	return name
}
