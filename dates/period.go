package dates

// Edges of periods, decades, centuries, seasons, halves and quarters.

import (
	"strconv"
	"strings"
	"time"

	"github.com/rasid/rasid/dates/hijri"
)

// edge handles مطلع/منتصف/نهاية + a date: the span grows, the value is the
// inner one's; غرة رمضان is 1 Ramadan.
func (p *parser) edge(i int) (cand, bool) {
	j := i + 1
	if p.anotherAdj(i) {
		return cand{}, false
	}
	if p.prep(j) == prFrom {
		j++
	}
	from := j // after من: "as from"
	if p.isAny(i, edgeLateWords) && p.is(j, "ايام") {
		// أواخر أيام رمضان: the last days of the month, as أواخر رمضان
		// (session 16)
		if e := p.e(j + 1); e != nil && (e.month > 0 || e.hmonth > 0 || e.hhead > 0 || e.unit == uMonth && e.ucount == 1) {
			j++
		}
	}
	if p.x(i) == xFirstDay {
		if c, ok := p.dateRange(i, i); ok {
			return c, true
		}
	}
	e := p.e(j)
	if e == nil && !p.isNum(j) {
		return cand{}, false
	}
	if p.e(i).val == 2 && j == i+1 {
		// منتصف الليل، منتصف النهار
		if v, ok := midTimes[p.word(j)]; ok {
			return cand{i: i, j: j + 1, kind: "time", r: resolved{value: v}}, true
		}
	}
	c, ok := p.edgeInner(i, j, e)
	if !ok || c.kind != "date" && c.kind != "range" {
		return cand{}, false
	}
	c.i = i
	if from > i+1 {
		return c, true // بداية من سنة 2018: "as from", the date itself
	}
	return p.edgeValue(i, c), true
}

// Edge words that narrow the value (session 7, one convention for every
// set): the end of a named year, month, half or quarter is its last day
// (نهاية عام 2014 → 2014-12-31: figures "at the end of 2014" are those of
// 31 December; موفى جوان 2018 → 2018-06-30; نهاية شوال → its 29th or
// 30th); the start of a year is its first month (بداية العام 2014 →
// 2014-01); late in a Hijri month is its last ten days (أواخر رمضان,
// the month's thirds أوائل/أواسط/أواخر). The plural and "late" edges of a
// year (أواخر عام 2014، منتصف عام 2009) and the start of a month (مطلع
// يناير) keep the value written: ISO has no "late 2014".
var (
	edgeEndWords   = normAll("نهاية", "ختام", "موفى", "آخر", "أخر", "انقضاء", "انتهاء", "إنتهاء")
	edgeStartWords = normAll("بداية", "مطلع", "مستهل", "أول", "فاتحة", "افتتاح")
	edgeLateWords  = normAll("أواخر", "أواخرَ", "اواخر", "خواتيم")
)

// edgeValue narrows the value c read inside the edge word at i.
func (p *parser) edgeValue(i int, c cand) cand {
	if c.kind != "date" {
		return c
	}
	v := c.r.value
	switch {
	case p.isAny(i, edgeEndWords):
		return lastDayOf(c)
	case p.isAny(i, edgeStartWords) && c.r.hijri == "" && len(v) == 4 && digits(v):
		c.r.value, c.r.m = v+"-01", 1
	case p.isAny(i, edgeStartWords) && len(c.r.hijri) == 4 && digits(c.r.hijri) && !p.is(i, "اول"):
		// مطلع العام الهجري القادم، بداية عام 1437هـ: its first month,
		// Muharram (session 12), as the start of a Gregorian year
		hy, _ := strconv.Atoi(c.r.hijri)
		r := p.resolveHijri(pdate{y: hy, m: 1, hijri: true, yabs: true})
		if r.value != "UNKNOWN" {
			c.r = r
		}
	case p.isAny(i, edgeStartWords) && c.r.hijri == "" && len(v) == 15 && v[7] == '/' && halfOrQuarter(v) != "":
		// بداية النصف الثاني من عام 2014: the first month of a half or a
		// quarter, as the start of a year is (session 17)
		c.r.value = v[:7]
		c.r.m, _ = strconv.Atoi(v[5:7])
	case p.is(i, "اول") && !p.hasArticle(i) && p.e(i+1) != nil && (p.e(i+1).month > 0 || p.e(i+1).hmonth > 0 || p.e(i+1).hhead > 0):
		return firstDayOf(c) // أول شوال، أول أغسطس الجاري: the month's first day (session 9)
	case p.isAny(i, edgeLateWords) && c.r.hijri != "" && len(c.r.hijri) == 7:
		if k := strings.IndexByte(v, '/'); k == 10 && len(v) == 21 {
			if a, err := time.Parse("2006-01-02", v[:10]); err == nil {
				c.r.value = p.day(a.AddDate(0, 0, 20)) + v[10:]
			}
		}
	}
	return c
}

// firstDayOf gives a month (YYYY-MM) or the Gregorian days of a Hijri
// month (START/END) as its first day: أول + a month's name is its first
// day, as غرة is.
func firstDayOf(c cand) cand {
	v := c.r.value
	switch {
	case len(v) == 7 && v[4] == '-' && digits(v[:4]):
		c.r.value, c.r.d = v+"-01", 1
	case len(v) == 21 && v[10] == '/':
		c.r.value = v[:10]
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			c.r.y, c.r.m, c.r.d = t.Year(), int(t.Month()), t.Day()
		}
	}
	return c
}

