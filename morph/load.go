package morph

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/rasid/rasid/morph/tagger"
)

// The embedded models: the segmenter (rasid train morph) and the tagger
// (package morph/tagger). Either may be absent from a development tree.
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

// Load returns the embedded model, read once and shared: the segmenter and,
// when its file is embedded, the tagger. Without a segmenter model every
// token is one word; without a tagger words carry no tags.
func Load() (*Model, error) {
	loadOnce.Do(func() { loadModel, loadErr = loadEmbedded() })
	return loadModel, loadErr
}

func loadEmbedded() (*Model, error) {
	var m *Model
	b, err := modelFS.ReadFile(segmenterFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		m = newModel()
	case err != nil:
		return nil, err
	default:
		if m, err = Read(bytesReader(b)); err != nil {
			return nil, err
		}
	}
	tb, err := modelFS.ReadFile(taggerFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, err
	default:
		t, err := tagger.Load(bytesReader(tb))
		if err != nil {
			return nil, fmt.Errorf("morph: %w", err)
		}
		m.SetTagger(t)
	}
	return m, nil
}

// SetTagger makes m hand the UD words of each sentence to t.
func (m *Model) SetTagger(t *tagger.Model) { m.tagger = t }

// HasTagger reports whether m tags words.
func (m *Model) HasTagger() bool { return m.tagger != nil }

// embeddedTagger returns the embedded tagger, or nil.
func embeddedTagger() *tagger.Model {
	tb, err := modelFS.ReadFile(taggerFile)
	if err != nil {
		return nil
	}
	t, err := tagger.Load(bytesReader(tb))
	if err != nil {
		return nil
	}
	return t
}
