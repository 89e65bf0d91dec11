package morph

import (
	"bytes"
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
