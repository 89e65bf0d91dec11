package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/topic"
)

// selfTrain scores self-training on unlabelled SaudiNewsNet copy: for the
// held-out part and each of n folds (n > 1), a model trained on the other
// folds labels n SaudiNewsNet articles (every stride-th in archive order);
// those whose first topic has a probability of at least minProb join the
// training articles under that label, and the model trained again scores
// the left-out part.
func selfTrain(ats []articleTerms, o topic.Options, data string, count, stride, folds int, minProb float64, logf func(string, ...any), w io.Writer) error {
	var snn []eval.Article
	i := 0
	err := corpus.EachArticle(filepath.Join(data, "saudinewsnet"), func(a corpus.Article) bool {
		if i%stride == 0 && (a.Title != "" || a.Content != "") {
			snn = append(snn, eval.Article{ID: fmt.Sprintf("snn-%d", i), Title: a.Title, Text: a.Content})
		}
		i++
		return len(snn) < count
	})
	if err != nil {
		return err
	}
	un, err := extractTerms(snn, logf)
	if err != nil {
		return err
	}
	logf("saudinewsnet: %d articles analysed", len(un))
	fold := foldOf(ats, selfTrainFolds(folds))
	held, pooled := eval.NewConfusion(), eval.NewConfusion()
	for f := 0; f < max(folds, 1); f++ {
		keep := func(id string) bool { return fold[id] != f }
		tr := examples(ats, o.Term, keep)
		m, err := topic.Train(tr, o)
		if err != nil {
			return err
		}
		m.Temperature = nestedTemperature
		added := map[string]int{}
		for _, u := range un {
			ts := m.Classify(u.title[o.Term], u.text[o.Term])
			if ts[0].Score >= minProb {
				tr = append(tr, topic.Example{Title: u.title[o.Term], Text: u.text[o.Term], Label: ts[0].Label})
				added[ts[0].Label]++
			}
		}
		logf("fold %d: %d SaudiNewsNet articles added %v", f, len(tr)-len(examples(ats, o.Term, keep)), added)
		m2, err := topic.Train(tr, o)
		if err != nil {
			return err
		}
		for _, a := range ats {
			if fold[a.id] == f {
				p := m2.Classify(a.title[o.Term], a.text[o.Term])[0].Label
				pooled.Add(a.label, p)
				if f == 0 {
					held.Add(a.label, p)
				}
			}
		}
		if folds <= 1 {
			break
		}
	}
	fmt.Fprintf(w, "| self-training, %d SaudiNewsNet articles, probability ≥ %.2f | %.2f | %.2f | %.2f |", len(un), minProb, held.Accuracy(), held.MacroF1(), held.MacroRecall())
	if folds > 1 {
		fmt.Fprintf(w, " %.2f | %.2f | %.2f |", pooled.Accuracy(), pooled.MacroF1(), pooled.MacroRecall())
	}
	fmt.Fprintln(w)
	return nil
}

// selfTrainFolds is the number of parts selfTrain splits the articles
// into: folds when it is above 1, so that every part is scored; else 5,
// of which the first is the held-out part.
func selfTrainFolds(folds int) int {
	if folds > 1 {
		return folds
	}
	return 5
}