// lastDayOf gives a month (YYYY-MM), a year (YYYY), the months of a half
// or a quarter, or the Gregorian days of a Hijri month or year as its last
// day: the Maghrebi موفى "completion" of a month is its last day (إلى موفى
// جوان 2018 → 2018-06-30), as the real-copy annotators read it, and so is
// نهاية (session 7).
func lastDayOf(c cand) cand {
	v := c.r.value
	if k := strings.IndexByte(v, '/'); k > 0 && c.r.hijri == "" {
		// a half or a quarter (2015-01/2015-06): the last day of its end
		e := c
		e.r.value = v[k+1:]
		if e = lastDayOf(e); e.r.value != v[k+1:] {
			return e
		}
		return c
	}
	switch {
	case len(v) == 21 && v[10] == '/' && c.r.hijri != "":
		// a Hijri month or year as its Gregorian days: the last one
		t, err := time.Parse("2006-01-02", v[11:])
		if err == nil {
			c.r.value, c.r.y, c.r.m, c.r.d = v[11:], t.Year(), int(t.Month()), t.Day()
			c.r.hijri = hijriLastDay(c.r.hijri)
		}
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:]):
		y, _ := strconv.Atoi(v[:4])
		m, _ := strconv.Atoi(v[5:])
		c.r.value, c.r.y, c.r.m, c.r.d = v+"-"+pad2(daysIn(y, m)), y, m, daysIn(y, m)
	case len(v) == 4 && digits(v):
		y, _ := strconv.Atoi(v)
		c.r.value, c.r.y, c.r.m, c.r.d = v+"-12-31", y, 12, 31
	}
	return c
}

// midTimes are the times of منتصف + a word.
var midTimes = map[string]string{"الليل": "T00:00", "النهار": "T12:00"}

// edgeInner reads the period inside an edge at j: a decade, a century, a
// unit, هذا العام, a year or a date.
func (p *parser) edgeInner(i, j int, e *entry) (cand, bool) {
	switch {
	case e != nil && e.x == xDecade:
		return p.decade(j)
	case e != nil && e.x == xCentury:
		return p.century(j)
	case e != nil && e.unit != uNone && e.ual:
		return p.edgeUnit(i, j, e)
	case e != nil && e.x == xDemo:
		return p.demo(j)
	case p.is(j, "الموسم") && j == i+1:
		return p.seasonEdge(j)
	case e != nil && e.x == xHalf && p.hasArticle(j):
		return p.half(j) // نهاية النصف الأول من عام 2015
	case e != nil && e.x == xQuarter && p.hasArticle(j):
		return p.quarter(j)
	case p.isNum(j) && p.s.toks[j].nd == 4:
		if c, ok := p.dateRange(j, j); ok {
			return c, true
		}
		if y, hij, _, k, oky := p.yearPart(j, true); oky && y > 0 {
			r := p.resolve(pdate{y: y, hijri: hij})
			return cand{i: j, j: k, kind: "date", r: r}, true
		}
		return cand{}, false
	}
	return p.dateRange(j, j)
}

// edgeUnit reads a unit with the article inside an edge: مطلع العام،
// نهاية الشهر (the current one), نهاية الأسبوع (the weekend).
func (p *parser) edgeUnit(i, j int, e *entry) (cand, bool) {
	c, ok := p.unitPhrase(j)
	if !ok && e.ucount == 1 && p.mod(j+1) == mNone && !p.namedPeriod(j+1) && (e.unit == uWeek || e.unit == uMonth || e.unit == uYear) && (!p.isNum(j+1) || e.unit == uYear && !p.yearAfter(j)) {
		md := int8(mCurrent)
		if e.unit == uWeek && p.e(i).val == 3 && p.hasPub && p.pub.Weekday() <= time.Thursday && p.pastContext(i) {
			// اجتاح الإعصار البلاد خلال عطلة نهاية الأسبوع, written from
			// Sunday to Thursday: the weekend told in the past is the one
			// just gone, in the week before (session 17)
			md = mPast
		}
		c, ok = p.relUnit(j, j+1, e.unit, md)
		if e.unit == uYear {
			c, ok = p.theYear(j, j+1), true // مطلع العام
		}
	}
	if ok && e.unit == uWeek && e.ucount == 1 && p.e(i).val == 3 && len(c.r.value) == 8 && c.r.value[5] == 'W' {
		c.r.value += "-WE"
	}
	return c, ok
}

// decade handles الستينيات [من القرن الماضي].
func (p *parser) decade(i int) (cand, bool) {
	e := p.e(i)
	if p.ofAge(i + 1) {
		// في الثلاثينيات من عمره: a decade of someone's life, a length
		// whose count is not given (session 10)
		return cand{i: i, j: i + 3, kind: "duration", r: resolved{value: durValue(-1, uYear)}}, true
	}
	if p.x(i+1) == xDecade && p.startsWithWaw(i+1) {
		// سبعينات وثمانينات القرن الماضي: the years of both, the century
		// written once after the second; without a century (الخمسينيات
		// والستينيات) two decades, two mentions (train11, train13; session 11)
		if c2, ok := p.decade(i + 1); ok && len(c2.r.value) == 3 && int(e.val) < int(p.e(i+1).val) && c2.j > i+2 {
			first := c2.r.value[:2] + strconv.Itoa(int(e.val)) + "0"
			return cand{i: i, j: c2.j, kind: "range", r: resolved{value: first + "/" + c2.r.value + "9"}}, true
		}
	}
	cent := 19
	j := i + 1
	if p.hijriAdj(j) {
		return cand{i: i, j: j + 1, kind: "date", r: resolved{value: "UNKNOWN"}}, true // التسعينيات الهجرية (session 13)
	}
	k := -1
	if p.prep(j) == prFrom && p.x(j+1) == xCentury {
		k = j + 1
	} else if p.x(j) == xCentury {
		k = j
	}
	if k >= 0 {
		c, ok := p.century(k)
		if ok && c.r.value == "UNKNOWN" && p.hijriAdj(c.j-1) {
			return cand{i: i, j: c.j, kind: "date", r: c.r}, true // التسعينيات من القرن الرابع عشر الهجري
		}
		if ok && len(c.r.value) == 2 {
			cent, _ = strconv.Atoi(c.r.value)
			j = c.j
		}
	}
	return cand{i: i, j: j, kind: "date", r: resolved{value: pad2(cent) + strconv.Itoa(int(e.val))}}, true
}

