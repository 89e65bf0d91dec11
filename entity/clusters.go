package entity

import (
	"unicode"

	"github.com/rasid/rasid/internal/clusters"
)

// Clusters maps folded words to distributional clusters learnt from raw
// news text, and to their raw-text counts.
//
// Training builds and changes words; a model read from its file keeps
// them in flat instead (no map the collector scans) until a training
// step changes them (thaw).
type Clusters struct {
	words map[string]clusterEntry
	flat  *wordTable
}

// get returns the entry of the folded word w.
func (c *Clusters) get(w string) (clusterEntry, bool) {
	if c.flat != nil {
		return c.flat.get(w)
	}
	e, ok := c.words[w]
	return e, ok
}

// size returns the number of words.
func (c *Clusters) size() int {
	if c.flat != nil {
		return len(c.flat.ents)
	}
	return len(c.words)
}

// each calls f with every word and its entry, in no particular order.
func (c *Clusters) each(f func(string, clusterEntry)) {
	if c.flat != nil {
		for k := range c.flat.ents {
			f(c.flat.word(k), c.flat.ents[k].e)
		}
		return
	}
	for w, e := range c.words {
		f(w, e)
	}
}

// thaw moves the words of a read model into words, to be changed.
func (c *Clusters) thaw() {
	if c.flat == nil {
		return
	}
	c.words = make(map[string]clusterEntry, len(c.flat.ents))
	c.each(func(w string, e clusterEntry) { c.words[w] = e })
	c.flat = nil
}

type clusterEntry struct {
	fine, coarse uint16 // noCluster when the word is counted but not clustered
	count        uint32
	ctx          uint32 // context buckets (contexts.go), ctxBits per class
}

const noCluster = 0xffff

func (c *Clusters) lookup(w string) (fine, coarse, freq int, ctx uint32) {
	if c == nil {
		return -1, -1, 0, 0
	}
	e, ok := c.get(w)
	if !ok {
		return -1, -1, 0, 0
	}
	if e.fine == noCluster {
		return -1, -1, freqBucket(int(e.count)), e.ctx
	}
	return int(e.fine), int(e.coarse), freqBucket(int(e.count)), e.ctx
}

func (c *Clusters) count(w string) int {
	if c == nil {
		return 0
	}
	e, _ := c.get(w)
	return int(e.count)
}

// ClusterOptions sets how clusters are computed.
type ClusterOptions struct {
	Vocab     int // words that get a cluster (most frequent first)
	Keep      int // words whose counts are kept (for clitic decisions)
	Contexts  int // context words (most frequent first)
	Dims      int // random projection dimensions
	Fine      int // number of fine clusters
	Coarse    int // number of coarse clusters
	Iter      int // k-means iterations
	MinCount  int
	Seed      int64
	MaxTokens int // 0: all
}

// DefaultClusterOptions are the settings of the shipped model.
var DefaultClusterOptions = ClusterOptions{
	Vocab: 60000, Keep: 150000, Contexts: 1500, Dims: 64, Fine: 600, Coarse: 60,
	Iter: 8, MinCount: 3, Seed: 1,
}

// rawTokens splits raw text into folded tokens the way ANERcorp tokens are
// cut: at spaces, and with punctuation standing alone; clitics stay
// attached.
func rawTokens(text string, emit func(string)) {
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			emit(fold(clipToken(text[start:i])))
			start = -1
		}
		if !unicode.IsSpace(r) {
			emit(string(r))
		}
	}
	if start >= 0 {
		emit(fold(clipToken(text[start:])))
	}
}

// BuildClusters learns word clusters from raw text (internal/clusters):
// each frequent word is described by positive PMI with the frequent words
// at offsets -2..+2, projected to a few random dimensions, and the
// projections are grouped by spherical k-means (fine), whose centroids are
// grouped again (coarse).
func BuildClusters(texts func(func(string)) error, o ClusterOptions, logf func(string, ...any)) (*Clusters, error) {
	r, err := clusters.Build(texts, clusters.Options{
		Split:     func(text string, word func(string), _ func()) { rawTokens(text, word) },
		MaxTokens: o.MaxTokens,
		Vocab:     o.Vocab, MinCount: o.MinCount, Contexts: o.Contexts, Offsets: []int{-2, -1, 1, 2},
		Weighting: clusters.PPMI, Dims: o.Dims, K: o.Fine, Coarse: o.Coarse, Iter: o.Iter,
		Init: clusters.Random, Seed: o.Seed, Logf: logf,
	})
	if err != nil {
		return nil, err
	}
	t := &Clusters{words: map[string]clusterEntry{}}
	for i := 0; i < len(r.Words) && i < o.Keep && r.Counts[i] >= 2; i++ {
		e := clusterEntry{fine: noCluster, coarse: noCluster, count: uint32(r.Counts[i])}
		if i < len(r.Cluster) {
			e.fine, e.coarse = uint16(r.Cluster[i]), 0
			if r.Coarse != nil {
				e.coarse = uint16(r.Coarse[r.Cluster[i]])
			}
		}
		t.words[r.Words[i]] = e
	}
	if logf != nil {
		logf("clusters: %d words kept, %d clustered", len(t.words), len(r.Cluster))
	}
	return t, nil
}
