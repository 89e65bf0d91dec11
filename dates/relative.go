package dates

// Weekdays and days relative to the publication date.

import (
	"slices"
	"strings"
	"time"
)

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
		} else if diff == -1 {
			// الخميس الماضي written on a Friday: a writer says أمس for the
			// day before; الماضي names the one of the week before (and the
			// date given is often the day after the writing)
			diff = -8
		}
	case mFuture:
		if diff <= 0 {
			diff += 7
		}
	default:
		if diff == 0 && p.pluperfect(i) {
			diff = -7 // وكان فلان هاجم الخميس, written on a Thursday: a week before
		}
		if diff != 0 {
			if p.weekdayFuture(i) {
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
func (p *parser) futureContext(i int) bool { return p.tenseCue(i, false) }

// futureClauseAfter reports a relative clause in the future right after
// the weekday at i (مباراة الأربعاء التي ستجمع الفريقين): التي/الذي within
// three tokens, then a verb with the future prefix or سوف.
func (p *parser) futureClauseAfter(i int) bool {
	for k := i + 1; k <= i+3 && k+1 < len(p.s.toks); k++ {
		if p.is(k, "التي") || p.is(k, "الذي") {
			t := &p.s.toks[k+1]
			return t.kind == tWord && (futureVerb(p.s.nbuf[t.nstart:t.nend]) || p.x(k+1) == xFuture)
		}
	}
	return false
}

// weekdayFuture reports whether the weekday at i is ahead: the sentence
// speaks of the future (futureContext) or a relative clause in the future
// follows it. The Friday prayer (صلاة الجمعة، خطبة الجمعة) takes only the
// strong cues (strongFuture, session 7): the imperfect verbs around it are
// mostly habitual (الحزب الذي يدعمه … خلال صلاة الجمعة), and news reports
// the prayer of the week past.
func (p *parser) weekdayFuture(i int) bool {
	if p.isAny(i-1, prayerNouns) {
		return p.strongFuture(i) || p.futureClauseAfter(i)
	}
	return p.futureContext(i) || p.futureClauseAfter(i)
}

// prayerNouns name the Friday prayer and its sermon before الجمعة.
var prayerNouns = normAll("صلاة", "خطبة", "صلاه", "خطبه")

// strongFuture is futureContext without the imperfect verb: for a month
// without a year, يقضي بصرف رواتب شهر كانون الثاني is not a scheduled
// event, and a wrong year costs more than a wrong week.
func (p *parser) strongFuture(i int) bool { return p.tenseCue(i, true) }

func (p *parser) tenseCue(i int, strong bool) bool {
	return p.nearestTense(i,
		func(e *entry) (bool, bool) {
			if e.x == xFuture || e.rel == rTomorrow || e.mod == mFuture {
				return true, true
			}
			// منذ ("since") looks back from now: a date after it is past
			// whatever the words before it say (session 16)
			return e.rel == rYesterday || e.mod == mPast || e.prep == prSince, false
		},
		func(k int, w []byte) (bool, bool) {
			if prospectiveVerbs[string(w)] && p.complementBetween(k, i) {
				return true, true // دعا إلى تجمع الأحد
			}
			if pastVerbs[string(w)] {
				return true, false
			}
			if futureVerb(w) {
				return true, true
			}
			if !strong && len(w) >= 8 && string(w[:2]) == "ي" && !futureExceptions[string(w)] && !p.notFutureImperfect(k) {
				return true, true
			}
			return false, false
		})
}

// pastContext reports whether the nearest sign of tense before token i in
// its sentence is a verb in the past (أثار، اندلعت، وقع): a past verb from
// the list, or a verb of the perfect made of a known past stem with a
// suffix. No sign means no past.
func (p *parser) pastContext(i int) bool {
	return p.nearestTense(i,
		func(e *entry) (bool, bool) {
			if e.prep == prSince {
				return true, true // منذ أن هبطت الأسعار … بين نوفمبر ويناير (session 16)
			}
			return e.x == xFuture || e.rel == rTomorrow || e.mod == mFuture, false
		},
		func(_ int, w []byte) (bool, bool) {
			if reportingVerbs[string(w)] {
				return true, false // أعلنت الحكومة رفع الدعم اعتبارا من آب: the date is in what was said
			}
			if pastVerbs[string(w)] {
				return true, true
			}
			return futureVerb(w), false
		})
}

// nearestTense walks the tokens before token i in its sentence, nearest
// first and at most 12 back, stopping at the sentence's end (. ? ! :). A
// word that is a date word is given to entry, any other word to word (its
// normalised form, a leading و or ف removed, and its index); the first to
// say done gives the answer. No answer is false.
func (p *parser) nearestTense(i int, entry func(e *entry) (done, result bool), word func(k int, w []byte) (done, result bool)) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct && (t.p == '.' || t.p == '?' || t.p == '!' || t.p == ':') || p.lineBreakAfter(k) {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if t.e != nil {
			if p.formerAdj(k) {
				continue // فريقه السابق: "former", not a time
			}
			if t.e.x == xFuture && p.wasBefore(k) {
				// كان من المفترض أن تبدأ، كان مقررا: a future seen from the
				// past, a past (session 9)
				if done, r := word(k, kanaForm); done {
					return r
				}
				continue
			}
			if done, r := entry(t.e); done {
				return r
			}
			continue
		}
		w := p.s.nbuf[t.nstart:t.nend]
		if len(w) > 6 && (string(w[:2]) == "و" || string(w[:2]) == "ف") {
			w = w[2:]
		}
		if done, r := word(k, w); done {
			return r
		}
	}
	return false
}

// kanaForm is كان, given to nearestTense's word for a future cue after it.
var kanaForm = []byte(norm("كان"))

// wasBefore reports كان/كانت among the four words before k in its clause
// (كان من المقرر أن تنطلق، كانت ستعقد).
func (p *parser) wasBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-4; n-- {
		t := &p.s.toks[n]
		if t.kind == tPunct {
			return false
		}
		if p.isAny(n, pluperfectWords) {
			return true
		}
	}
	return false
}

// formerAdj reports السابق/السابقة at k after a word that is not a time
// word: "former" (الرئيس السابق، فريقه السابق), no sign of tense.
func (p *parser) formerAdj(k int) bool {
	return (p.is(k, "السابق") || p.is(k, "السابقه")) && p.s.toks[k-1].kind == tWord && p.e(k-1) == nil
}

// prospectiveVerbs are past verbs whose complement is an act to come:
// a call, a demand, a decision, a promise (دعا الحزب إلى تجمع الأحد), a
// postponement (أجلت المحكمة الجلسة إلى الأحد; session 8). A date inside
// that complement is ahead of the verb.
var prospectiveVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`دعا دعت دعوا طالب طالبت طالبوا حث حثت حثوا ناشد ناشدت قرر قررت قرروا
		اعتزم اعتزمت وعد وعدت أوصى أوصت أجل أجلت أجلوا أرجأ أرجأت أرجأوا يؤجل تؤجل يرجئ ترجئ تأجيل إرجاء`) {
		m[norm(w)] = true
	}
	return m
}()

// complementBetween reports إلى، أن، على or a verbal noun with ب (أوصى
// بالتصويت، طالب بالإفراج) between tokens k and i: the date at i is inside
// the complement of the verb at k.
func (p *parser) complementBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if p.isAny(j, complementWords) {
			return true
		}
		if t := &p.s.toks[j]; t.kind == tWord && t.e == nil && t.nend-t.nstart > 6 && string(p.s.nbuf[t.nstart:t.nstart+6]) == "بال" {
			return true
		}
	}
	return false
}

var complementWords = []string{norm("إلى"), norm("أن"), norm("على")}

// lineBreakAfter reports a line break between token k and the next: a
// headline or a paragraph ends there (a headline's present tense is not
// the tense of the story's first sentence).
func (p *parser) lineBreakAfter(k int) bool {
	if k+1 >= len(p.s.toks) {
		return false
	}
	return strings.IndexByte(p.s.text[p.s.toks[k].end:p.s.toks[k+1].start], '\n') >= 0
}

// futureVerb reports whether w is a verb of the future: س + an imperfect
// prefix (سيعقد، ستبدأ، سنعمل), not one of the exceptions.
func futureVerb(w []byte) bool {
	return len(w) >= 8 && string(w[:2]) == "س" && (string(w[2:4]) == "ي" || string(w[2:4]) == "ت" || string(w[2:4]) == "ن") && !futureExceptions[string(w)] && !nisba(w)
}

// nisba reports a word ending in the relative adjective's ـائي/ـاوي
// (سنائي، سيناوي: a name or an adjective), which no verb with the future
// prefix ends in (session 7).
func nisba(w []byte) bool {
	n := len(w)
	return n >= 6 && string(w[n-2:]) == "ي" && (string(w[n-6:n-2]) == "اء" || string(w[n-6:n-2]) == "او" || string(w[n-6:n-2]) == "ائ")
}

