package quotes_test

import "testing"

// TestS7Subjects: session-7 classes of the speaker slot, with sentences
// written for this test — a word of three letters that only looks like a
// conjunction and a cue (فرد), بين "between" before a coordination, إمام
// (imam) against أمام (before), فيما opening the clause, a state before
// the object of its verb, أبان.
func TestS7Subjects(t *testing.T) {
	tests := []speakerCase{
		{"فرد is not ف + رد",
			"أعرب فرد من بين عشرة أفراد في فرنسا في مسح جديد عن قلقه من ارتفاع الأسعار.",
			"قلقه من", "فرد"},
		{"بين between a pair is no cue",
			"وقال النائب عن حزب العمل بالبرلمان سامي القاسمي، تعليقا على الخلاف بين الجزائر والمغرب، إن الحوار هو الحل.",
			"الحوار هو", "سامي القاسمي"},
		{"إمام is a title, فيما no subject",
			"فيما قال إمام وخطيب الجامع الكبير في المدينة الشيخ ماجد السالمي التابع للشيخ فهد الراشد، إن الاحتجاج ليس حلا.",
			"الاحتجاج ليس", "ماجد السالمي"},
		{"a state, then the object of its verb",
			"دعت موريتانيا مجلس الأمن الدولي، الجمعة، إلى حماية المدنيين وقالت إن الوضع خطير.",
			"الوضع خطير", "موريتانيا"},
		{"أبان",
			"وقال المهندس ماجد السالمي إن العمل مستمر.\nوأبان السالمي أن المشروع سينتهي قريبا.",
			"المشروع سينتهي", "ماجد السالمي"},
		{"إبان is during",
			"وقال الرجل إن الحرب بدأت إبان الغزو.",
			"الحرب بدأت", "الرجل"},
	}
	runSpeakerCases(t, tests)
}

// TestS7Appositions: the person a title with its complements, or a
// relation, leads up to (session 7, sentences written for this test).
func TestS7Appositions(t *testing.T) {
	tests := []speakerCase{
		{"a rank and a name set off by commas",
			"وأوضح المتحدث الإعلامي بالشرطة بمنطقة حائل، المقدم فهد سالم العنزي، أنه تم القبض على المتهم.",
			"تم القبض", "فهد سالم العنزي"},
		{"a relation and a name set off by commas",
			"وأشار شقيق الضحية، مبارك آل سعيد، الذي يعمل معلما إلى أن الحادث وقع ليلا.",
			"الحادث وقع", "مبارك آل سعيد"},
		{"a title, its complement, a rank, a name and a colon",
			"من جهته قال القائد الميداني في جبهة الساحل الغربي العقيد سالم الحارثي: إن القوات تتقدم.",
			"القوات تتقدم", "سالم الحارثي"},
		{"a circumstance is no complement",
			"وقال الوزير خلال لقائه الرئيس فهد الراشد إن العلاقات ممتازة.",
			"العلاقات ممتازة", "الوزير"},
	}
	runSpeakerCases(t, tests)
}

// TestS7Issuers: data and statements speak for who issued them (session
// 7, sentences written for this test).
func TestS7Issuers(t *testing.T) {
	tests := []speakerCase{
		{"a report issued by an organisation, in a relative clause",
			"وأوضح التقرير السنوي الذي صدر أمس عن البنك المركزي أن التضخم تراجع.",
			"التضخم تراجع", "البنك المركزي"},
		{"a study its author prepared",
			"وذكرت الدراسة التي أعدتها جامعة الملك سعود أن الطلاب يفضلون التعليم عن بعد.",
			"الطلاب يفضلون", "جامعة الملك سعود"},
		{"a report an agency relays is not the agency's",
			"وقالت الهيئة العامة للإحصاء إن البطالة تراجعت. وارتفعت الصادرات، بحسب التقرير الذي نقلته وكالة الأنباء الكويتية.",
			"وارتفعت الصادرات", "الهيئة العامة للإحصاء"},
		{"the statement stays the organisation's after a person it quoted",
			"قالت السفارة الفرنسية في تونس إن باريس سلمت معدات طبية، وأوضح البيان أن الشحنة وصلت أمس. وصرح السفير جان دوبون بأن «التعاون مستمر»، وأكد البيان أن المساعدات ستتواصل.",
			"المساعدات ستتواصل", "السفارة الفرنسية"},
	}
	runSpeakerCases(t, tests)
}
