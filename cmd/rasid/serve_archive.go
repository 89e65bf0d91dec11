package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

// openWebArchive opens the archive at path for the server, read-only, with
// the query analyzer of rasid search. A missing file becomes an empty
// archive, so that the server can start before the first `rasid ingest`
// into it (the pages then say how to ingest).
func openWebArchive(path string) (rasid.Searcher, bool, error) {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		db, err := openSearcher(path)
		return db, false, err
	}
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return nil, false, err
	}
	db, err := sqlite.Open(path, sqlite.Options{Analyzer: p})
	return db, true, err
}
