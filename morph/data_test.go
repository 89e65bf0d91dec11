package morph

import (
	"os"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
)

// dataDir returns the shared data folder, or skips the test when it (or
// the WikiNews file) is absent.
func dataDir(t testing.TB) string {
	t.Helper()
	datatest.Path(t, "farasa-wikinews/WikiNews.pos.ref")
	return datatest.Path(t, ".")
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
