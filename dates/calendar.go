package dates

// Calendar dates: day, month, year, numeric dates and ranges.

import (
	"strconv"
	"strings"
	"time"

	"github.com/rasid/rasid/dates/hijri"
)

// dayNum reads a day of the month at i: 12, الـ12, الثاني عشر, الحادي
// والعشرين, غرة.
func (p *parser) dayNum(i int) (d, j int, ok bool) {
	if e := p.e(i); e != nil && e.x == xArticle && p.isNum(i+1) {
		i++ // الـ12, الـ 12
	}
	if p.isNum(i) {
		t := &p.s.toks[i]
		if t.nd <= 2 && t.num >= 1 && t.num <= 31 {
			return t.num, i + 1, true
		}
		return 0, i, false
	}
	e := p.e(i)
	if e == nil {
		return 0, i, false
	}
	if e.x == xFirstDay {
		return 1, i + 1, true
	}
	return p.ordinal(i)
}

// dayStart reports whether a day of the month may start at i.
func (p *parser) dayStart(i int) bool {
	if p.isNum(i) {
		return true
	}
	e := p.e(i)
	return e != nil && (e.ord > 0 || e.x == xFirstDay || e.x == xArticle)
}

// ordinal reads an ordinal number 1–31 in words.
func (p *parser) ordinal(i int) (n, j int, ok bool) {
	e := p.e(i)
	if e == nil || e.ord == 0 {
		return 0, i, false
	}
	n = int(e.ord)
	j = i + 1
	if n <= 11 && p.e(j) != nil && p.e(j).teen && !p.e(j).ual {
		if n == 11 || n <= 9 {
			return n%10 + 10, j + 1, true
		}
	}
	if n == 11 {
		n = 1
	}
	if n <= 9 && p.is(j, "و") {
		j++
	}
	if n <= 9 {
		if e2 := p.e(j); e2 != nil && (e2.ord == 20 || e2.ord == 30) {
			// الحادي والعشرين: written و + العشرين
			if p.glued(j) || p.is(j-1, "و") || p.startsWithWaw(j) {
				return n + int(e2.ord), j + 1, true
			}
		}
		return n, i + 1, true
	}
	return n, i + 1, true
}

// wawFirst reports whether word token i begins with و.
func (p *parser) wawFirst(i int) bool {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	t := &p.s.toks[i]
	return t.nend-t.nstart > 2 && p.s.nbuf[t.nstart] == 0xd9 && p.s.nbuf[t.nstart+1] == 0x88
}

// startsWithWaw reports whether word token i was found after stripping و.
func (p *parser) startsWithWaw(i int) bool {
	if i < 0 || i >= len(p.s.toks) {
		return false
	}
	t := &p.s.toks[i]
	return t.cstart > t.start && p.s.text[t.start] == 0xd9 && p.s.text[t.start+1] == 0x88
}

// monthName reads a month name at i (with شهر before it and a second
// regional name in brackets or after a slash): شهر شباط (فبراير).
func (p *parser) monthName(i int) (m int, hij bool, j int, amb, ok bool) {
	e := p.e(i)
	if e != nil && e.unit == uMonth && e.ucount == 1 && !p.hasArticle(i) {
		if e2 := p.e(i + 1); e2 == nil || e2.unit == uMonth {
			return 0, false, i, false, false
		}
		if m, hij, j, _, ok = p.monthName(i + 1); ok {
			return m, hij, j, false, true
		}
		return 0, false, i, false, false
	}
	if e == nil {
		return 0, false, i, false, false
	}
	switch {
	case e.month > 0:
		m, j, amb = int(e.month), i+1, e.mamb
	case e.hmonth > 0:
		m, hij, j, amb = int(e.hmonth), true, i+1, e.hamb
	case e.hhead > 0:
		if m, hij = p.twoWordMonth(i, e.hhead); m == 0 {
			return 0, false, i, false, false
		}
		j = i + 2
	default:
		return 0, false, i, false, false
	}
	// a second name for the same month: شباط (فبراير), فبراير/شباط, شباط - فبراير
	if p.isP(j, '(') || p.isP(j, '/') || p.isP(j, '-') {
		if m2, h2, k, _, ok2 := p.monthName(j + 1); ok2 && m2 == m && h2 == hij {
			j = k
			if p.isP(j, ')') {
				j++
			}
			amb = false
		}
	} else if e2 := p.e(j); e2 != nil && !hij && int(e2.month) == m && !e2.mamb {
		j++ // مايو أيار: the two names side by side, as wires write them
		amb = false
	}
	return m, hij, j, amb, true
}

// twoWordMonths are the months named by two words, by their first word
// (entry.hhead): the month for the ordinal الأول / الثاني after it, or for
// the word after it.
var twoWordMonths = [...]struct {
	hijri bool
	byOrd [3]int
	words []struct {
		w string
		m int
	}
}{
	1: {hijri: true, byOrd: [3]int{0, 3, 4}}, // ربيع الأول / الثاني / الآخر
	2: {hijri: true, byOrd: [3]int{0, 5, 6}}, // جمادى الأولى / الآخرة
	3: {hijri: true, words: []struct { // ذو القعدة / ذو الحجة
		w string
		m int
	}{{"القعده", 11}, {"الحجه", 12}, {"العقده", 11}}}, // ذي العقدة: a common misspelling
	4: {byOrd: [3]int{0, 12, 1}},  // كانون الأول / الثاني
	5: {byOrd: [3]int{0, 10, 11}}, // تشرين الأول / الثاني
}

// twoWordMonth reads the month whose first word, at i, has hhead h; m is
// 0 when the second word does not name one.
func (p *parser) twoWordMonth(i int, h int8) (m int, hij bool) {
	t := &twoWordMonths[h]
	o := 0
	if e2 := p.e(i + 1); e2 != nil {
		o = int(e2.ord)
	}
	if o == 1 || o == 2 {
		m = t.byOrd[o]
	}
	for _, w := range t.words {
		if p.is(i+1, w.w) {
			m = w.m
			break
		}
	}
	return m, t.hijri && m > 0
}

// yearPart reads a year at i: [عام|العام|سنة] 2022 [م|هـ], or a relative
// year (العام الماضي, من العام الجاري, هذا العام). bare allows a plain
// four-digit number.
func (p *parser) yearPart(i int, bare bool) (y int, hij, rel bool, j int, ok bool) {
	return p.yearPartCal(i, bare, false)
}

