package quotes_test

import (
	"strings"
	"testing"
)

// TestS9LateAttribution: a clause attributed after it, without quote
// marks (session 9, sentences written for this test): وهو ما أكده فلان،
// ذلك ما أكده، هذا ما تقوله، على ما أفاد، كما + a verb that is a cue
// only with أن (ذكر), وفق + a plural noun of statements.
func TestS9LateAttribution(t *testing.T) {
	tests := []speakerCase{
		{"وهو ما أكده + a title and a name",
			"تتجه الكتلة إلى التصويت لصالح الحكومة، وهو ما أكده عضو المكتب السياسي للحزب سامي الجلاصي.",
			"تتجه الكتلة", "سامي الجلاصي"},
		{"ذلك ما أكده",
			"تسعى الحكومة إلى جعل الزراعة قطاعا منتجا، ذلك ما أكده وزير الزراعة سمير الطيب.",
			"تسعى الحكومة", "سمير الطيب"},
		{"هذا ما تقوله",
			"قد تكون الطاقة الشمسية هي الحل الأمثل لأزمة الكهرباء، هذا ما تقوله الخبيرة سارة العلي.",
			"قد تكون الطاقة", "سارة العلي"},
		{"وهو ما أشار إليه",
			"ارتفع عدد الزوار هذا العام بشكل كبير، وهو ما أشار إليه مدير المهرجان.",
			"ارتفع عدد", "مدير المهرجان"},
		{"على ما أفاد",
			"أطلقت الشرطة النار على سيارة اقتحمت الحاجز الأمني، على ما أفاد مصدر في الشرطة.",
			"أطلقت الشرطة", "مصدر في الشرطة"},
		{"كما ذكر, a weak cue without أن",
			"وكان اللاعبون يتدربون في ملعب مغلق طوال الأسبوع، كما ذكر التلفزيون الرسمي.",
			"يتدربون", "التلفزيون الرسمي"},
		{"وفق + a plural statement noun and its author",
			"يواجه آلاف السكان خطر العطش بسبب الجفاف وفق تحذيرات الخبراء.",
			"خطر العطش", "الخبراء"},
		{"وفق + a plural statement noun as written",
			"ارتفعت أسعار الذهب في الأسواق المحلية خلال الأسبوع الماضي، وفق تصريحات متطابقة.",
			"أسعار الذهب", "تصريحات متطابقة"},
	}
	runSpeakerCases(t, tests)
}

// TestS9NotQuotes: what the session-9 cues must not read as a quote
// (written for this test): على ما as the object of a verb, وهو ما دعا
// (prompted), a second object after the source (وهو ما اعتبرته …), a
// relative attribution opening its sentence.
func TestS9NotQuotes(t *testing.T) {
	for _, tc := range []struct{ text, notStart string }{
		{"ولم تعلق الوزارة على ما قاله النائب حتى الآن.", "ولم تعلق"},
		{"تراجعت المبيعات في الربع الأخير، وهو ما دعا الشركات إلى خفض الأسعار.", "تراجعت المبيعات"},
		{"وصلت رسالة من الرئيس إلى المؤتمر، وهو ما اعتبرته الوزيرة دعما كبيرا للحزب.", "وصلت رسالة"},
		{"زادت الأسعار كثيرا. وهو ما أكده التجار في السوق.", "زادت الأسعار"},
	} {
		d, qs := findFull(t, tc.text)
		k := strings.Index(tc.text, tc.notStart)
		for _, q := range qs {
			if q.Start == k {
				t.Errorf("%q: quote %q\n%s", tc.text, tc.text[q.Start:q.End], dump(d, qs))
			}
		}
	}
}
