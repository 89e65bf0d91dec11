package dates

// Days of the two feasts, counted in the Hijri calendar (Umm al-Qura):
// ثاني أيام عيد الفطر، أول أيام عيد الأضحى المبارك، اليوم الثالث من
// العيد، يوم عرفة.

import (
	"slices"
	"strings"
	"time"
)

// feastDay is the first day of a feast: month and day in the Hijri year.
type feastDay struct{ m, d int }

var (
	fitr   = feastDay{10, 1}  // عيد الفطر: 1 Shawwal
	adha   = feastDay{12, 10} // عيد الأضحى: 10 Dhu al-Hijja
	arafat = feastDay{12, 9}  // يوم عرفة: 9 Dhu al-Hijja
)

// feast reads a day of a feast starting at i:
//
//	ORD أيام|يوم [من] [أيام] FEAST     ثاني أيام عيد الفطر، أول يوم العيد
//	اليوم ORD من [أيام] FEAST          اليوم الثاني من عيد الأضحى
//	يوم FEAST                           يوم عيد الفطر، يوم عرفة
//
// FEAST is عيد الفطر، عيد الأضحى، العيد (the feast nearest to the
// publication date), or عرفة after يوم; المبارك/السعيد after it belong to
// the mention. The value is the Gregorian day of the nearest occurrence.
func (p *parser) feast(i int) (cand, bool) {
	n, j := 1, i+1
	e := p.e(i)
	switch {
	case e.ord >= 1 && e.ord <= 10 && !p.hasArticle(i): // أول … عاشر أيام
		n = int(e.ord)
		if u := p.e(j); u == nil || u.unit != uDay || u.ual || u.ucount == 2 {
			return cand{}, false
		}
		j++
		if p.prep(j) == prFrom {
			j++
		}
		if p.is(j, "ايام") {
			j++
		}
	case e.rel == rToday:
		o := p.e(j)
		if o == nil || o.ord < 1 || o.ord > 4 || p.prep(j+1) != prFrom {
			return cand{}, false
		}
		n, j = int(o.ord), j+2
		if p.is(j, "ايام") {
			j++
		}
	case e.unit == uDay && e.ucount == 1 && !e.ual:
		if p.is(j, "عرفه") || p.is(j, "عرفات") {
			return p.feastCand(i, j+1, arafat, 1), true
		}
	default:
		return cand{}, false
	}
	f, k, ok := p.feastName(j)
	if !ok {
		return cand{}, false
	}
	return p.feastCand(i, k, f, n), true
}

// feastHolidays are the nouns of a feast's holiday between a preposition
// and the feast (خلال عطلة عيد الفطر).
var feastHolidays = []string{norm("عطلة"), norm("إجازة"), norm("عطله"), norm("اجازه")}

// feastAfterPrep reads a feast named after a preposition of time at i
// (ما بعد عيد الفطر، قبل العيد، خلال عطلة عيد الأضحى): the feast is then a
// time, its first day in the occurrence nearest to the publication date.
// The mention is the feast's name, the preposition being a signal. After
// خلال/طوال, or as its holiday (عطلة/إجازة عيد الفطر), it is a stretch of
// days: UNKNOWN (session 12).
func (p *parser) feastAfterPrep(i int) (cand, bool) {
	if p.prep(i) == prIn && !p.is(i, "بحلول") && !p.namedFeast(i+1) {
		return cand{}, false // في العيد is often habitual; بحلول العيد is its coming; في عيد الفطر this year's
	}
	j := i + 1
	stretch := p.prep(i) == prDuring
	if p.isAny(j, feastHolidays) || p.is(j, "ايام") && p.namedFeast(j+1) {
		stretch = stretch || p.isAny(j, feastHolidays)
		j++ // خلال عطلة عيد الفطر، خلال أيام عيد الأضحى
	}
	f, k, ok := p.feastName(j)
	if !ok {
		return cand{}, false
	}
	if stretch {
		// the feast's holiday, or the feast "during" which: a stretch of
		// days whose length the text does not give, UNKNOWN, as أيام
		// العيد (session 12; docs/evaluation-realnews.md, Dates: vague
		// references are UNKNOWN, and so is what ISO cannot write).
		// Since session 18 the feast "during" which, this year's near the
		// publication (خلال عيد الفطر، خلال أيام العيد), is the occasion:
		// its first day; the holiday (إجازة/عطلة) keeps UNKNOWN
		if !p.isAny(i+1, feastHolidays) {
			if c, ok := p.occasionFeast(j, k, f); ok {
				c.i = i + 1
				return c, true
			}
		}
		return habitualFeast(i+1, k), true
	}
	return p.feastCand(j, k, f, 1), true
}