// yearPartCal is yearPart; hijriCtx allows a bare Hijri year (after a
// Hijri month).
func (p *parser) yearPartCal(i int, bare, hijriCtx bool) (y int, hij, rel bool, j int, ok bool) {
	j = i
	word := false
	if e := p.e(j); e != nil && e.unit == uYear && (e.ucount == 1 || e.ucount == 2) {
		word = true
		j++
	} else if e != nil && e.x == xDemo && p.e(j+1) != nil && p.e(j+1).unit == uYear && p.e(j+1).ual {
		if p.hasPub { // هذا العام
			return p.pub.Year(), false, true, j + 2, true
		}
		return -1, false, true, j + 2, true
	}
	if word && !p.isNum(j) {
		if y, ok := p.relYear(j); ok {
			return y, false, true, j + 1, true
		}
		return 0, false, false, i, false
	}
	if !p.isNum(j) {
		return 0, false, false, i, false
	}
	t := &p.s.toks[j]
	if t.num < 1 || t.num > 2200 && p.bcAfter(j+1) == 0 || t.nd > 4 || (t.nd < 3 && !word) || (t.nd < 4 && !word && !bare) {
		return 0, false, false, i, false
	}
	if p.decimalAt(j) || p.squareMetres(j+1) {
		return 0, false, false, i, false // 2079.82 نقطة، بمساحة 1500 م2 (session 14)
	}
	if word && t.nd <= 2 && !(p.e(j+1) != nil && p.e(j+1).x == xYearH) {
		if y, k, ok := p.centuryYear(j); ok {
			return y, false, false, k, true
		}
		return 0, false, false, i, false
	}
	y, hij, j, ok = p.yearNumber(j, word, bare, hijriCtx)
	if !ok {
		return 0, false, false, i, false
	}
	return y, hij, false, j, true
}

// decimalAt reports a number at j with a decimal part glued to it
// (2079.82، 1500,5): a quantity, never a year.
func (p *parser) decimalAt(j int) bool {
	return (p.isP(j+1, '.') || p.isP(j+1, ',')) && p.glued(j+1) && p.isNum(j+2) && p.glued(j+2)
}

// squareMetres reports م at k with a 2 or 3 glued after it (1500 م2،
// 300م3): metres squared or cubed, not the Gregorian era.
func (p *parser) squareMetres(k int) bool {
	return p.x(k) == xYearG && p.is(k, "م") && p.isNum(k+1) && p.glued(k+1) && (p.num(k+1) == 2 || p.num(k+1) == 3)
}

// relYear reads the modifier of العام at j-1: العام الماضي, العام ذاته; -1
// when the year is unknown.
func (p *parser) relYear(j int) (int, bool) {
	if !p.hasArticle(j-1) || p.e(j-1).ucount != 1 || j-2 >= 0 && generalNouns[p.s.norm(j-2)] {
		return 0, false
	}
	switch md := p.mod(j); md {
	case mPast, mFuture, mCurrent:
		if md == mPast && p.lastY > 0 && (p.is(j, "السابق") || p.is(j, "السابقه")) {
			return p.lastY - 1, true // العام السابق: before the last year named (previousUnit)
		}
		if !p.hasPub {
			return -1, true
		}
		y := p.pub.Year()
		if md == mPast {
			y--
		} else if md == mFuture {
			y++
		}
		return y, true
	case mSame:
		if y := p.sameYear(); y > 0 {
			return y, true
		}
		return -1, true
	}
	return 0, false
}

// centuryYear reads two digits after عام at j with an optional م: عام 67،
// عام 79م are the century's (session 7: also with م, the Gregorian year 79
// being history, not news; a Hijri year with هـ, عام 98هـ, stays as
// written). k is the token after it.
func (p *parser) centuryYear(j int) (y, k int, ok bool) {
	y, ok = p.twoDigitYear(j)
	k = j + 1
	if ok && p.e(k) != nil && p.e(k).x == xYearG {
		k++
	}
	return y, k, ok
}

// twoDigitYear reads a number of one or two digits after عام at j. العام
// 85 ألف برميل is a count, not a year. A two-digit year (حرب عام 67) is
// read in the century that puts it at most ten years after pub, with or
// without م; one digit is never a year.
func (p *parser) twoDigitYear(j int) (int, bool) {
	t := &p.s.toks[j]
	if t.nd == 1 || p.countWord(j+1) || p.isP(j+1, '.') && p.isNum(j+2) && p.glued(j+1) {
		return 0, false
	}
	ref := 2030
	if p.hasPub {
		ref = p.pub.Year() + 10
	}
	y := ref/100*100 + t.num
	if y > ref {
		y -= 100
	}
	return y, true
}

// yearNumber reads a year in digits at j with its era marker (م، هـ): a
// bare number is a year only between 1800 and 2100, or a Hijri year after
// a Hijri month (hijriCtx).
func (p *parser) yearNumber(j int, word, bare, hijriCtx bool) (y int, hij bool, k int, ok bool) {
	y = p.s.toks[j].num
	k = j + 1
	marker := false
	if e := p.e(k); e != nil && (e.x == xYearG || e.x == xYearH) {
		hij = e.x == xYearH
		marker = true
		k++
	}
	if word && !marker && p.hijriYearLikely(y, j) {
		hij = true // صدر نظامها عام 1395: a Saudi text counting in Hijri years
	}
	if word || marker {
		return y, hij, k, true
	}
	switch {
	case !bare:
		return 0, false, j, false
	case hijriCtx && y >= 1300 && y <= p.hijriYearMax():
		return y, true, k, true
	case y < 1800 || y > 2100:
		return 0, false, j, false
	}
	return y, hij, k, true
}

// hijriYearLikely reports whether a year written without م or هـ after
// عام/سنة is a Hijri year: it lies between 1300 and the Hijri year after
// the publication's (a Gregorian year of that range, before 1500, is rare
// in news and never that close to the current Hijri year).
func (p *parser) hijriYearLikely(y, j int) bool {
	if !p.hasPub || y < 1300 {
		return false
	}
	ph, _ := hijri.FromGregorian(p.pub)
	if y <= ph.Year+1 {
		return true
	}
	// a plan's target year (ستبلغ الطاقة بحلول العام 1445، سيكتمل عام 1442): up
	// to fifteen Hijri years ahead, when the text names the Hijri
	// calendar elsewhere or the year is ahead (after بحلول or in a
	// sentence in the future: a Gregorian year of that range is long
	// past; session 10)
	if y > ph.Year+15 {
		return false
	}
	return p.hijriText() || p.is(j-2, "بحلول") || p.is(j-1, "بحلول") || p.isAnyBare(j-2, edgeEndWords) || p.strongFuture(j-1)
}

