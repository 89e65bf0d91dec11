package tagger

import (
	"unicode"

	"github.com/rasid/rasid/internal/clusters"
	"github.com/rasid/rasid/training"
)

// Word clusters from raw news text. A fifth of the words in new text were
// never seen in the treebanks; what the tagger knows of them comes from
// their letters, unless it also knows the company they keep. Each frequent
// word of the SaudiNewsNet articles is represented by the words seen just
// left and right of it (among the most frequent ones), and spherical
// k-means groups words with similar neighbourhoods (internal/clusters); the
// cluster number is a feature of the UPOS classifier.

// clusterOptions are the settings of the shipped model's clusters, k of
// them.
func clusterOptions(k int, log func(string, ...any)) clusters.Options {
	return clusters.Options{
		Split:    splitWords,
		Vocab:    100000, // words that get a cluster
		MinCount: 3,
		Contexts: 400, // neighbours counted on each side
		Offsets:  []int{-1, 1},
		K:        k,
		Iter:     8,
		Init:     clusters.Spread,
		Logf:     log,
	}
}

// splitWords calls word for each run of letters of text, diacritics
// stripped and folded; a run of marks alone cuts the context.
func splitWords(text string, word func(string), cut func()) {
	emit := func(w string) {
		if w = Strip(w); w == "" {
			cut()
			return
		}
		word(normForm(w))
	}
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r) || isDiacritic(r)
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			emit(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		emit(text[start:])
	}
}

// learnClusters returns a cluster number for the frequent words of the raw
// news text (folded forms), or nil when the data folder has none or too few
// words.
func learnClusters(d training.Data, k int, log func(string, ...any)) (map[string]uint16, error) {
	if !d.Has(training.SaudiNewsNet) {
		return nil, nil
	}
	r, err := clusters.Build(d.Texts, clusterOptions(k, log))
	if err != nil || len(r.Cluster) < k {
		return nil, err
	}
	out := make(map[string]uint16, len(r.Cluster))
	for i, c := range r.Cluster {
		out[r.Words[i]] = uint16(c)
	}
	return out, nil
}
