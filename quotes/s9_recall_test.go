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
			"ارتفع عدد الزوار هذا العام بشكل كبير، وهو ما أشار إليه رئيس المهرجان.",
			"ارتفع عدد", "رئيس المهرجان"},
		{"على ما أفاد",
			"أغلقت البلدية السوق القديم بعد انهيار جزء من سقفه، على ما أفاد مصدر في البلدية.",
			"أغلقت البلدية", "مصدر في البلدية"},
		{"كما ذكر, a weak cue without أن",
			"تأخر وصول القطار الأول ثلاث ساعات بسبب الثلوج، كما ذكرت الإذاعة المحلية.",
			"تأخر وصول", "الإذاعة المحلية"},
		{"وفق + a plural statement noun and its author",
			"يواجه آلاف السكان خطر العطش بسبب الجفاف وفق تحذيرات الخبراء.",
			"خطر العطش", "الخبراء"},
		{"وفق + a plural statement noun as written",
			"ارتفعت أسعار الذهب في الأسواق المحلية خلال الأسبوع الماضي، وفق تصريحات متطابقة.",
			"أسعار الذهب", "تصريحات متطابقة"},
	}
	runSpeakerCases(t, tests)
}

// TestS9VerbalNouns: verbal-noun content the session-9 rules read
// (sentences written for this test): كما + a verb with its object (also,
// not "as … said"), a circumstance between the speaker and على, a title
// closed by a comma, a headline whose subject opens it, اعترف/أقر بـ, ألمح
// إلى, أعلن + a noun with the announcer's pronoun. An empty speaker checks
// only that the content is found (the name is the speaker rules' work).
func TestS9VerbalNouns(t *testing.T) {
	tests := []speakerCase{
		{"كما + a verb + على",
			"قالت الوزارة إن العمل مستمر. كما أكدت على أهمية التعاون بين القطاعين العام والخاص.",
			"أهمية التعاون", "الوزارة"},
		{"a circumstance before على",
			"وكان محافظ المدينة قد أكد في كلمته أمام الأهالي على أهمية تنظيف الحدائق العامة.",
			"أهمية تنظيف", "محافظ المدينة"},
		{"a title closed by a comma",
			"وأكد المدير العام للصحة بالمحافظة، أهمية النظافة في غرف المرضى.",
			"أهمية النظافة", ""},
		{"a headline with its subject first",
			"الوزير يعترف بنقص أعداد الموظفين\n\nاعترف وزير الخدمة المدنية أمس بأن الوزارة تحتاج إلى موظفين.",
			"نقص أعداد", ""},
		{"أقر بـ after a circumstance",
			"وأقر الرئيس خلال لقائه بأنصاره بتراجع قدرات الجيش في المعارك.",
			"تراجع قدرات", "الرئيس"},
		{"ألمح إلى",
			"وألمح المدرب إلى بقاء اللاعب مع الفريق.",
			"بقاء اللاعب", "المدرب"},
		{"عبّرت after لكنها, a circumstance before عن",
			"ورحبت الجمعية بالقرار الجديد، لكنها عبرت في الوقت نفسه عن قلقها من كلفة تطبيقه.",
			"قلقها من", ""},
		{"عبّر after فيما",
			"وسلم المدير الجوائز على الفائزين، فيما عبر والد الطالب عن سعادته وامتنانه للمدرسة.",
			"سعادته وامتنانه", "والد الطالب"},
		{"عبّر after a circumstance opening the sentence",
			"وفي الختام عبر رئيس النادي الأستاذ فهد المالكي عن امتنانه لكل المتطوعين في المعرض.",
			"امتنانه لكل", ""},
		{"a » typed for «",
			"شارك الوزير في مؤتمر»الأمن والتنمية في المنطقة» في بيروت أمس. وقال الوزير: «لا نريد حربا جديدة في المنطقة مهما كانت الأسباب».",
			"لا نريد حربا", "الوزير"},
		{"أعلن + a stance",
			"وأعلن النادي الأهلي رسميا رفضه إقامة المباراة في الملعب الجديد.",
			"رفضه إقامة", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, qs := findFull(t, tc.text)
			if tc.want != "" {
				checkSpeaker(t, d, qs, tc.text, tc.content, tc.want)
				return
			}
			k := strings.Index(tc.text, tc.content)
			for _, q := range qs {
				if q.Start <= k && k < q.End {
					return
				}
			}
			t.Errorf("no quote holds %q; quotes:\n%s", tc.content, dump(d, qs))
		})
	}
}

// TestS9NotQuotes: what the session-9 cues must not read as a quote
// (written for this test): على ما as the object of a verb, وهو ما دعا
// (prompted), a second object after the source (وهو ما اعتبرته …), a
// relative attribution opening its sentence.
func TestS9NotQuotes(t *testing.T) {
	runNotQuoteCases(t, []notQuoteCase{
		{"ولم تعلق الوزارة على ما قاله النائب حتى الآن.", "ولم تعلق"},
		{"تراجعت المبيعات في الربع الأخير، وهو ما دعا الشركات إلى خفض الأسعار.", "تراجعت المبيعات"},
		{"وصلت رسالة من الرئيس إلى المؤتمر، وهو ما اعتبرته الوزيرة دعما كبيرا للحزب.", "وصلت رسالة"},
		{"زادت الأسعار كثيرا. وهو ما أكده التجار في السوق.", "زادت الأسعار"},
		{"وأكد المدير لدى إشرافه اليوم بالعاصمة، على اختتام الدورة التدريبية.", "اختتام الدورة"},
		// an act announced (أعلنت الوزارة إغلاق الطريق) is a quote since
		// session 12, as the guidelines of the real-copy sets have it
		// (TestS12Announcements); a count announced still is not
		{"وأعلنت وزارة الداخلية عدد المخالفات المسجلة أمس.", "عدد المخالفات"},
		{"وأعلن الاتحاد عن إرجاء الاعتصام المقرر تنظيمه يوم الأحد.", "تنظيمه"},
		{"يتطلب الأمر يقظة وحذرا في التعامل مع هذه التصريحات من جانب الشعوب.", "جانب الشعوب"},
		{"وعبرت الشاحنات الحدود عن طريق المعبر الشمالي.", "طريق المعبر"},
	})
}