// hijriYearMax is the last number read as a Hijri year after a Hijri
// month (رمضان 1436): fifteen years past the publication's Hijri year, as
// a plan's target year (hijriYearLikely); beyond it the number counts
// something (منذ انطلاق شهر رمضان 1587 زيارة, session 14). Without a
// publication date, 1600.
func (p *parser) hijriYearMax() int {
	if !p.hasPub {
		return 1600
	}
	ph, _ := hijri.FromGregorian(p.pub)
	return ph.Year + 15
}

// hijriText reports whether the text writes a year with هـ somewhere, a
// text that counts in Hijri years.
func (p *parser) hijriText() bool {
	if p.hijriSeen == 0 {
		p.hijriSeen = 2
		for k := range p.s.toks {
			if e := p.s.toks[k].e; e != nil && e.x == xYearH && k > 0 && p.isNum(k-1) {
				p.hijriSeen = 1
				break
			}
		}
	}
	return p.hijriSeen == 1
}

// calDate reads a calendar date at i: numeric (12/2/2022), day + month
// [+ year], month [+ year], or a year with its marker or noun.
func (p *parser) calDate(i int, bare bool) (d pdate, j int, ok bool) {
	if d, j, ok = p.numericDate(i); ok {
		return d, j, true
	}
	if d, j, ok = p.numericHijriMonth(i, bare); ok {
		return d, j, true
	}
	if e := p.e(i); e != nil && e.wday > 0 && e.wdal {
		return p.dateAfterWeekday(i)
	}
	if e := p.e(i); e != nil && e.unit == uDay && e.ucount == 1 && !p.hasArticle(i) && (p.dayStart(i+1) || p.e(i+1) != nil && p.e(i+1).wday > 0) {
		// يوم 12 شباط, يوم الثلاثاء 12 شباط
		if d, j, ok = p.calDate(i+1, false); ok && d.d > 0 {
			return d, j, true
		}
	}
	if e := p.e(i); e != nil && e.unit == uDay && e.ucount == 1 && !p.hasArticle(i) && p.isP(i+1, '(') && p.isP(i+3, ')') {
		// يوم (19) شوال: the day in brackets
		if dd, k, okd := p.dayNum(i + 2); okd && k == i+3 && p.isNum(i+2) {
			if d, j, ok = p.dayMonth(i+2, dd, i+4); ok {
				return d, j, true
			}
		}
	}
	if dd, k, okd := p.dayNum(i); okd {
		return p.dayMonth(i, dd, k)
	}
	if m, hij, k, amb, okm := p.monthName(i); okm {
		return p.monthDate(i, m, hij, k, amb)
	}
	if y, hij, _, k, oky := p.yearPart(i, bare); oky && y != 0 {
		return pdate{y: y, hijri: hij, yabs: true}, k, true
	}
	return pdate{}, i, false
}

// dateAfterWeekday reads a weekday before a date: الثلاثاء 12 شباط,
// الثلاثاء، 12 شباط, الثلاثاء (12 شباط).
func (p *parser) dateAfterWeekday(i int) (pdate, int, bool) {
	k := i + 1
	paren := false
	if p.isP(k, ',') {
		k++
	} else if p.isP(k, '(') {
		k++
		paren = true
	}
	if !p.dayStart(k) {
		return pdate{}, i, false
	}
	d, j, ok := p.calDate(k, false)
	if !ok || d.d <= 0 {
		return pdate{}, i, false
	}
	d = p.hijriCurrentMonth(d, int(p.e(i).wday)-1)
	if paren {
		if !p.isP(j, ')') {
			return pdate{}, i, false
		}
		j++
	}
	return d, j, true
}

// hijriCurrentMonth reads a day of «the current month» written with its
// weekday (wd, 0 = Sunday) in the Hijri calendar when the Gregorian month
// gives another weekday and the Hijri month that one: Saudi copy counts
// «الشهر الجاري» in Hijri months (يوم الخميس الـ28 من الشهر الجاري, written
// on 21 Shawwal 1436, is 28 Shawwal, 13 August 2015; session 16).
func (p *parser) hijriCurrentMonth(d pdate, wd int) pdate {
	if !d.curM || d.m != 0 || d.hijri || !p.hasPub || wd < 0 || !(d.monthM == mNone || d.monthM == mCurrent) {
		return d
	}
	g := time.Date(p.pub.Year(), p.pub.Month(), d.d, 0, 0, 0, 0, time.UTC)
	if d.d <= daysIn(p.pub.Year(), int(p.pub.Month())) && int(g.Weekday()) == wd {
		return d
	}
	h, _ := hijri.FromGregorian(p.pub)
	if n, _ := hijri.MonthLength(h.Year, h.Month); d.d > n {
		return d
	}
	t, _, ok := hijri.ToGregorian(hijri.Date{Year: h.Year, Month: h.Month, Day: d.d})
	if !ok || int(t.Weekday()) != wd {
		return d
	}
	return pdate{y: h.Year, m: h.Month, d: d.d, hijri: true, yabs: true}
}

// dayMonth reads the month after a day number dd at i ending before k:
// 12 شباط, الـ12 من الشهر الجاري, 12 الجاري.
func (p *parser) dayMonth(i, dd, k int) (pdate, int, bool) {
	k0 := k
	if p.prep(k) == prFrom {
		k++
	}
	if m, hij, k2, _, okm := p.monthName(k); okm {
		return p.afterMonth(pdate{m: m, d: dd, hijri: hij}, k2)
	}
	if h, ok := p.holyMonthAt(k); ok {
		// الخامس من الشهر الفضيل، 22 من هذا الشهر المبارك: a day of
		// Ramadan, as الشهر الفضيل is Ramadan (session 12)
		return pdate{m: 9, d: dd, hijri: true}, k + h + 2, true
	}
	if e := p.e(k); e != nil && e.unit == uMonth && e.ucount == 1 && p.hasArticle(k) {
		md := p.mod(k + 1)
		if md == mPast || md == mFuture || md == mCurrent || md == mSame {
			return pdate{d: dd, curM: true, monthM: md}, k + 2, true
		}
	}
	if e := p.e(k + 1); (p.is(k, "نفس") || p.is(k, "ذات")) && e != nil && e.unit == uMonth && e.ucount == 1 && p.hasArticle(k+1) {
		return pdate{d: dd, curM: true, monthM: mSame}, k + 2, true // يوم 21 من نفس الشهر
	}
	if p.mod(k0) == mCurrent {
		return pdate{d: dd, curM: true}, k0 + 1, true
	}
	return pdate{}, i, false
}

// monthHonorifics follow a Hijri month: رمضان المبارك.
var monthHonorifics = []string{"المبارك", "الكريم", "الحرام"}

