package dates

// Times of day: clock readings, parts of the day.

import (
	"strconv"
	"strings"
	"time"
)

// dayRef reads a day reference after a part of the day or a clock time:
// اليوم، أمس، الغد، [يوم] الخميس، 12 شباط، أمس الأول.
func (p *parser) dayRef(i int) (cand, bool) {
	e := p.e(i)
	if e == nil && !p.isNum(i) {
		return cand{}, false
	}
	if e != nil && e.rel != rNone && e.rel != rTonight {
		c, ok := p.relDayPlain(i)
		return c, ok
	}
	if p.thisDay(i) {
		// الساعة الخامسة من مساء هذا اليوم، صباح هذا اليوم الاثنين: after
		// a part of the day, «this day» is today (session 16); a weekday
		// after it tells which day, and stays a mention of its own
		c, ok := p.relDayPlain(i + 1)
		c.i, c.j = i, i+2
		return c, ok
	}
	if e2 := p.e(i + 1); p.prep(i) == prAfter && e2 != nil && e2.rel == rTomorrow && !p.hasArticle(i+1) {
		// مساء بعد غد: relDay counts بعد before غد
		if c, ok := p.relDayPlain(i + 1); ok {
			c.i = i
			return c, true
		}
	}
	if p.is(i, "اول") {
		// أول أمس, أول من أمس
		k := i + 1
		if p.prep(k) == prFrom {
			k++
		}
		if e2 := p.e(k); e2 != nil && e2.rel == rYesterday && !p.hasArticle(k) {
			return cand{i: i, j: k + 1, kind: "date", r: p.dayRes(-2), dayOK: true}, true
		}
	}
	if d, j, ok := p.calDate(i, false); ok && d.d > 0 {
		r := p.resolve(d)
		return cand{i: i, j: j, kind: "date", r: r, dayOK: true}, true
	}
	if c, ok := p.weekdayMention(i); ok {
		return c, true
	}
	return cand{}, false
}

// relDayPlain is relDay without the time attachment (used inside times).
func (p *parser) relDayPlain(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	off := 0
	switch e.rel {
	case rYesterday:
		off = -1
		if e2 := p.e(j); e2 != nil && e2.ord == 1 {
			off, j = -2, j+1
		}
	case rTomorrow:
		off = 1
		if p.prep(i-1) == prAfter && !p.hasArticle(i) { // بعد غد
			off = 2
		}
	case rToday:
		if p.mod(j) == mNext {
			return p.sameDay(i, j+1, 1), true
		}
		if p.mod(j) == mSame {
			return p.sameDay(i, j+1, 0), true
		}
	}
	r := p.dayRes(off)
	if e2 := p.e(j); e2 != nil && e2.wday > 0 && e2.wdal {
		r = p.namedWeekdayWins(r, j) // مساء اليوم السبت, as اليوم السبت
		j++
	}
	return cand{i: i, j: j, kind: "date", r: r, dayOK: true}, true
}

// partOfDay reads صباح اليوم، مساء أمس، ليلة الخميس، فجر 12 شباط: the
// part, the day it belongs to, then a night across two days or a clock
// time after it.
func (p *parser) partOfDay(i int) (cand, bool) {
	e := p.e(i)
	if e.part == pAfternoon && p.hasArticle(i) && p.isAny(i+1, eraAdjectives) {
		return vagueRef(i, i+2, "PRESENT_REF") // العصر الحديث: the modern era, not the afternoon
	}
	if c, ok := p.nightBetween(i); ok {
		return c, true
	}
	j := p.skipDayWord(i + 1)
	if p.hasArticle(i) && p.mod(i+1) == mPast && e.part == pNight {
		return cand{i: i, j: i + 2, kind: "date", r: p.timeRes(p.pubDay(-1), "NI")}, true
	}
	d, ok := p.dayRef(j)
	if ok && !p.hasArticle(i) && d.kind == "time" && len(d.r.value) > 10 && d.r.value[10] == 'T' {
		// صباح الأحد المقبل في تمام الساعة العاشرة: the day read its time
		return cand{i: i, j: d.j, kind: "time", r: resolved{value: partHours(d.r.value, e.part)}}, true
	}
	if !ok && p.is(i, "عشيه") {
		return p.eventEve(i)
	}
	if !ok && !p.hasArticle(i) && (e.part == pMorning || e.part == pEvening) && p.is(i+1, "العيد") {
		return habitualFeast(i, i+2), true // صباح العيد
	}
	if !ok || !d.dayOK || p.hasArticle(i) {
		return p.bareAdverb(i)
	}
	if e.part == pNight && d.r.d > 0 && len(d.r.value) == 10 {
		if c, ok := p.nightAcross(i, d); ok {
			return c, true
		}
	}
	// مساء الخميس: the value is the day alone (a part of the day is not
	// ISO 8601; TimeML's TEV is left out), a clock time after it keeps the
	// time.
	c := cand{i: i, j: d.j, kind: "date", r: resolved{value: d.r.value}, dayOK: true, part: e.part}
	c.r.y, c.r.m, c.r.d = d.r.y, d.r.m, d.r.d
	return p.partThenClock(c, e.part, d.r.value), true
}

