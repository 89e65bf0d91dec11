package topic

import (
	"bytes"
	"os"
	"testing"
)

// TestWriteReproducesShippedFile reads the shipped model and writes it
// again: the bytes must be the file's, so Read and Write keep one format.
func TestWriteReproducesShippedFile(t *testing.T) {
	b, err := os.ReadFile("model/topic.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := m.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Fatalf("written again: %d bytes, the file has %d", out.Len(), len(b))
	}
}
