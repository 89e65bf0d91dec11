package morph

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/benchcpu"
)

func loadT(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Words and segments of tokens written for these tests.
func TestSegment(t *testing.T) {
	m := loadT(t)
	tests := []struct {
		token string
		words string // UD words, dictionary forms
		segs  string // fine-grained segments
	}{
		{"وبصفته", "و ب صفة ه", ""},                  // wa-bi-sifati-hi, "and in his capacity"
		{"للسلطة", "ل السلطة", "ل+ال+سلط+ة"},         // li-l-sulta, "for the authority"
		{"وبالاتفاق", "و ب الاتفاق", "و+ب+ال+اتفاق"}, // wa-bi-l-ittifaq, "and by the agreement"
		{"الأكاديمية", "الأكاديمية", "ال+أكاديمي+ة"}, // al-akadimiyya, "the academy"
		{"حكومته", "حكومة ه", ""},                    // hukumatu-hu, "his government"
		{"عليه", "على ه", "علي+ه"},                   // alay-hi, "on him"
		{"وقال", "و قال", "و+قال"},                   // wa-qala, "and he said"
		{"سيقومون", "س يقومون", ""},                  // sa-yaqumun, "they will do"
		{"مُدَرِّسَتُهُ", "مدرسة ه", ""},             // diacritized: mudarrisatu-hu, "his teacher"
		{"ـــالعربيـــة", "العربية", "ال+عربي+ة"},    // tatweel: al-arabiyya, "the Arabic"
		{"بيلاروس", "بيلاروس", "بيلاروس"},            // Belarus
		{"في", "في", "في"},                           // fi, "in"
		{"2022", "2022", "2022"},
		{"abc", "abc", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.token, func(t *testing.T) {
			a := m.Analyze(tt.token)
			e := m.analyzeLetters(a.Letters)
			var ws []string
			for _, w := range e.words {
				ws = append(ws, w.form)
			}
			if got := strings.Join(ws, " "); got != tt.words {
				t.Errorf("words(%q) = %q, want %q (segments %s)", tt.token, got, tt.words, encodeSegs(a.Segs))
			}
			if tt.segs != "" {
				if got := strings.Join(a.Forms(), "+"); got != tt.segs {
					t.Errorf("Segment(%q) = %q, want %q", tt.token, got, tt.segs)
				}
			}
		})
	}
}

// Odd tokens get an analysis whose segments cover the token's letters.
func TestSegmentOdd(t *testing.T) {
	m := loadT(t)
	for _, tok := range []string{"", "ـ", "َ", strings.Repeat("وال", 200), "ال", "و", "لل", "ة", "x١٢y", "شويغو", "بيلاروسيا", "مش", "هيك", "😀", "\u200f", "a\u0651"} {
		checkInvariants(t, m, tok)
	}
}

// checkInvariants checks that the fine segments spell the token's letters
// (the article of لل aside) and that UD words partition them.
func checkInvariants(t *testing.T, m *Model, tok string) {
	t.Helper()
	a := m.Analyze(tok)
	if a.Letters == "" {
		return
	}
	if got := surface(a.Segs); got != a.Letters {
		t.Errorf("Analyze(%q): segments %s spell %q, want %q", tok, encodeSegs(a.Segs), got, a.Letters)
	}
	joined := strings.Join(a.Forms(), "")
	if strings.Replace(joined, "لال", "لل", 1) != a.Letters && joined != a.Letters {
		t.Errorf("Analyze(%q): segments %q do not join to %q", tok, a.Forms(), a.Letters)
	}
	e := m.analyzeLetters(a.Letters)
	off := 0
	for _, w := range e.words {
		if w.start != off || w.end <= w.start {
			t.Errorf("Analyze(%q): word %q spans [%d,%d), want start %d", tok, w.form, w.start, w.end, off)
		}
		off = w.end
	}
	if n := utf8.RuneCountInString(a.Letters); off != n {
		t.Errorf("Analyze(%q): words cover %d letters, want %d", tok, off, n)
	}
}

func FuzzSegment(f *testing.F) {
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"وبصفته", "للسلطة", "ـــالعربيـــة", "مُدَرِّسَتُهُ", "abc", "١٢٣", "فسيكفيكهم"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkInvariants(t, m, s)
	})
}

