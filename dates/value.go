package dates

import (
	"strconv"
	"time"

	"github.com/rasid/rasid/dates/hijri"
)

// pdate is a partly known calendar date as written: any of year, month and
// day may be missing (0). hijri says the fields are Hijri.
type pdate struct {
	y, m, d int
	hijri   bool
	mod     int8 // modifier after the month (شباط الماضي): picks the year
	yabs    bool // the year was written (not taken from the publication date)
	curM    bool // the month is "the current one" (الـ12 الجاري)
	monthM  int8 // modifier on an explicit "الشهر X" month reference
	mnum    bool // the month was a bare number (6 / 11): its calendar is the other end's
}

func (p *parser) day(t time.Time) string { return t.Format("2006-01-02") }
func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func yearStr(y int) string {
	if y < 0 {
		return "UNKNOWN"
	}
	s := strconv.Itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// pickYear returns the year of month m (1–12) relative to the reference
// year ry and month rm: mod past → the last such month before the reference
// month, future → the next one after it, current → the reference year,
// none → the nearest occurrence (within six months).
func pickYear(m int, mod int8, ry, rm int) int {
	switch mod {
	case mPast:
		if m < rm {
			return ry
		}
		return ry - 1
	case mFuture:
		if m > rm {
			return ry
		}
		return ry + 1
	case mCurrent, mSame:
		return ry
	case mFutureOrNow:
		if m >= rm {
			return ry
		}
		return ry + 1
	}
	switch {
	case m-rm > 6:
		return ry - 1
	case rm-m > 6:
		return ry + 1
	}
	return ry
}

// resolved is a resolved date: value string plus the Hijri fields and the
// fields used to update the discourse state.
type resolved struct {
	value, hijri, cal string
	y, m, d           int // Gregorian fields when known (for "the same month")
}

// resolve turns a partial date into an ISO value.
func (p *parser) resolve(d pdate) resolved {
	if d.hijri {
		return p.resolveHijri(d)
	}
	y, m := d.y, d.m
	if d.curM && m == 0 {
		if !p.hasPub {
			return resolved{value: "UNKNOWN"}
		}
		y, m = p.pub.Year(), int(p.pub.Month())
		switch d.monthM {
		case mPast:
			t := time.Date(y, time.Month(m)-1, 1, 0, 0, 0, 0, time.UTC)
			y, m = t.Year(), int(t.Month())
		case mFuture:
			t := time.Date(y, time.Month(m)+1, 1, 0, 0, 0, 0, time.UTC)
			y, m = t.Year(), int(t.Month())
		case mSame:
			if p.lastM == 0 {
				return resolved{value: "UNKNOWN"}
			}
			y, m = p.lastY, p.lastM
		}
	}
	if y == 0 && m > 0 {
		if p.hasPub {
			y = pickYear(m, d.mod, p.pub.Year(), int(p.pub.Month()))
			y = p.sameMonthDay(y, m, d)
		} else {
			y = -1
		}
	}
	switch {
	case m == 0 && d.d == 0:
		return resolved{value: yearStr(y), y: y}
	case d.d == 0:
		if y < 0 {
			return resolved{value: "XXXX-" + pad2(m), m: m}
		}
		return resolved{value: yearStr(y) + "-" + pad2(m), y: y, m: m}
	}
	if m == 0 {
		return resolved{value: "UNKNOWN"}
	}
	if y < 0 {
		return resolved{value: "XXXX-" + pad2(m) + "-" + pad2(d.d), m: m, d: d.d}
	}
	if d.d > daysIn(y, m) {
		return resolved{value: "UNKNOWN"}
	}
	return resolved{value: yearStr(y) + "-" + pad2(m) + "-" + pad2(d.d), y: y, m: m, d: d.d}
}

// sameMonthDay corrects the year pickYear gives a day of the
// publication's own month with a modifier: المقبل and الماضي name the next
// and the last occurrence of the day, so الخامس من أغسطس المقبل written on
// 1 August is four days later, not a year, and 3 August الماضي written on
// the 10th is a week before.
func (p *parser) sameMonthDay(y, m int, d pdate) int {
	if d.d == 0 || m != int(p.pub.Month()) {
		return y
	}
	switch {
	case d.mod == mFuture && d.d > p.pub.Day():
		return p.pub.Year()
	case d.mod == mPast && d.d < p.pub.Day():
		return p.pub.Year()
	}
	return y
}

func hijriStr(y, m, d int) string {
	s := yearStr(y)
	if y < 0 {
		s = "XXXX"
	}
	if m > 0 {
		s += "-" + pad2(m)
	}
	if d > 0 {
		s += "-" + pad2(d)
	}
	return s
}

func (p *parser) resolveHijri(d pdate) resolved {
	y := d.y
	if y == 0 && d.m > 0 {
		if !p.hasPub {
			return resolved{value: "UNKNOWN", hijri: hijriStr(-1, d.m, d.d)}
		}
		ph, _ := hijri.FromGregorian(p.pub)
		if d.mod != mNone {
			y = pickYear(d.m, d.mod, ph.Year, ph.Month)
			if d.d > 0 && d.m == ph.Month && (d.mod == mFuture && d.d > ph.Day || d.mod == mPast && d.d < ph.Day) {
				y = ph.Year // 15 شوال المقبل written on 3 Shawwal
			}
		} else {
			// the nearest occurrence of the day (or month) to the publication date
			best, bestDist := ph.Year, int64(1<<62)
			for cy := ph.Year - 1; cy <= ph.Year+1; cy++ {
				dd := d.d
				if dd == 0 {
					dd = 15
				}
				g, _, ok := hijri.ToGregorian(hijri.Date{Year: cy, Month: d.m, Day: dd})
				if !ok {
					continue
				}
				dist := g.Sub(p.pub).Hours()
				if dist < 0 {
					dist = -dist
				}
				if int64(dist) < bestDist {
					best, bestDist = cy, int64(dist)
				}
			}
			y = best
		}
	}
	if y <= 0 {
		return resolved{value: "UNKNOWN"}
	}
	switch {
	case d.m == 0:
		// a Hijri year is its Gregorian days (1430 →
		// 2008-12-29/2009-12-17), as a Hijri month is (session 7: ISO
		// expresses it exactly); y, the year a later «العام نفسه» points
		// to, is the Gregorian year that holds most of them
		a, cal := hijri.YearStart(y)
		b, _ := hijri.YearStart(y + 1)
		mid := a.Add(b.Sub(a) / 2)
		return resolved{value: p.day(a) + "/" + p.day(b.AddDate(0, 0, -1)), hijri: hijriStr(y, 0, 0), cal: cal, y: mid.Year()}
	case d.d == 0:
		a, cal, _ := hijri.ToGregorian(hijri.Date{Year: y, Month: d.m, Day: 1})
		n, _ := hijri.MonthLength(y, d.m)
		b := a.AddDate(0, 0, n-1)
		return resolved{value: p.day(a) + "/" + p.day(b), hijri: hijriStr(y, d.m, 0), cal: cal}
	}
	if n, _ := hijri.MonthLength(y, d.m); d.d > n {
		// a 30th in a 29-day month: keep the Hijri value, Gregorian unknown
		return resolved{value: "UNKNOWN", hijri: hijriStr(y, d.m, d.d)}
	}
	g, cal, ok := hijri.ToGregorian(hijri.Date{Year: y, Month: d.m, Day: d.d})
	if !ok {
		return resolved{value: "UNKNOWN", hijri: hijriStr(y, d.m, d.d)}
	}
	return resolved{value: p.day(g), hijri: hijriStr(y, d.m, d.d), cal: cal, y: g.Year(), m: int(g.Month()), d: g.Day()}
}

// arabWeekMonday returns the Monday of the week that holds t, counted as
// the Arab week: it starts on Sunday (الأحد "the first"; the working week
// of Saudi Arabia, Egypt, Iraq, Jordan and the Gulf), so a Sunday belongs
// with the Monday after it. The value of a week is the ISO week of that
// Monday, which holds six of the Arab week's seven days: الأسبوع الماضي
// written on Sunday 9 August 2015 is the week of 2–8 August, 2015-W32,
// where the ISO calendar would give 2015-W31. For a week starting on
// Saturday (the older usage) the ISO week of the Monday is the same for
// every day but Saturday.
func arabWeekMonday(t time.Time) time.Time {
	off := int(time.Monday - t.Weekday()) // Sunday: +1; Monday: 0; …; Saturday: -5
	return t.AddDate(0, 0, off)
}

// isoWeek formats the ISO week of t.
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return yearStr(y) + "-W" + pad2(w)
}

