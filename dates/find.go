package dates

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rasid/rasid"
)

// parser finds the mentions of one text. The grammar is a set of
// hand-written rules over the scanned tokens; each rule starts at a token
// with a temporal role and returns the token after its last one.
type parser struct {
	s      scanner
	pub    time.Time
	hasPub bool
	out    []rasid.DateMention
	// discourse state: the last month and day mentioned, for الشهر ذاته.
	lastY, lastM, lastD int
}

var parsers = sync.Pool{New: func() any { return new(parser) }}

// Find returns every temporal expression in text, in order, with byte spans
// into text and ISO 8601 values resolved against the publication date pub.
// When pub is the zero time, values that need it are "UNKNOWN" (or carry
// XXXX for an unknown year). Find never modifies text and never fails.
func Find(text string, pub time.Time) []rasid.DateMention {
	p := parsers.Get().(*parser)
	p.pub = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	p.hasPub = !pub.IsZero()
	p.out = nil
	p.lastY, p.lastM, p.lastD = 0, 0, 0
	p.s.scan(text)
	p.run()
	out := p.out
	p.out = nil
	p.s.text = ""
	if cap(p.s.toks) > 1<<16 {
		p.s.toks, p.s.nbuf = nil, nil
	}
	parsers.Put(p)
	return out
}

// cand is a mention under construction: tokens [i, j).
type cand struct {
	i, j  int
	kind  string
	r     resolved
	dayOK bool // the value is a single day (a time can attach to it)
	part  int8
}

func (p *parser) run() {
	n := len(p.s.toks)
	for i := 0; i < n; {
		t := &p.s.toks[i]
		if t.kind == tPunct || (t.kind == tWord && t.e == nil) {
			i++
			continue
		}
		c, ok := p.at(i)
		if !ok || c.j <= i {
			i++
			continue
		}
		p.emit(c)
		i = c.j
	}
}

func (p *parser) emit(c cand) {
	toks := p.s.toks
	start := int(toks[c.i].cstart)
	end := int(toks[c.j-1].end)
	if end <= start {
		return
	}
	m := rasid.DateMention{Span: rasid.Span{Start: start, End: end}, Value: c.r.value, Kind: c.kind, Hijri: c.r.hijri, Calendar: c.r.cal}
	p.out = append(p.out, m)
	if c.r.m > 0 && c.r.y > 0 {
		p.lastY, p.lastM = c.r.y, c.r.m
		if c.r.d > 0 {
			p.lastD = c.r.d
		} else {
			p.lastD = 0
		}
	} else if c.r.y > 0 && c.kind == "date" {
		p.lastY = c.r.y
	}
}

// token helpers

func (p *parser) e(i int) *entry {
	if i < 0 || i >= len(p.s.toks) {
		return nil
	}
	return p.s.toks[i].e
}

func (p *parser) isNum(i int) bool {
	return i >= 0 && i < len(p.s.toks) && p.s.toks[i].kind == tNum && p.s.toks[i].num >= 0
}

func (p *parser) num(i int) int { return p.s.toks[i].num }

func (p *parser) isP(i int, c byte) bool {
	return i >= 0 && i < len(p.s.toks) && p.s.toks[i].kind == tPunct && p.s.toks[i].p == c
}

// glued reports that token i follows i-1 without a space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.s.toks) && !p.s.toks[i].sp
}

// is reports whether word token i normalises to w (w already normalised).
func (p *parser) is(i int, w string) bool {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	t := &p.s.toks[i]
	if string(p.s.nbuf[t.nstart:t.nend]) == w {
		return true
	}
	return t.e != nil && t.e == lexicon[w]
}

// hasArticle reports whether word token i starts with ال (after clitics).
func (p *parser) hasArticle(i int) bool {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	t := &p.s.toks[i]
	w := p.s.nbuf[t.nstart:t.nend]
	if len(w) >= 4 && string(w[:4]) == "ال" {
		return true
	}
	if len(w) >= 6 && (string(w[:6]) == "وال" || string(w[:6]) == "بال" || string(w[:6]) == "فال" || string(w[:6]) == "كال") {
		return true
	}
	return len(w) >= 4 && string(w[:4]) == "لل"
}

func (p *parser) prep(i int) int8 {
	if e := p.e(i); e != nil {
		return e.prep
	}
	return prNone
}

func (p *parser) x(i int) int8 {
	if e := p.e(i); e != nil {
		return e.x
	}
	return xNone
}

func (p *parser) mod(i int) int8 {
	if e := p.e(i); e != nil {
		return e.mod
	}
	return mNone
}

// at tries the rules at token i.
func (p *parser) at(i int) (cand, bool) {
	t := &p.s.toks[i]
	if t.kind == tNum {
		return p.atNumber(i)
	}
	e := t.e
	if e.x == xArticle && p.isNum(i+1) {
		if c, ok := p.dateRange(i, i); ok {
			return c, true
		}
		// الـ24 ساعة الماضية
		if c, ok := p.duration(i + 1); ok {
			c.i = i
			if md := p.mod(c.j); md == mPast || md == mFuture {
				c.j++
			}
			return c, true
		}
		return cand{}, false
	}
	switch e.prep {
	case prSince, prBefore, prAfter:
		if c, ok := p.agoLater(i); ok {
			return c, true
		}
	case prFrom, prBetween:
		if c, ok := p.dateRange(i+1, i); ok && c.kind == "range" {
			return c, true
		}
	}
	if e.x == xEdge || e.x == xFirstDay {
		if c, ok := p.edge(i); ok {
			return c, true
		}
	}
	if e.month > 0 || e.hmonth > 0 || e.hhead > 0 || e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !e.ual) ||
		(e.unit == uMonth && e.ucount == 1 && !e.ual) || (e.unit == uYear && e.ucount != 0) || e.ord > 0 {
		if c, ok := p.dateRange(i, i); ok {
			return c, true
		}
	}
	if e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !e.ual) {
		if c, ok := p.weekdayMention(i); ok {
			return c, true
		}
	}
	if e.rel != rNone {
		if c, ok := p.relDay(i); ok {
			return c, true
		}
	}
	if e.part != pNone {
		if c, ok := p.partOfDay(i); ok {
			return c, true
		}
	}
	if e.x == xHour || e.ord > 0 && e.ordf && p.e(i+1) != nil && p.e(i+1).part != pNone && !p.hasArticle(i+1) {
		if c, ok := p.clock(i); ok {
			return c, true
		}
	}
	if e.card > 0 || e.x == xFew {
		if c, ok := p.duration(i); ok {
			return c, true
		}
	}
	if e.unit != uNone {
		if c, ok := p.unitPhrase(i); ok {
			return c, true
		}
	}
	switch e.x {
	case xDemo:
		return p.demo(i)
	case xEvery:
		return p.every(i)
	case xAdverb:
		return cand{i: i, j: i + 1, kind: "set", r: resolved{value: durValue(1, e.val)}}, true
	case xAdj:
		if p.hasArticle(i) && p.s.toks[i].cstart == p.s.toks[i].start && i > 0 && p.s.toks[i-1].kind == tWord && p.hasArticle(i-1) {
			// التقرير السنوي, الرحلات الأسبوعية: "annual", a set
			return cand{i: i, j: i + 1, kind: "set", r: resolved{value: durValue(1, e.val)}}, true
		}
	case xManner:
		if e2 := p.e(i + 1); e2 != nil && (e2.x == xAdj || p.is(i+1, "يومي")) {
			u := int8(uDay)
			if e2.x == xAdj {
				u = e2.val
			}
			return cand{i: i + 1, j: i + 2, kind: "set", r: resolved{value: durValue(1, u)}}, true
		}
	case xVague:
		return cand{i: i, j: i + 1, kind: "date", r: resolved{value: vagueValue[e.val]}}, true
	case xDecade:
		return p.decade(i)
	case xCentury:
		return p.century(i)
	case xDecadeW:
		return p.decadeWord(i)
	case xSeason:
		return p.season(i)
	case xQuarter:
		return p.quarter(i)
	case xHalf:
		return p.half(i)
	}
	return cand{}, false
}

