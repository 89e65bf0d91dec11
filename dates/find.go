package dates

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/dates/hijri"
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
	// namedY is the last year a mention wrote (عام 2014، العام الماضي),
	// not one a yearless date was resolved to: «the same year» (session
	// 13 review)
	namedY int
	// the weekdays after the first of a coordination (السبت والأحد) and
	// the days the sequence gave them (inSequence)
	seqTok []int
	seqT   []time.Time
	// dayShift moves the relative days (اليوم، أمس، غداً) off the publication
	// date when the article names its own day (اليوم الاثنين on a
	// Tuesday): see todayAnchor.
	dayShift int
	// the last period named (an interval of months or days, a season, a
	// duration) and its kind, for نفس الفترة and هذه الفترة (sameperiod.go)
	period, periodKind string
	periodEnd          int // the token after it
	// namedQ is the last quarter named by its number (الربع الثاني), not
	// relative to another (الربع السابق), for الربع نفسه (session 12)
	namedQ string
	// sport is 1 when the text is sports copy, 2 when not, 0 before it is
	// asked (sportCopy)
	sport int8
	// lastSeason is the last season written with its two years (موسم
	// 2012 - 2013), for ذلك الموسم, and the token after it (session 16)
	lastSeason    string
	lastSeasonEnd int
	// hijriSeen is 1 when the text writes a year with هـ, 2 when not, 0
	// before it is asked (hijriText)
	hijriSeen int8
	// aheadStart is the byte start of the last «بعد + a count» read as the
	// date it points to, dayStart that of the last mention of a written
	// day (dateInSentence); -1 when none
	aheadStart, dayAnchorStart int
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
	p.lastY, p.lastM, p.lastD, p.namedY = 0, 0, 0, 0
	p.period, p.periodKind, p.namedQ = "", "", ""
	p.sport = 0
	p.lastSeason = ""
	p.hijriSeen = 0
	p.aheadStart, p.dayAnchorStart = -1, -1
	p.seqTok, p.seqT = p.seqTok[:0], p.seqT[:0]
	p.s.scan(text)
	p.dayShift = 0
	p.dayShift = p.todayAnchor()
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
	// anaphor: the value is the last period's (نفس الفترة), which it does
	// not replace
	anaphor bool
	part    int8
	// skip: the words [i, j) are read and are no mention (a habitual
	// month of fasting)
	skip bool
	// occasion: the value is the first day of a feast named as this
	// year's occasion (فعاليات العيد، خلال عيد الفطر، أيام العيد:
	// occasionFeast, recentFeast), which lasts several days: it does not
	// become the last day named (a part of the day after it keeps the day
	// before; session 18)
	occasion bool
}

func (p *parser) run() {
	n := len(p.s.toks)
	sentYear, sentYearEnd := 0, 0 // a year written in the sentence so far, and the end of its mention
	for i := 0; i < n; {
		t := &p.s.toks[i]
		if t.kind == tPunct && (t.p == '.' || t.p == '!' || t.p == '?') {
			sentYear = 0
		}
		if t.kind == tPunct || (t.kind == tWord && t.e == nil) {
			i++
			continue
		}
		c, ok := p.at(i)
		if !ok || c.j <= i {
			i++
			continue
		}
		if c.skip {
			i = c.j
			continue
		}
		c = p.yearly(c)
		c = p.septemberAttacks(c)
		c = p.beforeChrist(c)
		c = p.monthYear(c, sentYear, sentYearEnd)
		c = p.rangeYear(c)
		p.emit(c)
		if c.dayOK {
			p.dayAnchorStart = int(p.s.toks[c.i].cstart)
		}
		if y := p.writtenYear(c); y > 0 {
			sentYear, sentYearEnd = y, c.j
		}
		i = c.j
	}
}

// sinceBefore reports whether منذ "since" stands at most five words before
// token i, with no punctuation, earlier mention or date word but a
// preposition between (منذ ديسمبر، منذ إطلاق الحملة في شهر تشرين الثاني):
// what follows منذ is past (session 10).
func (p *parser) sinceBefore(i int) bool {
	last := -1
	if len(p.out) > 0 {
		last = p.out[len(p.out)-1].End
	}
	for k, n := i-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		t := &p.s.toks[k]
		if t.kind != tWord || int(t.end) <= last {
			return false
		}
		if p.prep(k) == prSince {
			return true
		}
		if t.e != nil && t.e.prep == prNone {
			return false // منذ نحو العقد … بنهاية العام: منذ has its own complement
		}
	}
	return false
}

// verbBetween reports whether a verb of the past lies in tokens [a, b): a
// new clause, whose month need not share the year written before it
// (بلغ التوزيع مليوناً نهاية 2014 وأعلنت في حزيران).
func (p *parser) verbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := &p.s.toks[k]
		if t.kind != tWord || t.e != nil {
			continue
		}
		w := p.s.nbuf[t.nstart:t.nend]
		if len(w) > 6 && (string(w[:2]) == "و" || string(w[:2]) == "ف") {
			w = w[2:]
		}
		if pastVerbs[string(w)] {
			return true
		}
	}
	return false
}