// monthDate reads what follows a month name at i ending before k: a year
// or modifier, or nothing, when the context says it is a month.
func (p *parser) monthDate(i, m int, hij bool, k int, amb bool) (pdate, int, bool) {
	if hij && p.isAny(k, monthHonorifics) && (p.mod(k+1) != mNone || p.isNum(k+1) || p.e(k+1) != nil && p.e(k+1).unit == uYear && p.e(k+1).ucount == 1) {
		// رمضان المبارك الحالي، شهر رمضان المبارك لعام 1436: the modifier or
		// the year after the honorific is the month's (session 12)
		if d3, j3, ok3 := p.afterMonth(pdate{m: m, hijri: hij}, k+1); ok3 && (d3.y != 0 || d3.mod != mNone && d3.mod != mFutureOrNow) {
			return d3, j3, true
		}
	}
	d2, j2, ok2 := p.afterMonth(pdate{m: m, hijri: hij}, k)
	if d2.y != 0 || d2.mod != mNone {
		return d2, j2, ok2
	}
	// a month name alone must have context: not an ambiguous word, or
	// written as "شهر X", or after a preposition of time
	partCtx := hij && p.monthPartCtx(i)
	// خلال/طوال/طيلة + رمضان is the month, whatever follows (خلال رمضان
	// بواقع …; session 16); other months that are names (رجب، شعبان) are
	// not read so (طوال رجب طيب أردوغان)
	during := hij && p.prep(i-1) == prDuring && m == 9 // رمضان; not صفر "zero" nor رجب طيب أردوغان
	if amb && !(p.e(i) != nil && p.e(i).unit == uMonth) && !p.ambMonthOK(i, k) && !partCtx && !during {
		return pdate{}, i, false
	}
	if hij && p.e(i) != nil && p.e(i).unit != uMonth {
		// رمضان alone is also a name; accept after في/خلال/منذ/حتى or with المبارك
		pr := p.prep(i - 1)
		if p.e(i).hamb && !(pr == prIn || pr == prDuring || pr == prSince || pr == prUntil || pr == prBefore || pr == prAfter || p.isAny(k, monthHonorifics) ||
			partCtx) {
			return pdate{}, i, false
		}
	}
	if p.isAny(k, monthHonorifics) {
		k++
	}
	return d2, k, true
}

// deliveryWords name the month a futures contract is settled in (العقود
// الآجلة تسليم ديسمبر، خام برنت لتسليم سبتمبر).
var deliveryWords = normAll("تسليم", "لتسليم")

// deliveryBefore reports a delivery word right before token i (a quote
// mark or the month's other name may stand between): the contract's month is this one or one ahead,
// whatever tense the report is told in (session 16).
func (p *parser) deliveryBefore(i int) bool {
	k := i - 1
	if k >= 0 && p.s.toks[k].kind == tPunct && p.s.toks[k].p == '"' {
		k--
	}
	if e := p.e(k); e != nil && e.month > 0 {
		k-- // تسليم ديسمبر كانون الأول: the month's second name
	}
	return p.isAny(k, deliveryWords)
}

// afterMonth reads what may follow a month: a modifier (الماضي), a year
// (2022, عام 2022, من العام الماضي), an era marker.
func (p *parser) afterMonth(d pdate, k int) (pdate, int, bool) {
	d, j, ok := p.afterMonth1(d, k)
	if ok && d.y == 0 && d.mod == mNone {
		// فيفري أو مارس 2023: the year written after a second month
		k2 := -1
		if p.is(j, "او") || p.prep(j) == prAnd {
			k2 = j + 1
		} else if p.wawFirst(j) && p.e(j) != nil && p.e(j).month > 0 {
			k2 = j
		}
		if k2 > 0 {
			if m2, h2, k3, _, okm := p.monthName(k2); okm && h2 == d.hijri {
				if d2, _, ok2 := p.afterMonth1(pdate{m: m2, hijri: h2}, k3); ok2 && d2.y > 0 {
					d.y = d2.y
					if m2 < d.m {
						d.y--
					}
				}
			}
		}
		if d.y == 0 && p.hasPub && p.strongFuture(j) {
			d.mod = mFutureOrNow
		}
	}
	return d, j, ok
}

func (p *parser) afterMonth1(d pdate, k int) (pdate, int, bool) {
	if md := p.mod(k); md == mPast || md == mFuture || md == mCurrent || md == mSame {
		d.mod = md
		if md == mSame && p.lastY > 0 {
			d.y = p.lastY
		}
		return d, k + 1, true
	}
	if p.isP(k, '(') {
		// رمضان (1436هـ)، يونيو (2015): the year in brackets after the
		// month, in the month's calendar (session 14)
		if y, hij, rel, j2, ok := p.yearPartCal(k+1, true, d.hijri); ok && !rel && y > 0 && hij == d.hijri && p.isP(j2, ')') {
			d.y, d.yabs = y, true
			return d, j2 + 1, true
		}
	}
	j := k
	if p.isP(j, ',') || p.prep(j) == prFrom {
		j++
	}
	if y, hij, rel, j2, ok := p.yearPartCal(j, true, d.hijri); ok {
		if d.hijri && !hij && y > 1700 {
			// a Gregorian year after a Hijri month: a relative one (ذو
			// القعدة من هذا العام، رمضان من العام الماضي) moves the Hijri year
			// of the publication as much; a written one leaves the month
			// its nearest year (session 11; before, 2015 was read as a
			// Hijri year)
			d.y = 0
			if rel && p.hasPub {
				h, _ := hijri.FromGregorian(p.pub)
				d.y, d.yabs = h.Year+y-p.pub.Year(), true
			} else if !rel && d.m > 0 {
				d.y, d.yabs = hijriYearIn(y, d.m), true // رمضان 2015: Ramadan 1436
			}
			return d, j2, true
		}
		if y < 0 {
			d.y = 0
			d.mod = mCurrent
		} else {
			d.y = y
			d.yabs = true
		}
		if hij {
			d.hijri = true
		}
		return d, j2, true
	}
	return d, k, true
}

