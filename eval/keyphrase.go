package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/normalize"
)

// KeyphraseGold is one annotated article of the keyphrase set
// (testdata/keyphrases): where the article is in the shared data, and its
// keyphrases in order of importance, each with alternative wordings.
type KeyphraseGold struct {
	Article struct {
		Corpus string `json:"corpus"` // "saudinewsnet" or "ant"
		Zip    string `json:"zip"`    // SaudiNewsNet day archive
		Index  int    `json:"index"`  // position in the archive's JSON array
		ID     string `json:"id"`     // ANT id
		URL    string `json:"url"`
	} `json:"article"`
	Keyphrases []struct {
		Text string   `json:"text"`
		Alt  []string `json:"alt"`
	} `json:"keyphrases"`
}

// ReadKeyphraseGold reads a JSON-lines keyphrase annotation file.
func ReadKeyphraseGold(path string) ([]KeyphraseGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []KeyphraseGold
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g KeyphraseGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// LoadArticle finds the annotated article in the shared data folder and
// returns its title and text.
func (g *KeyphraseGold) LoadArticle(dataDir string, ant map[string]Article) (title, text string, err error) {
	switch g.Article.Corpus {
	case "ant":
		a, ok := ant[g.Article.ID]
		if !ok {
			return "", "", fmt.Errorf("ANT article %s not found", g.Article.ID)
		}
		return a.Title, a.Text, nil
	case "saudinewsnet":
		// A day archive holds one JSON file.
		arts, err := corpus.ReadDay(filepath.Join(dataDir, "saudinewsnet"), g.Article.Zip, "")
		if err != nil {
			return "", "", err
		}
		if g.Article.Index < 0 || g.Article.Index >= len(arts) {
			return "", "", fmt.Errorf("%s: no article %d", g.Article.Zip, g.Article.Index)
		}
		a := arts[g.Article.Index]
		return a.Title, a.Content, nil
	}
	return "", "", fmt.Errorf("unknown corpus %q", g.Article.Corpus)
}

// PhraseKey is the form under which keyphrases are matched: normalised
// (normalize.ForSearch: diacritics and tatweel removed; alef, hamza, ya
// and ta marbuta forms folded), and each word stripped of its proclitics
// (و ف, then ب ل ك, then the article ال; لل counts as ل + ال) as long as
// three letters remain — so الاتفاق, بالاتفاق, والاتفاق and اتفاق match.
func PhraseKey(s string) string {
	ws := strings.Fields(normalize.ForSearch(s))
	for i, w := range ws {
		ws[i] = stripClitics(w)
	}
	return strings.Join(ws, " ")
}

func stripClitics(w string) string {
	r := []rune(w)
	cut := func(n int) bool {
		if len(r)-n >= 3 {
			r = r[n:]
			return true
		}
		return false
	}
	if len(r) > 0 && (r[0] == 'و' || r[0] == 'ف') {
		cut(1)
	}
	if len(r) > 1 && r[0] == 'ل' && r[1] == 'ل' {
		// لل = ل + ال
		if cut(2) {
			return string(r)
		}
	}
	if len(r) > 0 && (r[0] == 'ب' || r[0] == 'ل' || r[0] == 'ك') {
		if len(r) > 2 && r[1] == 'ا' && r[2] == 'ل' {
			cut(1)
		}
	}
	if len(r) > 1 && r[0] == 'ا' && r[1] == 'ل' {
		cut(2)
	}
	return string(r)
}

// KeyphraseScore counts matches of predicted keyphrases against gold ones
// at a cut-off k, over many documents (micro-averaged).
type KeyphraseScore struct {
	K                     int
	Predicted, Gold, Hits int // predicted phrases (≤ k per document), gold entries, matches
	Docs                  int
}

// Add scores one document: a predicted phrase is a hit when its key equals
// the key of a gold entry's text or of one of its alternatives; each gold
// entry is matched at most once.
func (s *KeyphraseScore) Add(g *KeyphraseGold, predicted []string) {
	if len(predicted) > s.K {
		predicted = predicted[:s.K]
	}
	s.Docs++
	s.Predicted += len(predicted)
	s.Gold += len(g.Keyphrases)
	used := make([]bool, len(g.Keyphrases))
	for _, p := range predicted {
		pk := PhraseKey(p)
		for i, kp := range g.Keyphrases {
			if used[i] {
				continue
			}
			match := PhraseKey(kp.Text) == pk
			for _, a := range kp.Alt {
				match = match || PhraseKey(a) == pk
			}
			if match {
				used[i] = true
				s.Hits++
				break
			}
		}
	}
}

// P returns precision at k in percent.
func (s *KeyphraseScore) P() float64 { return pct(s.Hits, s.Predicted) }

// R returns recall at k in percent.
func (s *KeyphraseScore) R() float64 { return pct(s.Hits, s.Gold) }