// skipDayWord skips يوم at j before a weekday or a relative day: صباح يوم
// الخميس.
func (p *parser) skipDayWord(j int) int {
	if p.is(j, "يوم") || (p.e(j) != nil && p.e(j).unit == uDay && p.e(j).ucount == 1 && !p.hasArticle(j) && p.e(j).wday == 0) {
		if p.e(j+1) != nil && (p.e(j+1).wday > 0 || p.e(j+1).rel != rNone) {
			return j + 1
		}
	}
	return j
}

// partThenClock extends a part of the day c with a clock time after it:
// صباح اليوم الساعة العاشرة.
func (p *parser) partThenClock(c cand, part int8, dayValue string) cand {
	k := c.j
	if p.isP(k, ',') || p.prep(k) == prIn || p.prep(k) == prAt {
		k++
	}
	if p.x(k) == xHour || p.isClock(k) {
		if tc, ok := p.clockOnly(k, part); ok {
			return p.mergeTime(c, tc, dayValue)
		}
	}
	return c
}

// nightAcross reads ليل الاثنين الثلاثاء, ليلة السبت على الأحد after the
// day d of a night at i: a night across two days is the first day, whose
// night it is, as a part of the day gives its day (session 7, one
// convention with the real-copy annotators: «ليل الجمعة السبت» is the
// Friday; before, the interval of the two days). The span holds both.
func (p *parser) nightAcross(i int, d cand) (cand, bool) {
	k := d.j
	if p.prep(k) == prOn || p.isP(k, '-') || p.prep(k) == prUntil {
		k++
	}
	wd := int(time.Date(d.r.y, time.Month(d.r.m), d.r.d, 0, 0, 0, 0, time.UTC).Weekday()) + 1
	if e2 := p.e(k); e2 != nil && e2.wday > 0 && e2.wdal && int(e2.wday) == wd%7+1 {
		return cand{i: i, j: k + 1, kind: "date", r: resolved{value: d.r.value, y: d.r.y, m: d.r.m, d: d.r.d}}, true
	}
	return cand{}, false
}

// nightBetween reads الليلة الفاصلة بين الاثنين والثلاثاء at i: the night
// across two days is the first (session 12), as ليل الاثنين الثلاثاء.
func (p *parser) nightBetween(i int) (cand, bool) {
	if !p.hasArticle(i) || !(p.is(i+1, "الفاصله") || p.is(i+1, "الواقعه")) || p.prep(i+2) != prBetween {
		return cand{}, false
	}
	e1, e2 := p.e(i+3), p.e(i+4)
	if e1 == nil || e2 == nil || e1.wday == 0 || !e1.wdal || !e2.wdal || int(e2.wday) != int(e1.wday)%7+1 || !p.startsWithWaw(i+4) {
		return cand{}, false
	}
	v, t := p.weekdayDate(int(e1.wday), mNone, i+3)
	r := resolved{value: v}
	if !t.IsZero() {
		r.y, r.m, r.d = t.Year(), int(t.Month()), t.Day()
	}
	return cand{i: i, j: i + 5, kind: "date", r: r}, true
}