// occasionFeast reads the feast f at [i, k) as this year's occasion
// (the session-18 conventions: احتفالات عيد الفطر، خلال عيد الأضحى، أيام
// العيد in a report of this year's feast are its first day): the
// occurrence that began at most 30 days before the publication date or
// begins at most 10 days after it, as recentFeast reads one, and not one
// of every year (أيام العيد من كل عام). The candidate does not become the
// last day named.
func (p *parser) occasionFeast(i, k int, f feastDay) (cand, bool) {
	if !p.hasPub || p.habitualAfter(k) {
		return cand{}, false
	}
	return p.nearFeast(i, k, f, true)
}

// nearFeast returns the first day of the feast f at [i, k) when that
// occurrence began at most 30 days before the publication date or begins
// at most 10 days after it (recentFeast, occasionFeast); occasion marks
// the candidate as this year's occasion (cand.occasion).
func (p *parser) nearFeast(i, k int, f feastDay, occasion bool) (cand, bool) {
	c := p.feastCand(i, k, f, 1)
	t, err := time.Parse("2006-01-02", c.r.value)
	if err != nil {
		return cand{}, false
	}
	if d := t.Sub(p.pub).Hours() / 24; d < -30 || d > 10 {
		return cand{}, false
	}
	c.occasion = occasion
	return c, true
}

// feastHoliday reads a feast's holiday named as a time without a
// preposition (مع انقضاء عطلة عيد الفطر): UNKNOWN, as after one (session
// 12; before, its first day).
func (p *parser) feastHoliday(i int) (cand, bool) {
	if !p.isAny(i, feastHolidays) {
		return cand{}, false
	}
	_, k, ok := p.feastName(i + 1)
	if !ok {
		return cand{}, false
	}
	return habitualFeast(i, k), true // a stretch of days: UNKNOWN (session 12)
}

// namedFeast reports a feast named in full at j (عيد الفطر، عيد الأضحى),
// not العيد alone.
func (p *parser) namedFeast(j int) bool {
	return p.is(j, "عيد") && (p.is(j+1, "الفطر") || p.is(j+1, "الاضحي"))
}

// feastDays reads أيام + a feast named in full after a glued ل or ب
// (لأيام عيد الفطر، بأيام عيد الأضحى): the feast's days used as a time,
// its first day, as after a preposition.
func (p *parser) feastDays(i int) (cand, bool) {
	if p.is(i, "ايام") && p.is(i+1, "العيد") {
		j := i + 2
		if p.is(j, "المبارك") || p.is(j, "السعيد") {
			j++
		}
		if c, ok := p.occasionFeast(i+1, j, p.nearestFeast()); ok {
			c.i = i // أيام العيد in a report of this year's feast: its first day (session 18)
			return c, true
		}
		return habitualFeast(i, j), true
	}
	if !p.is(i, "ايام") || !p.gluedLamBa(i) || !p.namedFeast(i+1) {
		return cand{}, false
	}
	f, k, _ := p.feastName(i + 1)
	return p.feastCand(i, k, f, 1), true
}

// feastCues name the coming, the approach or the start of a feast before
// its name (بمناسبة حلول عيد الفطر، مع اقتراب عيد الأضحى، مطلع عيد الفطر).
var feastCues = normAll("حلول", "قدوم", "اقتراب", "قرب", "استقبال", "مطلع", "بداية", "إطلالة", "حلوله")

// celebrationWords celebrate or congratulate; a feast named in full after
// them with ب glued is the occurrence celebrated (الاحتفال بعيد الفطر،
// فرحتهم بعيد الأضحى، وهنأوهم بعيد الفطر).
var celebrationWords = normAll("احتفال", "احتفالات", "الاحتفال", "الاحتفالات", "احتفل", "احتفلت", "احتفلوا", "يحتفل",
	"تحتفل", "يحتفلون", "الاحتفاء", "احتفاء", "احتفت", "احتفى", "فرحة", "الفرحة", "فرحتهم", "فرحتها", "فرحته", "فرحهم",
	"التهنئة", "تهنئة", "التهاني", "تهاني", "هنأ", "هنأت", "هنأوهم", "هنأهم", "يهنئ", "تهنئتهم", "تهنئته", "المعايدة", "معايدة")

