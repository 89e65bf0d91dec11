package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// SQuAD-format reading comprehension data (ARCD) read as a retrieval task:
// every paragraph is a document, every question a query whose relevant
// document is the paragraph it was asked on.

// Paragraph is one ARCD paragraph.
type Paragraph struct {
	ID    string // "p" + article index + "-" + paragraph index, e.g. p3-1
	Title string
	Text  string
}

// Question is one question with the id of its paragraph.
type Question struct {
	ID        string
	Text      string
	Paragraph string
}

// ReadSQuAD reads a SQuAD v1.1 file.
func ReadSQuAD(path string) ([]Paragraph, []Question, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var f struct {
		Data []struct {
			Title      string `json:"title"`
			Paragraphs []struct {
				Context string `json:"context"`
				QAs     []struct {
					ID       string `json:"id"`
					Question string `json:"question"`
				} `json:"qas"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, nil, fmt.Errorf("%s: not SQuAD JSON: %v", path, err)
	}
	var ps []Paragraph
	var qs []Question
	for i, a := range f.Data {
		for j, p := range a.Paragraphs {
			id := fmt.Sprintf("p%d-%d", i, j)
			ps = append(ps, Paragraph{ID: id, Title: a.Title, Text: p.Context})
			for _, q := range p.QAs {
				qs = append(qs, Question{ID: q.ID, Text: q.Question, Paragraph: id})
			}
		}
	}
	if len(ps) == 0 {
		return nil, nil, fmt.Errorf("%s: no paragraphs", path)
	}
	return ps, qs, nil
}

// Retrieval accumulates Recall@k and MRR@10 over queries.
type Retrieval struct {
	Queries int
	hits    [3]int // found at rank ≤ 1, 5, 10
	rr      float64
}

// Add records one query's ranked result ids against its relevant id.
func (r *Retrieval) Add(ranked []string, relevant string) int {
	r.Queries++
	for i, id := range ranked {
		if i >= 10 {
			break
		}
		if id == relevant {
			rank := i + 1
			if rank <= 1 {
				r.hits[0]++
			}
			if rank <= 5 {
				r.hits[1]++
			}
			r.hits[2]++
			r.rr += 1 / float64(rank)
			return rank
		}
	}
	return 0
}

func (r *Retrieval) ratio(n int) float64 {
	if r.Queries == 0 {
		return 0
	}
	return float64(n) / float64(r.Queries)
}

// RecallAt1, RecallAt5, RecallAt10 and MRR10 are the metrics.
func (r *Retrieval) RecallAt1() float64  { return r.ratio(r.hits[0]) }
func (r *Retrieval) RecallAt5() float64  { return r.ratio(r.hits[1]) }
func (r *Retrieval) RecallAt10() float64 { return r.ratio(r.hits[2]) }
func (r *Retrieval) MRR10() float64 {
	if r.Queries == 0 {
		return 0
	}
	return r.rr / float64(r.Queries)
}