// writtenYear returns the Gregorian year written with four digits in the
// date mention c (سبتمبر وديسمبر 2016), 0 if it has none.
func (p *parser) writtenYear(c cand) int {
	if c.kind != "date" || c.r.y <= 0 || c.r.hijri != "" {
		return 0
	}
	for k := c.i; k < c.j; k++ {
		if p.isNum(k) && p.s.toks[k].nd == 4 && p.s.toks[k].num == c.r.y {
			return c.r.y
		}
	}
	// this year named (هذا العام، العام الجاري، السنة الحالية; session
	// 10): a month after it in the sentence is this year's (بلغ السعر
	// أدنى مستوياته هذا العام في يناير, written in August: this January)
	if p.hasPub && c.r.y == p.pub.Year() && c.r.m == 0 && c.j-c.i == 2 {
		if e := p.e(c.i + 1); e != nil && e.unit == uYear && e.ucount == 1 && p.is(c.i, "هذا") || p.mod(c.i+1) == mCurrent && p.e(c.i) != nil && p.e(c.i).unit == uYear {
			return c.r.y
		}
	}
	return 0
}

// monthYear corrects the year of a month (or a day of a month) written
// without one and without a modifier (الماضي، المقبل، الجاري), which pickYear
// put nearest to the publication date: a year written before it in the same
// sentence is its year (خلال شهري سبتمبر وديسمبر 2016 … وجويلية), and in a
// sentence told in the past a month after the publication's own is last
// year's (اندلعت المعارك في تشرين الأول, written in July).
func (p *parser) monthYear(c cand, sentYear, sentYearEnd int) cand {
	if !p.yearFromPub(c) || !p.monthNameOnly(c) || p.modifierNear(c) {
		return c
	}
	v := c.r.value
	y := c.r.y
	switch {
	case p.deliveryBefore(c.i):
		y = pickYear(c.r.m, mFutureOrNow, p.pub.Year(), int(p.pub.Month()))
	case sentYear > 0 && !p.verbBetween(sentYearEnd, c.i) && !(sentYear == p.pub.Year() && p.strongFuture(c.i)):
		y = sentYear
	case (y == p.pub.Year() && c.r.m > int(p.pub.Month()) || y == p.pub.Year()+1) && (p.sinceBefore(c.i) || p.pastContext(c.i)):
		// session 10: also a month the nearest occurrence put in next
		// year (يناير, written in August, told in the past: this
		// January)
		y--
	default:
		return c
	}
	if c.r.d > daysIn(y, c.r.m) {
		return c
	}
	c.r.y = y
	c.r.value = yearStr(y) + v[4:]
	return c
}

// rangeYear is monthYear for a range of months or days written without a
// year or a modifier (بين نوفمبر ويناير، من 10 إلى 20 ديسمبر), which the
// nearest occurrence put after the publication date: in a sentence told in
// the past, or after منذ, it is the last occurrence, both ends a year back
// (session 16).
func (p *parser) rangeYear(c cand) cand {
	v := c.r.value
	if c.kind != "range" || !p.hasPub || c.r.hijri != "" || !p.monthNameOnly(c) || p.modifierNear(c) {
		return c
	}
	a, b, ok := strings.Cut(v, "/")
	if !ok || len(a) != len(b) || len(a) != 7 && len(a) != 10 {
		return c
	}
	y1, e1 := strconv.Atoi(a[:4])
	m1, e2 := strconv.Atoi(a[5:7])
	y2, e3 := strconv.Atoi(b[:4])
	if e1 != nil || e2 != nil || e3 != nil || y1 < 1000 {
		return c
	}
	py, pm := p.pub.Year(), int(p.pub.Month())
	if !(y1 == py && m1 > pm || y1 == py+1) || y1 != pickYear(m1, mNone, py, pm) {
		return c
	}
	if !p.sinceBefore(c.i) && !p.pastContext(c.i) {
		return c
	}
	a2, b2 := yearStr(y1-1)+a[4:], yearStr(y2-1)+b[4:]
	if len(a) == 10 && (a2[5:] == "02-29" || b2[5:] == "02-29") {
		return c
	}
	c.r.value = a2 + "/" + b2
	return c
}

// lastSeasonNear reports the last season written with its two years
// ending at most six tokens before i (a heading «موسم 2014 - 2015 م -»
// and the paragraph under it).
func (p *parser) lastSeasonNear(i int) bool {
	return p.lastSeason != "" && i >= p.lastSeasonEnd && i-p.lastSeasonEnd <= 6
}

// yearFromPub reports a Gregorian month or day of a month (YYYY-MM,
// YYYY-MM-DD) whose year is the nearest occurrence to pub, not one given
// by the text (written, shared, or the Hijri calendar's).
func (p *parser) yearFromPub(c cand) bool {
	v := c.r.value
	if c.kind != "date" || c.r.y <= 0 || c.r.m == 0 || c.r.hijri != "" || !(len(v) == 7 || len(v) == 10) || !p.hasPub {
		return false
	}
	return c.r.y == pickYear(c.r.m, mNone, p.pub.Year(), int(p.pub.Month()))
}

// monthNameOnly reports a mention with no four-digit number, weekday or
// relative day in it: a month's name, not a weekday or a relative day.
func (p *parser) monthNameOnly(c cand) bool {
	month := false
	for k := c.i; k < c.j; k++ {
		if p.isNum(k) && p.s.toks[k].nd == 4 {
			return false
		}
		if e := p.e(k); e != nil && (e.wday > 0 || e.rel != rNone) {
			return false
		} else if e != nil && (e.month > 0 || e.hhead > 0) {
			month = true
		}
	}
	// not a part of the day alone (ليلا), which took the last day, nor
	// هذا الشهر, the publication's month (session 16)
	return month
}

