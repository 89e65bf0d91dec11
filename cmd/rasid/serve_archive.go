package main

import (
	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

// openWebArchive opens the archive at path read-only for the server; p
// analyses the queries.
func openWebArchive(path string, p *rasid.Pipeline) (rasid.Searcher, error) {
	return sqlite.Open(path, sqlite.Options{ReadOnly: true, Analyzer: p})
}
