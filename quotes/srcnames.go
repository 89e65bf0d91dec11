package quotes

// The name of an unnamed source (session 8): a source is named by its
// head, its adjectives and the body it belongs to (مسؤول في سفارة الهند
// بالرياض، مصادر مقربة من الحزب، مصدر من الحماية المدنية), not by the place
// where it is (تقارير إخبارية في بريطانيا، شهود عيان داخل المدينة: the
// reports and the witnesses).

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// sourcePreps join a source to the body it belongs to: مصدر في الوزارة،
// مصادر من الحركة، مصادر قيادية داخل الحزب.
var sourcePreps = setOf("في", "من", "داخل")

// closeParticiples take their complement with من inside a source: مصادر
// مقربة من الحكومة، أوساط قريبة من الرئاسة.
var closeParticiples = setOf("مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين",
	"المقرب", "المقربة", "المقربون", "المقربين", "القريب", "القريبة", "القريبون", "القريبين")

// sourceBody reports, for a preposition of sourcePreps at b inside the
// phrase of the source or title at a, whether it goes on the phrase
// (true, keep) or ends it (false): it is kept before a body — an ORG
// entity, an organisation noun with or without the article — and, for a
// title, before what fiInSource accepts; it ends a source before a place.
// decided is false when the rule has nothing to say.
func (f *finder) sourceBody(a, b, limit int) (keep, decided bool) {
	k := f.keys[b]
	a, src := f.sourceHeadAt(a)
	if f.toks[b].Kind != rasid.Arabic || !sourcePreps[k] && !(k == "عن" && spokesHeads[f.keys[a]]) || b+1 >= limit || !f.isWord(b+1) {
		return false, false
	}
	if k == "من" && !(closeParticiples[f.keys[b-1]] || src && b <= a+3 && f.describesSource(a, b)) {
		return false, false
	}
	if !src && !personTitles[f.keys[a]] {
		return false, false
	}
	if f.bodyAt(b + 1) {
		return true, true
	}
	if src {
		// مصادر أمنية في الخليل، مصادر من المقاومة، مصدر من داخل الاتحاد
		return f.sourceComplement(f.keys[a], k, b+1, limit)
	}
	return false, false
}

// describesSource reports whether the words between the source head at a
// and the preposition at b are the head's adjectives (مصدر مطلع + من): a
// complement after them still belongs to the source.
func (f *finder) describesSource(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if f.toks[j].Kind != rasid.Arabic || sourcePreps[f.keys[j]] || stopSlot[f.keys[j]] || f.orgTok[j] || f.locAt[j] {
			return false
		}
	}
	return true
}

// sourceComplement reports whether the words at c, after the preposition
// k that follows an unnamed source, say where the source sits or which
// group it speaks from (session 15): a place (مصادر أمنية في الخليل، مصدر
// في البلدة), a group named by a definite noun (مصادر من المقاومة، مقربون
// من الجماعة) or داخل + such a noun (مصدر مطلع من داخل الاتحاد). The
// annotators keep it with the source. A modal predicate after من (من
// المتوقع، من المقرر) is no complement.
func (f *finder) sourceComplement(head, k string, c, limit int) (keep, decided bool) {
	if c >= limit || !f.isWord(c) {
		return false, false
	}
	if f.locAt[c] {
		// a place is where the source sits, not where reports are
		// published (تقارير إخبارية في بريطانيا) nor where witnesses
		// stand (شهود عيان داخل المدينة); a coordinated source after it
		// (مصادر محلية في البلدة وشهود عيان) is another speaker
		// A place written with a leading ل or ب (لحج، بنغازي) is read as a
		// preposition further on: it is left out, as before.
		if k == "داخل" || reportHeads[head] || strings.HasPrefix(f.keys[c], "ل") || strings.HasPrefix(f.keys[c], "ب") {
			return false, true
		}
		e, ok := f.nameEnd[c]
		coord := ok && e < len(f.toks) && f.toks[e].Kind == rasid.Arabic && strings.HasPrefix(f.toks[e].Norm, "و") && f.cues[e].class == noCue
		return !coord, true
	}
	if k == "داخل" {
		return false, true // شهود عيان داخل المدينة: where they stand
	}
	n := f.keys[c]
	if n == "داخل" && k == "من" {
		return c+1 < limit && f.isWord(c+1) && (f.bodyAt(c+1) || f.locAt[c+1] || strings.HasPrefix(f.keys[c+1], "ال")), true
	}
	if k == "من" && strings.HasPrefix(n, "ال") && len(n) > len("ال")+4 && !modalPredicates[n] && !stopSlot[n] {
		return true, true
	}
	return false, false
}

