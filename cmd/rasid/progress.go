package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is the progress bar of `rasid analyze` on stderr: bytes read
// (with the rate and, when the input size is known, the time left) and
// documents done. A nil *progress does nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

func termIsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// startProgress shows the bar when stderr is a terminal (or --progress
// asks for it) and --quiet does not turn it off.
func (r *runner) startProgress(files []string, stdin io.Reader) {
	if r.opt.quiet || !(r.opt.progress || isTerminal(r.stderr)) {
		return
	}
	total := int64(0)
	for _, name := range files {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				total = -1
				break
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			total = -1
			break
		}
		total += fi.Size()
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(r.stderr),
		progressbar.OptionSetDescription("0 documents"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionFullWidth(),
	)
	bar.RenderBlank() // shown at once, before the first document is done
	r.prog = &progress{bar: bar}
}

// endProgress removes the bar.
func (r *runner) endProgress() {
	if r.prog != nil {
		r.prog.bar.Finish()
		r.prog.bar.Clear()
	}
}

// reader counts the bytes read from rd on the bar.
func (p *progress) reader(rd io.Reader) io.Reader {
	if p == nil {
		return rd
	}
	return &countingReader{r: rd, bar: p.bar}
}

// record shows the number of documents done.
func (p *progress) record(done int) {
	if p == nil {
		return
	}
	if done < 100 || done%50 == 0 {
		p.bar.Describe(plural(done, "document"))
	}
}

// clear takes the bar off the line before a message.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

type countingReader struct {
	r   io.Reader
	bar *progressbar.ProgressBar
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	if n > 0 {
		c.bar.Add64(int64(n))
	}
	return n, err
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return itoa(n) + " " + what + "s"
}
