package main

import (
	"fmt"
	"io"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/web"
)

// openWebArchive opens the archive at path for the server.
func openWebArchive(path string, p *rasid.Pipeline) (web.Archive, io.Closer, error) {
	return nil, nil, fmt.Errorf("--db %s: this build has no archive support yet", path)
}
