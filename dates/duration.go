package dates

// Durations, relative units (الأسبوع الماضي) and sets.

import (
	"github.com/rasid/rasid/dates/hijri"
	"strconv"
	"strings"
	"time"
)

// count reads a number of units at i: 3, ثلاثة, خمسة وعشرين, بضعة. It
// returns n = -1 for an unknown count (بضعة).
func (p *parser) count(i int) (n, j int, ok bool) {
	if p.isNum(i) {
		t := &p.s.toks[i]
		if t.nd > 6 {
			return 0, i, false
		}
		// 79.5 or 1,5: the tail of a decimal number
		if (p.isP(i-1, '.') || p.isP(i-1, ',')) && p.glued(i) && p.isNum(i-2) && p.glued(i-1) {
			return 0, i, false
		}
		n, j = t.num, i+1
		// 1,500 or 2.5: not a count of units we handle
		if (p.isP(j, ',') || p.isP(j, '.')) && p.isNum(j+1) && p.glued(j) && p.glued(j+1) {
			return 0, i, false
		}
		n, j = p.thousands(n, j)
		return n, j, true
	}
	e := p.e(i)
	if e == nil {
		return 0, i, false
	}
	if e.x == xFew {
		return -1, i + 1, true
	}
	if e.card == 0 || p.hasArticle(i) {
		return 0, i, false
	}
	if (e.card == 1000 || e.card == 2000) && (p.isNum(i-1) || p.e(i-1) != nil && p.e(i-1).card > 0) {
		return 0, i, false // 100 ألف ساعة: the multiplier of a count before it, no count of its own
	}
	if e2 := p.e(i + 1); e.card == 1 && e2 != nil && e2.unit != uNone && e2.ucount == 0 {
		return 0, i, false // أحد أشهر المعالم "one of the most famous", أحد أيام الأسبوع: no count (session 16)
	}
	n, j = e.card, i+1
	if n < 10 {
		if e2 := p.e(j); e2 != nil && e2.teen && !e2.ual {
			// أربعة عشر ألف سنة: the whole teen is multiplied (session
			// 15 review; before, عشر ألف سنة alone was read, P10000Y)
			n, j = p.thousands(n+10, j+1)
			return n, j, true
		}
		if e2 := p.e(j); e2 != nil && e2.ten && (p.startsWithWaw(j)) {
			return n + e2.card, j + 1, true
		}
		if p.is(j, "و") {
			if e2 := p.e(j + 1); e2 != nil && e2.ten {
				return n + e2.card, j + 2, true
			}
		}
	}
	if e2 := p.e(j); n >= 100 && n%100 == 0 && n <= 1000 && p.startsWithWaw(j) && (p.isNum(j) || e2 != nil && e2.card > 0 && e2.card < 100) {
		// مائة وسبع دقائق، مئتين وخمسين عاماً: the hundreds and what is
		// joined to them (session 12; before, the last number alone).
		// Only a number below 100 is read on, so a chain «مائة ومائة
		// ومائة …» costs one step per number, not a re-read of the rest.
		if n2, j2, ok := p.count(j); ok && n2 > 0 && n2 < 100 {
			return n + n2, j2, true
		}
	}
	if n == 100 || n == 1000 {
		// مئة عام, ألف عام
		return n, j, true
	}
	if e.teen && p.e(i-1) != nil && p.e(i-1).card > 0 && p.e(i-1).card < 10 {
		return n, j, true // عشر after a unit word is the tail of a teen: no multiplier on it alone
	}
	n, j = p.thousands(n, j)
	return n, j, true
}

// multipliers are the words that multiply a count before its unit: 130
// ألف سنة، خمسة ملايين عام.
var multipliers = map[string]int{norm("ألف"): 1000, norm("آلاف"): 1000, norm("الاف"): 1000,
	norm("مليون"): 1000000, norm("ملايين"): 1000000, norm("مليار"): 1000000000, norm("مليارات"): 1000000000}

// thousands reads a multiplier at j after a count n when a year noun
// follows it directly (130 ألف سنة: P130000Y; session 15, as the read
// sets' annotators wrote كل 23 ألف سنة، حوالى 140 ألف سنة). Not before a
// year (6 ملايين عام 1436هـ: six million in that year) nor a count of
// anything else (43 ألف عامل).
func (p *parser) thousands(n, j int) (int, int) {
	if j >= len(p.s.toks) || p.s.toks[j].kind != tWord || p.s.toks[j].cstart != p.s.toks[j].start {
		return n, j
	}
	t := &p.s.toks[j]
	mult := multipliers[string(p.s.nbuf[t.nstart:t.nend])]
	if mult == 0 || n <= 0 || n >= 1000 {
		return n, j
	}
	if u, _, ok := p.unitAfter(j + 1); !ok || u != uYear || p.isNum(j+2) {
		return n, j // 500 ألف ليلة سياحية، 100 ألف ساعة تدريبية: counts of stays and hours
	}
	return n * mult, j + 1
}

// unitAfter reads the unit after a count at j. A unit with a proclitic is
// not the counted noun: a counted noun follows its number directly, so
// «2010 وعام 2012» is a list of years and «الأمر عدد 1293 لسنة 2013» the
// number of a decree, not 2010 or 1293 years.
func (p *parser) unitAfter(j int) (u int8, k int, ok bool) {
	e := p.e(j)
	if e == nil || e.unit == uNone || e.ual || p.s.toks[j].cstart > p.s.toks[j].start {
		return uNone, j, false
	}
	if e.ucount == 2 {
		return uNone, j, false
	}
	return e.unit, j + 1, true
}

// isAge reports whether a count at i is someone's age: العمر 45 عاماً,
// (45 عاماً), البالغ 45 عاماً.
func (p *parser) isAge(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.x(k) == xAge {
			return true
		}
		if p.s.toks[k].kind == tPunct && p.s.toks[k].p != '(' {
			break
		}
	}
	if p.isP(i-1, '(') && p.isP(j, ')') {
		return true
	}
	// ألفريد ماكدونالد، 26 عاماً، خريج…
	if e := p.e(j - 1); e != nil && e.unit == uYear && p.isP(i-1, ',') && (p.isP(j, ',') || p.isP(j, '.')) && i >= 2 && p.s.toks[i-2].kind == tWord && p.s.toks[i-2].e == nil {
		return true
	}
	return false
}

// duration reads a count and a unit: ثلاثة أيام (P3D), 24 ساعة (PT24H).
func (p *parser) duration(i int) (cand, bool) {
	if c, ok := p.decimalDuration(i); ok {
		return c, true
	}
	n, j, ok := p.count(i)
	if !ok {
		return cand{}, false
	}
	u, k, ok := p.unitAfter(j)
	if !ok && n > 0 && p.isNum(i) && j == i+1 && !p.isNum(i-2) && !p.isP(i-2, '/') &&
		(p.isP(i-1, '(') && p.isP(j, ')') || p.isP(i-1, '/') && p.isP(j, '/') && !p.glued(i) && !p.glued(j)) {
		// a count in brackets or between spaced slashes, as Saudi
		// official copy writes it: (12) يوما، ولمدة / 10 / أيام (session 10)
		if u2, k2, ok2 := p.unitAfter(j + 1); ok2 && u2 != uDecade && !p.isNum(k2) {
			return cand{i: i - 1, j: k2, kind: "duration", r: resolved{value: durValue(n, u2)}}, true
		}
	}
	if !ok && n > 0 {
		return p.countRange(i, j, n)
	}
	if !ok || (n == 0) {
		return cand{}, false
	}
	if u == uDay && p.is(j, "يوم") && p.weekdayAt(k) {
		return cand{}, false // مونديال 2018 يوم السبت: a year, then the day (session 15)
	}
	if u == uNight && (!p.is(j, "ليال") && !p.is(j, "ليالي") && !p.is(j, "ليله") || n >= 1000) {
		// ألف ليلة وليلة: a title, no length of nights
		return cand{}, false
	}
	if u == uSecond && !p.is(j, "ثانيه") && !p.is(j, "ثوان") && !p.is(j, "ثواني") {
		return cand{}, false
	}
	if u == uDecade && n < 0 {
		return cand{}, false
	}
	if u == uDecade && !p.decadeContext(i, k) {
		return cand{}, false // توقيع ثلاثة عقود: contracts
	}
	if k2, ok := p.secondCount(i, k, n, u); ok {
		// بين تسع سنوات و15 سنة، من ثلاثة أيام إلى خمسة أيام: a length
		// given as two numbers, each with its unit
		return cand{i: p.approxStart(i), j: k2, kind: "duration", r: resolved{value: durValue(-1, u)}}, true
	}
	if n > 0 && p.hasPub && p.isAny(k, goneBy) && (u == uDay || u == uWeek || u == uMonth || u == uYear) &&
		p.prep(i-1) == prUntil && !p.isAge(i, k) {
		// تعود إلى 30 سنة مضت: a count of units "gone by" after إلى or
		// حتى is the time it points back to, as «قبل 30 سنة» (session
		// 15). Elsewhere it stays a length: طوال سبعين سنة مضت، طيلة
		// أعوام مضت، ديون سنوات مضت (a stretch of years, as unannotated
		// copy showed)
		return cand{i: p.approxStart(i), j: k + 1, kind: "date", r: resolved{value: p.shift(-n, u)}}, true
	}
	v := durValue(n, u)
	if k2, ok := p.andHalf(k, u); n > 0 && ok {
		v, k = halfOf(n, u), k2 // عامين ونصف: P2Y6M
	} else if v2, k2, ok := p.compound(n, u, k); ok {
		v, k = v2, k2 // 4 ساعات و25 دقيقة: PT4H25M
	}
	return cand{i: p.approxStart(i), j: k, kind: "duration", r: resolved{value: v}}, true
}