// atNumber handles a mention that starts with digits.
func (p *parser) atNumber(i int) (cand, bool) {
	if c, ok := p.dateRange(i, i); ok {
		return c, true
	}
	if c, ok := p.clock(i); ok {
		return c, true
	}
	if c, ok := p.duration(i); ok {
		return c, true
	}
	return cand{}, false
}

// ---- calendar dates ----

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
		o := 0
		if e2 := p.e(i + 1); e2 != nil {
			o = int(e2.ord)
		}
		switch e.hhead {
		case 1: // ربيع الأول / الثاني / الآخر
			if o == 1 || o == 2 {
				m, hij, j = 2+o, true, i+2
			}
		case 2: // جمادى الأولى / الآخرة
			if o == 1 || o == 2 {
				m, hij, j = 4+o, true, i+2
			}
		case 3: // ذو القعدة / ذو الحجة
			if p.is(i+1, "القعده") {
				m, hij, j = 11, true, i+2
			} else if p.is(i+1, "الحجه") {
				m, hij, j = 12, true, i+2
			}
		case 4: // كانون الأول / الثاني
			if o == 1 {
				m, j = 12, i+2
			} else if o == 2 {
				m, j = 1, i+2
			}
		case 5: // تشرين الأول / الثاني
			if o == 1 || o == 2 {
				m, j = 9+o, i+2
			}
		}
		if m == 0 {
			return 0, false, i, false, false
		}
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
	}
	return m, hij, j, amb, true
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
		if p.hasPub {
			return p.pub.Year(), false, true, j + 2, true
		}
		return -1, false, true, j + 2, true
	}
	if word && !p.isNum(j) {
		// العام الماضي, العام ذاته
		if p.hasArticle(j-1) && p.e(j-1).ucount == 1 && !(j-2 >= 0 && generalNouns[p.s.norm(j-2)]) {
			switch p.mod(j) {
			case mPast, mFuture, mCurrent:
				if !p.hasPub {
					return -1, false, true, j + 1, true
				}
				y := p.pub.Year()
				if p.mod(j) == mPast {
					y--
				} else if p.mod(j) == mFuture {
					y++
				}
				return y, false, true, j + 1, true
			case mSame:
				if p.lastY > 0 {
					return p.lastY, false, true, j + 1, true
				}
				return -1, false, true, j + 1, true
			}
		}
		return 0, false, false, i, false
	}
	if !p.isNum(j) {
		return 0, false, false, i, false
	}
	t := &p.s.toks[j]
	if t.num < 1 || t.num > 2200 || t.nd > 4 || (t.nd < 3 && !word) || (t.nd < 4 && !word && !bare) {
		return 0, false, false, i, false
	}
	y = t.num
	j++
	marker := false
	if e := p.e(j); e != nil && (e.x == xYearG || e.x == xYearH) {
		hij = e.x == xYearH
		marker = true
		j++
		if p.isP(j, '.') && p.glued(j) && j+1 < len(p.s.toks) && (p.s.toks[j+1].sp || p.s.toks[j+1].kind == tPunct) {
			// هـ. at the end of a sentence: leave the full stop
		}
	}
	if !word && !marker && !bare {
		return 0, false, false, i, false
	}
	if !word && !marker && hijriCtx && y >= 1300 && y <= 1600 {
		return y, true, false, j, true
	}
	if !word && !marker && (y < 1800 || y > 2100) {
		return 0, false, false, i, false
	}
	return y, hij, false, j, true
}

// calDate reads a calendar date at i: numeric (12/2/2022), day + month
// [+ year], month [+ year], or a year with its marker or noun.
func (p *parser) calDate(i int, bare bool) (d pdate, j int, ok bool) {
	if d, j, ok = p.numericDate(i); ok {
		return d, j, true
	}
	start := i
	// weekday before a date: الثلاثاء 12 شباط, الثلاثاء، 12 شباط
	if e := p.e(i); e != nil && e.wday > 0 && e.wdal {
		k := i + 1
		paren := false
		if p.isP(k, ',') {
			k++
		} else if p.isP(k, '(') {
			k++
			paren = true
		}
		if !p.dayStart(k) {
			return pdate{}, start, false
		}
		if d, j, ok = p.calDate(k, false); ok && d.d > 0 {
			if paren {
				if !p.isP(j, ')') {
					return pdate{}, start, false
				}
				j++
			}
			return d, j, true
		}
		return pdate{}, start, false
	}
	if e := p.e(i); e != nil && e.unit == uDay && e.ucount == 1 && !p.hasArticle(i) && (p.dayStart(i+1) || p.e(i+1) != nil && p.e(i+1).wday > 0) {
		// يوم 12 شباط, يوم الثلاثاء 12 شباط
		if d, j, ok = p.calDate(i+1, false); ok && d.d > 0 {
			return d, j, true
		}
	}
	if dd, k, okd := p.dayNum(i); okd {
		k0 := k
		if p.prep(k) == prFrom {
			k++
		}
		if m, hij, k2, _, okm := p.monthName(k); okm {
			d = pdate{m: m, d: dd, hijri: hij}
			return p.afterMonth(d, k2, true)
		}
		// الـ12 من الشهر الجاري, 12 الجاري
		if e := p.e(k); e != nil && e.unit == uMonth && e.ucount == 1 && p.hasArticle(k) {
			md := p.mod(k + 1)
			if md == mPast || md == mFuture || md == mCurrent || md == mSame {
				d = pdate{d: dd, curM: true, monthM: md}
				return d, k + 2, true
			}
		}
		if p.mod(k0) == mCurrent {
			return pdate{d: dd, curM: true}, k0 + 1, true
		}
		return pdate{}, start, false
	}
	if m, hij, k, amb, okm := p.monthName(i); okm {
		d = pdate{m: m, hijri: hij}
		d2, j2, ok2 := p.afterMonth(d, k, false)
		if d2.y != 0 || d2.mod != mNone {
			return d2, j2, ok2
		}
		// a month name alone must have context: not an ambiguous word, or
		// written as "شهر X", or after a preposition of time
		if amb && !(p.e(i) != nil && p.e(i).unit == uMonth) {
			return pdate{}, start, false
		}
		if hij && p.e(i) != nil && p.e(i).unit != uMonth {
			// رمضان alone is also a name; accept after في/خلال/منذ/حتى or with المبارك
			pr := p.prep(i - 1)
			if p.e(i).hamb && !(pr == prIn || pr == prDuring || pr == prSince || pr == prUntil || pr == prBefore || pr == prAfter || p.is(k, "المبارك") || p.is(k, "الكريم") || p.is(k, "الحرام")) {
				return pdate{}, start, false
			}
		}
		if p.is(k, "المبارك") || p.is(k, "الكريم") || p.is(k, "الحرام") {
			k++
		}
		return d2, k, true
	}
	if y, hij, _, k, oky := p.yearPart(i, bare); oky && y != 0 {
		return pdate{y: y, hijri: hij, yabs: true}, k, true
	}
	return pdate{}, start, false
}

