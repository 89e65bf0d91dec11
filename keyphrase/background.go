package keyphrase

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/internal/modelfile"
	"github.com/rasid/rasid/normalize"
)

// Background holds the document frequencies of lemmas in a news
// collection: how many of its articles use each lemma at least once.
type Background struct {
	Docs    int
	Command string // the command that counted it
	Data    string // the collection and its licence
	df      map[string]int32
}

//go:embed model/background.gz
var embedded []byte

// LoadBackground returns the embedded background frequencies.
func LoadBackground() (*Background, error) { return ReadBackground(bytes.NewReader(embedded)) }

// NewBackground returns an empty table to count into with Add.
func NewBackground() *Background { return &Background{df: map[string]int32{}} }

// Key is the form under which a word is counted and compared: its lemma
// (else its stem, else its form), normalised (normalize.Default).
func Key(w *rasid.Word) string {
	s := w.Lemma
	if s == "" {
		s = w.Stem
	}
	if s == "" {
		s = w.Form
	}
	return normalize.String(s)
}

// Add counts one document: every distinct key of its words once.
func (b *Background) Add(d *rasid.Document) {
	seen := map[string]bool{}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Kind != rasid.Arabic && t.Kind != rasid.Latin {
			continue
		}
		for j := range t.Words {
			k := Key(&t.Words[j])
			if k != "" && !seen[k] {
				seen[k] = true
				b.df[k]++
			}
		}
	}
	b.Docs++
}

// DF returns the number of documents that use key.
func (b *Background) DF(key string) int { return int(b.df[key]) }

// IDF returns log((Docs+1)/(DF+1)): 0 for a word in every article, about
// log(Docs) for a word never seen.
func (b *Background) IDF(key string) float64 {
	return math.Log(float64(b.Docs+1) / float64(b.df[key]+1))
}

// Prune drops the keys used by fewer than min documents (they read as
// unseen: rare).
func (b *Background) Prune(min int) {
	for k, n := range b.df {
		if int(n) < min {
			delete(b.df, k)
		}
	}
}

// Write writes the table in an internal/modelfile container (kind
// "background", version 1) whose payload is gzip of a line with the number
// of documents, then "key<TAB>df" lines sorted by key.
func (b *Background) Write(w io.Writer) error {
	h := modelfile.Header{Kind: "background", Version: 1, Command: b.Command, Data: b.Data}
	if h.Command == "" {
		h.Command = "rasid train keyphrase"
	}
	return modelfile.Write(w, h, func(w io.Writer) error {
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(zw)
		keys := make([]string, 0, len(b.df))
		for k := range b.df {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(bw, "%d\n", b.Docs)
		for _, k := range keys {
			fmt.Fprintf(bw, "%s\t%d\n", k, b.df[k])
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		return zw.Close()
	})
}

// ReadBackground reads a table written by Write.
func ReadBackground(r io.Reader) (*Background, error) {
	h, payload, err := modelfile.Open(r, "background", 1)
	if err != nil {
		return nil, fmt.Errorf("keyphrase background: %w", err)
	}
	zr, err := gzip.NewReader(payload)
	if err != nil {
		return nil, fmt.Errorf("keyphrase background: %w", err)
	}
	sc := bufio.NewScanner(zr)
	b := &Background{Command: h.Command, Data: h.Data, df: map[string]int32{}}
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			if b.Docs, err = strconv.Atoi(line); err != nil {
				return nil, fmt.Errorf("keyphrase background: line 1: bad document count %q", line)
			}
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		df, err := strconv.Atoi(v)
		if !ok || err != nil {
			return nil, fmt.Errorf("keyphrase background: line %d: want key<TAB>count", n)
		}
		b.df[k] = int32(df)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("keyphrase background: %w", err)
	}
	return b, nil
}
