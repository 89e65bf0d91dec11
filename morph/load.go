package morph

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/rasid/rasid/morph/tagger"
)

// The embedded models: the segmenter and the tagger (package
// morph/tagger), both written by rasid train morph.
//
//go:embed model
var modelFS embed.FS

const (
	segmenterFile = "model/segmenter.gz"
	taggerFile    = "model/tagger.gz"
)

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, read once and shared: the segmenter
// with its tagger. A missing model file is an error (ErrNoModel), never a
// silent fallback to one word per token.
func Load() (*Model, error) {
	loadOnce.Do(func() { loadModel, loadErr = loadEmbedded() })
	return loadModel, loadErr
}

// ErrNoModel is returned by Load when a model file is not embedded.
var ErrNoModel = errors.New("model file not embedded (run: rasid train morph)")

func loadEmbedded() (*Model, error) {
	return loadFrom(modelFS)
}

// loadFrom reads the segmenter and the tagger from fsys.
func loadFrom(fsys fs.FS) (*Model, error) {
	b, err := fs.ReadFile(fsys, segmenterFile)
	if err != nil {
		return nil, missing(segmenterFile, err)
	}
	m, err := Read(bytesReader(b))
	if err != nil {
		return nil, err
	}
	tb, err := fs.ReadFile(fsys, taggerFile)
	if err != nil {
		return nil, missing(taggerFile, err)
	}
	t, err := tagger.Load(bytesReader(tb))
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	m.SetTagger(t)
	return m, nil
}

func missing(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("morph: %s: %w", name, ErrNoModel)
	}
	return fmt.Errorf("morph: %s: %w", name, err)
}

// SetTagger makes m hand the UD words of each sentence to t.
func (m *Model) SetTagger(t *tagger.Model) { m.tagger = t }

// HasTagger reports whether m tags words.
func (m *Model) HasTagger() bool { return m.tagger != nil }

// embeddedTagger returns the embedded tagger.
func embeddedTagger() (*tagger.Model, error) {
	tb, err := modelFS.ReadFile(taggerFile)
	if err != nil {
		return nil, missing(taggerFile, err)
	}
	t, err := tagger.Load(bytesReader(tb))
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	return t, nil
}