// hourThenPart reports whether an hour in words at i (العاشرة، الحادية
// عشرة، العاشرة والنصف) is followed by a part of the day (صباحاً), so that it
// reads as a time without الساعة.
func (p *parser) hourThenPart(i int) bool {
	e := p.e(i)
	if e == nil || e.ord == 0 || !e.ordf {
		return false
	}
	if p.ordinalOfNoun(i) {
		return false // الطفلة الثانية صباح اليوم
	}
	for k := i + 1; k <= i+3 && k < len(p.s.toks); k++ {
		ek := p.e(k)
		if ek == nil {
			return false
		}
		if ek.part != pNone {
			return !p.hasArticle(k) || p.is(k, "الظهر")
		}
		if (p.is(k, "قبل") || p.is(k, "بعد")) && (p.is(k+1, "الظهر") || p.is(k+1, "الزوال")) || p.afternoonOf(k) || p.afterMidnight(k) {
			return true // الحادية عشرة قبل الظهر، الرابعة بعد ظهر أمس، الثانية بعد منتصف الليل
		}
		if ek.prep == prFrom && k == i+1 && e.ord != 1 && !p.is(i-1, "الساعات") {
			// العاشرة من صباح الغد
			if e2 := p.e(k + 1); e2 != nil && e2.part != pNone && !p.hasArticle(k+1) || p.afternoonOf(k+1) {
				return true
			}
			return false
		}
		// العاشرة والنصف، الثانية وخمس دقائق ظهرا
		if !(ek.teen || ek.x == xHalf || ek.x == xQuarter || ek.x == xThird || p.is(k, "و") || ek.card > 0 && p.startsWithWaw(k) || ek.unit == uMinute) {
			return false
		}
	}
	return false
}

// ordinalOfNoun reports an ordinal at i that agrees with the feminine noun
// before it, right before a part of the day (الطفلة الثانية صباح اليوم:
// "the second girl", not two o'clock).
func (p *parser) ordinalOfNoun(i int) bool {
	return p.adjArticle(i) && p.adjArticle(i-1) && p.e(i-1) == nil && strings.HasSuffix(p.word(i-1), "ه") &&
		p.e(i+1) != nil && p.e(i+1).part != pNone
}

// eventEve reads عشية "on the eve of" and غداة "the day after" before an
// event the text does not date (عشية استئناف المفاوضات، غداة دخول القوات
// المدينة): a date whose day is not given, UNKNOWN, the word alone (the
// guidelines, session 11). Before a day, a date, a feast or a part of
// the day it is read with them; before punctuation and in بين عشية
// وضحاها "overnight" not at all.
func (p *parser) eventEve(i int) (cand, bool) {
	k := i + 1
	if k >= len(p.s.toks) || p.s.toks[k].kind != tWord || p.lineBreakAfter(i) || p.hasArticle(i) {
		return cand{}, false
	}
	if e := p.e(k); e != nil || p.namedFeast(k) || p.is(k, "العيد") || p.is(k, "ذلك") || p.is(k, "وضحاها") {
		return cand{}, false // عشية أمس، عشية عيد الفطر، عشية 14 تموز، غداة ذلك
	}
	return cand{i: i, j: i + 1, kind: "date", r: resolved{value: "UNKNOWN"}}, true
}

// bareAdverb reads a part of the day used alone as an adverb: وصل مساءً،
// غادر ليلاً. The day is not written, so the value is the part alone
// (TEV, TNI), as a bare clock time is THH:MM.
func (p *parser) bareAdverb(i int) (cand, bool) {
	if p.hasArticle(i) {
		return cand{}, false
	}
	t := &p.s.toks[i]
	w := p.s.nbuf[t.nstart:t.nend]
	// صباحا، ليلا (عصرا is also "an era")
	accusative := len(w) >= 6 && string(w[len(w)-2:]) == "ا" && p.e(i).part != pAfternoon
	if !accusative {
		// مساء (مساءً) before punctuation or a preposition; otherwise it is
		// "the evening of" something not a day (مساء الخير)
		if !p.is(i, "مساء") || !(i+1 >= len(p.s.toks) || p.s.toks[i+1].kind == tPunct || p.prep(i+1) != prNone) {
			return cand{}, false
		}
	}
	if p.isNum(i-1) || p.x(i-1) == xHour || p.e(i-1) != nil && p.e(i-1).ord > 0 {
		return cand{}, false // after a clock reading it is read by the clock
	}
	return cand{i: i, j: i + 1, kind: "date", r: p.lastDay()}, true
}