// reportHeads are sources that are texts, published somewhere rather than
// sitting somewhere.
var reportHeads = setOf("تقارير", "التقارير", "وسائل")

// modalPredicates follow من as the predicate of an impersonal clause (من
// المتوقع أن، من المقرر أن), never as the group a source belongs to.
var modalPredicates = setOf("المتوقع", "المقرر", "المرجح", "المحتمل", "المنتظر", "الضروري", "المهم", "الممكن",
	"المفترض", "المستحيل", "الصعب", "الواضح", "المعروف", "المؤكد", "المعلوم", "اللافت", "الطبيعي")

// bodyAt reports whether token k opens the name of a body: an ORG entity
// starts there, or it is an organisation noun (الوزارة، سفارة، حزب).
func (f *finder) bodyAt(k int) bool {
	if f.orgTok[k] {
		return true
	}
	n := f.keys[k]
	if f.locAt[k] {
		return false
	}
	bare := strings.TrimPrefix(n, "ال")
	return anaphorHeads[n] || orgNouns[n] || anaphorHeads["ال"+bare] || orgNouns["ال"+bare] ||
		titleWords[bare] && !personTitles[bare] && !strings.HasPrefix(n, "ال") && len(bare) > len("عام")
}

// inBodyName reports whether token b lies inside the name of an ORG entity
// that starts after the phrase's head a (مسؤول في سفارة الهند بالرياض: a
// branch named with its place is one name).
func (f *finder) inBodyName(a, b int) bool {
	for j := b - 1; j > a && b-j <= 6; j-- {
		if f.orgTok[j] {
			return f.nameEnd[j] > b
		}
	}
	return false
}

// sourceBodyEnd runs the source at k, described up to e, on over the body
// it belongs to (مصادر مقربة + من حزب الله), before limit; e when none
// follows.
func (f *finder) sourceBodyEnd(k, e, limit int) int {
	if e >= limit || e >= len(f.toks) || !sourcePreps[f.keys[e]] {
		return e
	}
	if keep, ok := f.sourceBody(k, e, limit); !ok || !keep {
		return e
	}
	if end, ok := f.nameEnd[e+1]; ok && f.orgTok[e+1] && end <= limit {
		return end
	}
	b := e + 2
	for b < limit && f.nisba(b) {
		b++ // مصادر في الحكومة العراقية
	}
	return b
}

// outletStaff work for the outlet named in marks right after them: مراسل
// "الجوهرة أف أم" is the correspondent of a radio, not a quote.
var outletStaff = setOf("مراسل", "مراسلة", "مراسلو", "مراسلي", "مندوب", "مندوبة", "محرر", "محررة", "مذيع", "مذيعة")

// sourceStops decides for phraseStops whether word b ends the phrase of
// the source at a: not inside the name of the body it belongs to, nor at
// the preposition before that body (the first one, marking usedFi); at a
// place. ok is false when the rule has nothing to say.
func (f *finder) sourceStops(a, b, limit int, usedFi *bool) (stop, ok bool) {
	if b <= a || f.toks[b].Kind != rasid.Arabic {
		return false, false
	}
	if h, src := f.sourceHeadAt(a); src && f.inBodyName(h, b) {
		return false, true // مسؤول في سفارة الهند بالرياض: the body's name goes on
	}
	if f.keys[b] == "داخل" && b-1 > a && f.keys[b-1] == "من" && *usedFi {
		// مصادر من داخل البلدة: من was kept for داخل + its noun
		// (sourceComplement); داخل goes on with it (session 18)
		return false, true
	}
	if keep, ok := f.sourceBody(a, b, limit); ok && (!keep || !*usedFi) {
		*usedFi = *usedFi || keep
		return !keep, true
	}
	return false, false
}

