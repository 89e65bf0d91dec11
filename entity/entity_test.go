package entity_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/internal/golden"
	"github.com/rasid/rasid/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func annotate(t testing.TB, text string) *rasid.Document {
	t.Helper()
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := &rasid.Document{Text: text}
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), entity.NewAnnotator(m))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// dump writes one line per entity and title: span, type, text, canonical.
func dump(d *rasid.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "%d-%d\t%s\t%s\t→ %s\n", e.Start, e.End, e.Type, e.In(d.Text), e.Canonical)
	}
	for _, ti := range d.Titles {
		fmt.Fprintf(&b, "%d-%d\tTITLE\t%s\t→ %s\n", ti.Start, ti.End, ti.In(d.Text), ti.Person)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := annotate(t, string(b))
			checkSpans(t, d)
			got := dump(d)
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", got, *update)
		})
	}
}

// checkSpans asserts the invariants of the layer: spans in bounds, on
// UTF-8 boundaries, ordered, non-empty, typed, with a canonical name.
func checkSpans(t *testing.T, d *rasid.Document) {
	t.Helper()
	prev := 0
	for _, e := range d.Entities {
		if e.Start < prev || e.End <= e.Start || e.End > len(d.Text) {
			t.Errorf("entity span %v out of order or bounds", e.Span)
			continue
		}
		if !strings.HasPrefix(d.Text[e.Start:], string([]rune(d.Text[e.Start:])[0])) || !utf8Boundary(d.Text, e.Start) || !utf8Boundary(d.Text, e.End) {
			t.Errorf("entity span %v not on rune boundaries", e.Span)
		}
		switch e.Type {
		case rasid.PER, rasid.LOC, rasid.ORG, rasid.MISC:
		default:
			t.Errorf("entity %q has type %q", e.In(d.Text), e.Type)
		}
		if e.Canonical == "" {
			t.Errorf("entity %q has no canonical name", e.In(d.Text))
		}
		prev = e.End
	}
	for _, ti := range d.Titles {
		if ti.End <= ti.Start || ti.End > len(d.Text) || ti.Person == "" {
			t.Errorf("bad title %+v", ti)
		}
	}
}

func utf8Boundary(s string, i int) bool {
	return i == len(s) || (s[i]&0xC0) != 0x80
}

func TestMentions(t *testing.T) {
	d := annotate(t, "وقال الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي بموسكو إن الناتو وحلف شمال الأطلسي شيء واحد. ورد بوتين على سؤال عن الولايات المتحدة.")
	want := map[string]string{ // text → type/canonical
		"فلاديمير بوتين":   "PER/فلاديمير بوتين",
		"بوتين":            "PER/فلاديمير بوتين",
		"موسكو":            "LOC/موسكو",
		"الناتو":           "ORG/حلف شمال الأطلسي",
		"حلف شمال الأطلسي": "ORG/حلف شمال الأطلسي",
		"الولايات المتحدة": "LOC/الولايات المتحدة",
	}
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.In(d.Text)] = e.Type + "/" + e.Canonical
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("entity %q = %q, want %q (all: %v)", text, got[text], w, got)
		}
	}
	for _, e := range d.Entities {
		if e.In(d.Text) == "الروسي" {
			t.Errorf("nationality adjective tagged as %s", e.Type)
		}
	}
	if len(d.Titles) == 0 || d.Titles[0].Title != "الرئيس الروسي" || d.Titles[0].Person != "فلاديمير بوتين" {
		t.Errorf("titles = %+v, want الرئيس الروسي → فلاديمير بوتين", d.Titles)
	}
}

func TestResolveTitle(t *testing.T) {
	d := annotate(t, "أكد وزير الخارجية الروسي سيرغي لافروف أن المحادثات مستمرة. وقال جو بايدن، الرئيس الأمريكي، إن بلاده تراقب الوضع.")
	cases := []struct {
		phrase, want string
		ok           bool
	}{
		{"وزير الخارجية الروسي", "سيرغي لافروف", true},
		{"الوزير", "سيرغي لافروف", true},
		{"والرئيس الأمريكي", "جو بايدن", true},
		{"الملك", "", false},
	}
	for _, c := range cases {
		got, ok := entity.ResolveTitle(d, c.phrase)
		if got != c.want || ok != c.ok {
			t.Errorf("ResolveTitle(%q) = %q, %v; want %q, %v (titles %+v)", c.phrase, got, ok, c.want, c.ok, d.Titles)
		}
	}
}

func TestTagBIO(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	toks := strings.Fields("وقال وزير الخارجية الروسي سيرغي لافروف في بيروت إن لبنان بحاجة إلى الدعم .")
	tags := m.TagBIO(toks)
	if len(tags) != len(toks) {
		t.Fatalf("TagBIO returned %d tags for %d tokens", len(tags), len(toks))
	}
	want := map[string]string{"سيرغي": "B-PERS", "لافروف": "I-PERS", "بيروت": "B-LOC", "لبنان": "B-LOC", "الروسي": "O", "وزير": "O"}
	for i, tok := range toks {
		if w, ok := want[tok]; ok && tags[i] != w {
			t.Errorf("TagBIO: %s tagged %s, want %s", tok, tags[i], w)
		}
	}
	if got := m.TagBIO(nil); len(got) != 0 {
		t.Errorf("TagBIO(nil) = %v", got)
	}
}

func TestOddInput(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("بببب", 100000)
	for _, toks := range [][]string{
		{""}, {long}, {"a", "😀", "٣٤٥", "\u0640\u0640"}, {"و"}, {"لل"}, {"ـ", "ً"},
	} {
		if tags := m.TagBIO(toks); len(tags) != len(toks) {
			t.Errorf("TagBIO(%d tokens) gave %d tags", len(toks), len(tags))
		}
	}
	for _, text := range []string{"", " ", "\n\n", long, "و ب ل ك ف", "،،،", "Latin only text. Second sentence."} {
		d := annotate(t, text)
		checkSpans(t, d)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := entity.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	toks := strings.Fields("استقبل الملك عبدالله الثاني في عمان وفدا من الاتحاد الأوروبي .")
	a, b := m.TagBIO(toks), m2.TagBIO(toks)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("tags differ after Write/Read: %v vs %v", a, b)
	}
	if _, err := entity.Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestWriteBIO(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	sents := [][]string{strings.Fields("زار بوتين موسكو ."), strings.Fields("وقال بوتين إن روسيا قوية .")}
	if err := m.WriteBIO(&b, sents); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 11 || lines[4] != "" || !strings.HasPrefix(lines[1], "بوتين\tB-PERS") {
		t.Errorf("WriteBIO output:\n%s", b.String())
	}
}

func TestTitleWithCoordinatedComplement(t *testing.T) {
	m, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "قال وزير الاقتصاد والمالية سامي الخطيب إن الميزانية جاهزة."
	d := &rasid.Document{Text: text}
	if err := tokenize.NewAnnotator().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := entity.NewAnnotator(m).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Titles) != 1 || d.Titles[0].Title != "وزير الاقتصاد والمالية" {
		t.Fatalf("titles of %q = %+v, want وزير الاقتصاد والمالية", text, d.Titles)
	}
}
