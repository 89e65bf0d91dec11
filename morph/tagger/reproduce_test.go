package tagger

import (
	"bytes"
	"os"
	"testing"
)

// TestSaveReproducesShippedFile decodes the embedded model and saves it again:
// the bytes must be the file's, so the codec reads and writes the same format.
func TestSaveReproducesShippedFile(t *testing.T) {
	b, err := os.ReadFile("../model/tagger.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(string(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := m.Save(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Fatalf("re-saved model differs: %d vs %d bytes", out.Len(), len(b))
	}
}