// aliAfterName runs a name the entity layer ended before علي on over it
// (عادل + علي أن، عثمان + علي “…”): علي written with yeh right before
// إن/أن, a quote mark, a colon or a comma is the father's name Ali when the
// document writes the preposition على with alef maqsura elsewhere.
func (r *resolver) aliAfterName(_ phraseRef, e rasid.Entity, name string) string {
	f := r.f
	if name != f.text[e.Start:e.End] {
		return name
	}
	k := f.tokenAt(e.End)
	if k+1 >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || f.toks[k].Norm != "علي" || f.toks[k].Start != e.End+1 ||
		!strings.HasSuffix(f.surf(k), "ي") || !(f.isComp(k+1) || f.isQuoteMark(k+1) || f.isColon(k+1) || f.isComma(k+1)) {
		return name
	}
	if !f.writesAlaWithMaqsura() {
		return name
	}
	return f.text[e.Start:f.toks[k].End]
}

// writesAlaWithMaqsura reports whether the document writes the preposition
// على with alef maqsura (as most copy does; Egyptian spelling writes علي).
func (f *finder) writesAlaWithMaqsura() bool {
	if f.alaKnown == 0 {
		f.alaKnown = 2
		for k := range f.toks {
			if n := f.toks[k].Norm; f.toks[k].Kind == rasid.Arabic && (n == "علي" || n == "وعلي") && strings.HasSuffix(f.surf(k), "ى") {
				f.alaKnown = 1
				break
			}
		}
	}
	return f.alaKnown == 1
}

// aliAfterNameWord reports whether علي written with yeh at k, after a
// word that is no cue or verb, is the name Ali (the father's name: سامر
// علي إن) in a document that writes the preposition with alef maqsura.
func (f *finder) aliAfterNameWord(k int) bool {
	return k > 0 && f.toks[k-1].Kind == rasid.Arabic && f.cues[k-1].class == noCue && !f.isVerb(k-1) &&
		!stopSlot[f.toks[k-1].Norm] && f.writesAlaWithMaqsura()
}

// firstNameOf finds the person a one-word name written alone stands for
// when the document named that person in full with it as the first word
// (نيل → نيل أروسميث): one person only, of two to four words.
func (r *resolver) firstNameOf(w string) (string, bool) {
	fw := normalize.ForSearch(w)
	if utf8.RuneCountInString(fw) < 3 || strings.HasPrefix(fw, "ال") {
		return "", false
	}
	found := ""
	for _, e := range r.ents {
		if e.Type != rasid.PER {
			continue
		}
		c := canonical(r.f.text, e)
		ws := strings.Fields(normalize.ForSearch(c))
		if len(ws) < 2 || len(ws) > 4 || ws[0] != fw {
			continue
		}
		if found != "" && normalize.ForSearch(found) != normalize.ForSearch(c) {
			return "", false // two persons with that first name
		}
		found = c
	}
	return found, found != ""
}

// outletNouns are the class nouns of newspapers, magazines, sites,
// channels and clubs, whose nationality adjective is not part of the name
// (صحيفة دايلي ميل البريطانية is دايلي ميل, نادي باريس سان جيرمان الفرنسي
// is باريس سان جيرمان; session 10: موقع سبورتس داي النيجيري, جماعة
// كولدريتي الزراعية, also with ل, و or ب: لصحيفة الإندبندنت البريطانية).
var outletNouns = setOf("صحيفة", "جريدة", "مجلة", "نادي", "موقع", "قناة", "شبكة", "جماعة", "إذاعة")

// outletName drops the nationality adjective at the end of a speaker name
// that the document writes after the class noun of an outlet or a club
// (outsideClassNoun does it when the class noun is in the name itself).
func (r *resolver) outletName(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return name
	}
	last := name[i+1:]
	if !strings.HasPrefix(last, "ال") || utf8.RuneCountInString(last) < 6 ||
		!(strings.HasSuffix(last, "ي") || strings.HasSuffix(last, "ية")) || !r.afterOutletNoun(name) {
		return name
	}
	if first, _, _ := strings.Cut(normalize.String(name), " "); genericComplements[first] || orgHeadWord(first) ||
		officialWords[normalize.String(last)] || r.writtenAs(normalize.ForSearch(name), rasid.PER) {
		return name // هيئة الإذاعة البريطانية; a family name (ناصر الخليفي)
	}
	return name[:i]
}

