package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/rasid/rasid/internal/datatest"
)

// TestMain builds the rasid binary for the tests that run it
// (cli_test.go), then says in one line which tests were skipped for want of
// ../shared/data (and CI=true makes such a skip a failure).
func TestMain(m *testing.M) {
	cleanup, err := buildRasid()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := datatest.Main(m)
	cleanup()
	os.Exit(code)
}
