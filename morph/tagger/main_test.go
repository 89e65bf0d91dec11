package tagger

import (
	"os"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
)

// TestMain says in one line which tests were skipped for want of
// ../shared/data (and CI=true makes such a skip a failure).
func TestMain(m *testing.M) { os.Exit(datatest.Main(m)) }