// afterOutletNoun reports whether the text writes name right after one of
// outletNouns.
func (r *resolver) afterOutletNoun(name string) bool {
	text := r.f.text
	for from := 0; from < len(text); {
		j := strings.Index(text[from:], name)
		if j < 0 {
			return false
		}
		j += from
		before := strings.TrimRight(text[:j], " ")
		if k := strings.LastIndexByte(before, ' '); len(before) < len(text[:j]) && outletWord(before[k+1:]) {
			return true
		}
		from = j + len(name)
	}
	return false
}

// withoutGluedWord drops a word the entity layer glued to the front of a
// person's name when the rest is written as that person elsewhere in the
// document: a noun in the plural (تدريبات فهد المفرج), a feminine
// nationality adjective (اللبنانية إليسا), or a noun with a preposition
// when the rest is the form the document uses (بنبرة فلان الفلاني). (A masculine one may be a
// given name: الباجي قائد السبسي; so may a word read as a verb: رضا.)
func (r *resolver) withoutGluedWord(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	w := normalize.String(first)
	switch {
	case strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "ية") && utf8.RuneCountInString(w) >= 6:
		// اللبنانية إليسا
	case strings.Contains(rest, " ") && strings.HasSuffix(w, "ات") && utf8.RuneCountInString(w) >= 6 && !strings.HasPrefix(w, "ال"):
		// تدريبات فهد المفرج
	case strings.Contains(rest, " ") && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) && utf8.RuneCountInString(w) >= 4:
		// a noun after a preposition, glued to the name that follows
		// (بصوت فلان الفلاني): only when the rest is the person's usual
		// form — written more often than the name with the word
		fr := normalize.ForSearch(rest)
		if lead, _, _ := strings.Cut(fr, " "); nameLinks[lead] || r.timesWritten(fr, rasid.PER) < 2 || r.timesWritten(normalize.ForSearch(name), rasid.PER) > 1 {
			return name // (بندر آل فلان: a given name before آل, بن or عبد)
		}
	default:
		return name
	}
	// The word tests are cheap; the walk over the entities' forms runs only
	// for a name that passes them.
	if !r.writtenAs(normalize.ForSearch(rest), rasid.PER) {
		return name
	}
	return rest
}

// bodyClassNouns are generic class nouns before a company's or a site's
// name that the guidelines leave outside it (شركة المياه الوطنية is
// المياه الوطنية, موقع التراث الإسلامي is التراث الإسلامي).
var bodyClassNouns = setOf("شركة", "موقع")

// withoutBodyClass drops such a class noun from the front of a speaker name.
func withoutBodyClass(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !bodyClassNouns[normalize.String(first)] || bodyClassNouns[normalize.String(rest)] || indefiniteAdjective(rest) {
		return name
	}
	return rest
}

// indefiniteAdjective reports whether s starts with an adjective of
// relation without the article (إسرائيلي، أمنية خاصة): after a class noun
// it describes an unnamed body (موقع إسرائيلي، شركة أمنية), which keeps
// its noun.
func indefiniteAdjective(s string) bool {
	w, _, _ := strings.Cut(normalize.String(s), " ")
	return !strings.HasPrefix(w, "ال") && adjectiveEnding(w)
}

// adjectiveEnding reports the ending of an adjective of relation in a
// normalised word: ي، ية or its folded form يه (سعودي، السعودية).
func adjectiveEnding(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ية")
}