// lastDay is the value of a part of the day written without a day (وصل
// مساءً): the last day mentioned before it, else the publication day.
func (p *parser) lastDay() resolved {
	if p.lastD > 0 {
		t := time.Date(p.lastY, time.Month(p.lastM), p.lastD, 0, 0, 0, 0, time.UTC)
		return resolved{value: p.day(t)}
	}
	return p.dayRes(0)
}

// withTime extends a day mention with a following clock time: الثلاثاء
// الساعة العاشرة، أمس في تمام الساعة 10:30.
func (p *parser) withTime(c cand) cand {
	if !c.dayOK {
		return c
	}
	k := c.j
	if p.isP(k, ',') || p.prep(k) == prIn || p.prep(k) == prAt || p.prep(k) == prFrom || p.prep(k) == prBetween || p.prep(k) == prOn && p.x(k+1) == xHour {
		k++ // على الساعة العاشرة: the Maghrebi "at" of a clock time
	}
	if p.x(k) == xHour && p.is(k, "تمام") {
		k++
	}
	if p.x(k) != xHour && !p.isClock(k) {
		return c
	}
	tc, ok := p.clockOnly(k, pNone)
	if !ok {
		return c
	}
	return p.mergeTime(c, tc, c.r.value)
}

func (p *parser) mergeTime(day, tc cand, dayValue string) cand {
	out := cand{i: day.i, j: tc.j, kind: "time", r: day.r}
	if dayValue == "UNKNOWN" || len(dayValue) < 10 {
		out.r.value = tc.r.value
	} else {
		out.r.value = withDay(dayValue[:10], tc.r.value)
	}
	return out
}

func (p *parser) isClock(i int) bool {
	return p.isNum(i) && p.s.toks[i].nd <= 2 && p.isP(i+1, ':') && p.isNum(i+2) && p.s.toks[i+2].nd == 2 && p.glued(i+1) && p.glued(i+2)
}

// clock reads a time of day at i and the day it belongs to, if written:
// الساعة العاشرة صباحاً من يوم الخميس, 10:30 بتوقيت غرينتش.
func (p *parser) clock(i int) (cand, bool) {
	c, ok := p.clock1(i)
	if !ok || c.kind != "time" || strings.IndexByte(c.r.value, '/') >= 0 {
		return c, ok
	}
	// من الساعة 11 مساء الجمعة وحتى الساعة 5 صباح السبت: each end has
	// its own day
	k := c.j
	if p.prep(k) != prUntil {
		return c, true
	}
	k++
	if p.x(k) != xHour && !p.isClock(k) {
		return c, true
	}
	c2, ok2 := p.clock1(k)
	if !ok2 || c2.kind != "time" || strings.IndexByte(c2.r.value, '/') >= 0 {
		return c, true
	}
	v1, v2 := c.r.value, c2.r.value
	if len(v1) > 10 && v1[10] == 'T' && v2[0] == 'T' {
		v2 = v1[:10] + v2
	}
	if (v1[0] == 'T') != (v2[0] == 'T') {
		return c, true
	}
	return cand{i: c.i, j: c2.j, kind: "time", r: resolved{value: v1 + "/" + v2}}, true
}

func (p *parser) clock1(i int) (cand, bool) {
	start := i
	if p.is(i, "تمام") && p.x(i+1) == xHour {
		i++
	}
	tc, ok := p.clockOnly(i, pNone)
	if !ok {
		return cand{}, false
	}
	tc.i = start
	// من صباح يوم الخميس, من يوم أمس, اليوم
	k := tc.j
	if p.isP(k, ',') || p.prep(k) == prFrom || p.prep(k) == prIn {
		k++
	}
	part := int8(pNone)
	if p.afternoonOf(k) {
		part, k = pAfternoon, k+1 // من بعد ظهر أمس: the afternoon of a day
	}
	if e := p.e(k); e != nil && e.part != pNone && !p.hasArticle(k) {
		if part == pNone {
			part = e.part
		}
		if d, ok := p.partOfDay(k); ok && d.r.value != "UNKNOWN" && len(d.r.value) >= 10 {
			h := p.hourFor(tc, part)
			r := resolved{value: withDay(d.r.value[:10], h), y: d.r.y, m: d.r.m, d: d.r.d} // the day stays the last one named
			return cand{i: start, j: d.j, kind: "time", r: r}, true
		}
	}
	if d, ok := p.dayRef(k); ok && d.dayOK {
		return p.mergeTime(cand{i: start, r: d.r}, tc, d.r.value), true
	}
	if (p.x(k) == xFirstDay || p.x(k) == xEdge) && tc.r.value[0] == 'T' && len(tc.r.value) == 6 {
		// الساعة 5:42 عصر أول أيام عيد الفطر: the hour of a feast's day,
		// one date-time (session 17)
		if d, ok := p.feast(k); ok && d.kind == "date" && len(d.r.value) == 10 {
			r := d.r
			r.value = withDay(d.r.value, tc.r.value)
			return cand{i: start, j: d.j, kind: "time", r: r}, true
		}
	}
	return tc, true
}

