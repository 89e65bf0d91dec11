package quotes

import (
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Session 17: how the speaker is named on fresh copy (docs/quotes.md,
// "Session 17: who the speaker is on fresh copy").

// describedFamilyName reads a family name written after a definite word
// that is not a given name — a profession or a place the entity layer took
// into the person's span (الفلكي فلان, المايسترو فلان, a place glued before
// the name) — as the one person of the document whose fuller name ends
// with it: the gold names the person, not the description. The words
// before the family name (folded nw[:i]) must all carry the article, be
// no definite given name (definiteGivenNames) and start no other person
// of the document, and the family name must end one person only.
func (r *resolver) describedFamilyName(fs []nameForm, name string, nw []string) (string, bool) {
	written := strings.Fields(name)
	if len(nw) < 2 || len(nw) > 3 || len(written) != len(nw) {
		return "", false
	}
	n := strings.Join(nw, " ")
	for i := 1; i <= 2 && i < len(nw); i++ {
		lead, rest := nw[:i], nw[i:]
		if !strings.HasPrefix(written[i-1], "ال") || definiteGivenNames[lead[i-1]] || lineageWord(lead[i-1]) {
			// (ألكسندر، ألبرت: a foreign given name written with أل)
			return "", false
		}
		if r.givenNameOfOther(fs, lead[0], n) {
			return "", false
		}
		best, canon, bw := "", "", len(rest)
		for _, x := range fs {
			if x.typ != rasid.PER || len(x.words) <= len(rest) || x.fold == n ||
				strings.Join(x.words[len(x.words)-len(rest):], " ") != strings.Join(rest, " ") {
				continue
			}
			if x.words[0] == lead[0] || strings.HasPrefix(x.words[0], "ال") && !definiteGivenNames[x.words[0]] || r.verbFirst(x.written) {
				continue // the same description elsewhere, another one, or a verb the entity layer glued to the name
			}
			if canon != "" && x.canon != canon {
				return "", false // two persons end with the family name
			}
			canon = x.canon
			if len(x.words) > bw {
				best, bw = x.written, len(x.words)
			}
		}
		if best != "" {
			return best, true
		}
	}
	return "", false
}

// givenNameOfOther reports whether the folded word w starts a person of
// the document other than the name n itself (then w is a given name: the
// same word before another family name).
func (r *resolver) givenNameOfOther(fs []nameForm, w, n string) bool {
	for _, x := range fs {
		if x.typ == rasid.PER && x.words[0] == w && x.fold != n && len(x.words) >= 2 {
			return true
		}
	}
	return false
}

// definiteGivenNames are given names written with the article (common in
// Maghrebi copy: المنصف فلان، الهادي فلان), folded: they are no
// description before a family name.
var definiteGivenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"الهادي", "المنصف", "الحبيب", "الطيب", "الصادق", "المنجي", "الناصر", "الطاهر", "المختار",
		"العربي", "الباجي", "الحسين", "الحسن", "العباس", "الوليد", "الفاضل", "المهدي", "الأمين", "البشير", "الشاذلي",
		"الصحبي", "المولدي", "الأزهر", "الهاشمي", "العيد", "الجيلاني", "المكي", "النوري", "الزين", "المعز", "المنذر",
		"الخليل", "السيد", "الفاروق", "المبروك", "المأمون", "المعتصم", "المثنى", "المقداد", "الجوهرة", "الخنساء",
		"المعتز", "الرشيد", "الصديق", "الشريف", "المصطفى", "الخضر", "العادل", "الأسعد", "المنتصر", "الحاج", "الناصف"} {
		m[normalize.ForSearch(w)] = true
	}
	return m
}()

// withoutTextNoun drops نصّ "the text of" before the document it
// quotes (وفقاً لنص المرسوم، نصّ القرار): the document speaks, as the
// gold names it (a legal text's provisions, docs/quotes.md, Session 16).
func withoutTextNoun(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || normalize.String(first) != "نص" || strings.Contains(rest, " ") {
		return name
	}
	k := normalize.String(rest)
	if !strings.HasPrefix(k, "ال") || !legalHeads[strings.TrimPrefix(k, "ال")] {
		return name
	}
	return rest
}

// outletBackNouns are the definite class nouns by which copy refers back
// to a newspaper, a site, a channel, an agency or a bank it named before
// after the indefinite noun (صحيفة «فلان» … وبحسب الصحيفة), normalised.
var outletBackNouns = setOf("الصحيفة", "الجريدة", "المجلة", "الموقع", "القناة", "الشبكة", "الاذاعة", "الوكالة", "البنك", "المصرف", "الشركة")

// notOutletAdjectives follow a class noun without referring back to the
// outlet named before: another one (المنافسة، الأخرى; الأم is shorter than
// any adjective namedOutlet reads).
var notOutletAdjectives = setOf("المنافسة", "المنافس", "الاخري", "الاخر", "الجديدة", "الجديد", "الاولي", "الاول", "الثانية", "الثاني", "الاكبر")

