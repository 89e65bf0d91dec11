package quotes_test

import "testing"

// TestS9TitleHolders: a title whose holder the document names right
// after a complement of the title, or elsewhere (session 9, sentences
// written for this test).
func TestS9TitleHolders(t *testing.T) {
	tests := []speakerCase{
		{"a name after the title's body in في",
			"وأوضح مدير التسويق في معرض دبي للكتاب سامي الحربي، أن الإقبال كان كبيرا.",
			"الإقبال كان", "سامي الحربي"},
		{"a name after a festival's name",
			"وأوضح مدير الإعلام في مهرجان قرطاج محمد الزين، أن الإقبال كان كبيرا.",
			"الإقبال كان", "محمد الزين"},
		{"a sergeant named after his force",
			"وأوضح الرقيب في الشرطة جون ميلر أن المشتبه به فر من المكان.",
			"المشتبه به", "جون ميلر"},
		{"an officer's description closed by his name",
			"وكشف مسؤول التدريب عن اللياقة في الفريق الوطني خالد المطيري أن عدد اللاعبين سيزيد.",
			"عدد اللاعبين", "خالد المطيري"},
		{"a director general with a place complement, named before",
			"ناقش مدير عام الصحة بالمنطقة فهد بن سعد العمري, خطة الموسم. وأكد المدير العام للصحة بالمنطقة, أن العناية بالمرضى مهمة.",
			"العناية بالمرضى", "فهد بن سعد العمري"},
		{"two offices before one name, the first used alone later",
			"وأكد وزير النقل والطرق رئيس مجلس إدارة المؤسسة العامة للموانئ المهندس سعد الراجحي أن الميناء جاهز. وأشار وزير النقل والطرق إلى أن المشروع سيكتمل قريبا.",
			"المشروع سيكتمل", "سعد الراجحي"},
		{"a title set off by a comma before a tagged name, used alone later",
			"وعقد المدير العام للمركز الوطني للمسرح، كمال الورتاني ومسؤولون من الوزارة لقاء أمس. وقال مدير المركز الوطني للمسرح إن الموسم سيبدأ مبكرا.",
			"الموسم سيبدأ", "كمال الورتاني"},
		{"an official's office set off by commas",
			"حذر مسؤول الشؤون الاقتصادية في الأمم المتحدة، جون ريتشاردز، أمس، من أن الأزمة تتفاقم.",
			"الأزمة تتفاقم", "جون ريتشاردز"},
		{"a name after a comma, then the one spoken to",
			"وقد تم إيقاف المشتبه بهما، وفق ما أكده رئيس المركز، كمال الحداد لمراسل الإذاعة.",
			"إيقاف المشتبه", "كمال الحداد"},
		{"a party's leading member named between commas, then alone",
			"اعتبر القيادي في حزب النهضة الجديدة، كمال العياشي، تعديل القانون خطأ كبيرا. وأكد القيادي في حزب النهضة الجديدة على ضرورة احترام القانون، مستغربا صمت الأحزاب.",
			"ضرورة احترام", "كمال العياشي"},
		{"a name after a body in quote marks",
			"وأوضح الرقيب في شرطة «أوستن» جون ميلر أن المشتبه به فر من المكان.",
			"المشتبه به", "جون ميلر"},
		{"a name after a paper's name in marks",
			"ويقول المدير العام لصحيفة \" الفجر\"، الأستاذ ناصر العتيبي: الصحيفة رائدة في التقنية.",
			"الصحيفة رائدة", "ناصر العتيبي"},
		{"a bare title named later in the text",
			"وقال مدير المركز الوطني للفنون إن الموسم سيبدأ مبكرا. وكان مدير المركز الوطني للفنون كمال الزين قد افتتح المعرض أمس.",
			"الموسم سيبدأ", "كمال الزين"},
	}
	runSpeakerCases(t, tests)
}

// TestS9PersonForms: a person named in short or with a word glued to the
// name is the fullest form the document gives (session 9, sentences
// written for this test).
func TestS9PersonForms(t *testing.T) {
	tests := []speakerCase{
		{"a family name without its article",
			"افتتح الوزير كريم الحداد المعرض أمس. وقال حداد، إن الحكومة تدرس مشاريع جديدة.",
			"الحكومة تدرس", "كريم الحداد"},
		{"a man called by his father's name",
			"وأوضح مدير السياحة بالمنطقة خالد بن سحمان أن المهرجان سيبدأ غدا. وأشار ابن سحمان إلى أنه سيجري السحب يوميا.",
			"سيجري السحب", "خالد بن سحمان"},
		{"a given name starting with ل",
			"وأكد الرئيس السابق للاتحاد الدولي للسباحة السنغالي لامين ساكو أن ما نشر غير صحيح. وأضاف ساكو أن الحملة مدبرة.",
			"الحملة مدبرة", "لامين ساكو"},
		{"a given name starting with ف",
			"بطل العالم فراس الطرابلسي مهدد بالغياب. وقال الطرابلسي إن النزال سيكون صعبا.",
			"النزال سيكون", "فراس الطرابلسي"},
		{"ل before a name written alone elsewhere is the preposition",
			"وقال لأحمد الزين إن الأمر انتهى. وأضاف أحمد الزين أن الفريق جاهز.",
			"الفريق جاهز", "أحمد الزين"},
		{"the object of لفت after the name",
			"كما لفت عميد الكلية الدكتور سامي قرشاني النظر إلى أن الجامعة شاركت في المهرجان.",
			"الجامعة شاركت", "سامي قرشاني"},
		{"an official's description after the name",
			"وقال علي حسن زاده المسؤول في هيئة التأمين الإيرانية إن الموارد نفدت.",
			"الموارد نفدت", "علي حسن زاده"},
	}
	runSpeakerCases(t, tests)
}

// TestS9Sources: an unnamed source stays as written when no person closes
// its description (session 9, sentences written for this test).
func TestS9Sources(t *testing.T) {
	tests := []speakerCase{
		{"an official in a ministry",
			"وقال مسؤول في الوزارة إن الخطة جاهزة.",
			"الخطة جاهزة", "مسؤول في الوزارة"},
	}
	runSpeakerCases(t, tests)
}