// decimalThousands reads a decimal count of thousands, millions or
// billions of years (3.45 مليار سنة، 1.5 مليون عام): a whole number of
// years, as thousands reads 130 ألف سنة (session 16).
func (p *parser) decimalThousands(i int) (cand, bool) {
	if i+3 >= len(p.s.toks) {
		return cand{}, false
	}
	t := &p.s.toks[i+3]
	if t.kind != tWord || t.cstart != t.start {
		return cand{}, false
	}
	mult := multipliers[string(p.s.nbuf[t.nstart:t.nend])]
	if mult == 0 || p.s.toks[i].nd > 3 || p.s.toks[i+2].nd > 3 {
		return cand{}, false
	}
	if u, _, ok := p.unitAfter(i + 4); !ok || u != uYear || p.isNum(i+5) {
		return cand{}, false
	}
	frac := p.s.text[p.s.toks[i+2].start:p.s.toks[i+2].end]
	if strings.Trim(frac, "0123456789") != "" {
		return cand{}, false
	}
	f, _ := strconv.Atoi(frac)
	div := 1
	for range frac {
		div *= 10
	}
	if mult%div != 0 {
		return cand{}, false
	}
	n := p.num(i)*mult + f*(mult/div)
	start := p.approxStart(i)
	if p.prep(start-1) == prBefore && p.s.toks[start-1].cstart == p.s.toks[start-1].start {
		// قبل 4.5 مليار عام: a past no year can write, as قبل 130 ألف سنة
		return cand{i: start - 1, j: i + 5, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{i: start, j: i + 5, kind: "duration", r: resolved{value: durValue(n, uYear)}}, true
}

// decimalDuration reads a decimal count before its unit (1.5 ساعة، 9.95
// ثانية; 2.5 مليون سنة is not one: the unit must follow the number): a
// duration with a decimal fraction, as ISO 8601 writes the lowest
// component (PT1.3H; session 10, as the real-copy annotators write it).
// Decades and centuries have no ISO designator and are not read.
func (p *parser) decimalDuration(i int) (cand, bool) {
	if !p.isNum(i) || !(p.isP(i+1, '.') || p.isP(i+1, ',')) || !p.glued(i+1) || !p.isNum(i+2) || !p.glued(i+2) || p.isP(i-1, '.') || p.isP(i-1, ',') || p.isNum(i+3) {
		return cand{}, false
	}
	if c, ok := p.decimalThousands(i); ok {
		return c, true
	}
	u, k, ok := p.unitAfter(i + 3)
	if !ok || u == uDecade || u == uCentury || u == uNight || p.s.toks[i].nd > 4 || p.s.toks[i+2].nd > 2 || p.isNum(k) {
		// 2.500 عام: a thousands separator; 3.40 عام 2014: a value, then a year
		return cand{}, false
	}
	if u == uSecond && !p.is(i+3, "ثانيه") && !p.is(i+3, "ثوان") && !p.is(i+3, "ثواني") {
		return cand{}, false
	}
	if p.isAge(i, k) {
		return cand{}, false // an age is given in whole years
	}
	dec := strconv.Itoa(p.num(i)) + "." + p.s.text[p.s.toks[i+2].start:p.s.toks[i+2].end]
	if strings.Trim(dec, "0123456789.") != "" {
		return cand{}, false // Arabic-Indic digits: keep the count's value only
	}
	v := durValue(1, u)
	v = strings.Replace(v, "1", dec, 1)
	return cand{i: p.approxStart(i), j: k, kind: "duration", r: resolved{value: v}}, true
}

// oneUnit reads a unit with the article and الواحد after it (في اليوم
// الواحد، خلال الشهر الواحد، الموسم الواحد: "a single day"): a duration of
// one unit. Not the hour: الساعة الواحدة is one o'clock.
func (p *parser) oneUnit(i int) (cand, bool) {
	if !p.is(i+1, "الواحد") && !p.is(i+1, "الواحده") {
		return cand{}, false
	}
	return cand{i: i, j: i + 2, kind: "duration", r: resolved{value: durValue(1, p.e(i).unit)}}, true
}

// rate reads في + a unit with the article after a quantity (307 متر مكعب
// في اليوم، مليون طن في العام): "per day", a set (P1D), not today or this
// year. The unit ends its phrase (a punctuation mark, a line break, a
// preposition, the end); a number, a modifier or an adjective after it
// makes it a date (في اليوم الأول، في العام الماضي).
func (p *parser) rate(i int) (cand, bool) {
	j := i + 1
	// «في» before the unit, or a glued ب (200 ألف برميل باليوم; session 17)
	s := i - 1
	if p.prep(i-1) != prIn {
		s = i
	}
	yearNext := p.e(j) != nil && p.e(j).unit == uYear && p.e(j).ucount == 1 && p.isNum(j+1) && p.e(i).unit != uYear
	if j < len(p.s.toks) && !p.lineBreakAfter(i) && p.s.toks[j].kind != tPunct && p.prep(j) == prNone && !p.gluedLamBa(j) && !yearNext &&
		(p.s.toks[j].kind == tNum || p.e(j) != nil || p.adjArticle(j) || p.is(j, "الذي") || p.is(j, "التي") || p.is(j, "ذاته") || p.is(j, "نفسه")) {
		// في اليوم الأول، في العام الماضي: a date; a year written after
		// the unit (97 سفينة في اليوم عام 2023) leaves it a rate
		return cand{}, false
	}
	if p.prep(j) == prBefore && (p.is(j+1, "الماضي") || p.is(j+1, "الماضيه")) {
		return cand{}, false // سبعة حوادث في العام قبل الماضي: a date (session 15)
	}
	if !p.free(s) {
		return cand{}, false
	}
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		if p.s.toks[k].kind == tPunct && p.s.toks[k].p != ')' && p.s.toks[k].p != '(' {
			return cand{}, false // (500ر307) متر مكعب في اليوم: a bracketed number counts
		}
		if p.isNum(k) || p.e(k) != nil && p.e(k).card > 0 || p.isAnyBare(k, bigCounts) || k == s-1 && p.isAnyBare(k, rateCounts) {
			return cand{i: s, j: j, kind: "set", r: resolved{value: durValue(1, p.e(i).unit)}}, true
		}
	}
	return cand{}, false
}

// rateCounts are counts right before في + a unit (مرتين في الأسبوع، مرة في
// السنة، دولارين في اليوم): the times, or a dual of a currency.
var rateCounts = normAll("مرة", "مرات", "مرتين", "مرتان", "دولارين", "ريالين", "دينارين", "درهمين", "جنيهين", "دولاران")

// bigCounts are the number words that end a quantity (مليون طن).
var bigCounts = normAll("ألف", "الف", "آلاف", "مليون", "ملايين", "مليار", "مليارات")

// countRange reads a count given as two numbers, at i: ثلاثة أو أربعة
// أسابيع، 4 إلى 6 أسابيع، 4-6 أسابيع. The length is not one number: a
// duration whose count is not given (PXW; value UNKNOWN), spanning both.
func (p *parser) countRange(i, j, n int) (cand, bool) {
	at := j + 1
	switch {
	case p.is(j, "او") || p.is(j, "الي") || p.isP(j, '-') && p.glued(j) || p.is(j, "و") && p.prep(i-1) == prBetween:
	case p.startsWithWaw(j) && p.e(j) != nil && p.e(j).card > 0 && p.prep(i-1) == prBetween:
		at = j // ما بين ستة وثمانية أسابيع
	default:
		return cand{}, false
	}
	n2, jj, ok := p.count(at)
	if !ok || n2 <= n || p.isNum(i) != p.isNum(at) && p.prep(i-1) != prBetween {
		return cand{}, false // بين أربعة و12 عاما: words and digits mix after بين
	}
	u, k, ok := p.unitAfter(jj)
	if !ok || u == uSecond || u == uNight || u == uDecade {
		return cand{}, false
	}
	return cand{i: p.approxStart(i), j: k, kind: "duration", r: resolved{value: durValue(-1, u)}}, true
}

// secondCount reads the second bound of a length given as two numbers
// each with its unit, after the first at k: و + count + the same unit after
// بين (بين تسع سنوات و15 سنة), إلى/حتى after من (من ثلاثة أيام إلى خمسة
// أيام), أو. It returns the token after the second unit.
// secondLength reads, after a unit alone (one of it) ending before j,
// إلى/حتى/أو and a larger length of the same unit: a dual (شهرين) or a
// count with it (ثلاثة أشهر). It returns the end of the second length.
func (p *parser) secondLength(j int, u int8) (int, bool) {
	if p.prep(j) != prUntil && !p.is(j, "او") {
		return j, false
	}
	if e := p.e(j + 1); e != nil && e.unit == u && e.ucount == 2 && !p.hasArticle(j+1) {
		return j + 2, true
	}
	if n, k, ok := p.count(j + 1); ok && n > 1 {
		if u2, k2, ok := p.unitAfter(k); ok && u2 == u {
			return k2, true
		}
	}
	return j, false
}

func (p *parser) secondCount(i, k, n int, u int8) (int, bool) {
	if n <= 0 {
		return k, false
	}
	at := k
	switch {
	case p.is(k, "و") && p.isNum(k+1) && p.prep(i-1) == prBetween:
		at = k + 1
	case p.startsWithWaw(k) && p.e(k) != nil && p.e(k).card > 0 && p.prep(i-1) == prBetween:
	case p.prep(k) == prUntil && p.prep(i-1) == prFrom, p.is(k, "او"):
		at = k + 1
	default:
		return k, false
	}
	n2, j, ok := p.count(at)
	if !ok || n2 <= n {
		return k, false
	}
	u2, k2, ok := p.unitAfter(j)
	if !ok || u2 != u {
		return k, false
	}
	return k2, true
}

// compound reads a second count of a smaller unit after و at k (4 ساعات
// و25 دقيقة، ثلاث سنوات وستة أشهر) and returns the ISO duration of both.
func (p *parser) compound(n int, u int8, k int) (string, int, bool) {
	if n <= 0 {
		return "", k, false
	}
	at := k
	switch {
	case p.is(k, "و") && p.glued(k+1) && p.isNum(k+1):
		at = k + 1 // و25 دقيقة
	case p.startsWithWaw(k) && p.e(k) != nil && p.e(k).card > 0:
		// وخمس دقائق: the count with its و
	default:
		return "", k, false
	}
	n2, j, ok := p.count(at)
	if !ok || n2 <= 0 {
		return "", k, false
	}
	u2, k2, ok := p.unitAfter(j)
	if !ok {
		return "", k, false
	}
	v := joinDurations(n, u, n2, u2)
	return v, k2, v != ""
}

// joinDurations writes n units u and n2 smaller units u2 as one ISO 8601
// duration (P1Y6M, P2DT5H, PT4H25M); "" when ISO cannot (weeks mix with
// nothing) or u2 is not smaller.
func joinDurations(n int, u int8, n2 int, u2 int8) string {
	des := func(u int8) (byte, bool) {
		switch u {
		case uYear:
			return 'Y', false
		case uMonth:
			return 'M', false
		case uDay:
			return 'D', false
		case uHour:
			return 'H', true
		case uMinute:
			return 'M', true
		case uSecond:
			return 'S', true
		}
		return 0, false
	}
	d1, t1 := des(u)
	d2, t2 := des(u2)
	if d1 == 0 || d2 == 0 || u2 >= u {
		return ""
	}
	b := []byte{'P'}
	if t1 {
		b = append(b, 'T')
	}
	b = append(strconv.AppendInt(b, int64(n), 10), d1)
	if t2 && !t1 {
		b = append(b, 'T')
	}
	return string(append(strconv.AppendInt(b, int64(n2), 10), d2))
}

// approxStart extends a duration at i back over نحو, حوالي, أكثر من, أقل
// من, unless that would overlap the previous mention.
func (p *parser) approxStart(i int) int {
	k := i
	if p.x(i-1) == xApprox {
		k = i - 1
	} else if p.prep(i-1) == prFrom && p.x(i-2) == xMore {
		k = i - 2
	}
	if k < i && len(p.out) > 0 && int(p.s.toks[k].cstart) < p.out[len(p.out)-1].End {
		return i
	}
	return k
}

// agoLater reads منذ/قبل/بعد + a duration: منذ ثلاثة أيام (three days
// ago), بعد أسبوعين (in two weeks); بعد غد and منذ سنوات. The stages: an
// approximation (نحو، أكثر من), the quantity, the value.
// seasonsAgo reads قبل موسمين، قبل موسم واحد in sports copy at i (قبل)
// with the count at j: the league season that many back, the last one
// (الموسم الماضي) counting as one (written in July 2015: قبل موسم واحد
// 2014/2015, قبل موسمين 2013/2014; session 17). Before an event (قبل
// موسمين من نهاية عقده) it stays a length.
func (p *parser) seasonsAgo(i, j int) (cand, bool) {
	if p.prep(i) != prBefore || !p.hasPub {
		return cand{}, false
	}
	n, k := 0, j
	switch {
	case p.is(j, "موسمين"):
		n, k = 2, j+1
	case p.is(j, "موسم") && p.is(j+1, "واحد"):
		n, k = 1, j+2
	default:
		return cand{}, false
	}
	if p.prep(k) == prFrom || !p.sportCopy() {
		return cand{}, false
	}
	v := p.seasonYears(mPast, false)
	a, _, ok := strings.Cut(v, "/")
	y, err := strconv.Atoi(a)
	if !ok || err != nil {
		return cand{}, false
	}
	y -= n - 1
	return cand{i: i, j: k, kind: "range", r: resolved{value: strconv.Itoa(y) + "/" + strconv.Itoa(y+1)}}, true
}

func (p *parser) agoLater(i int) (cand, bool) {
	pr := p.prep(i)
	if e := p.e(i + 1); pr == prAfter && e != nil && e.rel == rTomorrow && !p.hasArticle(i+1) {
		return p.relDay(i + 1)
	}
	if (pr == prAfter || pr == prBefore) && (p.is(i+1, "الظهر") || p.is(i+1, "الزوال")) {
		// تنتهي بعد الظهر: a part of the day used alone, as وصل مساءً
		// (bareAdverb); after a clock time the clock reads it
		if p.isNum(i-1) || p.x(i-1) == xHour || p.e(i-1) != nil && (p.e(i-1).ord > 0 || p.e(i-1).part != pNone) {
			return cand{}, false
		}
		return cand{i: i, j: i + 2, kind: "date", r: p.lastDay()}, true
	}
	j := p.agoApprox(i + 1)
	if c, ok := p.seasonsAgo(i, j); ok {
		return c, true
	}
	n, u, k, ok := p.agoQuantity(i, j)
	if !ok {
		return cand{}, false
	}
	if p.prep(k) == prFrom && p.is(k+1, "الزمن") {
		k += 2 // منذ عقد من الزمن
	}
	half := false
	if n > 0 && int(u) < len(fractionUnits) && fractionUnits[u].half > 0 {
		k, half = p.andHalf(k, u) // قبل عام ونصف، بعد ثلاث سنوات ونصف
	}
	return p.agoValue(agoPhrase{i: i, j: j, k: k, n: n, u: u, pr: pr, half: half})
}

// moreThanVerbs after ما say "more than" or "about" a quantity: ما ينوف
// على، ما يزيد عن، ما يربو على، ما يقارب.
var moreThanVerbs = normAll("ينوف", "يزيد", "يربو", "يقارب", "يناهز")

// agoApprox skips نحو، حوالي، قرابة، زهاء، أكثر من، أقل من at j.
func (p *parser) agoApprox(j int) int {
	if p.is(j, "ما") && p.isAny(j+1, moreThanVerbs) {
		// قبل ما ينوف على ثلاثة أعوام، منذ ما يزيد عن عقد، قبل ما يقارب عامين،
		// قبل ما يقارب من 30 عاما
		if p.prep(j+2) == prOn || p.is(j+2, "عن") || p.prep(j+2) == prFrom {
			return j + 3
		}
		return j + 2
	}
	if !(p.is(j, "نحو") || p.is(j, "حوالي") || p.is(j, "قرابه") || p.is(j, "زهاء") || p.is(j, "اكثر") && p.prep(j+1) == prFrom || p.is(j, "اقل") && p.prep(j+1) == prFrom) {
		return j
	}
	j++
	if p.prep(j) == prFrom {
		j++
	}
	return j
}

// agoQuantity reads the quantity of منذ/قبل/بعد at j: a unit alone (منذ
// عام، قبل يومين، منذ سنوات: n is -1 for a plural) or a count and a unit.
// It ends at k.
func (p *parser) agoQuantity(i, j int) (n int, u int8, k int, ok bool) {
	e := p.e(j)
	if e == nil && !p.isNum(j) {
		return 0, 0, 0, false
	}
	if e != nil && e.unit != uNone && !e.ual && e.x != xAge {
		return p.agoUnit(i, j, e)
	}
	if e != nil && e.unit != uNone && e.ual && e.ucount == 1 && e.unit != uNight && p.x(j-1) == xApprox && !p.isNum(j+1) && p.mod(j+1) == mNone {
		return p.agoUnit(i, j, e) // قبل نحو الشهر، منذ حوالي العام: one unit
	}
	if n, u, ok = p.fractionQuantity(j); ok {
		return n, u, j + 2, true // قبل ربع قرن
	}
	c, jj, ok := p.count(j)
	if !ok || c == 0 {
		return 0, 0, 0, false
	}
	uu, kk, oku := p.unitAfter(jj)
	if !oku {
		return 0, 0, 0, false
	}
	if uu == uSecond && !p.is(kk-1, "ثانيه") && !p.is(kk-1, "ثوان") {
		return 0, 0, 0, false
	}
	return c, uu, kk, true
}

// fractionUnits gives half and a quarter of a unit in a smaller one: نصف
// قرن 50 years, ربع ساعة 15 minutes (zero: not said that way).
var fractionUnits = [...]struct {
	half, quarter int
	in            int8
}{
	uHour:    {30, 15, uMinute},
	uDay:     {12, 6, uHour},
	uMonth:   {15, 0, uDay},
	uYear:    {6, 3, uMonth},
	uDecade:  {5, 0, uYear},
	uCentury: {50, 25, uYear},
}

// fractionQuantity reads نصف or ربع without the article before a singular
// unit at j (ربع قرن، نصف ساعة) as a count of a smaller unit.
func (p *parser) fractionQuantity(j int) (n int, u int8, ok bool) {
	x := p.x(j)
	if x != xHalf && x != xQuarter || p.hasArticle(j) || p.wawFirst(j) {
		return 0, uNone, false
	}
	e := p.e(j + 1)
	if e == nil || e.ucount != 1 || e.ual || int(e.unit) >= len(fractionUnits) {
		return 0, uNone, false
	}
	f := fractionUnits[e.unit]
	n = f.half
	if x == xQuarter {
		n = f.quarter
	}
	return n, f.in, n > 0
}

// agoUnit reads a unit without a count after منذ/قبل/بعد at i.
func (p *parser) agoUnit(i, j int, e *entry) (n int, u int8, k int, ok bool) {
	n = -1 // a plural: منذ سنوات
	if e.ucount == 1 || e.ucount == 2 {
		n = int(e.ucount)
	}
	u, k = e.unit, j+1
	if n == 1 && (p.is(k, "واحد") || p.is(k, "واحده")) {
		k++
	}
	if n == 2 && p.isNum(k) {
		return 0, 0, 0, false // منذ عامي 2010 و2015
	}
	if n == 1 && (p.isNum(k) || p.dayRefAfter(k) || p.e(k) != nil && (p.e(k).month > 0 || p.e(k).hmonth > 0 || p.e(k).hhead > 0)) {
		return 0, 0, 0, false // منذ عام 2011, منذ يوم السبت: a date follows
	}
	if n == 1 && p.e(i-1) != nil && p.e(i-1).unit == u {
		return 0, 0, 0, false // يوماً بعد يوم
	}
	if u == uSecond || u == uNight && n != -1 {
		return 0, 0, 0, false
	}
	return n, u, k, true
}

// agoPhrase is what agoLater read: the preposition at i, the quantity
// [j, k) of n units u.
type agoPhrase struct {
	i, j, k int
	n       int
	u       int8
	pr      int8
	half    bool // and a half (عام ونصف)
}

// andHalf reads «ونصف» at k after a unit u, with the unit repeated
// after it in the singular (عامين ونصف العام، ساعة ونصف الساعة): it returns
// the token after them and true, else k and false.
func (p *parser) andHalf(k int, u int8) (int, bool) {
	if !p.is(k, "ونصف") {
		return k, false
	}
	if e := p.e(k + 1); e != nil && e.unit == u && e.ucount == 1 && !p.isNum(k+2) {
		if md := p.mod(k + 2); md == mPast || md == mFuture {
			return k + 3, true // العامين ونصف العام الماضي: the modifier of the whole
		}
		return k + 2, true
	}
	return k + 1, true
}

// halfUnits gives, for a unit with «ونصف» after it, its size in the unit
// the half is counted in (fractionUnits): a year and a half is 18 months.
var halfUnits = [...]int{uYear: 12, uMonth: 30, uDay: 24, uHour: 60, uDecade: 10, uCentury: 100}

// withHalf gives n units and a half as a count of the smaller unit the
// half is counted in (عام ونصف: 18 months), for a date "… ago".
func withHalf(n int, u int8) (int, int8) {
	if int(u) >= len(halfUnits) || halfUnits[u] == 0 || int(u) >= len(fractionUnits) {
		return n, u
	}
	f := fractionUnits[u]
	return n*halfUnits[u] + f.half, f.in
}

// agoValue resolves a phrase of منذ/قبل/بعد: a vague reference, a
// duration or a date shifted from the publication date.
func (p *parser) agoValue(a agoPhrase) (cand, bool) {
	sign := -1
	if a.pr == prAfter {
		sign = 1
	}
	i, j, k, n, u := a.i, a.j, a.k, a.n, a.u
	dur := durValue(n, u)
	if a.half {
		dur = halfOf(n, u)
		n, u = withHalf(n, u) // قبل عام ونصف: 18 months ago, a month
	}
	if n < 0 {
		v := "PAST_REF"
		if sign > 0 {
			v = "FUTURE_REF"
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: v}}, true
	}
	if a.pr == prSince && p.x(k) != xNone && p.x(k) == xAge {
		return cand{}, false
	}
	if p.isAge(j, k) {
		return cand{}, false
	}
	if !a.half && (a.pr == prAfter || a.pr == prSince) {
		if v2, k2, ok := p.compound(n, u, k); ok {
			dur, k = v2, k2 // بعد عام واحد وثلاثة أشهر: P1Y3M (session 13)
		}
	}
	kk := k
	if p.is(kk, "فقط") {
		kk++ // قبل 3 أسابيع فقط من البطولة
	}
	if a.pr != prSince && (p.prep(kk) == prFrom || p.prep(kk) == prOn || p.prep(kk) == prIn) {
		// بعد ثماني سنوات من الاتفاق: counted from an event, not from
		// the publication date: the duration alone
		return cand{i: j, j: k, kind: "duration", r: resolved{value: dur}}, true
	}
	// بعد ثلاثين يوماً "after thirty days": as in TimeML, the quantity is a
	// duration (بعد is a signal), unlike قبل ثلاثة أيام "three days ago".
	// منذ + a counted time is the whole stretch from its start to now (the
	// grammarians' «من وإلى»: ما رأيته منذ ثلاثة أيام), a duration too, as
	// the real-copy annotators write it (منذ عامين P2Y, منذ 62 سنة P62Y).
	if a.pr == prAfter && !a.half && j == i+1 && p.hasPub && n > 0 && (u == uDay || u == uMonth || u == uYear) && dur == durValue(n, u) && p.strongFuture(i) && !p.dateInSentence(i) && !p.conditional(i) {
		// ستنتهي الحملة بعد ثلاثة أيام، سترتفع إلى … بعد خمسة أعوام: in a
		// sentence about the future, counted from the publication date,
		// the day, month or year it points to, as «قبل ثلاثة أيام» is
		// (the guidelines; session 14). In a told past (عاد بعد 45
		// عاماً), with an approximation (بعد أقل من 10 سنوات) or after a
		// date in its sentence (سيفتح في الأول من نيسان ويغلق بعد ثلاثين
		// يوماً: counted from that date) it stays a length; so too in a
		// conditional sentence (سيسدد القرض بعد خمس سنوات إذا ادخر: no
		// date is set; review of session 14).
		sign = 1
	} else if a.pr == prAfter || a.pr == prSince {
		return cand{i: i + 1, j: k, kind: "duration", r: resolved{value: dur}}, true
	}
	c := cand{i: i, j: k, kind: "date", r: resolved{value: p.shift(sign*n, u)}}
	if a.pr == prAfter {
		p.aheadStart = int(p.s.toks[i].cstart)
	}
	if a.half && a.u == uMonth && p.hasPub {
		// قبل شهر ونصف: 45 days back, told in months: the month
		c.r.value = p.pub.AddDate(0, 0, sign*n).Format("2006-01")
		return c, true
	}
	if u == uDay {
		c.dayOK = true
		if p.hasPub {
			t := p.pub.AddDate(0, 0, sign*n)
			c.r.y, c.r.m, c.r.d = t.Year(), int(t.Month()), t.Day()
		}
	}
	return c, true
}

