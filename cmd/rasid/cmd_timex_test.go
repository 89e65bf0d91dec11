package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseTimeML(t *testing.T) {
	src := `<?xml version="1.0"?>
<TimeML>
قال <TIMEX3 tid="t1" type="DATE" value="2015-12-23">أمس</TIMEX3> إن &quot;العمل&quot; سيستمر <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3>.
</TimeML>`
	d, err := parseTimeML("x.tml", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Gold) != 2 || d.Gold[0].In(d.Text) != "أمس" || d.Gold[1].In(d.Text) != "ثلاثة أيام" || d.Gold[1].Value != "P3D" {
		t.Fatalf("parseTimeML: %+v", d.Gold)
	}
	if !strings.Contains(d.Text, `"العمل"`) || strings.Contains(d.Text, "<") {
		t.Fatalf("text %q", d.Text)
	}
	if d.DCT.Format("2006-01-02") != "2015-12-24" || d.DCTFrom != "inferred" {
		t.Fatalf("DCT %v %s, want 2015-12-24 inferred from أمس", d.DCT, d.DCTFrom)
	}
}

// TestTimexFloor runs the evaluation on ../shared/data/timex3-news and
// checks the overlap F1 and value accuracy stay above a floor a little under
// the current figures (docs/dates.md).
func TestTimexFloor(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "timex3-news")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("timex3-news not found at %s: skipping the accuracy floor", dir)
	}
	var out bytes.Buffer
	if err := evalTimexTo([]string{dir}, &out); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 13 || f[0] != "all" {
			continue
		}
		var f1o, acc float64
		fmt.Sscanf(f[10], "%g", &f1o)
		fmt.Sscanf(strings.TrimSuffix(f[12], "%"), "%g", &acc)
		if f1o < 75 || acc < 75 {
			t.Errorf("timex3-news: overlap F1 %.1f, value accuracy %.1f%%; floor 75/75\n%s", f1o, acc, out.String())
		}
		return
	}
	t.Fatalf("no 'all' row in:\n%s", out.String())
}
