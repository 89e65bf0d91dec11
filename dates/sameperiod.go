package dates

import (
	"strconv"
	"strings"
)

// "The same period" and "this period" (نفس الفترة من سنة 2016، الفترة ذاتها
// من العام الماضي، مقارنة بالفترة نفسها، الفترة المماثلة، خلال هذه الفترة)
// point back at the last period the text named: an interval of months or
// days (الأشهر الخمسة الأولى من 2017، الثلاثي الأول), a season or a
// duration. "The same period" of a year is that period moved to the year;
// without a year, and "this period", it is the period itself. The anaphors
// do not become the period they refer to: in a text that compares the
// first months of 2017 with "the same period of 2016", a later "this
// period" is still 2017's.

// periodWords are the adjectives of الفترة that make it "the same" or "the
// corresponding" period (besides ذاتها/نفسها, the mSame modifiers).
var periodWords = map[string]bool{norm("المماثلة"): true, norm("المقابلة"): true, norm("المناظرة"): true,
	norm("المماثل"): true, norm("المقابل"): true, norm("المناظر"): true}

// isPeriodValue reports whether a mention of kind and value is a period an
// anaphor can refer to: a duration with a known count, a season, or an
// interval whose ends are months or days (not years, not times of day).
func isPeriodValue(kind, v string) bool {
	switch {
	case kind == "duration":
		return len(v) > 1 && v[0] == 'P' && v[1] != 'X'
	case kind != "date" && kind != "range":
		return false
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && (v[5:] == "SU" || v[5:] == "WI" || v[5:] == "SP" || v[5:] == "FA"):
		return true
	}
	a, b, ok := strings.Cut(v, "/")
	return ok && !strings.Contains(v, "T") && len(a) >= 7 && len(b) >= 7 && digits(a[:4]) && digits(b[:4]) && a[4] == '-' && b[4] == '-'
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// sameWord reports whether word token k is نفس or ذات, with a conjunction
// and a preposition glued to it (بنفس، وبذات), and returns how many letters
// those take.
func (p *parser) sameWord(k int) (int, bool) {
	w, n := p.word(k), 0
	if len(w) > 6 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w, n = w[2:], n+1
	}
	if len(w) > 6 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")) {
		w, n = w[2:], n+1
	}
	return n, w == "نفس" || w == "ذات"
}

// thisPeriod reads هذه الفترة: the last period named. Followed by من it
// is a time of another span (في هذه الفترة من العام), not read here.
func (p *parser) thisPeriod(i int) (cand, bool) {
	if !p.is(i, "هذه") || !p.is(i+1, "الفتره") || p.prep(i+2) == prFrom {
		return cand{}, false
	}
	if !p.periodNear(i) {
		// في هذه الفترة with no period named before: the time of writing
		// (session 9; the real-copy annotators write UNKNOWN)
		return vagueRef(i, i+2, "PRESENT_REF")
	}
	return cand{i: i, j: i + 2, kind: p.periodKind, r: resolved{value: p.period}, anaphor: true}, true
}

// samePeriod reads نفس الفترة، الفترة ذاتها، الفترة المماثلة at الفترة (token
// i): the last period named, moved to the year named after من or في. The
// mention is the anaphor alone; the year (من سنة 2016، من العام الماضي)
// stays a mention of its own with its own value, as TimeML tags "the same
// period" and "last year" apart.
func (p *parser) samePeriod(i int) (cand, bool) {
	if !p.periodNear(i) {
		return cand{}, false
	}
	start, j := i, i+1
	if n, ok := p.sameWord(i - 1); ok && p.free(i-1) {
		start = i - 1
		if n > 0 {
			t := &p.s.toks[start]
			t.cstart = p.s.skipLetters(t.start, n)
		}
	} else if p.mod(j) == mSame || periodWords[p.word(j)] {
		j++
	} else {
		return cand{}, false
	}
	c := cand{i: start, j: j, kind: p.periodKind, r: resolved{value: p.period}, anaphor: true}
	k := j + 1 // the year after من or في
	switch {
	case p.prep(j) == prFrom || p.prep(j) == prIn:
	case p.lamGlued(j):
		k = j // لعام 2014، للعام الماضي: the ل of "of" glued to the year
	default:
		return c, true
	}
	yc, ok := cand{}, false // the year, read but not consumed
	switch e := p.e(k); {
	case k > j && p.isNum(k) && p.s.toks[k].nd == 4 && p.num(k) >= 1800 && p.num(k) <= 2100:
		yc, ok = cand{kind: "date", r: resolved{value: yearStr(p.num(k))}}, true // من 2016
	case e != nil && startsDate(e):
		yc, ok = p.dateRange(k, k) // سنة 2016، عام 2016، 2016
	case e != nil && e.unit == uYear:
		yc, ok = p.unitPhrase(k) // العام الماضي
	case e != nil && e.x == xDemo:
		yc, ok = p.demo(k) // من هذا العام (session 12)
	}
	if !ok || yc.kind != "date" || yc.r.hijri != "" || len(yc.r.value) != 4 || !digits(yc.r.value) {
		return c, true // من + something else: the period itself
	}
	if c.kind != "duration" {
		y, _ := strconv.Atoi(yc.r.value)
		c.r.value = movePeriod(p.period, y)
	}
	return c, true // the year stays a mention of its own, read next
}