// unitPhrase handles a unit noun: الأسبوع الماضي، الشهر المقبل، العام
// الجاري، الأيام المقبلة، العامين الماضيين، الأشهر الثلاثة الماضية، يومين.
func (p *parser) unitPhrase(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	if !p.hasArticle(i) {
		if e.unit == uDay && e.ucount != 2 && p.is(j, "ما") && !p.isNum(i-1) {
			return p.someDay(i) // يوماً ما، في يوم ما
		}
		return p.bareUnit(i)
	}
	if e.ucount == 1 && p.boundBefore(i) && !p.isNum(j) && p.mod(j) == mNone && e.unit != uSecond && e.unit != uDecade && e.unit != uNight {
		return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(1, e.unit)}}, true // ما يزيد عن السنة
	}
	if k, ok := p.andHalf(j, e.unit); ok && e.ucount == 2 && e.unit != uSecond && e.unit != uNight {
		return cand{i: i, j: k, kind: "duration", r: resolved{value: halfOf(2, e.unit)}}, true // العامين ونصف العام الماضي
	}
	if e.ucount == 2 && !p.isNum(j) && p.mod(j) == mNone && e.unit != uSecond && e.unit != uNight {
		return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(2, e.unit)}}, true
	}
	if e.unit == uYear && e.ucount == 1 && i > 0 && generalNouns[p.s.norm(i-1)] {
		return cand{}, false // الأمين العام المقبل: "general", not "year"
	}
	if e.unit == uYear && e.ucount == 1 && p.isAny(j, schoolYearAdj) {
		return p.schoolYear(i, j+1)
	}
	if e.unit == uYear && e.ucount == 1 && p.isAny(j, fiscalYearAdj) {
		// العام المالي الماضي / الحالي / المقبل: the year before, of or
		// after pub, as every real-copy annotator who met one wrote it
		// (train14, train18, train21; session 13); without a modifier it
		// stays a named period, no mention
		if md := p.mod(j + 1); (md == mPast || md == mFuture || md == mCurrent) && !p.is(j+1, "السابق") && !p.is(j+1, "السابقه") {
			return p.relUnit(i, j+2, e.unit, md) // not السابق عليه: the one before another
		}
		return cand{}, false
	}
	// العام 2015, السنة 2015
	if e.unit == uYear && e.ucount == 1 && p.isNum(j) {
		if c, ok := p.dateRange(i, i); ok {
			return c, true
		}
		return cand{}, false
	}
	if e.unit == uYear && e.ucount == 1 {
		if c, ok := p.hijriRelYear(i, j); ok {
			return c, true
		}
	}
	n := 0
	if e.ucount == 0 {
		n, j = p.pluralCount(j)
	}
	if n >= 2 && p.is(j, "او") {
		// السنوات الست أو السبع المقبلة: a count given as two numbers,
		// TimeML's unknown count (PXY), as ثلاث أو أربع سنوات (session 16)
		if n2, j2 := p.pluralCount(j + 1); n2 > n {
			if md := p.mod(j2); md == mPast || md == mFuture {
				j2++
			}
			return cand{i: i, j: j2, kind: "duration", r: resolved{value: durValue(-1, e.unit)}}, true
		}
	}
	md := p.mod(j)
	if md == mNone && e.ucount == 0 && n >= 2 && e.unit >= uMinute && e.unit <= uCentury && !p.isNum(i+1) && !p.listAfter(j) &&
		!(p.is(j, "الاولي") && p.prep(j+1) == prFrom) && (p.prep(i-1) != prNone || p.isAny(i-1, possessorWords)) {
		// خلال السنوات الخمس، ذات الأعوام الثمانية: a plural unit with
		// the article and its count after it, a length without a modifier
		// too, after a preposition or "of" (an age; session 14). Not a
		// bare number (في الدقائق 27 و31: the minutes of a match), a list
		// (الأيام الستة والـ12: days of a month), nor the first days of a
		// named period (الأيام العشرة الأولى من رمضان)
		return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(n, e.unit)}}, true
	}
	if md == mNone {
		return p.unitNoModifier(i, j, e)
	}
	k := j + 1
	switch e.ucount {
	case 1:
		return p.relUnit(i, k, e.unit, md)
	case 2:
		if md == mPast || md == mFuture {
			return cand{i: i, j: k, kind: "duration", r: resolved{value: durValue(2, e.unit)}}, true
		}
	case 0:
		return p.relPlural(i, k, n, e.unit, md)
	}
	return cand{}, false
}