// feastNamed reads a feast named in full (عيد الفطر، عيد الأضحى) used as
// this year's occurrence without a preposition of time: after a noun of
// its coming or its start (feastCues), after a word of celebration with
// ب glued (celebrationWords), or followed by هذا العام. The value is its
// first day in the occurrence nearest to the publication date, as after a
// preposition (session 11).
func (p *parser) feastNamed(i int) (cand, bool) {
	f, k, ok := p.feastName(i)
	if !ok {
		return cand{}, false
	}
	if c, ok := p.recentFeast(i, k, f); ok {
		return c, true
	}
	if !p.namedFeast(i) {
		return cand{}, false
	}
	g := p.glued1(i)
	switch {
	case g == "" && p.isAnyBare(i-1, feastCues):
	case g == "ب" && p.isAnyBare(i-1, celebrationWords):
	case p.is(k, "هذا") && p.is(k+1, "العام"):
	case p.hasHijriYearAt(k): // عيد الفطر لعام 1436هـ: that year's (session 12)
	default:
		return cand{}, false
	}
	return p.feastCand(i, k, f, 1), true
}

// habitualFeast is the mention [i, j) of the days or the morning of the
// feast named by العيد alone (أيام العيد، صباح العيد): a date whose days
// the text does not give, UNKNOWN, as the real-copy guidelines write it
// (session 11; a day of it, أول أيام العيد, and هذا العيد are dated).
func habitualFeast(i, j int) cand {
	return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}
}

// feastName reads the name of a feast at j and the adjective after it.
func (p *parser) feastName(j int) (feastDay, int, bool) {
	var f feastDay
	switch {
	case p.is(j, "عيد") && p.is(j+1, "الفطر"):
		f, j = fitr, j+2
	case p.is(j, "عيد") && p.is(j+1, "الاضحي"):
		f, j = adha, j+2
	case p.is(j, "العيد"):
		f, j = p.nearestFeast(), j+1
	default:
		return f, j, false
	}
	if p.is(j, "المبارك") || p.is(j, "السعيد") {
		j++
	}
	return f, j, true
}

// nearestFeast is the feast, of the two, whose next or last occurrence is
// nearest to the publication date: العيد names it.
func (p *parser) nearestFeast() feastDay {
	if !p.hasPub {
		return fitr
	}
	dist := func(f feastDay) float64 {
		r := p.resolveHijri(pdate{m: f.m, d: f.d, hijri: true})
		t, err := time.Parse("2006-01-02", r.value)
		if err != nil {
			return 1e9
		}
		h := t.Sub(p.pub).Hours()
		if h < 0 {
			h = -h
		}
		return h
	}
	if dist(adha) < dist(fitr) {
		return adha
	}
	return fitr
}

// feastCand is the mention [i, j) of the n-th day of feast f. A Hijri
// year written after the feast (عيد الفطر لعام 1436هـ، عيد الأضحى عام
// 1445) is its year (session 12; before, the year was a mention of its own
// and the feast's day the nearest occurrence).
func (p *parser) feastCand(i, j int, f feastDay, n int) cand {
	d := pdate{m: f.m, d: f.d + n - 1, hijri: true}
	if y, k, ok := p.hijriYearAt(j); ok {
		d.y, d.yabs, j = y, true, k
	}
	r := p.resolveHijri(d)
	return cand{i: i, j: j, kind: "date", r: r, dayOK: r.d > 0}
}

// ramadanEpithets follow الشهر in the names Arabic gives Ramadan: الشهر
// الفضيل، الشهر الكريم، الشهر المبارك (session 7).
var ramadanEpithets = normAll("الفضيل", "الكريم", "المبارك")

// holyMonthAt reports «الشهر الفضيل» or «هذا الشهر الفضيل» (any of
// ramadanEpithets) at k, and h, 1 when هذا comes first: الشهر is at k+h,
// and the phrase ends before k+h+2.
func (p *parser) holyMonthAt(k int) (h int, ok bool) {
	h = btoi(p.is(k, "هذا"))
	return h, p.is(k+h, "الشهر") && p.isAny(k+h+1, ramadanEpithets)
}

// ramadanEpithet reads الشهر الفضيل as the month of Ramadan nearest to the
// publication (the next one when the sentence speaks of the future), as
// شهر رمضان is read.
func (p *parser) ramadanEpithet(i int) (cand, bool) {
	if !p.isAny(i+1, ramadanEpithets) || !p.hasPub {
		return cand{}, false
	}
	d := pdate{m: 9, hijri: true}
	if p.strongFuture(i) {
		d.mod = mFutureOrNow
	}
	return cand{i: i, j: i + 2, kind: "date", r: p.resolve(d)}, true
}

// hasHijriYearAt reports a Hijri year written at k.
func (p *parser) hasHijriYearAt(k int) bool {
	_, _, ok := p.hijriYearAt(k)
	return ok
}

