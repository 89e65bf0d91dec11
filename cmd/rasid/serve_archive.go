package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

// openWebArchive opens the archive at path for the server, read-only; p
// analyses the queries. A missing file becomes an empty archive, so that
// the server can start before the first `rasid ingest` into it (the pages
// then say how to ingest).
func openWebArchive(path string, p *rasid.Pipeline) (rasid.Searcher, bool, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		db, err := sqlite.Open(path, sqlite.Options{Analyzer: p})
		if err != nil {
			return nil, false, err
		}
		return db, true, nil
	}
	db, err := sqlite.Open(path, sqlite.Options{ReadOnly: true, Analyzer: p})
	return db, false, err
}
