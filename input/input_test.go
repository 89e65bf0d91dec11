package input

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const sample = "قال الوزير إن الاتفاق سيوقع غداً."

func TestDecodeUTF8(t *testing.T) {
	got, w, err := Decode([]byte(sample), Options{})
	if err != nil || got != sample || len(w) != 0 {
		t.Fatalf("Decode(utf-8) = %q, %v, %v", got, w, err)
	}
}

func TestDecodeInvalid(t *testing.T) {
	raw := []byte("قال \xff الوزير")
	_, _, err := Decode(raw, Options{})
	var ie *Error
	if !errors.As(err, &ie) || ie.Offset != 7 {
		t.Fatalf("Decode(invalid) error = %v, want offset 7", err)
	}
	if !strings.Contains(err.Error(), "byte offset 7") {
		t.Errorf("error %q does not name the offset", err)
	}
	got, w, err := Decode(raw, Options{Lenient: true})
	if err != nil || got != "قال \uFFFD الوزير" || len(w) != 1 || !strings.Contains(w[0], "offset 7") {
		t.Fatalf("Decode(lenient) = %q, %v, %v", got, w, err)
	}
}

func TestDecodeUTF16(t *testing.T) {
	for _, e := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		raw, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := Decode(raw, Options{})
		if err != nil || got != sample {
			t.Errorf("Decode(UTF-16 %v) = %q, %v", e, got, err)
		}
	}
	// without a BOM, UTF-16 is binary-looking (NUL bytes) unless chosen
	raw, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("abc"))
	if _, _, err := Decode(raw, Options{}); err == nil {
		t.Errorf("UTF-16 without BOM accepted as UTF-8")
	}
	if got, _, err := Decode(raw, Options{Encoding: "utf-16le"}); err != nil || got != "abc" {
		t.Errorf("Decode(utf-16le) = %q, %v", got, err)
	}
}

func TestDecodeWindows1256(t *testing.T) {
	raw, err := charmap.Windows1256.NewEncoder().Bytes([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	got, w, err := Decode(raw, Options{})
	if err != nil || got != sample || len(w) != 1 {
		t.Fatalf("Decode(cp1256 auto) = %q, %v, %v", got, w, err)
	}
	got, _, err = Decode(raw, Options{Encoding: "windows-1256"})
	if err != nil || got != sample {
		t.Fatalf("Decode(cp1256) = %q, %v", got, err)
	}
	if _, _, err := Decode(raw, Options{Encoding: "utf-8"}); err == nil {
		t.Errorf("cp1256 bytes accepted as UTF-8")
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		opt  Options
		want string
	}{
		{"NUL", []byte("abc\x00def"), Options{}, "NUL byte (is this a text file? UTF-16 needs a byte order mark or --encoding utf-16le) at byte offset 3"},
		{"controls", []byte("\x01\x02\x03\x04abc"), Options{}, "binary input"},
		{"too big", []byte(strings.Repeat("a", 101)), Options{MaxBytes: 100}, "over the limit"},
		{"bad encoding name", []byte("a"), Options{Encoding: "latin-9"}, "unknown encoding"},
	}
	for _, tt := range tests {
		_, _, err := Decode(tt.raw, tt.opt)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Decode error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestDetectWindows1256WithPunctuation is issue 9 item 3: ر followed by the
// Arabic comma is 0xD1 0xA1 in Windows-1256, a valid UTF-8 pair; the
// decision must rest on the whole input.
func TestDetectWindows1256WithPunctuation(t *testing.T) {
	for _, s := range []string{
		"قال الوزير، ان الحكومة",
		"هل حضر الوزير؟ نعم؛ حضر الوزير، وغادر.",
	} {
		raw, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		got, w, err := Decode(raw, Options{})
		if err != nil || got != s || len(w) != 1 {
			t.Errorf("Decode(cp1256 %q) = %q, %v, %v", s, got, w, err)
		}
	}
	// UTF-8 Arabic with one damaged byte stays an invalid-UTF-8 error
	raw := []byte("قال الوزير إن الحكومة \xd1 ستعمل")
	if _, _, err := Decode(raw, Options{}); err == nil {
		t.Errorf("Decode(UTF-8 with a bad byte) succeeded")
	}
}
