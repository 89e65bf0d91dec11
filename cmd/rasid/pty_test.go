//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair, or skips the test where there is
// none.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("no pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetUint32(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("no pseudo-terminal: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// drain reads r into a buffer until it fails.
type drain struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (d *drain) from(r io.Reader) {
	b := make([]byte, 4096)
	for {
		n, err := r.Read(b)
		d.mu.Lock()
		d.buf.Write(b[:n])
		d.mu.Unlock()
		if err != nil {
			return
		}
	}
}

func (d *drain) String() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.buf.String()
}

// Item 8: `rasid analyze` with no file on a terminal says it reads stdin.
func TestPTYStdinNote(t *testing.T) {
	master, slave := openPTY(t)
	cmd := exec.Command(rasidBin, "analyze", "--layers", "tokens")
	cmd.Stdin = slave
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var echo drain
	go echo.from(master)
	time.Sleep(300 * time.Millisecond)
	master.Write([]byte("قال الوزير\n\x04"))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%v: %s", err, errb.String())
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("rasid did not end at Ctrl-D")
	}
	if !strings.Contains(errb.String(), "reading the article from stdin") {
		t.Errorf("no note on stderr: %q", errb.String())
	}
	if !strings.Contains(out.String(), "2 tokens") {
		t.Errorf("stdout %q", out.String())
	}
}

// Item 7: on a terminal stderr, the progress bar is shown; never on stdout.
func TestPTYProgressBar(t *testing.T) {
	master, slave := openPTY(t)
	dir := t.TempDir()
	f := writeFile(t, dir, "in.jsonl", strings.Repeat(`{"text":"قال الوزير إن الاتفاق سيوقع"}`+"\n", 300))
	for _, quiet := range []bool{false, true} {
		args := []string{"analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens", f}
		if quiet {
			args = append(args, "--quiet")
		}
		cmd := exec.Command(rasidBin, args...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, slave
		var term drain
		go term.from(master)
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
		shown := strings.Contains(term.String(), "documents")
		if shown == quiet {
			t.Errorf("quiet %v: terminal shows %q", quiet, term.String())
		}
		if strings.Contains(out.String(), "documents") || strings.Count(out.String(), "\n") != 300 {
			t.Errorf("quiet %v: stdout is not the 300 documents alone", quiet)
		}
	}
}