// afternoonOf reports بعد ظهر at k followed by the day it is the afternoon
// of (بعد ظهر أمس، بعد ظهر اليوم السبت، بعد ظهر يوم الخميس).
func (p *parser) afternoonOf(k int) bool {
	e := p.e(k + 1)
	return p.is(k, "بعد") && e != nil && e.part == pNoon && !p.hasArticle(k+1) && p.dayRefAfter(p.skipDayWord(k+2))
}

// clockOnly reads الساعة N[:MM] [والنصف] [صباحاً] [بتوقيت X] or HH:MM.
// part is a part of the day already known (صباح اليوم الساعة العاشرة).
func (p *parser) clockOnly(i int, part int8) (cand, bool) {
	c, ok := p.clockAt(i, part, false)
	if !ok {
		return c, false
	}
	return p.clockRange(c), true
}

// clockRange extends a clock time with a second one: الساعة السادسة
// صباحاً حتى الساعة العاشرة مساءً, بين الساعة 9 و11, من 10:00 إلى 14:00. The
// value is an ISO 8601 interval of times, T06:00/T22:00 (a day written
// next to it is added to both sides by the caller).
func (p *parser) clockRange(c cand) cand {
	k := c.j
	pr := p.prep(k)
	between := p.prep(c.i-1) == prBetween
	if between && p.wawFirst(k) && p.e(k) != nil && p.e(k).ordf {
		// بين الساعة الثامنة والعاشرة صباحاً: و glued to the second hour
		k--
	} else if !(pr == prUntil || p.isP(k, '-') || (between && pr == prAnd)) {
		return c
	}
	k++
	if p.prep(k) == prAt || p.prep(k) == prIn {
		k++
	}
	c2, ok := p.clockAt(k, pNone, true)
	if p.is(k, "منتصف") && p.is(k+1, "الليل") {
		// من الخامسة عصراً حتى منتصف الليل: the end of the day, 24:00
		c2, ok = cand{i: k, j: k + 2, kind: "time", r: resolved{value: "T24:00"}}, true
	}
	if !ok || c2.j <= k {
		return c
	}
	v1 := c.r.value
	if c.part == pNone && c2.part != pNone {
		// بين 8:30 و8:45 مساءً: the part written once holds for both,
		// when that keeps them in order
		if a := partHours(v1, c2.part); a <= c2.r.value {
			v1 = a
		}
	}
	v2 := c2.r.value
	if c.part == pNone && c2.part == pNone && len(v1) == 6 && len(v2) == 6 && v2 < v1 {
		// من الساعة 8.30 إلى الساعة 5.30: the end is in the afternoon
		if a := partHours(v2, pEvening); a > v1 {
			v2 = a
		}
	}
	return cand{i: c.i, j: c2.j, kind: "time", r: resolved{value: v1 + "/" + v2}, part: c2.part}
}

// withDay puts the day day10 (YYYY-MM-DD) before a time value THH:MM or
// before both sides of an interval of times THH:MM/THH:MM.
func withDay(day10, tv string) string {
	if a, b, ok := strings.Cut(tv, "/"); ok {
		return day10 + a + "/" + day10 + b
	}
	return day10 + tv
}

