package topic

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// LossHinge is Options.Loss for the hinge loss (L1-loss SVMs); the empty
// Loss is the squared hinge.
const LossHinge = "hinge"

// Example is one training article: the terms of its title and text (see
// Terms) and its label.
type Example struct {
	Title, Text []string
	Label       string
}

// Train fits a model on the examples. Training is deterministic: the
// vocabulary and labels are sorted, the example order comes from a
// generator seeded with o.Seed, and every floating-point product is
// rounded on its own (no fused multiply-add), so the same examples give
// the same model file byte for byte.
func Train(ex []Example, o Options) (*Model, error) {
	if o.Loss != "" && o.Loss != LossHinge {
		return nil, fmt.Errorf("topic: unknown loss %q: want %q (the hinge) or none (the squared hinge)", o.Loss, LossHinge)
	}
	ex = Dedup(ex, o.Dedup)
	if len(ex) == 0 {
		return nil, errors.New("topic: no training examples")
	}
	labelSet := map[string]int{}
	for _, e := range ex {
		labelSet[e.Label]++
	}
	m := &Model{Opt: o, Temperature: 1}
	for l := range labelSet {
		m.Labels = append(m.Labels, l)
	}
	sort.Strings(m.Labels)
	lab := map[string]int{}
	for i, l := range m.Labels {
		lab[l] = i
	}
	k := len(m.Labels)
	counts := m.vocabulary(ex)
	xs := make([][]feature, len(ex))
	ys := make([]int, len(ex))
	for i := range ex {
		xs[i] = m.vector(counts[i], nil)
		ys[i] = lab[ex[i].Label]
	}
	cw := make([]float64, k)
	for c, l := range m.Labels {
		cw[c] = o.classWeight(len(ex), k, labelSet[l])
	}
	nTerms, dims := len(m.terms), 0
	if o.Vectors != nil && o.VecWeight > 0 {
		dims = m.addDocVectors(xs)
	}
	w := make([]float64, (nTerms+dims)*k)
	b := make([]float64, k)
	fit(xs, ys, cw, w, b, nTerms+dims, o)
	if dims > 0 {
		m.foldDocVectors(w)
	}
	m.w = make([]float32, nTerms*k)
	for j := range m.w {
		m.w[j] = float32(w[j])
	}
	m.b = make([]float32, k)
	for c, v := range b {
		m.b[c] = float32(v)
	}
	return m, nil
}

// vocabulary sets m's terms (those in at least MinDF articles, sorted),
// index and idf from the examples, and returns each example's weighted
// term counts.
func (m *Model) vocabulary(ex []Example) []map[string]float64 {
	counts := make([]map[string]float64, len(ex))
	df := map[string]int{}
	for i, e := range ex {
		counts[i] = m.Opt.counts(e.Title, e.Text)
		for t := range counts[i] {
			df[t]++
		}
	}
	for t, n := range df {
		if n >= m.Opt.MinDF {
			m.terms = append(m.terms, t)
		}
	}
	sort.Strings(m.terms)
	m.index = newTermIndex(m.terms)
	m.setBlocks()
	m.idf = make([]float32, len(m.terms))
	nDocs := float64(len(ex))
	for i, t := range m.terms {
		m.idf[i] = float32(math.Log((nDocs+1)/float64(df[t]+1)) + 1)
	}
	return counts
}

// classWeight is the cost weight of a class of n of the N examples, k
// classes: 1, or with Balanced the inverse frequency N / (k·n) raised to
// the power Balance.
func (o *Options) classWeight(N, k, n int) float64 {
	if !o.Balanced {
		return 1
	}
	cw := float64(N) / float64(k*n)
	if o.Balance > 0 {
		cw = math.Pow(cw, o.Balance)
	}
	return cw
}

