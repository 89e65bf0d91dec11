package dates

import (
	"strings"
	"testing"
	"time"
)

// TestSession4Classes covers date classes found on unannotated SaudiNewsNet
// and ANT copy and on the second development set in session 4 (issue 11,
// item 7), with sentences written for these tests. want is
// "text|kind|value[|ref]" per mention, joined by "; ".
func TestSession4Classes(t *testing.T) {
	tue := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC) // a Tuesday
	fri := time.Date(2015, 7, 24, 0, 0, 0, 0, time.UTC) // a Friday
	jan := time.Date(2017, 1, 5, 0, 0, 0, 0, time.UTC)
	mar := time.Date(2017, 3, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		pub  time.Time
		in   string
		want string
	}{
		{"the article's own day holds for every bare اليوم", tue,
			"يلتقي الفريقان اليوم الاثنين. وقال المدرب إن مباراة اليوم صعبة.",
			"اليوم الاثنين|date|2015-07-20; اليوم|date|2015-07-20"},
		{"a month takes the year written before it in its sentence", jan,
			"بلغ التضخم ذروته في سبتمبر وديسمبر 2016 بينما سجل أدناه في جويلية",
			"سبتمبر|date|2016-09; ديسمبر 2016|date|2016-12; جويلية|date|2016-07"},
		{"a later month told in the past is last year's", fri,
			"وأثار القرار أعمال عنف بالتزامن مع معركة المدينة في تشرين الأول",
			"تشرين الأول|date|2014-10"},
		{"a later month in what was announced keeps the nearest year", fri,
			"أعلنت الحكومة رفع الدعم اعتبارا من مطلع أغسطس",
			"مطلع أغسطس|date|2015-08"},
		{"the first two months of a year", mar,
			"تراجعت الصادرات خلال الشهرين الأولين من سنة 2017",
			"الشهرين الأولين من سنة 2017|date|2017-01/2017-02"},
		{"a year and a half", mar,
			"استمرت الأشغال عاما ونصف، ثم ساعتين ونصف",
			"عاما ونصف|duration|P1Y6M; ساعتين ونصف|duration|PT2H30M"},
		{"at that time", mar,
			"وكان الوزير آنذاك قد أعلن القرار في حينه",
			"آنذاك|date|UNKNOWN|PAST_REF; في حينه|date|UNKNOWN|PAST_REF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Find(tt.in, tt.pub) {
				got = append(got, mentionRow(tt.in, m))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}
