package tagger

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rasid/rasid/internal/benchcpu"
	"github.com/rasid/rasid/training"
)

// shippedModel loads morph/model/tagger.bin, the model the morph package
// embeds.
func shippedModel(tb testing.TB) *Model {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "model", "tagger.bin"))
	if err != nil {
		tb.Skipf("shipped model not found: %v", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestShippedModel(t *testing.T) {
	m := shippedModel(t)
	out := m.Tag(testSentence)
	for i, a := range out {
		t.Logf("%s\t%+v", testSentence[i], a)
	}
	if out[3].UPOS != "ADP" || out[2].Lemma != "وزير" || out[8].Lemma != "أعلن" || out[8].Root != "علن" {
		t.Errorf("shipped model: unexpected analyses %+v", out)
	}
}

// benchSentences returns the words of the PUD sentences (gold words, real
// news text) or, without the shared data, the test sentence.
func benchSentences(b *testing.B) [][]string {
	var sents [][]string
	if dir, err := os.Getwd(); err == nil {
		d := training.Data{Dir: filepath.Join(dir, "..", "..", "..", "shared", "data")}
		if s, err := readTreebank(d, training.PUDDev, PUD); err == nil {
			for _, x := range s {
				words := make([]string, len(x.Toks))
				for i, t := range x.Toks {
					words[i] = t.Form
				}
				sents = append(sents, words)
			}
		}
	}
	if len(sents) == 0 {
		sents = [][]string{testSentence}
	}
	return sents
}

// sizes returns the bytes and the number of the words of sents.
func sizes(sents [][]string) (n, words int) {
	for _, s := range sents {
		words += len(s)
		for _, w := range s {
			n += len(w)
		}
	}
	return n, words
}

// BenchmarkTag measures tagging throughput; bytes are the UTF-8 bytes of
// the words. Words per second = ns/op over words per op (reported).
func BenchmarkTag(b *testing.B) {
	m := shippedModel(b)
	sents := benchSentences(b)
	n, words := sizes(sents)
	// One untimed pass: what the model says of each form seen in training
	// is computed on the form's first use (as in a process that has run
	// for a while).
	for _, s := range sents {
		m.Tag(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	cpu := stop()
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
}

// BenchmarkTagCold is BenchmarkTag with the caches of what the model says
// of each form emptied before each pass (a new process): every form's
// lexicon features, context sums and lemma guesses are computed again.
func BenchmarkTagCold(b *testing.B) {
	m := shippedModel(b)
	sents := benchSentences(b)
	n, words := sizes(sents)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	stop := benchcpu.Start(b)
	for b.Loop() {
		m.newWord, m.guessed = nil, nil
		m.knownWords = make([]atomic.Pointer[knownWord], len(m.knownWords))
		for _, s := range sents {
			m.Tag(s)
		}
	}
	cpu := stop()
	b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
}

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "model", "tagger.bin"))
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer benchcpu.Start(b)()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentTag runs Tag from several goroutines (go test -race checks
// that the model is only read).
func TestConcurrentTag(t *testing.T) {
	m := shippedModel(t)
	want := m.Tag(testSentence)
	done := make(chan []Analysis)
	for g := 0; g < 4; g++ {
		go func() {
			var out []Analysis
			for i := 0; i < 50; i++ {
				out = m.Tag(testSentence)
			}
			done <- out
		}()
	}
	for g := 0; g < 4; g++ {
		got := <-done
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("concurrent Tag: word %d = %+v, want %+v", i, got[i], want[i])
			}
		}
	}
}

// FuzzTag checks that any words get one analysis each, without panics.
func FuzzTag(f *testing.F) {
	m := shippedModel(f)
	f.Add("و قال الوزير")
	f.Add("كِتَابٌ 2024 Hello")
	f.Add("\xff ـــ \u064e")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		out := m.Tag(words)
		if len(out) != len(words) {
			t.Fatalf("Tag(%q) returned %d analyses", words, len(out))
		}
		for i, a := range out {
			if a.UPOS == "" {
				t.Errorf("Tag(%q)[%d] has no UPOS", words, i)
			}
		}
	})
}