// listAfter reports a number joined by و at j (و31، والـ12، و 45): the
// count before it is one of a list of points, not a length.
func (p *parser) listAfter(j int) bool {
	if p.is(j, "و") || p.is(j, "وال") {
		j++
	} else if !p.wawFirst(j) && !(p.prep(j) == prAnd) {
		return false
	}
	return p.isNum(j) || p.isNum(j+1) && p.x(j) == xArticle
}

// dateInSentence reports a day found before token i in its sentence: a
// count after it is counted from that day.
func (p *parser) dateInSentence(i int) bool {
	if len(p.out) == 0 {
		return false
	}
	last := p.out[len(p.out)-1]
	if last.Start != p.dayAnchorStart || last.Start == p.aheadStart {
		// only a written day dates an event to count from (not العام
		// الحالي، نهاية العام 1440); ستنتهي بعد خمسة أيام، وسيفتتح بعد
		// ثلاثة أشهر: both from pub
		return false
	}
	for k := i - 1; k >= 0; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct && (t.p == '.' || t.p == '?' || t.p == '!') || p.lineBreakAfter(k) {
			return last.Start >= int(t.end)
		}
		if last.Start >= int(t.start) {
			return true
		}
	}
	return true
}

// conditional reports a conditional particle (إذا، لو، متى، كلما, with و
// or ف before إذا and لو; not إن, mostly «that» after قال or «indeed»)
// in the sentence before token i, or after it in its clause (up to the
// next punctuation).
func (p *parser) conditional(i int) bool {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct && (t.p == '.' || t.p == '?' || t.p == '!') || p.lineBreakAfter(k) {
			break
		}
		if p.condParticle(k) {
			return true
		}
	}
	for k := i + 1; k < len(p.s.toks) && k <= i+15; k++ {
		if p.s.toks[k].kind == tPunct {
			break
		}
		if p.condParticle(k) {
			return true
		}
	}
	return false
}

