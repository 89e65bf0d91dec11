package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

var pub = time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday

// mentionRow is "text|kind|value", with "|ref" after it for a vague
// reference.
func mentionRow(text string, m rasid.DateMention) string {
	r := m.In(text) + "|" + m.Kind + "|" + m.Value
	if m.Ref != "" {
		r += "|" + m.Ref
	}
	if m.Timex != "" {
		r += "|timex=" + m.Timex
	}
	return r
}

// One row per case of the issue; want is "text|kind|value[|ref]" for each
// mention, joined by "; ".
func TestFind(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"levantine month", "في 12 شباط 2022", "12 شباط 2022|date|2022-02-12"},
		{"egyptian month", "في 3 يونيه 2021", "3 يونيه 2021|date|2021-06-03"},
		{"maghrebi month", "في 15 جويلية 2021", "15 جويلية 2021|date|2021-07-15"},
		{"moroccan month", "في 21 غشت 2019", "21 غشت 2019|date|2019-08-21"},
		{"combined", "في 5 شباط (فبراير) المقبل", "5 شباط (فبراير) المقبل|date|2025-02-05"},
		{"combined slash", "في 15 مايو/أيار 2021", "15 مايو/أيار 2021|date|2021-05-15"},
		{"kanun", "منذ كانون الأول 2023", "كانون الأول 2023|date|2023-12"},
		{"hijri", "في 11 رجب 1443هـ", "11 رجب 1443هـ|date|2022-02-12"},
		{"hijri dhu", "في 10 ذي الحجة 1443", "10 ذي الحجة 1443|date|2022-07-09"},
		{"weekday past", "وقال الوزير الثلاثاء إن", "الثلاثاء|date|2024-03-12"},
		{"weekday future", "وسيزور الوزير الرياض السبت", "السبت|date|2024-03-16"},
		{"weekday today", "وقال الخميس", "الخميس|date|2024-03-14"},
		{"weekday next", "يوم الأحد المقبل", "يوم الأحد المقبل|date|2024-03-17"},
		{"ordinal day", "في الثاني عشر من شباط", "الثاني عشر من شباط|date|2024-02-12"},
		{"ordinal twenties", "في الحادي والعشرين من أيلول الماضي", "الحادي والعشرين من أيلول الماضي|date|2023-09-21"},
		{"indic digits", "في ١٢ مارس ٢٠٢٢", "١٢ مارس ٢٠٢٢|date|2022-03-12"},
		{"glued article", "الـ12 من شباط الجاري", "الـ12 من شباط الجاري|date|2024-02-12"},
		{"year marker", "عام 2015م", "عام 2015م|date|2015"},
		{"today", "وقال اليوم", "اليوم|date|2024-03-14"},
		{"yesterday", "وقال أمس", "أمس|date|2024-03-13"},
		{"day before", "وقال أول أمس", "أول أمس|date|2024-03-12"},
		{"tomorrow", "ويصل غداً", "غداً|date|2024-03-15"},
		{"after tomorrow", "ويصل بعد غد", "بعد غد|date|2024-03-16"},
		{"tonight", "ويصل الليلة", "الليلة|date|2024-03-14"},
		{"this morning", "وصل صباح اليوم", "صباح اليوم|date|2024-03-14"},
		{"last week", "الأسبوع الماضي", "الأسبوع الماضي|date|2024-W10"},
		{"next week", "الأسبوع المقبل", "الأسبوع المقبل|date|2024-W12"},
		{"this month", "الشهر الجاري", "الشهر الجاري|date|2024-03"},
		{"last month", "الشهر الماضي", "الشهر الماضي|date|2024-02"},
		{"next year", "العام المقبل", "العام المقبل|date|2025"},
		{"ago", "قبل ثلاثة أيام، منذ ثلاثة أيام", "قبل ثلاثة أيام|date|2024-03-11; ثلاثة أيام|duration|P3D"},
		{"coming days", "خلال الأيام المقبلة", "خلال الأيام المقبلة|date|UNKNOWN|FUTURE_REF"},
		{"same month", "في أيار 2020، وفي الشهر ذاته", "أيار 2020|date|2020-05; الشهر ذاته|date|2020-05"},
		{"day range", "من 10 إلى 20 شباط", "من 10 إلى 20 شباط|range|2024-02-10/2024-02-20"},
		{"year range", "بين عامي 2010 و2015", "بين عامي 2010 و2015|range|2010/2015"},
		{"duration", "استمر ثلاثة أيام", "ثلاثة أيام|duration|P3D"},
		{"duration dual", "استمر يومين", "يومين|duration|P2D"},
		{"duration hours", "خلال 24 ساعة", "24 ساعة|duration|PT24H"},
		{"clock words", "الساعة العاشرة صباحاً", "الساعة العاشرة صباحاً|time|T10:00"},
		{"clock gmt", "10:30 بتوقيت غرينتش", "10:30 بتوقيت غرينتش|time|T10:30"},
		{"clock evening", "الساعة الثامنة والنصف مساء", "الساعة الثامنة والنصف مساء|time|T20:30"},
		{"clock with day", "الساعة العاشرة من صباح أمس", "الساعة العاشرة من صباح أمس|time|2024-03-13T10:00"},
		{"set", "كل يوم جمعة", "كل يوم جمعة|set|XXXX-WXX-5"},
		{"set adverb", "يجتمع أسبوعياً", "أسبوعياً|set|P1W"},
		{"decade", "في الستينيات", "الستينيات|date|196X|timex=196"},
		{"century", "القرن التاسع عشر", "القرن التاسع عشر|date|18XX|timex=18"},
		{"age", "يبلغ من العمر 45 عاماً", "45 عاماً|duration|P45Y"},
		{"age brackets", "قال أحمد (33 عاماً) إن", "33 عاماً|duration|P33Y"},
		{"count", "أكثر من 2000 متطوع", ""},
		{"score", "فاز 3-1 في الدقيقة 90", ""},
		{"house number", "العمارة رقم 2015.", ""},
		{"ambiguous month verb", "مارس الضغط على الحكومة", ""},
		{"name", "وقال محمد رمضان", ""},
		{"ibb", "محافظة اب", ""},
		{"national day", "اليوم الوطني", ""},
		{"hour unit", "لمدة ساعة", "ساعة|duration|PT1H"},
		{"diacritics", "وصل غَدًا", "غَدًا|date|2024-03-15"},
		{"tatweel", "الــ20 من الشهر الجاري", "الــ20 من الشهر الجاري|date|2024-03-20"},
		{"unknown day", "اليوم التالي", "اليوم التالي|date|UNKNOWN"},
		{"year after noun", "رؤية 2030، ومونديال 2022 في قطر", "2030|date|2030; 2022|date|2022"},
		{"count before noun", "قتل 2000 شخص و1959 فرعا", ""},
		{"resolution", "شاشة 1920 × 1080", ""},
		{"by year", "بحلول 2030 ستتغير", "2030|date|2030"},
		{"general secretary", "الأمين العام المقبل", ""},
		{"next year anaphora", "في عام 2010 انتخب، وفي العام التالي استقال", "عام 2010|date|2010; العام التالي|date|2011"},
		{"bare part of day", "وصل الوزير مساءً إلى الرياض", "مساءً|date|2024-03-14"},
		{"good evening", "مساء الخير", ""},
		{"two days", "يومي 10 و11 آذار", "يومي 10 و11 آذار|range|2024-03-10/2024-03-11"},
		{"year dash range", "الفترة 2011-2015 شهدت", "2011-2015|range|2011/2015"},
		{"start of year", "منذ مطلع العام", "مطلع العام|date|2024-01"},
		{"weekend", "عطلة نهاية الأسبوع", "نهاية الأسبوع|date|2024-W11|timex=2024-W11-WE"},
		{"last hours", "خلال الساعات الـ24 الماضية", "الساعات الـ24 الماضية|duration|PT24H"},
		{"midnight", "بعد منتصف الليل", "منتصف الليل|time|T00:00"},
		{"written date wins", "انطلقت اليوم الجمعة 27 مارس 2015", "اليوم الجمعة 27 مارس 2015|date|2015-03-27"},
		{"day before yesterday gulf", "وصل أول من أمس", "أول من أمس|date|2024-03-12"},
		{"or month", "في فيفري أو مارس 2023", "فيفري|date|2023-02; مارس 2023|date|2023-03"},
		{"future month", "سيبدأ الموسم في سبتمبر", "سبتمبر|date|2024-09"},
		{"hijri nearest", "في العاشر من محرم", "العاشر من محرم|date|2024-07-16"},
		{"after event", "بعد ثماني سنوات من الاتفاق", "ثماني سنوات|duration|P8Y"},
		{"clock minutes", "الساعة السادسة وسبع دقائق من مساء أمس", "الساعة السادسة وسبع دقائق من مساء أمس|time|2024-03-13T18:07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Find(tt.in, pub) {
				got = append(got, mentionRow(tt.in, m))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}