// modifierNear reports a modifier in the mention or in the three tokens
// after it (بين ديسمبر ويناير المقبلين: a modifier after a coordination),
// or a relative day or future cue after it.
func (p *parser) modifierNear(c cand) bool {
	for k := c.i; k < c.j+3 && k < len(p.s.toks); k++ {
		if k >= c.j && p.s.toks[k].kind == tPunct {
			break // a comma ends the expression (session 10: في شهر تشرين الثاني، ولم يتغير)
		}
		if e := p.e(k); e != nil && (e.mod == mPast || e.mod == mFuture || e.mod == mCurrent || e.mod == mSame || k >= c.j && (e.rel != rNone || e.x == xFuture)) {
			return true
		}
		if k < c.j && p.x(k) == xDemo && p.e(k+1) != nil && p.e(k+1).unit == uYear {
			return true // مارس من هذه السنة: this year, whatever year the sentence named (session 14)
		}
	}
	return false
}

func (p *parser) emit(c cand) {
	toks := p.s.toks
	start := int(toks[c.i].cstart)
	end := int(toks[c.j-1].end)
	if end <= start {
		return
	}
	m := rasid.DateMention{Span: rasid.Span{Start: start, End: end}, Value: c.r.value, Kind: c.kind, Hijri: c.r.hijri, Calendar: c.r.cal}
	if isVagueRef(m.Value) {
		// the value keeps its contract (ISO or UNKNOWN); the TimeML
		// reference of a vague expression goes to its own field
		m.Value, m.Ref = "UNKNOWN", m.Value
	} else if iso, ok := isoOf(m.Value); ok {
		m.Value, m.Timex = iso, m.Value
	} else if m.Kind == "date" {
		m.Timex = halfOrQuarter(m.Value)
	}
	p.out = append(p.out, m)
	if c.kind == "range" && (p.twoYearSeason(c.i-1) || p.twoYearSeason(c.i)) {
		p.lastSeason, p.lastSeasonEnd = c.r.value, c.j
	}
	if !c.anaphor && isPeriodValue(m.Kind, c.r.value) {
		p.period, p.periodKind, p.periodEnd = c.r.value, m.Kind, c.j
		if q := halfOrQuarter(c.r.value); len(q) == 7 && q[5] == 'Q' && !(c.j == c.i+2 && p.mod(c.i+1) == mPast) {
			p.namedQ = c.r.value
		}
	}
	if p.is(c.j-1, "السابق") || p.is(c.j-1, "السابقه") {
		return // العام السابق points back; the year named stays the reference
	}
	if c.kind == "date" && p.namesYear(c) {
		if y := c.r.y; y > 0 {
			p.namedY = y
		} else if v := c.r.value; c.r.hijri == "" && len(v) >= 4 && digits(v[:4]) {
			p.namedY, _ = strconv.Atoi(v[:4])
		}
	}
	if c.occasion {
		return
	}
	if c.r.m > 0 && c.r.y > 0 {
		p.lastY, p.lastM = c.r.y, c.r.m
		if c.r.d > 0 {
			p.lastD = c.r.d
		} else {
			p.lastD = 0
		}
	} else if c.r.y > 0 && c.kind == "date" {
		p.yearNamed(c.r.y)
	} else if v := c.r.value; c.kind == "date" && c.r.hijri == "" && len(v) == 4 && digits(v) {
		y, _ := strconv.Atoi(v) // a year read inside an edge (نهاية عام 2014)
		p.yearNamed(y)
	}
}

// yearNamed makes y the last year named; a day named before in another
// year is no longer the last day (العام 2013 … ليلا: not 10 August 2013;
// session 16).
func (p *parser) yearNamed(y int) {
	if y != p.lastY {
		p.lastD = 0
	}
	p.lastY = y
}

// yearly reads "every year" after a month or a day of a month whose year
// was not written (نهاية شهر يونيو من كل عام، 15 مارس من كل سنة): the
// mention is a set recurring each year, XXXX-06, and كل عام is part of it.
func (p *parser) yearly(c cand) cand {
	v := c.r.value
	if c.kind != "date" || !(len(v) == 7 || len(v) == 10) || v[4] != '-' || v[0] < '0' || v[0] > '9' {
		return c
	}
	for k := c.i; k < c.j; k++ {
		if p.isNum(k) && p.s.toks[k].nd == 4 {
			return c // the year is written
		}
	}
	k := c.j
	if p.prep(k) == prFrom {
		k++
	}
	e := p.e(k + 1)
	if p.x(k) != xEvery || e == nil || e.unit != uYear || e.ucount != 1 || e.ual {
		return c
	}
	c.j, c.kind = k+2, "set"
	c.r = resolved{value: "XXXX" + v[4:]}
	return c
}

// attackNouns name the attacks of 11 September 2001 before the day: أحداث
// 11 سبتمبر، هجمات 11 أيلول.
var attackNouns = normAll("أحداث", "هجمات", "اعتداءات", "تفجيرات", "هجوم", "ضربات", "احداث", "الأحداث", "الهجمات", "الاعتداءات", "التفجيرات")

