package entity

import (
	"slices"

	"github.com/rasid/rasid/internal/learn"
)

// Labels are the IOB2 tags, named as in ANERcorp. Their order is part of the
// model format.
var Labels = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const nLabels = 9

func labelIndex(tag string) int {
	switch tag {
	case "B-PER":
		tag = "B-PERS"
	case "I-PER":
		tag = "I-PERS"
	case "B-GPE":
		tag = "B-LOC"
	case "I-GPE":
		tag = "I-LOC"
	}
	for i, l := range Labels {
		if l == tag {
			return i
		}
	}
	return 0
}

// allowed reports whether label b may follow label a (a = -1 at the start):
// I-X only continues B-X or I-X.
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true
	}
	return a == b || a == b-1
}

// weights is the linear model: one row of nLabels per feature, plus
// transitions (row nLabels is the start state).
type weights struct {
	index map[uint64]int32
	keys  []uint64 // a model read from a file: the sorted keys, index nil
	w     []float32
	trans learn.Transitions
}

// row returns the row of feature key k.
func (m *weights) row(k uint64) (int32, bool) {
	if m.index != nil {
		j, ok := m.index[k]
		return j, ok
	}
	j, ok := slices.BinarySearch(m.keys, k)
	return int32(j), ok
}

// sortedRows returns the feature keys in increasing order and the row of
// each.
func (m *weights) sortedRows() ([]uint64, []int32) {
	if m.index == nil {
		rows := make([]int32, len(m.keys))
		for i := range rows {
			rows[i] = int32(i)
		}
		return m.keys, rows
	}
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rows := make([]int32, len(keys))
	for i, k := range keys {
		rows[i] = m.index[k]
	}
	return keys, rows
}

// newTransitions returns zero transitions over the labels, I-X allowed
// only after B-X or I-X.
func newTransitions() learn.Transitions { return learn.NewTransitions(nLabels, allowed) }

// emissions fills sc (len(feats)*nLabels) with the per-token label scores.
func (m *weights) emissions(feats [][]uint64, sc []float32) {
	for i, fs := range feats {
		row := sc[i*nLabels : (i+1)*nLabels]
		clear(row)
		for _, f := range fs {
			j, ok := m.row(f)
			if !ok {
				continue
			}
			wr := m.w[int(j)*nLabels : int(j+1)*nLabels]
			for k := range row {
				row[k] += wr[k]
			}
		}
	}
}

// lexicalPos are the positions, in a token's feature list, of the
// features that name the token itself (word, stem, bigrams with it); see
// features.
var lexicalPos = []int{1, 2, 4, 5, 6}