// hijriYearIn is the Hijri year whose month m begins in Gregorian year y
// (the first, when two do), or 0.
func hijriYearIn(y, m int) int {
	h, _ := hijri.FromGregorian(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
	for hy := h.Year; hy <= h.Year+1; hy++ {
		if t, _, ok := hijri.ToGregorian(hijri.Date{Year: hy, Month: m, Day: 1}); ok && t.Year() == y {
			return hy
		}
	}
	return 0
}

// numericDate reads 12/2/2022, 2022-02-12, 12.2.2022, 1443/7/11هـ.
func (p *parser) numericDate(i int) (pdate, int, bool) {
	if !p.isNum(i) || !p.isNum(i+2) || !p.isNum(i+4) {
		return pdate{}, i, false
	}
	sep := p.s.toks[i+1]
	if sep.kind != tPunct || (sep.p != '/' && sep.p != '-' && sep.p != '.') || !p.isP(i+3, sep.p) {
		return pdate{}, i, false
	}
	a, b, c := p.s.toks[i], p.s.toks[i+2], p.s.toks[i+4]
	// a day, a month and a four-digit year with spaced dashes (24- 10 -
	// 1436هـ, 3 – 11 - 1436هـ) are a date: no score has three parts and a
	// year (session 17)
	spacedOK := sep.p == '-' && c.nd == 4 && a.nd <= 2 && b.nd <= 2 && !p.isP(i+5, '-') && !p.isP(i-1, '-')
	for k := i + 1; k <= i+4 && sep.p != '/' && !spacedOK; k++ {
		if p.s.toks[k].sp {
			return pdate{}, i, false // 3 - 1 is a score; slashes may be spaced (21 /10 /1436هـ)
		}
	}
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = a.num, b.num, c.num
	case c.nd == 4 && a.nd <= 2 && b.nd <= 2:
		y, m, d = c.num, b.num, a.num
		if m > 12 && d <= 12 { // 2/13/2022: month first
			m, d = d, m
		}
	default:
		return pdate{}, i, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2200 {
		return pdate{}, i, false
	}
	j := i + 5
	hij := y < 1600
	if e := p.e(j); e != nil && (e.x == xYearG || e.x == xYearH) {
		hij = e.x == xYearH
		j++
	}
	return pdate{y: y, m: m, d: d, hijri: hij, yabs: true}, j, true
}

// numericHijriMonth reads a Hijri month written as numbers, month / year
// with هـ (3 /1436 هـ: Rabi' al-Awwal 1436), or without هـ as the second
// end of a range (bare), the year then between 1300 and 1600. A number
// of a decree (رقم 3/1436) or a part of a longer date is not one.
func (p *parser) numericHijriMonth(i int, bare bool) (pdate, int, bool) {
	if !p.isNum(i) || !p.isP(i+1, '/') || !p.isNum(i+2) || p.s.toks[i].nd > 2 || p.s.toks[i+2].nd != 4 ||
		p.isP(i-1, '/') || p.isP(i+3, '/') || p.is(i-1, "رقم") {
		return pdate{}, i, false
	}
	m, y := p.num(i), p.num(i+2)
	if m < 1 || m > 12 || y < 1300 || y > 1600 {
		return pdate{}, i, false
	}
	j := i + 3
	if p.x(j) == xYearH {
		j++
	} else if !bare {
		return pdate{}, i, false
	}
	return pdate{y: y, m: m, hijri: true, yabs: true}, j, true
}

// dateRange reads a calendar date at k (a mention starting at token i,
// which may be من/بين before k) and, after it, إلى/حتى/- or و (after بين)
// and a second date: a range.
func (p *parser) dateRange(k, i int) (cand, bool) {
	// عامي 2013 و2014 without بين are two years (two mentions), بين عامي
	// 2010 و2015 the range
	between := i < k && (p.prep(i) == prBetween || p.isAny(i, constructDuals))
	d1, j, ok := p.rangeStart(k, i)
	if !ok {
		return cand{}, false
	}
	if c, ok := p.rangeAfter(d1, i, j, between); ok {
		return c, true
	}
	if d1.m == 0 && d1.y == 0 && !d1.curM {
		return cand{}, false // a bare day number
	}
	if i < k {
		return cand{}, false // من 2010 without a second date: the date alone is found at k
	}
	r := p.resolve(d1)
	c := cand{i: i, j: j, kind: "date", r: r, dayOK: d1.d > 0}
	return p.withTime(c), true
}

// rangeAfter reads the rest of a range whose first date d1 ends before j:
// a separator (إلى، حتى، -, و after بين or after a bare day) and the
// second date, or the second date with و glued to it after بين.
func (p *parser) rangeAfter(d1 pdate, i, j int, between bool) (cand, bool) {
	pr := p.prep(j)
	if pr == prUntil || p.isP(j, '-') || (between && pr == prAnd) || (pr == prAnd && d1.m == 0 && d1.y == 0 && d1.d > 0) {
		k2 := j + 1
		for pr == prAnd && !between && p.isNum(k2) && p.is(k2+1, "و") && p.isNum(k2+2) && p.num(k2+2) == p.num(k2)+1 {
			k2 += 2 // 8 و9 و10 جانفي: consecutive days, one range
		}
		if c, ok := p.rangeEnd(d1, i, k2); ok {
			if pr == prAnd && !between && k2 == j+1 && p.isNum(k2) && p.num(k2) != d1.d+1 {
				// في 14 و17 أغسطس: two days apart, not a stretch: two
				// dates, the first taking the second's month (session 12;
				// consecutive days and بين/يومي stay one range)
				if a, _, ok := strings.Cut(c.r.value, "/"); ok && len(a) == 10 {
					if t, err := time.Parse("2006-01-02", a); err == nil {
						// the first date keeps its Hijri day and calendar
						// (في 2 و5 رمضان 1436هـ) and its own Gregorian day
						h, _, _ := strings.Cut(c.r.hijri, "/")
						r := resolved{value: a, hijri: h, cal: c.r.cal, y: t.Year(), m: int(t.Month()), d: t.Day()}
						if prev := t.AddDate(0, -1, 0); c.r.hijri == "" && d1.d > p.num(k2) && prev.Day() == d1.d {
							// في 30 و2 سبتمبر: the first day is the previous
							// month's, where the second's month began
							r = resolved{value: p.day(prev), y: prev.Year(), m: int(prev.Month()), d: prev.Day()}
						}
						c = cand{i: i, j: j, kind: "date", dayOK: true, r: r}
					}
				}
			}
			return c, true
		}
	}
	if d1.m == 0 && d1.y == 0 && d1.d > 0 && p.startsWithWaw(j) {
		// السابع والثامن من تموز، الخامس والسادس والسابع من أغسطس:
		// consecutive ordinal days with و glued, one range
		k2, last := -1, d1.d
		for k := j; p.startsWithWaw(k); {
			dd, k3, ok := p.ordinal(k)
			if !ok || dd <= last || dd != last+1 && !(between && k == j) {
				break // بين الأول والخامس: any later day after بين
			}
			k2, last, k = k, dd, k3
		}
		if k2 >= 0 {
			if c, ok := p.rangeEnd(d1, i, k2); ok {
				return c, true
			}
		}
	}
	if between && p.wawFirst(j) && p.x(j) == xArticle && p.isNum(j+1) {
		return p.rangeEnd(d1, i, j) // بين الأول والـ15 من تموز: و glued to the second's article
	}
	if between && d1.m > 0 && p.startsWithWaw(j) && p.e(j) != nil && (p.e(j).month > 0 || p.e(j).hmonth > 0) {
		return p.rangeEnd(d1, i, j) // بين ديسمبر 2015 وفبراير 2016: و glued to the second month
	}
	return cand{}, false
}

// rangeStart reads the first date of a range at k: a date, or a bare day
// number (بين عامي 2010 و2015, بين 10 و20 شباط, 2 و3 آذار).
func (p *parser) rangeStart(k, i int) (pdate, int, bool) {
	if i < k && p.prep(i) == prFrom && p.e(k) != nil && p.e(k).part != pNone && p.e(k+1) != nil && p.e(k+1).unit == uDay && p.e(k+1).ucount == 1 {
		k++ // من صباح يوم الأحد … وحتى يوم الاثنين: a range of days
	}
	bare := i < k || p.yearContext(i)
	if d, j, ok := p.calDate(k, bare); ok {
		return d, j, true
	}
	if i < k && p.isNum(k) && p.isP(k+1, '/') && p.isNum(k+2) && p.s.toks[k].nd <= 2 && p.s.toks[k+2].nd <= 2 && !p.isP(k+3, '/') &&
		(p.prep(k+3) == prUntil || p.isP(k+3, '-')) {
		// من 6 / 11 حتى 1 / 12 / 1436 هـ: a day and a month, the year
		// (and calendar) the second date's (session 17)
		if dd, mm := p.num(k), p.num(k+2); dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 {
			return pdate{d: dd, m: mm, mnum: true}, k + 3, true
		}
	}
	if (i < k || p.dayStart(k)) && !p.isP(k-1, '/') {
		if dd, j, ok := p.dayNum(k); ok {
			return pdate{d: dd}, j, true
		}
	}
	return pdate{}, 0, false
}

// rangeEnd reads the second date of a range at k2, after the separator,
// and resolves the range from i: the first date takes what it lacks
// (month, year) from the second.
func (p *parser) rangeEnd(d1 pdate, i, k2 int) (cand, bool) {
	if p.prep(k2) == prIn {
		k2++
	}
	d2, j2, ok2 := p.calDate(k2, true)
	if !ok2 {
		if dd, j3, okd := p.dayNum(k2); okd && d1.m > 0 && d1.d > 0 {
			d2, j2, ok2 = pdate{d: dd, m: d1.m, y: d1.y, hijri: d1.hijri}, j3, true
		}
	}
	if ok2 && d1.mnum && d1.y == 0 {
		d1.hijri = d2.hijri // من 6 / 11 حتى 1 / 12 / 1436 هـ
	}
	if !ok2 || !compatible(d1, d2) {
		return cand{}, false
	}
	p.shareRange(&d1, &d2)
	r1, r2 := p.resolve(d1), p.resolve(d2)
	v1, v2 := r1.value, r2.value
	if len(v1) > 10 && v1[10] == '/' {
		v1 = v1[:10]
	}
	if len(v2) > 10 && v2[10] == '/' {
		v2 = v2[11:]
	}
	v1, v2 = orderRange(v1, v2, d1.yabs, d2.yabs)
	if d1.yabs && d2.yabs && len(v1) == len(v2) && v1 > v2 && digits(v1[:4]) && digits(v2[:4]) && p.bcAfter(j2) == 0 && !(p.isP(j2, ')') && p.bcAfter(j2+1) > 0) {
		// بين عامي 2015 و2014: a later year first is a comparison of two
		// dates, no stretch of time (session 16; before, 2015/2014);
		// years before Christ count down (بين عامي 2181 و2050 قبل الميلاد)
		return cand{}, false
	}
	h := ""
	if r1.hijri != "" && r2.hijri != "" {
		h = r1.hijri + "/" + r2.hijri
	}
	return cand{i: i, j: j2, kind: "range", r: resolved{value: v1 + "/" + v2, hijri: h, cal: r2.cal, y: r2.y, m: r2.m}}, true
}

// orderRange puts the ends of a range of days or months whose years were
// not both written in order across a year boundary (من 28 ديسمبر إلى 3
// يناير, each end resolved alone in a future sentence of January: 28
// December this year, 3 January next year): the end written without a
// year moves a year on, else the start a year back (session 11).
func orderRange(v1, v2 string, abs1, abs2 bool) (string, string) {
	if len(v1) != len(v2) || len(v1) != 7 && len(v1) != 10 || v1 <= v2 || abs1 && abs2 || !digits(v1[:4]) || !digits(v2[:4]) {
		return v1, v2
	}
	y1, _ := strconv.Atoi(v1[:4])
	y2, _ := strconv.Atoi(v2[:4])
	if y1 != y2 || v1[5:7] <= v2[5:7] {
		return v1, v2
	}
	if !abs2 {
		return v1, yearStr(y2+1) + v2[4:]
	}
	return yearStr(y1-1) + v1[4:], v2
}

// shareRange gives the first date of a range what it lacks from the
// second (its month, year and modifier: 10 و20 شباط 2024), and puts the
// end of a range of months with no year after its start (بين نوفمبر
// وفبراير: February of the year after November's).
func (p *parser) shareRange(d1, d2 *pdate) {
	if d1.m == 0 && d1.d > 0 {
		d1.m, d1.hijri = d2.m, d2.hijri
		if d2.curM && d1.y == 0 {
			d1.curM, d1.monthM = true, d2.monthM // من 14 إلى 27 من الشهر الجاري
		}
	}
	if d1.y == 0 && d2.y != 0 && (d1.m > 0 || d2.m == 0) {
		d1.y = d2.y
		if d1.m > d2.m && d2.m > 0 {
			d1.y--
		}
		d1.mod = d2.mod
	}
	if d1.mod == mNone {
		d1.mod = d2.mod
	}
	if d1.y == 0 && d2.y == 0 && d1.mod == mNone && d1.m > d2.m && d2.m > 0 && !d1.hijri && !d2.hijri && p.hasPub {
		if r := p.resolve(*d1); r.y > 0 {
			// the start keeps the year it was resolved to, the end the
			// next (بين 30 ديسمبر و2 يناير in a future sentence of January:
			// this December and next January)
			d1.y, d1.yabs = r.y, true
			d2.y, d2.yabs = r.y+1, true
		}
	}
	if d1.y == 0 && d2.y == 0 && d1.mod == mNone && d1.m > 0 && d1.m < d2.m && d1.d == 0 && !d1.hijri && !d2.hijri && p.hasPub {
		// بين يناير ويوليو: the months of one year, the end's (session 9;
		// each resolved alone, January could fall in the next year)
		if r := p.resolve(*d2); r.y > 0 {
			d1.y, d1.yabs = r.y, true
		}
	}
}

// yearContext reports whether a bare four-digit number at i reads as a
// year: after a preposition of time (في, منذ, حتى, خلال, قبل, بعد) or an
// edge word (مطلع), or before punctuation or the end.
func (p *parser) yearContext(i int) bool {
	if !p.isNum(i) || p.s.toks[i].nd != 4 {
		return false
	}
	if pr := p.prep(i - 1); p.countWord(i+1) && !p.glued(i+1) && (pr == prUntil || pr == prAnd) {
		// ارتفعت الرواتب إلى 1800 ريال، بين 1000 و2000 دينار: a count
		// with its noun (session 16); after في/منذ a year stays one (وفي
		// 2014 صوت البرلمان، وفي 2016 ألف الكاتب: verbs)
		return false
	}
	if year, known := p.yearAfterPrep(i); known {
		return year
	}
	if p.x(i-1) == xEdge {
		return true
	}
	if p.isP(i+1, '-') && p.isNum(i+2) && p.s.toks[i+2].nd == 4 && (p.glued(i+1) == p.glued(i+2) || p.num(i+2) > p.num(i) && p.num(i) >= 1900 && p.num(i+2) <= 2100) {
		return true // 2011-2015; 2016 -2020 (a later year after the dash, session 14)
	}
	if e := p.e(i - 1); e != nil && (e.unit == uYear || e.card > 0 && p.hasArticle(i-1) && p.e(i-2) != nil && p.e(i-2).unit == uYear) {
		return true // الأعوام الثلاثة 2023
	}
	if p.operationName(i) {
		return false // مناورات درع الخليج 2023: the year belongs to the name
	}
	if y := p.num(i); y >= 1900 && y <= 2099 && i > 0 && p.s.toks[i-1].kind == tWord && !quantityWords[p.s.norm(i-1)] && p.prep(i-1) != prFrom {
		if p.yearAfterNoun(i) {
			return true
		}
	}
	if y := p.num(i); y >= 1900 && y <= 2099 && p.is(i-1, lamWord) && p.clauseEnd(i+1) {
		return true // ميزانية الدولة لـ 2017. : a count has its noun after it (session 15)
	}
	if y := p.num(i); y >= 1900 && y <= 2099 && p.isP(i-1, '(') && p.prep(i+1) == prAnd && p.isNum(i+2) && p.s.toks[i+2].nd == 4 && p.num(i+2) > y && p.num(i+2) <= 2099 {
		return true // (2000 و2001 و2009): the first of a list of years (session 15)
	}
	return p.yearInPunct(i)
}

// clauseEnd reports punctuation that ends a clause at k, or the end of
// the text: a number there has no counted noun after it.
func (p *parser) clauseEnd(k int) bool {
	if k >= len(p.s.toks) {
		return true
	}
	return p.isP(k, '.') && !p.isNum(k+1) || p.isP(k, ',') || p.isP(k, ';') || p.isP(k, ')')
}

// operationHeads are the nouns that head the names of exercises,
// operations and agreements: the year that ends such a name (مناورات درع
// الخليج 2023، عملية عاصفة الحزم 2015، اتفاقية باريس 2015) is part of the
// name, an entity of type MISC, not a date.
var operationHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`مناورات مناورة تمرين تمارين تدريبات عملية العملية اتفاقية الاتفاقية اتفاق
		الاتفاق اتفاقيه معاهدة المعاهدة بروتوكول البروتوكول مذكرة`) {
		m[norm(w)] = true
	}
	return m
}()