// condParticle reports a conditional particle at word token k, read from
// the text as written.
func (p *parser) condParticle(k int) bool {
	t := &p.s.toks[k]
	if t.kind != tWord {
		return false
	}
	w := p.s.text[t.start:t.end]
	switch w {
	case "متى", "كلما", "وكلما":
		return true
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	return w == "إذا" || w == "اذا" || w == "لو"
}

// possessorWords are ذو / ذات "having": before a length it is an age.
var possessorWords = normAll("ذات", "ذو", "ذي", "ذوي", "ذوو")

// unitNoModifier reads a unit with the article and no modifier after it,
// at j: الأسبوع قبل الماضي, or the year alone after خلال/طيلة (theYear).
func (p *parser) unitNoModifier(i, j int, e *entry) (cand, bool) {
	if md2, k2, ok := p.beyond(j); ok && e.ucount == 1 {
		return p.relUnitN(i, k2, e.unit, md2, 2) // الأسبوع قبل الماضي
	}
	if e.unit == uYear && e.ucount == 1 && !p.adjArticle(j) && !p.isNum(j) && (p.e(j) == nil || p.e(j).prep != prNone && p.e(j).unit == 0 && p.e(j).month == 0) {
		if (p.isAny(i-1, roundTheYear) || p.is(i-1, "مدار") && p.is(i-2, norm("على"))) && !p.pastContext(i-1) {
			// طوال العام، على مدار السنة: "all year round", what is
			// done every year, no one year (session 17: train33, train36
			// and train32's gold `UNKNOWN`); told in the past (استقرت
			// الأسعار طيلة السنة) it is the year, as after خلال
			b := i - 1
			if p.is(b, "مدار") {
				b--
			}
			return cand{i: b, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		if p.prep(i-1) == prDuring && p.e(j) == nil && !p.is(i-1, "مدار") {
			return p.theYear(i, j), true // خلال العام
		}
	}
	return cand{}, false
}

// roundTheYear before a bare year noun make it "all year round".
var roundTheYear = normAll("طوال", "طيلة", "وطوال", "وطيلة")

// fiscalYearAdj make a year noun the fiscal year.
var fiscalYearAdj = []string{norm("المالي"), norm("المالية")}

// schoolYearAdj make a year noun the school or university year.
var schoolYearAdj = []string{norm("الدراسي"), norm("الدراسية"), norm("الجامعي"), norm("الجامعية"), norm("التدريبي"), norm("التدريبية")}

// schoolYear reads العام الدراسي [الحالي|المقبل|الماضي] ending the year noun
// and its adjective before j: the school year, which runs from September
// to June, as the years it spans (2015/2016). In the summer break (July
// and August) the bare and the next one are the year about to start.
// With a year written after it, the range rule reads it (العام الدراسي
// 2024/2025).
func (p *parser) schoolYear(i, j int) (cand, bool) {
	md := p.mod(j)
	k := j
	if md == mPast || md == mFuture || md == mCurrent {
		k++
	} else if p.is(j, "الجديد") || p.is(j, "الجديده") {
		md, k = mFuture, k+1 // السنة الدراسية الجديدة: the next one
	}
	if c, ok := p.hijriSchoolYear(i, k); ok {
		return c, true
	}
	if p.isNum(k) || !p.hasPub {
		return cand{}, false
	}
	y, m := p.pub.Year(), int(p.pub.Month())
	start := y - 1 // the one in progress, begun last September
	switch {
	case m >= 9:
		start = y
	case m >= 7:
		// the summer break: the one about to start, or the one just
		// ended (الماضي)
		start = y
		if md == mPast {
			start = y - 1
		}
		md = mNone
	}
	switch md {
	case mFuture:
		start++
	case mPast:
		start--
	}
	return cand{i: i, j: k, kind: "range", r: resolved{value: yearStr(start) + "/" + yearStr(start+1)}}, true
}

// hijriSchoolYear reads the two Hijri years of a school year at k
// (العام الدراسي 1436/1437هـ، العام الدراسي المقبل ١٤٣٦-١٤٣٧ه) as the
// Gregorian school year they name, September to June (2015/2016), as the
// real-copy annotators write it (session 10; before, the Hijri years'
// days): the one holding the first of Muharram of the second year.
func (p *parser) hijriSchoolYear(i, k int) (cand, bool) {
	if !p.isNum(k) || !p.isNum(k+2) || !(p.isP(k+1, '/') || p.isP(k+1, '-')) {
		return cand{}, false
	}
	h1, h2 := p.num(k), p.num(k+2)
	if h1 == h2+1 {
		h1, h2 = h2, h1 // ١٤٣٧/١٤٣٦هـ: the later year written first (session 16)
	}
	if h1 < 1300 || h1 > 1600 || h2 != h1+1 {
		return cand{}, false
	}
	j := k + 3
	if p.x(j) == xYearH {
		j++
	}
	t, _ := hijri.YearStart(h2)
	if t.IsZero() {
		return cand{}, false
	}
	start := t.Year()
	if t.Month() < time.August {
		start--
	}
	return cand{i: i, j: j, kind: "range", r: resolved{value: yearStr(start) + "/" + yearStr(start+1)}}, true
}

// pluralCount reads the count after a plural unit with the article:
// الأشهر الثلاثة, الساعات الـ24, الأيام القليلة (no count).
func (p *parser) pluralCount(j int) (int, int) {
	if p.is(j, "القليله") || (p.is(j, "الاخيره") || p.is(j, "القريبه")) && p.mod(j+1) != mNone {
		j++ // الأيام القليلة الماضية، الأيام القريبة القادمة: vague
	}
	e2 := p.e(j)
	switch {
	case e2 != nil && e2.card > 0 && e2.card < 100 && p.hasArticle(j):
		return p.articleTens(e2.card, j+1) // الساعات الأربع والعشرين الأخيرة
	case e2 != nil && e2.x == xArticle && p.isNum(j+1) && p.s.toks[j+1].nd <= 3:
		return p.num(j + 1), j + 2 // الساعات الـ24 الماضية
	case p.isNum(j) && p.s.toks[j].nd <= 3 && p.num(j) > 0:
		return p.num(j), j + 1
	}
	return 0, j
}

// vagueByMod is the vague reference of a plural unit with a modifier:
// الأيام الماضية، الأشهر المقبلة، الأيام الحالية.
var vagueByMod = map[int8]string{mPast: "PAST_REF", mFuture: "FUTURE_REF", mNext: "FUTURE_REF", mCurrent: "PRESENT_REF"}

// relPlural resolves a plural unit with a modifier ending before k: a
// duration with a count, else a vague reference.
func (p *parser) relPlural(i, k, n int, u, md int8) (cand, bool) {
	if n > 0 && (md == mPast || md == mFuture) {
		return cand{i: i, j: k, kind: "duration", r: resolved{value: durValue(n, u)}}, true
	}
	// خلال الأيام المقبلة: the preposition is part of the vague expression
	s := i
	if p.prep(i-1) == prDuring && (len(p.out) == 0 || int(p.s.toks[i-1].cstart) >= p.out[len(p.out)-1].End) {
		s = i - 1
	}
	if v, ok := vagueByMod[md]; ok {
		return cand{i: s, j: k, kind: "date", r: resolved{value: v}}, true
	}
	return cand{}, false
}

// someDay reads يوماً ما، في يوم ما "some day": a vague reference, to the
// future unless the sentence is told in the past (كان يوماً ما صديقاً).
func (p *parser) someDay(i int) (cand, bool) {
	ref := "FUTURE_REF"
	if !p.futureContext(i) && p.pastContext(i) {
		ref = "PAST_REF"
	}
	return vagueRef(i, i+2, ref)
}

// bareUnit handles a unit without article or number: يومين (P2D), عاماً
// (P1Y), لمدة ساعة (PT1H), يومي الأحد والاثنين.
func (p *parser) bareUnit(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	// ثانية alone is "second" (ordinal) or "another" more often than a
	// second of time; its dual ثانيتين is only the duration
	if e.unit == uSecond && e.ucount != 2 || e.unit == uNight || p.isNum(i-1) || p.e(i-1) != nil && (p.e(i-1).card > 0 || p.e(i-1).x == xFew) {
		return cand{}, false
	}
	start := p.approxStart(i)
	switch e.ucount {
	case 2:
		return p.bareDual(i, start, e)
	case 1:
		if k, ok := p.secondLength(j, e.unit); ok {
			// شهر إلى شهرين، عاما أو عامين: a length given as two, TimeML's
			// unknown count, as «ثلاثة أو أربعة أسابيع» (session 16)
			if p.prep(i-1) == prFrom && p.prep(j) == prUntil && start == i {
				start = i - 1 // من شهر إلى شهرين
			}
			return cand{i: start, j: k, kind: "duration", r: resolved{value: durValue(-1, e.unit)}}, true
		}
		return p.bareSingular(i, start, e)
	case 0:
		if p.isAny(j, goneBy) {
			return vagueRef(i, j+1, "PAST_REF") // سنوات مضت، أعوام خلت: years gone by
		}
		if p.isAny(j, fewAdjectives) {
			// أيام قليلة، ساعات طويلة: a count not given
			return cand{i: start, j: j + 1, kind: "duration", r: resolved{value: durValue(-1, e.unit)}}, true
		}
		if p.plainPlural(i) {
			// لسنوات، خلال أيام، بساعات: a stretch whose count is not given
			return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(-1, e.unit)}}, true
		}
	}
	return cand{}, false
}

// goneBy follow a plural unit without a count as "gone by": سنوات مضت،
// أعوام خلت، عقود مضت (session 11).
var goneBy = normAll("مضت", "خلت", "مضين", "خلون", "سلفت")

// plainPlural reports a plural unit without the article or a count at i
// used as a length of time: after خلال، طوال، مدى، لمدة or a glued ل/ب
// (لسنوات "for years", بساعات "by hours"), and not the head of a
// construct (خلال أيام المعسكر، لسنوات التميز، خلال أيام شهر رمضان).
func (p *parser) plainPlural(i int) bool {
	pr := p.prep(i - 1)
	if pr != prDuring && pr != prFor && !p.gluedLamBa(i) && !p.is(i-1, "امتداد") && !p.is(i-1, "مدار") && !p.is(i-1, "عبر") {
		return false
	}
	if p.e(i).unit == uDecade && !p.decadeContext(i, i+1) {
		return false // يعملون بعقود مؤقتة: contracts
	}
	j := i + 1
	if j >= len(p.s.toks) || p.s.toks[j].kind != tWord || p.lineBreakAfter(i) {
		return true
	}
	switch p.prep(j) {
	case prFrom, prIn, prBefore, prAfter, prUntil:
		return true // لسنوات قبل أن، خلال ساعات من بدء
	}
	// a preposition or a past verb cannot be the complement of a
	// construct: the phrase has ended (ظلت لسنوات تحت إدارة واحدة، على
	// مدى أعوام جرى التوزيع; session 10)
	return p.isAny(j, pluralAfter) || p.isAny(j, clausePreps) || pastVerbs[p.s.norm(j)]
}

// clausePreps are prepositions that may follow a plural unit ending its
// phrase.
var clausePreps = normAll("تحت", "فوق", "حول", "على", "عن", "مع", "عند", "لدى", "دون", "ضد", "عبر", "وسط", "بين", "نحو", "الى", "إلى")

// pluralAfter may follow a plural unit that ends its phrase (لسنوات
// كثيرة، لأيام متتالية); any other word may be the complement of a
// construct (خلال أيام عيد الفطر، لأشهر دور النشر، طيلة سنوات أوباما).
var pluralAfter = normAll("كثيرة", "عدة", "عديدة", "متتالية", "متواصلة", "مقبلة", "قادمة", "ماضية", "طوال", "طوالا", "ثم", "فقط")

// gluedLamBa reports that word i was found after stripping a glued ل or ب.
func (p *parser) gluedLamBa(i int) bool {
	c := p.glued1(i)
	return c == "ل" || c == "ب"
}

// gluedLam reports that word i was found after stripping a glued ل (لعام).
func (p *parser) gluedLam(i int) bool { return p.glued1(i) == "ل" }

// glued1 returns the one-letter proclitic stripped from word i before its
// lexicon entry was found, or "".
func (p *parser) glued1(i int) string {
	if i < 0 || i >= len(p.s.toks) {
		return ""
	}
	t := &p.s.toks[i]
	if t.cstart < t.start+2 {
		return ""
	}
	return p.s.text[t.cstart-2 : t.cstart]
}

// fewAdjectives after a plural unit without the article make a duration
// whose count is not given.
var fewAdjectives = []string{norm("قليلة"), norm("طويلة"), norm("عديدة"), norm("معدودة"), norm("قلائل"), norm("ممتدة"), norm("طوالا"), norm("مديدة")}

// bareDual reads a dual unit: يومين, عامين ونصف, يومي 10 و11 آذار.
func (p *parser) bareDual(i, start int, e *entry) (cand, bool) {
	j := i + 1
	if p.is(i, "يومي") && p.dayStart(j) {
		// يومي 10 و11 آذار
		if c, ok := p.dateRange(j, i); ok && c.kind == "range" {
			return c, true
		}
		return cand{}, false
	}
	if p.isNum(j) {
		return cand{}, false // عامي 2010 و2015 is read as a range
	}
	if p.isAny(i, constructDuals) {
		return p.twoWeekdays(i)
	}
	if p.mod(j) != mNone {
		return cand{}, false
	}
	if k, ok := p.andHalf(j, e.unit); ok {
		return cand{i: start, j: k, kind: "duration", r: resolved{value: halfOf(2, e.unit)}}, true
	}
	if e.unit == uDecade && !p.decadeContext(i, j) {
		return cand{}, false // توقيع عقدين: two contracts
	}
	return cand{i: start, j: j, kind: "duration", r: resolved{value: durValue(2, e.unit)}}, true
}

// constructDuals are duals in the construct state, before what they count:
// يومي الأحد والاثنين, عامي 2010 و2015.
var constructDuals = []string{"يومي", "عامي", "سنتي"}

// twoWeekdays reads يومي الأحد والاثنين [المقبلين], the range of two
// days; else يومي is "daily".
func (p *parser) twoWeekdays(i int) (cand, bool) {
	j := i + 1
	e1, e2 := p.e(j), p.e(j+1)
	if e1 == nil || e2 == nil || e1.wday <= 0 || e2.wday <= 0 || !p.wawFirst(j+1) {
		return cand{}, false // يومي "daily"
	}
	md, end := int8(mNone), j+2
	if m := p.mod(j + 2); m == mPast || m == mFuture {
		md, end = m, j+3 // يومي الجمعة والسبت المقبلين
	}
	v1, t1 := p.weekdayDate(int(e1.wday), md, i)
	v2, t2 := p.weekdayDate(int(e2.wday), md, i)
	if p.hasPub {
		ts := p.weekdaySeq([]int{int(e1.wday), int(e2.wday)}, md, i)
		t1, t2 = ts[0], ts[1]
		v1, v2 = p.day(t1), p.day(t2)
	}
	if d := t2.Sub(t1).Hours() / 24; d > 0 && d < 7 || !p.hasPub {
		return cand{i: i, j: end, kind: "range", r: resolved{value: v1 + "/" + v2}}, true
	}
	// يومي الثلاثاء والخميس in a timetable: each day on its own
	return cand{}, false
}

// bareSingular reads a singular unit used as a duration: شهراً, أسبوع
// واحد, عقد من الزمن, أكثر من عام, لمدة ساعة.
func (p *parser) bareSingular(i, start int, e *entry) (cand, bool) {
	j := i + 1
	if p.isNum(j) || p.e(j) != nil && (p.e(j).wday > 0 || p.e(j).month > 0 || p.e(j).hmonth > 0 || p.e(j).rel != rNone) {
		return cand{}, false
	}
	one := func(end int) (cand, bool) {
		return cand{i: start, j: end, kind: "duration", r: resolved{value: durValue(1, e.unit)}}, true
	}
	if p.prep(i-1) == prFrom && p.prep(j) == prUntil && e.unit != uDecade {
		// من ساعة إلى ثلاث ساعات: a length given as two bounds, the first
		// a unit alone (one), the second a count of the same unit; its
		// count is not one number: UNKNOWN, PTXH (session 12, as 4 إلى 6
		// أسابيع)
		if n2, k, ok := p.count(j + 1); ok && n2 > 1 {
			if u, k2, ok := p.unitAfter(k); ok && u == e.unit {
				return cand{i: i - 1, j: k2, kind: "duration", r: resolved{value: durValue(-1, u)}}, true
			}
		}
		if e2 := p.e(j + 1); e2 != nil && e2.unit == e.unit && e2.ucount == 2 && !e2.ual {
			return cand{i: i - 1, j: j + 2, kind: "duration", r: resolved{value: durValue(-1, e.unit)}}, true // من أسبوع إلى أسبوعين
		}
	}
	switch {
	case p.is(j, "ونصف"):
		k, _ := p.andHalf(j, e.unit)
		return cand{i: start, j: k, kind: "duration", r: resolved{value: halfOf(1, e.unit)}}, true
	case p.is(j, "واحد") || p.is(j, "واحده") || p.is(j, "واحدا"): // أسبوع واحد، يوماً واحداً
		return one(j + 1)
	case e.unit == uDecade && p.prep(j) == prFrom && p.is(j+1, "الزمن"): // عقد من الزمن
		return one(j + 2)
	case start < i && p.x(start) == xMore && e.unit != uSecond: // أكثر من عام
		return one(j)
	case p.boundBefore(i) && e.unit != uSecond && e.unit != uDecade:
		return one(j) // مدة لا تقل عن سنة، ما يزيد عن شهر
	}
	// شهراً، أسبوعاً (عاماً is also "general", يوماً "ever": left out)
	t := &p.s.toks[i]
	w := p.s.nbuf[t.nstart:t.nend]
	accusative := len(w) >= 4 && w[len(w)-2] == 0xd8 && w[len(w)-1] == 0xa7 && e.unit >= uWeek && e.unit != uYear && e.unit != uDecade
	if pr := p.prep(i - 1); accusative || (pr == prFor || pr == prDuring) && e.unit != uDecade && e.unit != uCentury {
		return one(j)
	}
	return cand{}, false
}

// boundVerbs say that a length is at least or at most what follows عن/على
// (لا تقل عن سنة، لا تتجاوز شهراً، ما يزيد على عام).
var boundVerbs = normAll("تقل", "يقل", "تزيد", "يزيد", "تتجاوز", "يتجاوز", "تتعدى", "يتعدى")

// boundBefore reports a bound on a length before the unit at i: a verb of
// boundVerbs and عن/على, a single unit then a length of one (session 11).
func (p *parser) boundBefore(i int) bool {
	return (p.is(i-1, "عن") || p.prep(i-1) == prOn) && p.isAny(i-2, boundVerbs) && (p.is(i-3, "لا") || p.is(i-3, "ما"))
}

// quantityWords come before a count, not a year.
var quantityWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("أكثر اكثر أقل نحو حوالي قرابة زهاء رقم بنسبة بمبلغ بقيمة يقارب مجموع إجمالي بلغ بلغت يبلغ تبلغ وصل نسبة مبلغ قيمة عدد ضمن أصل لـ الـ ب") {
		m[norm(w)] = true
	}
	return m
}()

