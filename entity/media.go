package entity

import "strings"

// The press and the radios in running text: a newspaper's name between
// quotation marks or parentheses (قال لـ«الوطن»، علمت (الرياضي)), the
// source of a dateline between dashes (بدر الجبل- سبق- تبوك), and a radio
// named with FM (الجوهرة أف أم، موزاييك FM).

// openMarks and closeMarks enclose a quoted name.
var (
	openMarks  = foldSet("\"", "«", "“", "(", "'", "”")
	closeMarks = foldSet("\"", "»", "”", ")", "'", "“")
	dashes     = foldSet("-", "–", "—")
)

// pressNames are newspapers and news sites whose names are also common
// words or places (الوطن، الرياض، سبق): a paper when the name stands
// alone between quotation marks or parentheses, or as the source of a
// dateline. The papers of Saudi Arabia, the Gulf, the Levant, Egypt and
// the Maghreb; folded, words joined by a space.
var pressNames = foldSet("الرياض", "الجزيرة", "المدينة", "الوطن", "عكاظ", "الاقتصادية", "سبق", "الرياضي", "الرياضية", "الوئام", "عين اليوم", "الشرق", "الشرق الأوسط", "الحياة", "البلاد", "الندوة", "المواطن", "الخليج", "البيان", "الاتحاد", "الرؤية", "الراية", "الشرق القطرية", "العرب", "الوسط", "الأيام", "الرأي", "الغد", "الدستور", "السبيل", "القبس", "الأنباء", "السياسة", "الجريدة", "النهار", "السفير", "الأخبار", "اللواء", "الأهرام", "الجمهورية", "المساء", "الشروق", "الوفد", "الصباح", "الصريح", "المغرب", "التونسية", "الخبر", "الفجر", "النهار الجديد", "هسبريس")

// pressFirsts are the first words of the two-word pressNames, so that
// pressAt joins a token to the next only where a name can start.
var pressFirsts = func() map[string]bool {
	s := map[string]bool{}
	for k := range pressNames {
		if a, _, two := strings.Cut(k, " "); two {
			s[a] = true
		}
	}
	return s
}()

// pressAt returns the length of a newspaper's or a channel's name at token
// i: a listed media name (a proclitic allowed on its first word) or one of
// pressNames of one or two words; or 0.
func (r *ruleCtx) pressAt(i int) int {
	if i+1 < len(r.fw) && pressFirsts[r.fw[i]] && pressNames[r.fw[i]+" "+r.fw[i+1]] {
		return 2
	}
	n, classes := r.gazMatch(i)
	if n > 0 && inClasses(classes, "ORG.media") {
		return n
	}
	if pressNames[r.fw[i]] {
		return 1
	}
	return 0
}

// press tags a newspaper's name standing alone between quotation marks or
// parentheses, and one between dashes or at the start of a line before a
// dash when it is no place (بدر الجبل- سبق- تبوك، عين اليوم – اسطنبول):
// the marks name the paper, as a class noun does (صحيفة الوطن).
func (r *ruleCtx) press() {
	for i := 0; i < len(r.fw); i++ {
		n := r.pressAt(i)
		if n == 0 || i+n >= len(r.fw) {
			continue
		}
		before, after := "", r.fw[i+n]
		if i > 0 {
			before = r.fw[i-1]
		}
		if r.aliasElsewhere(i, n) {
			continue // «الفرنسية»: the agency, named by its own rules
		}
		quoted := openMarks[before] && closeMarks[after]
		dateline := (i == 0 || dashes[before]) && dashes[after] && !r.placeName(i, n)
		if quoted || dateline {
			r.place(chunk{i, i + n, "ORG"}, anyChunk)
			i += n - 1
		}
	}
}

// aliasElsewhere reports whether the n words at i are a short form of a
// longer listed name (الفرنسية for وكالة الأنباء الفرنسية، واس): the
// written form is what the quotes layer names a source by, so a paper
// takes its own name only.
func (r *ruleCtx) aliasElsewhere(i, n int) bool {
	key := strings.Join(r.fw[i:i+n], " ")
	for _, a := range r.m.gaz.aliases[key] {
		if a.typ == "ORG" && foldJoin(strings.Fields(a.canonical)) != key {
			return true
		}
	}
	return false
}

// placeName reports whether the n words at i are a known place (الرياض،
// المدينة): at a dateline's start they are the town.
func (r *ruleCtx) placeName(i, n int) bool {
	for _, a := range r.m.gaz.aliases[strings.Join(r.fw[i:i+n], " ")] {
		if a.typ == "LOC" {
			return true
		}
	}
	return false
}

// fmAt returns the number of tokens of the letters FM at j (أف أم، إف إم،
// اف ام, or FM in Latin script), or 0.
func (r *ruleCtx) fmAt(j int) int {
	if r.fw[j] == "fm" {
		return 1
	}
	if r.fw[j] == "اف" && j+1 < len(r.fw) && r.fw[j+1] == "ام" {
		return 2
	}
	return 0
}

// radios tags a radio named with FM: the name before the letters and the
// letters are one organisation (الجوهرة أف أم، موزاييك FM); when the
// letters stand between quotation marks of their own (الجوهرة "اف ام"),
// the name before them.
func (r *ruleCtx) radios() {
	for j := 1; j < len(r.fw); j++ {
		n := r.fmAt(j)
		if n == 0 {
			continue
		}
		s, end := j-1, j+n
		if openMarks[r.fw[s]] && s > 0 && end < len(r.fw) && closeMarks[r.fw[end]] {
			s, end = s-1, s // الجوهرة "اف ام": the name without the letters
			r.drop(j, j+n)
		}
		if !r.radioName(s) {
			continue
		}
		start := s
		if k := r.chunkAt(s); k >= 0 && r.cs[k].end == s+1 {
			start = r.cs[k].start
		}
		r.place(chunk{start, end, "ORG"}, anyChunk)
		j += n - 1
	}
}

// radioName reports whether the word at s may be a radio's name: Arabic
// or Latin letters, no preposition, verb or function word.
func (r *ruleCtx) radioName(s int) bool {
	w := r.fw[s]
	sh := shape(w)
	return (sh[0] == 'a' || sh[0] == 'l') && !isPrepOrVerb(w) && !stopWords[w] && !timeWords[w] && !r.m.gaz.has("TTL", w)
}

// drop removes the chunks that lie inside tokens [start, end).
func (r *ruleCtx) drop(start, end int) {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.start < start || c.end > end {
			out = append(out, c)
		}
	}
	r.cs = out
}
