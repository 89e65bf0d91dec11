package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/topic"
)

// A nested selection chooses, for every outer fold, one of a grid of
// model options and one shift of the decision towards or away from the
// class prior, by cross-validation inside the other folds only, then
// scores the outer fold with the model of the choice trained on all the
// other folds (docs/aids.md, session 8). The rule: among the grid's
// points, those whose inner accuracy is within accSlack of the best inner
// accuracy; of those, the one of the highest inner macro-F1.
const accSlack = 0.2

// nestedGrid is one row of `train topic --nested`: the options tried and
// the prior shifts β (log probability + β · log class frequency).
type nestedGrid struct {
	name  string
	opts  []topic.Options
	label []string // a short name of each options
	betas []float64
}

// nestedGrids are the selections `train topic --nested` scores.
func nestedGrids(base topic.Options) []nestedGrid {
	weights := func(ps ...float64) ([]topic.Options, []string) {
		var os []topic.Options
		var ls []string
		for _, p := range ps {
			o := base
			o.Balance = p
			os = append(os, o)
			ls = append(ls, fmt.Sprintf("weights^%.2g", p))
		}
		return os, ls
	}
	betas := []float64{-0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1}
	wo, wl := weights(0.4, 0.5, 0.7)
	bo, bl := weights(0.5)
	// in this order the last grid reuses the models of the one before
	return []nestedGrid{
		{"prior shift β chosen inside the training folds (shipped options)", bo, bl, betas},
		{"class weights^p and β chosen inside the training folds", wo, wl, betas},
		{"class weights^p chosen inside the training folds", wo, wl, []float64{0}},
	}
}

// foldScores are the topics of the articles of the folds left out of a
// model's training, by options and folds left out, kept for the grids and
// folds that share the model.
type foldScores map[string]map[int][][]rasid.Topic

// scoresOf returns the topics of the articles of fold h (in the order of
// ats) by the model of options o trained without the folds out (h among
// them).
func (fs foldScores) scoresOf(ats []articleTerms, fold map[string]int, o topic.Options, h int, out ...int) ([][]rasid.Topic, error) {
	slices.Sort(out)
	key := fmt.Sprintf("%+v %v", o, out)
	if s, ok := fs[key]; ok {
		return s[h], nil
	}
	m, err := topic.Train(examples(ats, o.Term, func(id string) bool { return !slices.Contains(out, fold[id]) }), o)
	if err != nil {
		return nil, err
	}
	m.Temperature = nestedTemperature
	s := map[int][][]rasid.Topic{}
	for _, a := range ats {
		if f := fold[a.id]; slices.Contains(out, f) {
			s[f] = append(s[f], m.Classify(a.title[o.Term], a.text[o.Term]))
		}
	}
	fs[key] = s
	return s[h], nil
}

// labelsOf returns the labels of the articles of fold h, in order.
func labelsOf(ats []articleTerms, fold map[string]int, h int) []string {
	var ls []string
	for _, a := range ats {
		if fold[a.id] == h {
			ls = append(ls, a.label)
		}
	}
	return ls
}

// foldOf returns the fold (of n, by hash of the id as crossValidate cuts
// them) of every article.
func foldOf(ats []articleTerms, n int) map[string]int {
	f := make(map[string]int, len(ats))
	for _, a := range ats {
		for k := 0; k < n; k++ {
			if eval.DevSplit(a.id, (k+1)*100/n) {
				f[a.id] = k
				break
			}
		}
	}
	return f
}

// nestedCompare prints, for every grid whose name holds only, the held-out
// (fold 0) and pooled scores of the nested selection and each outer
// fold's choice.
func nestedCompare(ats []articleTerms, base topic.Options, n int, only string, w io.Writer) error {
	fold := foldOf(ats, n)
	memo := foldScores{}
	fmt.Fprintf(w, "| nested selection | accuracy | macro-F1 | macro-recall | %d-fold accuracy | macro-F1 | macro-recall | choices |\n|---|---|---|---|---|---|---|---|\n", n)
	for _, g := range nestedGrids(base) {
		if !strings.Contains(g.name, only) {
			continue
		}
		held, pooled := eval.NewConfusion(), eval.NewConfusion()
		var picks []string
		for f := 0; f < n; f++ {
			oi, beta, err := nestedChoose(ats, fold, memo, g, f, n)
			if err != nil {
				return err
			}
			picks = append(picks, fmt.Sprintf("%s β %+.2f", g.label[oi], beta))
			ts, err := memo.scoresOf(ats, fold, g.opts[oi], f, f)
			if err != nil {
				return err
			}
			prior := logPrior(ats, func(id string) bool { return fold[id] != f })
			for i, l := range labelsOf(ats, fold, f) {
				pred := decide(ts[i], prior, beta)
				pooled.Add(l, pred)
				if f == 0 {
					held.Add(l, pred)
				}
			}
		}
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |\n", g.name,
			held.Accuracy(), held.MacroF1(), held.MacroRecall(), pooled.Accuracy(), pooled.MacroF1(), pooled.MacroRecall(), strings.Join(picks, "; "))
	}
	return nil
}

// nestedTemperature is the temperature the log probabilities of a nested
// selection are taken at (the shipped model's, docs/aids.md).
const nestedTemperature = 0.3

// nestedChoose returns the grid point (options index, β) chosen for outer
// fold f by cross-validation over the other folds.
func nestedChoose(ats []articleTerms, fold map[string]int, memo foldScores, g nestedGrid, f, n int) (int, float64, error) {
	type point struct {
		oi       int
		beta     float64
		acc, mf1 float64
	}
	var pts []point
	prior := logPrior(ats, func(id string) bool { return fold[id] != f })
	for oi, o := range g.opts {
		cs := make([]*eval.Confusion, len(g.betas))
		for i := range cs {
			cs[i] = eval.NewConfusion()
		}
		for h := 0; h < n; h++ {
			if h == f {
				continue
			}
			ts, err := memo.scoresOf(ats, fold, o, h, f, h)
			if err != nil {
				return 0, 0, err
			}
			for j, l := range labelsOf(ats, fold, h) {
				for i, b := range g.betas {
					cs[i].Add(l, decide(ts[j], prior, b))
				}
			}
		}
		for i, b := range g.betas {
			pts = append(pts, point{oi, b, cs[i].Accuracy(), cs[i].MacroF1()})
		}
	}
	best := math.Inf(-1)
	for _, p := range pts {
		best = math.Max(best, p.acc)
	}
	pick := -1
	for i, p := range pts {
		if p.acc >= best-accSlack && (pick < 0 || p.mf1 > pts[pick].mf1) {
			pick = i
		}
	}
	return pts[pick].oi, pts[pick].beta, nil
}

// logPrior returns the log frequency of each label among the articles
// kept.
func logPrior(ats []articleTerms, keep func(id string) bool) map[string]float64 {
	cnt := map[string]float64{}
	total := 0.0
	for _, a := range ats {
		if keep(a.id) {
			cnt[a.label]++
			total++
		}
	}
	lp := make(map[string]float64, len(cnt))
	for l, c := range cnt {
		lp[l] = math.Log(c / total)
	}
	return lp
}

// decide returns the label of the highest log probability plus β times
// the label's log prior.
func decide(ts []rasid.Topic, prior map[string]float64, beta float64) string {
	if beta == 0 {
		return ts[0].Label
	}
	best, label := math.Inf(-1), ""
	for _, t := range ts {
		if v := math.Log(math.Max(t.Score, 1e-300)) + beta*prior[t.Label]; v > best {
			best, label = v, t.Label
		}
	}
	return label
}