// yearFollowers are words that follow a year rather than a count.
var yearFollowers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("الذي التي الذين حين عندما حينما لما إذ كما وقد قد ثم بينما حيث إلا ولكن لكن أيضا كان كانت سيكون ستكون يكون تكون شهد شهدت يشهد تشهد سيشهد ستشهد") {
		m[norm(w)] = true
	}
	return m
}()

// generalNouns take العام as the adjective "general" or "public".
var generalNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"الأمين", "المدير", "النائب", "الرأي", "القطاع", "المال", "الإضراب", "المؤتمر",
		"الأمن", "التعليم", "الصالح", "النظام", "الادعاء", "المدعي", "العفو", "القائد", "المفتش", "المراقب",
		"الاتحاد", "المنسق", "الوضع", "الإطار", "الشأن", "المجلس", "المشرف", "الدين", "الإنفاق", "الطابع",
		"الاتجاه", "المستوى", "المزاج", "الجو", "المناخ", "الاستفتاء", "التيار", "الذوق", "الحق", "النفع",
		"السياق", "التوجه", "التنسيق", "للأمين", "والأمين", "للمدير", "والمدير", "الشعور", "الخط", "الهدف"} {
		m[norm(w)] = true
	}
	return m
}()

// relUnit resolves a singular unit with a modifier: الأسبوع الماضي.
func (p *parser) relUnit(i, k int, u, md int8) (cand, bool) {
	return p.relUnitN(i, k, u, md, 1)
}

// beyond reads "before last" and "after next" at j: [ما] قبل الماضي،
// بعد المقبل: the modifier and the token after the phrase.
func (p *parser) beyond(j int) (md int8, k int, ok bool) {
	if p.is(j, "ما") {
		j++
	}
	switch {
	case p.prep(j) == prBefore && p.mod(j+1) == mPast:
		return mPast, j + 2, true
	case p.prep(j) == prAfter && p.mod(j+1) == mFuture:
		return mFuture, j + 2, true
	}
	return mNone, j, false
}