// operationName reports whether the bare year at i ends the name of an
// exercise, an operation or an agreement: one of operationHeads (after its
// proclitic) at most four words before it, with only words between.
func (p *parser) operationName(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := &p.s.toks[k]
		if t.kind != tWord || p.e(k) != nil && (p.e(k).unit != uNone || p.e(k).prep != prNone) {
			return false
		}
		w := p.s.norm(k)
		if operationHeads[w] {
			return true
		}
		if len(w) > 2 && (w[:2] == "و" || w[:2] == "ل" || w[:2] == "ب" || w[:2] == "ف") && operationHeads[w[2:]] {
			return true
		}
	}
	return false
}

// yearAfterPrep reads the preposition before a number at i: known says
// whether it decides, year whether the number is a year.
// yearBeforeBrackets reports a bracket closing at k whose opening one
// (at most ten tokens back) follows a year written after its noun or a
// preposition of time.
func (p *parser) yearBeforeBrackets(k int) bool {
	if !p.isP(k, ')') {
		return false
	}
	for n := k - 1; n >= 1 && n >= k-10; n-- {
		if p.isP(n, '(') {
			// the year after its noun or a preposition of time (not
			// yearContext again: a long list would be read over and over)
			if !p.isNum(n-1) || p.s.toks[n-1].nd != 4 {
				return false
			}
			e := p.e(n - 2)
			return e != nil && e.unit == uYear && e.ucount == 1 || p.prep(n-2) == prIn || p.prep(n-2) == prSince || p.prep(n-2) == prUntil
		}
		if p.isP(n, ')') {
			return false
		}
	}
	return false
}

