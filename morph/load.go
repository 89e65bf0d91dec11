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

// The two files again as strings, which the binary holds in read-only
// memory: the tagger decodes from taggerBin without a copy (its strings
// point into it).
var (
	//go:embed model/segmenter.bin
	segmenterBin string
	//go:embed model/tagger.bin
	taggerBin string
)

const (
	segmenterFile = "model/segmenter.bin"
	taggerFile    = "model/tagger.bin"
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
	return load(func(name string) (string, error) {
		switch name {
		case segmenterFile:
			return segmenterBin, nil
		case taggerFile:
			return taggerBin, nil
		}
		return "", fs.ErrNotExist
	})
}

// loadFrom reads the segmenter and the tagger from fsys.
func loadFrom(fsys fs.FS) (*Model, error) {
	return load(func(name string) (string, error) {
		b, err := fs.ReadFile(fsys, name)
		return string(b), err
	})
}

// load reads the segmenter and the tagger, the tagger in a goroutine of
// its own: the two are independent, and loading is on the critical path of
// every program start.
func load(file func(name string) (string, error)) (*Model, error) {
	type loaded struct {
		t   *tagger.Model
		err error
	}
	tc := make(chan loaded, 1)
	go func() {
		tb, err := file(taggerFile)
		if err != nil {
			tc <- loaded{err: missing(taggerFile, err)}
			return
		}
		t, err := tagger.Decode(tb)
		if err != nil {
			err = fmt.Errorf("morph: %w", err)
		}
		tc <- loaded{t, err}
	}()
	b, err := file(segmenterFile)
	if err != nil {
		<-tc
		return nil, missing(segmenterFile, err)
	}
	m, err := Decode(b)
	t := <-tc
	if err != nil {
		return nil, err
	}
	if t.err != nil {
		return nil, t.err
	}
	m.SetTagger(t.t)
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
	t, err := tagger.Decode(taggerBin)
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	return t, nil
}
