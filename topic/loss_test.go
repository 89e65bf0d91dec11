package topic

import (
	"strings"
	"testing"
)

// TestLossChecked: Train refuses a loss it does not know (a misspelt
// "hinge" is not the squared hinge) and names it; the squared hinge ("")
// and the hinge train, and give different weights.
func TestLossChecked(t *testing.T) {
	ex := []Example{
		{Title: []string{"فريق", "فوز"}, Text: []string{"مباراة", "هدف", "فريق", "ملعب"}, Label: "sport"},
		{Title: []string{"بنك", "فائدة"}, Text: []string{"تضخم", "دينار", "بنك", "سعر"}, Label: "economy"},
		{Title: []string{"فريق", "فوز"}, Text: []string{"هدف", "فريق", "ملعب"}, Label: "sport"},
		{Title: []string{"بنك", "فائدة"}, Text: []string{"بنك", "تضخم", "سعر"}, Label: "economy"},
	}
	o := DefaultOptions
	o.MinDF = 1
	for _, bad := range []string{"hnige", "Hinge", "squared_hinge", "l1"} {
		o.Loss = bad
		_, err := Train(ex, o)
		if err == nil || !strings.Contains(err.Error(), "unknown loss") || !strings.Contains(err.Error(), bad) {
			t.Errorf("Loss %q: error %v, want one naming the unknown loss", bad, err)
		}
	}
	var ws [][]float32
	for _, loss := range []string{"", LossHinge} {
		o.Loss = loss
		m, err := Train(ex, o)
		if err != nil {
			t.Fatalf("Loss %q: %v", loss, err)
		}
		ws = append(ws, m.w)
	}
	same := len(ws[0]) == len(ws[1])
	for j := 0; same && j < len(ws[0]); j++ {
		same = ws[0][j] == ws[1][j]
	}
	if same {
		t.Errorf("the hinge and the squared hinge gave the same weights")
	}
}