// afterMonth reads what may follow a month: a modifier (الماضي), a year
// (2022, عام 2022, من العام الماضي), an era marker.
func (p *parser) afterMonth(d pdate, k int, hasDay bool) (pdate, int, bool) {
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
		if d.y == 0 && p.hasPub && p.futureContext(j) {
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
	j := k
	if p.isP(j, ',') || p.prep(j) == prFrom {
		j++
	}
	if y, hij, _, j2, ok := p.yearPartCal(j, true, d.hijri); ok {
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
		if d.hijri && d.y > 0 && d.y < 1700 && y > 1700 {
			d.y = 0 // a Gregorian year after a Hijri month: keep the month's own calendar
		}
		return d, j2, true
	}
	return d, k, true
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
	for k := i + 1; k <= i+4; k++ {
		if p.s.toks[k].sp {
			return pdate{}, i, false
		}
	}
	a, b, c := p.s.toks[i], p.s.toks[i+2], p.s.toks[i+4]
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

// dateRange reads a calendar date at k (a mention starting at token i,
// which may be من/بين before k) and, after it, إلى/حتى/- or و (after بين)
// and a second date: a range.
func (p *parser) dateRange(k, i int) (cand, bool) {
	between := i < k && (p.prep(i) == prBetween || p.is(i, "يومي") || p.is(i, "عامي") || p.is(i, "سنتي")) || p.is(k, "عامي") || p.is(k, "سنتي")
	bare := i < k || p.yearContext(i)
	d1, j, ok := p.calDate(k, bare)
	if !ok {
		// بين عامي 2010 و2015, بين 10 و20 شباط, 2 و3 آذار: a bare day number first
		if i < k || p.dayStart(k) {
			if dd, j2, okd := p.dayNum(k); okd {
				d1, j, ok = pdate{d: dd}, j2, true
			}
		}
		if !ok {
			return cand{}, false
		}
	}
	sep := j
	pr := p.prep(sep)
	if pr == prUntil || p.isP(sep, '-') || (between && pr == prAnd) || (pr == prAnd && d1.m == 0 && d1.y == 0 && d1.d > 0) {
		k2 := sep + 1
		if p.prep(k2) == prIn {
			k2++
		}
		d2, j2, ok2 := p.calDate(k2, true)
		if !ok2 {
			if dd, j3, okd := p.dayNum(k2); okd && d1.m > 0 && d1.d > 0 {
				d2, j2, ok2 = pdate{d: dd, m: d1.m, y: d1.y, hijri: d1.hijri}, j3, true
			}
		}
		if ok2 && compatible(d1, d2) {
			if d1.m == 0 && d1.d > 0 {
				d1.m, d1.hijri = d2.m, d2.hijri
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
			r1, r2 := p.resolve(d1), p.resolve(d2)
			v1, v2 := r1.value, r2.value
			if len(v1) > 10 && v1[10] == '/' {
				v1 = v1[:10]
			}
			if len(v2) > 10 && v2[10] == '/' {
				v2 = v2[11:]
			}
			h := ""
			if r1.hijri != "" && r2.hijri != "" {
				h = r1.hijri + "/" + r2.hijri
			}
			return cand{i: i, j: j2, kind: "range", r: resolved{value: v1 + "/" + v2, hijri: h, cal: r2.cal, y: r2.y, m: r2.m}}, true
		}
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

// yearContext reports whether a bare four-digit number at i reads as a
// year: after a preposition of time (في, منذ, حتى, خلال, قبل, بعد) or an
// edge word (مطلع), or before punctuation or the end.
func (p *parser) yearContext(i int) bool {
	if !p.isNum(i) || p.s.toks[i].nd != 4 {
		return false
	}
	switch p.prep(i - 1) {
	case prIn, prSince, prUntil, prBefore, prAfter, prDuring, prBetween:
		return true
	case prAnd:
		// a list of years: 2023 و2024
		return p.isNum(i-2) && p.s.toks[i-2].nd == 4 || p.isP(i-2, ',') && p.isNum(i-3) && p.s.toks[i-3].nd == 4
	}
	if p.x(i-1) == xEdge {
		return true
	}
	if p.isP(i+1, '-') && p.isNum(i+2) && p.s.toks[i+2].nd == 4 && p.glued(i+1) == p.glued(i+2) {
		return true // 2011-2015
	}
	if e := p.e(i - 1); e != nil && (e.unit == uYear || e.card > 0 && p.hasArticle(i-1) && p.e(i-2) != nil && p.e(i-2).unit == uYear) {
		return true // الأعوام الثلاثة 2023
	}
	// رؤية 2030، مونديال 2022 في قطر: after a noun, before punctuation or a
	// function word (a count is followed by its noun: 2000 شخص)
	if y := p.num(i); y >= 1900 && y <= 2099 && i > 0 && p.s.toks[i-1].kind == tWord && !quantityWords[p.s.norm(i-1)] && p.prep(i-1) != prFrom {
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
		if nt.kind == tWord && (p.prep(i+1) != prNone || p.wawFirst(i+1) || yearFollowers[p.s.norm(i+1)]) {
			return true
		}
	}
	// (1989), ، 2015،
	if i == 0 || p.isP(i-1, '(') || p.isP(i-1, ',') {
		if i+1 >= len(p.s.toks) {
			return true
		}
		nt := &p.s.toks[i+1]
		return nt.kind == tPunct && (nt.p == ')' || nt.p == ',' || nt.p == '.' && (i+2 >= len(p.s.toks) || !p.isNum(i+2)))
	}
	return false
}

func compatible(a, b pdate) bool {
	if a.hijri != b.hijri && a.m > 0 && b.m > 0 {
		return false
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

// ---- weekdays and relative days ----

// weekdayDate resolves a weekday (1 = Sunday) mentioned at token i.
func (p *parser) weekdayDate(wd int, md int8, i int) (string, time.Time) {
	if !p.hasPub {
		return "UNKNOWN", time.Time{}
	}
	pw := int(p.pub.Weekday()) + 1
	diff := wd - pw // in -6..6
	switch md {
	case mPast:
		if diff >= 0 {
			diff -= 7
		}
	case mFuture:
		if diff <= 0 {
			diff += 7
		}
	default:
		if diff != 0 {
			if p.futureContext(i) {
				if diff < 0 {
					diff += 7
				}
			} else if diff > 0 {
				diff -= 7
			}
		}
	}
	t := p.pub.AddDate(0, 0, diff)
	return p.day(t), t
}

// futureContext looks back from token i to the start of its sentence (at
// most 12 tokens) for the nearest sign of tense. Future: سوف, المقرر,
// غداً, المقبل, a verb with the future prefix س (سيعقد), or an imperfect
// verb with the prefix ي (يعقد المجلس جلسة الأحد: news announcing a
// scheduled event). Past: a common past-tense reporting verb (قال، أعلن،
// عقد…). The nearest sign wins; none means past.
func (p *parser) futureContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct && (t.p == '.' || t.p == '?' || t.p == '!' || t.p == ':') {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if e := t.e; e != nil {
			if e.x == xFuture || e.rel == rTomorrow || e.mod == mFuture {
				return true
			}
			if e.rel == rYesterday || e.mod == mPast {
				return false
			}
			continue
		}
		w := p.s.nbuf[t.nstart:t.nend]
		if len(w) > 6 && (string(w[:2]) == "و" || string(w[:2]) == "ف") {
			w = w[2:]
		}
		if pastVerbs[string(w)] {
			return false
		}
		if len(w) >= 8 && string(w[:2]) == "س" && (string(w[2:4]) == "ي" || string(w[2:4]) == "ت" || string(w[2:4]) == "ن") {
			if !futureExceptions[string(w)] {
				return true
			}
		}
		if len(w) >= 8 && string(w[:2]) == "ي" && !futureExceptions[string(w)] {
			return true
		}
	}
	return false
}

// pastVerbs are common past-tense verbs of news reports.
var pastVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`قال قالت أعلن أعلنت أكد أكدت أوضح أوضحت ذكر ذكرت أفاد أفادت كان كانت
		وقع وقعت جرى جرت عقد عقدت شهد شهدت التقى التقت استقبل استقبلت صرح صرحت أشار أشارت أضاف أضافت
		توفي قتل قتلت أصيب أصيبت اعتقل اعتقلت وصل وصلت غادر غادرت بحث بحثت دعا دعت نفى نفت شارك شاركت
		افتتح افتتحت اختتم اختتمت انطلق انطلقت أجرى أجرت بدأ بدأت تلقى تلقت أصدر أصدرت نشر نشرت أطلق
		أطلقت تم تمت زار زارت قام قامت أقيم أقيمت نظم نظمت اجتمع اجتمعت فاز فازت خسر خسرت أعربت أعرب
		وافق وافقت رفض رفضت طالب طالبت أدان أدانت كشف كشفت أظهرت أظهر سجل سجلت بلغ بلغت حضر حضرت`) {
		m[norm(w)] = true
	}
	return m
}()

// futureExceptions are nouns that begin like a future verb (سي، ست، سن).
var futureExceptions = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"يوسف", "يعقوب", "يونس", "ياسر", "يحيى", "يزيد", "يسار", "يمين", "يهود", "يقين", "يابان", "ياباني", "يوناني", "يونان", "يهودي", "يهودية", "يمني", "يمنية", "يوميات", "يوميا", "يونيسيف", "يونسكو", "يورو", "يوغسلافيا", "يافا", "يبرود", "ينبع", "يسرى", "يسري", "ياسين", "يامن", "يوسفي",
		"سيارة", "سيارات", "سياسة", "سياسي", "سياسية", "سياسيين", "سيادة", "سيدة", "سيد", "ستة", "ستين", "سنة", "سنوات", "سنوي", "سنوية", "سينما", "سيطرة", "سيناء", "سيناريو", "سياحة", "سياحي", "سياحية", "سيول", "ستار", "سيف", "سيرة", "سياق", "سياج", "سيل", "سنين", "سنتين", "سنتيمتر", "ستون", "ستاد", "ستوكهولم", "سيول", "سيدني", "سيئول", "سيارته", "سيارتها", "سياساته", "سياسات", "سيناتور", "ستوديو", "سياسيا", "سيدات", "سنغافورة", "سنويا", "سنغال", "ستراتيجية", "سيبيريا", "سيمينار"} {
		m[norm(w)] = true
	}
	return m
}()

// relDay handles اليوم، أمس، غداً، الليلة and their combinations.
func (p *parser) relDay(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	off := 0
	switch e.rel {
	case rToday:
		ne := p.e(j)
		if ne != nil && ne.mod == mSame {
			return p.sameDay(i, j+1, 0), true
		}
		if ne != nil && ne.mod == mNext {
			return p.sameDay(i, j+1, 1), true
		}
		if ne != nil && ne.mod == mPast && p.is(j, "السابق") {
			return p.sameDay(i, j+1, -1), true
		}
		if p.x(i-1) == xDemo || p.is(j, "الذي") || p.is(i-1, "مثل") {
			return cand{}, false // هذا اليوم, اليوم الذي: a day, not today
		}
		if p.hasArticle(j) && (ne == nil || (ne.wday == 0 && ne.rel == rNone && ne.part == pNone)) {
			return cand{}, false // اليوم الوطني, اليوم الأول
		}
		if ne != nil && ne.card > 0 && ne.wday == 0 {
			return cand{}, false
		}
		if p.prep(i-1) == prFrom && p.e(i-2) != nil && p.e(i-2).card > 0 {
			return cand{}, false // ثلاثة من اليوم…
		}
	case rYesterday:
		off = -1
		if e2 := p.e(j); e2 != nil && e2.ord == 1 { // أمس الأول
			off, j = -2, j+1
		} else if p.is(i-1, "اول") && !p.hasArticle(i) { // أول أمس
			off, i = -2, i-1
		} else if p.prep(i-1) == prFrom && p.is(i-2, "اول") && !p.hasArticle(i) { // أول من أمس
			off, i = -2, i-2
		} else if p.prep(i-1) == prBefore && !p.hasArticle(i) { // قبل أمس
			off, i = -2, i-1
		}
	case rTomorrow:
		off = 1
		if p.prep(i-1) == prAfter && !p.hasArticle(i) { // بعد غد
			off, i = 2, i-1
		}
	case rTonight:
		if p.mod(j) == mPast { // الليلة الماضية
			return cand{i: i, j: j + 1, kind: "time", r: p.timeRes(p.pubDay(-1), "NI"), dayOK: false}, true
		}
		if p.mod(j) == mFuture || p.mod(j) == mSame || p.mod(j) == mNext || p.hasArticle(j) && (p.e(j) == nil || p.e(j).wday == 0) {
			return cand{}, false // الليلة الأولى
		}
		return cand{i: i, j: j, kind: "time", r: p.timeRes(p.pubDay(0), "NI")}, true
	}
	// يوم أمس, يوم غد
	if pe := p.e(i - 1); pe != nil && pe.unit == uDay && pe.ucount == 1 && !p.hasArticle(i-1) && e.rel != rToday {
		i--
	}
	// اليوم الخميس, أمس الجمعة, اليوم (الاثنين): the weekday is part of the mention
	if e2 := p.e(j); e2 != nil && e2.wday > 0 && e2.wdal {
		j++
	} else if p.isP(j, ',') {
		if e3 := p.e(j + 1); e3 != nil && e3.wday > 0 && e3.wdal {
			j += 2
		}
	} else if p.isP(j, '(') && p.isP(j+2, ')') {
		if e3 := p.e(j + 1); e3 != nil && e3.wday > 0 && e3.wdal {
			j += 3
		}
	}
	c := cand{i: i, j: j, kind: "date", r: p.dayRes(off), dayOK: true}
	// اليوم الجمعة 27 مارس 2015: the written date gives the value
	k := j
	if p.isP(k, ',') {
		k++
	}
	if k > i+1 && p.dayStart(k) {
		if d, j2, ok := p.calDate(k, false); ok && d.d > 0 && d.m > 0 {
			c.j, c.r = j2, p.resolve(d)
		}
	}
	return p.withTime(c), true
}

func (p *parser) dayRes(off int) resolved {
	if !p.hasPub {
		return resolved{value: "UNKNOWN"}
	}
	t := p.pub.AddDate(0, 0, off)
	return resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// sameDay resolves اليوم ذاته / اليوم التالي against the last day mentioned.
func (p *parser) sameDay(i, j, off int) cand {
	if p.lastD == 0 {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}
	}
	t := time.Date(p.lastY, time.Month(p.lastM), p.lastD+off, 0, 0, 0, 0, time.UTC)
	return cand{i: i, j: j, kind: "date", r: resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}, dayOK: true}
}

func (p *parser) timeRes(day, code string) resolved {
	if day == "UNKNOWN" {
		return resolved{value: "UNKNOWN"}
	}
	return resolved{value: day + "T" + code}
}

// weekdayMention reads [يوم] الثلاثاء [المقبل|الماضي] at i.
func (p *parser) weekdayMention(i int) (cand, bool) {
	start := i
	if e := p.e(i); e != nil && e.unit == uDay && e.ucount == 1 && !p.hasArticle(i) {
		i++
	}
	e := p.e(i)
	if e == nil || e.wday == 0 {
		return cand{}, false
	}
	if !e.wdal && start == i {
		return cand{}, false // خميس without the article or يوم: a name
	}
	if p.e(i+1) != nil && p.e(i+1).teen && e.wday == 1 {
		return cand{}, false // الأحد عشر "the eleven"
	}
	if e.wday == 2 && start == i && (p.prep(i-1) == prBetween || p.is(i-1, "كلا")) {
		return cand{}, false // بين الاثنين "between the two"
	}
	j := i + 1
	md := p.mod(j)
	if md == mPast || md == mFuture || md == mCurrent {
		j++
	} else {
		md = mNone
	}
	v, t := p.weekdayDate(int(e.wday), md, start)
	r := resolved{value: v}
	if !t.IsZero() {
		r.y, r.m, r.d = t.Year(), int(t.Month()), t.Day()
	}
	c := cand{i: start, j: j, kind: "date", r: r, dayOK: true}
	return p.withTime(c), true
}

// ---- times of day ----

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
	case rToday:
		if p.mod(j) == mNext {
			return p.sameDay(i, j+1, 1), true
		}
		if p.mod(j) == mSame {
			return p.sameDay(i, j+1, 0), true
		}
	}
	if e2 := p.e(j); e2 != nil && e2.wday > 0 && e2.wdal {
		j++
	}
	return cand{i: i, j: j, kind: "date", r: p.dayRes(off), dayOK: true}, true
}