// century handles القرن العشرين، القرن التاسع عشر، القرن الماضي.
func (p *parser) century(i int) (cand, bool) {
	j := i + 1
	if md := p.mod(j); md != mNone {
		return p.relUnit(i, j+1, uCentury, md)
	}
	if p.x(j) == xArticle && p.isNum(j+1) {
		j++ // القرن الـ21
	}
	e := p.e(j)
	if e == nil {
		if p.isNum(j) && p.s.toks[j].nd <= 2 && p.num(j) >= 1 && p.num(j) <= 21 {
			return cand{i: i, j: j + 1, kind: "date", r: resolved{value: pad2(p.num(j) - 1)}}, true
		}
		return cand{}, false
	}
	n, k, ok := p.ordinal(j)
	if !ok || n < 1 || n > 30 {
		return cand{}, false
	}
	if p.hijriAdj(k) {
		// القرن الرابع عشر الهجري: a Hijri century, whose years ISO cannot
		// write with X's (1300–1399 AH is 1882–1979); before session 13 its
		// number was read as a Gregorian century (13XX)
		return cand{i: i, j: k + 1, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: pad2(n - 1)}}, true
}

// hijriAdj reports الهجري/الهجرية at k: the period before it is counted in
// the Hijri calendar.
func (p *parser) hijriAdj(k int) bool {
	return p.is(k, "الهجري") || p.is(k, "الهجريه")
}

// decadeWord handles العقد الماضي / الحالي / المقبل.
func (p *parser) decadeWord(i int) (cand, bool) {
	md := p.mod(i + 1)
	if md == mPast || md == mFuture || md == mCurrent {
		return p.relUnit(i, i+2, uDecade, md)
	}
	// العقد الأول من القرن العشرين
	if n, j, ok := p.ordinal(i + 1); ok && n >= 1 && n <= 10 && p.prep(j) == prFrom && p.x(j+1) == xCentury {
		if c, ok := p.century(j + 1); ok && len(c.r.value) == 2 {
			return cand{i: i, j: c.j, kind: "date", r: resolved{value: c.r.value + strconv.Itoa(n-1)}}, true
		}
	}
	return cand{}, false
}