// reportingVerbs are the past verbs of saying: the tense of what they
// report is not theirs.
var reportingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`قال قالت قالوا أعلن أعلنت أعلنوا أكد أكدت أوضح أوضحت ذكر ذكرت أفاد أفادت صرح صرحت
		أشار أشارت أضاف أضافت كشف كشفت أعرب أعربت`) {
		m[norm(w)] = true
	}
	return m
}()

// notFutureImperfect reports whether the imperfect verb at k is governed
// by a particle that takes it out of the future: قبل أن / بعد أن / منذ أن
// (قبل أن يطلق سراحه), لم and لما (the negated past). أن alone keeps it
// (على أن يصدر البيان الخميس, من المقرر أن يعقد).
func (p *parser) notFutureImperfect(k int) bool {
	if p.is(k-1, "ان") {
		return p.is(k-2, "قبل") || p.is(k-2, "بعد") || p.is(k-2, "منذ")
	}
	return p.is(k-1, "لم") || p.is(k-1, "لما") || p.is(k-1, "ولم")
}

// pluperfectWords open a pluperfect clause (normalised).
var pluperfectWords = normAll("كان", "كانت", "وكان", "وكانت")

// normAll normalises each word of a list built once.
func normAll(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = norm(w)
	}
	return out
}

// pluperfect reports whether the clause before token i opens with كان
// (وكان فلان هاجم الخميس): the event lies before the time of writing.
func (p *parser) pluperfect(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &p.s.toks[k]
		if t.kind == tPunct && (t.p == '.' || t.p == '?' || t.p == '!' || t.p == ':' || t.p == ',') {
			return false
		}
		if p.isAny(k, pluperfectWords) {
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
		وافق وافقت رفض رفضت طالب طالبت أدان أدانت كشف كشفت أظهرت أظهر سجل سجلت بلغ بلغت حضر حضرت
		حدث حدثت تعرض تعرضت سقط سقطت انفجر انفجرت هاجم هاجمت شن شنت نفذ نفذت لقي لقيت عاد عادت
		احتفل احتفلت أقر أقرت اندلع اندلعت ضرب ضربت أعلنوا قالوا أثار أثارت انتهى انتهت استمر استمرت سجل سجلت
		حافظ حافظت ظل ظلت`) {
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

// relDay handles اليوم، أمس، غداً، الليلة and their combinations: the
// relative day and the words around it that belong to it, then a weekday
// and a written date after it, then a time.
func (p *parser) relDay(i int) (cand, bool) {
	e := p.e(i)
	j := i + 1
	off := 0
	switch e.rel {
	case rToday:
		if c, done, ok := p.todayOther(i, j); done {
			return c, ok
		}

	case rYesterday:
		if p.is(j, "الحاجه") && !p.hasArticle(i) {
			return cand{}, false // في أمس الحاجة: "most in need", the elative (session 16)
		}
		off, i, j = p.yesterday(i, j)
	case rTomorrow:
		off = 1
		if p.prep(i-1) == prAfter && !p.hasArticle(i) { // بعد غد
			off, i = 2, i-1
		}
	case rTonight:
		return p.tonight(i, j)
	}
	// يوم أمس, يوم غد
	if pe := p.e(i - 1); pe != nil && pe.unit == uDay && pe.ucount == 1 && !p.hasArticle(i-1) && e.rel != rToday {
		i--
	}
	j2 := p.weekdayAfter(j)
	r := p.dayRes(off)
	if j2 > j {
		r = p.namedWeekdayWins(r, j2-1)
		if p.isP(j2-1, ')') {
			r = p.namedWeekdayWins(r, j2-2)
		}
	}
	c := cand{i: i, j: j2, kind: "date", r: r, dayOK: true}
	c = p.withTime(p.writtenDay(c))
	return c, true
}

// namedWeekdayWins lets the weekday at token k, written with a relative
// day (اليوم الخميس، أمس الأربعاء), correct the day r the publication date
// gives when they disagree by one day: the value is the day of that
// weekday next to r. The weekday is what the writer wrote;
// the publication date given to rasid is often the day the copy was
// collected, a day or two after it was written.
func (p *parser) namedWeekdayWins(r resolved, k int) resolved {
	e := p.e(k)
	if e == nil || e.wday == 0 || r.y <= 0 || r.d == 0 {
		return r
	}
	t := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
	diff := int(e.wday) - (int(t.Weekday()) + 1) // -6..6
	// the weekday is the writer's day: the day after the date given, or
	// up to five days before it — copy collected days after it was
	// written, as SaudiNewsNet's date_extracted often is (اليوم الاثنين in
	// copy collected on Friday is that Monday; after the Eid holiday of
	// 2015 the first collection came five days late)
	diff = (diff%7 + 7) % 7 // 0..6
	if diff > 1 || diff == 1 && p.hasPub && t.Year() == p.pub.Year() && t.YearDay() == p.pub.YearDay() {
		// with اليوم (r is the date given) never the day after: copy is
		// collected on or after the day it was written, so اليوم
		// الأربعاء in copy collected on a Tuesday is the Wednesday six
		// days before, not the next day (session 13; no real-copy
		// annotator took the day after, two took six days back)
		diff -= 7 // -6..-1
	}
	if diff == 0 {
		return r
	}
	t = t.AddDate(0, 0, diff)
	return resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// todayOther reads the uses of اليوم that are not "today": اليوم ذاته،
// اليوم التالي، اليوم السابق (done, with their candidate) and هذا اليوم،
// اليوم الذي، اليوم الوطني (done, no mention).
func (p *parser) todayOther(i, j int) (c cand, done, ok bool) {
	ne := p.e(j)
	if ne != nil && ne.mod == mSame {
		return p.sameDay(i, j+1, 0), true, true
	}
	if ne != nil && ne.mod == mNext {
		return p.sameDay(i, j+1, 1), true, true
	}
	if ne != nil && ne.mod == mPast && p.is(j, "السابق") {
		return p.sameDay(i, j+1, -1), true, true
	}
	if p.x(i-1) == xDemo || p.is(j, "الذي") || p.is(i-1, "مثل") {
		return cand{}, true, false // هذا اليوم, اليوم الذي: a day, not today
	}
	if p.paperName(i) {
		return cand{}, true, false // قال لـ«اليوم», صحيفة اليوم: a newspaper
	}
	if p.adjArticle(j) && (ne == nil || (ne.wday == 0 && ne.rel == rNone && ne.part == pNone && ne.unit == uNone && ne.prep == prNone)) && p.dayAdjective(j) {
		if ne != nil && ne.ord > 0 && ne.mod == mNone && p.x(i-1) != xDemo && p.prep(j+1) != prFrom && !strings.HasPrefix(p.word(j+1), "ل") {
			// شهدت فعاليات اليوم الخامس: a day counted from an event's
			// start, which the text rarely dates (session 9); with the
			// event named after it (اليوم الثاني للمؤتمر، اليوم الأول من
			// التداول) the annotators date it from the event, which rasid
			// does not read: no mention
			return cand{i: i, j: j + 1, kind: "date", r: resolved{value: "UNKNOWN"}}, true, true
		}
		return cand{}, true, false // اليوم الوطني
	}
	if ne != nil && ne.card > 0 && ne.wday == 0 {
		return cand{}, true, false
	}
	if p.prep(i-1) == prFrom && p.e(i-2) != nil && p.e(i-2).card > 0 {
		return cand{}, true, false // ثلاثة من اليوم…
	}
	if (ne == nil || ne.wday == 0 && ne.rel == rNone && ne.part == pNone) && p.nowadays(i) {
		c, _ := vagueRef(i, j, "PRESENT_REF")
		return c, true, true
	}
	if (p.is(i-1, "حتي") || p.is(i-1, "وحتي")) && (ne == nil || ne.wday == 0 && ne.rel == rNone && ne.part == pNone) && p.stillBefore(i-1) {
		c, _ := vagueRef(i, j, "PRESENT_REF") // ما زالت … حتى اليوم: to this day
		return c, true, true
	}
	return cand{}, false, false
}

// dayAdjective reports whether the word with the article at j, after
// اليوم, reads as its adjective (اليوم الوطني، اليوم الأول، اليوم المفتوح:
// a named or ordinal day, not today) rather than the subject of the
// sentence after a time adverb (تدور اليوم الدفعة الأولى، يغادر اليوم
// الوفد): an ordinal or a modifier, a relative adjective (ـي، ـية), a
// participle or passive form with م (المحدد، الموعود) or one of the
// common adjectives of dayAdjectives.
func (p *parser) dayAdjective(j int) bool {
	if e := p.e(j); e != nil && (e.ord > 0 || e.mod != mNone || e.card > 0) {
		return true
	}
	w := p.s.norm(j)
	if strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || strings.HasPrefix(w, "الم") && len([]rune(w)) >= 5 {
		return true
	}
	return p.isAny(j, dayAdjectives)
}

// dayAdjectives are adjectives of a day without a relative or participle
// ending (اليوم الأسود، اليوم الآخر، اليوم الأخير).
var dayAdjectives = normAll("الاسود", "الابيض", "الاخر", "الآخر", "الاخير", "الكبير", "العظيم", "الطويل", "الحاسم", "الفاصل", "الجديد", "الحزين", "السعيد", "الخالد", "الاغر", "الاول", "الاخيرة")

// stillVerbs say that something goes on (ما زال، لا يزال، ظل، بقي): with
// them «حتى اليوم» is "to this day", the present of the statement, not the
// day of publication. «إلى اليوم» keeps the day: the TIMEX3 news reference
// dates the one such case it has, and its floor has no room (a known
// limit, docs/dates.md).
var stillVerbs = map[string]bool{}

func init() {
	for _, w := range normAll("زال", "زالت", "زلت", "زلنا", "زالوا", "يزال", "تزال", "نزال", "ازال", "يزالون", "مازال", "مازالت", "مازلت", "لازال", "لازالت", "لايزال", "لاتزال", "مايزال", "ماتزال",
		"ظل", "ظلت", "ظلوا", "يظل", "تظل", "بقي", "بقيت", "يبقى", "تبقى") {
		stillVerbs[w] = true
	}
}

// nowadaysBefore are the words before اليوم that make it "nowadays", the
// present of a general statement (session 11): the writer's "we" after
// إنّ (إننا اليوم نعيش)، a verb of living or seeing in the first person
// plural (التحديات التي نواجهها اليوم، الفوضى التي نشهدها اليوم), and a
// state "as it is today" (عما هي عليه اليوم).
var nowadaysBefore = normAll("إننا", "أننا", "لأننا", "فإننا", "وإننا", "إنّنا", "أنّنا",
	"نعيش", "نعيشه", "نعيشها", "نشهده", "نشهدها", "نراه", "نراها", "نواجهه", "نواجهها", "نعرفه", "نعرفها")

// nowadaysHeads are nouns of the world, its people and its ages whose
// genitive اليوم is "of today" (جيل اليوم، شباب اليوم، عالم اليوم).
var nowadaysHeads = normAll("جيل", "أجيال", "شباب", "عالم", "إنسان", "أطفال", "نساء", "واقع", "مجتمع", "مجتمعات", "دواعش")

// nowadays reports اليوم at i meaning "nowadays" by the words before it
// (nowadaysBefore, nowadaysHeads without the article, ما هو/هي عليه).
func (p *parser) nowadays(i int) bool {
	if p.startsWithWaw(i) || p.glued1(i) != "" {
		return false
	}
	if p.isAny(i-1, nowadaysBefore) || p.isAny(i-1, nowadaysHeads) {
		return true
	}
	if p.subjectBefore(i) || p.stateBefore(i) {
		return true
	}
	return (p.is(i-1, "عليه") || p.is(i-1, "عليها") || p.is(i-1, "عليهم")) && (p.is(i-2, "هو") || p.is(i-2, "هي") || p.is(i-2, "هم"))
}

// stateVerbs are verbs of the imperfect that tell a lasting state, not an
// event of the day: possessing, living through, suffering, finding,
// needing, using, representing, making up, being available, benefiting,
// showing (session 18). With «اليوم» a few words after them in their
// clause (تملك المدينة اليوم مقومات، ويمتلك البنك اليوم شبكة، تعيش
// الرياضة اليوم أزمة، التقنية التي تستخدم اليوم) it is the present of a
// general statement, "nowadays". Verbs of events stay the day's news
// (يفتتح الأمير اليوم، تنطلق اليوم، يواجه الفريق اليوم منافسه).
var stateVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, stem := range []string{"ملك", "متلك", "عيش", "عاني", "جد", "حتاج", "ستخدم", "مثل", "شكل",
		"توفر", "توافر", "ستفيد", "تجلي", "عد", "عتبر"} {
		for _, pre := range []string{"ي", "ت", "ن"} {
			m[norm(pre+stem)] = true
		}
	}
	delete(m, norm("نجد")) // the region of Najd
	// a verb of the first person plural with its object or complement in
	// a relative clause: الصراعات التي نراها حول العالم اليوم، الأزمة التي
	// نعيشها اليوم، الذي نتحدث عنه اليوم، التي نعتبرها اليوم
	for _, w := range []string{"نراه", "نراها", "نعيشه", "نعيشها", "نشهده", "نشهدها", "نتحدث", "نعتبره", "نعتبرها", "نعرفه", "نعرفها"} {
		m[norm(w)] = true
	}
	return m
}()

// stateParticiples are participles with the article of a state that
// lasts (القائم، المعروف، السائد، المستشري): «اليوم» right after them is
// "nowadays" (نظام الحكم القائم اليوم، الطرق المعروفة اليوم; session 18).
// Participles of the day's events (الصادرة اليوم، المتداولة اليوم) are
// not among them.
var stateParticiples = normAll("القائم", "القائمة", "المعروف", "المعروفة", "السائد", "السائدة", "المستشري", "المستشرية",
	"الموجود", "الموجودة", "المتاح", "المتاحة", "المتوفر", "المتوفرة", "المتبع", "المتبعة", "المنتشر", "المنتشرة", "المطلوب")

// stateBefore reports «اليوم» at i as the present of a general statement
// by what comes before it in its clause (session 18): a participle of a
// lasting state right before it (stateParticiples); a verb of a lasting
// state (stateVerbs) at most four words back, nothing but words between;
// or the counterfactual لو at most three words back (لو أعطيت اليوم
// متسولا، التي لو عرضناها اليوم): what would happen is no day.
//
// A date word or a number right after «اليوم» (تعيش تونس اليوم 9 ماي،
// ويعتبر اليوم آخر أيام العزاء) or a superlative (يعتبر اليوم الأكثر
// دموية) makes it the day; so does a noun of the day's events in construct
// with it (ويعتبر اجتماع اليوم محوريا: today's meeting), and a verb of the
// past between the verb and «اليوم» (تعتبر المواجهات التي دارت اليوم)
// tells the day's news.
func (p *parser) stateBefore(i int) bool {
	if ne := p.e(i + 1); ne != nil && (ne.month > 0 || ne.hmonth > 0 || ne.wday > 0 || ne.rel != rNone || ne.part != pNone || ne.unit != uNone || ne.ord > 0 || ne.mod != mNone || ne.card > 0) || p.isNum(i+1) && p.e(i+2) != nil && (p.e(i+2).month > 0 || p.e(i+2).hmonth > 0) || p.isAny(i+1, superlatives) {
		return false
	}
	if p.isAny(i-1, stateParticiples) {
		return true
	}
	if p.isAny(i-1, dayEvents) || p.prep(i-1) != prNone {
		return false // اجتماع اليوم: today's meeting; إلى اليوم، من اليوم: read as before
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &p.s.toks[k]
		if t.kind != tWord || p.lineBreakAfter(k) || t.e != nil && t.e.prep == prNone {
			return false
		}
		w := p.s.nbuf[t.nstart:t.nend]
		if len(w) > 6 && (string(w[:2]) == "و" || string(w[:2]) == "ف") {
			w = w[2:]
		}
		if pastVerbs[string(w)] {
			return false
		}
		if stateVerbs[string(w)] {
			return true
		}
		if k >= i-3 && (string(w) == "لو" || string(w) == "ولو") {
			return true
		}
	}
	return false
}

// superlatives after «اليوم» make it a day of the story (اليوم الأكثر
// دموية، اليوم الأصعب).
var superlatives = normAll("آخر", "أول", "الأكثر", "الأشد", "الأسوأ", "الأعنف", "الأكبر", "الأطول", "الأهم", "الأفضل", "الأصعب", "الأبرز")

// dayEvents are nouns of the day's events whose genitive «اليوم» is
// "today's" (اجتماع اليوم، إعلان اليوم، جلسة اليوم، مباراة اليوم).
var dayEvents = normAll("اجتماع", "إعلان", "لقاء", "مباراة", "مواجهة", "جلسة", "تداولات", "مؤتمر", "حفل", "قرار",
	"زيارة", "احتفال", "تصويت", "خطاب", "اتفاق", "عدد", "صفقة", "مسيرة", "حدث", "أحداث", "حديث", "تصريح", "بيان")

// nowadaysPronouns are the personal pronouns, alone or after إنّ/أنّ/لأنّ,
// that stand as the subject of a nominal sentence before اليوم.
var nowadaysPronouns = normAll("هو", "هي", "هم", "هن", "نحن", "انه", "انها", "انهم", "انهن", "لانه", "لانها", "لانهم")

// predicateVerb reports an imperfect verb (ي، ت، ن + three letters or
// more) or a particle of negation or aspect (لا، لم، لن، قد، ما) at k.
func (p *parser) predicateVerb(k int) bool {
	w := p.word(k)
	if p.isAny(k, predicateParticles) {
		return true
	}
	r := []rune(w)
	return len(r) >= 4 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن') && !futureExceptions[w]
}

// predicateParticles begin a verbal predicate.
var predicateParticles = normAll("لا", "لم", "لن", "قد", "ما", "بات", "أصبح", "أصبحت", "باتت", "صار", "صارت")

// walPrefixed are nouns whose و is a root letter before ال-like letters
// (والي "governor", والد "father"), not a glued conjunction.
var walPrefixed = normAll("والي", "والد", "والده", "والدة", "والدي", "والدين", "والدته", "والديه", "والدها")

// clauseOpeners are the particles after which a noun opens a nominal
// clause (إنّ الحروب اليوم، لكن الواقع اليوم).
var clauseOpeners = normAll("إن", "أن", "ان", "لكن", "ولكن", "بل", "إنّ", "أنّ", "وإن", "وأن", "فإن", "لأن", "لكنّ", "وإنّ", "فإنّ")

// subjectBefore reports اليوم at i right after the subject of a nominal
// sentence (session 13): a personal pronoun (وهو اليوم الأكثر، إلا أنها
// اليوم أقرب) or a noun with the article that opens its clause — after
// a comma, a full stop, a line break, إنّ/أنّ/لكن, or with و/ف glued
// (الإرهابي اليوم تحول، فالجزيرة اليوم قائمة، أن المواطنين اليوم أمام).
// A subject with «today» between it and its predicate is the present of
// a general statement, "nowadays"; the day's news puts a verb first
// (استقبل الأمير اليوم). A past verb before it in the sentence (احتفلت
// الدول العربية والإسلامية اليوم) or a verb of the past or the future
// right after it (إنه اليوم التقى) keeps the day, as does a verb of
// saying before it (قالت إن المشهد اليوم صعب: said today). A noun after a quote
// mark is left alone: newspapers are named so («الإمارات اليوم»).
func (p *parser) subjectBefore(i int) bool {
	k := i - 1
	if k < 0 || p.s.toks[k].kind != tWord || p.e(k) != nil && p.e(k).x != xFeast {
		return false // a date word before; العيد is a noun here (لكن العيد اليوم صار مختلفا)
	}
	if next := p.word(i + 1); next != "" && (pastVerbs[next] || futureVerb([]byte(next)) || pluralPerfect(next)) || p.weekdayAfter(i+1) != i+1 || p.lineBreakAfter(i) || i+1 >= len(p.s.toks) {
		return false // إنه اليوم التقى، اللاعبون اليوم افتقدوا; اليوم (الأحد); a headline ending with اليوم: the day
	}
	w := p.word(k)
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		w = w[2:]
	}
	if p.isAny(k, nowadaysPronouns) || slices.Contains(nowadaysPronouns, w) {
		// ها هو اليوم يخرج: "here he is today", the day (session 18)
		return !p.verbBeforeInSentence(k)
	}
	if !p.hasArticle(k) || !p.adjArticle(k) && !strings.HasPrefix(w, "ال") {
		// a noun in construct with اليوم right after إنّ/أنّ/لكنّ: إن
		// أسواق اليوم مدينة "today's markets"
		return p.bareNoun(k) && p.isAny(k-1, clauseOpeners) && !p.verbBeforeInSentence(k)
	}
	if p.bareNoun(k-1) && p.isAny(k-2, clauseOpeners) {
		return !p.verbBeforeInSentence(k) // a construct after إنّ/أنّ/لكنّ: إنّ وضع البلاد اليوم حساس
	}
	// ف glued opens a clause; و may join two nouns (تنظم الجمعية والبلدية
	// اليوم حفلا), so with it the predicate must be a verb or a particle
	// (والواقع اليوم يفرض)
	glued := strings.HasPrefix(p.word(k), "فال") ||
		strings.HasPrefix(p.word(k), "وال") && !p.isAny(k, walPrefixed) && p.predicateVerb(i+1)
	open := k == 0 || p.lineBreakAfter(k-1) || p.isAny(k-1, clauseOpeners) || glued
	if p.isClauseMark(k - 1) {
		open = true
	}
	if p.isP(k-1, '"') && p.isAny(k-2, clauseOpeners) && !p.isP(i+1, '"') {
		open = true // مؤكدا أن «المسيحيين اليوم هم…»: a quote opens the clause (session 18)
	}
	return open && !p.verbBeforeInSentence(k)
}

// pluralPerfect reports a verb of the perfect in the plural (افتقدوا،
// خرجوا: ـوا after three letters or more).
func pluralPerfect(w string) bool {
	r := []rune(w)
	return len(r) >= 5 && r[len(r)-1] == 'ا' && r[len(r)-2] == 'و'
}

// isClauseMark reports a comma, a full stop, a colon, a semicolon, an
// exclamation or a question mark at k.
func (p *parser) isClauseMark(k int) bool {
	if k < 0 || k >= len(p.s.toks) {
		return false
	}
	t := &p.s.toks[k]
	return t.kind == tPunct && (t.p == ',' || t.p == '.' || t.p == ':' || t.p == ';' || t.p == '!' || t.p == '?')
}

// bareNoun reports a word without the article that is no date word and
// no particle at k: the head of a construct (وضع البلاد، أسواق اليوم).
func (p *parser) bareNoun(k int) bool {
	if k < 0 || k >= len(p.s.toks) || p.s.toks[k].kind != tWord || p.e(k) != nil || p.hasArticle(k) {
		return false
	}
	w := p.word(k)
	if r := []rune(w); len(r) >= 5 && (r[0] == 'و' || r[0] == 'ف') && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن') {
		return false // ويستأنف الخليج اليوم: a verb first
	}
	return len([]rune(w)) >= 3 && !p.isAny(k, clauseOpeners) && !p.predicateVerb(k) && !p.isAny(k, nowadaysPronouns)
}

// verbBeforeInSentence reports a past verb of pastVerbs, a verb of saying
// included, among the twelve tokens before k in its sentence: the
// statement is the day's (قال إن المشهد اليوم صعب: what was said today).
func (p *parser) verbBeforeInSentence(k int) bool {
	return p.nearestTense(k,
		func(*entry) (bool, bool) { return false, false },
		func(_ int, w []byte) (bool, bool) { return pastVerbs[string(w)], pastVerbs[string(w)] })
}

// stillBefore reports a verb of stillVerbs in the clause before token k
// (at most 15 tokens back, not across a comma).
func (p *parser) stillBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-15; n-- {
		t := &p.s.toks[n]
		if t.kind == tPunct && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == ',') || p.lineBreakAfter(n) {
			return false
		}
		if t.kind != tWord {
			continue
		}
		w := p.s.norm(n)
		if stillVerbs[w] || len(w) > 4 && (w[:2] == "و" || w[:2] == "ف") && stillVerbs[w[2:]] {
			return true
		}
	}
	return false
}

// paperNouns come before the name of a newspaper; ل is the paper spoken
// to (قال لـ«اليوم»), عين اليوم a paper's name, دار and مؤسسة its
// publishing house (موظفو دار اليوم).
var paperNouns = normAll("ل", "لـ", "صحيفة", "جريدة", "صحيفه", "جريده", "عين", "دار", "مؤسسة")

// paperName reports whether اليوم at i is the name of a newspaper: after
// a newspaper noun or ل (also across an opening quote mark), or alone in
// quote marks (ذكرت "اليوم").
func (p *parser) paperName(i int) bool {
	k := i - 1
	quoted := p.isP(k, '"')
	if quoted {
		k--
		if p.isP(i+1, '"') && !p.isP(k, '"') && (k < 0 || p.s.toks[k].kind != tWord || !p.is(k, "في")) {
			return true
		}
	}
	return p.isAny(k, paperNouns)
}

// yesterday reads the day before yesterday (أمس الأول، أول أمس، أول من
// أمس، قبل أمس) around أمس at i: the offset and the new extent.
func (p *parser) yesterday(i, j int) (off, i2, j2 int) {
	switch {
	case p.e(j) != nil && p.e(j).ord == 1 && p.hasArticle(j) && !p.startsWithWaw(j): // أمس الأول (not أمس وأول من أمس)
		return -2, i, j + 1
	case p.is(i-1, "اول") && !p.hasArticle(i): // أول أمس
		return -2, i - 1, j
	case p.prep(i-1) == prFrom && p.is(i-2, "اول") && !p.hasArticle(i): // أول من أمس
		return -2, i - 2, j
	case p.prep(i-1) == prBefore && !p.hasArticle(i): // قبل أمس
		return -2, i - 1, j
	}
	return -1, i, j
}

// tonight reads الليلة [الماضية].
func (p *parser) tonight(i, j int) (cand, bool) {
	if c, ok := p.nightBetween(i); ok {
		return c, true
	}
	if md, k, ok := p.beyond(j); ok && md == mPast {
		// الليلة قبل الماضية: the night before last (session 17)
		return cand{i: i, j: k, kind: "date", r: p.timeRes(p.pubDay(-2), "NI"), dayOK: false}, true
	}
	if p.mod(j) == mPast { // الليلة الماضية
		return cand{i: i, j: j + 1, kind: "date", r: p.timeRes(p.pubDay(-1), "NI"), dayOK: false}, true
	}
	if p.mod(j) == mFuture || p.mod(j) == mSame || p.mod(j) == mNext || p.hasArticle(j) && (p.e(j) == nil || p.e(j).wday == 0) {
		return cand{}, false // الليلة الأولى
	}
	return cand{i: i, j: j, kind: "date", r: p.timeRes(p.pubDay(0), "NI")}, true
}

// weekdayAfter extends a relative day ending before j with its weekday:
// اليوم الخميس, أمس الجمعة, اليوم (الاثنين), اليوم، الاثنين.
func (p *parser) weekdayAfter(j int) int {
	wd := func(k int) bool { e := p.e(k); return e != nil && e.wday > 0 && e.wdal }
	switch {
	case wd(j):
		return j + 1
	case p.isP(j, ','):
		if wd(j + 1) {
			return j + 2
		}
	case p.isP(j, '(') && p.isP(j+2, ')'):
		if wd(j + 1) {
			return j + 3
		}
	}
	return j
}

// writtenDay lets a date written after a relative day give its value:
// اليوم الجمعة 27 مارس 2015, اليوم السبت الموافق 16 مارس.
func (p *parser) writtenDay(c cand) cand {
	i, j := c.i, c.j
	k := j
	comma := p.isP(k, ',')
	if comma {
		k++
	} else if p.is(k, "الموافق") {
		k++
	}
	if k <= i+1 || !p.dayStart(k) {
		return c
	}
	d, j2, ok := p.calDate(k, false)
	if !ok || d.d <= 0 || d.m <= 0 {
		return c
	}
	r := p.resolve(d)
	// after a comma the date is the same day only if the weekday written
	// before agrees with it: اليوم الاثنين، العاشر من تشرين الأول المقبل
	// is two expressions.
	if !comma || p.sameWeekday(j-1, r) {
		c.j, c.r = j2, r
	}
	return c
}

// sameWeekday reports whether token i is a weekday that falls on the
// resolved day r.
func (p *parser) sameWeekday(i int, r resolved) bool {
	e := p.e(i)
	if e == nil || e.wday == 0 || r.d == 0 || r.m == 0 || r.y <= 0 {
		return false
	}
	t := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
	return int(t.Weekday())+1 == int(e.wday)
}

func (p *parser) dayRes(off int) resolved {
	if !p.hasPub {
		return resolved{value: "UNKNOWN"}
	}
	t := p.pub.AddDate(0, 0, off+p.dayShift)
	return resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// todayAnchor finds the article's own day: the first اليوم (or أمس)
// followed by a weekday one day off the publication date (اليوم الاثنين,
// collected on Tuesday; أمس الأربعاء in copy dated Friday) fixes the day of writing, and every relative day of the article
// counts from it, not only that one (a bare اليوم further on is the same
// Monday). It returns the offset in days, 0 when there is none.
func (p *parser) todayAnchor() int {
	if !p.hasPub {
		return 0
	}
	for i := range p.s.toks {
		e := p.s.toks[i].e
		if p.s.toks[i].kind != tWord || e == nil || e.rel != rToday && e.rel != rYesterday {
			continue
		}
		base := 0
		if e.rel == rYesterday {
			// أمس الأربعاء in copy dated Friday: the writing day is the
			// Thursday (session 8)
			if off, _, _ := p.yesterday(i, i+1); off != -1 {
				continue
			}
			base = -1
		} else if _, done, _ := p.todayOther(i, i+1); done {
			continue
		}
		j2 := p.weekdayAfter(i + 1)
		if j2 <= i+1 {
			continue
		}
		if e.rel == rToday {
			if off, ok := p.writtenDayAfter(j2); ok {
				return off
			}
		}
		r := p.dayRes(base)
		r2 := p.namedWeekdayWins(r, j2-1)
		if r2.d != r.d {
			t := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
			t2 := time.Date(r2.y, time.Month(r2.m), r2.d, 0, 0, 0, 0, time.UTC)
			return int(t2.Sub(t).Hours() / 24)
		}
		return 0 // the first named day agrees with the date given
	}
	return 0
}

// writtenDayAfter reads a Gregorian day and month written after اليوم and
// a weekday, at j (اليوم الجمعة 13 أوت 2016): the written date wins over the
// weekday, as the real-copy guidelines say (a weekday is more easily
// mistyped than a date). ok says a date is written; off is its distance
// from pub when that is one day, else 0 (keep the date given).
func (p *parser) writtenDayAfter(j int) (off int, ok bool) {
	if p.isP(j, ',') {
		j++
	}
	dd, k, okd := p.dayNum(j)
	if !okd {
		return 0, false
	}
	d, _, okm := p.dayMonth(j, dd, k)
	if !okm || d.m == 0 || d.d == 0 || d.hijri {
		return 0, false
	}
	y := p.pub.Year()
	if d.yabs && d.y > 0 {
		y = d.y
	}
	t := time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
	if n := int(t.Sub(p.pub).Hours() / 24); n >= -1 && n <= 1 {
		return n, true
	}
	return 0, true
}

// sameDay resolves اليوم ذاته / اليوم التالي against the last day mentioned.
func (p *parser) sameDay(i, j, off int) cand {
	if p.lastD == 0 {
		return cand{i: i, j: j, kind: "date", r: resolved{value: "UNKNOWN"}}
	}
	t := time.Date(p.lastY, time.Month(p.lastM), p.lastD+off, 0, 0, 0, 0, time.UTC)
	return cand{i: i, j: j, kind: "date", r: resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}, dayOK: true}
}

// timeRes is the value of a part of the day with a day (الليلة، ليلة أمس):
// the day alone. TimeML appends TMO/TEV/TNI, which is not ISO 8601; the
// part of the day is kept in the span only.
func (p *parser) timeRes(day, code string) resolved {
	_ = code
	if day == "UNKNOWN" {
		return resolved{value: "UNKNOWN"}
	}
	return resolved{value: day}
}

// weekdayModifier reads the modifier after a weekday at j: المقبل،
// الماضي، الجاري, قبل الماضي (weeks -1) / بعد المقبل (weeks 1), or the dual
// modifier of two coordinated days (الجمعة والسبت المقبلين). It returns
// the modifier, the token after it and the weeks to add.
func (p *parser) weekdayModifier(j int) (md int8, k, weeks int) {
	md = p.mod(j)
	if md == mPast || md == mFuture || md == mCurrent {
		return md, j + 1, 0
	}
	if md2, k, ok := p.beyond(j); ok {
		if md2 == mPast {
			return md2, k, -1
		}
		return md2, k, 1
	}
	if e2 := p.e(j); e2 != nil && e2.wday > 0 && p.wawFirst(j) {
		if m2 := p.mod(j + 1); m2 == mPast || m2 == mFuture {
			return m2, j, 0
		}
	}
	return mNone, j, 0
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
	if c, ok := p.weekdayCoord(start, i); ok {
		return c, true
	}
	md, j, weeks := p.weekdayModifier(i + 1)
	if wk, k, ok := p.inWeek(j); ok && md == mNone && p.hasPub {
		t := p.arabWeekStart(wk).AddDate(0, 0, int(e.wday)-1) // الأحد في الأسبوع المقبل
		return cand{i: start, j: k, kind: "date", r: resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}, dayOK: true}, true
	}
	if md == mNone && j == i+1 {
		if t, ok := p.weekdayNumber(int(e.wday), j); ok {
			// الجمعة 06 (والسبت 07 جانفي): the day of that number on that
			// weekday nearest the date given (session 13)
			r := resolved{value: p.day(t), y: t.Year(), m: int(t.Month()), d: t.Day()}
			return p.withTime(cand{i: start, j: j + 1, kind: "date", r: r, dayOK: true}), true
		}
	}
	v, t := p.weekdayDate(int(e.wday), md, start)
	if weeks != 0 && !t.IsZero() {
		if md == mPast && p.pub.Sub(t) == 8*24*time.Hour {
			t = t.AddDate(0, 0, 7) // الاثنين قبل الماضي on a Tuesday: counted from yesterday's Monday
		}
		t = t.AddDate(0, 0, 7*weeks)
		v = p.day(t)
	}
	if st, ok := p.inSequence(i, start); ok {
		v, t = p.day(st), st
	}
	r := resolved{value: v}
	if !t.IsZero() {
		r.y, r.m, r.d = t.Year(), int(t.Month()), t.Day()
	}
	// يوم الخميس الموافق 26 حزيران: the written date gives the value
	if (p.is(j, "الموافق") || p.is(j, "والموافق")) && p.dayStart(j+1) {
		if d, j2, ok := p.calDate(j+1, false); ok && d.d > 0 && d.m > 0 {
			r, j = p.resolve(d), j2
		}
	}
	c := cand{i: start, j: j, kind: "date", r: r, dayOK: true}
	return p.withTime(c), true
}

// inRefs are the vague references of في + a word: في السابق، في الماضي،
// في المستقبل، في الحاضر.
var inRefs = map[string]string{norm("السابق"): "PAST_REF", norm("الماضي"): "PAST_REF", norm("المستقبل"): "FUTURE_REF", norm("الحاضر"): "PRESENT_REF",
	norm("حينه"): "PAST_REF", norm("حينها"): "PAST_REF", norm("القريب"): "FUTURE_REF"}

// vaguePhrase reads the vague references of more than one word: في
// السابق، هذه اللحظة، الوقت الحالي، الفترة الماضية، الآونة الأخيرة، في وقت
// سابق، منذ فترة، الموسم المقبل (a season of sport or of a trade: its
// dates are not in the text), and the count of seasons, المواسم الأربعة
// الماضية (P4Y: a season comes once a year).
func (p *parser) vaguePhrase(i int) (cand, bool) {
	e := p.e(i)
	switch {
	case e.prep == prIn:
		return p.vagueIn(i)
	case e.x == xDemo:
		return p.vagueDemo(i)
	case p.is(i, "الوقت") || p.is(i, "اللحظه"):
		return p.vagueNow(i)
	case e.prep == prSince:
		return p.vagueSince(i)
	case p.is(i, "الموسم") || p.is(i, "المواسم"):
		return p.seasonRef(i)
	case p.is(i, "الفتره") || p.is(i, "الاونه") || p.is(i, "المرحله") || p.is(i, "الحقبه"):
		return p.vaguePeriod(i)
	case p.is(i, "وقت"):
		return p.vagueTime(i)
	case p.is(i, "قادم") || p.is(i, "مقبل"):
		return p.vagueComing(i)
	case p.is(i, "فيما") && p.is(i+1, "بعد") && p.e(i+2) == nil && !p.isNum(i+2):
		return vagueRef(i, i+2, "FUTURE_REF") // كرست فيما بعد: later on
	case e.prep == prFor:
		return p.vagueLength(i)
	}
	return p.vagueOther(i)
}

// vagueOther reads the vague phrases of session 6: إلى حد الساعة، على
// المدى القريب, a feast's holiday (عطلة عيد الفطر) and موسم واحد.
func (p *parser) vagueOther(i int) (cand, bool) {
	switch {
	case p.is(i, "حد") && (p.is(i+1, "الساعه") || p.is(i+1, "الان") || p.is(i+1, "اللحظه")) && !p.isNum(i+2) && (p.e(i+2) == nil || p.e(i+2).ord == 0 && p.e(i+2).card == 0 && p.e(i+2).part == pNone):
		return vagueRef(i, i+2, "PRESENT_REF") // إلى حد الساعة، لحد الآن: so far
	case p.isAny(i, feastHolidays):
		return p.feastHoliday(i)
	case p.is(i, "تاريخه") && p.prep(i-1) == prUntil && p.free(i-1):
		return vagueRef(i-1, i+1, "PRESENT_REF") // حتى تاريخه: to date
	case p.is(i, "ذات") && p.is(i+1, "يوم") && p.e(i+2) == nil && !p.isNum(i+2):
		return vagueRef(i, i+2, "PAST_REF") // ذات يوم: once (session 7)
	case p.is(i, "موسم") && p.is(i+1, "واحد"):
		return cand{i: i, j: i + 2, kind: "duration", r: resolved{value: "P1Y"}}, true // موسم واحد: a season is a year
	case p.is(i, "المدي") && p.isAny(i+1, termAdjectives):
		return vagueRef(i, i+2, "FUTURE_REF") // على المدى القريب: in the short term
	}
	return p.vagueOther8(i)
}

// vagueOther8 reads the vague phrases and occasions of session 8: طوال
// العصور، حتى يومنا هذا, a feast after بمناسبة.
func (p *parser) vagueOther8(i int) (cand, bool) {
	switch {
	case p.is(i, "العصور") && (p.prep(i-1) == prDuring || p.is(i-1, "عبر") || p.is(i-1, "مر")) && p.free(i-1) && !p.adjArticle(i+1):
		return vagueRef(i-1, i+1, "PAST_REF") // طوال العصور، عبر العصور: through the ages
	case p.is(i, "مناسبه") && p.gluedLamBa(i) && p.namedFeast(i+1):
		f, k, _ := p.feastName(i + 1)
		return p.feastCand(i+1, k, f, 1), true // بمناسبة عيد الفطر: this year's feast
	case p.isAny(i, ourTimes) && (p.is(i+1, "هذا") || p.is(i+1, "الحاضر") || p.is(i+1, "الراهن") || p.mod(i+1) == mCurrent):
		return vagueRef(i, i+2, "PRESENT_REF") // حتى يومنا هذا، في وقتنا الحاضر: nowadays
	}
	return p.vagueOther9(i)
}

// vagueOther9 reads the vague phrases of session 9: the future after a
// preposition of direction (تجاه المستقبل، إلى المستقبل، للمستقبل القادم;
// not a bare للمستقبل, which the TIMEX3 reference leaves out: النظرة
// البعيدة للمستقبل), moments (بعد لحظات، للحظات، لبرهة: a length not given), بعد
// حين (after a while).
func (p *parser) vagueOther9(i int) (cand, bool) {
	switch {
	case p.is(i, "المستقبل") && (p.prep(i-1) == prFrom || p.prep(i-1) == prUntil || p.is(i-1, "تجاه") || p.is(i-1, "نحو") || p.s.toks[i].cstart > p.s.toks[i].start && p.mod(i+1) == mFuture) && !p.hasArticleWord(i+1):
		j := i + 1
		if md := p.mod(j); md == mFuture {
			j++ // للمستقبل القادم
		}
		return vagueRef(i, j, "FUTURE_REF")
	case (p.is(i, "لحظات") || p.is(i, "برهه")) && (p.prep(i-1) == prAfter || p.prep(i-1) == prIn || p.prep(i-1) == prDuring || p.gluedLamBa(i)) && !p.hasArticleWord(i+1):
		return cand{i: i, j: i + 1, kind: "duration", r: resolved{value: "UNKNOWN"}}, true // بعد لحظات من الانتظار
	case p.is(i, "حين") && p.prep(i-1) == prAfter && p.free(i-1) && p.e(i+1) == nil:
		return vagueRef(i-1, i+1, "FUTURE_REF") // بعد حين: after a while
	}
	return cand{}, false
}

// hasArticleWord reports a word with the article at i that is not a
// temporal modifier: the complement of a construct (لحظات الانتظار،
// المستقبل السياسي).
func (p *parser) hasArticleWord(i int) bool {
	return p.adjArticle(i) && p.mod(i) == mNone && p.prep(i) == prNone
}

// ourTimes are "our day", "our time" with the first person plural: with
// هذا، الحاضر، الراهن، الحالي after them, the present of a general
// statement (حتى يومنا هذا، في وقتنا الحاضر، عصرنا الحالي), not a day.
var ourTimes = normAll("يومنا", "وقتنا", "عصرنا", "زمننا", "أيامنا", "زماننا")

// termAdjectives qualify المدى as a term ahead (على المدى القريب، البعيد،
// المتوسط، الطويل، القصير).
var termAdjectives = []string{norm("القريب"), norm("البعيد"), norm("المتوسط"), norm("الطويل"), norm("القصير")}

// vagueComing reads قادم/مقبل before a plural unit with the article
// (قادم الأيام، مقبل السنوات: "the days to come").
func (p *parser) vagueComing(i int) (cand, bool) {
	if e := p.e(i + 1); e != nil && e.unit != uNone && e.ucount == 0 && p.adjArticle(i+1) {
		return vagueRef(i, i+2, "FUTURE_REF")
	}
	return cand{}, false
}

// lengthAdjectives say a stretch is long or short without a count.
var lengthAdjectives = []string{norm("طويلة"), norm("كبيرة"), norm("قصيرة"), norm("وجيزة"), norm("طويل"), norm("قصير"), norm("بسيطة"), norm("محدودة"), norm("مؤقتة")}

// vagueLength reads لمدة/لفترة + طويلة، كبيرة، قصيرة، وجيزة: a duration
// whose length is not given (UNKNOWN).
func (p *parser) vagueLength(i int) (cand, bool) {
	if p.isAny(i+1, lengthAdjectives) {
		return cand{i: i, j: i + 2, kind: "duration", r: resolved{value: "UNKNOWN"}}, true
	}
	return cand{}, false
}

// vagueRef is the vague reference v spanning tokens [i, j).
func vagueRef(i, j int, v string) (cand, bool) {
	return cand{i: i, j: j, kind: "date", r: resolved{value: v}}, true
}

// vagueIn reads في السابق، في المستقبل، في حينه، في القريب العاجل.
func (p *parser) vagueIn(i int) (cand, bool) {
	if p.is(i+1, "وقت") && p.is(i+2, "قريب") && p.e(i+3) == nil {
		return vagueRef(i, i+3, "FUTURE_REF") // في وقت قريب: soon
	}
	if v, ok := inRefs[p.word(i+1)]; ok {
		if p.is(i+1, "القريب") {
			if !p.is(i+2, "العاجل") {
				return cand{}, false
			}
			return vagueRef(i, i+3, v)
		}
		return vagueRef(i, i+2, v)
	}
	return cand{}, false
}

// vagueDemo reads هذه الفترة، هذه اللحظة، هذا الوقت، في ذلك الحين.
func (p *parser) vagueDemo(i int) (cand, bool) {
	if p.lastSeason != "" && (p.is(i, "ذلك") || p.is(i, "هذا") && p.lastSeasonNear(i)) && p.is(i+1, "الموسم") && !p.hasArticleWord(i+2) {
		// ففي ذلك الموسم غاب …: the season last written with its two
		// years (موسم 2012 - 2013); هذا الموسم under such a heading
		// (session 16)
		return cand{i: i, j: i + 2, kind: "range", r: resolved{value: p.lastSeason}}, true
	}
	if c, ok := p.thisPeriod(i); ok {
		return c, true
	}
	if (p.is(i, "هذه") && p.is(i+1, "اللحظه")) || (p.is(i, "هذا") && (p.is(i+1, "الوقت") || p.is(i+1, "التوقيت"))) {
		if p.is(i+2, "بالذات") || p.is(i+2, "تحديدا") {
			return vagueRef(i, i+3, "PRESENT_REF") // في هذا التوقيت بالذات
		}
		return vagueRef(i, i+2, "PRESENT_REF")
	}
	if p.is(i, "ذلك") && (p.is(i+1, "الحين") || p.is(i+1, "الوقت")) {
		return vagueRef(i, i+2, "PAST_REF") // في ذلك الحين (at that time)
	}
	if p.is(i, "هذا") && p.is(i+1, "العيد") && p.hasPub {
		return p.feastCand(i, i+2, p.nearestFeast(), 1), true // هذا العيد: the feast nearest to pub
	}
	if p.is(i, "هذا") && p.is(i+1, "الموسم") && p.hasPub {
		return p.seasonCand(i, i+2, mCurrent, false), true // هذا الموسم
	}
	if (p.is(i, "هذه") && p.is(i+1, "المرحله")) || (p.is(i, "هذا") && p.is(i+1, "الموسم")) {
		return vagueRef(i, i+2, "PRESENT_REF") // هذه المرحلة، هذا الموسم
	}
	if (p.is(i, "تلك") || p.is(i, "ذلك") || p.is(i, "ذاك")) && p.isAny(i+1, distantPeriods) && !p.isNum(i+2) && p.mod(i+2) == mNone {
		return vagueRef(i, i+2, "PAST_REF") // تلك الفترة، ذلك العام، تلك السنوات
	}
	return cand{}, false
}

// distantPeriods follow تلك/ذلك in a reference to a time told before:
// تلك الفترة، تلك المرحلة، ذلك العام، تلك السنوات، تلك الأيام.
var distantPeriods = func() []string {
	var ws []string
	for _, w := range strings.Fields("الفترة المرحلة الحقبة العام السنة الشهر الأسبوع السنوات الأعوام الأيام الأشهر الشهور العقود الليلة الزمن الوقت اللحظة اللحظات") {
		ws = append(ws, norm(w))
	}
	return ws
}()

// vagueNow reads الوقت الحالي، الوقت الراهن، اللحظة الحاضرة.
func (p *parser) vagueNow(i int) (cand, bool) {
	if p.is(i, "اللحظه") && p.prep(i-1) == prUntil && p.free(i-1) && !(p.adjArticle(i+1) && p.prep(i+1) == prNone) && !p.isNum(i+1) {
		return vagueRef(i-1, i+1, "PRESENT_REF") // حتى اللحظة: so far, as حتى الآن (session 13)
	}
	if p.is(i, "الوقت") && p.is(i-1, "بعض") && p.free(i-1) && p.mod(i+1) == mNone {
		return cand{i: i - 1, j: i + 1, kind: "duration", r: resolved{value: "UNKNOWN"}}, true // يستغرق بعض الوقت: a while
	}
	if md := p.mod(i + 1); md == mCurrent || p.is(i+1, "الحاضر") || p.is(i+1, "الراهن") {
		return vagueRef(i, i+2, "PRESENT_REF")
	}
	return cand{}, false
}

// vagueSince reads منذ فترة [طويلة]، منذ وقت.
func (p *parser) vagueSince(i int) (cand, bool) {
	if p.is(i+1, "القدم") {
		return vagueRef(i, i+2, "PAST_REF") // منذ القدم: since ancient times (session 7)
	}
	if p.is(i+1, "فجر") && p.is(i+2, "التاريخ") {
		return vagueRef(i, i+3, "PAST_REF") // منذ فجر التاريخ: since the dawn of history
	}
	if p.is(i+1, "قليل") && (p.e(i+2) == nil || p.e(i+2).unit == uNone) && !p.isNum(i+2) {
		return vagueRef(i, i+2, "PAST_REF") // منذ قليل: a little while ago
	}
	if p.is(i+1, "فتره") || p.is(i+1, "وقت") || p.is(i+1, "زمن") || p.is(i+1, "مده") {
		j := i + 2
		if p.is(j, "طويله") || p.is(j, "قصيره") || p.is(j, "بعيده") || p.is(j, "طويل") || p.is(j, "بعيد") {
			j++
		}
		return vagueRef(i, j, "PAST_REF")
	}
	return cand{}, false
}

// vaguePeriod reads نفس الفترة (samePeriod), الفترة الماضية، الفترة
// المقبلة، الآونة الأخيرة.
func (p *parser) vaguePeriod(i int) (cand, bool) {
	if c, ok := p.samePeriod(i); ok && p.is(i, "الفتره") {
		return c, true
	}
	if v, ok := vagueByMod[p.mod(i+1)]; ok {
		return vagueRef(i, i+2, v)
	}
	return cand{}, false
}

// vagueTime reads في وقت سابق، في وقت لاحق.
func (p *parser) vagueTime(i int) (cand, bool) {
	if p.is(i+1, "سابق") {
		return vagueRef(i, i+2, "PAST_REF")
	}
	if p.is(i+1, "لاحق") {
		return vagueRef(i, i+2, "FUTURE_REF")
	}
	return cand{}, false
}

// seasonRef reads الموسم [adjective] المقبل|الماضي|الحالي and المواسم
// [count] الماضية.
func (p *parser) seasonRef(i int) (cand, bool) {
	j := i + 1
	n := 0
	if e := p.e(j); e != nil && e.card >= 2 && e.card <= 10 && p.is(i, "المواسم") {
		n, j = e.card, j+1
	} else if p.word(j) != "" && p.e(j) == nil && p.hasArticle(j) && !p.isNewAdj(j) {
		if p.isAny(j, sportSeasonAdj) {
			p.sport = 1 // الموسم الرياضي، الموسم الكروي
		}
		j++ // الموسم الرياضي المقبل
	}
	md := p.mod(j)
	isNew := n == 0 && p.is(i, "الموسم") && p.isNewAdj(j)
	if j >= len(p.s.toks) || (md != mPast && md != mFuture && md != mCurrent && !isNew) {
		return cand{}, false
	}
	if n > 0 && md != mCurrent {
		return cand{i: i, j: j + 1, kind: "duration", r: resolved{value: durValue(n, uYear)}}, true
	}
	if n == 0 && p.is(i, "الموسم") && p.hasPub {
		return p.seasonCand(i, j+1, md, isNew), true // الموسم الماضي: 2014/2015
	}
	return cand{i: i, j: j + 1, kind: "date", r: resolved{value: vagueByMod[md]}}, true
}

// inSequence gives the day of the weekday at token i when it belongs to a
// coordination of weekdays (السبت والأحد، الخميس والجمعة والسبت
// الماضيين): the first of them resolves the whole sequence, the others
// take the day it gave them.
func (p *parser) inSequence(i, start int) (time.Time, bool) {
	for k, tok := range p.seqTok {
		if tok == i {
			return p.seqT[k], true
		}
	}
	if p.wawFirst(i) && p.e(i-1) != nil && p.e(i-1).wday > 0 {
		return time.Time{}, false // inside a sequence not read from its start
	}
	toks := []int{i}
	wds := []int{int(p.e(i).wday)}
	for k := i + 1; p.wawFirst(k) && p.e(k) != nil && p.e(k).wday > 0 && p.e(k).wdal; k++ {
		toks = append(toks, k)
		wds = append(wds, int(p.e(k).wday))
	}
	if len(toks) < 2 || !p.hasPub {
		return time.Time{}, false
	}
	md := p.mod(toks[len(toks)-1] + 1)
	days := p.weekdaySeq(wds, md, start)
	p.seqTok, p.seqT = append(p.seqTok[:0], toks[1:]...), append(p.seqT[:0], days[1:]...)
	return days[0], true
}

// weekdayCoord reads coordinated weekdays from the first of them at i
// (start is يوم before it, if any): السبت والأحد، الأحد والاثنين والأربعاء
// والخميس [الماضيين|المقبلة|في الأسبوع المقبل]. They are a sequence, each
// day after the one before (weekdaySeq), and the mention is one interval
// from the first day to the last, as the real-copy annotators write it
// (session 9).
func (p *parser) weekdayCoord(start, i int) (cand, bool) {
	if !p.hasPub || p.wawFirst(i) && p.e(i-1) != nil && p.e(i-1).wday > 0 {
		return cand{}, false
	}
	wds := []int{int(p.e(i).wday)}
	last := i
	for k := i + 1; p.wawFirst(k) && p.e(k) != nil && p.e(k).wday > 0 && p.e(k).wdal; k++ {
		wds = append(wds, int(p.e(k).wday))
		last = k
	}
	if len(wds) < 2 {
		return cand{}, false
	}
	j := last + 1
	md := p.mod(j)
	if md == mPast || md == mFuture {
		j++
	}
	var days []time.Time
	if wk, k, ok := p.inWeek(j); ok && md != mPast && md != mFuture {
		sun := p.arabWeekStart(wk)
		for _, wd := range wds {
			days = append(days, sun.AddDate(0, 0, wd-1))
		}
		j = k
	} else {
		days = p.weekdaySeq(wds, md, start)
	}
	a, b := days[0], days[len(days)-1]
	if !b.After(a) {
		return cand{}, false
	}
	return cand{i: start, j: j, kind: "range", r: resolved{value: p.day(a) + "/" + p.day(b)}}, true
}

// inWeek reads في|من الأسبوع المقبل|الماضي|الجاري|بعد المقبل|قبل الماضي at
// j, after weekdays: the week they fall in, counted in Arab weeks from the
// publication's (+1 next, -1 last), and the token after it.
func (p *parser) inWeek(j int) (weeks, k int, ok bool) {
	if (p.prep(j) != prIn && p.prep(j) != prFrom) || !p.is(j+1, "الاسبوع") {
		return 0, j, false
	}
	switch md := p.mod(j + 2); {
	case md == mFuture:
		if md2, k, ok := p.beyond(j + 3); ok && md2 == mFuture {
			return 2, k, true
		}
		return 1, j + 3, true
	case md == mPast:
		return -1, j + 3, true
	case md == mCurrent:
		return 0, j + 3, true
	}
	if md2, k, ok := p.beyond(j + 2); ok {
		if md2 == mPast {
			return -2, k, true
		}
		return 2, k, true
	}
	return 0, j, false
}

// arabWeekStart is the Sunday that starts the Arab week weeks away from
// the publication's.
func (p *parser) arabWeekStart(weeks int) time.Time {
	return p.pub.AddDate(0, 0, -int(p.pub.Weekday())+7*weeks)
}

// weekdaySeq resolves coordinated weekdays as a sequence of days, each
// after the one before. In the future (a future modifier after the last,
// or a future sentence) the first is resolved as a weekday alone and the
// others follow it; otherwise the last is, and the others precede it: a
// sequence told in the past ends by the publication date.
func (p *parser) weekdaySeq(wds []int, md int8, at int) []time.Time {
	out := make([]time.Time, len(wds))
	gap := func(a, b int) int {
		d := (b - a + 7) % 7
		if d == 0 {
			d = 7
		}
		return d
	}
	if md != mPast && md != mFuture {
		md = mNone
	}
	if md == mFuture || md == mNone && p.futureContext(at) {
		_, out[0] = p.weekdayDate(wds[0], md, at)
		for k := 1; k < len(wds); k++ {
			out[k] = out[k-1].AddDate(0, 0, gap(wds[k-1], wds[k]))
		}
		return out
	}
	n := len(wds) - 1
	_, out[n] = p.weekdayDate(wds[n], md, at)
	for k := n - 1; k >= 0; k-- {
		out[k] = out[k+1].AddDate(0, 0, -gap(wds[k], wds[k+1]))
	}
	return out
}

// recently reports whether حديثا at i is the adverb "recently" (المنضم
// حديثا، نشرت حديثا): not the adjective "modern" after an indefinite
// accusative noun (مثالا حديثا) nor the noun "a talk" before its
// adjective (أجرى حديثا صحافيا، حديثا عابرا).
func (p *parser) recently(i int) bool {
	acc := func(k int) bool {
		w := p.word(k)
		return len(w) > 4 && w[len(w)-2:] == "ا" && w[len(w)-4:] != "وا" && !p.hasArticle(k) && w != norm("أيضا")
	}
	return !acc(i-1) && !acc(i+1)
}

// eraAdjectives make العصر an era (العصر الحديث، العصر الحالي، العصر
// الراهن), a vague present, not the afternoon.
var eraAdjectives = normAll("الحديث", "الحالي", "الراهن")

// weekdayNumber reads a day of the month written after a weekday with no
// month (الجمعة 06 والسبت، يوم الأحد 12 في): among the days of that number in the
// month of the date given and the months either side, the one on that
// weekday nearest the date given, at most a month away. The number must
// end its phrase (a mark, a line break, a word with و or a preposition
// after it); a month, a unit, a counted noun (الجمعة 13 مرشحا), a clock
// time or a fraction after it leaves it to the other rules.
func (p *parser) weekdayNumber(wd, j int) (time.Time, bool) {
	if !p.hasPub || !p.isNum(j) || p.s.toks[j].nd > 2 || !p.s.toks[j].sp {
		return time.Time{}, false
	}
	d := p.num(j)
	if d < 1 || d > 31 {
		return time.Time{}, false
	}
	if e := p.e(j + 1); e != nil && (e.month > 0 || e.hmonth > 0 || e.unit != uNone || e.x != xNone) {
		return time.Time{}, false
	}
	if k := j + 1; k < len(p.s.toks) && p.s.toks[k].kind == tPunct && !p.s.toks[k].sp && (p.s.toks[k].p == '/' || p.s.toks[k].p == '-' || p.s.toks[k].p == ':' || p.s.toks[k].p == '.') && p.isNum(k+1) {
		return time.Time{}, false
	}
	if k := j + 1; k < len(p.s.toks) && p.s.toks[k].kind == tWord && !p.lineBreakAfter(j) && !p.wawFirst(k) && p.prep(k) == prNone {
		return time.Time{}, false // الجمعة 13 مرشحا: a count and its noun
	}
	if k := j + 1; k < len(p.s.toks) && p.s.toks[k].kind == tPunct && p.s.toks[k].p == ',' && (p.is(k+1, "وهو") || p.is(k+1, "وهي")) {
		return time.Time{}, false // الأحد 5، وهو رقم …: a clause about the number (session 13 review)
	}
	pub := time.Date(p.pub.Year(), p.pub.Month(), p.pub.Day(), 0, 0, 0, 0, time.UTC)
	var best time.Time
	for off := -1; off <= 1; off++ {
		t := time.Date(pub.Year(), pub.Month()+time.Month(off), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Weekday())+1 != wd {
			continue
		}
		if gap := t.Sub(pub).Abs(); gap <= 31*24*time.Hour && (best.IsZero() || gap < best.Sub(pub).Abs()) {
			best = t
		}
	}
	return best, !best.IsZero()
}