// clockAt reads one clock time at i. second says it is the end of an
// interval, where a bare number or ordinal is an hour (حتى 10 مساءً). The
// stages: الساعة [تمام], the hour and minutes, a fraction or minutes in
// words, the part of the day, the time zone.
func (p *parser) clockAt(i int, part int8, second bool) (cand, bool) {
	start := i
	i, word, ok := p.clockHead(i, second)
	if !ok {
		return cand{}, false
	}
	h, mi, j := p.clockHour(i, word)
	if h < 0 || h > 24 || mi > 59 {
		return cand{}, false
	}
	mi, j = p.clockMinutes(j, mi)
	if mi < 0 {
		mi += 60
		h--
		if h < 0 {
			h = 23
		}
	}
	part, j = p.clockPart(j, part)
	h = adjustHour(h, part)
	j = p.clockZone(j)
	if !word && part == pNone && j == i+3 && p.isClock(i) {
		// a bare 10:30 with nothing around it: still a time, but not a score
		if p.isP(start-1, '(') || p.isNum(start-2) {
			return cand{}, false
		}
	}
	return cand{i: start, j: j, kind: "time", r: resolved{value: "T" + pad2(h) + ":" + pad2(mi)}, part: part}, true
}

// clockHead skips الساعة [تمام] at i and says whether the hour is a word
// or a number read as an hour (word).
func (p *parser) clockHead(i int, second bool) (int, bool, bool) {
	word := second
	if p.x(i) == xHour {
		if p.is(i, "تمام") {
			if p.x(i+1) != xHour {
				return i, false, false
			}
			i++
		}
		word = true
		i++
		if p.x(i) == xArticle && p.isNum(i+1) && p.glued(i+1) {
			i++ // الساعة الـ2:47
		}
	}
	if !word && p.hourThenPart(i) {
		word = true // العاشرة صباحاً without الساعة
	}
	if !word && p.digitHourThenPart(i) {
		word = true // من 10 ص حتى 3 م، من 8 صباحاً وحتى 3 مساءً
	}
	return i, word, true
}

// digitHourThenPart reports an hour in digits without الساعة (1 to 12)
// after من، حتى، إلى، بين or عند and before a part of the day (ص،
// صباحاً، مساءً…): the opening hour of a schedule, من 10 ص حتى 3 م
// (session 14). A bare م after it (a metre as well as "p.m.") is not
// enough for the first hour; the second is read by clockRange.
func (p *parser) digitHourThenPart(i int) bool {
	if !p.isNum(i) || p.s.toks[i].nd > 2 || p.num(i) < 1 || p.num(i) > 12 || p.isP(i+1, ':') || p.isP(i+1, '.') {
		return false
	}
	switch p.prep(i - 1) {
	case prFrom, prUntil, prBetween, prAt:
	default:
		return false
	}
	if p.is(i+1, "م") {
		return false
	}
	part, j := p.clockPart(i+1, pNone)
	return part != pNone && j > i+1
}

// commaMinutes reports a comma (Latin or Arabic) at j, which some copy
// writes between an hour and its minutes (الساعة 5،42 عصراً، 12,30 ظهراً;
// session 17). clockHour reads it only glued on both sides, with two
// digits after it, after الساعة (a bare «12,30 ظهرا» is left: a count
// with a decimal comma looks the same).
func (p *parser) commaMinutes(j int) bool { return p.isP(j, ',') }

// clockHour reads the hour and minutes at i: 10:30, 10.30 or 10 after
// الساعة, العاشرة, الحادية عشرة. h is -1 when there is none.
func (p *parser) clockHour(i int, word bool) (h, mi, j int) {
	switch {
	case p.isClock(i):
		return p.num(i), p.num(i + 2), i + 3
	case word && p.isNum(i) && p.s.toks[i].nd <= 2:
		j = i + 1
		if (p.isP(j, '.') || p.commaMinutes(j)) && p.isNum(j+1) && p.s.toks[j+1].nd == 2 && p.glued(j) && p.glued(j+1) {
			return p.num(i), p.num(j + 1), j + 2
		}
		return p.num(i), 0, j
	case p.isNum(i) && p.s.toks[i].nd == 4 && p.num(i)/100 < 24 && p.num(i)%100 < 60 && (word || p.clockZone(i+1) > i+1):
		// الساعة 0915, (0630 بتوقيت جرينتش): hours and minutes run together
		return p.num(i) / 100, p.num(i) % 100, i + 1
	case word:
		return p.hourWord(i)
	}
	return -1, 0, i
}

