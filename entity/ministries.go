package entity

// A ministry named by its portfolio alone. Saudi and Gulf copy shortens a
// ministry to the noun of its portfolio with the article — «الجوازات»،
// "النقل"، الداخلية: — where quotation marks or a headline's colon set the
// word apart as the name of the body that acts or speaks, as صحيفة does for
// a paper (press in media.go). In running text the same nouns are common
// words (قطاع النقل، سوق العمل), so only these two frames make them names.

var (
	// portfolios are the nouns of ministries' and directorates' portfolios
	// with the article, folded: each stands for وزارة/إدارة + the noun.
	portfolios = foldSet("الداخلية", "الخارجية", "الدفاع", "التجارة", "العمل", "النقل", "الصحة",
		"العدل", "الحج", "التعليم", "التربية", "الجوازات", "الجمارك", "الإسكان", "الكهرباء",
		"السياحة", "الاقتصاد", "المالية", "الزراعة", "الإعلام", "الثقافة", "البيئة",
		"المياه", "الأوقاف", "المرور", "الشؤون", "الأحوال", "الخدمة", "البلديات")
	// needsAdjective are the portfolios that name nothing alone (الشؤون
	// البلدية، الأحوال المدنية، الخدمة المدنية); takesAdjective those that
	// may have one (التعليم العالي، الدفاع المدني). Any other noun with an
	// adjective is a phrase («العمل الخيري»).
	needsAdjective = foldSet("الشؤون", "الأحوال", "الخدمة")
	takesAdjective = foldSet("الشؤون", "الأحوال", "الخدمة", "التعليم", "الدفاع")
	// marketWords make a sentence a market report, whose sectors the copy
	// also sets in marks: وتصدر «النقل» القطاعات المتراجعة، «الزراعة»
	// بنسبة 0.9 في المائة.
	marketWords = foldSet("قطاع", "القطاع", "قطاعات", "القطاعات", "لقطاع", "بقطاع", "وقطاع",
		"مؤشر", "المؤشر", "مؤشرات", "سوق", "السوق", "المائة", "بالمائة", "%", "٪", "نقطة", "نقاط")
	colons = foldSet(":", "：")
)

// portfolioAt returns the number of words of a portfolio's name at i that
// end at end: the noun and at most two definite adjectives after it
// (التعليم العالي، الشؤون الإسلامية), or 0.
func (r *ruleCtx) portfolioAt(i, end int) int {
	if !portfolios[r.fw[i]] || end-i > 3 || end-i > 1 && !takesAdjective[r.fw[i]] {
		return 0
	}
	for j := i + 1; j < end; j++ {
		if !defWord(r.fw[j]) || !adjLike(r.fw[j]) {
			return 0
		}
	}
	if end-i == 1 && needsAdjective[r.fw[i]] {
		return 0
	}
	return end - i
}

// ministries tags a portfolio's name alone between quotation marks (not in
// a sentence of a market report: قطاع «النقل») or at the start of a sentence
// before a colon (الجوازات: …) as an organisation, swallowing what the
// model tagged inside it.
func (r *ruleCtx) ministries() {
	n := len(r.fw)
	for i := 0; i < n; i++ {
		if !portfolios[r.fw[i]] {
			continue
		}
		// the frame's end: a closing mark or a colon within three words
		end := -1
		for j := i + 1; j < n && j <= i+3; j++ {
			if closeMarks[r.fw[j]] || colons[r.fw[j]] {
				end = j
				break
			}
		}
		if end < 0 || r.portfolioAt(i, end) == 0 {
			continue
		}
		quoted := i > 0 && openMarks[r.fw[i-1]] && closeMarks[r.fw[end]] && !r.marketReport()
		headline := i == 0 && colons[r.fw[end]]
		if !quoted && !headline {
			continue
		}
		if r.place(chunk{i, end, "ORG"}, anyChunk) {
			i = end
		}
	}
}

// marketReport reports whether the sentence has a word of marketWords.
func (r *ruleCtx) marketReport() bool {
	for _, w := range r.fw {
		if marketWords[w] {
			return true
		}
	}
	return false
}