// lamGlued reports a word token k whose lexicon entry was found after a
// glued ل (لعام، للعام), not after و or ف.
func (p *parser) lamGlued(k int) bool {
	if k < 0 || k >= len(p.s.toks) || p.s.toks[k].kind != tWord || p.s.toks[k].e == nil {
		return false
	}
	t := &p.s.toks[k]
	return t.cstart > t.start && strings.HasPrefix(p.s.text[t.start:], "ل")
}

// durationReach is how many tokens back a duration can be the period of
// an anaphor: a duration is often an aside (منذ أكثر من عشرين عاما), and
// a distant one is seldom what "the same period" compares.
const durationReach = 40

// periodNear reports whether a period is named before token i: any
// interval or season before it, a duration only within durationReach
// tokens.
func (p *parser) periodNear(i int) bool {
	return p.period != "" && (p.periodKind != "duration" || i-p.periodEnd <= durationReach)
}

// free reports that token k lies after the last mention emitted.
func (p *parser) free(k int) bool {
	return len(p.out) == 0 || p.out[len(p.out)-1].End <= int(p.s.toks[k].start)
}

// movePeriod moves a period value (2017-01/2017-02, 2017-SU) so that it
// starts in year y; both ends move by the same number of years, and a day
// that the new year lacks (29 February) becomes the month's last.
func movePeriod(v string, y int) string {
	y0, _ := strconv.Atoi(v[:4])
	a, b, ok := strings.Cut(v, "/")
	if !ok {
		return yearStr(y) + v[4:]
	}
	return moveYear(a, y-y0) + "/" + moveYear(b, y-y0)
}

func moveYear(s string, dy int) string {
	y, _ := strconv.Atoi(s[:4])
	y += dy
	if len(s) == 10 {
		m, _ := strconv.Atoi(s[5:7])
		d, _ := strconv.Atoi(s[8:10])
		if d > daysIn(y, m) {
			return yearStr(y) + s[4:8] + pad2(daysIn(y, m))
		}
	}
	return yearStr(y) + s[4:]
}

// sameUnitBefore reads نفس / ذات before a day, a month or a year with the
// article, and المذكور "the said" after it (session 13): في نفس العام،
// بذات الشهر، مساء نفس اليوم، الشهر المذكور are «the same year / month /
// day», as العام نفسه — the last one the text named, else UNKNOWN.
// Before, نفس العام and الشهر المذكور were no mention and نفس اليوم was
// read as today.
func (p *parser) sameUnitBefore(i int) (cand, bool) {
	if p.is(i+1, "المذكور") || p.is(i+1, "المذكوره") {
		return p.relUnit(i, i+2, p.e(i).unit, mSame) // الشهر المذكور: the month named
	}
	n, ok := p.sameWord(i - 1)
	if !ok || !p.free(i-1) || p.e(i+1) != nil && p.e(i+1).mod != mNone {
		return cand{}, false
	}
	if n > 0 {
		t := &p.s.toks[i-1]
		t.cstart = p.s.skipLetters(t.start, n)
	}
	return p.relUnit(i-1, i+1, p.e(i).unit, mSame)
}
