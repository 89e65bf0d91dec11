package quotes_test

import "testing"

// TestS14Names: who the speaker is on fresh copy (session 14, sentences
// written for this test).
func TestS14Names(t *testing.T) {
	tests := []speakerCase{
		{"an office with a complement of place, the name ending at a colon",
			"وقال مدير المبيعات والتسويق في معرض الكتاب سامر الحربي: \"الإقبال كبير هذا العام\".",
			"الإقبال كبير", "سامر الحربي"},
		{"an office joined by و with a one-word complement after على, the name before خلال",
			"أكدت وزيرة الشباب والمحافظة على البيئة هدى الخميري خلال زيارتها أمس أن المشاريع ستنطلق قريبا.",
			"المشاريع ستنطلق", "هدى الخميري"},
		{"a report published by a body, then the report alone",
			"نشرت المنظمة العربية للشفافية تقريرا عن الفساد في البلديات.\n\nوأشار التقرير إلى أن نصف العقود أبرمت دون مناقصة.",
			"نصف العقود", "المنظمة العربية للشفافية"},
		{"the report issued by a body, then data in the report",
			"وفق التقرير الصادر أمس عن المرصد الوطني للمياه فإن المخزون تراجع.\n\nوأظهرت المعطيات الواردة بالتقرير أن السدود ممتلئة بنسبة 40 بالمائة.",
			"السدود ممتلئة", "المرصد الوطني للمياه"},
		{"data issued from a body (صدرت من)",
			"ووفقا لبيانات صدرت من البنك المركزي أمس، فإن التضخم تراجع إلى ثلاثة بالمائة.",
			"التضخم تراجع", "البنك المركزي"},
	}
	runSpeakerCases(t, tests)
}

// TestS14Issuer: a report or a study speaks for the body that issued it,
// also when the body is the subject of the verb that published it or the
// data are "contained in" the report (session 14, sentences written for
// this test).
func TestS14Issuer(t *testing.T) {
	tests := []speakerCase{
		{"the subject of أصدرت, a time phrase between it and the report",
			"أصدرت جمعية حماية المستهلك الأسبوع الماضي تقريرا عن الأسعار.\n\nوذكر التقرير أن أسعار الخضار ارتفعت.",
			"أسعار الخضار", "جمعية حماية المستهلك"},
		{"data contained in a study named before with its author",
			"كشفت الدراسة الصادرة عن مركز البحوث الزراعية تراجع الإنتاج.\n\nوبينت الأرقام الواردة في الدراسة أن المحصول انخفض بالربع.",
			"المحصول انخفض", "مركز البحوث الزراعية"},
		{"the subject of نشرت, the report in the accusative with tanwin, then ووفق التقرير",
			"نشرت الشبكة العربية لحقوق الطفل تقريرًا بعنوان «أطفال بلا مدارس»، وثقت فيه الانتهاكات.\n\nووفق التقرير فإن الحصيلة لا تشمل المدن الكبرى.",
			"الحصيلة لا", "الشبكة العربية لحقوق الطفل"},
		{"data issued (صدرت) from a body, after وفقاً ل",
			"ووفقا لبيانات صدرت من البنك المركزي أمس، فإن الودائع ارتفعت بنسبة خمسة بالمائة.",
			"الودائع ارتفعت", "البنك المركزي"},
		{"a statement (البيان) contained nowhere stays as written",
			"وأشار البيان إلى أن الاجتماع المقبل سيعقد في الرباط.",
			"الاجتماع المقبل", "البيان"},
	}
	runSpeakerCases(t, tests)
}

// TestS14TitleChains: a holder's offices in a row — set off by commas
// before the name, after the name, or with an honorific and courtesy
// titles before it — each name the holder when used alone later (issue 11,
// item 5; session 14, sentences written for this test).
func TestS14TitleChains(t *testing.T) {
	tests := []speakerCase{
		{"offices set off by commas before the name, the first office alone later",
			"كما بعث ولي العهد، نائب رئيس مجلس الوزراء، وزير الدفاع الأمير فيصل بن سعد بن عبدالله أمس برقية تهنئة للرئيس.\n\nوعبر ولي العهد عن أطيب التمنيات للشعب الصديق.", "أطيب التمنيات", "فيصل بن سعد بن عبدالله"},
		{"offices set off by commas before the name, the last office alone later",
			"كما بعث ولي العهد، نائب رئيس مجلس الوزراء، وزير الدفاع الأمير فيصل بن سعد بن عبدالله أمس برقية تهنئة للرئيس.\n\nوقال وزير الدفاع إن الجيش جاهز.", "الجيش جاهز", "فيصل بن سعد بن عبدالله"},
		{"a name with three offices after it, two of them later as the slot",
			"افتتح الأمير سلطان الماجد مستشار رئيس الوزراء أمير منطقة الجوف رئيس اللجنة العليا لمهرجان الزيتون المعرض أمس.\n\nوقال أمير منطقة الجوف رئيس اللجنة العليا لمهرجان الزيتون: \"إن المهرجان يكبر كل عام\".", "المهرجان يكبر", "سلطان الماجد"},
		{"a name with three offices after it, the third alone later",
			"افتتح الأمير سلطان الماجد مستشار رئيس الوزراء أمير منطقة الجوف رئيس اللجنة العليا لمهرجان الزيتون المعرض أمس.\n\nوقال رئيس اللجنة العليا لمهرجان الزيتون إن المهرجان يكبر كل عام.", "المهرجان يكبر", "سلطان الماجد"},
		{"an honorific and courtesy titles between the office and its holder",
			"دعا مفتي المنطقة الشرقية فضيلة الشيخ الدكتور صالح بن علي العمري المصلين إلى الصبر.\n\nوأوضح مفتي المنطقة الشرقية أن الصبر مفتاح الفرج.", "الصبر مفتاح", "صالح بن علي العمري"},
		{"an office with a complement of place after ب, then د. and the name",
			"وأوضح عميد كلية الهندسة بالجامعة د. سامي الحربي أن الكلية تستقبل الطلاب الجدد.", "الكلية تستقبل", "سامي الحربي"},
		{"an office with a complement after على, then the office alone with في",
			"وبيّن المشرف العام على برامج الزراعة بأمانة المحافظة المهندس ماجد الشهري، أن المحاصيل وفيرة.\n\nوذكر المشرف العام على برامج الزراعة في أمانة المحافظة أن المزارع توسعت.", "المزارع توسعت", "ماجد الشهري"},
	}
	runSpeakerCases(t, tests)
}

// TestS14NoChain: offices joined by و are a list of several people, not
// one holder's chain (sentences written for this test).
func TestS14NoChain(t *testing.T) {
	tests := []speakerCase{
		{"a list with و after the comma",
			"حضر الاجتماع رئيس الوزراء، ووزير الدفاع سامي الحربي.\n\nوقال رئيس الوزراء إن الاجتماع كان مثمرا.",
			"الاجتماع كان", "رئيس الوزراء"},
	}
	runSpeakerCases(t, tests)
}