func (p *parser) yearAfterPrep(i int) (year, known bool) {
	switch p.prep(i - 1) {
	case prIn, prSince, prUntil, prBefore, prAfter, prDuring, prBetween:
		return true, true
	case prAnd:
		// a list of years: 2023 و2024; عام 2016 (2.1 في المائة) و2017
		// (2.6 في المائة), each with its figure in brackets (session 16)
		return p.isNum(i-2) && p.s.toks[i-2].nd == 4 || p.isP(i-2, ',') && p.isNum(i-3) && p.s.toks[i-3].nd == 4 || p.yearBeforeBrackets(i-2), true
	case prFrom:
		if p.isAnyBare(i-2, asFromWords) {
			return true, true // بدءا من 2017، اعتبارا من 2016: "as from" a year (session 14)
		}
	}
	return false, false
}

// asFromWords say "as from", "starting with" before من: what follows من
// is a point in time, never a quantity (أكثر من 2017 is).
var asFromWords = normAll("بدءا", "بدءاً", "بدأ", "ابتداء", "ابتداءً", "إبتداء", "اعتبارا", "اعتباراً", "إعتبارا", "انطلاقا", "انطلاقاً")

// yearInPunct reports a number at i between punctuation: (1989), ، 2015،
func (p *parser) yearInPunct(i int) bool {
	if i != 0 && !p.isP(i-1, '(') && !p.isP(i-1, ',') {
		return false
	}
	if i+1 >= len(p.s.toks) {
		return true
	}
	nt := &p.s.toks[i+1]
	return nt.kind == tPunct && (nt.p == ')' || nt.p == ',' || nt.p == '.' && (i+2 >= len(p.s.toks) || !p.isNum(i+2)))
}