// septemberAttacks dates «11 سبتمبر» written without a year after a noun
// of attacks or events (هجمات 11 سبتمبر، أحداث الحادي عشر من سبتمبر): the
// name Arabic copy gives the attacks of 2001, not this year's 11 September
// (session 14).
func (p *parser) septemberAttacks(c cand) cand {
	if c.kind != "date" || c.r.m != 9 || c.r.d != 11 || c.r.hijri != "" || !p.isAnyBare(c.i-1, attackNouns) {
		return c
	}
	month := false
	for k := c.i; k < c.j; k++ {
		if e := p.e(k); e != nil && e.month == 9 {
			month = true
		} else if month && !p.isP(k, '/') && !p.isP(k, '(') && !p.isP(k, ')') {
			return c // a word or number after the month dates it: سبتمبر الماضي، سبتمبر 2001
		}
	}
	if !month || p.monthDated(c.j) {
		return c
	}
	c.r = resolved{value: "2001-09-11", y: 2001, m: 9, d: 11}
	return c
}

// monthDated reports whether the tokens at k, right after a month's name,
// say which year's month it is: a number (a year in any form), a temporal
// modifier (الماضي، المقبل، الجاري), a year noun (العام، هذا العام، من
// السنة الماضية، عام) or a demonstrative before one (session 14, review).
func (p *parser) monthDated(k int) bool {
	if p.is(k, "من") || p.is(k, "في") {
		k++ // من العام الماضي، من هذا العام، في السنة نفسها
	}
	if p.is(k, "هذا") || p.is(k, "هذه") || p.is(k, "ذلك") || p.is(k, "تلك") {
		k++
	}
	if p.isNum(k) || p.mod(k) != mNone {
		return true
	}
	e := p.e(k)
	return e != nil && e.unit == uYear && e.ucount == 1
}

// beforeChrist reads قبل الميلاد (ق.م) after a year or a range of years
// (عام 3100 قبل الميلاد، بين عامي 2181 و2050 قبل الميلاد): a year before
// the era, which ISO 8601 writes in astronomical numbering, 1 BC being
// year 0000 and 3100 BC -3099 (session 10). A year in brackets before it
// keeps its span ((نحو 2050- 1786) قبل الميلاد).
func (p *parser) beforeChrist(c cand) cand {
	if c.kind != "date" && c.kind != "range" || c.r.hijri != "" {
		return c
	}
	k := c.j
	if p.isP(k, ')') {
		k++
	}
	end := p.bcAfter(k)
	if end == 0 {
		return c
	}
	parts := strings.Split(c.r.value, "/")
	for n, y := range parts {
		if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
			return c
		}
		v, _ := strconv.Atoi(y)
		if v == 0 {
			return c
		}
		if v == 1 {
			parts[n] = "0000"
		} else {
			parts[n] = "-" + strconv.Itoa(10000 + v - 1)[1:]
		}
	}
	if k == c.j {
		c.j = end
	}
	c.r = resolved{value: strings.Join(parts, "/")}
	return c
}

// bcAfter returns the token after قبل الميلاد or ق.م at k, 0 if there is
// none.
func (p *parser) bcAfter(k int) int {
	switch {
	case p.is(k, "قبل") && p.is(k+1, "الميلاد"):
		return k + 2
	case p.is(k, "ق") && p.isP(k+1, '.') && p.is(k+2, "م"):
		return k + 3
	}
	return 0
}

// isoOf gives the ISO 8601 value of a TimeML value that is not one (ok):
// UNKNOWN for a season (2015-SU) and a count not given (PXM, PTXM), which
// ISO cannot write; the week of a weekend (2015-W32-WE → 2015-W32: the
// days of a weekend differ by country, its week does not); a decade (196) or a century
// (19) with unspecified digits, as ISO 8601-2 writes them (196X, 19XX). The rules build the
// TimeML value (the "same period" reads seasons) and emit keeps it in
// DateMention.Timex.
func isoOf(v string) (string, bool) {
	switch {
	case len(v) == 7 && v[4] == '-' && (digits(v[:4]) || v[:4] == "XXXX") && (v[5:] == "SU" || v[5:] == "WI" || v[5:] == "SP" || v[5:] == "FA"):
		return "UNKNOWN", true
	case strings.HasSuffix(v, "-WE") && len(v) == 11 && digits(v[:4]) && v[5] == 'W':
		return v[:8], true // a weekend: its week, whose days do not depend on the country (session 7)
	case strings.HasSuffix(v, "-WE"):
		return "UNKNOWN", true
	case strings.HasPrefix(v, "P") && strings.Contains(v, "X"):
		return "UNKNOWN", true
	case len(v) == 3 && digits(v):
		return v + "X", true
	case len(v) == 2 && digits(v):
		return v + "XX", true // a century: 19 → 19XX
	}
	return "", false
}

// halfOrQuarter gives TimeML's code of a half or a quarter of a year
// (2015-H1, 2015-Q3) for the ISO interval of its months (2015-01/2015-06,
// 2015-07/2015-09), which is what value holds: the two notations of the
// same months (النصف الأول من 2015، الربع الثالث، الأشهر الستة الأولى،
// الثلاثي الأول). Empty for any other value.
func halfOrQuarter(v string) string {
	if len(v) != 15 || v[4] != '-' || v[7] != '/' || v[12] != '-' || v[:4] != v[8:12] || !digits(v[:4]) {
		return ""
	}
	if c, ok := halvesQuarters[v[5:7]+v[13:15]]; ok {
		return v[:4] + "-" + c
	}
	return ""
}

// halvesQuarters maps the first and last month of a half or a quarter to
// its TimeML code.
var halvesQuarters = map[string]string{"0106": "H1", "0712": "H2", "0103": "Q1", "0406": "Q2", "0709": "Q3", "1012": "Q4"}