func TestHijriFields(t *testing.T) {
	in := "غرة رمضان 1445هـ"
	ms := Find(in, pub)
	if len(ms) != 1 || ms[0].Value != "2024-03-11" || ms[0].Hijri != "1445-09-01" || ms[0].Calendar != "umalqura" {
		t.Fatalf("Find(%q) = %+v", in, ms)
	}
	in = "عام 1139هـ"
	ms = Find(in, pub)
	if len(ms) != 1 || ms[0].Calendar != "arithmetic" || ms[0].Hijri != "1139" {
		t.Fatalf("Find(%q) = %+v", in, ms)
	}
	in = "اندلعت الثورة في الفاتح من نوفمبر 1954"
	ms = Find(in, pub)
	if len(ms) != 1 || ms[0].Value != "1954-11-01" {
		t.Fatalf("Find(%q) = %+v", in, ms)
	}
}

func TestNoPublicationDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أمس", "UNKNOWN"},
		{"12 شباط", "XXXX-02-12"},
		{"12 شباط 2022", "2022-02-12"},
		{"الأسبوع الماضي", "UNKNOWN"},
		{"ثلاثة أيام", "P3D"},
	}
	for _, tt := range tests {
		ms := Find(tt.in, time.Time{})
		if len(ms) != 1 || ms[0].Value != tt.want {
			t.Errorf("Find(%q, zero) = %+v, want value %s", tt.in, ms, tt.want)
		}
	}
}