// fit adds to w and b the weights and biases of the model o.Model over the
// vectors xs with labels ys and class weights cw.
func fit(xs [][]feature, ys []int, cw, w, b []float64, nTerms int, o Options) {
	k := len(b)
	switch o.Model {
	case "svm", "nbsvm":
		trainSVM(xs, ys, cw, w, b, nTerms, o)
		return
	case "nb", "cnb":
	default:
		if o.Model == "lr+svm" {
			// the SVM's margins, Mix times, plus the regression's scores
			so := o
			so.Model, so.Epochs = "svm", 50
			trainSVM(xs, ys, cw, w, b, nTerms, so)
			scale(w, o.Mix)
			scale(b, o.Mix)
		}
		n := max(o.Ensemble, 1)
		we, be := make([]float64, len(w)), make([]float64, k)
		for e := 0; e < n; e++ {
			oe := o
			oe.Seed = o.Seed + uint64(e)
			clear(we)
			clear(be)
			trainLR(xs, ys, cw, we, be, oe)
			for j := range w {
				w[j] += we[j] / float64(n)
			}
			for c := range b {
				b[c] += be[c] / float64(n)
			}
		}
	}
	if o.Model == "nb" || o.Model == "cnb" || o.Model == "lr+cnb" {
		nw, nb := trainNB(xs, ys, k, nTerms, o.Model != "nb", o.Alpha)
		mix := 1.0
		if o.Model == "lr+cnb" {
			mix = o.Mix
		}
		for j := range w {
			w[j] += float64(mix * nw[j])
		}
		for c := range b {
			b[c] += float64(mix * nb[c])
		}
	}
}

// scale multiplies every element of v by f.
func scale(v []float64, f float64) {
	for i := range v {
		v[i] = float64(f * v[i])
	}
}

// trainNB returns the weights and biases of a multinomial naive Bayes over
// the weighted vectors, or of its complement variant (Rennie et al. 2003:
// each class is scored by how unlike the other classes' counts the article
// is, with weights scaled to unit L1 norm per class and a uniform prior).
func trainNB(xs [][]feature, ys []int, k, n int, complement bool, alpha float64) ([]float64, []float64) {
	cnt := make([]float64, n*k)
	tot := make([]float64, k)
	docs := make([]float64, k)
	for i, x := range xs {
		docs[ys[i]]++
		for _, f := range x {
			cnt[int(f.i)*k+ys[i]] += float64(f.v)
			tot[ys[i]] += float64(f.v)
		}
	}
	w := make([]float64, n*k)
	b := make([]float64, k)
	if !complement {
		for c := 0; c < k; c++ {
			b[c] = math.Log(docs[c] / float64(len(xs)))
			den := math.Log(tot[c] + float64(alpha*float64(n)))
			for t := 0; t < n; t++ {
				w[t*k+c] = math.Log(cnt[t*k+c]+alpha) - den
			}
		}
		return w, b
	}
	var all float64
	for _, v := range tot {
		all += v
	}
	rowSum := make([]float64, n)
	for t := 0; t < n; t++ {
		for c := 0; c < k; c++ {
			rowSum[t] += cnt[t*k+c]
		}
	}
	for c := 0; c < k; c++ {
		den := math.Log(all - tot[c] + float64(alpha*float64(n)))
		var l1 float64
		for t := 0; t < n; t++ {
			v := -(math.Log(rowSum[t]-cnt[t*k+c]+alpha) - den)
			w[t*k+c] = v
			l1 += math.Abs(v)
		}
		for t := 0; t < n; t++ {
			w[t*k+c] = float64(w[t*k+c]*float64(n)) / l1
		}
	}
	return w, b
}

