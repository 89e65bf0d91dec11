package eval

import (
	"strconv"
	"strings"
)

// SameDuration reports whether two ISO 8601 durations have the same length
// where the units convert exactly: a year is twelve months, a week seven
// days, an hour sixty minutes, a minute sixty seconds. ISO 8601 lets a
// duration's units run past their carry-over points, so «ثلاث سنوات ونصف»
// is P3Y6M or P42M, «عامين ونصف» P2Y6M or P30M, «أسبوعان» P2W or P14D: one
// length in two notations. Months and days do not convert (a month has no
// fixed number of days), nor do days and hours (a day of a clock change).
// Values that are not durations, or hold an unspecified digit (PXM), are
// never the same.
func SameDuration(a, b string) bool {
	x, ok1 := durationParts(a)
	y, ok2 := durationParts(b)
	return ok1 && ok2 && x == y
}

// durLength is a duration reduced to three exact lengths: months, days and
// thousandths of a second.
type durLength struct {
	months, days float64
	millis       float64
}

// durationParts reads PnYnMnWnDTnHnMnS (numbers may have a decimal point or
// comma) into its exact lengths.
func durationParts(v string) (durLength, bool) {
	var d durLength
	if len(v) < 3 || v[0] != 'P' {
		return d, false
	}
	date, tm, hasT := strings.Cut(v[1:], "T")
	if hasT && tm == "" {
		return d, false
	}
	units := 0
	for part, s := range []string{date, tm} {
		for s != "" {
			k := 0
			for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.' || s[k] == ',') {
				k++
			}
			if k == 0 || k == len(s) {
				return d, false
			}
			n, err := strconv.ParseFloat(strings.Replace(s[:k], ",", ".", 1), 64)
			if err != nil {
				return d, false
			}
			if !d.add(part == 1, s[k], n) {
				return d, false
			}
			units++
			s = s[k+1:]
		}
	}
	return d, units > 0
}

// add adds n of the unit designated by u (in the time part when inTime).
func (d *durLength) add(inTime bool, u byte, n float64) bool {
	switch {
	case !inTime && u == 'Y':
		d.months += 12 * n
	case !inTime && u == 'M':
		d.months += n
	case !inTime && u == 'W':
		d.days += 7 * n
	case !inTime && u == 'D':
		d.days += n
	case inTime && u == 'H':
		d.millis += 3600000 * n
	case inTime && u == 'M':
		d.millis += 60000 * n
	case inTime && u == 'S':
		d.millis += 1000 * n
	default:
		return false
	}
	return true
}