// isVagueRef reports a TimeML reference value (PAST_REF, PRESENT_REF,
// FUTURE_REF), which the rules build and emit moves to DateMention.Ref.
func isVagueRef(v string) bool {
	return v == "PAST_REF" || v == "PRESENT_REF" || v == "FUTURE_REF"
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

// word returns the normalised form of token i when it is a word, else "".
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return ""
	}
	return p.s.norm(i)
}

// isAny reports whether word token i normalises to one of ws.
func (p *parser) isAny(i int, ws []string) bool {
	for _, w := range ws {
		if p.is(i, w) {
			return true
		}
	}
	return false
}

// hasArticle reports whether word token i starts with ال (after clitics).
// alfForms are «thousand» and «two thousand» folded (ألف → الف), which
// begin like the article.
var alfForms = map[string]bool{norm("ألف"): true, norm("ألفي"): true, norm("ألفين"): true}

func (p *parser) hasArticle(i int) bool {
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	t := &p.s.toks[i]
	w := p.s.nbuf[t.nstart:t.nend]
	if t.e != nil && (t.e.card == 1000 || t.e.card == 2000) && (alfForms[string(w)] || len(w) > 2 && alfForms[string(w[2:])]) {
		return false // ألف، وألفي: the alef is the root's, no article (session 16)
	}
	if len(w) >= 4 && string(w[:4]) == "ال" {
		return true
	}
	if len(w) >= 6 && (string(w[:6]) == "وال" || string(w[:6]) == "بال" || string(w[:6]) == "فال" || string(w[:6]) == "كال") {
		return true
	}
	return len(w) >= 4 && string(w[:4]) == "لل"
}

// isAnyBare reports whether word token i is one of ws (normalised) after
// one or two one-letter proclitics (و ف ب ل ك) are taken off: لإجازة.
func (p *parser) isAnyBare(i int, ws []string) bool {
	if p.isAny(i, ws) {
		return true
	}
	if i < 0 || i >= len(p.s.toks) || p.s.toks[i].kind != tWord {
		return false
	}
	w := p.s.nbuf[p.s.toks[i].nstart:p.s.toks[i].nend]
	for n := 0; n < 2 && len(w) > 4 && strings.Contains("وفبلك", string(w[:2])); n++ {
		w = w[2:]
		for _, x := range ws {
			if string(w) == x {
				return true
			}
		}
	}
	return false
}

// adjArticle reports whether word token i starts with the article itself,
// as an adjective does (اليوم الوطني); with a conjunction or preposition
// before it (بالصعبة، للبلاد، والغد) the word is not an adjective of the
// noun before it.
func (p *parser) adjArticle(i int) bool {
	if !p.hasArticle(i) {
		return false
	}
	w := p.s.nbuf[p.s.toks[i].nstart:p.s.toks[i].nend]
	return string(w[:4]) == "ال"
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

// Finding a mention is three stages. scan (scan.go) splits the text into
// tokens and looks each word up in the lexicon; at (below) tries, at each
// token with a temporal role, the rules that can start there, in a fixed
// order, and takes the first that reads a candidate; each rule resolves the
// value of what it read (value.go) against the publication date and the
// discourse state, and run emits it.

// wordRule is a rule that can start at a word: when says whether it applies
// to the word's lexicon entry, read reads the mention.
type wordRule struct {
	name string
	when func(p *parser, i int, e *entry) bool
	read func(p *parser, i int) (cand, bool)
}

// wordRules are tried in this order at a word; the first to read a
// candidate wins. Words of a class of their own are read by classRules
// after them.
var wordRules = []wordRule{
	{"same-unit", func(p *parser, i int, e *entry) bool {
		return e.ual && e.ucount == 1 && (e.unit == uDay || e.unit == uMonth || e.unit == uYear) && !p.isNum(i+1)
	}, (*parser).sameUnitBefore},
	{"hijri-rel-year", func(_ *parser, _ int, e *entry) bool {
		return e.unit == uYear && e.ucount == 1 && e.ual
	}, func(p *parser, i int) (cand, bool) { return p.hijriRelYear(i, i+1) }},
	{"rate", func(p *parser, i int, e *entry) bool {
		return e.ual && e.ucount == 1 && (e.unit >= uHour && e.unit <= uYear || e.unit == uMinute) && (p.prep(i-1) == prIn || p.glued1(i) == "ب")
	}, (*parser).rate},
	{"one-unit", func(_ *parser, _ int, e *entry) bool {
		return e.ual && e.ucount == 1 && e.unit != uNone && e.unit != uHour
	}, (*parser).oneUnit},
	{"ramadan-epithet", func(_ *parser, _ int, e *entry) bool {
		return e.ual && e.ucount == 1 && e.unit == uMonth
	}, (*parser).ramadanEpithet},
	{"fasting-month", func(p *parser, i int, e *entry) bool {
		return !e.ual && e.ucount == 1 && e.unit == uMonth && (p.is(i+1, "الصيام") || p.is(i+1, "الصوم"))
	}, (*parser).fastingMonth},
	{"feast", func(_ *parser, _ int, e *entry) bool {
		return e.ord > 0 || e.rel == rToday || e.unit == uDay && e.ucount == 1 && !e.ual
	}, (*parser).feast},
	{"vague-phrase", func(_ *parser, _ int, e *entry) bool {
		return e.prep == prIn || e.prep == prSince || e.prep == prFor || e.x == xDemo || e.x == xVagueN
	}, (*parser).vaguePhrase},
	{"ago-later", func(_ *parser, _ int, e *entry) bool {
		return e.prep == prSince || e.prep == prBefore || e.prep == prAfter
	}, (*parser).agoLater},
	{"feast-named", func(_ *parser, _ int, e *entry) bool {
		return e.prep == prSince || e.prep == prBefore || e.prep == prAfter || e.prep == prDuring || e.prep == prUntil || e.prep == prIn
	}, (*parser).feastAfterPrep},
	{"from-to", func(_ *parser, _ int, e *entry) bool {
		return e.prep == prFrom || e.prep == prBetween
	}, func(p *parser, i int) (cand, bool) {
		c, ok := p.dateRange(i+1, i)
		return c, ok && c.kind == "range"
	}},
	{"ordinal-age", func(_ *parser, _ int, e *entry) bool { return e.ord > 0 }, (*parser).ordinalAge},
	{"edge", func(_ *parser, _ int, e *entry) bool {
		return e.x == xEdge || e.x == xFirstDay
	}, (*parser).edge},
	{"date", func(_ *parser, _ int, e *entry) bool { return startsDate(e) }, func(p *parser, i int) (cand, bool) {
		return p.dateRange(i, i)
	}},
	{"weekday", func(_ *parser, _ int, e *entry) bool {
		return e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !e.ual)
	}, (*parser).weekdayMention},
	{"relative-day", func(_ *parser, _ int, e *entry) bool { return e.rel != rNone }, (*parser).relDay},
	{"part-of-day", func(_ *parser, _ int, e *entry) bool { return e.part != pNone }, (*parser).partOfDay},
	{"clock", func(p *parser, i int, e *entry) bool {
		return e.x == xHour || p.hourThenPart(i)
	}, (*parser).clock},
	{"ten-days", func(_ *parser, _ int, e *entry) bool { return e.card == 10 }, (*parser).tenDays},
	{"article-count", func(_ *parser, _ int, e *entry) bool { return e.card > 0 }, (*parser).articleCount},
	{"duration", func(_ *parser, _ int, e *entry) bool { return e.card > 0 || e.x == xFew }, (*parser).duration},
	{"feast-days", func(_ *parser, _ int, e *entry) bool {
		return e.unit == uDay && e.ucount == 0 && !e.ual
	}, (*parser).feastDays},
	{"first-days", func(_ *parser, _ int, e *entry) bool {
		return e.unit == uDay || e.unit == uMonth || e.unit == uWeek
	}, (*parser).firstDays},
	{"unit", func(_ *parser, _ int, e *entry) bool { return e.unit != uNone }, (*parser).unitPhrase},
}

