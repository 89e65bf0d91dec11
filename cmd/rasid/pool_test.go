package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
)

// runJobs runs the runner over a JSON-lines stream with the given number
// of jobs and returns stdout, stderr and the counts.
func runJobs(t *testing.T, p *rasid.Pipeline, opt analyzeOptions, jobs int, in string) (string, string, [4]int) {
	t.Helper()
	opt.jobs = jobs
	var out, errb bytes.Buffer
	bw := bufio.NewWriter(&out)
	r := newRunner(p, opt, bw, &errb)
	r.input("-", strings.NewReader(in))
	r.close()
	bw.Flush()
	return out.String(), errb.String(), [4]int{r.records, r.done, r.bad, r.panics}
}

// wireStream is the wire test articles (testdata/wire, written for the
// project) as JSON lines, with bad lines and warnings in the middle.
func wireStream(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "wire", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no wire articles: %v", err)
	}
	var b strings.Builder
	for i, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "{\"id\":%q,\"date\":\"2025-03-0%d\",\"text\":%q}\n", filepath.Base(f), 1+i%9, text)
		switch i {
		case 3:
			b.WriteString("{\"id\":\"x\",\"text\":\n") // malformed
		case 5:
			b.WriteString("\n{\"text\":17}\n") // a blank line, then text not a string
		case 7:
			fmt.Fprintf(&b, "{\"id\":%q,\"date\":\"yesterday\",\"text\":\"قال الوزير.\"}\n", filepath.Base(f)) // two warnings
		}
	}
	return b.String()
}

// --jobs 4 writes byte for byte what --jobs 1 writes, messages included,
// in every format. Run with -race, it also checks that the annotators
// are safe for concurrent use.
func TestJobsSameOutput(t *testing.T) {
	ls, _ := rasid.ParseLayers("all")
	p, err := buildPipeline(ls)
	if err != nil {
		t.Fatal(err)
	}
	in := wireStream(t)
	for _, opt := range []analyzeOptions{
		{format: "json", inputFormat: "jsonl"},
		{format: "text", inputFormat: "jsonl", tokens: true},
		{format: "conllu", inputFormat: "jsonl"},
	} {
		out1, err1, n1 := runJobs(t, p, opt, 1, in)
		out4, err4, n4 := runJobs(t, p, opt, 4, in)
		if out1 != out4 {
			t.Errorf("%s: --jobs 4 output differs from --jobs 1 (%d and %d bytes)", opt.format, len(out4), len(out1))
		}
		if err1 != err4 {
			t.Errorf("%s: --jobs 4 messages differ:\n%s\n--- --jobs 1:\n%s", opt.format, err4, err1)
		}
		if n1 != n4 || n1[2] != 2 || n1[0] != strings.Count(in, "\n") {
			t.Errorf("%s: counts (records, done, bad, panics) %v with --jobs 4, %v with --jobs 1", opt.format, n4, n1)
		}
		if !strings.Contains(err1, "malformed JSON") || !strings.Contains(err1, "warning: \"date\"") {
			t.Errorf("%s: messages miss the bad line or the warning:\n%s", opt.format, err1)
		}
	}
}

// A panic and bad lines in the middle of a stream analysed by 4 workers
// are reported in their place; the documents around them are written in
// order.
func TestJobsErrorsInTheMiddle(t *testing.T) {
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), panicky{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 1; i <= 40; i++ {
		switch {
		case i%10 == 0:
			fmt.Fprintf(&b, "{\"id\":\"%d\",\"text\":\"BOOM قال\"}\n", i)
		case i == 15:
			b.WriteString("[1,2]\n")
		default:
			fmt.Fprintf(&b, "{\"id\":\"%d\",\"text\":\"قال الوزير %s\"}\n", i, strings.Repeat("إن الاتفاق سيوقع. ", i))
		}
	}
	opt := analyzeOptions{format: "json", inputFormat: "jsonl"}
	out1, err1, n1 := runJobs(t, p, opt, 1, b.String())
	out4, err4, n4 := runJobs(t, p, opt, 4, b.String())
	if out1 != out4 || err1 != err4 || n1 != n4 {
		t.Fatalf("--jobs 4 differs from --jobs 1: counts %v and %v\n%s\n---\n%s", n4, n1, err4, err1)
	}
	if want := [4]int{40, 35, 5, 4}; n4 != want {
		t.Errorf("counts (records, done, bad, panics) %v, want %v", n4, want)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out4), "\n") {
		k := strings.Index(line, `"id":"`)
		ids = append(ids, line[k+6:k+6+strings.IndexByte(line[k+6:], '"')])
	}
	if got := strings.Join(ids, " "); !strings.HasPrefix(got, "1 2 3 4 5 6 7 8 9 11 12 13 14 16 17") || !strings.HasSuffix(got, "38 39") {
		t.Errorf("documents out of order: %s", got)
	}
	for _, want := range []string{"stdin:10 (id 10): internal error", "stdin:15: the line is a JSON array", "stdin:40 (id 40): internal error"} {
		if !strings.Contains(err4, want) {
			t.Errorf("messages do not say %q:\n%s", want, err4)
		}
	}
	if i, j := strings.Index(err4, "stdin:10 "), strings.Index(err4, "stdin:15:"); i < 0 || j < i {
		t.Errorf("messages out of order:\n%s", err4)
	}
}

// A long document's windows analysed on several workers give the output
// of the windows analysed one after the other, and a panic in a window is
// contained.
func TestWindowsOnWorkers(t *testing.T) {
	old := windowBytes
	windowBytes = 600
	defer func() { windowBytes = old }()
	text := strings.Repeat(article+"\n", 12)
	ls, _ := rasid.ParseLayers("all")
	p, err := buildPipeline(ls)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "conllu", "text"} {
		var want string
		for _, jobs := range []int{1, 3} {
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			opt := analyzeOptions{format: format, tokens: true, jobs: jobs}
			if err := analyzeDocument(context.Background(), p, &rasid.Document{ID: "x", Text: text}, opt, w); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			if jobs == 1 {
				want = b.String()
			} else if b.String() != want {
				t.Errorf("%s: windows on %d workers differ from one by one", format, jobs)
			}
		}
	}
	pp, err := rasid.NewPipeline(tokenize.NewAnnotator(), panicky{})
	if err != nil {
		t.Fatal(err)
	}
	r := newRunner(pp, analyzeOptions{format: "json", jobs: 3}, bufio.NewWriter(&bytes.Buffer{}), &bytes.Buffer{})
	defer r.close()
	long := strings.Repeat(article+"\n", 6) + "BOOM\n" + strings.Repeat(article+"\n", 6)
	err = r.contain("long.txt", "long.txt", func() error {
		return analyzeDocument(context.Background(), pp, &rasid.Document{ID: "long.txt", Text: long}, r.opt, bufio.NewWriter(&bytes.Buffer{}))
	})
	if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "panicky") {
		t.Errorf("a panic in a window: %v", err)
	}
}