// hourWord reads an ordinal hour: العاشرة, الحادية عشرة, الثانية عشرة.
func (p *parser) hourWord(i int) (h, mi, j int) {
	e := p.e(i)
	if e == nil || e.ord <= 0 || !(e.ordf || e.ord == 1) {
		return -1, 0, i
	}
	h, j = int(e.ord), i+1
	if h == 11 || h == 2 {
		if e2 := p.e(j); e2 != nil && e2.teen {
			h = h%10 + 10
			j++
		}
	}
	if h == 11 && j == i+1 {
		h = -1
	}
	return h, 0, j
}

// fractionMinutes are the minutes of والنصف، والربع، والثلث.
var fractionMinutes = map[int8]int{xHalf: 30, xQuarter: 15, xThird: 20}

// clockMinutes reads what follows the hour: والنصف، والربع، إلا ربعاً، و10
// دقائق; و النصف written apart.
func (p *parser) clockMinutes(j, mi int) (int, int) {
	if n, ok := fractionMinutes[p.x(j+1)]; ok && p.is(j, "و") {
		mi += n
		j += 2
	}
	x := p.x(j)
	if n, ok := fractionMinutes[x]; ok && p.wawFirst(j) {
		return mi + n, j + 1
	}
	switch {
	case p.wawFirst(j) || p.is(j, "و"):
		return p.minutesInWords(j, mi)
	case x == xMinus:
		if x1 := p.x(j + 1); x1 == xQuarter || x1 == xThird {
			return mi - fractionMinutes[x1], j + 2
		}
	}
	return mi, j
}

// minutesInWords reads و10 دقائق, وسبع دقائق.
func (p *parser) minutesInWords(j, mi int) (int, int) {
	k := j
	if p.is(j, "و") {
		k++
	}
	if e2 := p.e(k); e2 != nil && e2.unit == uMinute && e2.ual && e2.ucount == 1 && (k > j || p.wawFirst(k)) {
		// والدقيقة الثامنة، والدقيقة 40: the minute by its ordinal or
		// number (session 16)
		if n, k2, ok := p.ordinal(k + 1); ok && n < 60 {
			return mi + n, k2
		}
		if p.isNum(k+1) && p.num(k+1) < 60 && !p.decimalAt(k+1) {
			return mi + p.num(k+1), k + 2
		}
	}
	if n, k2, ok := p.count(k); ok && n > 0 && n < 60 {
		if e2 := p.e(k2); e2 != nil && e2.unit == uMinute && !e2.ual {
			return mi + n, k2 + 1
		}
	} else if e2 := p.e(k); e2 != nil && e2.card > 0 && e2.card < 60 && p.wawFirst(k) && !p.hasArticle(k) {
		if e3 := p.e(k + 1); e3 != nil && e3.unit == uMinute && !e3.ual {
			return mi + e2.card, k + 2
		}
	}
	return mi, j
}

// partMarks are the written forms that give the part of the day after a
// clock time: ص، م، قبل الظهر… A second word, when given, is one of two.
var partMarks = []struct {
	first  string
	second []string
	part   int8
}{
	{"ص", nil, pMorning},
	{"am", nil, pMorning},
	{"م", nil, pEvening},
	{"pm", nil, pEvening},
	{"بعد", []string{"الظهر", "الزوال"}, pAfternoon},
	{"قبل", []string{"الظهر", "الزوال"}, pMorning},
	{"زوالا", nil, pNoon},
}

// clockPart reads the part of the day after a clock time (صباحاً, من
// مساء, ص, بعد الظهر); صباح اليوم is a day phrase, left to the caller.
func (p *parser) clockPart(j int, part int8) (int8, int) {
	if e := p.e(j); e != nil && e.part != pNone && !p.hasArticle(j) && !p.dayRefAfter(j+1) {
		return e.part, j + 1
	}
	if p.prep(j) == prFrom && p.e(j+1) != nil && p.e(j+1).part != pNone && !p.hasArticle(j+1) && !p.dayRefAfter(j+2) {
		return p.e(j + 1).part, j + 2
	}
	if p.afterMidnight(j) {
		return pMorning, j + 3 // الثانية بعد منتصف الليل: 02:00 (session 14)
	}
	for _, m := range partMarks {
		if !p.is(j, m.first) {
			continue
		}
		if m.second == nil {
			return m.part, j + 1
		}
		for _, w := range m.second {
			if p.is(j+1, w) {
				return m.part, j + 2
			}
		}
	}
	return part, j
}

