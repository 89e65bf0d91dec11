package dates

// Seasons of sport and of trade (session 7).

import (
	"strconv"
	"strings"
)

// seasonYears gives the value of الموسم with a modifier (الماضي، المقبل،
// الحالي، هذا الموسم; isNew for الجديد) written on pub. One convention for
// every set (session 7): a season is resolved, not a vague reference, as
// ISO expresses it with years. In sports copy (sportCopy) a season is the
// football season, August to May, so two years (`2014/2015`, as موسم
// 2023/2024 and the school year): from August the season starting that
// year is this one (هذا الموسم written on 8 August 2015 is 2015/2016, the
// one about to start) and المقبل the one after it; in June and July «هذا
// الموسم» and «الموسم الماضي» are both the one just ended and the new or
// next one is the coming one; الجديد is always the one starting in the
// publication's year. Any other season (a harvest, a
// trade, a pilgrimage) comes once a year within one year: this year's, the
// year before or the year after.
func (p *parser) seasonYears(md int8, isNew bool) string {
	y, m := p.pub.Year(), int(p.pub.Month())
	if !p.sportCopy() {
		switch {
		case isNew || md == mCurrent:
			return strconv.Itoa(y)
		case md == mPast:
			return strconv.Itoa(y - 1)
		}
		return strconv.Itoa(y + 1)
	}
	var start int
	switch {
	case isNew:
		start = y
	case md == mCurrent:
		start = y - 1
		if m >= 8 {
			start = y
		}
	case md == mPast:
		start = y - 2
		if m >= 6 {
			start = y - 1
		}
	default:
		start = y // المقبل: the season after this one
		if m >= 8 {
			start = y + 1
		}
	}
	return strconv.Itoa(start) + "/" + strconv.Itoa(start+1)
}

// sportWords mark sports copy, where a season is a league's: words of the
// game, its people and its competitions, folded (norm), without clitics.
var sportWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("الدوري دوري مباراة المباراة مباريات المباريات لاعب اللاعب لاعبين اللاعبين لاعبا مدرب المدرب المدربين هداف الهداف المنتخب الكروي الكروية الملعب ملعب هدفا أهداف الأهداف نادي النادي الأندية أندية بطولة البطولة الكأس") {
		m[norm(w)] = true
	}
	return m
}()

// sportCopy reports whether the text is sports copy: two words of
// sportWords in it, with or without a proclitic و ف ب ل (one is often a
// metaphor or a club in other news), or a season called الرياضي or
// الكروي (seasonRef); or whether it writes a season with two years
// (twoYearSeason), whose seasons are then counted so too. Computed once a text, when a season is read.
func (p *parser) sportCopy() bool {
	if p.sport != 0 {
		return p.sport == 1
	}
	p.sport = 2
	n := 0
	for i := range p.s.toks {
		w := p.word(i)
		if w == "" {
			continue
		}
		if !sportWords[w] && len(w) > 4 && strings.ContainsAny(w[:2], "وفبل") {
			w = w[2:]
			if strings.HasPrefix(w, "ل") && !sportWords[w] {
				w = "ا" + w // للاعب → اللاعب
			}
		}
		if sportWords[w] {
			if n++; n == 2 {
				p.sport = 1
				break
			}
		}
		if p.twoYearSeason(i) {
			p.sport = 1 // لموسم 2015 - 2016: the text counts its seasons in two years (session 16)
			break
		}
	}
	return p.sport == 1
}

// twoYearSeason reports a season written with two consecutive years at i
// (موسم 2015 - 2016، لموسم 2014/2015): a season of a harvest or a trade
// that spans the new year, counted as a league's.
func (p *parser) twoYearSeason(i int) bool {
	w := p.word(i)
	if w != "موسم" && w != "الموسم" && w != "لموسم" && w != "بموسم" {
		return false
	}
	return p.isNum(i+1) && p.s.toks[i+1].nd == 4 && (p.isP(i+2, '-') || p.isP(i+2, '/')) && p.isNum(i+3) && p.num(i+3) == p.num(i+1)+1
}

// seasonCand is the mention of a season from i to j (seasonYears): a
// range of two years in sports copy, a year otherwise.
func (p *parser) seasonCand(i, j int, md int8, isNew bool) cand {
	v := p.seasonYears(md, isNew)
	if len(v) == 4 {
		y, _ := strconv.Atoi(v)
		return cand{i: i, j: j, kind: "date", r: resolved{value: v, y: y}}
	}
	return cand{i: i, j: j, kind: "range", r: resolved{value: v}}
}

// isNewAdj reports الجديد "new" at i (الموسم الجديد).
func (p *parser) isNewAdj(i int) bool { return p.is(i, "الجديد") }

// seasonEdge reads the season after an edge (بداية الموسم، نهاية الموسم
// القادم): the first or last day of a season is in no calendar, so the
// value is UNKNOWN, as the real-copy annotators write it.
func (p *parser) seasonEdge(j int) (cand, bool) {
	k := j + 1
	if p.word(k) != "" && p.e(k) == nil && p.hasArticle(k) {
		k++ // الموسم الرياضي
	}
	if md := p.mod(k); md != mNone || p.isNewAdj(k) {
		k++
	}
	return cand{i: j, j: k, kind: "date", r: resolved{value: "UNKNOWN"}}, true
}

// sportSeasonAdj name a season of sport (الموسم الرياضي، الموسم الكروي).
var sportSeasonAdj = normAll("الرياضي", "الكروي")
