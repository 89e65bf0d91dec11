package eval

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// upper tags every token B-PERS when it starts with an upper-case letter;
// as one document, a token seen tagged before is tagged again.
type upper struct{}

func (upper) TagBIO(tokens []string) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = "O"
		if t != "" && t[0] >= 'A' && t[0] <= 'Z' {
			out[i] = "B-PERS"
		}
	}
	return out
}

func (u upper) TagSentences(sents [][]string) [][]string {
	seen := map[string]bool{}
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = u.TagBIO(s)
		for j, t := range s {
			if out[i][j] != "O" {
				seen[strings.ToLower(t)] = true
			} else if seen[t] {
				out[i][j] = "B-PERS"
			}
		}
	}
	return out
}

func TestTagBIO(t *testing.T) {
	sents := []BIOSentence{{Tokens: []string{"Ali", "came"}}, {Tokens: []string{"ali", "left"}}}
	doc := TagBIO(upper{}, sents, false)
	one := TagBIO(upper{}, sents, true)
	if !slices.Equal(doc[1], []string{"B-PERS", "O"}) || !slices.Equal(one[1], []string{"O", "O"}) {
		t.Errorf("as a document %v, per sentence %v", doc, one)
	}
}

func TestReadArticles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.jsonl.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(`{"id":"x1","title":"عنوان","text":"نص"}` + "\n\n" + `{"id":"x2","category":"c"}` + "\n"))
	zw.Close()
	f.Close()
	arts, err := ReadArticles(path)
	if err != nil || len(arts) != 2 || arts[0].Title != "عنوان" || arts[1].Category != "c" {
		t.Fatalf("ReadArticles = %+v, %v", arts, err)
	}
	bad := filepath.Join(dir, "b.jsonl")
	os.WriteFile(bad, []byte(`{"id":"x1"}`+"\n{\n"), 0o644)
	if _, err := ReadArticles(bad); err == nil || !strings.Contains(err.Error(), "b.jsonl:2:") {
		t.Errorf("a malformed line 2: error %v, want one naming b.jsonl:2", err)
	}
}

func TestScoreUDDataSides(t *testing.T) {
	ok := []byte("# text = a\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n")
	bad := []byte("1\ta\n")
	if _, err := ScoreUDData(bad, ok); err == nil || !strings.HasPrefix(err.Error(), "gold: ") {
		t.Errorf("bad gold: %v", err)
	}
	if _, err := ScoreUDData(ok, bad); err == nil || !strings.HasPrefix(err.Error(), "system: ") {
		t.Errorf("bad system: %v", err)
	}
	if r, err := ScoreUDData(ok, ok); err != nil || r == nil {
		t.Errorf("same file: %v", err)
	}
}