// namedBody replaces a definite class noun that ends the name of a body in
// construct (قيادة الحزب) by the organisation named before byte pos with
// that head in construct (حزب الله): the document's name for the body it
// refers back to. Sources are as written (the guidelines): the name
// changes only when the document wrote the same source with the body's
// name before (مصادر قيادية داخل حزب الله … مصادر قيادية داخل الحزب), not
// for مصادر الوزارة never written in full.
func (r *resolver) namedBody(name string, pos int) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return name
	}
	last := normalize.String(name[i+1:])
	first, _, _ := strings.Cut(normalize.String(name), " ")
	if !anaphorHeads[last] || !(sourceNouns[first] || orgHeadWord(first) && !strings.HasPrefix(first, "ال") && i == strings.IndexByte(name, ' ')) {
		return name // المتحدث باسم الوزارة stays as written
	}
	bare := normalize.ForSearch(strings.TrimPrefix(last, "ال"))
	for j := len(r.ents) - 1; j >= 0; j-- {
		e := r.ents[j]
		if e.Start >= pos || e.Type != rasid.ORG {
			continue
		}
		c := canonical(r.f.text, e)
		if full := name[:i+1] + c; strings.HasPrefix(normalize.ForSearch(c), bare+" ") && r.inText(c) && (!sourceNouns[first] || r.inText(full)) {
			return full
		}
	}
	return name
}

// adjectivesAfter returns the one event, plan or programme (MISC) of the
// document whose name is the speaker name's folded words nw followed by one or two
// definite adjectives (خطة التنمية → خطة التنمية العاشرة), or the one
// organisation whose name is nw followed by an adjective of relation (دار
// الإفتاء → دار الإفتاء المصرية) or by nouns joined with و (الرئاسة
// العامة للأرصاد → الرئاسة العامة للأرصاد وحماية البيئة): a body is
// referred back to without the last words of its name.
func (r *resolver) adjectivesAfter(nw []string) (string, bool) {
	if len(nw) < 2 && !(len(nw) == 1 && foldedAnaphorHeads[nw[0]]) {
		return "", false
	}
	found := ""
	for _, x := range r.forms() {
		if x.typ != rasid.MISC && x.typ != rasid.ORG || len(x.words) <= len(nw) || len(x.words) > len(nw)+2 || len(nw) == 1 && (x.typ != rasid.ORG || len(x.words) != 2) {
			continue
		}
		if strings.Join(x.words[:len(nw)], " ") != strings.Join(nw, " ") || !r.completes(x, nw[len(nw)-1], x.words[len(nw):]) {
			continue
		}
		if found != "" && found != x.written {
			return "", false
		}
		found = x.written
	}
	return found, found != ""
}

// completes reports whether the folded words rest end the name of x after
// a shorter form of it whose last word is last: one or two definite
// adjectives for an event or a plan; for an organisation, adjectives of
// relation that name no place or person (المصرية, not الرياض), or, after
// a complement with ل, a noun joined by و with its definite complement
// (وحماية البيئة, or والبيئة alone).
func (r *resolver) completes(x nameForm, last string, rest []string) bool {
	if x.typ == rasid.MISC {
		for _, w := range rest {
			if !strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "الي") {
				return false
			}
		}
		return true
	}
	if w := rest[0]; strings.HasPrefix(w, "و") && !strings.HasPrefix(w, "ال") {
		if !strings.HasPrefix(last, "ل") {
			return false // a noun joined to the complement after ل (للأرصاد والبيئة), not to the name (الاتحاد الأوروبي والدول)
		}
		if strings.HasPrefix(w, "وال") {
			return len(rest) == 1 && utf8.RuneCountInString(w) > 4
		}
		return len(rest) == 2 && strings.HasPrefix(rest[1], "ال") && utf8.RuneCountInString(w) > 3
	}
	for _, w := range rest {
		if !strings.HasPrefix(w, "ال") || !adjectiveEnding(w) || r.writtenAs(w, rasid.LOC, rasid.PER) {
			return false
		}
	}
	// the morphology layer, when it ran, reads them as adjectives (not
	// حركة الشباب + المسؤولية, a noun the entity layer ran into)
	f := r.f
	k := f.tokenAt(x.end) - 1
	for i := range rest {
		t := k - i
		if t < 0 || t >= len(f.toks) || !f.nisba(t) {
			return false
		}
		if ws := f.toks[t].Words; len(ws) > 0 && ws[len(ws)-1].UPOS != "ADJ" {
			return false
		}
	}
	return true
}

