package input

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
)

// jsonlCases are JSON lines that the one-pass reader takes or hands on to
// encoding/json; either way the record or the problem must be the same.
var jsonlCases = []string{
	`{"id":"1","text":"قال الوزير"}`,
	` { "id" : 17 , "text" : "سطر\nثان\t\"مقتبس\" \\ \/ \b\f\r" , "date":"2015-07-21 10:00:00"} `,
	`{"id":-1.5e+3,"title":"عنوان","content":"متن"}`,
	`{"id":0.5,"title":"عنوان","content":""}`,
	`{"id":true,"text":"x","extra":{"a":[1,2,{"b":null}],"c":"\u00e9"},"more":[]}`,
	`{"id":{"x":1},"text":"x"}`,
	`{"text":"\ud83d\ude00 \ud83d x \ude00 \u0041\u062c"}`,
	`{"text":"a","text":"b"}`,
	`{"text":"a","date":17}`,
	`{"text":"a","date":"yesterday"}`,
	`{"text":"a","title":null,"id":null,"date":null}`,
	`{"text":17}`,
	`{"text":""}`,
	`{}`,
	`{"te\u0078t":"escaped name"}`,
	`[1,2]`,
	`null`,
	`"text"`,
	`{"text":"a"} x`,
	`{"text":"a",}`,
	`{"text":"a\x"}`,
	`{"text":"a\'"}`,
	`{"text":"a` + "\x01" + `"}`,
	`{"text":"a"`,
	`{"text":01}`,
	`{"id":1.,"text":"a"}`,
	`{"id":-,"text":"a"}`,
	`{"id":1e,"text":"a"}`,
	`{"id":tru,"text":"a"}`,
	`{"text":"a` + "\xff" + `"}`,
	`{"text":"` + strings.Repeat("ب", 50) + `\n"}`,
	`{"text":"a"}` + "\n",
	`{"text":"\u2028<>&"}`,
	`{"text":"x","nested":` + strings.Repeat("[", 1500) + strings.Repeat("]", 1500) + `}`,
}

func readBoth(t testing.TB, line string, lenient bool) (fast, slow *Record, fe, se error) {
	opt := Options{Lenient: lenient, MaxBytes: 1 << 20}
	a, b := NewJSONLReader(nil, opt), NewJSONLReader(nil, opt)
	a.line, b.line = 3, 3
	fast, fe = a.parse([]byte(line))
	slow, se = b.parseSlow([]byte(line))
	return
}

func TestScanFieldsAgreesWithEncodingJSON(t *testing.T) {
	for _, line := range jsonlCases {
		for _, lenient := range []bool{false, true} {
			fast, slow, fe, se := readBoth(t, line, lenient)
			if !reflect.DeepEqual(fast, slow) || !reflect.DeepEqual(fe, se) {
				t.Errorf("%.80q (lenient %v):\none pass %+v, %v\nencoding/json %+v, %v", line, lenient, fast, fe, slow, se)
			}
		}
	}
	if _, ok := scanFields([]byte(jsonlCases[1])); !ok {
		t.Errorf("the one-pass reader does not take %q", jsonlCases[1])
	}
}

func FuzzScanFields(f *testing.F) {
	for _, line := range jsonlCases {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsRune(line, '\n') {
			return
		}
		fast, slow, fe, se := readBoth(t, line, false)
		if !reflect.DeepEqual(fast, slow) || !reflect.DeepEqual(fe, se) {
			t.Errorf("%q:\none pass %+v, %v\nencoding/json %+v, %v", line, fast, fe, slow, se)
		}
	})
}

// newsLines is about 4 MB of SaudiNewsNet articles as JSON lines.
func newsLines(b *testing.B) ([]byte, int64) {
	texts := datatest.News(b, 4<<20)
	var buf bytes.Buffer
	var n int64
	for i, t := range texts {
		line, _ := json.Marshal(map[string]string{"id": strconv.Itoa(i), "date": "2015-07-21", "text": t})
		buf.Write(line)
		buf.WriteByte('\n')
		n += int64(len(line))
	}
	return buf.Bytes(), n
}

// BenchmarkJSONL reads JSON lines of news: in one pass over the fields
// used, and through encoding/json as before.
func BenchmarkJSONL(b *testing.B) {
	in, n := newsLines(b)
	for _, way := range []string{"one-pass", "encoding-json"} {
		b.Run(way, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				jr := NewJSONLReader(bytes.NewReader(in), Options{})
				for {
					tooLong, err := jr.readLine()
					if err != nil || tooLong {
						break
					}
					jr.line++
					if way == "one-pass" {
						_, err = jr.parse(jr.buf)
					} else {
						_, err = jr.parseSlow(jr.buf)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
