package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalNewsARCDTypes runs `rasid eval news` on an entities-only
// annotation of an ARCD paragraph in a fake data folder (a sentence written
// for this test): --types limits the entity rows, the quote and date lines
// print n/a, and an unknown type is refused.
func TestEvalNewsARCDTypes(t *testing.T) {
	data := t.TempDir()
	text := "زار خالد العتيبي مدينة جدة مع وفد من جامعة الملك سعود."
	doc := map[string]any{"data": []any{map[string]any{"title": "ت", "paragraphs": []any{map[string]any{"context": text, "qas": []any{}}}}}}
	b, _ := json.Marshal(doc)
	if err := os.MkdirAll(filepath.Join(data, "arcd"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "arcd", "arcd-test.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RASID_DATA", data)
	at := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		s := len([]rune(text[:i]))
		return s, s + len([]rune(sub))
	}
	p1, p2 := at("خالد العتيبي")
	l1, l2 := at("جدة")
	o1, o2 := at("جامعة الملك سعود")
	sum := sha256.Sum256([]byte(text))
	ann := filepath.Join(t.TempDir(), "wiki")
	if err := os.Mkdir(ann, 0o755); err != nil {
		t.Fatal(err)
	}
	body := fmt.Sprintf(`{"source": {"corpus": "arcd", "file": "test", "article": 0, "paragraph": 0}, "date": "", "sha256": %q, "chars": %d, "layers": ["entities"],
"entities": [{"start": %d, "end": %d, "type": "PER"}, {"start": %d, "end": %d, "type": "LOC"}, {"start": %d, "end": %d, "type": "ORG"}],
"titles": [], "quotes": [], "dates": []}`, hex.EncodeToString(sum[:]), len([]rune(text)), p1, p2, l1, l2, o1, o2)
	if err := os.WriteFile(filepath.Join(ann, "01_arcd-test-0-0.json"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "news", "--types", "PER,LOC,ORG", ann}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"1 articles", "PER, ORG, LOC only", "(gold 1)", "quotes    recall   n/a", "dates     recall   n/a"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "MISC") {
		t.Errorf("--types PER,LOC,ORG prints MISC:\n%s", out.String())
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"eval", "news", "--types", "PER,GPE", ann}, nil, &out, &errb); code == 0 || !strings.Contains(errb.String(), "GPE") {
		t.Errorf("--types PER,GPE: exit %d, stderr %q; want a refusal naming GPE", code, errb.String())
	}
}
