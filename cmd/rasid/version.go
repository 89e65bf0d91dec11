package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
)

// writeVersion prints the module version (with the commit when the binary
// was built from a checkout) and the versions of the embedded models.
func writeVersion(w io.Writer) {
	version, rev, modified := "(unknown)", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		version = bi.Main.Version
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	fmt.Fprintf(w, "rasid %s", version)
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		fmt.Fprintf(w, " (commit %s", rev)
		if modified {
			fmt.Fprint(w, ", modified")
		}
		fmt.Fprint(w, ")")
	}
	fmt.Fprintf(w, " %s\n", runtime.Version())
	seg, tag := morph.ModelVersions()
	fmt.Fprintf(w, "models: segmenter %s, tagger %s, ner %s (SHA-256 prefixes of the embedded files)\n", seg, tag, entity.ModelVersion())
	fmt.Fprintf(w, "json schema %d\n", rasid.SchemaVersion)
}
