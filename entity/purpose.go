package entity

import "strings"

// A purpose after a name. A body's name may end in a complement with ل
// (المركز الوطني للأرصاد، الصندوق السعودي للتنمية), and the chains take one;
// but ل + a verbal noun is also the purpose of the clause's verb (سعت
// المؤسسة للحصول على قرض، دعت الحركة للانسحاب من المدن). A verbal noun that
// governs a preposition shows which one it is: when the preposition it
// takes comes right after it, the verbal noun heads a phrase of its own, and
// the name ends before it. Where the complement does belong to a name
// (الصندوق الوطني للتأمين على المرض) the name goes on over the preposition
// and its object, so a name that stops at the verbal noun was cut anyway.

// governedPrepositions maps verbal nouns (with the article, folded) to the
// prepositions they govern (folded, alone or with a pronoun suffix): the
// valency of the verbs of getting, keeping, dealing, leaving, learning and
// taking part that copy puts after ل.
var governedPrepositions = func() map[string]map[string]bool {
	on := []string{"على", "عليه", "عليها", "عليهم"}
	from := []string{"من", "منه", "منها", "منهم"}
	with := []string{"مع"}
	to := []string{"إلى", "إليه", "إليها", "إليهم"}
	about := []string{"عن", "عنه", "عنها", "عنهم"}
	in := []string{"في", "فيه", "فيها"}
	m := map[string]map[string]bool{}
	add := func(preps []string, nouns ...string) {
		for _, n := range nouns {
			set := m[fold(n)]
			if set == nil {
				set = map[string]bool{}
				m[fold(n)] = set
			}
			for _, p := range preps {
				set[fold(p)] = true
			}
		}
	}
	add(on, "الحصول", "المحافظة", "الحفاظ", "التغلب", "التضييق", "الاطلاع", "التعرف", "الرد",
		"الضغط", "الموافقة", "التوقيع", "السيطرة", "الاستيلاء", "الاعتداء", "الهجوم", "التأكيد",
		"الإشراف", "التعقيب", "الحث", "العثور")
	add(from, "التأكد", "التحقق", "الانسحاب", "الخروج", "التخلص", "الاستفادة", "التمكن",
		"الانتهاء", "الحد", "الإفراج", "التهرب")
	add(with, "التعامل", "التفاوض", "التواصل", "التجاوب", "التحاور", "التصالح")
	add(to, "الوصول", "الانضمام", "الاستماع", "العودة", "الانتقال", "التوصل", "اللجوء",
		"الإشارة", "الدعوة")
	add(about, "البحث", "التعبير", "الكشف", "الإعلان", "الحديث", "التخلي", "الابتعاد",
		"الإبلاغ", "التنازل")
	add(in, "المشاركة", "المساهمة", "الإسهام", "البت", "المضي", "الاستمرار", "النظر")
	return m
}()

// governingParticiples maps participles with the article (folded) that
// describe a name by what it does or belongs to (الديوان الملكي المشرف على،
// الوكالة المملوكة للدولة) to the prepositions they govern; "ل" and "ب"
// stand for the preposition written on the next word.
var governingParticiples = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	add := func(preps string, words ...string) {
		for _, w := range words {
			set := map[string]bool{}
			for _, p := range strings.Fields(preps) {
				set[fold(p)] = true
			}
			m[fold(w)] = set
		}
	}
	add("على عليه عليها", "المشرف", "المشرفة", "المسيطر", "المسيطرة")
	add("عن عنه عنها", "المسؤول", "المسؤولة")
	add("إلى ل", "الرامي", "الرامية", "الهادف", "الهادفة")
	add("ل", "الخاضع", "الخاضعة", "المملوك", "المملوكة", "الداعم", "الداعمة", "المناهض",
		"المناهضة", "التابع", "التابعة", "الموالي", "الموالية")
	add("عن من", "الصادر", "الصادرة")
	add("ب", "المعني", "المعنية", "المختص", "المختصة", "المكلف", "المكلفة")
	return m
}()

// generalTitles are the title nouns that العام/العامة makes a title (المشرف
// العام، المدير العام، الأمين العام): before those two words they start a
// person's title, not a name's last word (المستشار في الديوان الملكي |
// المشرف العام على …). النائب العام is left out: it also names the office.
var (
	generalTitles = foldSet("المشرف", "المشرفة", "المدير", "المديرة", "الأمين", "الأمينة",
		"المراقب", "المنسق", "المنسقة", "المفوض", "المستشار", "الرئيس", "القائد", "المرشد")
	generalWords = foldSet("العام", "العامة")
)

// purposeComplements ends a name before its last word when that word is ل
// or لل + a verbal noun of governedPrepositions, or a participle of
// governingParticiples, and the next token is a preposition the word
// governs: مؤسسة النقد العربي السعودي | للحصول على، الديوان الملكي |
// المشرف على; or a title noun of generalTitles before العام/العامة.
// Persons are left alone; the name keeps at least one word.
func (r *ruleCtx) purposeComplements() {
	for k, c := range r.cs {
		if c.typ == "PERS" || c.end-c.start < 2 || c.end >= len(r.fw) {
			continue
		}
		w, next := r.fw[c.end-1], r.fw[c.end]
		if generalTitles[w] && generalWords[next] {
			r.cs[k].end--
			continue
		}
		var preps map[string]bool
		switch {
		case strings.HasPrefix(w, "لل"):
			preps = governedPrepositions["ال"+strings.TrimPrefix(w, "لل")]
		case strings.HasPrefix(w, "ال"):
			preps = governingParticiples[w]
		case strings.HasPrefix(w, "ل"):
			preps = governedPrepositions["ال"+strings.TrimPrefix(w, "ل")]
		}
		if preps == nil {
			continue
		}
		onNext := func(p string) bool {
			return preps[p] && strings.HasPrefix(next, p) && len(next) > len(p)+2
		}
		if preps[next] || onNext("ل") || onNext("ب") {
			r.cs[k].end--
		}
	}
}
