package dates

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugFind(t *testing.T) {
	s := os.Getenv("DATES_DEBUG")
	if s == "" {
		t.Skip("set DATES_DEBUG")
	}
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, m := range Find(s, pub) {
		fmt.Printf("%q %s %s %s %s\n", m.In(s), m.Kind, m.Value, m.Hijri, m.Calendar)
	}
}