// checkInvariants: spans in bounds, ordered, not overlapping, on UTF-8
// boundaries, with a non-empty value and a known kind.
func checkInvariants(t *testing.T, text string) {
	last := 0
	for _, m := range Find(text, pub) {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("Find(%q): bad span %v after %d", text, m.Span, last)
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Fatalf("Find(%q): span %v not on rune boundaries", text, m.Span)
		}
		switch m.Kind {
		case "date", "time", "duration", "set", "range":
		default:
			t.Fatalf("Find(%q): kind %q", text, m.Kind)
		}
		if m.Value == "" {
			t.Fatalf("Find(%q): empty value", text)
		}
		last = m.End
	}
}

func TestOddInput(t *testing.T) {
	long := strings.Repeat("ا", 100000)
	for _, s := range []string{"", " ", "الـ", "12", "99999999999999999999 يوم", "من", "بين عامي", "الساعة",
		"1/2/3/4/5", "2022-13-45", "31 شباط 2022", "30 محرم 1446هـ", long, "كل", "غرة",
		strings.Repeat("12 شباط ", 1000), "abc 10:30 GMT", "ـــ", "ًٌٍ", "الساعة 99:99",
		"في", "الجهات الأمنية في", "منتصف", "الموسم", "معسكر الفريق للموسم"} { // rules reading the word after في, منتصف, الموسم at the end
		checkInvariants(t, s)
	}
	// long runs of words that start rules must stay linear
	for _, w := range []string{"يوم ", "الثلاثاء ", "شهر ", "12 ", "من ", "الساعة ", "كل ", "الـ", "مطلع ", "بعد ", "أول ", "ربيع ", "القرن ", "الثاني ", "صباح ", "1/", "2015 و", "عامي "} {
		checkInvariants(t, strings.Repeat(w, 20000))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("في 12 شباط (فبراير) 2022 الساعة العاشرة صباحاً")
	f.Add("من 10 إلى 20 شباط، بين عامي 2010 و2015")
	f.Add("الـ١٢ من رمضان 1445هـ منذ ثلاثة أيام")
	f.Add("عمان - 4 - 6 (بترا) من الساعة 11 مساء الجمعة وحتى الساعة 5 صباح السبت")
	f.Add("يوم اﻷحد ﻷربع سنوات ﻻ ﻹ 4 ساعات و25 دقيقة بين 3 و5 أيام موفى جوان")
	f.Add("ليل الأحد الاثنين، الأيام الثلاثة الأولى من أيار، الربع الأخير من 2023/2024")
	f.Add("بين الساعة الثامنة والعاشرة، العشر الأواخر من رمضان، حتى 22 منه، نصف ساعة")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("Document.Text is valid UTF-8")
		}
		checkInvariants(t, s)
	})
}

func TestMaghrebiFirstOfMonth(t *testing.T) {
	// فاتح (fatih, "the first"): the Maghrebi way of writing the first day
	// of a month.
	in := "تنطلق الدورة فاتح ماي 2025"
	ms := Find(in, pub)
	if len(ms) != 1 || ms[0].Value != "2025-05-01" || ms[0].In(in) != "فاتح ماي 2025" {
		t.Fatalf("Find(%q) = %+v", in, ms)
	}
	in = "اندلعت الثورة في الفاتح من نوفمبر 1954"
	ms = Find(in, pub)
	if len(ms) != 1 || ms[0].Value != "1954-11-01" {
		t.Fatalf("Find(%q) = %+v", in, ms)
	}
}