// previousUnit reads العام السابق، الشهر السابق (the modifier at k-1): "the
// previous" is anaphoric, as التالي is — the year or month before the last
// one the text named (نهاية عام 2014 … مقارنة بالعام السابق → 2013), else
// before the publication's.
func (p *parser) previousUnit(i, k int, u, md int8, n int) (cand, bool) {
	if md != mPast || n != 1 || !(p.is(k-1, "السابق") || p.is(k-1, "السابقه")) {
		return cand{}, false
	}
	switch {
	case u == uYear && p.lastY > 0:
		return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(p.lastY - 1), y: p.lastY - 1}}, true
	case u == uMonth && p.lastM > 0:
		t := time.Date(p.lastY, time.Month(p.lastM-1), 1, 0, 0, 0, 0, time.UTC)
		return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(t.Year()) + "-" + pad2(int(t.Month())), y: t.Year(), m: int(t.Month())}}, true
	}
	return cand{}, false
}

// relUnitN is relUnit n units away: الأسبوع قبل الماضي is two weeks back.
func (p *parser) relUnitN(i, k int, u, md int8, n int) (cand, bool) {
	if md == mSame {
		switch u {
		case uMonth:
			lastY, lastM := p.lastY, p.lastM
			if lastM == 0 && p.hasPub && (p.prep(k) == prFrom || p.prep(k) == prIn) {
				// نفس الشهر من العام الماضي with no month named: the
				// publication's month (session 13 review)
				if _, _, _, _, ok := p.yearPart(k+1, true); ok {
					lastY, lastM = p.pub.Year(), int(p.pub.Month())
				}
			}
			if lastM > 0 {
				y, k2 := lastY, k
				// الشهر ذاته من العام المقبل، نفس الشهر في العام الماضي
				// (في too: session 13 review)
				if p.prep(k) == prFrom || p.prep(k) == prIn {
					// a bare year too: في نفس الشهر من 2016 (session 13)
					if yy, _, _, k3, ok := p.yearPart(k+1, true); ok && yy > 0 {
						y, k2 = yy, k3
					}
				}
				return cand{i: i, j: k2, kind: "date", r: resolved{value: yearStr(y) + "-" + pad2(lastM), y: y, m: lastM}}, true
			}
		case uYear:
			if y := p.sameYear(); y > 0 {
				return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(y), y: y}}, true
			}
		case uDay:
			c := p.sameDay(i, k, 0)
			if c.r.d > 0 && (p.prep(k) == prFrom || p.prep(k) == prIn) {
				// نفس اليوم من العام الماضي: that day of the year named
				if yy, _, _, k3, ok := p.yearPart(k+1, true); ok && yy > 0 {
					d := min(c.r.d, daysIn(yy, c.r.m))
					c.j, c.r = k3, resolved{value: yearStr(yy) + "-" + pad2(c.r.m) + "-" + pad2(d), y: yy, m: c.r.m, d: d}
				}
			}
			return c, true
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	if md == mNext {
		switch {
		case u == uDay:
			return p.sameDay(i, k, 1), true
		case u == uYear && p.lastY > 0:
			return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(p.lastY + 1), y: p.lastY + 1}}, true
		case u == uMonth && p.lastM > 0:
			t := time.Date(p.lastY, time.Month(p.lastM+1), 1, 0, 0, 0, 0, time.UTC)
			return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(t.Year()) + "-" + pad2(int(t.Month())), y: t.Year(), m: int(t.Month())}}, true
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	if c, ok := p.previousUnit(i, k, u, md, n); ok {
		return c, true
	}
	off := 0
	switch md {
	case mPast:
		off = -n
	case mFuture:
		off = n
	}
	switch u {
	case uHour, uMinute, uSecond:
		return cand{}, false
	case uDay:
		if off == 0 {
			return cand{}, false
		}
		c := cand{i: i, j: k, kind: "date", r: p.dayRes(off), dayOK: true}
		return c, true
	case uNight:
		return cand{i: i, j: k, kind: "date", r: p.timeRes(p.pubDay(off), "NI")}, true
	case uDecade:
		if !p.hasPub {
			return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: strconv.Itoa(p.pub.Year()/10 + off)}}, true
	case uCentury:
		if !p.hasPub {
			return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: pad2(p.pub.Year()/100 + off)}}, true
	}
	c := cand{i: i, j: k, kind: "date", r: resolved{value: p.shift(off, u)}}
	if p.hasPub {
		t := p.pub
		switch u {
		case uMonth:
			t = time.Date(t.Year(), t.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			c.r.y, c.r.m = t.Year(), int(t.Month())
		case uYear:
			c.r.y = t.Year() + off
		}
	}
	return c, true
}

// demo handles هذا العام، هذا الأسبوع، هذه الأيام، هذه الليلة.
func (p *parser) demo(i int) (cand, bool) {
	e := p.e(i + 1)
	if p.thatDateAt(i) {
		return p.thatDate(i, i+2), true // منذ ذلك التاريخ، في ذلك اليوم (session 14)
	}
	if e != nil && e.x == xSeason && p.hasArticle(i+1) && p.is(i, "هذا") {
		return p.seasonOf(i, i+2, e, 0), true // هذا الصيف: this year's
	}
	if e == nil || e.unit == uNone || !e.ual || !(p.is(i, "هذا") || p.is(i, "هذه")) {
		return cand{}, false
	}
	if p.is(i, "هذا") && p.is(i+1, "الشهر") {
		if c, ok := p.ramadanEpithet(i + 1); ok {
			c.i = i // هذا الشهر الفضيل: Ramadan, as الشهر الفضيل (session 12)
			return c, true
		}
	}
	switch e.ucount {
	case 0:
		return cand{i: i, j: i + 2, kind: "date", r: resolved{value: "PRESENT_REF"}}, true
	case 1:
		if e.unit == uDay && e.rel == rToday && p.is(i, "هذا") && p.is(i-1, "مثل") && p.hasPub && p.free(i-1) {
			// في مثل هذا اليوم: an anniversary's "this same day", the
			// day of publication
			if c, ok := p.anniversaryYear(i-1, i+2); ok {
				return c, true
			}
			return cand{i: i - 1, j: i + 2, kind: "date", r: p.dayRes(0), dayOK: true}, true
		}
		if e.unit == uDay || e.unit == uHour || e.unit == uMinute || e.unit == uSecond {
			return cand{i: i, j: i + 2}, false // هذا اليوم: anaphoric ("on this day")
		}
		return p.relUnit(i, i+2, e.unit, mCurrent)
	}
	return cand{}, false
}

// thatDateAt reports «ذلك/ذاك/هذا التاريخ» or «ذلك/ذاك اليوم» at i after
// a preposition of time (منذ، حتى، بعد، قبل، في، خلال) or a part of the
// day (صباح ذلك اليوم) and before no
// adjective: "that date", "that day". Not كذلك اليوم ("likewise today"),
// nor التاريخ "history" (هذا التاريخ الطويل، نحافظ على هذا التاريخ).
func (p *parser) thatDateAt(i int) bool {
	if !(p.is(i, "ذلك") || p.is(i, "ذاك") || p.is(i, "هذا")) || p.s.toks[i].cstart != p.s.toks[i].start {
		return false
	}
	switch p.prep(i - 1) {
	case prSince, prUntil, prAfter, prBefore, prIn, prDuring:
	default:
		if e := p.e(i - 1); e == nil || e.part == pNone || p.hasArticle(i-1) {
			return false // صباح ذلك اليوم: a part of that day
		}
	}
	if p.adjArticle(i + 2) {
		return false // ذلك اليوم الجميل، هذا التاريخ الطويل
	}
	if p.is(i+1, "التاريخ") {
		return true
	}
	e := p.e(i + 1)
	return !p.is(i, "هذا") && e != nil && e.unit == uDay && e.rel == rToday && p.s.toks[i+1].cstart == p.s.toks[i+1].start
}

// thatDate reads «ذلك التاريخ»، «ذاك التاريخ»، «هذا التاريخ»، «ذلك اليوم»
// at [i, j): the date last named (وقعت الحادثة في 3 مارس 2012 … ومنذ ذلك
// التاريخ → 2012-03-03); with none named before, UNKNOWN. The annotators
// of every read set that met one dated it so (train4, train5, train6,
// train21). The antecedent is the nearest date whatever its form (review
// of session 14): a range is copied whole, as the anaphor names the same
// period and its preposition (منذ، بعد، حتى) says which end counts, as it
// does after a single day; a yearly date (XXXX-04-01) is copied as a set;
// an UNKNOWN date gives UNKNOWN. Never an older date: that skipped the
// nearest one. «ذلك اليوم» needs a day: after a month, a year or a range
// it is UNKNOWN.
func (p *parser) thatDate(i, j int) cand {
	day := !p.is(i+1, "التاريخ")
	unknown := cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}, anaphor: true}
	for k := len(p.out) - 1; k >= 0; k-- {
		m := p.out[k]
		v := m.Value
		switch {
		case m.Kind == "date" || m.Kind == "range":
		case m.Kind == "set" && strings.HasPrefix(v, "XXXX-"):
		case m.Kind == "time" && len(v) > 10 && v[4] == '-' && v[10] == 'T' && !strings.Contains(v, "/"):
			v = v[:10] // a day with its hour: the day
		default:
			continue // a duration, a clock hour, a frequency
		}
		if v == "UNKNOWN" || day && !dayValue(v) {
			return unknown
		}
		kind := m.Kind
		if kind == "time" {
			kind = "date"
		}
		c := cand{i: i, j: j, kind: kind, r: resolved{value: v}, anaphor: true}
		if len(v) < 4 || !digits(v[:4]) || strings.Contains(v, "/") || !(len(v) == 4 || len(v) == 7 || len(v) == 10) {
			return c
		}
		c.r.y, _ = strconv.Atoi(v[:4])
		if len(v) >= 7 {
			c.r.m, _ = strconv.Atoi(v[5:7])
		}
		if len(v) == 10 {
			c.r.d, _ = strconv.Atoi(v[8:])
			c.dayOK = true
		}
		return c
	}
	return unknown
}

// dayValue reports a value that names one day: 2012-03-03, a yearly
// XXXX-04-01, a weekday 2015-W32-3 or XXXX-WXX-5.
func dayValue(v string) bool {
	if len(v) != 10 || v[4] != '-' || strings.Contains(v, "/") {
		return false
	}
	if v[5] == 'W' {
		return v[8] == '-' && digits(v[9:])
	}
	return v[7] == '-' && digits(v[5:7]) && digits(v[8:])
}

