package morph

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/rasid/rasid/morph/tagger"
)

// TestSaveReproduces: a model read from its file saves to the same bytes
// (the container and the payload encodings are deterministic).
func TestSaveReproduces(t *testing.T) {
	for _, name := range []string{segmenterFile, taggerFile} {
		b, err := modelFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var save func(*bytes.Buffer) error
		if name == segmenterFile {
			m, err := Read(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			save = func(w *bytes.Buffer) error { return m.Save(w) }
		} else {
			m, err := tagger.Load(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			save = func(w *bytes.Buffer) error { return m.Save(w) }
		}
		var out bytes.Buffer
		if err := save(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), b) {
			t.Errorf("%s: saving the loaded model gives %d bytes that differ from the file's %d", name, out.Len(), len(b))
		}
	}
}

// TestReadDamaged: a segmenter file of another version or with a damaged
// payload is an error, never a panic.
func TestReadDamaged(t *testing.T) {
	b, err := modelFS.ReadFile(segmenterFile)
	if err != nil {
		t.Fatal(err)
	}
	old := bytes.Replace(b, []byte("version: 2\n"), []byte("version: 1\n"), 1)
	if _, err := Read(bytes.NewReader(old)); err == nil || !strings.Contains(err.Error(), "rasid train morph") {
		t.Errorf("version 1 file: error %v, want one naming the command that retrains it", err)
	}
	m, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var payload strings.Builder
	bw := bufio.NewWriter(&payload)
	if err := m.loaded.encode(bw); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	p := payload.String()
	for _, cut := range []int{0, 1, len(p) / 3, len(p) - 1} {
		if _, err := decodeFile(p[:cut]); err == nil {
			t.Errorf("payload cut at %d of %d bytes: no error", cut, len(p))
		}
	}
	if _, err := decodeFile(p + "x"); err == nil {
		t.Error("a byte after the last section: no error")
	}
}
