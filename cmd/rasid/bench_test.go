package main

import (
	"context"
	"encoding/json"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/benchcpu"
	"github.com/rasid/rasid/internal/datatest"
	"github.com/rasid/rasid/internal/jsonoracle"
)

// benchPipeline runs the pipeline of the given layers over about 1 MB of
// SaudiNewsNet articles, reusing memory from one document to the next as
// a worker of rasid analyze does, and reports bytes/s and words (tokens)
// per second.
func benchPipeline(b *testing.B, layers string) {
	texts := datatest.News(b, 1<<20)
	ls, err := rasid.ParseLayers(layers)
	if err != nil {
		b.Fatal(err)
	}
	p, err := buildPipeline(ls)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	// count tokens once, outside the timed loop
	words := 0
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		words += len(d.Tokens)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	// As a worker of rasid analyze: the token and sentence slices and the
	// arena of words and segments are reused from one document to the next.
	w := newWorker()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			w.arena.Reset()
			d := &rasid.Document{Text: t, Tokens: w.tokens[:0], Sentences: w.sents[:0], Arena: &w.arena}
			if err := p.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
			w.tokens, w.sents = d.Tokens, d.Sentences
		}
	}
	cpu := stop()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
}

// BenchmarkPipelineTokens is the text layer alone: sentences and tokens.
func BenchmarkPipelineTokens(b *testing.B) { benchPipeline(b, "tokens") }

// BenchmarkPipelineWords is the text layer plus morphology.
func BenchmarkPipelineWords(b *testing.B) { benchPipeline(b, "words") }

// BenchmarkPipelineAll is the full path: every layer.
func BenchmarkPipelineAll(b *testing.B) { benchPipeline(b, "all") }

// benchAnalyze runs `rasid analyze --input jsonl` in the process, as a
// user runs it (reading JSON lines, analysing on --jobs = GOMAXPROCS
// workers, writing the output), over about size bytes of SaudiNewsNet
// articles; the models are loaded in each iteration, as in a process.
// -cpu 1,2 gives --jobs 1 and 2.
func benchAnalyze(b *testing.B, size int, args ...string) {
	texts := datatest.News(b, size)
	var in strings.Builder
	var n int64
	words := 0
	for i, t := range texts {
		line, _ := json.Marshal(map[string]string{"id": strconv.Itoa(i), "text": t})
		in.Write(line)
		in.WriteByte('\n')
		n += int64(len(t))
		words += len(strings.Fields(t))
	}
	args = append([]string{"--quiet", "--input", "jsonl", "--jobs", strconv.Itoa(runtime.GOMAXPROCS(0))}, args...)
	// as in the process (main)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(defaultMemoryLimit))
	defer func(old bool) { processGC = old }(processGC)
	processGC = true
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := analyze(args, strings.NewReader(in.String()), io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	// the machine is shared: CPU time (user + system, the whole process)
	// says what the run cost whatever else ran beside it
	b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
}

// cpuTime returns the CPU time (user + system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAnalyzeTokens is `analyze --layers tokens` (text view) on 4 MB.
func BenchmarkAnalyzeTokens(b *testing.B) { benchAnalyze(b, 4<<20, "--layers", "tokens") }

// BenchmarkAnalyzeTokensList is the same listing every token (--tokens).
func BenchmarkAnalyzeTokensList(b *testing.B) {
	benchAnalyze(b, 4<<20, "--layers", "tokens", "--tokens")
}

// BenchmarkAnalyzeTokensJSON is `analyze --layers tokens --format json`.
func BenchmarkAnalyzeTokensJSON(b *testing.B) {
	benchAnalyze(b, 4<<20, "--layers", "tokens", "--format", "json")
}

// BenchmarkAnalyzeAllJSON is the full analysis with JSON output on 1 MB.
func BenchmarkAnalyzeAllJSON(b *testing.B) { benchAnalyze(b, 1<<20, "--format", "json") }

// oldJSON is a Document encoded as before AppendJSON: json.Marshal of the
// wire types inside MarshalJSON, whose output encoding/json then checks
// and compacts again.
type oldJSON struct{ d *rasid.Document }

func (o oldJSON) MarshalJSON() ([]byte, error) { return jsonoracle.Marshal(o.d) }

// BenchmarkJSONOutput writes the JSON of about 1 MB of SaudiNewsNet
// articles analysed beforehand with every layer: through encoding/json
// as before (the oracle of the tests) and through Document.AppendJSON.
func BenchmarkJSONOutput(b *testing.B) {
	texts := datatest.News(b, 1<<20)
	ls, _ := rasid.ParseLayers("all")
	p, err := buildPipeline(ls)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*rasid.Document
	var size int64
	for _, t := range texts {
		d := &rasid.Document{Text: t}
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(t))
	}
	for _, enc := range []struct {
		name  string
		write func(*rasid.Document, []byte) ([]byte, error)
	}{
		{"encoding-json", func(d *rasid.Document, _ []byte) ([]byte, error) { return json.Marshal(oldJSON{d}) }},
		{"append", func(d *rasid.Document, buf []byte) ([]byte, error) { return d.AppendJSON(buf[:0]) }},
	} {
		b.Run(enc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			var buf []byte
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if buf, err = enc.write(d, buf); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
