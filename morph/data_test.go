package morph

import (
	"os"
	"path/filepath"
	"testing"
)

// dataDir returns ../shared/data relative to the repository root, or skips.
func dataDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(d, "farasa-wikinews", "WikiNews.pos.ref")); err != nil {
		t.Skipf("shared data not found at %s: skipping", d)
	}
	return d
}

// TestCrossValidate prints the four-fold WikiNews figures of docs/morph.md.
// It trains four models, so it runs only when RASID_CV=1.
func TestCrossValidate(t *testing.T) {
	if os.Getenv("RASID_CV") == "" {
		t.Skip("set RASID_CV=1 to run the cross-validation (a few minutes)")
	}
	d := dataDir(t)
	opts := TrainOptions{DataDir: d}
	if f := os.Getenv("RASID_CV_ERRORS"); f != "" {
		ef, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		defer ef.Close()
		opts.Errors = ef
	}
	if err := CrossValidate(opts, os.Stderr); err != nil {
		t.Fatal(err)
	}
}

// TestPUDLeaveOut prints the UD-split figures of docs/morph.md
// (RASID_CV=1).
func TestPUDLeaveOut(t *testing.T) {
	if os.Getenv("RASID_CV") == "" {
		t.Skip("set RASID_CV=1 to run the PUD leave-out evaluation")
	}
	if err := PUDLeaveOut(TrainOptions{DataDir: dataDir(t)}, os.Stderr); err != nil {
		t.Fatal(err)
	}
}