// durValue formats a duration of n units (n < 0: unknown count, "X").
func durValue(n int, u int8) string {
	c := "X"
	if n >= 0 {
		c = strconv.Itoa(n)
	}
	switch u {
	case uSecond:
		return "PT" + c + "S"
	case uMinute:
		return "PT" + c + "M"
	case uHour:
		return "PT" + c + "H"
	case uDay:
		return "P" + c + "D"
	case uNight:
		return "P" + c + "D"
	case uWeek:
		return "P" + c + "W"
	case uMonth:
		return "P" + c + "M"
	case uYear:
		return "P" + c + "Y"
	case uDecade:
		// ISO 8601 has no decade or century designator (TimeML's DE, CE)
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "PXY"
	case uCentury:
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "PXY"
	}
	return "UNKNOWN"
}

// shift returns the value of "n units from the publication date" at the
// unit's granularity (day → date, week → ISO week, month → YYYY-MM, year
// and longer → YYYY).
func (p *parser) shift(n int, u int8) string {
	if !p.hasPub {
		return "UNKNOWN"
	}
	t := p.pub
	switch u {
	case uSecond, uMinute, uHour:
		if u == uHour {
			t = t.Add(time.Duration(n) * time.Hour)
		}
		return p.day(t)
	case uDay, uNight:
		return p.day(t.AddDate(0, 0, n))
	case uWeek:
		return isoWeek(arabWeekMonday(t).AddDate(0, 0, 7*n))
	case uMonth:
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return yearStr(t.Year()) + "-" + pad2(int(t.Month()))
	case uYear:
		return calendarYear(t.Year() + n)
	case uDecade:
		return calendarYear(t.Year() + 10*n)
	case uCentury:
		return calendarYear(t.Year() + 100*n)
	}
	return "UNKNOWN"
}

