package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الاتفاقيات", "الاتفاقيات"},
		{"  a   b ", "a b"},
		{`"ولي العهد" -الرياض`, `"ولي العهد" -الرياض`},
		{`"a b"~5`, `"a b"~5`},
		{"=الأمير", "=الأمير"},
		{`="a b"`, `="a b"`},
		{"a OR b c", "a OR b c"},
		{"a AND b", "+a +b"},
		{"+a", "+a"},
		{"source:عكاظ from:2015-07-21 to:2015-08-01 x", "x source:عكاظ from:2015-07-21 to:2015-08-01"},
		{`entity:"حلف شمال الأطلسي" type:ORG`, `entity:"حلف شمال الأطلسي" type:ORG`},
		{"type:per|loc", "type:PER type:LOC"},
		{"speaker:لافروف الناتو", "الناتو speaker:لافروف"},
		{"or and", "or and"}, // lower case is a word
		{"النفط topic:Economy|sport", "النفط topic:Economy topic:sport"},
		{`keyphrase:"أسعار النفط" topic:economy`, `topic:economy keyphrase:"أسعار النفط"`},
		{"source:\"a\u00a0b\"", "source:\"a\u00a0b\""},
		{"to:2015-07-21 topic:x", "to:2015-07-21 topic:x"},
	}
	for _, tt := range tests {
		q, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := q.String(); got != tt.want {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in  string
		pos int
		msg string
	}{
		{`"غير مغلق`, 0, "unterminated phrase"},
		{`a "b`, 2, "unterminated phrase"},
		{"OR a", 0, "OR without a term before it"},
		{"a OR", 4, "OR without a term after it"},
		{"from:2015-13-01", 5, "from: wants a date"},
		{"type:XYZ", 5, "type: wants PER"},
		{"source:", 7, "source: needs a value"},
		{`"a"~x`, 4, "~ needs a number"},
		{"- a", 1, "operator without a term"},
		{`""`, 0, "empty phrase"},
		{"-source:x", 0, "a filter cannot take"},
		{"topic:a||b", 6, "topic: empty label"},
		{`topic:0|"`, 6, "topic: a label has no quotes"},
		{"x keyphrase:", 12, "keyphrase: needs a value"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("Parse(%q) error = %v, want a SyntaxError", tt.in, err)
			continue
		}
		if se.Pos != tt.pos || !strings.Contains(se.Msg, tt.msg) {
			t.Errorf("Parse(%q) error = %v, want %q at %d", tt.in, err, tt.msg, tt.pos)
		}
	}
}

func TestParsePlain(t *testing.T) {
	q := ParsePlain(`متى "انحلت فرقة -x =y source:z OR`)
	if got := q.String(); got != "متى انحلت فرقة x y source z" {
		t.Errorf("ParsePlain = %q", got)
	}
}

func TestLight(t *testing.T) {
	for in, want := range map[string]string{"اتفاقيات": "اتفاق", "اتفاقيه": "اتفاق", "اتفاق": "اتفاق", "الاتفاق": "اتفاق", "وزير": "وزير", "سعوديون": "سعود", "abc": "abc"} {
		if got := Light(in); got != want {
			t.Errorf("Light(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse checks that the parser never panics, that its errors point
// into the query, and that a parsed query printed and parsed again is the
// same query.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"الاتفاقيات", `"ولي العهد"~3 -الرياض`, "a OR b AND c", "=الأمير source:سبق from:2015-07-21",
		`entity:"حلف شمال الأطلسي" type:ORG|PER speaker:لافروف`,
		`النفط topic:economy|sport keyphrase:"أسعار النفط"`, "topic:", "topic:a||b", "Topic:\"x\u00a0y\"", `"`, "OR", "+-=", "a:b", `x"y"z`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("Parse(%q): error %T", s, err)
			}
			if utf8.ValidString(s) && (se.Pos < 0 || se.Pos > utf8.RuneCountInString(s)) {
				t.Fatalf("Parse(%q): error position %d outside the query", s, se.Pos)
			}
			ParsePlain(s)
			return
		}
		out := q.String()
		if utf8.RuneCountInString(out) > MaxQueryRunes {
			// the printed form spells some filters out (topic:a|b as
			// topic:a topic:b), so a query near the limit can print
			// longer than the limit lets a query be
			return
		}
		q2, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(%q) printed %q, which does not parse: %v", s, out, err)
		}
		if out2 := q2.String(); out2 != out {
			t.Fatalf("Parse(%q): printed %q, then %q", s, out, out2)
		}
	})
}