// startsDate reports whether a calendar date can start at a word of entry
// e: a month, weekday, يوم, شهر, عام or an ordinal.
func startsDate(e *entry) bool {
	return e.month > 0 || e.hmonth > 0 || e.hhead > 0 || e.wday > 0 || (e.unit == uDay && e.ucount == 1 && !e.ual) ||
		(e.unit == uMonth && e.ucount == 1 && !e.ual) || (e.unit == uYear && e.ucount != 0) || e.ord > 0
}

// classRules read the words of a class of their own (entry.x), after the
// wordRules found nothing.
var classRules = [...]func(p *parser, i int, e *entry) (cand, bool){
	xDemo:  func(p *parser, i int, _ *entry) (cand, bool) { return p.demo(i) },
	xEvery: func(p *parser, i int, _ *entry) (cand, bool) { return p.every(i) },
	xAdverb: func(_ *parser, i int, e *entry) (cand, bool) {
		return cand{i: i, j: i + 1, kind: "set", r: resolved{value: durValue(1, e.val)}}, true
	},
	xAdj:    (*parser).frequencyAdj,
	xManner: (*parser).manner,
	xVague: func(p *parser, i int, e *entry) (cand, bool) {
		if p.is(i, "وقتها") && (p.hasArticle(i+1) || p.is(i-1, "جل") || p.is(i-1, "معظم") || p.is(i-1, "كل") || p.is(i-1, "حسب")) {
			return cand{}, false // في وقتها المحدد، جل وقتها: her time, not "then"
		}
		if p.is(i, "قديما") && (p.s.toks[i].cstart > p.s.toks[i].start || i == 0 || p.s.toks[i-1].kind != tWord || p.lineBreakAfter(i-1)) {
			return cand{}, false // وقديما سمي: a sentence's opening, "of old"
		}
		if p.is(i, "حديثا") && !p.recently(i) && !p.is(i-1, "قديما") {
			return cand{}, false // مثالا حديثا، حديثا صحافيا: modern, a talk
		}
		if p.is(i, "اخيرا") && (p.s.toks[i].cstart > p.s.toks[i].start || i == 0 || p.s.toks[i-1].kind != tWord || p.lineBreakAfter(i-1) || p.isP(i+1, ',')) {
			return cand{}, false // وأخيراً، …: "finally", not "recently"
		}
		return cand{i: i, j: i + 1, kind: "date", r: resolved{value: vagueValue[e.val]}}, true
	},
	xFeast:   func(p *parser, i int, _ *entry) (cand, bool) { return p.feastNamed(i) },
	xMorrow:  func(p *parser, i int, _ *entry) (cand, bool) { return p.eventEve(i) },
	xDecade:  func(p *parser, i int, _ *entry) (cand, bool) { return p.decade(i) },
	xCentury: func(p *parser, i int, _ *entry) (cand, bool) { return p.century(i) },
	xDecadeW: func(p *parser, i int, _ *entry) (cand, bool) { return p.decadeWord(i) },
	xSeason:  func(p *parser, i int, _ *entry) (cand, bool) { return p.season(i) },
	xQuarter: func(p *parser, i int, _ *entry) (cand, bool) {
		if c, ok := p.fraction(i); ok {
			return c, true
		}
		return p.quarter(i)
	},
	xThird: func(p *parser, i int, _ *entry) (cand, bool) { return p.third(i) },
	xTerm:  func(p *parser, i int, _ *entry) (cand, bool) { return p.termQuarter(i) },
	xAge: func(p *parser, i int, _ *entry) (cand, bool) {
		if p.is(i, "سن") {
			return p.ageNoun(i)
		}
		return cand{}, false
	},
	xHalf: func(p *parser, i int, _ *entry) (cand, bool) {
		if c, ok := p.fraction(i); ok {
			return c, true
		}
		return p.half(i)
	},
}