// pubDay returns the publication date shifted by n days, or "UNKNOWN".
func (p *parser) pubDay(n int) string {
	if !p.hasPub {
		return "UNKNOWN"
	}
	return p.day(p.pub.AddDate(0, 0, n))
}

// halfOf is the duration of n and a half units (عام ونصف، ساعتين ونصف)
// in whole smaller units, as ISO 8601 writes it: P1Y6M, PT2H30M, P15Y for
// a decade and a half; a week and a half keeps the decimal (P1.5W: ISO
// does not mix weeks with days), and so does a month and a half (P4.5M,
// session 10: a month has no whole number of days; before, P4M15D), as
// the real-copy annotators write it.
func halfOf(n int, u int8) string {
	c := strconv.Itoa(n)
	switch u {
	case uYear:
		return "P" + c + "Y6M"
	case uDay, uNight:
		return "P" + c + "DT12H"
	case uHour:
		return "PT" + c + "H30M"
	case uMinute:
		return "PT" + c + "M30S"
	case uDecade:
		return "P" + strconv.Itoa(10*n+5) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*n+50) + "Y"
	}
	v := durValue(n, u)
	for k := len(v) - 1; k > 0; k-- {
		if v[k] >= '0' && v[k] <= '9' {
			return v[:k+1] + ".5" + v[k+1:]
		}
	}
	return v
}

// calendarYear writes a year shifted from the publication's, or UNKNOWN
// when it falls before year 1 or after 9999 (قبل 130 ألف سنة: a geological
// past ISO's four digits cannot write, as the annotators left it; session
// 15).
func calendarYear(y int) string {
	if y < 1 || y > 9999 {
		return "UNKNOWN"
	}
	return yearStr(y)
}
