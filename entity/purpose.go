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

// purposeComplements ends a name before its last word when that word is ل
// or لل + a verbal noun of governedPrepositions and the next token is a
// preposition the noun governs: مؤسسة النقد العربي السعودي | للحصول على.
// Persons are left alone; the name keeps at least one word.
func (r *ruleCtx) purposeComplements() {
	for k, c := range r.cs {
		if c.typ == "PERS" || c.end-c.start < 2 || c.end >= len(r.fw) {
			continue
		}
		w := r.fw[c.end-1]
		var noun string
		switch {
		case strings.HasPrefix(w, "لل"):
			noun = "ال" + strings.TrimPrefix(w, "لل")
		case strings.HasPrefix(w, "ل"):
			noun = "ال" + strings.TrimPrefix(w, "ل")
		default:
			continue
		}
		if governedPrepositions[noun][r.fw[c.end]] {
			r.cs[k].end--
		}
	}
}
