package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
)

// TestTimexFloor runs the evaluation on ../shared/data/timex3-news and
// checks the overlap F1 and value accuracy stay above a floor a little under
// the current figures (docs/dates.md).
func TestTimexFloor(t *testing.T) {
	dir := datatest.Path(t, "timex3-news")
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