// perEndingAt returns the first token of a PER entity of two words or
// more that ends with token k and starts after token lo.
func (r *resolver) perEndingAt(k, lo int) (int, bool) {
	f := r.f
	if k <= lo || k >= len(f.toks) {
		return 0, false
	}
	e, ok := r.entityAt(f.toks[k].Start, f.toks[k].End, false)
	if !ok || e.Type != rasid.PER || e.End != f.toks[k].End {
		return 0, false
	}
	q := f.tokenAt(e.Start)
	if q <= lo || q >= k || q >= len(f.toks) || f.toks[q].Start != e.Start {
		return 0, false
	}
	return q, true
}

// entityEndsAt reports whether an entity of any type ends with token k
// (the name of a body or a place before a person's name).
func (r *resolver) entityEndsAt(k int) bool {
	f := r.f
	if k < 0 || k >= len(f.toks) {
		return false
	}
	end := f.toks[k].End
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].End >= end })
	return i < len(r.ents) && r.ents[i].End == end
}

// partitives open a source taken from a group: أحد العاملين، إحدى
// الموظفات، بعض المصادر.
var partitives = setOf("احد", "احدي", "بعض")

// memberNouns are the people of a body that a partitive takes one or some
// of (أحد العاملين في مكتب …، أحد الموظفين بالبلدية), without the article.
var memberNouns = setOf("عاملين", "عاملون", "موظفين", "موظفون", "موظفات", "اعضاء", "منتسبي", "مسؤولين", "مسؤولون",
	"قياديين", "قيادات", "مصادر", "عمال", "اطباء", "ممرضين", "معلمين", "موظفي", "عاملي", "مسؤولي")

// sourceHeadAt returns the head of the source phrase at a and whether it
// is a source: a source head (مصدر، مسؤول; also with the article for a
// plural, المسؤولون في النادي), or the noun after a partitive (أحد العاملين،
// بعض المصادر) — session 10.
func (f *finder) sourceHeadAt(a int) (int, bool) {
	k := f.keys[a]
	if sourceHeads[k] {
		return a, true
	}
	if partitives[k] && a+1 < len(f.toks) && f.toks[a+1].Kind == rasid.Arabic {
		n := f.keys[a+1]
		bare := strings.TrimPrefix(n, "ال")
		if sourceHeads[n] || strings.HasPrefix(n, "ال") && (sourceHeads[bare] || memberNouns[bare]) {
			return a + 1, true
		}
	}
	if bare := strings.TrimPrefix(k, "ال"); bare != k && sourceHeads[bare] && f.plural(a) {
		return a, true
	}
	return a, false
}

// partitiveHeadBefore reports whether b follows the member noun of a
// partitive source at a (أحد الموظفين + بالبلدية): the body it belongs
// to, as after a source head.
func (f *finder) partitiveHeadBefore(a, b int, usedFi bool) bool {
	h, src := f.sourceHeadAt(a)
	return src && h > a && b == h+1 && !usedFi
}

// bodyOfSource reports whether the organisation starting at byte off is
// the body a source phrase at a belongs to, after its preposition
// (المسؤولون في النادي الأهلي، أحد العاملين في مؤسسة المياه), not an
// object after it (واتهم المسؤولون الأتراك تنظيم داعش).
func (f *finder) bodyOfSource(a, off int) bool {
	h, src := f.sourceHeadAt(a)
	if !src {
		return false
	}
	for k := h + 1; k < len(f.toks) && f.toks[k].Start < off && k-h <= 4; k++ {
		if w := f.keys[k]; sourcePreps[w] || w == "عن" && spokesHeads[f.keys[h]] || strings.HasPrefix(f.toks[k].Norm, "ب") && f.toks[k].End >= off {
			return true
		}
	}
	return false
}

// outletWord reports whether w is one of outletNouns, alone or after a
// glued ل, و or ب (لصحيفة، وموقع، بجريدة).
func outletWord(w string) bool {
	if outletNouns[w] {
		return true
	}
	for _, p := range []string{"ل", "و", "ب"} {
		if strings.HasPrefix(w, p) && outletNouns[w[len(p):]] {
			return true
		}
	}
	return false
}

// timesWritten counts the entities of the types written as the folded n.
func (r *resolver) timesWritten(n string, types ...string) int {
	c := 0
	for _, x := range r.forms() {
		if x.fold == n && slices.Contains(types, x.typ) {
			c++
		}
	}
	return c
}
