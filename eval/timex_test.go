package eval

import (
	"strings"
	"testing"
	"time"
)

func TestReadTimeML(t *testing.T) {
	src := `<?xml version="1.0"?>
<TimeML>
قال <TIMEX3 tid="t1" type="DATE" value="2015-12-23">أمس</TIMEX3> إن &quot;العمل&quot; سيستمر <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3>.
</TimeML>`
	d, err := ReadTimeML("x.tml", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Gold) != 2 || d.Gold[0].In(d.Text) != "أمس" || d.Gold[1].In(d.Text) != "ثلاثة أيام" || d.Gold[1].Value != "P3D" {
		t.Fatalf("ReadTimeML: %+v", d.Gold)
	}
	if !strings.Contains(d.Text, `"العمل"`) || strings.Contains(d.Text, "<") {
		t.Fatalf("text %q", d.Text)
	}
	if d.DCT.Format("2006-01-02") != "2015-12-24" || d.DCTFrom != "inferred" {
		t.Fatalf("DCT %v %s, want 2015-12-24 inferred from أمس", d.DCT, d.DCTFrom)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, src := range []string{
		"<TimeML>\nنص <TIMEX3 type=\"DATE\">أمس</TIMEX3\n</TimeML>",
		"<TimeML>\n\nنص <TIMEX3 type=\"DATE\" value=\"2015\">أمس</DATE></TimeML>",
	} {
		_, err := ReadTimeML("bad.tml", strings.NewReader(src))
		if err == nil || !strings.Contains(err.Error(), "bad.tml: line ") {
			t.Errorf("ReadTimeML(%q) error = %v, want one naming the file and line", src, err)
		}
	}
}

func TestNotationEq(t *testing.T) {
	for _, c := range []struct {
		gold, sys string
		want      bool
	}{
		{"2015-12-23", "2015-12-23", true}, {"2015-12-23TNI", "2015-12-23", true}, {"2015-Q1", "2015-01/2015-03", true},
		{"2015-H2", "2015-07/2015-12", true}, {"P2DE", "P20Y", true}, {"P1CE", "P100Y", true}, {"2015-Q1", "2015-01", false},
	} {
		if got := NotationEq(c.gold, c.sys); got != c.want {
			t.Errorf("NotationEq(%q, %q) = %v, want %v", c.gold, c.sys, got, c.want)
		}
	}
	if !NaturalLess("doc2.tml", "doc10.tml") || NaturalLess("doc10.tml", "doc2.tml") {
		t.Error("NaturalLess does not order doc2 before doc10")
	}
}

func TestCorpusDCT(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }
	docs := []*TimexDoc{{DCT: day(5)}, {}, {DCT: day(2)}, {DCT: day(5)}, {DCT: day(2)}, {DCT: day(9)}}
	if got := CorpusDCT(docs); !got.Equal(day(2)) {
		t.Errorf("CorpusDCT = %v, want %v (the earliest of the most common)", got, day(2))
	}
	if got := CorpusDCT([]*TimexDoc{{}}); !got.IsZero() {
		t.Errorf("CorpusDCT(no creation times) = %v, want zero", got)
	}
}