// partOfDay reads صباح اليوم، مساء أمس، ليلة الخميس، فجر 12 شباط.
func (p *parser) partOfDay(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	if p.is(j, "يوم") || (p.e(j) != nil && p.e(j).unit == uDay && p.e(j).ucount == 1 && !p.hasArticle(j) && p.e(j).wday == 0) {
		if p.e(j+1) != nil && (p.e(j+1).wday > 0 || p.e(j+1).rel != rNone) {
			j++
		}
	}
	if p.hasArticle(i) && p.mod(i+1) == mPast && e.part == pNight {
		return cand{i: i, j: i + 2, kind: "time", r: p.timeRes(p.pubDay(-1), "NI")}, true
	}
	d, ok := p.dayRef(j)
	if !ok || !d.dayOK || p.hasArticle(i) {
		return cand{}, false
	}
	c := cand{i: i, j: d.j, kind: "time", r: resolved{value: d.r.value}, dayOK: true, part: e.part}
	if d.r.value != "UNKNOWN" {
		c.r.value += "T" + partCode[e.part]
	}
	c.r.y, c.r.m, c.r.d = d.r.y, d.r.m, d.r.d
	// صباح اليوم الساعة العاشرة
	k := c.j
	if p.isP(k, ',') || p.prep(k) == prIn || p.prep(k) == prAt {
		k++
	}
	if p.x(k) == xHour || p.isClock(k) {
		if tc, ok := p.clockOnly(k, e.part); ok {
			return p.mergeTime(c, tc, d.r.value), true
		}
	}
	return c, true
}

