package entity_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/rasid/rasid/entity"
)

// TestWriteReproduces: the model read from its file writes the same bytes
// (the container and the payload encoding are deterministic).
func TestWriteReproduces(t *testing.T) {
	b, err := os.ReadFile("model/ner.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := entity.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := m.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Errorf("writing the loaded model gives %d bytes that differ from the file's %d", out.Len(), len(b))
	}
}