// every handles كل يوم، كل عامين، كل ثلاثة أشهر، كل يوم جمعة.
func (p *parser) every(i int) (cand, bool) {
	j := i + 1
	e := p.e(j)
	if e != nil && e.part != pNone && !p.hasArticle(j) && p.e(j+1) == nil {
		return cand{i: i, j: j + 1, kind: "set", r: resolved{value: "P1D"}}, true // كل مساء: daily
	}
	if e != nil && e.wday > 0 {
		return cand{i: i, j: j + 1, kind: "set", r: resolved{value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(int(e.wday)))}}, true
	}
	if e != nil && e.unit != uNone && !e.ual {
		if e.unit == uDay && e.ucount == 1 {
			if p.is(j+1, "جمعه") {
				return cand{i: i, j: j + 2, kind: "set", r: resolved{value: "XXXX-WXX-5"}}, true
			}
			if e2 := p.e(j + 1); e2 != nil && e2.wday > 0 {
				return cand{i: i, j: j + 2, kind: "set", r: resolved{value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(int(e2.wday)))}}, true
			}
		}
		switch e.ucount {
		case 1:
			return cand{i: i, j: j + 1, kind: "set", r: resolved{value: durValue(1, e.unit)}}, true
		case 2:
			return cand{i: i, j: j + 1, kind: "set", r: resolved{value: durValue(2, e.unit)}}, true
		}
		return cand{}, false
	}
	if n, k, ok := p.count(j); ok && n > 0 {
		if u, k2, ok := p.unitAfter(k); ok {
			return cand{i: i, j: k2, kind: "set", r: resolved{value: durValue(n, u)}}, true
		}
	}
	return cand{}, false
}

// isoWeekday maps 1 = Sunday … 7 = Saturday to ISO 1 = Monday … 7 = Sunday.
func isoWeekday(wd int) int {
	if wd == 1 {
		return 7
	}
	return wd - 1
}

// articleCount reads الأربع والعشرين ساعة الماضية، الثلاثة أيام الأخيرة: a
// number with the article before a unit and a modifier, a duration.
func (p *parser) articleCount(i int) (cand, bool) {
	e := p.e(i)
	if e == nil || e.card == 0 || e.card >= 100 || !p.hasArticle(i) {
		return cand{}, false
	}
	n, j := p.articleTens(e.card, i+1)
	u, k, ok := p.unitAfter(j)
	if !ok && n >= 10 && p.ofAge(j) {
		// في الخمسين من عمره، في الثامنة والثلاثين من عمرها: an age in
		// years (session 10)
		s := i
		if e0 := p.e(i - 1); e0 != nil && (e0.ord >= 1 && e0.ord <= 9 || e0.ord == 11) && p.hasArticle(i-1) && p.startsWithWaw(i) {
			n, s = n+int(e0.ord)%10, i-1 // الحادية والتسعين: 91 (session 14)
		}
		return cand{i: s, j: j, kind: "duration", r: resolved{value: durValue(n, uYear)}}, true
	}
	if !ok {
		return cand{}, false
	}
	if u == uMonth && n >= 2 && n <= 11 && (p.is(k, "الاولي") || p.is(k, "الاخيره")) && p.prep(k+1) == prFrom {
		// الستة أشهر الأولى من العام الجاري: the number before its unit,
		// as الأشهر الستة الأولى (session 17); only with the year written
		// after it (الستة أشهر الأولى في المنصب: a length)
		if _, _, _, _, oky := p.yearPart(k+2, true); oky {
			if c, ok := p.firstMonthsYear(i, k+1, n, p.is(k, "الاخيره")); ok {
				return c, true
			}
		}
	}
	if md := p.mod(k); md == mPast || md == mFuture {
		return cand{i: i, j: k + 1, kind: "duration", r: resolved{value: durValue(n, u)}}, true
	}
	// session 10: a number with the article before its unit is a definite
	// length without a modifier too (قرابة الخمس سنوات، توقفت الثلاثين
	// دقيقة); not before الأولى/الأول, the first days or months of a
	// period (read as an interval elsewhere), nor a count that is a
	// clock hour or an age's year (n < 2)
	if n < 2 || p.is(k, "الاولي") || p.is(k, "الاول") || p.mod(k) != mNone || !p.countedForm(n, j) || p.isNum(k) {
		return cand{}, false
	}
	return cand{i: i, j: k, kind: "duration", r: resolved{value: durValue(n, u)}}, true
}

// countedForm reports whether the unit at j has the form a counted noun
// takes after the number n: a plural after 3 to 10 (الخمس سنوات), a
// singular in the accusative after 11 and more (الثلاثين عاماً، الخمسين
// سنة، العشرين دقيقة). An ordinal with the article before a bare
// singular is a rank, not a count (الدور الثلاثين يوم الأحد، الملتقى
// الثاني والعشرين عام 2012).
func (p *parser) countedForm(n, j int) bool {
	e := p.e(j)
	if e == nil {
		return false
	}
	if n <= 10 {
		return e.ucount == 0
	}
	if e.ucount != 1 {
		return false
	}
	w := p.s.norm(j)
	return strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ه")
}

// articleTens adds to a number n with the article read before j the tens
// or teens after it: الأربع والعشرين، الخمسة عشر (the count and the
// token after it).
func (p *parser) articleTens(n, j int) (int, int) {
	if n >= 10 {
		return n, j
	}
	if e2 := p.e(j); e2 != nil && e2.teen {
		return n + 10, j + 1
	} else if e2 != nil && e2.ten && p.startsWithWaw(j) {
		return n + e2.card, j + 1
	} else if e2 != nil && e2.card >= 20 && e2.card <= 90 && p.hasArticle(j) && p.startsWithWaw(j) {
		return n + e2.card, j + 1 // الأربع والعشرين
	} else if e2 != nil && e2.ord >= 20 && p.hasArticle(j) && p.startsWithWaw(j) {
		return n + int(e2.ord), j + 1
	} else if p.is(j, "و") {
		if e3 := p.e(j + 1); e3 != nil && e3.ten {
			return n + e3.card, j + 2
		}
	}
	return n, j
}

// fraction handles نصف ساعة، ربع قرن، نصف عام at i (نصف or ربع without the
// article, before a singular unit): a duration in a smaller unit.
func (p *parser) fraction(i int) (cand, bool) {
	if p.hasArticle(i) {
		return cand{}, false
	}
	half := p.x(i) == xHalf
	e := p.e(i + 1)
	if e == nil || e.unit == uNone || e.ucount != 1 || e.ual || p.wawFirst(i) {
		return cand{}, false
	}
	v := ""
	switch e.unit {
	case uHour:
		v = "PT15M"
		if half {
			v = "PT30M"
		}
	case uDay:
		v = "PT6H"
		if half {
			v = "PT12H"
		}
	case uMonth:
		if half {
			v = "P15D"
		}
	case uYear:
		v = "P3M"
		if half {
			v = "P6M"
		}
	case uCentury:
		v = "P25Y"
		if half {
			v = "P50Y"
		}
	case uDecade:
		if half {
			v = "P5Y"
		}
	}
	if v == "" {
		return cand{}, false
	}
	return cand{i: p.approxStart(i), j: i + 2, kind: "duration", r: resolved{value: v}}, true
}

// decadeContext reports whether عقود/عقدين at a count starting at i (unit
// ending before k) means decades, not contracts: after a preposition of
// time or an approximation, or before من الزمن or a modifier.
func (p *parser) decadeContext(i, k int) bool {
	if p.prep(k) == prFrom && p.is(k+1, "الزمن") || p.mod(k) != mNone {
		return true
	}
	b := i - 1
	if p.x(b) == xApprox {
		b--
	} else if p.prep(b) == prFrom && p.x(b-1) == xMore {
		return true
	}
	switch p.prep(b) {
	case prSince, prDuring, prFor, prOn, prAfter, prBefore, prIn:
		return true
	}
	return p.is(b, "طوال") || p.is(b, "مدي") || p.is(b, "مدار")
}

// hijriRelYear reads a year counted in the Hijri calendar from the
// publication's (session 12): العام الهجري الحالي/القادم/الماضي (the
// adjective الهجري before the modifier), and العام الحالي/القادم + a
// Hijri year that agrees with it (العام القادم 1437هـ، العام الحالي 1436
// written in Shawwal 1436): the Gregorian days of that Hijri year, as a
// Hijri year written alone. Before, the Gregorian year, and the written
// year a mention of its own.
func (p *parser) hijriRelYear(i, j int) (cand, bool) {
	if !p.hasPub {
		return cand{}, false
	}
	hijAdj := p.is(j, "الهجري")
	if hijAdj {
		j++
	}
	md := p.mod(j)
	off := 0
	switch md {
	case mCurrent:
	case mPast:
		off = -1
	case mFuture:
		off = 1
	default:
		return cand{}, false
	}
	ph, _ := hijri.FromGregorian(p.pub)
	y, k := ph.Year+off, j+1
	if p.isNum(k) && p.s.toks[k].nd == 4 {
		if p.num(k) != y || p.isP(k+1, '/') || p.isP(k+1, '-') {
			return cand{}, false // العام الحالي 2015: the Gregorian year; 1436/1437هـ a pair of years
		}
		if p.x(k+1) != xYearH && p.countWord(k+1) {
			return cand{}, false // في العام الحالي 1436 طالبا: a count, not the year
		}
		k++
		if p.x(k) == xYearH {
			k++
		}
	} else if !hijAdj {
		return cand{}, false
	}
	r := p.resolveHijri(pdate{y: y, hijri: true, yabs: true})
	return cand{i: i, j: k, kind: "date", r: r}, true
}

// anniversaryYear reads the year after «مثل هذا اليوم» ending at j: «في
// مثل هذا اليوم من عام 1990» is the publication's day and month in that
// year, one mention from i (session 15; before, the day of publication
// and the year apart).
func (p *parser) anniversaryYear(i, j int) (cand, bool) {
	k := j
	if p.prep(k) != prFrom && p.prep(k) != prIn {
		return cand{}, false
	}
	k++
	if e := p.e(k); e != nil && e.unit == uYear && e.ucount == 1 {
		k++
	}
	if !p.isNum(k) || p.s.toks[k].nd != 4 {
		return cand{}, false
	}
	y := p.num(k)
	if y < 1000 || y > p.pub.Year() {
		return cand{}, false
	}
	m, d := p.pub.Month(), p.pub.Day()
	if d > daysIn(y, int(m)) { // 29 February in a common year
		return cand{}, false
	}
	k++
	if p.is(k, "م") {
		k++ // 1990 م
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return cand{i: i, j: k, kind: "date", r: resolved{value: t.Format("2006-01-02"), y: y, m: int(m), d: d}, dayOK: true}, true
}
