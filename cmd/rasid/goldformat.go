package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// checkDataDir fails with a message naming the shared data folder and the
// files a training run needs when one of them is missing.
func checkDataDir(cmd, dir string, need ...string) error {
	for _, rel := range need {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err != nil {
			what := "is missing " + p
			if _, err := os.Stat(dir); err != nil {
				what = "is not there"
			}
			return fmt.Errorf("%s: the training data folder %s %s; it needs %s. The data is the shared folder ../shared/data beside the repository (see ../shared/data/README.md); point --data at it",
				cmd, dir, what, strings.Join(need, ", "))
		}
	}
	return nil
}