// afterMidnight reports بعد منتصف الليل "after midnight" at j: after an
// hour it is the small hours (الثانية بعد منتصف الليل 02:00, الثانية
// عشرة بعد منتصف الليل 00:00).
func (p *parser) afterMidnight(j int) bool {
	return p.is(j, "بعد") && p.is(j+1, "منتصف") && p.is(j+2, "الليل")
}

// zoneWords name a time zone after a clock time; zoneAfter may follow
// بتوقيت and its place (بتوقيت مكة المكرمة).
var (
	zoneWords = []string{"gmt", "utc", "غرينتش", "جرينتش", "تغ"}
	zoneAfter = []string{"المكرمه", "المحلي", "المحليه", "الدولي"}
)

// clockZone skips a time zone after a clock time: بتوقيت مكة المكرمة،
// غرينتش، ت.غ.
func (p *parser) clockZone(j int) int {
	if p.x(j) == xZone {
		j++
		if j < len(p.s.toks) && p.s.toks[j].kind == tWord {
			j++
			if p.isAny(j, zoneAfter) {
				j++
			}
		}
		return j
	}
	switch {
	case p.isAny(j, zoneWords):
		return j + 1
	case p.is(j, "ت") && p.isP(j+1, '.') && p.is(j+2, "غ"):
		return j + 3
	case p.is(j, "ت") && p.is(j+1, "غ"):
		return j + 2
	}
	return j
}

// dayRefAfter reports whether a day reference starts at i (so that من صباح
// belongs to the day phrase rather than to the hour).
func (p *parser) dayRefAfter(i int) bool {
	e := p.e(i)
	if e == nil {
		return p.isNum(i)
	}
	if next := p.e(i + 1); next != nil && (p.prep(i) == prAfter && next.rel == rTomorrow || p.is(i, "اول") && (next.rel == rYesterday || next.prep == prFrom && p.e(i+2) != nil && p.e(i+2).rel == rYesterday)) {
		return true // بعد غد، أول أمس، أول من أمس
	}
	return e.rel != rNone || e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !p.hasArticle(i)) || p.thisDay(i)
}

// thisDay reports هذا اليوم at i (the day read as اليوم after a part of
// the day; alone it is anaphoric and not read).
func (p *parser) thisDay(i int) bool {
	e := p.e(i + 1)
	return p.x(i) == xDemo && p.is(i, "هذا") && e != nil && e.rel == rToday && p.hasArticle(i+1)
}

func (p *parser) hourFor(tc cand, part int8) string {
	if a, b, ok := strings.Cut(tc.r.value, "/"); ok {
		return p.hourFor(cand{r: resolved{value: a}}, part) + "/" + p.hourFor(cand{r: resolved{value: b}}, part)
	}
	v := tc.r.value // THH:MM
	if len(v) != 6 {
		return v
	}
	h, _ := strconv.Atoi(v[1:3])
	return "T" + pad2(adjustHour(h, part)) + v[3:]
}

// partHours applies a part of the day to the hours of a value
// YYYY-MM-DDTHH:MM (or an interval of two): مساء الأحد الساعة الثامنة.
func partHours(v string, part int8) string {
	if a, b, ok := strings.Cut(v, "/"); ok {
		return partHours(a, part) + "/" + partHours(b, part)
	}
	t := strings.IndexByte(v, 'T')
	if t < 0 || len(v) != t+6 {
		return v
	}
	h, err := strconv.Atoi(v[t+1 : t+3])
	if err != nil {
		return v
	}
	return v[:t+1] + pad2(adjustHour(h, part)) + v[t+3:]
}

// adjustHour turns a 12-hour clock reading into 24 hours.
func adjustHour(h int, part int8) int {
	switch part {
	case pNoon, pAfternoon:
		if h < 12 && h != 0 && h <= 7 {
			h += 12
		}
	case pEvening:
		if h < 12 && h != 0 {
			h += 12
		}
	case pNight:
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0 // الثانية عشرة ليلاً: midnight
		}
	case pMorning, pDawn:
		if h == 12 {
			h = 0
		}
	}
	if h == 24 {
		h = 0
	}
	return h
}