// The annotator fills words whose spans partition each token.
func TestAnnotator(t *testing.T) {
	m := loadT(t)
	text := "وقال الوزير للصحفيين: سيزور بيلاروس في 2022."
	d := &rasid.Document{Text: text}
	// Tokens by hand: the tokenizer is another package.
	for _, f := range []string{"وقال", "الوزير", "للصحفيين", ":", "سيزور", "بيلاروس", "في", "2022", "."} {
		i := strings.Index(text[tokEnd(d):], f) + tokEnd(d)
		k := rasid.Arabic
		switch f {
		case ":", ".":
			k = rasid.Punct
		case "2022":
			k = rasid.Number
		}
		d.Tokens = append(d.Tokens, rasid.Token{Span: rasid.Span{Start: i, End: i + len(f)}, Kind: k})
	}
	d.Sentences = []rasid.Span{{Start: 0, End: len(text)}}
	a := NewAnnotator(m)
	if err := a.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range d.Tokens {
		if len(tok.Words) == 0 {
			t.Fatalf("token %q has no words", tok.In(text))
		}
		if tok.Words[0].Start != tok.Start || tok.Words[len(tok.Words)-1].End != tok.End {
			t.Errorf("token %q: words do not cover it", tok.In(text))
		}
		var ws []string
		for i, w := range tok.Words {
			if i > 0 && w.Start != tok.Words[i-1].End {
				t.Errorf("token %q: word spans not contiguous", tok.In(text))
			}
			ws = append(ws, w.Form)
		}
		got = append(got, strings.Join(ws, "+"))
	}
	want := "و+قال الوزير ل+لصحفيين : س+يزور بيلاروس في 2022 ."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("words = %q, want %q", g, want)
	}
	if up := d.Tokens[3].Words[0].UPOS; up != "PUNCT" {
		t.Errorf("UPOS of ':' = %q, want PUNCT", up)
	}
	if m.HasTagger() {
		if up := d.Tokens[0].Words[1].UPOS; up != "VERB" {
			t.Errorf("UPOS of قال = %q, want VERB", up)
		}
	}
	// Restored forms.
	d2 := *d
	d2.Tokens = append([]rasid.Token(nil), d.Tokens...)
	NewAnnotatorWith(m, Options{RestoreForms: true}).Annotate(context.Background(), &d2)
	if f := d2.Tokens[2].Words[1].Form; f != "الصحفيين" {
		t.Errorf("restored form = %q, want الصحفيين", f)
	}
}

func tokEnd(d *rasid.Document) int {
	if len(d.Tokens) == 0 {
		return 0
	}
	return d.Tokens[len(d.Tokens)-1].End
}

func TestWriteSegments(t *testing.T) {
	m := loadT(t)
	var b bytes.Buffer
	if err := m.WriteSegments(&b, [][]string{{"وبالاتفاق", "."}, {"في"}}); err != nil {
		t.Fatal(err)
	}
	want := "وبالاتفاق\tو+ب+ال+اتفاق\n.\t.\n\nفي\tفي\n\n"
	if b.String() != want {
		t.Errorf("WriteSegments = %q, want %q", b.String(), want)
	}
}

func TestLoadTime(t *testing.T) {
	// Load is cached; time a fresh read of the embedded files.
	start := time.Now()
	if _, err := loadEmbedded(); err != nil {
		t.Fatal(err)
	}
	t.Logf("model load: %v", time.Since(start))
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	defer benchcpu.Start(b)()
	for i := 0; i < b.N; i++ {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// The model is shared by concurrent annotations.
func TestConcurrent(t *testing.T) {
	m := loadT(t)
	words := []string{"وبصفته", "للسلطة", "وبالاتفاق", "الأكاديمية", "حكومته", "وقال", "شويغو"}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			defer func() { done <- true }()
			for i := 0; i < 200; i++ {
				w := words[(i+g)%len(words)]
				m.Segment([]string{w, w + "ها"})
				m.AnalyzeSentence([]string{w, "في", w})
			}
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

func TestAsWritten(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"لالمحتوى", "للمحتوى"}, // ل+ال+محتوى joined as a gold file joins it
		{"لالتزام", "لالتزام"},  // li-iltizam: the stem begins with alef-lam
		{"للمحتوى", "للمحتوى"},
		{"لال", "لال"},
	}
	for _, tt := range tests {
		if got := m.AsWritten(tt.in); got != tt.want {
			t.Errorf("AsWritten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := m.Segment([]string{"لالمحتوى"})[0]; strings.Join(got, "+") != "ل+ال+محتوى" {
		t.Errorf("Segment(لالمحتوى) = %q", got)
	}
}

// A missing model file is an error naming the file, not a silent fallback
// to one word per token.
func TestLoadMissingModel(t *testing.T) {
	for _, drop := range []string{segmenterFile, taggerFile} {
		fsys := fstest.MapFS{}
		for _, name := range []string{segmenterFile, taggerFile} {
			if name == drop {
				continue
			}
			b, err := modelFS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			fsys[name] = &fstest.MapFile{Data: b}
		}
		_, err := loadFrom(fsys)
		if !errors.Is(err, ErrNoModel) || !strings.Contains(err.Error(), drop) {
			t.Errorf("without %s: loadFrom error = %v, want ErrNoModel naming the file", drop, err)
		}
	}
	if _, err := loadFrom(modelFS); err != nil {
		t.Errorf("loadFrom(embedded) = %v", err)
	}
}
