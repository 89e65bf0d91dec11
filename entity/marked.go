package entity

// Names in quotation marks after their class noun: the noun says what the
// marks hold (جماعة "…"، مؤسسة «…»، لمهرجان "…"، برنامج (…)، ورشة "…"،
// بعنوان "…"). The span is what the marks hold, the class noun outside
// (docs/evaluation-realnews.md: a name in quotation marks is annotated
// inside the marks).

var (
	// markOrgHeads are class nouns of organisations: groups, companies,
	// associations, teams, channels and sites.
	markOrgHeads = foldSet("تنظيم", "حركة", "جماعة", "جبهة", "حزب", "جمعية", "جمعيتا", "جمعيتي",
		"مؤسسة", "شركة", "شركتي", "مجموعة", "منظمة", "مركز", "مصنع", "فرقة", "فريق", "نادي", "قناة",
		"إذاعة", "وكالة", "مجتمع", "تحالف", "ائتلاف", "هيئة", "اتحاد", "مجلس", "صندوق",
		"بنك", "مصرف", "مستشفى", "مدرسة", "كلية", "معهد", "جامعة", "ميليشيا", "كتيبة", "لواء",
		"منظمات", "جمعيات", "شركات", "مؤسسات", "صحيفة", "صحيفتا", "صحيفتي", "جريدة", "جريدتا", "جريدتي", "مجلة", "مجلتا", "مجلتي")
	// markMiscHeads are class nouns of events, works, programmes,
	// campaigns, products and documents.
	markMiscHeads = foldSet("برنامج", "مسلسل", "مسلسله", "فيلم", "فيلمه", "مسرحية", "مسرحيته", "عرض",
		"ورشة", "كتاب", "كتابه", "كتابها", "رواية", "روايته", "روايتها", "ديوان", "ديوانه", "أغنية",
		"أغنيته", "ألبوم", "حملة", "مبادرة", "مشروع", "مؤتمر", "مهرجان", "ملتقى", "منتدى", "معرض",
		"مسابقة", "جائزة", "بطولة", "عملية", "مناورات", "منصة", "تطبيق", "لعبة", "متجر", "وثيقة",
		"اتفاقية", "بعنوان", "وسم", "هاشتاق", "هاشتاغ", "ندوة", "دورة", "عنوان", "برامج")
	// markStops end the search for the closing mark: a name has none of
	// them inside.
	markStops = foldSet("،", ".", ":", "؛", ";", "!", "؟", "?", ",")
)

// maxMarked is the longest name between marks, in tokens.
const maxMarked = 8

// markedNames tags the words between quotation marks or parentheses right
// after a class noun (a proclitic allowed on it: لمهرجان) with the class's
// type, the class noun outside; also a news agency's short name alone
// between marks (لـ"وات").
func (r *ruleCtx) markedNames() {
	for i := 0; i+3 < len(r.fw); i++ {
		if !openMarks[r.fw[i+1]] {
			continue
		}
		typ := ""
		switch {
		case r.headAt(i, hMarkOrg):
			typ = "ORG"
		case r.headAt(i, hMarkMisc):
			typ = "MISC"
		}
		end := r.closingMark(i + 2)
		if end < 0 {
			continue
		}
		from := i // the class noun and the marks hold no other name
		if typ == "" {
			if end != i+3 || !agencyNames[r.fw[i+2]] {
				continue
			}
			typ, from = "ORG", i+1
		}
		if k := r.chunkAt(i); k >= 0 && r.cs[k].start < i {
			continue // the class noun is inside a longer name
		}
		r.dropOverlapping(from, end+1)
		r.cs = append(r.cs, chunk{i + 2, end, typ})
		i = end
	}
}

// closingMark returns the index of the closing mark of a name starting at
// j, or -1 when there is none within maxMarked tokens or the name would be
// empty or hold punctuation.
func (r *ruleCtx) closingMark(j int) int {
	for e := j; e < len(r.fw) && e <= j+maxMarked; e++ {
		w := r.fw[e]
		if closeMarks[w] {
			if e == j {
				return -1
			}
			return e
		}
		if openMarks[w] || markStops[w] {
			return -1
		}
	}
	return -1
}

// dropOverlapping removes the chunks that overlap tokens [start, end).
func (r *ruleCtx) dropOverlapping(start, end int) {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.end <= start || c.start >= end {
			out = append(out, c)
		}
	}
	r.cs = out
}