// namedOutlet reads a definite class noun of an outlet used alone as the
// speaker (الصحيفة، الموقع، also with an adjective of origin: الصحيفة
// البريطانية) as the name the document wrote right after an indefinite
// noun of the class before byte pos, in quotation marks or as an
// organisation the entity layer marks (صحيفة «المساء الجديد» … وبحسب
// الصحيفة → المساء الجديد): the gold names the outlet, not its class. The
// outlet with the adjective written after its name is taken, else the
// nearest one (within 400 tokens); when the nearest is unnamed, the name
// stays.
func (r *resolver) namedOutlet(name string, pos int) string {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 3 {
		return name
	}
	noun := normalize.String(ws[0])
	if !outletBackNouns[noun] {
		return name
	}
	for _, w := range ws[1:] {
		// الصحيفة البريطانية، الموقع المتخصص، الشركة الكورية الجنوبية
		if a := normalize.String(w); !strings.HasPrefix(a, "ال") || notOutletAdjectives[a] || len([]rune(a)) < 5 {
			return name
		}
	}
	bare := strings.TrimPrefix(noun, "ال")
	f := r.f
	end := min(f.tokenAt(pos), len(f.toks))
	nearest := ""
	for k := end - 1; k >= 0 && end-k <= 400; k-- {
		if f.toks[k].Kind != rasid.Arabic || !outletNounAt(f.keys[k], bare) {
			continue
		}
		w, ok := f.quotedNameAt(k + 1)
		if !ok && k+1 < len(f.toks) {
			// صحيفة الشرق الأوسط، شركة نوكيا: an organisation named
			// right after the noun, or with it
			if e, found := r.entityAt(f.toks[k].Start, f.toks[k+1].End, true); found && e.Type == rasid.ORG && e.End >= f.toks[k+1].End {
				w, ok = withoutBodyClass(outsideClassNoun(canonical(f.text, e))), true
			}
		}
		if !ok {
			if nearest == "" {
				return name // the nearest outlet of the class is unnamed
			}
			break
		}
		if f.nisbasAfter(k, ws[1:]) {
			return w // the outlet with the adjective written after its name
		}
		if nearest == "" {
			nearest = w
		}
	}
	if nearest != "" {
		return nearest // no outlet written with the adjective: the nearest
	}
	return name
}

// outletNounAt reports whether the key w is the indefinite class noun
// bare, alone or after a glued ل or ب (لصحيفة، بموقع).
func outletNounAt(w, bare string) bool {
	if w == bare {
		return true
	}
	for _, p := range []string{"ل", "ب"} {
		if strings.HasPrefix(w, p) && w[len(p):] == bare {
			return true
		}
	}
	return false
}

// quotedNameAt returns the words between the quotation marks opening at
// token k (one to six words, a quotation mark closing them, no sentence
// punctuation inside), as written.
func (f *finder) quotedNameAt(k int) (string, bool) {
	for k < len(f.toks) && f.isQuoteMark(k) && k+1 < len(f.toks) && f.isQuoteMark(k+1) {
		k++ // صحيفة " "صنداي تايمز": a stray mark before the opening one
	}
	if k >= len(f.toks) || !f.isQuoteMark(k) {
		return "", false
	}
	for j := k + 1; j < len(f.toks) && j <= k+7; j++ {
		t := f.toks[j]
		if f.isQuoteMark(j) {
			if j == k+1 {
				return "", false
			}
			return asWritten(f.text[f.toks[k+1].Start:f.toks[j-1].End]), true
		}
		if t.Kind == rasid.Punct && !(j+1 < len(f.toks) && f.toks[j+1].Start == t.End && f.toks[j-1].End == t.Start) {
			return "", false // (dots inside a name written in initials)
		}
	}
	return "", false
}

// nisbaWord reports whether the normalised word w is a definite adjective
// of origin (البريطانية، الأمريكي).
func nisbaWord(w string) bool {
	return strings.HasPrefix(w, "ال") && adjectiveEnding(w) && len([]rune(w)) >= 5
}

// constructBackRef reports whether the folded words short (إدارة النادي)
// refer back to the organisation long (إدارة نادي النجوم): an
// indefinite head in construct with a definite class noun, which long
// writes with the same head and the noun without its article, then the
// name the noun stands for (one to three words).
func constructBackRef(short, long []string) bool {
	if len(short) != 2 || len(long) < 3 || len(long) > 5 || strings.HasPrefix(short[0], "ال") {
		return false
	}
	bare, ok := strings.CutPrefix(short[1], "ال")
	return ok && len(bare) > 2 && long[0] == short[0] && long[1] == bare
}

// foldedAnaphorHeads are anaphorHeads folded for search (الشرطة →
// الشرطه): a body named alone that adjectivesAfter completes with the one
// adjective of origin the document writes after it (الشرطة → الشرطة
// الروسية, session 17).
var foldedAnaphorHeads = func() map[string]bool {
	m := map[string]bool{}
	for w := range anaphorHeads {
		m[normalize.ForSearch(w)] = true
	}
	return m
}()

// nisbasAfter reports whether every adjective of origin among the words
// ws of a definite outlet noun (الصحيفة البريطانية) is written within
// eight tokens after the outlet's noun at k (صحيفة «…» البريطانية): the
// adjective says which outlet the noun refers back to.
func (f *finder) nisbasAfter(k int, ws []string) bool {
	for _, w := range ws {
		a := normalize.String(w)
		if !nisbaWord(a) {
			continue
		}
		found := false
		for j := k + 1; j < len(f.toks) && j <= k+8 && !found; j++ {
			found = f.toks[j].Kind == rasid.Arabic && normalize.String(f.keys[j]) == a
		}
		if !found {
			return false
		}
	}
	return true
}

// otherDataAdjectives are indefinite adjectives of a statement or a report
// before صادر عن that the morphology layer may not read as adjectives:
// تقرير آخر صادر عن، بيان جديد صادر عن.
var otherDataAdjectives = setOf("اخر", "اخري", "جديد", "جديدة", "حديث", "حديثة", "صحفي", "رسمي", "مشترك")

// verbFirst reports whether the written name starts with a verb of the
// lexicon (يؤكد فلان: the entity layer took the cue into the name).
func (r *resolver) verbFirst(written string) bool {
	w, _, _ := strings.Cut(written, " ")
	c, ok := lexicon[normalize.String(w)]
	return ok && c.class == verb
}
