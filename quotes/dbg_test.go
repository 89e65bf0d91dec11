package quotes

import (
	"fmt"
	"os"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("QDBG")
	if s == "" {
		t.Skip()
	}
	d := &rasid.Document{Text: s}
	tokenize.NewAnnotator().Annotate(nil, d)
	f := newFinder(d)
	for i := range d.Tokens {
		fmt.Printf("%d %q key=%q cue=%d te=%d\n", i, f.surf(i), f.keys[i], f.cues[i].class, f.titleEnd(i))
	}
	for _, q := range Find(d) {
		fmt.Printf("%s cue=%q sp=%q | %s\n", q.Kind, q.Cue.In(s), q.Speaker.Name, q.In(s))
	}
}
