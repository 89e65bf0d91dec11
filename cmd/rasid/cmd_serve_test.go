package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rasid/rasid"
)

// syncBuffer is a bytes.Buffer safe for the server's log writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeAnalyzeAndShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	var logs syncBuffer
	go func() { done <- serve(ctx, []string{"--addr", "127.0.0.1:0", "--log", "json"}, &logs, ready) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	}
	resp, err := http.Post("http://"+addr+"/api/analyze?date=2022-02-07", "text/plain", strings.NewReader("قال لافروف أمس إن الحوار ممكن."))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte(fmt.Sprintf(`"schema":%d`, rasid.SchemaVersion))) {
		t.Fatalf("POST /api/analyze = %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(logs.String(), `"msg":"request"`) || !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("logs = %s", logs.String())
	}
}

// TestServeNewArchive starts the server on a path where no archive is yet:
// it creates an empty one, and the search page says how to ingest.
func TestServeNewArchive(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "new.db")
	go func() { done <- serve(ctx, []string{"--db", db, "--addr", "127.0.0.1:0"}, io.Discard, ready) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	}
	resp, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte("rasid ingest")) {
		t.Errorf("GET / on an empty archive = %d %.300s", resp.StatusCode, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	// a file that is not an archive is refused
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("not a database at all, just text"), 0o644)
	if err := serve(context.Background(), []string{"--db", bad, "--addr", "127.0.0.1:0"}, io.Discard, nil); err == nil {
		t.Errorf("serve on a text file: no error")
	}
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{{"--max-body", "0"}, {"--log", "xml"}, {"extra"}, {"--addr", "256.0.0.1:1"}} {
		var stderr bytes.Buffer
		if err := serve(context.Background(), args, &stderr, nil); err == nil {
			t.Errorf("serve %q: no error", args)
		}
	}
}

// TestServeSIGTERM runs rasid serve as a process (this test binary, through
// TestMain's helper mode), sends SIGTERM while a request is in flight, and
// wants the request answered and exit status 0.
func TestServeSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperServe$")
	cmd.Env = append(os.Environ(), "RASID_HELPER_SERVE=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	buf := make([]byte, 100)
	n, err := out.Read(buf)
	if err != nil {
		t.Fatalf("reading the address: %v (stderr %s)", err, stderr.String())
	}
	addr := strings.TrimSpace(string(buf[:n]))
	// a slow request: a big text to analyse
	text := strings.Repeat("قال وزير الخارجية سيرغي لافروف في موسكو أمس إن الحوار ممكن. ", 2000)
	type result struct {
		status int
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/api/analyze", "text/plain", strings.NewReader(text))
		if err != nil {
			res <- result{err: err}
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		res <- result{status: resp.StatusCode}
	}()
	time.Sleep(300 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	r := <-res
	if r.err != nil || r.status != 200 {
		t.Errorf("in-flight request: status %d, err %v", r.status, r.err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("rasid serve after SIGTERM: %v (stderr %s)", err, stderr.String())
	}
}

// TestHelperServe is not a test: it is rasid serve for TestServeSIGTERM.
func TestHelperServe(t *testing.T) {
	if os.Getenv("RASID_HELPER_SERVE") != "1" {
		t.Skip("helper process for TestServeSIGTERM")
	}
	ready := make(chan string, 1)
	go func() { addr := <-ready; os.Stdout.WriteString(addr + "\n") }()
	ctx, stop := signalContext()
	defer stop()
	if err := serve(ctx, []string{"--addr", "127.0.0.1:0"}, os.Stderr, ready); err != nil {
		os.Exit(1)
	}
	os.Exit(0)
}
