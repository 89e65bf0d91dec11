package entity

import (
	"reflect"
	"strings"
	"testing"
)

// docInfos builds the token information docPass reads from sentences of
// space-separated words; words listed in rare get a low raw-text frequency.
func docInfos(sents []string, rare map[string]bool) ([][]tokInfo, [][]string) {
	var infos [][]tokInfo
	var words [][]string
	for _, s := range sents {
		ws := strings.Fields(s)
		in := make([]tokInfo, len(ws))
		for i, w := range ws {
			f := fold(w)
			pre, _ := cliticSplit(f)
			in[i] = tokInfo{w: f, pre: pre, freq: 20}
			if rare[w] {
				in[i].freq = 3
			}
		}
		infos = append(infos, in)
		words = append(words, ws)
	}
	return infos, words
}

func tagsToLabels(tags [][]string) [][]int {
	out := make([][]int, len(tags))
	for i, ts := range tags {
		out[i] = make([]int, len(ts))
		for j, t := range ts {
			out[i][j] = labelIndex(t)
		}
	}
	return out
}

func labelsToTags(labels [][]int) [][]string {
	out := make([][]string, len(labels))
	for i, ls := range labels {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = Labels[l]
		}
	}
	return out
}

func TestDocPass(t *testing.T) {
	infos, _ := docInfos([]string{
		"زار لاري بيدج كاليفورنيا",
		"وقال بيدج إن كاليفورنيا جميلة",
		"وأضاف بيدج أن كاليفورنيا",
	}, map[string]bool{"بيدج": true})
	labels := tagsToLabels([][]string{
		{"O", "B-PERS", "I-PERS", "B-LOC"},
		{"O", "B-LOC", "O", "B-ORG", "O"},
		{"O", "O", "O", "B-LOC"},
	})
	docPass(infos, labels)
	want := [][]string{
		{"O", "B-PERS", "I-PERS", "B-LOC"},
		{"O", "B-PERS", "O", "B-LOC", "O"},
		{"O", "B-PERS", "O", "B-LOC"},
	}
	if got := labelsToTags(labels); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestDocPassTie(t *testing.T) {
	// One mention each: no majority, both keep their type.
	infos, _ := docInfos([]string{"في الجزيرة", "قناة الجزيرة"}, nil)
	labels := tagsToLabels([][]string{{"O", "B-LOC"}, {"O", "B-ORG"}})
	docPass(infos, labels)
	want := [][]string{{"O", "B-LOC"}, {"O", "B-ORG"}}
	if got := labelsToTags(labels); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestTrimVerbs(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	infos, _ := docInfos([]string{"قال نبيه بري سيعلن القرار", "بالإضافة إلى تركيا"}, nil)
	labels := tagsToLabels([][]string{
		{"O", "B-PERS", "I-PERS", "I-PERS", "O"},
		{"B-LOC", "I-LOC", "I-LOC"},
	})
	m.trimVerbs(infos, labels, nil)
	want := [][]string{
		{"O", "B-PERS", "I-PERS", "O", "O"},
		{"B-LOC", "O", "B-LOC"},
	}
	if got := labelsToTags(labels); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

// TestTrimVerbsAli: on the annotator's path the given name علي after a
// given name stays in the name whatever its marks and tatweel (عليّ،
// عـلي); the preposition على, with alef maqsura, is still cut.
func TestTrimVerbsAli(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ali  string
		want []string
	}{
		{"علي", []string{"O", "B-PERS", "I-PERS", "O"}},
		{"عليّ", []string{"O", "B-PERS", "I-PERS", "O"}},
		{"عَلِيّ", []string{"O", "B-PERS", "I-PERS", "O"}},
		{"عـلي", []string{"O", "B-PERS", "I-PERS", "O"}},
		{"على", []string{"O", "B-PERS", "O", "O"}},
	} {
		infos, words := docInfos([]string{"قال محمد " + tc.ali + " إن"}, nil)
		labels := tagsToLabels([][]string{{"O", "B-PERS", "I-PERS", "O"}})
		m.trimVerbs(infos, labels, words)
		if got := labelsToTags(labels)[0]; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.ali, got, tc.want)
		}
	}
}

// nameClitic keeps the first letter of a word that is more frequent whole
// than without it, and of a name that the gazetteer knows.
func TestNameClitic(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"والدته", "وارسو", "بيروت", "والي", "بالي"} {
		if n := m.nameClitic(w, "LOC", true, nil); n != 0 {
			t.Errorf("nameClitic(%q) = %d, want 0", w, n)
		}
	}
	if n := m.nameClitic("وعسفان", "LOC", false, map[string]string{"عسفان": "LOC"}); n != len("و") {
		t.Errorf("nameClitic(وعسفان) with عسفان alone = %d", n)
	}
	if n := m.nameClitic("وعسفان", "LOC", false, map[string]string{"عسفان": "ORG"}); n != 0 {
		t.Errorf("nameClitic(وعسفان) with عسفان of another type = %d", n)
	}
}