// trainLR fits a multinomial logistic regression by AdaGrad, adding to
// w and b.
func trainLR(xs [][]feature, ys []int, cw, w, b []float64, o Options) {
	k := len(b)
	g2 := make([]float64, len(w))
	bg2 := make([]float64, k)
	s := make([]float64, k)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x70b1c))
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x, y := xs[i], ys[i]
			copy(s, b)
			for _, f := range x {
				row := w[int(f.i)*k : int(f.i)*k+k]
				for c := range s {
					s[c] += float64(row[c] * float64(f.v))
				}
			}
			softmax(s, 1)
			for c := range s {
				g := s[c]
				if c == y {
					g -= 1
				}
				g *= cw[y]
				bg2[c] += float64(g * g)
				b[c] -= float64(o.Rate * g / (math.Sqrt(bg2[c]) + 1e-8))
				for _, f := range x {
					j := int(f.i)*k + c
					gf := float64(g*float64(f.v)) + float64(o.L2*w[j])
					g2[j] += float64(gf * gf)
					w[j] -= float64(o.Rate * gf / (math.Sqrt(g2[j]) + 1e-8))
				}
			}
		}
	}
}

// FitTemperature sets m.Temperature to the value that minimises the log
// loss of m's probabilities on the held-out examples (a grid search over
// 0.05–5), and returns the log loss before (temperature 1) and after.
func (m *Model) FitTemperature(held []Example) (before, after float64) {
	lab := map[string]int{}
	for i, l := range m.Labels {
		lab[l] = i
	}
	raw := make([][]float64, len(held))
	ys := make([]int, len(held))
	for i, e := range held {
		x := m.vector(m.Opt.counts(e.Title, e.Text), nil)
		raw[i] = make([]float64, len(m.Labels))
		m.scores(x, raw[i])
		y, ok := lab[e.Label]
		if !ok {
			y = -1
		}
		ys[i] = y
	}
	nll := func(t float64) float64 {
		var sum float64
		n := 0
		p := make([]float64, len(m.Labels))
		for i := range raw {
			if ys[i] < 0 {
				continue
			}
			copy(p, raw[i])
			softmax(p, t)
			sum -= math.Log(math.Max(p[ys[i]], 1e-12))
			n++
		}
		if n == 0 {
			return 0
		}
		return sum / float64(n)
	}
	before = nll(1)
	best, bestT := math.Inf(1), 1.0
	for t := 0.05; t <= 5.0001; t += 0.05 {
		if l := nll(t); l < best {
			best, bestT = l, t
		}
	}
	m.Temperature = math.Round(bestT*100) / 100
	return before, nll(m.Temperature)
}

// addDocVectors appends to every vector of xs its document vector
// (Options.Vectors), as features numbered from the vocabulary's size on,
// and returns their number.
func (m *Model) addDocVectors(xs [][]feature) int {
	m.vec = m.Opt.Vectors
	m.termVectors()
	n, dims := int32(len(m.terms)), m.vec.Dims
	d := make([]float64, dims)
	for i, x := range xs {
		m.docVector(x, d)
		for j, v := range d {
			if v != 0 {
				xs[i] = append(xs[i], feature{n + int32(j), float32(v)})
			}
		}
	}
	return dims
}

// foldDocVectors takes the document vector's weights (the rows of w past
// the vocabulary) into the model: kept apart in m.wd when the document
// vector is scaled to unit length (VecNorm), else folded into each term's
// weights, the document vector being a linear map of the article's vector.
func (m *Model) foldDocVectors(w []float64) {
	k, n, dims := len(m.Labels), len(m.terms), m.vec.Dims
	wd := w[n*k:]
	if m.Opt.VecNorm {
		m.wd = make([]float32, len(wd))
		for j, v := range wd {
			m.wd[j] = float32(v)
		}
		return
	}
	for t, r := range m.tv {
		if r < 0 {
			continue
		}
		row := m.vec.x[int(r)*dims : int(r)*dims+dims]
		for c := 0; c < k; c++ {
			var s float64
			for j, v := range row {
				s += float64(float64(v) * wd[j*k+c])
			}
			w[t*k+c] += float64(s * m.Opt.VecWeight)
		}
	}
	m.vec, m.tv = nil, nil
}