// at finds the candidate mention that starts at token i, if any.
func (p *parser) at(i int) (cand, bool) {
	t := &p.s.toks[i]
	if t.kind == tNum {
		return p.atNumber(i)
	}
	e := t.e
	if e.x == xArticle && p.isNum(i+1) {
		return p.atArticle(i)
	}
	for k := range wordRules {
		r := &wordRules[k]
		if !r.when(p, i, e) {
			continue
		}
		if c, ok := r.read(p, i); ok {
			return c, true
		}
	}
	if int(e.x) < len(classRules) && classRules[e.x] != nil {
		return classRules[e.x](p, i, e)
	}
	return cand{}, false
}

// atArticle reads a mention that starts with الـ written apart from its
// number: الـ12 من شباط, الـ24 ساعة الماضية.
func (p *parser) atArticle(i int) (cand, bool) {
	if c, ok := p.dateRange(i, i); ok {
		return c, true
	}
	if c, ok := p.duration(i + 1); ok {
		c.i = i
		if md := p.mod(c.j); md == mPast || md == mFuture {
			c.j++
		}
		return c, true
	}
	return cand{}, false
}

// frequencyAdj reads التقرير السنوي, الرحلات الأسبوعية: "annual", a set.
func (p *parser) frequencyAdj(i int, e *entry) (cand, bool) {
	if p.hasArticle(i) && p.s.toks[i].cstart == p.s.toks[i].start && i > 0 && p.s.toks[i-1].kind == tWord && p.hasArticle(i-1) {
		return cand{i: i, j: i + 1, kind: "set", r: resolved{value: durValue(1, e.val)}}, true
	}
	return cand{}, false
}

// manner reads بشكل يومي, بصورة أسبوعية: a set.
func (p *parser) manner(i int, _ *entry) (cand, bool) {
	if e2 := p.e(i + 1); e2 != nil && (e2.x == xAdj || p.is(i+1, "يومي")) {
		u := int8(uDay)
		if e2.x == xAdj {
			u = e2.val
		}
		return cand{i: i + 1, j: i + 2, kind: "set", r: resolved{value: durValue(1, u)}}, true
	}
	return cand{}, false
}

// atNumber handles a mention that starts with digits.
func (p *parser) atNumber(i int) (cand, bool) {
	if c, ok := p.dateline(i); ok {
		return c, true
	}
	// العام الدراسي 2024/2025, موسم 2023/2024: two consecutive years
	// (موسم 2003/ 2004, spaced, too)
	if t := &p.s.toks[i]; t.nd == 4 && p.isP(i+1, '/') && p.isNum(i+2) && p.s.toks[i+2].nd == 4 &&
		p.num(i+2) == p.num(i)+1 && p.num(i) >= 1800 && p.num(i) <= 2100 && !(p.isP(i+3, '/') && p.glued(i+3)) && !p.isP(i-1, '/') {
		return cand{i: i, j: i + 3, kind: "range", r: resolved{value: yearStr(p.num(i)) + "/" + yearStr(p.num(i+2)), y: p.num(i + 2)}}, true
	}
	// الفترة 1906 / 1914: two years after a period noun
	if t := &p.s.toks[i]; t.nd == 4 && (p.isP(i+1, '/') || p.isP(i+1, '-')) && p.isNum(i+2) && p.s.toks[i+2].nd == 4 && (p.is(i-1, "الفتره") || p.is(i-1, "فتره")) &&
		p.num(i) >= 1000 && p.num(i+2) > p.num(i) && p.num(i+2) <= 2100 {
		return cand{i: i, j: i + 3, kind: "range", r: resolved{value: yearStr(p.num(i)) + "/" + yearStr(p.num(i+2)), y: p.num(i + 2)}}, true
	}
	if c, ok := p.hijriYearPair(i); ok {
		return c, true
	}
	// حتى 22 منه: a day of the month last mentioned
	if p.s.toks[i].nd <= 2 && p.num(i) >= 1 && p.num(i) <= 31 && p.is(i+1, "منه") && p.dayContext(i-1) && p.lastM > 0 && p.lastY > 0 && p.num(i) <= daysIn(p.lastY, p.lastM) {
		d := p.num(i)
		return cand{i: i, j: i + 2, kind: "date", dayOK: true, r: resolved{value: yearStr(p.lastY) + "-" + pad2(p.lastM) + "-" + pad2(d), y: p.lastY, m: p.lastM, d: d}}, true
	}
	if c, ok := p.dateRange(i, i); ok {
		return c, true
	}
	if c, ok := p.clock(i); ok {
		return c, true
	}
	if c, ok := p.duration(i); ok {
		return c, true
	}
	return p.quotedCount(i)
}