// season handles الصيف الماضي، صيف 2014، شتاء هذا العام.
func (p *parser) season(i int) (cand, bool) {
	if p.isAny(i, seasonAdjectives) {
		return p.holidaySeason(i)
	}
	codes := seasonCodes
	e := p.e(i)
	j := i + 1
	if md := p.mod(j); (md == mPast || md == mFuture || md == mCurrent) && p.hasArticle(i) {
		if !p.hasPub {
			return cand{i: i, j: j + 1, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		y := p.pub.Year()
		if md == mPast {
			y--
		} else if md == mFuture {
			y++
		}
		return cand{i: i, j: j + 1, kind: "date", r: resolved{value: yearStr(y) + "-" + codes[e.val]}}, true
	}
	if p.hasArticle(i) && !p.is(j, "العربي") && (p.prep(i-1) != prNone && p.prep(i-1) != prAnd || p.seasonHead(i-1) || p.seasonConstruct(i)) {
		y := 0
		if p.hasPub {
			y = p.pub.Year()
		}
		if p.otherSeason(i) {
			y = -1 // في فصل الصيف … في الشتاء: seasons set against each other are any year's
		}
		k := j
		if p.prep(k) == prFrom || p.isP(k, ',') {
			k++
		}
		if yy, hij, _, k2, ok := p.yearPart(k, true); ok && yy > 0 && !hij {
			y, j = yy, k2
		}
		start := i
		if p.seasonHead(i - 1) {
			start = i - 1
		}
		if y == 0 {
			return cand{i: start, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		if y < 0 {
			return cand{i: start, j: j, kind: "date", r: resolved{value: "XXXX-" + codes[e.val]}}, true
		}
		return cand{i: start, j: j, kind: "date", r: resolved{value: yearStr(y) + "-" + codes[e.val], y: y}}, true
	}
	if !p.hasArticle(i) {
		k := j
		if p.prep(k) == prFrom || p.isP(k, ',') {
			k++
		}
		if y, hij, _, k2, ok := p.yearPart(k, true); ok && y > 0 && !hij {
			return cand{i: i, j: k2, kind: "date", r: resolved{value: yearStr(y) + "-" + codes[e.val], y: y}}, true
		}
	}
	return cand{}, false
}

// seasonAdjectives are the adjectives of the seasons (الصيفية); after a
// holiday noun they name the season's holiday (holidaySeason).
var seasonAdjectives = normAll("الربيعية", "الصيفية", "الخريفية", "الشتوية")

// holidayNouns take a season's adjective: الإجازة الصيفية، العطلة الشتوية،
// موسم العطلات الصيفية.
var holidayNouns = normAll("إجازة", "الإجازة", "عطلة", "العطلة", "العطلات", "الإجازات", "عطلات", "إجازات", "اجازه", "الاجازه", "عطله", "العطله")

// holidaySeason reads a holiday noun and a season's adjective (الإجازة
// الصيفية، لإجازة صيفية) as that season of the publication's year, as
// إجازة الصيف (value UNKNOWN, timex 2015-SU); موسم before the noun belongs
// to the mention (session 11). Without a holiday noun the adjective is
// not a mention (الدورة الصيفية، الملابس الشتوية).
func (p *parser) holidaySeason(i int) (cand, bool) {
	if !p.isAnyBare(i-1, holidayNouns) || !p.hasPub {
		return cand{}, false
	}
	start := i - 1
	if p.is(start-1, "موسم") {
		start--
	}
	y := p.pub.Year()
	return cand{i: start, j: i + 1, kind: "date", r: resolved{value: yearStr(y) + "-" + seasonCodes[p.e(i).val], y: y}}, true
}

// seasonConstruct reports a season with the article as the complement of
// a noun at i-1 (حر الصيف، ركود الصيف، فعاليات الصيف، دروس الصيف): the
// summer the text is in, this year's.
func (p *parser) seasonConstruct(i int) bool {
	k := i - 1
	if k < 0 || p.s.toks[k].kind != tWord || p.e(k) != nil || p.hasArticle(k) || p.lineBreakAfter(k) || !p.glued(i) && p.s.toks[i].start-p.s.toks[k].end > 1 {
		return false
	}
	return len(p.word(k)) >= 4
}

// otherSeason reports a season of another name in the sentence of the
// season at i (في فصل الصيف فضلا عن إنتاجه في الشتاء): seasons set against
// each other are the seasons of any year, XXXX-SU.
func (p *parser) otherSeason(i int) bool {
	v := p.e(i).val
	for _, d := range []int{-1, 1} {
		for k := i + d; k >= 0 && k < len(p.s.toks) && k > i-20 && k < i+20; k += d {
			t := &p.s.toks[k]
			if t.kind == tPunct && (t.p == '.' || t.p == '!' || t.p == '?') {
				break
			}
			if e := t.e; e != nil && e.x == xSeason && e.val != v && p.hasArticle(k) {
				return true
			}
		}
	}
	return false
}

// seasonCodes are TimeML's seasons by the lexicon's value.
var seasonCodes = [...]string{1: "SP", 2: "SU", 3: "FA", 4: "WI"}

// seasonOf is the mention [i, j) of the season of entry e in the year of
// publication moved by dy years.
func (p *parser) seasonOf(i, j int, e *entry, dy int) cand {
	if !p.hasPub {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}
	}
	y := p.pub.Year() + dy
	return cand{i: i, j: j, kind: "date", r: resolved{value: yearStr(y) + "-" + seasonCodes[e.val], y: y}}
}

// seasonHeads come before a season with the article and name this year's:
// فصل الصيف، إجازة الصيف، عطلة الشتاء.
var seasonHeads = []string{norm("فصل"), norm("إجازة"), norm("عطلة"), norm("اجازه"), norm("عطله")}

func (p *parser) seasonHead(k int) bool { return p.isAnyBare(k, seasonHeads) }

// half handles النصف الأول من العام الجاري (YYYY-01/YYYY-06).
func (p *parser) half(i int) (cand, bool) {
	if !p.is(i, "النصف") && !p.is(i, "السداسي") && !p.is(i, "السداسيه") {
		return cand{}, false // السداسي: the Maghrebi half-year
	}
	n, j, ok := p.ordinal(i + 1)
	if p.is(i+1, "الاخير") || p.is(i+1, "الاخيره") {
		n, j, ok = 2, i+2, true
	}
	if !ok || n < 1 || n > 2 {
		return cand{}, false
	}
	k0 := j + 1
	if p.prep(j) != prFrom {
		if !p.gluedLam(j) {
			return cand{}, false
		}
		k0 = j // النصف الأول لعام 2015
	}
	y, _, _, k, ok := p.yearPart(k0, true)
	if !ok || y == 0 {
		y, k, ok = p.articleYear(k0, 6*n-5)
	}
	if !ok || y == 0 {
		if k0 > j {
			return p.monthPart(i, k0, 2, n) // النصف الثاني من شهر رمضان
		}
		return cand{}, false
	}
	if y < 0 {
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: monthSpan(y, 6*n-5, 6*n), y: y}}, true
}

// monthPart reads a month at k after «النصف ORD من» or «الأسبوع ORD من»
// (session 12): the n-th of parts (2: halves; 0: weeks of seven days, n
// < 0 the last) of that month, as the interval of its days. A half of a
// month is its days 1–15 and 16 to the end; a week of a Hijri month its
// seven days (the last week the last seven). Before, «النصف الثاني من شهر
// مارس» was read as 2 March. A month whose days are not known (no
// publication date) is UNKNOWN.
func (p *parser) monthPart(i, k, parts, n int) (cand, bool) {
	var c cand
	if h, holy := p.holyMonthAt(k); holy {
		c0, ok := p.ramadanEpithet(k + h)
		if !ok && !p.hasPub {
			// no publication date: which Ramadan is not known, but the
			// words are still a part of it, not its n-th day
			return cand{i: i, j: k + h + 2, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		if !ok {
			return cand{}, false
		}
		c = c0
	} else {
		d, k2, ok := p.calDate(k, false)
		if !ok || d.d != 0 || d.m == 0 {
			return cand{}, false
		}
		c = cand{j: k2, r: p.resolve(d)}
	}
	a, b, ok := monthDays(c.r.value)
	if !ok {
		if c.r.value == "UNKNOWN" {
			return cand{i: i, j: c.j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		return cand{}, false
	}
	last := int(b.Sub(a).Hours()/24) + 1 // days in the month
	var d1, d2 int
	switch {
	case parts == 2 && n == 1:
		d1, d2 = 1, 15
	case parts == 2 && n == 2:
		d1, d2 = 16, last
	case parts == 0 && n < 0:
		d1, d2 = last-6, last
	case parts == 0 && n > 0 && n <= 4:
		d1, d2 = 7*(n-1)+1, 7*n
	case parts == 0 && n > 4:
		// الأسبوع الخامس من رمضان: the days past the fourth week are one
		// or two, no week; which ones the writer meant is not known
		return cand{i: i, j: c.j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	default:
		return cand{}, false
	}
	s, e := a.AddDate(0, 0, d1-1), a.AddDate(0, 0, d2-1)
	r := resolved{value: p.day(s) + "/" + p.day(e), y: e.Year()}
	if h := c.r.hijri; len(h) == 7 {
		r.hijri, r.cal = h+"-"+pad2(d1)+"/"+h+"-"+pad2(d2), c.r.cal
	}
	return cand{i: i, j: c.j, kind: "date", r: r}, true
}

// monthDays gives the first and last day of a value that is a Gregorian
// month (2015-03) or the Gregorian days of a Hijri month
// (2015-06-18/2015-07-16).
func monthDays(v string) (a, b time.Time, ok bool) {
	switch {
	case len(v) == 7 && v[4] == '-':
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return a, b, false
		}
		return t, t.AddDate(0, 1, -1), true
	case len(v) == 21 && v[10] == '/':
		t1, err1 := time.Parse("2006-01-02", v[:10])
		t2, err2 := time.Parse("2006-01-02", v[11:])
		if err1 != nil || err2 != nil || t2.Sub(t1).Hours() > 31*24 || t2.Before(t1) {
			return a, b, false
		}
		return t1, t2, true
	}
	return a, b, false
}

// monthSpan is the ISO 8601 interval of months m1..m2 of year y
// (2025-01/2025-06): halves and quarters are written so, not 2025-H1 or
// 2025-Q1 (TimeML notations that are not ISO 8601).
func monthSpan(y, m1, m2 int) string {
	return yearStr(y) + "-" + pad2(m1) + "/" + yearStr(y) + "-" + pad2(m2)
}

// quarter handles الربع الأول [من العام الجاري | 2022] (YYYY-01/YYYY-03).
func (p *parser) quarter(i int) (cand, bool) {
	if p.is(i, "الربعين") {
		return p.twoQuarters(i)
	}
	if !p.is(i, "الربع") && !p.is(i, "الثلاثي") && !p.is(i, "الثلاثيه") {
		return cand{}, false // الثلاثي: the Maghrebi quarter
	}
	n, j, ok := p.ordinal(i + 1)
	if p.is(i+1, "الاخير") {
		n, j, ok = 4, i+2, true
	}
	if !ok && p.is(i, "الربع") && (p.mod(i+1) == mSame || periodWords[p.word(i+1)]) {
		// الربع المماثل من العام السابق، الربع نفسه من 2014: the last
		// quarter named, moved to the year (session 12); a quarter
		// relative to another (الربع السابق) is skipped when one was
		// named by its number before it
		saved := p.period
		if q := halfOrQuarter(p.period); p.namedQ != "" && q != "" && q[5] == 'Q' {
			p.period = p.namedQ
		}
		c, ok := p.samePeriod(i)
		p.period = saved
		if ok && halfOrQuarter(c.r.value) != "" {
			return c, true
		}
	}
	if !ok {
		return p.relQuarter(i)
	}
	if n < 1 || n > 4 {
		return cand{}, false
	}
	return p.quarterYear(i, j, n)
}

// longAges are a century, a millennium and a decade after «الربع ... من»;
// العقد is also "the contract" (الربع الأخير من العقد: of its term), no
// quarter of a year either, and UNKNOWN all the same.
var longAges = normAll("القرن", "الألفية", "العقد")

// quarterYear gives the months of quarter n read at [i, j), with the year
// after it (من العام الجاري، 2022), else the last year named, else the
// publication's.
func (p *parser) quarterYear(i, j, n int) (cand, bool) {
	k := j
	if p.prep(k) == prFrom {
		k++
	}
	if p.isAny(k, longAges) {
		// الربع الأخير من القرن الماضي: a quarter of a century or a
		// millennium, no quarter of a year (session 17)
		k++
		if p.mod(k) != mNone {
			k++
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	if y, _, _, k2, ok := p.yearPart(k, true); ok && y != 0 {
		if y < 0 {
			return cand{i: i, j: k2, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		return cand{i: i, j: k2, kind: "date", r: resolved{value: monthSpan(y, 3*n-2, 3*n), y: y}}, true
	}
	if !p.hasPub {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	y := p.pub.Year()
	if p.lastY > 0 {
		y = p.lastY
	}
	return cand{i: i, j: j, kind: "date", r: resolved{value: monthSpan(y, 3*n-2, 3*n)}}, true
}

// termQuarter reads الفصل الأول من السنة، الفصل الثالث من عام 2014،
// الفصلين الأول والثاني من العام: in economic copy of the Levant and the
// Maghreb a «فصل» of a year is its quarter (session 16). Only with من
// and a calendar year after it: الفصل الأول alone is a school term or a
// chapter, and الفصل الأول من العام الدراسي a school term.
func (p *parser) termQuarter(i int) (cand, bool) {
	n1, j, ok := p.ordinal(i + 1)
	n2 := n1
	if ok && p.is(i, "الفصلين") {
		if !p.startsWithWaw(j) {
			return cand{}, false
		}
		n2, j, ok = p.ordinal(j)
		ok = ok && n2 == n1+1
	}
	if !ok || n1 < 1 || n2 > 4 || p.prep(j) != prFrom {
		return cand{}, false
	}
	k := j + 1
	if w := p.word(k + 1); strings.HasPrefix(w, "الدراسي") || strings.HasPrefix(w, "الجامعي") || strings.HasPrefix(w, "التشريعي") || strings.HasPrefix(w, "المالي") {
		return cand{}, false
	}
	// a written year (من 2016، من عام 2014) or السنة alone: الفصل الأول من
	// العام الحالي is most often a school term (the review of session 16)
	y, _, rel, k2, ok := p.yearPart(k, true)
	written := ok && !rel && y > 0
	if !written {
		if !p.is(k, "السنه") {
			return cand{}, false
		}
		y, k2, ok = p.articleYear(k, 3*n2-2)
	}
	if !ok || y <= 0 {
		return cand{}, false
	}
	return cand{i: i, j: k2, kind: "date", r: resolved{value: monthSpan(y, 3*n1-2, 3*n2), y: y}}, true
}

// twoQuarters reads الربعين الأول والثاني [من العام الحالي | 2015]: the
// months of two consecutive quarters, written with the year's (as a
// quarter alone is).
func (p *parser) twoQuarters(i int) (cand, bool) {
	n1, j, ok := p.ordinal(i + 1)
	if !ok || !p.startsWithWaw(j) {
		return cand{}, false
	}
	n2, j2, ok := p.ordinal(j)
	if !ok || n1 < 1 || n2 != n1+1 || n2 > 4 {
		return cand{}, false
	}
	c, ok := p.quarterYear(i, j2, n2)
	if !ok {
		return cand{}, false
	}
	v := c.r.value
	if len(v) == 15 {
		c.r.value = v[:5] + pad2(3*n1-2) + v[7:]
	}
	return c, true
}

// relQuarter reads الربع الماضي، الربع المقبل، الربع الحالي (from the
// publication's quarter) and الربع السابق (before the last quarter named,
// as السابق is anaphoric; else the publication's): the months of that
// quarter.
func (p *parser) relQuarter(i int) (cand, bool) {
	md := p.mod(i + 1)
	if md != mPast && md != mFuture && md != mCurrent || !p.hasPub || !p.is(i, "الربع") || strings.HasPrefix(p.word(i+2), "ذكر") {
		return cand{}, false // الثلاثي السابق ذكره: the trio named before
	}
	y, q := p.pub.Year(), (int(p.pub.Month())-1)/3
	if c := halfOrQuarter(p.period); md == mPast && c != "" && c[5] == 'Q' && (p.is(i+1, "السابق") || p.is(i+1, "السابقه")) {
		y, _ = strconv.Atoi(c[:4])
		q = int(c[6] - '1')
	}
	switch {
	case md == mPast && q == 0:
		y, q = y-1, 3
	case md == mPast:
		q--
	case md == mFuture && q == 3:
		y, q = y+1, 0
	case md == mFuture:
		q++
	}
	return cand{i: i, j: i + 2, kind: "date", r: resolved{value: monthSpan(y, 3*q+1, 3*q+3), y: y}}, true
}

// theYear is the mention [i, j) of العام/السنة with the article alone: a
// past year last mentioned, the article pointing back to it (ال of what was
// named: a report on 2014 that goes on «خلال العام»), else the year of
// publication (ال of the present; so too before حتى الآن: منذ بداية العام
// وحتى الآن).
func (p *parser) theYear(i, j int) cand {
	y := 0
	if p.hasPub {
		y = p.pub.Year()
		// last year only (session 9): a year long past is the story's
		// background, and «بداية العام» after it is this year's
		if p.lastY > 0 && p.lastY == y-1 && !p.nowAfter(j) {
			y = p.lastY
		}
	}
	if y <= 0 {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}
	}
	return cand{i: i, j: j, kind: "date", r: resolved{value: yearStr(y), y: y}}
}

// nowAfter reports a word of the present (الآن، حالياً) among the three
// tokens from j.
func (p *parser) nowAfter(j int) bool {
	for k := j; k < j+3 && k < len(p.s.toks); k++ {
		if e := p.e(k); e != nil && e.x == xVague && e.val == vPresent {
			return true
		}
	}
	return false
}

// yearAfter reports whether the year noun at i is followed by a year
// (العام 2025), not by a count (مطلع العام 85 ألف برميل).
func (p *parser) yearAfter(i int) bool {
	_, _, _, _, ok := p.yearPart(i, false)
	return ok
}

// namedPeriod reports whether the word at i, after a year, month or week
// noun, makes it a named period rather than the calendar one: السنة
// التشريعية، العام الدراسي، السنة المالية (an adjective with the article
// that is not a temporal modifier; الميلادية still means the calendar year).
func (p *parser) namedPeriod(i int) bool {
	if !p.hasArticle(i) || p.e(i) != nil {
		return false
	}
	t := &p.s.toks[i]
	w := string(p.s.nbuf[t.nstart:t.nend])
	return !strings.Contains(w, "ميلادي")
}

// firstDays handles الأيام الثلاثة الأولى من تموز، الأيام العشرة الأخيرة
// من رمضان: the interval of those days.
func (p *parser) firstDays(i int) (cand, bool) {
	e := p.e(i)
	if e != nil && e.unit == uMonth && (e.ucount == 0 || e.ucount == 2) && p.hasArticle(i) {
		return p.firstMonths(i)
	}
	if e != nil && e.unit == uWeek && e.ucount == 1 && p.hasArticle(i) {
		return p.weekOfMonth(i)
	}
	if e == nil || e.unit != uDay || e.ucount != 0 || !p.hasArticle(i) {
		return cand{}, false
	}
	j := i + 1
	e2 := p.e(j)
	if e2 == nil || e2.card < 2 || e2.card > 15 || !p.hasArticle(j) {
		return cand{}, false
	}
	n := e2.card
	j++
	if p.is(j, "الاولي") {
		j++
	} else if p.is(j, "الاخيره") {
		n = -n
		j++
	} else {
		return cand{}, false
	}
	return p.daysOfMonth(i, j, n, false)
}

// tenDays handles العشر الأواخر من رمضان، العشر الأوائل من ذي الحجة.
func (p *parser) tenDays(i int) (cand, bool) {
	if !p.is(i, "العشر") {
		return cand{}, false
	}
	switch {
	case p.is(i+1, "الاواخر"):
		return p.daysOfMonth(i, i+2, -10, true)
	case p.is(i+1, "الاوائل") || p.is(i+1, "الاولي"):
		return p.daysOfMonth(i, i+2, 10, false)
	}
	return cand{}, false
}

// daysOfMonth reads من + a month at j and gives the interval of its first
// n days (n > 0) or last -n days, as a mention from token i. last10 is
// «العشر الأواخر» of a Hijri month: from its 21st to its end.
func (p *parser) daysOfMonth(i, j, n int, last10 bool) (cand, bool) {
	if p.prep(j) != prFrom {
		return cand{}, false
	}
	d, k, ok := p.calDate(j+1, false)
	if !ok {
		// الأيام العشرة الأولى من رمضان: a month's name that could be a
		// person's (رمضان) is the month after the days of (session 14)
		if m, hij, k2, _, okm := p.monthName(j + 1); okm {
			d, k, ok = pdate{m: m, hijri: hij}, k2, true
		}
	}
	if !ok || d.m == 0 || d.d != 0 {
		return cand{}, false
	}
	r := p.resolve(d)
	var a, b time.Time
	var err error
	switch {
	case len(r.value) == 7:
		a, err = time.Parse("2006-01", r.value)
		b = a.AddDate(0, 1, -1)
	case len(r.value) == 21 && r.value[10] == '/':
		a, err = time.Parse("2006-01-02", r.value[:10])
		if err == nil {
			b, err = time.Parse("2006-01-02", r.value[11:])
		}
	default:
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	if err != nil {
		return cand{}, false
	}
	if n > 0 {
		b = a.AddDate(0, 0, n-1)
	} else if last10 && d.hijri {
		// العشر الأواخر من رمضان: from the 21st to the end, whether the
		// month has 29 or 30 days (session 15; before, ten days back
		// from the end, the 20th of a 29-day month)
		a = a.AddDate(0, 0, 20)
	} else {
		a = b.AddDate(0, 0, n+1)
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: p.day(a) + "/" + p.day(b), hijri: r.hijri, cal: r.cal}}, true
}

// firstMonths handles الأشهر الستة الأولى من العام الجاري، الأشهر الثلاثة
// الأخيرة من 2023: an interval of months. Without a year, the year last
// mentioned, else pub's.
func (p *parser) firstMonths(i int) (cand, bool) {
	j := i + 1
	n := 2
	last := false
	if e := p.e(i); e != nil && e.ucount == 2 {
		// الشهرين الأولين من سنة 2017: the dual counts two
		switch {
		case p.is(j, "الاولين"):
		case p.is(j, "الاخيرين"):
			last = true
		default:
			return cand{}, false
		}
	} else {
		e2 := p.e(j)
		if e2 == nil || e2.card < 2 || e2.card > 11 || !p.hasArticle(j) {
			return cand{}, false
		}
		n = e2.card
		j++
		if p.is(j, "الاخيره") {
			last = true
		} else if !p.is(j, "الاولي") {
			return cand{}, false
		}
	}
	return p.firstMonthsYear(i, j+1, n, last)
}

// firstMonthsYear ends firstMonths at j, after الأولى/الأخيرة: the year
// after it, else the year last mentioned, else pub's.
func (p *parser) firstMonthsYear(i, j, n int, last bool) (cand, bool) {
	y := 0
	k0 := j
	if p.prep(j) == prFrom {
		k0 = j + 1
	}
	if yy, hij, _, k, ok := p.yearPart(k0, true); ok && yy != 0 && !hij {
		y, j = yy, k
	}
	if y == 0 && n == 2 && p.e(i) != nil && p.e(i).unit == uMonth && p.e(i).ucount == 2 {
		return cand{}, false // الشهرين الأولين of something else (a season, a contract)
	}
	if y == 0 {
		// without a year: الأشهر الثلاثة الأخيرة is "the last three
		// months" (a duration, read elsewhere); الأشهر الخمسة الأولى is
		// this year's when they are over, else the year last mentioned.
		switch {
		case last:
			return cand{}, false
		case p.hasPub && n < int(p.pub.Month()):
			y = p.pub.Year()
		case p.lastY > 0:
			y = p.lastY
		default:
			return cand{}, false
		}
	}
	if y <= 0 {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	m1, m2 := 1, n
	if last {
		m1, m2 = 13-n, 12
	}
	return cand{i: i, j: j, kind: "date", r: resolved{value: monthSpan(y, m1, m2), y: y}}, true
}

// weekOfMonth handles الأسبوع الأول من الشهر المقبل، الأسبوع الأخير من
// أيار: the ISO week holding the first (or eighth, …, or last) day.
func (p *parser) weekOfMonth(i int) (cand, bool) {
	n, j, ok := p.ordinal(i + 1)
	if p.is(i+1, "الاخير") {
		n, j, ok = -1, i+2, true
	}
	if !ok || n == 0 || n > 5 || p.prep(j) != prFrom {
		return cand{}, false
	}
	var r resolved
	k := j + 1
	if h, ok := p.holyMonthAt(k); ok && h == 0 {
		return p.monthPart(i, k, 0, n) // الأسبوع الأخير من الشهر الفضيل
	}
	if e := p.e(k); e != nil && e.unit == uMonth && e.ucount == 1 && p.hasArticle(k) {
		// الشهر المقبل، الشهر الجاري
		md := p.mod(k + 1)
		if md != mPast && md != mFuture && md != mCurrent {
			return cand{}, false
		}
		r = p.resolve(pdate{curM: true, monthM: md})
		k += 2
	} else {
		d, k2, ok := p.calDate(k, false)
		if !ok || d.d != 0 || d.m == 0 {
			if h, ok := p.holyMonthAt(k); ok && h == 1 {
				return p.monthPart(i, k, 0, n) // الأسبوع الأخير من هذا الشهر الفضيل
			}
			return cand{}, false
		}
		if d.hijri {
			// a week of a Hijri month: its seven days, not an ISO week
			// (الأسبوع الأخير من رمضان; session 12)
			return p.monthPart(i, k, 0, n)
		}
		r, k = p.resolve(d), k2
	}
	if len(r.value) != 7 {
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	t, err := time.Parse("2006-01", r.value)
	if err != nil {
		return cand{}, false
	}
	if n > 0 {
		t = t.AddDate(0, 0, 7*(n-1))
	} else {
		t = t.AddDate(0, 1, -1)
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: isoWeek(t)}}, true
}

// hijriLastDay gives a Hijri month (1436-10) or year (1436) as its last day
// (1436-10-29); anything else is returned as it is.
func hijriLastDay(h string) string {
	y, err := strconv.Atoi(h[:min(4, len(h))])
	if err != nil || len(h) != 4 && len(h) != 7 {
		return h
	}
	m := 12
	if len(h) == 7 {
		if m, err = strconv.Atoi(h[5:]); err != nil {
			return h
		}
	}
	n, _ := hijri.MonthLength(y, m)
	return hijriStr(y, m, n)
}

// anotherAdj reports آخر at i as the adjective "another" (يوم آخر من
// الأسبوع، عنوانا آخر للأسبوع): after a word without the article that is
// not a time word or a preposition, or before a word with a glued ل; the
// edge "the last of" (في آخر الأسبوع) is neither (session 7). A unit
// noun before it (يوم آخر) counts as such a word.
func (p *parser) anotherAdj(i int) bool {
	if !p.is(i, "اخر") {
		return false
	}
	if t := i + 1; t < len(p.s.toks) && p.s.toks[t].kind == tWord && p.s.toks[t].cstart > p.s.toks[t].start && p.prep(t) == prNone {
		if w := p.s.text[p.s.toks[t].start:p.s.toks[t].cstart]; strings.HasSuffix(w, "ل") {
			return true
		}
	}
	if i == 0 || p.s.toks[i-1].kind != tWord || p.hasArticle(i-1) || p.s.toks[i].cstart != p.s.toks[i].start {
		return false
	}
	e := p.e(i - 1)
	return e == nil || e.unit != uNone && !e.ual // يوم آخر: another day
}

// ageNouns are عمر "age" with a possessive pronoun.
var ageNouns = normAll("عمره", "عمرها", "عمرهم", "عمرهن", "عمري", "عمرنا", "عمرك", "عمرهما", "العمر")

// ordinalAge reads an ordinal with the article before من عمره/من العمر as
// an age in years: في الثامنة عشرة من العمر، في العاشرة من عمرها (session
// 11; the tens are read by articleCount).
func (p *parser) ordinalAge(i int) (cand, bool) {
	if !p.hasArticle(i) || p.x(i-1) == xDecadeW || p.e(i-1) != nil && p.e(i-1).unit == uDecade {
		return cand{}, false // في العقد الثالث من العمر: a decade of life
	}
	n, j, ok := p.ordinal(i)
	if ok && n <= 9 {
		n, j = p.ageTens(n, j) // في الحادية والتسعين من عمره (session 14)
	}
	if !ok || n < 1 || !p.ofAge(j) && !p.reachedAge(i, j) {
		return cand{}, false
	}
	return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(n, uYear)}}, true
}

// reachVerbs are بلغ "to reach" in the forms that say someone reached an
// age.
var reachVerbs = normAll("بلغ", "يبلغ", "تبلغ", "بلغت", "يبلغان", "تبلغان", "بلغا", "ببلوغه", "ببلوغها", "بلوغه", "بلوغها", "بلوغ")

// reachedAge reports a feminine ordinal with the article at [i, j) right
// after بلغ "reached" and before no noun it could count: يبلغ الحادية
// والتسعين، بلغت الثامنة عشرة — the ordinal of years, an age (session
// 14), as an age after من عمره. Not with a clock or a round after it
// (بلغ الثانية ظهرا is read as a time before this rule).
func (p *parser) reachedAge(i, j int) bool {
	e := p.e(i)
	if e == nil || !e.ordf || !p.isAny(i-1, reachVerbs) {
		return false
	}
	if j < len(p.s.toks) && p.s.toks[j].kind == tWord && p.e(j) == nil && p.hasArticle(j) {
		return false // بلغت الثانية الدرجة…: a noun follows
	}
	return p.e(j) == nil || p.prep(j) != prNone
}

// ofAge reports من عمره "of his age" at j: what precedes is an age (في
// الخمسين من عمره، في الثلاثينيات من عمرها).
func (p *parser) ofAge(j int) bool {
	return p.prep(j) == prFrom && p.isAny(j+1, ageNouns)
}

// ageNoun reads سن "age" + a count or an ordinal (session 13): سن 16، سن
// الـ18، سن السادسة عشرة، سن 6 أشهر — an age, a duration of that many
// years (or of the unit written after the count), as the ages of
// ordinalAge. سن without a count (سن الرشد، سن التقاعد، كبار السن) is no
// mention, nor a number that is not a whole count (سن 16.5).
func (p *parser) ageNoun(i int) (cand, bool) {
	j := i + 1
	if p.x(j) == xArticle && p.isNum(j+1) {
		j++ // سن الـ18
	}
	n, k, u := 0, j, int8(uYear)
	switch {
	case p.isNum(j):
		if p.s.toks[j].nd > 3 || (p.isP(j+1, '.') || p.isP(j+1, ',')) && p.isNum(j+2) {
			return cand{}, false
		}
		n, k = p.num(j), j+1
		if e := p.e(k); e != nil && e.unit != uNone && !e.ual {
			if e.unit != uYear && e.unit != uMonth && e.unit != uWeek && e.unit != uDay {
				return cand{}, false
			}
			u, k = e.unit, k+1 // سن 16 عاما، سن 6 أشهر
		}
	case p.hasArticle(j):
		o, k2, ok := p.ordinal(j)
		if !ok {
			return cand{}, false
		}
		n, k = o, k2
		if n <= 9 {
			n, k = p.ageTens(n, k) // سن التاسعة والستين
		}
	default:
		return cand{}, false
	}
	if n < 1 || n > 130 {
		return cand{}, false
	}
	return cand{i: i, j: k, kind: "duration", r: resolved{value: durValue(n, u)}}, true
}

// third reads a third of a year (session 13): الثلث الأول / الثاني /
// الثالث / الأخير من العام الجاري، من 2015 — its four months as an ISO
// interval (2015-01/2015-04), as the halves and quarters. A year must
// follow (الثلث الأول من المباراة is no date).
func (p *parser) third(i int) (cand, bool) {
	waw := p.is(i, "والثلث") // والثلث الأول من 2015 (also a third of an hour: الثانية والثلث)
	if !p.is(i, "الثلث") && !waw {
		return cand{}, false
	}
	n, j, ok := p.ordinal(i + 1)
	if p.is(i+1, "الاخير") {
		n, j, ok = 3, i+2, true
	}
	if !ok || n < 1 || n > 3 || p.prep(j) != prFrom {
		return cand{}, false
	}
	y, _, _, k, ok := p.yearPart(j+1, true)
	if !ok || y == 0 {
		y, k, ok = p.articleYear(j+1, 4*n-3)
	}
	if !ok || y == 0 {
		return cand{}, false
	}
	if waw {
		t := &p.s.toks[i]
		t.cstart = p.s.skipLetters(t.start, 1) // the span leaves و out
	}
	if y < 0 {
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: monthSpan(y, 4*n-3, 4*n), y: y}}, true
}

// ageTens adds the tens written after the units of an ordinal age at k (و
// + الستين: سن التاسعة والستين, 69): the tens of an age go past the
// thirty of a day of the month that ordinal reads.
func (p *parser) ageTens(n, k int) (int, int) {
	w := k
	if p.is(w, "و") {
		w++
	}
	e := p.e(w)
	if e == nil || e.card < 20 || e.card > 90 || e.card%10 != 0 || !p.hasArticle(w) || !(w > k || p.startsWithWaw(w)) {
		return n, k
	}
	return n + int(e.card), w + 1
}

// articleYear reads the year noun with the article alone at k, after «من»
// and a part of a year starting in month from (النصف الثاني من العام،
// الثلث الأخير من السنة; session 13): the publication's year, or last
// year when the text named last year last and the part has not begun by
// the publication date in a sentence that does not speak of the future
// (a February report on last year's second half). A modifier, a number
// or an adjective after the noun leaves it to yearPart and namedPeriod.
func (p *parser) articleYear(k, from int) (y, end int, ok bool) {
	e := p.e(k)
	if !p.hasPub || e == nil || e.unit != uYear || e.ucount != 1 || !e.ual || p.isNum(k+1) || p.e(k+1) != nil && p.e(k+1).mod != mNone || p.hasArticleWord(k+1) {
		return 0, k, false
	}
	y = p.pub.Year()
	if p.lastY == y-1 && from > int(p.pub.Month()) && !p.strongFuture(k) {
		y--
	}
	return y, k + 1, true
}