// withTime extends a day mention with a following clock time: الثلاثاء
// الساعة العاشرة، أمس في تمام الساعة 10:30.
func (p *parser) withTime(c cand) cand {
	if !c.dayOK {
		return c
	}
	k := c.j
	if p.isP(k, ',') || p.prep(k) == prIn || p.prep(k) == prAt {
		k++
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
		out.r.value = dayValue[:10] + tc.r.value
	}
	return out
}

func (p *parser) isClock(i int) bool {
	return p.isNum(i) && p.s.toks[i].nd <= 2 && p.isP(i+1, ':') && p.isNum(i+2) && p.s.toks[i+2].nd == 2 && p.glued(i+1) && p.glued(i+2)
}

// clock reads a time of day at i and the day it belongs to, if written:
// الساعة العاشرة صباحاً من يوم الخميس, 10:30 بتوقيت غرينتش.
func (p *parser) clock(i int) (cand, bool) {
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
	if e := p.e(k); e != nil && e.part != pNone && !p.hasArticle(k) {
		if d, ok := p.partOfDay(k); ok && d.r.value != "UNKNOWN" && len(d.r.value) >= 10 {
			h := p.hourFor(tc, e.part)
			return cand{i: start, j: d.j, kind: "time", r: resolved{value: d.r.value[:10] + h}}, true
		}
	}
	if d, ok := p.dayRef(k); ok && d.dayOK {
		return p.mergeTime(cand{i: start, r: d.r}, tc, d.r.value), true
	}
	return tc, true
}