// hijriYearPair reads two consecutive Hijri years joined by a dash or a
// slash and marked هـ (1435-1436هـ، 1436 / 1437هـ: a season or a fiscal
// year across them), or unmarked after a year noun when they are the
// Hijri years around the publication's (هذا العام 1435/1436): the Gregorian days from the first one's start to the
// second one's end, as the real-copy annotators write it.
func (p *parser) hijriYearPair(i int) (cand, bool) {
	k := i + 1
	if !(p.isP(k, '-') || p.isP(k, '/')) || !p.isNum(k+1) || p.s.toks[i].nd != 4 || p.s.toks[k+1].nd != 4 {
		return cand{}, false
	}
	y := p.num(i)
	if p.num(k+1) != y+1 || y < 1300 || y > 1600 || p.isP(i-1, '/') {
		return cand{}, false
	}
	end := k + 3
	if p.x(k+2) != xYearH {
		// العام 1435/1436 without هـ: after a year noun, two years that
		// are the Hijri years around the publication's
		e := p.e(i - 1)
		if !p.hasPub || e == nil || e.unit != uYear || e.ucount != 1 || !p.glued(k) || !p.glued(k+1) || p.isP(k+2, '/') {
			return cand{}, false
		}
		if h, _ := hijri.FromGregorian(p.pub); h.Year < y || h.Year > y+2 {
			return cand{}, false
		}
		end = k + 2
	}
	a, cal := hijri.YearStart(y)
	b, _ := hijri.YearStart(y + 2)
	r := resolved{value: p.day(a) + "/" + p.day(b.AddDate(0, 0, -1)), hijri: hijriStr(y, 0, 0) + "/" + hijriStr(y+1, 0, 0), cal: cal}
	return cand{i: i, j: end, kind: "range", r: r}, true
}

// quotedCount reads a count set in quotation marks before its unit, as
// headlines write numbers (لأعلى مستوى في «3» أسابيع): the marks belong to
// the mention.
func (p *parser) quotedCount(i int) (cand, bool) {
	if !p.isP(i-1, '"') || !p.isP(i+1, '"') || !p.glued(i) || !p.glued(i+1) || p.s.toks[i].nd > 3 || p.num(i) == 0 {
		return cand{}, false
	}
	u, k, ok := p.unitAfter(i + 2)
	if !ok || u == uSecond || u == uNight || u == uDecade {
		return cand{}, false
	}
	return cand{i: i - 1, j: k, kind: "duration", r: resolved{value: durValue(p.num(i), u)}}, true
}

// dateline reads the day and month of a KUNA-style dateline at the start of
// a line: الكويت - 4 - 6 (كونا) is 4 June, in the year nearest to pub.
func (p *parser) dateline(i int) (cand, bool) {
	y, end := 0, i+3
	if p.isP(i+3, '-') && p.isNum(i+4) && p.s.toks[i+4].nd == 4 {
		y, end = p.num(i+4), i+5 // الكويت - 4 - 6 - 2025 (كونا)
	}
	if !p.isP(i-1, '-') || !p.isP(i+1, '-') || !p.isNum(i+2) || !p.isP(end, '(') {
		return cand{}, false
	}
	d, m := p.num(i), p.num(i+2)
	if p.s.toks[i].nd > 2 || p.s.toks[i+2].nd > 2 || d < 1 || d > 31 || m < 1 || m > 12 {
		return cand{}, false
	}
	// one to three words of place name, first on its line
	k := i - 2
	for n := 0; n < 3 && k-1 >= 0 && p.s.toks[k-1].kind == tWord && !p.lineStart(k); n++ {
		k--
	}
	if k < 0 || p.s.toks[k].kind != tWord || !p.lineStart(k) {
		return cand{}, false
	}
	r := p.resolve(pdate{d: d, m: m, y: y})
	return cand{i: i, j: end, kind: "date", r: r, dayOK: true}, true
}

// lineStart reports whether token k is the first of its line.
func (p *parser) lineStart(k int) bool {
	for b := int(p.s.toks[k].start) - 1; b >= 0; b-- {
		switch p.s.text[b] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// dayContext reports whether token i, before a day number, introduces a
// day: حتى، في، منذ، قبل، بعد، يوم.
func (p *parser) dayContext(i int) bool {
	switch p.prep(i) {
	case prUntil, prIn, prSince, prBefore, prAfter:
		return true
	}
	return p.is(i, "يوم")
}

// namesYear reports whether the mention c writes a year: a number of three
// or four digits, or a word for a year (عام، العام الماضي).
func (p *parser) namesYear(c cand) bool {
	for k := c.i; k < c.j && k < len(p.s.toks); k++ {
		if p.isNum(k) && p.s.toks[k].nd >= 3 {
			return true
		}
		if e := p.e(k); e != nil && e.unit == uYear {
			return true
		}
	}
	return false
}

// sameYear is the year «the same year» (في نفس العام، العام ذاته) refers
// to: the last one a mention wrote, else the year of the last date.
func (p *parser) sameYear() int {
	if p.namedY > 0 {
		return p.namedY
	}
	return p.lastY
}