// hijriYearAt reads a Hijri year written at k (لعام 1436هـ، عام 1445): the
// year and the end of its mention.
func (p *parser) hijriYearAt(k int) (y, end int, ok bool) {
	y, hij, rel, end, ok := p.yearPartCal(k, false, true)
	return y, end, ok && hij && !rel && y > 0
}

// fastingMonth reads شهر الصيام / شهر الصوم "the month of fasting" as
// Ramadan (session 13), as الشهر الفضيل: the one nearest the publication,
// the next when the sentence speaks of the future.
//
// A habitual month of fasting (شهر الصيام من كل عام، شهر الصوم كل سنة،
// شهر الصيام عادة) is no one Ramadan: it is read and left out (session 13
// review).
func (p *parser) fastingMonth(i int) (cand, bool) {
	if p.habitualAfter(i + 2) {
		return cand{i: i, j: i + 2, skip: true}, true
	}
	if !p.hasPub {
		return cand{}, false
	}
	d := pdate{m: 9, hijri: true}
	if p.strongFuture(i) {
		d.mod = mFutureOrNow
	}
	return cand{i: i, j: i + 2, kind: "date", r: p.resolve(d)}, true
}

// habitualAfter reports «من كل عام»، «كل سنة»، «في كل عام» or «عادة» at k:
// what comes before recurs, it is not one occurrence.
func (p *parser) habitualAfter(k int) bool {
	if p.is(k, "عاده") {
		return true
	}
	if p.prep(k) == prFrom || p.prep(k) == prIn {
		k++
	}
	e := p.e(k + 1)
	return p.is(k, "كل") && e != nil && e.unit == uYear && e.ucount == 1
}

// recentFeast reads a feast at [i, k) (العيد alone or named in full) as
// the occurrence the copy is about when that occurrence began at most 30
// days before the publication date or begins at most 10 days after it,
// and the feast is a time: after في (يوزع الوجبات في العيد), or
// celebrated with ب glued (يحتفلون بالعيد), as a feast named in full
// already was (feastNamed). The value is its first day, as the read sets'
// annotators dated every «في العيد» near a feast (session 15). «في
// العيد» needs a told past (وزع الوجبات في العيد) or the headline: in the
// present it is mostly the custom (في العيد تجتمع القلوب، الحلوى التي
// تقدم في العيد), and far from a feast it is habitual: no mention. The feast as the complement
// of its festivities (فعاليات العيد، احتفالات العيد) is this year's
// occasion near the publication: its first day since session 18 (the
// session-18 conventions; most older read sets leave it out), and it does
// not become the last day named (cand.occasion).
func (p *parser) recentFeast(i, k int, f feastDay) (cand, bool) {
	if !p.hasPub || p.s.toks[i].cstart > p.s.toks[i].start && p.glued1(i) != "ب" {
		return cand{}, false
	}
	g := p.glued1(i)
	festive := false
	switch {
	case g == "" && p.prep(i-1) == prIn && p.s.toks[i-1].cstart == p.s.toks[i-1].start && (p.pastContext(i-1) && !p.imperfectInClause(i-1) || p.inTitle(i)):
	case g == "ب" && p.celebratedBefore(i):
	case g == "" && p.is(i-1, "بمناسبه"):
		// بمناسبة العيد السعيد: the occasion of the feast just passed or
		// coming (session 16)
	case g == "" && p.isAnyBare(i-1, festivityNouns) && p.s.toks[i-1].cstart == p.s.toks[i-1].start:
		// فعاليات العيد، احتفالات عيد الفطر، ضمن فعاليات عيد الفطر
		// المبارك: this year's feast as the occasion of its festivities,
		// its first day (the session-18 conventions; before, no mention:
		// the older read sets leave it out)
		festive = true
	default:
		return cand{}, false
	}
	if p.habitualAfter(k) {
		return cand{}, false // في العيد من كل عام
	}
	if p.is(i, "العيد") && p.feastModified(k) {
		return cand{}, false // بالعيد الوطني، بالعيد رقم 50 لتأسيسها: another feast
	}
	return p.nearFeast(i, k, f, festive)
}

// festivityNouns are the festivities of a feast, in construct with it
// (فعاليات العيد، احتفالات عيد الفطر، احتفالية العيد، مهرجان العيد).
var festivityNouns = normAll("فعاليات", "احتفالات", "احتفالية", "مهرجان", "مهرجانات", "برامج", "أنشطة")

// celebratedBefore reports a word of celebration before the feast at i,
// right before it or with at most two words between (هنأ فيها القيادة
// بالعيد، احتفال المحافظة بعيد الفطر; session 16), in the same clause.
func (p *parser) celebratedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if p.s.toks[k].kind != tWord {
			return false
		}
		if p.isAnyBare(k, celebrationWords) {
			return true
		}
		if p.e(k) != nil {
			return false
		}
	}
	return false
}