// yearAfterNoun reports whether a number at i after a noun is a year:
// رؤية 2030، مونديال 2022 في قطر, before punctuation or a function word (a
// count is followed by its noun: 2000 شخص).
func (p *parser) yearAfterNoun(i int) bool {
	if i+1 >= len(p.s.toks) {
		return true
	}
	nt := &p.s.toks[i+1]
	if nt.kind == tPunct {
		switch nt.p {
		case ',', ')', ';', '"', '!', '?', ']':
			return true
		case '.':
			return i+2 >= len(p.s.toks) || !p.isNum(i+2)
		}
		return false
	}
	return nt.kind == tWord && (p.prep(i+1) != prNone || p.wawFirst(i+1) || yearFollowers[p.s.norm(i+1)] ||
		p.weekdayAt(i+1) || p.is(i+1, "يوم") && p.weekdayAt(i+2) || p.baPhrase(i+1))
}

// baPhrase reports a word with ب and the article glued (بالعاصمة،
// بالإضافة): a prepositional phrase after a year that ends a name (بطولة
// العالم 2015 بالعاصمة بكين; session 16), not «per cent» (2000 بالمئة).
func (p *parser) baPhrase(k int) bool {
	w := p.s.norm(k)
	return strings.HasPrefix(w, "بال") && len(w) > len("بال")+2 && !strings.HasPrefix(w, "بالمئ") && !strings.HasPrefix(w, "بالمائ") && !strings.HasPrefix(w, "بالمي")
}

// weekdayAt reports whether token k names a weekday (السبت، الأحد): a
// weekday after a number is no counted noun, so «مونديال 2018 السبت» and
// «قرعة 2018 يوم السبت» are a year and the day (session 15).
func (p *parser) weekdayAt(k int) bool {
	e := p.e(k)
	return e != nil && e.wday > 0
}

func compatible(a, b pdate) bool {
	if a.hijri != b.hijri && (a.m > 0 && b.m > 0 || a.m == 0 && b.m == 0 && a.d == 0 && b.d == 0) {
		return false // 1436هـ ـ 2015م: one year in two calendars, not a range
	}
	if (a.d > 0) != (b.d > 0) && a.m > 0 && b.m > 0 {
		return false
	}
	if a.d > 0 && a.m == 0 && b.d == 0 {
		return false
	}
	if a.m == 0 && a.d == 0 && (b.m > 0) {
		return false // 2010 إلى 12 شباط
	}
	if a.m == 0 && a.d == 0 && a.y == 0 {
		return false
	}
	return true
}

// countWords are nouns and multipliers that follow a count: a number before
// one of them is not a year (العام 85 ألف برميل).
var countWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ألف آلاف الف مليون ملايين مليار مليارات برميل براميل طن أطنان دولار دولارا
		دولاراً يورو دينار دينارا ريال ريالا درهم درهما جنيه جنيها ليرة شخص شخصا أشخاص قتيلا قتيل جريحا
		مصابا مواطن مواطنا لاجئ لاجئا نازح نازحا طفل طفلا امرأة منزل منزلا مترا متر كيلومتر كيلومترا
		كلم كم ميغاواط هكتار هكتارا بالمئة بالمائة في% % نقطة صوت صوتا مقعدا مقعد وحدة عامل عاملا
		موظف موظفا طالب طالبا سائح سائحا حاج حاجا معتمر معتمرا مصل مصليا سيارة شاحنة شاحنات`) {
		m[norm(w)] = true
	}
	return m
}()

// countWord reports whether token i is a word of countWords.
func (p *parser) countWord(i int) bool {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	t := &p.s.toks[i]
	return countWords[string(p.s.nbuf[t.nstart:t.nend])]
}

// ambMonthOK accepts a month name that is also a common word (مارس
// "practised", آب "father") at i when a preposition of time comes before
// it and no object or noun follows it (k): حتى مارس، في آب. المقبل etc.
// are read before this is asked.
func (p *parser) ambMonthOK(i, k int) bool {
	if p.isAny(i-1, deliveryWords) {
		return true // تسليم مارس; not آب after تسليم أغسطس, its second name
	}
	switch p.prep(i - 1) {
	case prIn, prDuring, prSince, prUntil, prBefore, prAfter:
	default:
		return false
	}
	if k >= len(p.s.toks) || p.s.toks[k].kind == tPunct {
		return true
	}
	return p.prep(k) != prNone && p.prep(k) != prFrom || p.wawFirst(k) || p.startsWithWaw(k)
}

// monthEdges are the edge words after which a Hijri month named alone
// is the month (نهاية رمضان، منتصف شوال; session 12): أول and آخر are
// left out, also "first" and "another".
var monthEdges = normAll("نهاية", "بداية", "منتصف", "أواخر", "اواخر", "أوائل", "مطلع", "مستهل", "أواسط", "ختام", "خواتيم")

// monthPartCtx reports whether the Hijri month named alone at i follows
// an edge (نهاية رمضان) or a part of a month and من (النصف الثاني من
// رمضان): a month, not the name رمضان.
func (p *parser) monthPartCtx(i int) bool {
	return p.isAnyBare(i-1, monthEdges) && !p.hasArticle(i-1) || p.prep(i-1) == prFrom && p.monthPartHead(i-2)
}

// monthPartHead reports whether the words ending at k name a part of a
// month before «من» (النصف الثاني، الأسبوع الأخير): what follows is a month
// (النصف الثاني من رمضان; session 12).
func (p *parser) monthPartHead(k int) bool {
	if k < 1 || !p.hasArticle(k) {
		return false
	}
	if _, _, ok := p.ordinal(k); !ok && !p.is(k, "الاخير") {
		return false
	}
	return p.is(k-1, "النصف") || p.is(k-1, "الاسبوع")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lamWord is ل written apart from its noun (لـ 2017), normalised.
var lamWord = norm("لـ")
