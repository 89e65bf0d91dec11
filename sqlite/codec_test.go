package sqlite

import (
	"bytes"
	"testing"
)

// TestCodecRoundTrip: the stored form of a document gives back its JSON
// byte for byte, whatever its id holds (the text is cut out of the JSON by
// its place).
func TestCodecRoundTrip(t *testing.T) {
	for _, id := range []string{"a2", "", `x","text":"y`, `\"`, "،\\"} {
		a := testArticles[1]
		rec := analysed(t, id, a.source, a.date, a.title, a.text)
		rec.Doc.Warnings = []string{"تنبيه"}
		want, err := rec.Doc.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		stored, err := encodeDoc(rec.Doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeDoc(stored, rec.Doc.Text)
		if err != nil {
			t.Fatalf("id %q: %v", id, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("id %q: decodeDoc(encodeDoc(d)) =\n%s\nwant\n%s", id, got, want)
		}
	}
	if _, err := withoutText([]byte(`{"schema":1}`)); err == nil {
		t.Error("withoutText of JSON without text: no error")
	}
}