// clockOnly reads الساعة N[:MM] [والنصف] [صباحاً] [بتوقيت X] or HH:MM.
// part is a part of the day already known (صباح اليوم الساعة العاشرة).
func (p *parser) clockOnly(i int, part int8) (cand, bool) {
	start := i
	word := false
	if p.x(i) == xHour {
		if p.is(i, "تمام") {
			if p.x(i+1) != xHour {
				return cand{}, false
			}
			i++
		}
		word = true
		i++
	}
	h, mi := -1, 0
	j := i
	if !word {
		// العاشرة صباحاً without الساعة
		if e := p.e(i); e != nil && e.ord > 0 && e.ordf && p.e(i+1) != nil && p.e(i+1).part != pNone {
			word = true
		}
	}
	if p.isClock(i) {
		h, mi = p.num(i), p.num(i+2)
		j = i + 3
	} else if word && p.isNum(i) && p.s.toks[i].nd <= 2 {
		h = p.num(i)
		j = i + 1
		if p.isP(j, '.') && p.isNum(j+1) && p.s.toks[j+1].nd == 2 && p.glued(j) && p.glued(j+1) {
			mi = p.num(j + 1)
			j += 2
		}
	} else if word {
		if e := p.e(i); e != nil && e.ord > 0 && (e.ordf || e.ord == 1) {
			h = int(e.ord)
			j = i + 1
			if h == 11 || h == 2 {
				// الحادية عشرة, الثانية عشرة
				if e2 := p.e(j); e2 != nil && e2.teen {
					h = h%10 + 10
					j++
				}
			}
			if h == 11 && j == i+1 {
				h = -1
			}
		}
	}
	if h < 0 || h > 24 || mi > 59 {
		return cand{}, false
	}
	// fractions: والنصف، والربع، إلا ربعاً، و10 دقائق
	switch x := p.x(j); {
	case x == xHalf && p.wawFirst(j):
		mi += 30
		j++
	case x == xQuarter && p.wawFirst(j):
		mi += 15
		j++
	case x == xThird && p.wawFirst(j):
		mi += 20
		j++
	case p.wawFirst(j) || p.is(j, "و"):
		// و10 دقائق, وسبع دقائق
		k := j
		if p.is(j, "و") {
			k++
		}
		if n, k2, ok := p.count(k); ok && n > 0 && n < 60 {
			if e2 := p.e(k2); e2 != nil && e2.unit == uMinute && !e2.ual {
				mi += n
				j = k2 + 1
			}
		} else if e2 := p.e(k); e2 != nil && e2.card > 0 && e2.card < 60 && p.wawFirst(k) && !p.hasArticle(k) {
			if e3 := p.e(k + 1); e3 != nil && e3.unit == uMinute && !e3.ual {
				mi += e2.card
				j = k + 2
			}
		}
	case x == xMinus:
		if p.x(j+1) == xQuarter {
			mi -= 15
			j += 2
		} else if p.x(j+1) == xThird {
			mi -= 20
			j += 2
		}
	}
	if mi < 0 {
		mi += 60
		h--
		if h < 0 {
			h = 23
		}
	}
	// am/pm (صباحاً; but صباح اليوم is a day phrase, read by the caller)
	if e := p.e(j); e != nil && e.part != pNone && !p.hasArticle(j) && !p.dayRefAfter(j+1) {
		part = e.part
		j++
	} else if p.prep(j) == prFrom && p.e(j+1) != nil && p.e(j+1).part != pNone && !p.hasArticle(j+1) && p.dayRefAfter(j+2) == false {
		part = p.e(j + 1).part
		j += 2
	} else if p.is(j, "ص") || p.is(j, "am") {
		part = pMorning
		j++
	} else if p.is(j, "م") || p.is(j, "pm") {
		part = pEvening
		j++
	} else if p.is(j, "بعد") && (p.is(j+1, "الظهر") || p.is(j+1, "الزوال")) {
		part = pAfternoon
		j += 2
	} else if p.is(j, "زوالا") {
		part = pNoon
		j++
	}
	h = adjustHour(h, part)
	// time zone
	if p.x(j) == xZone {
		j++
		if j < len(p.s.toks) && p.s.toks[j].kind == tWord {
			j++
			if p.is(j, "المكرمه") || p.is(j, "المحلي") || p.is(j, "المحليه") || p.is(j, "الدولي") {
				j++
			}
		}
	} else if p.is(j, "gmt") || p.is(j, "utc") || p.is(j, "غرينتش") || p.is(j, "جرينتش") {
		j++
	} else if p.is(j, "ت") && p.isP(j+1, '.') && p.is(j+2, "غ") {
		j += 3
	} else if p.is(j, "تغ") {
		j++
	} else if p.is(j, "ت") && p.is(j+1, "غ") {
		j += 2
	}
	if !word && part == pNone && j == i+3 {
		// a bare 10:30 with nothing around it: still a time, but not a score
		if p.isP(start-1, '(') || p.isNum(start-2) {
			return cand{}, false
		}
	}
	_ = start
	return cand{i: start, j: j, kind: "time", r: resolved{value: "T" + pad2(h) + ":" + pad2(mi)}}, true
}

// dayRefAfter reports whether a day reference starts at i (so that من صباح
// belongs to the day phrase rather than to the hour).
func (p *parser) dayRefAfter(i int) bool {
	e := p.e(i)
	if e == nil {
		return p.isNum(i)
	}
	return e.rel != rNone || e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !p.hasArticle(i))
}

