// Package hijri converts between Hijri (AH) and Gregorian dates.
//
// Input → output: a Hijri year, month and day → the Gregorian day it falls
// on, and back. Inside 1300–1600 AH (1882–2174 CE) conversion uses the Umm
// al-Qura calendar of Saudi Arabia, from a table of month lengths generated
// from ICU's islamic-umalqura data (gen_umalqura.js); outside it, the
// arithmetic (tabular, civil epoch) Islamic calendar. Each result says which
// calendar was used.
package hijri

//go:generate node gen_umalqura.js

import "time"

// Calendar names, as reported in rasid.DateMention.Calendar.
const (
	UmmAlQura  = "umalqura"
	Arithmetic = "arithmetic"
)

// civilEpoch is 1 Muharram 1 AH (Friday 16 July 622 Julian) in the civil
// tabular calendar, as days since 1970-01-01.
const civilEpoch = -492148

// Date is a Hijri date. Month is 1–12, Day 1–30.
type Date struct {
	Year, Month, Day int
}

// unixDay returns the days since 1970-01-01 of a Gregorian date.
func unixDay(t time.Time) int {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	if u < 0 {
		return int((u - 86399) / 86400)
	}
	return int(u / 86400)
}

func fromUnixDay(n int) time.Time {
	return time.Unix(int64(n)*86400, 0).UTC()
}

// civilDays returns the unix day of a date in the arithmetic calendar.
func civilDays(y, m, d int) int {
	return civilEpoch + (y-1)*354 + floorDiv(3+11*y, 30) + (295*(m-1)+9)/10 + d - 1
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// MonthLength returns the number of days of Hijri month m of year y and the
// calendar used.
func MonthLength(y, m int) (int, string) {
	if m < 1 || m > 12 {
		return 0, ""
	}
	if y >= uqFirstYear && y <= uqLastYear {
		if uqMonths[y-uqFirstYear]&(1<<(m-1)) != 0 {
			return 30, UmmAlQura
		}
		return 29, UmmAlQura
	}
	if m%2 == 1 || (m == 12 && (14+11*y)%30 < 11) {
		return 30, Arithmetic
	}
	return 29, Arithmetic
}

func popcount12(m uint16) int {
	c := 0
	for ; m != 0; m &= m - 1 {
		c++
	}
	return c
}

// yearStarts caches 1 Muharram of every table year.
var yearStarts = func() [uqLastYear - uqFirstYear + 2]int {
	var s [uqLastYear - uqFirstYear + 2]int
	n := uqStart
	for i := range s {
		s[i] = n
		if i < len(uqMonths) {
			n += 348 + popcount12(uqMonths[i])
		}
	}
	return s
}()

// ToGregorian returns the Gregorian day (UTC midnight) of Hijri date h and
// the calendar used. A day past the month's length rolls over into the next
// month; ok is false when the month or day is out of range (month outside
// 1–12, day outside 1–30).
func ToGregorian(h Date) (t time.Time, calendar string, ok bool) {
	if h.Month < 1 || h.Month > 12 || h.Day < 1 || h.Day > 30 || h.Year < 1 || h.Year > 10000 {
		return time.Time{}, "", false
	}
	if h.Year >= uqFirstYear && h.Year <= uqLastYear {
		n := yearStarts[h.Year-uqFirstYear]
		mask := uqMonths[h.Year-uqFirstYear]
		for m := 1; m < h.Month; m++ {
			n += 29
			if mask&(1<<(m-1)) != 0 {
				n++
			}
		}
		return fromUnixDay(n + h.Day - 1), UmmAlQura, true
	}
	return fromUnixDay(civilDays(h.Year, h.Month, h.Day)), Arithmetic, true
}

// FromGregorian returns the Hijri date of Gregorian day t and the calendar
// used.
func FromGregorian(t time.Time) (Date, string) {
	n := unixDay(t)
	if n >= yearStarts[0] && n < yearStarts[len(yearStarts)-1] {
		lo, hi := 0, len(yearStarts)-2
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if yearStarts[mid] <= n {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		y := uqFirstYear + lo
		rest := n - yearStarts[lo]
		mask := uqMonths[lo]
		m := 1
		for ; m < 12; m++ {
			l := 29
			if mask&(1<<(m-1)) != 0 {
				l = 30
			}
			if rest < l {
				break
			}
			rest -= l
		}
		return Date{y, m, rest + 1}, UmmAlQura
	}
	// Arithmetic: estimate the year, then adjust.
	y := floorDiv(30*(n-civilEpoch)+10646, 10631)
	for civilDays(y+1, 1, 1) <= n {
		y++
	}
	for civilDays(y, 1, 1) > n {
		y--
	}
	m := 1
	for m < 12 && civilDays(y, m+1, 1) <= n {
		m++
	}
	return Date{y, m, n - civilDays(y, m, 1) + 1}, Arithmetic
}

// YearStart returns the Gregorian day of 1 Muharram y and the calendar used.
func YearStart(y int) (time.Time, string) {
	t, c, _ := ToGregorian(Date{y, 1, 1})
	return t, c
}
