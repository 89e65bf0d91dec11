package quotes_test

import (
	"strings"
	"testing"
)

// TestS16Stipulations: what a legal text provides is its quote — نصّ على
// (أن) …، ينصّ على …، يقضي بـ …، تضمّن + a verbal noun — with the text
// named after the verb, before it, or (for نصّ and يقضي) implied in a
// clause that continues it; the speaker is the text as written, and the
// content stops where the text's clause does (session 16, sentences
// written for this test).
func TestS16Stipulations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"نصّ + a named law + على + a verbal noun",
			"ونص القانون الجديد على معاقبة المخالفين بغرامة مالية كبيرة.",
			"معاقبة المخالفين", "القانون الجديد"},
		{"the verb نصّ is no part of the name",
			"ونص القرار على إغلاق الأسواق الشعبية يوم الجمعة.",
			"إغلاق الأسواق", "القرار"},
		{"تنصّ + an article with its number + على أنه",
			"وتنص المادة (12) من النظام على أنه يحق للموظف طلب إجازة بلا راتب.",
			"يحق للموظف", "المادة"},
		{"تضمّن + a decree + a verbal noun",
			"وتضمن المرسوم إغلاق المعابر المفتوحة أمام الشاحنات الزراعية.",
			"المعابر المفتوحة", "المرسوم"},
		{"a construct before الذي: the whole name",
			"وأقر النواب مشروع القانون الذي يقضي بتشديد العقوبات على المهربين.",
			"تشديد العقوبات", "مشروع القانون"},
		{"after بموجب: the text, not the preposition; indefinite, named in its definite form",
			"وانسحبت الكتائب من البلدة بموجب اتفاق ينص على وقف القصف المتبادل.",
			"وقف القصف", "الاتفاق"},
		{"an indefinite decree described by الذي يقضي",
			"وأصدر الحاكم مرسوماً جديداً في الأسبوع الماضي الذي يقضي بتمديد ساعات العمل في الموانئ.",
			"تمديد ساعات", "المرسوم"},
		{"the text before the verb, not a person named before it",
			"وقال المحامي هشام العبدلي إن موكله لم يخالف العقد. والعقد ينص على دفع غرامة عن كل يوم تأخير.",
			"دفع غرامة", "العقد"},
		{"a main clause after رغم أن … is not the text's",
			"ورغم أن القانون ينص على الحبس ثلاثة أعوام، فإن الوزير قال إنه لن يطبق العقوبة.",
			"الحبس ثلاثة", "القانون"},
		{"a second provision is split off",
			"ونص القرار على إغلاق المعابر الحدودية، ويقضي النظام بتعويض التجار المتضررين.",
			"تعويض التجار", "النظام"},
	})
	runFoundCases(t, []string{
		"يطالب المحامون بحماية المهنة، والدستور ينص على استقلال القضاء عن السلطة التنفيذية.|استقلال القضاء",
		"كما نص الاتفاق على أن تنسحب القوات من المدينة خلال شهرين.|تنسحب القوات",
		"وأصدر المجلس البلدي قراراً يقضي بإغلاق المحلات المخالفة في الحي القديم.|إغلاق المحلات",
		"ويحظر المرسوم بيع التبغ للقاصرين، كما نص على أن تغلق المتاجر المخالفة.|تغلق المتاجر",
		"ورغم أن القانون ينص على الحبس ثلاثة أعوام، فإن الوزير قال إنه لن يطبق العقوبة.|لن يطبق",
	})
	runNoQuoteOver(t, []notQuoteCase{
		{"وقضى الرجل في حادث سير بعد أن انقلبت سيارته على الطريق الدولي.", "في حادث"},
		{"وقرأ الأستاذ نص القرار على الحضور في قاعة المحاضرات.", "الحضور"},
		{"ويقضي الطلاب بقية العطلة الصيفية في القرية مع أجدادهم.", "العطلة"},
		{"وتضمنت الدراسة عشرة فصول عن تاريخ المنطقة وآثارها.", "عشرة فصول"},
		{"ولم ينص الاتفاق على موعد محدد لانسحاب القوات من المدينة.", "موعد محدد"},
		{"وينص المدرب على تدريب اللاعبين مرتين في اليوم.", "تدريب اللاعبين"},
	})
	// the content stops at its clause: no quote of the text runs into
	// what follows
	for _, c := range []string{
		"وينص الاتفاق على تبادل الأسرى خلال أسبوع، وتنتهي الهدنة بعد شهر.|وتنتهي الهدنة",
		"وقضى القرار بتجميد الأرصدة، فيما تم الإفراج عن بعض الموقوفين.|الإفراج",
		"ونصت اللائحة على منع التدخين في المكاتب، ولذلك سمحت الإدارة بغرف مخصصة له.|سمحت الإدارة",
		"ونص القرار على إغلاق المعابر الحدودية، ويقضي النظام بتعويض التجار المتضررين.|ويقضي النظام",
	} {
		text, snip, _ := strings.Cut(c, "|")
		d, qs := findFull(t, text)
		k := strings.Index(text, snip)
		for _, q := range qs {
			if q.Start < k && k < q.End {
				t.Errorf("%q: quote %q runs past its clause\n%s", text, text[q.Start:q.End], dump(d, qs))
			}
		}
	}
}

// runFoundCases checks that a quote holds the snippet after "|" of each
// sentence, whoever its speaker.
func runFoundCases(t *testing.T, cases []string) {
	t.Helper()
	for _, c := range cases {
		text, snip, _ := strings.Cut(c, "|")
		d, qs := findFull(t, text)
		k := strings.Index(text, snip)
		found := false
		for _, q := range qs {
			found = found || q.Start <= k && k < q.End
		}
		if !found {
			t.Errorf("%q: no quote holds %q\n%s", text, snip, dump(d, qs))
		}
	}
}

// TestS16StipulationFarText: a provision whose text is named far before
// it in the sentence takes that text as its speaker (sentence written for
// this test).
func TestS16StipulationFarText(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a decree named at the sentence's start",
			"وفي عام 1961، صدر مرسوم أنشأ كلية للهندسة الزراعية وألحقها بالجامعة الوطنية في العاصمة، كما نص على تحويل المعهد الفني إلى كلية مستقلة.",
			"تحويل المعهد", "المرسوم"},
	})
}
