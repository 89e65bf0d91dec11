package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
	"golang.org/x/text/encoding/charmap"
)

// The tests in this file run the rasid binary as a user does: TestMain
// (main_test.go) builds it once into a temporary folder.
var rasidBin string

// buildRasid builds the binary into a temporary folder for the tests that
// run it (TestMain calls it); the returned function removes it.
func buildRasid() (cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "rasid-cli-test")
	if err != nil {
		return nil, err
	}
	rasidBin = filepath.Join(dir, "rasid")
	build := exec.Command("go", "build", "-o", rasidBin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("building rasid: %w", err)
	}
	return func() { os.RemoveAll(dir) }, nil
}

// rasidCmd runs the binary with stdin and returns stdout, stderr and the
// exit status.
func rasidCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(rasidBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("running rasid: %v", err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = "قال وزير الخارجية الروسي سيرغي لافروف أمس إن موسكو لن تقبل بأي حلول. وأضاف لافروف: «لن نتراجع عن مواقفنا». وزار لافروف القاهرة.\n"

// Item 0: the text of issue 9 that panicked, through the binary.
func TestCLIIssue9Panic(t *testing.T) {
	out, errs, code := rasidCmd(t, "جامعة الأميرة نورة\n", "analyze")
	if code != 0 || strings.Contains(errs, "panic") || !strings.Contains(out, "جامعة الأميرة نورة") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
	_, errs, code = rasidCmd(t, "{\"id\":\"a\",\"text\":\"جامعة الأميرة نورة\"}\n", "analyze", "--input", "jsonl", "--format", "json")
	if code != 0 {
		t.Fatalf("jsonl: exit %d: %s", code, errs)
	}
}

// panicky is an annotator that panics on documents holding "BOOM".
type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Annotate(_ context.Context, d *rasid.Document) error {
	if strings.Contains(d.Text, "BOOM") {
		var s []int
		_ = s[3]
	}
	return nil
}

// Item 0: a panic inside one document's analysis is contained, reported
// with the document's line and id, and the stream goes on (exit status 1).
func TestPanicContainment(t *testing.T) {
	p, err := rasid.NewPipeline(tokenize.NewAnnotator(), panicky{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	var errb bytes.Buffer
	bw := bufio.NewWriter(&out)
	opt := analyzeOptions{format: "json", inputFormat: "jsonl"}
	r := newRunner(p, opt, bw, &errb)
	in := `{"id":"a","text":"قال الوزير"}` + "\n" + `{"id":"b","text":"BOOM قال"}` + "\n" + `{"id":"c","text":"وأضاف"}` + "\n"
	if err := r.input("-", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	if r.done != 2 || r.panics != 1 || r.bad != 1 {
		t.Errorf("done %d, panics %d, bad %d; want 2, 1, 1", r.done, r.panics, r.bad)
	}
	if got := strings.Count(out.String(), "\n"); got != 2 {
		t.Errorf("%d output lines, want 2:\n%s", got, out.String())
	}
	msg := errb.String()
	if !strings.Contains(msg, "stdin:2 (id b)") || !strings.Contains(msg, "internal error") || !strings.Contains(msg, "index out of range") {
		t.Errorf("message %q does not name the line, the id and the problem", msg)
	}
	if code, _ := exitCode(fmt.Errorf("analyze: %s", r.summary(1, 0))); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}

// Item 1: flags after file names are flags.
func TestCLIFlagsAfterFiles(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "a.txt", article)
	out, errs, code := rasidCmd(t, "", "analyze", f, "--format", "json", "--layers", "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out)
	}
	// "--" ends the flags: what follows is a file name
	_, errs, code = rasidCmd(t, "", "analyze", "--layers", "tokens", "--", "--format")
	if code != 1 || !strings.Contains(errs, "--format") {
		t.Errorf("after --: exit %d, stderr %q", code, errs)
	}
}

// Item 2: each file is closed when done, so more files than the limit of
// open files can be analysed.
func TestCLIManyFiles(t *testing.T) {
	dir := t.TempDir()
	args := []string{"analyze", "--layers", "tokens", "--format", "json"}
	for i := 0; i < 120; i++ {
		args = append(args, writeFile(t, dir, fmt.Sprintf("a%03d.txt", i), "قال الوزير إن الاتفاق سيوقع.\n"))
	}
	cmd := exec.Command("sh", append([]string{"-c", `ulimit -n 40 && exec "$0" "$@"`, rasidBin}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 120 {
		t.Errorf("%d documents written, want 120", n)
	}
}

// Item 3: Windows-1256 with the Arabic comma after a letter (a valid UTF-8
// pair) is detected from the whole input.
func TestCLIWindows1256(t *testing.T) {
	raw, err := charmap.Windows1256.NewEncoder().String("قال الوزير، ان الحكومة")
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := rasidCmd(t, raw, "analyze", "--layers", "tokens", "--format", "json")
	if code != 0 || !strings.Contains(out, "الوزير") || !strings.Contains(errs, "Windows-1256") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
}

// Item 4: JSON lines as they come: a byte order mark, numeric ids, bad
// dates, titles without text, duplicate ids, and messages in the user's
// terms.
func TestCLIJSONLines(t *testing.T) {
	in := "\uFEFF" + `{"id":1,"text":"قال الوزير أمس"}` + "\n" +
		`{"id":"2","text":"قال الوزير أمس","date":"yesterday"}` + "\n" +
		`{"id":"3","title":"الوزير يزور القاهرة"}` + "\n" +
		`{"id":"2","text":"وأضاف الوزير"}` + "\n" +
		`{"id":"5","text":42}` + "\n" +
		`[1,2]` + "\n"
	out, errs, code := rasidCmd(t, in, "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens,dates", "--date", "2022-02-07")
	if code != 1 {
		t.Errorf("exit %d, want 1 (two bad lines)", code)
	}
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d struct {
			ID   string `json:"id"`
			Date string `json:"date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID+"@"+d.Date)
	}
	if want := "1@2022-02-07 2@2022-02-07 3@2022-02-07 2@2022-02-07"; strings.Join(ids, " ") != want {
		t.Errorf("records %q, want %q", strings.Join(ids, " "), want)
	}
	for _, want := range []string{
		`stdin:2 (id 2): warning: "date" "yesterday" is not a date`,
		`stdin:3 (id 3): warning: the record has a "title" but no "text"`,
		`stdin:4 (id 2): warning: id "2" is also the id of line 2`,
		`stdin:5: "text" must be a string, not a number`,
		`stdin:6: the line is a JSON array, not an object`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "Go ") || strings.Contains(errs, "main.") || strings.Contains(errs, "json:") {
		t.Errorf("stderr shows Go internals:\n%s", errs)
	}
}

// Item 5: an interrupted stream ends on a whole line, says where to
// resume, and exits 130 (SIGINT) or 143 (SIGTERM); --skip resumes.
func TestCLIInterrupt(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			cmd := exec.Command(rasidBin, "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			watchdog := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
			defer watchdog.Stop()
			rd := bufio.NewReader(stdout)
			for i := 1; i <= 3; i++ {
				fmt.Fprintf(stdin, "{\"id\":\"%d\",\"text\":\"قال الوزير إن الاتفاق سيوقع.\"}\n", i)
				if _, err := rd.ReadString('\n'); err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
			}
			// the fourth record is on its way in: half a line
			fmt.Fprint(stdin, `{"id":"4","text":"قال`)
			time.Sleep(100 * time.Millisecond)
			cmd.Process.Signal(tc.sig)
			rest, _ := io.ReadAll(rd)
			err = cmd.Wait()
			stdin.Close()
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit %d (%v), want %d", code, err, tc.code)
			}
			if len(rest) != 0 {
				t.Errorf("output after the signal: %q", rest)
			}
			if !strings.Contains(errb.String(), "after 3 records") || !strings.Contains(errb.String(), "--skip 3") || !strings.Contains(errb.String(), "stdin line 4") {
				t.Errorf("stderr %q does not say where to resume", errb.String())
			}
		})
	}
	// resuming
	var in strings.Builder
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"قال الوزير\"}\n", i)
	}
	out, errs, code := rasidCmd(t, in.String(), "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens", "--skip", "3")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"id":"4"`) {
		t.Errorf("--skip 3: exit %d, %q, %s", code, out, errs)
	}
}

// Item 6: memory stays within 300 MB + 20× the document, and --max-bytes
// values the machine cannot hold are refused.
func TestCLIMemoryBound(t *testing.T) {
	if testing.Short() {
		t.Skip("long document: skipped with -short")
	}
	var b strings.Builder
	for b.Len() < 3<<20 {
		b.WriteString(article)
		b.WriteString("\n")
	}
	dir := t.TempDir()
	f := writeFile(t, dir, "long.txt", b.String())
	cmd := exec.Command(rasidBin, "analyze", "--format", "json", f)
	cmd.Stdout = io.Discard
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	rss := int64(ru.Maxrss) << 10
	limit := int64(300<<20) + 20*int64(b.Len())
	t.Logf("document %d bytes: peak RSS %d MB (bound %d MB)", b.Len(), rss>>20, limit>>20)
	if rss > limit {
		t.Errorf("peak RSS %d MB over the bound of %d MB", rss>>20, limit>>20)
	}
	for _, v := range []string{"0", "-5", "lots", "900T"} {
		_, errs, code := rasidCmd(t, "قال", "analyze", "--max-bytes", v)
		if code != 2 || strings.Count(errs, "--max-bytes") != 1 {
			t.Errorf("--max-bytes %s: exit %d, stderr %q", v, code, errs)
		}
	}
}

// Windows give the same JSON as the whole document for the layers that
// only look at their sentence (tokens, sentences).
func TestWindowsMatchWhole(t *testing.T) {
	old := windowBytes
	windowBytes = 600
	defer func() { windowBytes = old }()
	text := strings.Repeat(article+"\n", 12)
	for _, format := range []string{"json", "conllu", "text"} {
		ls, _ := rasid.ParseLayers("tokens")
		p, err := buildPipeline(ls)
		if err != nil {
			t.Fatal(err)
		}
		opt := analyzeOptions{format: format, tokens: true}
		var whole, parts bytes.Buffer
		d := &rasid.Document{ID: "x", Text: text}
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(&whole)
		writeDoc(w, d, opt)
		w.Flush()
		w = bufio.NewWriter(&parts)
		if err := analyzeDocument(context.Background(), p, &rasid.Document{ID: "x", Text: text}, opt, w); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		if whole.String() != parts.String() {
			t.Errorf("%s: windows differ from the whole:\n%s\n---\n%s", format, parts.String(), whole.String())
		}
	}
}

// Item 7: the progress bar goes to stderr only when asked or on a
// terminal, never to stdout.
func TestCLIProgress(t *testing.T) {
	in := strings.Repeat(`{"text":"قال الوزير"}`+"\n", 20)
	out, errs, code := rasidCmd(t, in, "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens", "--progress")
	if code != 0 || !strings.Contains(errs, "documents") || strings.Count(out, "\n") != 20 || strings.Contains(out, "document") {
		t.Errorf("--progress: exit %d, stderr %q", code, errs)
	}
	_, errs, _ = rasidCmd(t, in, "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens")
	if errs != "" {
		t.Errorf("stderr not a terminal: %q", errs)
	}
	_, errs, _ = rasidCmd(t, in, "analyze", "--input", "jsonl", "--format", "json", "--layers", "tokens", "--progress", "--quiet")
	if errs != "" {
		t.Errorf("--quiet: %q", errs)
	}
}

// Item 8: usage errors exit 2 with one message; -h exits 0; --version.
func TestCLIUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--bogus"},
		{"analyze", "--format", "xml"},
		{"analyze", "--date", "7/2/2022"},
		{"analyze", "--layers", "syntax"},
		{"analyze", "--input", "csv"},
		{"analyze", "--encoding", "latin9"},
		{"eval", "nonsense"},
		{"train"},
		{"nonsense"},
	} {
		_, errs, code := rasidCmd(t, "قال", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%q)", args, code, errs)
		}
		first := strings.SplitN(strings.TrimSpace(errs), "\n", 2)[0]
		if strings.Count(errs, strings.TrimPrefix(first, "rasid: ")) != 1 {
			t.Errorf("%v: message printed more than once:\n%s", args, errs)
		}
	}
	for _, args := range [][]string{{"train", "morph", "-h"}, {"analyze", "-h"}, {"eval", "ner", "--help"}, {"help"}} {
		_, errs, code := rasidCmd(t, "", args...)
		if code != 0 || strings.Contains(errs, "help requested") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	out, _, code := rasidCmd(t, "", "--version")
	if code != 0 || !regexp.MustCompile(`(?m)^rasid \S+.*\nmodels: segmenter [0-9a-f]{12}, tagger [0-9a-f]{12}, ner [0-9a-f]{12}`).MatchString(out) {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// Item 9: evaluation on a file of the wrong format fails with a message;
// training without the data folder names the folder.
func TestCLIEvalWrongFormat(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "article.txt", article)
	conll := writeFile(t, dir, "gold.conllu", "# text = قال\n1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n\n")
	bio := writeFile(t, dir, "gold.bio", "قال O\nلافروف B-PERS\n. O\n")
	wiki := writeFile(t, dir, "gold.seg", "و+قال\tCONJ+V\nال+وزير\tDET+NOUN\n")
	for _, tc := range []struct {
		eval, file string
	}{
		{"ner", text}, {"ner", conll}, {"ner", wiki},
		{"segments", text}, {"segments", conll}, {"segments", bio},
	} {
		out, errs, code := rasidCmd(t, "", "eval", tc.eval, tc.file)
		if code != 1 || !strings.Contains(errs, "format") {
			t.Errorf("eval %s %s: exit %d\nstdout %q\nstderr %q", tc.eval, filepath.Base(tc.file), code, out, errs)
		}
	}
	for _, model := range []string{"morph", "ner"} {
		_, errs, code := rasidCmd(t, "", "train", model, "--data", filepath.Join(dir, "nowhere"), "--out", filepath.Join(dir, "m.gz"), "--tagger-out", "")
		if model == "ner" {
			_, errs, code = rasidCmd(t, "", "train", model, "--data", filepath.Join(dir, "nowhere"), "--out", filepath.Join(dir, "m.gz"))
		}
		if code != 1 || !strings.Contains(errs, filepath.Join(dir, "nowhere")) || !strings.Contains(errs, "shared/data") {
			t.Errorf("train %s without data: exit %d, %q", model, code, errs)
		}
	}
}

// Item 12: the text view puts the facts first, each entity once with its
// count; tokens only with --tokens.
func TestCLITextView(t *testing.T) {
	out, errs, code := rasidCmd(t, article, "analyze")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(out, "لافروف  ×") != 1 || !strings.Contains(out, "سيرغي لافروف  ×3") {
		t.Errorf("the entity is not listed once with its count:\n%s", out)
	}
	if strings.Contains(out, "/VERB") {
		t.Errorf("tokens without --tokens:\n%s", out)
	}
	out, _, _ = rasidCmd(t, article, "analyze", "--tokens")
	facts, toks := strings.Index(out, "entities"), strings.Index(out, "/VERB")
	if facts < 0 || toks < 0 || toks < facts {
		t.Errorf("facts do not come before the tokens:\n%s", out)
	}
	// a headline in quotation marks with no cue is not a quote
	out, _, _ = rasidCmd(t, "«الأمن أولا»\nوقال الوزير إن «الأمن أولا» في كل الأحوال.\n", "analyze", "--layers", "quotes")
	_, quotes, _ := strings.Cut(out, "\nquotes:\n")
	quotes, _, _ = strings.Cut(quotes, "\n\n")
	if n := strings.Count(quotes, "\n") + 1; quotes == "" || n != 1 {
		t.Errorf("want the one quotation of the minister, got %d:\n%s", n, out)
	}
}

// Item 11: docs/cli.md names every flag of `rasid analyze`.
func TestCLIDocsFlags(t *testing.T) {
	doc, err := os.ReadFile("../../docs/cli.md")
	if err != nil {
		t.Fatal(err)
	}
	_, usage, _ := rasidCmd(t, "", "analyze", "-h")
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(usage, -1) {
		if !strings.Contains(string(doc), "`--"+m[1]+"`") {
			t.Errorf("docs/cli.md does not document --%s", m[1])
		}
	}
	out, _, _ := rasidCmd(t, "قال الوزير.", "analyze", "--format", "conllu", "--layers", "tokens")
	if strings.Contains(out, "# newdoc id =") != strings.Contains(string(doc), "# newdoc id =") {
		t.Errorf("docs/cli.md and the CoNLL-U output disagree on # newdoc")
	}
}

// Item 10: presentation forms are analysed as the letters they stand for.
func TestCLIPresentationForms(t *testing.T) {
	out, errs, code := rasidCmd(t, "وقال الوزير ﻓﻲ بيان إن ﷲ ﹰ", "analyze", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d struct {
		Tokens []struct {
			Text, Norm string
			Words      []struct{ Form, UPOS string }
		}
		Entities []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	for _, tk := range d.Tokens {
		if strings.Contains(tk.Norm, " ") {
			t.Errorf("norm of %q holds a space: %q", tk.Text, tk.Norm)
		}
		switch tk.Text {
		case "ﻓﻲ":
			if len(tk.Words) != 1 || tk.Words[0].Form != "في" || tk.Words[0].UPOS != "ADP" {
				t.Errorf("ﻓﻲ analysed as %+v, want في/ADP", tk.Words)
			}
		case "ﷲ":
			if len(tk.Words) != 1 || tk.Words[0].Form != "الله" || tk.Words[0].UPOS == "NUM" {
				t.Errorf("ﷲ analysed as %+v", tk.Words)
			}
		}
	}
	for _, e := range d.Entities {
		if strings.Contains(e.Text, "ﻓﻲ") {
			t.Errorf("entity %q holds ﻓﻲ", e.Text)
		}
	}
}
