package quotes_test

import "testing"

// TestS17DescribedFamilyName: a profession or a place the entity layer
// glued before a family name (الفلكي فلان، المايسترو فلان) names the one
// person of the document whose full name ends with it; a definite given
// name (Maghrebi copy) or a word that starts another person stays (session
// 17, sentences written for this test).
func TestS17DescribedFamilyName(t *testing.T) {
	tests := []speakerCase{
		{"a profession before the family name",
			"قدم الباحث الدكتور سامي بن فهد القحطاني محاضرة عن النجوم أمس.\n\nوقال الفلكي القحطاني إن الشتاء سيبدأ مبكرا.",
			"الشتاء سيبدأ", "سامي بن فهد القحطاني"},
		{"a musician named by his craft",
			"أحيا الموسيقار اللبناني كريم حداد حفلا في المدينة.\n\nوقال المايسترو حداد إن الجمهور كان رائعا.",
			"الجمهور كان", "كريم حداد"},
		{"a foreign given name written with أل is no description",
			"وصل الخبير ألكسندر موريس إلى المدينة أمس.\n\nوقال ألكسندر موريس إن المشروع سينجح.",
			"المشروع سينجح", "ألكسندر موريس"},
	}
	runSpeakerCases(t, tests)
}

// TestS17TextOfDocument: «نصّ» before a legal text's noun is no part of
// the speaker: the text speaks (session 17, sentences written for this
// test).
func TestS17TextOfDocument(t *testing.T) {
	tests := []speakerCase{
		{"وفقاً لنص المرسوم",
			"أصدر الرئيس مرسوما جديدا أمس. ووفقا لنص المرسوم فإنه يتم إلغاء الرسوم على الواردات الزراعية.",
			"يتم إلغاء", "المرسوم"},
	}
	runSpeakerCases(t, tests)
}

// TestS17NamedOutlet: an outlet named in quotation marks after its class
// noun (صحيفة «…») and referred back to by the definite noun (الصحيفة،
// also with an adjective of origin) is the speaker by its name (session
// 17, sentences written for this test).
func TestS17NamedOutlet(t *testing.T) {
	tests := []speakerCase{
		{"الصحيفة after صحيفة «…»",
			"نشرت صحيفة «المساء الجديد» تقريرا عن الميناء أمس. وقالت الصحيفة إن العمل سيستمر حتى الصيف.",
			"العمل سيستمر", "المساء الجديد"},
		{"the definite noun with its adjective of origin",
			"كشفت صحيفة \"ذا مورنينغ\" البريطانية تفاصيل الصفقة. وأضافت الصحيفة البريطانية أن اللاعب وقع عقدا لثلاث سنوات.",
			"اللاعب وقع", "ذا مورنينغ"},
		{"a company named in quotation marks, then الشركة",
			"أعلنت شركة «نور للطاقة» أرباحها أمس. وقالت الشركة إن المبيعات ارتفعت في الربع الثاني.",
			"المبيعات ارتفعت", "نور للطاقة"},
		{"a site with a definite adjective",
			"نشر موقع «كرة اليوم» قائمة بأغلى اللاعبين. وأوضح الموقع المتخصص أن المهاجم يتصدر القائمة.",
			"المهاجم يتصدر", "كرة اليوم"},
		{"a site named in quotation marks",
			"ذكر موقع «سبورت نيوز» أن النادي يفاوض المدافع. وأوضح الموقع أن المفاوضات متقدمة.",
			"المفاوضات متقدمة", "سبورت نيوز"},
	}
	runSpeakerCases(t, tests)
}

// TestS17OtherReport: «تقرير آخر صادر عن …» names its issuer, and the
// report referred back to later is the nearer one (session 17, review;
// sentences written for this test).
func TestS17OtherReport(t *testing.T) {
	tests := []speakerCase{
		{"a statement with an adjective before صادر عن",
			"وأكد بيان صحفي صادر عن الهيئة العامة للموانئ أن الحركة ارتفعت بنسبة كبيرة.",
			"الحركة ارتفعت", "الهيئة العامة للموانئ"},
	}
	runSpeakerCases(t, tests)
}