// feastModified reports a modifier at k after a bare العيد that makes it
// another feast than the Eid (session 15 review): a word with the article
// that is no date word (العيد الوطني، العيد الذهبي), an ordinal (العيد
// الخامس), رقم or a number, quoted or not (العيد رقم 30، العيد 50), or a
// complement with ل glued (العيد العاشر لتأسيس النادي، بالعيد لبلادهم).
// المبارك and السعيد are read with العيد before (feastName); «لأول مرة»
// and «للمرة الأولى» tell when it is celebrated, not which feast.
func (p *parser) feastModified(k int) bool {
	if k >= len(p.s.toks) {
		return false
	}
	if p.is(k, "رقم") {
		return true
	}
	if n := k + btoi(p.isP(k, '"')); p.isNum(n) {
		// العيد 50 لتأسيسها، العيد «75» للمدرسة; not a count with its
		// noun after it (استقبلت الشباب في العيد 13 موقعا)
		n += 1 + btoi(p.isP(n+1, '"'))
		return n >= len(p.s.toks) || p.s.toks[n].kind == tPunct || p.lineBreakAfter(n-1) || strings.HasPrefix(p.word(n), "لل") || anniversaryOf(p.word(n))
	}
	if p.s.toks[k].kind != tWord || p.lineBreakAfter(k-1) {
		return false
	}
	if e := p.e(k); e != nil {
		// العيد الخامس، العيد الخمسين; not لأول مرة
		return (e.ord > 0 || e.card > 0 && p.hasArticle(k)) && p.glued1(k) == ""
	}
	w := p.word(k)
	if p.adjArticle(k) && p.s.toks[k].cstart == p.s.toks[k].start {
		// a relative adjective (الوطني، الذهبي، الماسي) or one of
		// feastAdjectives; a definite noun after it is the subject of a
		// verb before (يحتفل بالعيد المسلمون) and الذي/التي a relative
		return strings.HasSuffix(w, "ي") && !slices.Contains(relativePronouns, w) || slices.Contains(feastAdjectives, w)
	}
	return anniversaryOf(w)
}

// anniversaryOf reports w, a noun of founding or of an event with ل
// glued (لاستقلال، لتأسيس، للثورة): the feast is its anniversary. Other
// complements with ل name who celebrates or is congratulated (التهنئة
// بالعيد لمنسوبي الإدارة، الاحتفال بالعيد للنزلاء): the Eid.
func anniversaryOf(w string) bool {
	if !strings.HasPrefix(w, "ل") {
		return false
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "ل"), "ل") // لتأسيس، للتأسيس
	for _, n := range anniversaryNouns {
		if strings.HasPrefix(w, n) {
			return true
		}
	}
	return false
}

// anniversaryNouns are the events whose yearly feast is named العيد +
// an ordinal or a number: the founding, the independence, a revolution,
// an accession, a birth, a liberation, a union.
var anniversaryNouns = normAll("تاسيس", "استقلال", "ثوره", "جلوس", "ميلاد", "تحرير", "وحده", "قيام", "انطلاق", "انشاء", "افتتاح", "زواج")

// relativePronouns open a relative clause; they end in ي as a relative
// adjective does.
var relativePronouns = normAll("الذي", "التي", "اللذي", "اللتي")

// feastAdjectives qualify a feast other than the Eid (العيد المجيد of
// the churches). العيد الكبير and العيد الصغير are the two Eids, as the
// Maghreb names them: not here.
var feastAdjectives = normAll("المجيد", "الخالد")

// inTitle reports whether token i lies in the text's first line, the
// headline of news copy.
func (p *parser) inTitle(i int) bool {
	nl := strings.IndexByte(p.s.text, '\n')
	return nl >= 0 && int(p.s.toks[i].start) < nl
}

// imperfectInClause reports a word that looks like a verb of the
// imperfect (ي or ت and three letters or more, after و/ف) in the clause
// before token i, back to a punctuation mark or a line break: وتكثر
// الزيارات في العيد is the custom even after a told past.
func (p *parser) imperfectInClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct || p.lineBreakAfter(k) {
			return false
		}
		if t.kind != tWord || t.e != nil || p.hasArticle(k) {
			continue
		}
		r := []rune(p.word(k))
		if len(r) >= 5 && (r[0] == 'و' || r[0] == 'ف') {
			r = r[1:]
		}
		if len(r) >= 4 && (r[0] == 'ي' || r[0] == 'ت') {
			return true
		}
	}
	return false
}
