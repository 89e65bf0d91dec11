package eval

import "testing"

func TestSameDuration(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"P42M", "P3Y6M", true},
		{"P30M", "P2Y6M", true},
		{"P1Y", "P12M", true},
		{"P2W", "P14D", true},
		{"PT90M", "PT1H30M", true},
		{"PT0.5H", "PT30M", true},
		{"PT0,7S", "PT0.7S", true},
		{"P3Y", "P3Y", true},
		{"P1M", "P30D", false}, // a month has no fixed number of days
		{"P1D", "PT24H", false},
		{"P3Y", "P3M", false},
		{"PT3M", "P3M", false}, // minutes are not months
		{"PXM", "PXM", false},  // an unspecified count is no length
		{"2015", "2015", false},
		{"P", "P", false},
		{"PT", "PT", false},
		{"P1YT", "P12M", false},
		{"P1Q", "P3M", false},
		{"UNKNOWN", "P1Y", false},
	} {
		if got := SameDuration(c.a, c.b); got != c.want {
			t.Errorf("SameDuration(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestNewsDurationNotation: rasid eval news counts a duration right in
// either notation of its length.
func TestNewsDurationNotation(t *testing.T) {
	a := NewsArticle{Name: "x", Text: "ثلاث سنوات ونصف", Gold: NewsGold{Dates: []NewsDate{{Start: 0, End: 15, Value: "P42M"}}}}
	var sys NewsSystem
	sys.Dates = append(sys.Dates, struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Value string `json:"value"`
		Timex string `json:"timex"`
	}{Start: 0, End: 15, Value: "P3Y6M"})
	sc := NewNewsScore()
	sc.Add(a, sys)
	if sc.DatesRight != 1 {
		t.Fatalf("P3Y6M against gold P42M: right %d, want 1 (%v)", sc.DatesRight, sc.Errors)
	}
}