func (p *parser) hourFor(tc cand, part int8) string {
	v := tc.r.value // THH:MM
	if len(v) != 6 {
		return v
	}
	h, _ := strconv.Atoi(v[1:3])
	return "T" + pad2(adjustHour(h, part)) + v[3:]
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

// ---- durations and relative expressions ----

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
	n, j = e.card, i+1
	if n < 10 {
		if e2 := p.e(j); e2 != nil && e2.teen && !e2.ual {
			return n + 10, j + 1, true
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
	if n == 100 || n == 1000 {
		// مئة عام, ألف عام
		return n, j, true
	}
	return n, j, true
}

// unitAfter reads the unit after a count at j.
func (p *parser) unitAfter(j int) (u int8, k int, ok bool) {
	e := p.e(j)
	if e == nil || e.unit == uNone || e.ual {
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
	n, j, ok := p.count(i)
	if !ok {
		return cand{}, false
	}
	u, k, ok := p.unitAfter(j)
	if !ok || (n == 0) {
		return cand{}, false
	}
	if u == uNight && !p.is(j, "ليال") && !p.is(j, "ليالي") && !p.is(j, "ليله") {
		return cand{}, false
	}
	if u == uSecond && !p.is(j, "ثانيه") && !p.is(j, "ثوان") && !p.is(j, "ثواني") {
		return cand{}, false
	}
	if u == uDecade && n < 0 {
		return cand{}, false
	}
	if p.isAge(i, k) {
		return cand{}, false
	}
	v := durValue(n, u)
	if n > 0 && p.is(k, "ونصف") {
		v, k = halfMore(v), k+1 // عامين ونصف: P2.5Y
	}
	return cand{i: p.approxStart(i), j: k, kind: "duration", r: resolved{value: v}}, true
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
// ago), بعد أسبوعين (in two weeks); بعد غد and منذ سنوات.
func (p *parser) agoLater(i int) (cand, bool) {
	pr := p.prep(i)
	sign := -1
	if pr == prAfter {
		sign = 1
		if e := p.e(i + 1); e != nil && e.rel == rTomorrow && !p.hasArticle(i+1) {
			return p.relDay(i + 1)
		}
	}
	j := i + 1
	if p.is(j, "نحو") || p.is(j, "حوالي") || p.is(j, "اكثر") && p.prep(j+1) == prFrom || p.is(j, "اقل") && p.prep(j+1) == prFrom {
		j++
		if p.prep(j) == prFrom {
			j++
		}
	}
	e := p.e(j)
	if e == nil && !p.isNum(j) {
		return cand{}, false
	}
	n, u, k := 0, int8(uNone), j
	if e != nil && e.unit != uNone && !e.ual && e.x != xAge {
		// منذ عام، قبل يومين، منذ سنوات
		switch e.ucount {
		case 1:
			n = 1
		case 2:
			n = 2
		default:
			n = -1
		}
		u, k = e.unit, j+1
		if n == 1 && (p.is(k, "واحد") || p.is(k, "واحده")) {
			k++
		}
		if n == 2 && p.isNum(k) {
			return cand{}, false // منذ عامي 2010 و2015
		}
		if n == 1 && (p.isNum(k) || p.dayRefAfter(k) || p.e(k) != nil && (p.e(k).month > 0 || p.e(k).hmonth > 0 || p.e(k).hhead > 0)) {
			return cand{}, false // منذ عام 2011, منذ يوم السبت: a date follows
		}
		if n == 1 && p.e(i-1) != nil && p.e(i-1).unit == u {
			return cand{}, false // يوماً بعد يوم
		}
		if u == uSecond || u == uNight && n != -1 {
			return cand{}, false
		}
	} else {
		c, jj, ok := p.count(j)
		if !ok || c == 0 {
			return cand{}, false
		}
		uu, kk, oku := p.unitAfter(jj)
		if !oku {
			return cand{}, false
		}
		n, u, k = c, uu, kk
		if u == uSecond && !p.is(kk-1, "ثانيه") && !p.is(kk-1, "ثوان") {
			return cand{}, false
		}
	}
	if n < 0 {
		v := "PAST_REF"
		if sign > 0 {
			v = "FUTURE_REF"
		}
		return cand{i: i, j: k, kind: "date", r: resolved{value: v}}, true
	}
	if pr == prSince && p.x(k) != xNone && p.x(k) == xAge {
		return cand{}, false
	}
	if p.isAge(j, k) {
		return cand{}, false
	}
	if pr != prSince && (p.prep(k) == prFrom || p.prep(k) == prOn || p.prep(k) == prIn) {
		// بعد ثماني سنوات من الاتفاق: counted from an event, not from
		// the publication date: the duration alone
		return cand{i: j, j: k, kind: "duration", r: resolved{value: durValue(n, u)}}, true
	}
	c := cand{i: i, j: k, kind: "date", r: resolved{value: p.shift(sign*n, u)}}
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
	al := p.hasArticle(i)
	j := i + 1
	if !al {
		return p.bareUnit(i)
	}
	if e.ucount == 2 && !p.isNum(j) && p.mod(j) == mNone && e.unit != uSecond && e.unit != uNight {
		return cand{i: i, j: j, kind: "duration", r: resolved{value: durValue(2, e.unit)}}, true
	}
	if e.unit == uYear && e.ucount == 1 && i > 0 && generalNouns[p.s.norm(i-1)] {
		return cand{}, false // الأمين العام المقبل: "general", not "year"
	}
	// العام 2015, السنة 2015
	if e.unit == uYear && e.ucount == 1 && p.isNum(j) {
		if c, ok := p.dateRange(i, i); ok {
			return c, true
		}
		return cand{}, false
	}
	// الأشهر الثلاثة الماضية
	n := 0
	if e.ucount == 0 {
		if e2 := p.e(j); e2 != nil && e2.card > 0 && e2.card < 100 && p.hasArticle(j) {
			n, j = e2.card, j+1
		} else if e2 != nil && e2.x == xArticle && p.isNum(j+1) && p.s.toks[j+1].nd <= 3 {
			n, j = p.num(j+1), j+2 // الساعات الـ24 الماضية
		} else if p.isNum(j) && p.s.toks[j].nd <= 3 && p.num(j) > 0 {
			n, j = p.num(j), j+1
		}
	}
	md := p.mod(j)
	if md == mNone {
		return cand{}, false
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
		if n > 0 && (md == mPast || md == mFuture) {
			return cand{i: i, j: k, kind: "duration", r: resolved{value: durValue(n, e.unit)}}, true
		}
		// خلال الأيام المقبلة: the preposition is part of the vague expression
		s := i
		if p.prep(i-1) == prDuring && (len(p.out) == 0 || int(p.s.toks[i-1].cstart) >= p.out[len(p.out)-1].End) {
			s = i - 1
		}
		switch md {
		case mPast:
			return cand{i: s, j: k, kind: "date", r: resolved{value: "PAST_REF"}}, true
		case mFuture, mNext:
			return cand{i: s, j: k, kind: "date", r: resolved{value: "FUTURE_REF"}}, true
		case mCurrent:
			return cand{i: s, j: k, kind: "date", r: resolved{value: "PRESENT_REF"}}, true
		}
	}
	return cand{}, false
}

// bareUnit handles a unit without article or number: يومين (P2D), عاماً
// (P1Y), لمدة ساعة (PT1H), يومي الأحد والاثنين.
func (p *parser) bareUnit(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	if p.isAge(i, j) || e.unit == uSecond || e.unit == uNight || p.isNum(i-1) || p.e(i-1) != nil && (p.e(i-1).card > 0 || p.e(i-1).x == xFew) {
		return cand{}, false
	}
	start := p.approxStart(i)
	switch e.ucount {
	case 2:
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
		if p.is(i, "يومي") || p.is(i, "عامي") || p.is(i, "سنتي") {
			// يومي الأحد والاثنين
			e1, e2 := p.e(j), p.e(j+1)
			if e1 != nil && e2 != nil && e1.wday > 0 && e2.wday > 0 && p.wawFirst(j+1) {
				v1, t1 := p.weekdayDate(int(e1.wday), mNone, i)
				v2, t2 := p.weekdayDate(int(e2.wday), mNone, i)
				if d := t2.Sub(t1).Hours() / 24; d > 0 && d < 7 || !p.hasPub {
					return cand{i: i, j: j + 2, kind: "range", r: resolved{value: v1 + "/" + v2}}, true
				}
				// يومي الثلاثاء والخميس in a timetable: each day on its own
			}
			return cand{}, false // يومي "daily"
		}
		if p.mod(j) != mNone {
			return cand{}, false
		}
		if p.is(j, "ونصف") {
			return cand{i: start, j: j + 1, kind: "duration", r: resolved{value: halfMore(durValue(2, e.unit))}}, true
		}
		return cand{i: start, j: j, kind: "duration", r: resolved{value: durValue(2, e.unit)}}, true
	case 1:
		if p.isNum(j) || p.e(j) != nil && (p.e(j).wday > 0 || p.e(j).month > 0 || p.e(j).hmonth > 0 || p.e(j).rel != rNone) {
			return cand{}, false
		}
		t := &p.s.toks[i]
		w := p.s.nbuf[t.nstart:t.nend]
		// شهراً، أسبوعاً (عاماً is also "general", يوماً "ever": left out)
		if p.is(j, "ونصف") {
			return cand{i: start, j: j + 1, kind: "duration", r: resolved{value: halfMore(durValue(1, e.unit))}}, true
		}
		accusative := len(w) >= 4 && w[len(w)-2] == 0xd8 && w[len(w)-1] == 0xa7 && e.unit >= uWeek && e.unit != uYear
		if pr := p.prep(i - 1); accusative || (pr == prFor || pr == prDuring) && e.unit != uDecade && e.unit != uCentury {
			return cand{i: start, j: j, kind: "duration", r: resolved{value: durValue(1, e.unit)}}, true
		}
	}
	return cand{}, false
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
	for _, w := range strings.Fields("الذي التي الذين حين عندما حينما لما إذ كما وقد قد ثم بينما حيث إلا ولكن لكن أيضا") {
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
	if md == mSame {
		switch u {
		case uMonth:
			if p.lastM > 0 {
				y, k2 := p.lastY, k
				// الشهر ذاته من العام المقبل
				if p.prep(k) == prFrom {
					if yy, _, _, k3, ok := p.yearPart(k+1, false); ok && yy > 0 {
						y, k2 = yy, k3
					}
				}
				return cand{i: i, j: k2, kind: "date", r: resolved{value: yearStr(y) + "-" + pad2(p.lastM), y: y, m: p.lastM}}, true
			}
		case uYear:
			if p.lastY > 0 {
				return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(p.lastY), y: p.lastY}}, true
			}
		case uDay:
			return p.sameDay(i, k, 0), true
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
	off := 0
	switch md {
	case mPast:
		off = -1
	case mFuture:
		off = 1
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
		return cand{i: i, j: k, kind: "time", r: p.timeRes(p.pubDay(off), "NI")}, true
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
	if e == nil || e.unit == uNone || !e.ual || !(p.is(i, "هذا") || p.is(i, "هذه")) {
		return cand{}, false
	}
	switch e.ucount {
	case 0:
		return cand{i: i, j: i + 2, kind: "date", r: resolved{value: "PRESENT_REF"}}, true
	case 1:
		if e.unit == uDay || e.unit == uHour || e.unit == uMinute || e.unit == uSecond {
			return cand{i: i, j: i + 2}, false // هذا اليوم: anaphoric ("on this day")
		}
		return p.relUnit(i, i+2, e.unit, mCurrent)
	}
	return cand{}, false
}

// every handles كل يوم، كل عامين، كل ثلاثة أشهر، كل يوم جمعة.
func (p *parser) every(i int) (cand, bool) {
	j := i + 1
	e := p.e(j)
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

// edge handles مطلع/منتصف/نهاية + a date: the span grows, the value is the
// inner one's; غرة رمضان is 1 Ramadan.
func (p *parser) edge(i int) (cand, bool) {
	j := i + 1
	if p.prep(j) == prFrom {
		j++
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
		if p.is(j, "الليل") {
			return cand{i: i, j: j + 1, kind: "time", r: resolved{value: "T00:00"}}, true
		}
		if p.is(j, "النهار") {
			return cand{i: i, j: j + 1, kind: "time", r: resolved{value: "T12:00"}}, true
		}
	}
	var c cand
	ok := false
	if e != nil && e.x == xDecade {
		c, ok = p.decade(j)
	} else if e != nil && e.x == xCentury {
		c, ok = p.century(j)
	} else if e != nil && e.unit != uNone && e.ual {
		c, ok = p.unitPhrase(j)
		if !ok && e.ucount == 1 && p.mod(j+1) == mNone && (e.unit == uWeek || e.unit == uMonth || e.unit == uYear) && !p.isNum(j+1) {
			// مطلع العام، نهاية الشهر، نهاية الأسبوع: the current one
			c, ok = p.relUnit(j, j+1, e.unit, mCurrent)
		}
		if ok && e.unit == uWeek && e.ucount == 1 && p.e(i).val == 3 && len(c.r.value) == 8 && c.r.value[5] == 'W' {
			c.r.value += "-WE" // نهاية الأسبوع: the weekend
		}
	} else if e != nil && e.x == xDemo {
		c, ok = p.demo(j)
	} else if p.isNum(j) && p.s.toks[j].nd == 4 {
		c, ok = p.dateRange(j, j)
		if !ok {
			if y, hij, _, k, oky := p.yearPart(j, true); oky && y > 0 {
				r := p.resolve(pdate{y: y, hijri: hij})
				c, ok = cand{i: j, j: k, kind: "date", r: r}, true
			}
		}
	} else {
		c, ok = p.dateRange(j, j)
	}
	if !ok || c.kind != "date" && c.kind != "range" {
		return cand{}, false
	}
	c.i = i
	return c, true
}

// decade handles الستينيات [من القرن الماضي].
func (p *parser) decade(i int) (cand, bool) {
	e := p.e(i)
	cent := 19
	j := i + 1
	if p.prep(j) == prFrom && p.x(j+1) == xCentury {
		if c, ok := p.century(j + 1); ok && len(c.r.value) == 2 {
			cent, _ = strconv.Atoi(c.r.value)
			j = c.j
		}
	} else if p.x(j) == xCentury {
		if c, ok := p.century(j); ok && len(c.r.value) == 2 {
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
	return cand{i: i, j: k, kind: "date", r: resolved{value: pad2(n - 1)}}, true
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
	codes := [...]string{1: "SP", 2: "SU", 3: "FA", 4: "WI"}
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
	if p.hasArticle(i) && !p.is(j, "العربي") && (p.prep(i-1) != prNone && p.prep(i-1) != prAnd || p.is(i-1, "فصل")) {
		y := 0
		if p.hasPub {
			y = p.pub.Year()
		}
		k := j
		if p.prep(k) == prFrom || p.isP(k, ',') {
			k++
		}
		if yy, hij, _, k2, ok := p.yearPart(k, true); ok && yy > 0 && !hij {
			y, j = yy, k2
		}
		start := i
		if p.is(i-1, "فصل") {
			start = i - 1
		}
		if y == 0 {
			return cand{i: start, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
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

// half handles النصف الأول من العام الجاري (YYYY-H1).
func (p *parser) half(i int) (cand, bool) {
	if !p.is(i, "النصف") {
		return cand{}, false
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok || n < 1 || n > 2 || p.prep(j) != prFrom {
		return cand{}, false
	}
	y, _, _, k, ok := p.yearPart(j+1, true)
	if !ok || y == 0 {
		return cand{}, false
	}
	if y < 0 {
		return cand{i: i, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{i: i, j: k, kind: "date", r: resolved{value: yearStr(y) + "-H" + strconv.Itoa(n), y: y}}, true
}

// quarter handles الربع الأول [من العام الجاري | 2022].
func (p *parser) quarter(i int) (cand, bool) {
	if !p.is(i, "الربع") {
		return cand{}, false
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok || n < 1 || n > 4 {
		return cand{}, false
	}
	k := j
	if p.prep(k) == prFrom {
		k++
	}
	if y, _, _, k2, ok := p.yearPart(k, true); ok && y != 0 {
		if y < 0 {
			return cand{i: i, j: k2, kind: "date", r: resolved{value: "UNKNOWN"}}, true
		}
		return cand{i: i, j: k2, kind: "date", r: resolved{value: yearStr(y) + "-Q" + strconv.Itoa(n), y: y}}, true
	}
	if !p.hasPub {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}, true
	}
	y := p.pub.Year()
	if p.lastY > 0 {
		y = p.lastY
	}
	return cand{i: i, j: j, kind: "date", r: resolved{value: yearStr(y) + "-Q" + strconv.Itoa(n)}}, true
}
