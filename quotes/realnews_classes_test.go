package quotes_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

// findIn tokenizes text, simulates the entities and finds the quotes.
func findIn(t *testing.T, text string, ents []ent) (*rasid.Document, []rasid.Quote) {
	t.Helper()
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var g goldFile
	for _, e := range ents {
		g.Entities = append(g.Entities, struct {
			Text      string `json:"text"`
			Type      string `json:"type"`
			Canonical string `json:"canonical"`
		}{e.text, e.typ, e.canon})
	}
	simulateEntities(d, g)
	return d, quotes.Find(d)
}

// TestRealNewsClasses covers the failure classes of the real-copy
// evaluation (issue 11, docs/evaluation-realnews.md), with sentences
// written for this test: statements and their issuer, كان + subject +
// verb, titles with a complement after a name, cue forms with ل, cues in
// relative clauses, a detached و, verbal-noun content.
func TestRealNewsClasses(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		ents    []ent // nil: tokens only
		content string
		want    string
	}{
		{"statement named alone", "أعلنت وزارة الدفاع في بيان أن العملية نجحت.\nوتابع البيان أن القوات عادت إلى قواعدها.",
			[]ent{{"وزارة الدفاع", "ORG", "وزارة الدفاع"}}, "القوات عادت", "وزارة الدفاع"},
		{"statement issued by", "وأكد البيان الصادر عن مكتب رئيس الوزراء أن الغارات مستمرة.",
			nil, "الغارات مستمرة", "مكتب رئيس الوزراء"},
		{"kana, subject, verb", "وكانت الحكومة الأردنية أكدت تزامناً مع الزيارة أن الاتفاق صامد.",
			[]ent{{"الحكومة الأردنية", "ORG", "الحكومة الأردنية"}}, "الاتفاق صامد", "الحكومة الأردنية"},
		{"title with a complement after the name", "كشف الأمير خالد بن سعود الرئيس العام لرعاية الشباب أن الخطة جاهزة.\nوبين الرئيس العام لرعاية الشباب أنه تم التشاور مع الأندية.",
			[]ent{{"خالد بن سعود", "PER", "خالد بن سعود"}}, "تم التشاور", "خالد بن سعود"},
		{"detached waw", "وقال الوزير إن الوضع مستقر. و أضاف أن الحكومة ستتدخل.",
			nil, "الحكومة ستتدخل", "الوزير"},
		{"cue with lam of purpose", "عاد الوزير ليؤكد أن الحكومة لن تتراجع عن القرار.",
			nil, "الحكومة لن", "الوزير"},
		{"cue with lam after a verb", "وأشادت الوزيرة بالمشروع لتشير إلى أن العمل سيكتمل قريبا.",
			nil, "العمل سيكتمل", "الوزيرة"},
		{"cue in a relative clause", "التقى الوزير بالسفيرة التي توقعت أن تتحسن العلاقات قريبا.",
			nil, "تتحسن العلاقات", "السفيرة"},
		{"verbal noun after an assertive participle", "وأكد الوزير أن الأزمة انتهت، مؤكداً وجود خطة لإعادة الإعمار.",
			nil, "وجود خطة", "الوزير"},
		{"name after the title's complement", "وأوضح المشرف العام على فرق الإنقاذ في المحافظة فهد العتيبي أن الفرق وصلت.",
			nil, "الفرق وصلت", "فهد العتيبي"},
		{"name set off by commas", "وقال المتحدث الرسمي باسم وزارة الصحة، العميد سالم الدوسري، إن الحالات تراجعت.",
			nil, "الحالات تراجعت", "سالم الدوسري"},
		{"title with a complement and no name", "وأوضح المشرف العام على فرق الإنقاذ أن الفرق وصلت.",
			nil, "الفرق وصلت", "المشرف العام"},
		{"the same sources", "وقالت مصادر مطلعة إن القوات تقدمت.\nوأضافت المصادر نفسها أن الإمدادات وصلت.",
			nil, "الإمدادات وصلت", "مصادر مطلعة"},
		{"newspaper as a class noun", "وذكرت جريدة الفجر أن الحفل تأجل.",
			nil, "الحفل تأجل", "الفجر"},
		{"agency with its nationality", "وقالت وكالة الأناضول التركية إن الاشتباكات توقفت.",
			nil, "الاشتباكات توقفت", "وكالة الأناضول"},
		{"participle after a new clause", "وقال الوزير إن الأزمة انتهت مشيرا إلى أن الحكومة أعدت خطة.",
			nil, "الحكومة أعدت", "الوزير"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, qs := findIn(t, tc.text, tc.ents)
			checkSpeaker(t, d, qs, tc.text, tc.content, tc.want)
		})
	}
}

// TestQuoteBoundaries: a quote ends where a new participle cue starts, and
// an impersonal verb of likelihood (ويرجح أن) is no cue.
func TestQuoteBoundaries(t *testing.T) {
	text := "وقال الوزير إن الأزمة انتهت مشيرا إلى أن الحكومة أعدت خطة."
	d, qs := findIn(t, text, nil)
	for _, q := range qs {
		if s := q.In(d.Text); strings.Contains(s, "الأزمة") && strings.Contains(s, "مشيرا") {
			t.Errorf("quote %q runs over the participle cue", s)
		}
	}
	text = "وأوضح المصدر أن الطائرة سقطت ويرجح أنها أصيبت بصاروخ."
	d, qs = findIn(t, text, nil)
	for _, q := range qs {
		if strings.HasPrefix(q.In(d.Text), "أصيبت") {
			t.Errorf("ويرجح أنها read as a cue: %s", dump(d, qs))
		}
	}
}
