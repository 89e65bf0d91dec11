package topic

import (
	"math"
	"math/rand/v2"
)

// trainSVM fits one L2-regularised, squared-hinge (L2-loss) linear SVM per
// class, one against the rest, by dual coordinate descent (Hsieh et al.,
// ICML 2008), adding the weights to w and the biases to b. The bias is a
// constant feature of value 1, regularised like the others. Example i's
// cost is o.C × cw[ys[i]]. When nb is true the features are first scaled,
// per class, by the naive Bayes log-count ratio of the class against the
// rest (NB-SVM, Wang and Manning, ACL 2012); the weights returned are
// those of the unscaled features, so the model stays one linear map.
func trainSVM(xs [][]feature, ys []int, cw, w, b []float64, nTerms int, o Options) {
	k := len(b)
	var ratio [][]float64
	if o.Model == "nbsvm" {
		ratio = nbRatios(xs, ys, k, nTerms, o.Alpha)
	}
	wc := make([]float64, nTerms)
	alpha := make([]float64, len(xs))
	qd := make([]float64, len(xs))
	order := make([]int, len(xs))
	iters := max(o.Epochs, 1)
	hinge := o.Loss == LossHinge
	for c := 0; c < k; c++ {
		clear(wc)
		clear(alpha)
		var bc float64
		var r []float64
		if ratio != nil {
			r = ratio[c]
		}
		val := func(f feature) float64 {
			if r == nil {
				return float64(f.v)
			}
			return float64(float64(f.v) * r[f.i])
		}
		for i, x := range xs {
			q := 1.0 // the bias feature
			for _, f := range x {
				v := val(f)
				q += float64(v * v)
			}
			qd[i] = q + diag(hinge, o.C, cw[ys[i]])
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(o.Seed+uint64(c), 0x5e3))
		for it := 0; it < iters; it++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			maxPG := 0.0
			for _, i := range order {
				y := -1.0
				if ys[i] == c {
					y = 1
				}
				d, u := diag(hinge, o.C, cw[ys[i]]), upper(hinge, o.C, cw[ys[i]])
				s := bc
				for _, f := range xs[i] {
					s += float64(wc[f.i] * val(f))
				}
				g := float64(y*s) - 1 + float64(d*alpha[i])
				pg := g
				if alpha[i] == 0 {
					pg = math.Min(g, 0)
				} else if alpha[i] >= u {
					pg = math.Max(g, 0)
				}
				maxPG = math.Max(maxPG, math.Abs(pg))
				if pg == 0 {
					continue
				}
				old := alpha[i]
				alpha[i] = math.Min(math.Max(old-g/qd[i], 0), u)
				step := float64((alpha[i] - old) * y)
				if step == 0 {
					continue
				}
				for _, f := range xs[i] {
					wc[f.i] += float64(step * val(f))
				}
				bc += step
			}
			if maxPG < 1e-3 {
				break
			}
		}
		for t := 0; t < nTerms; t++ {
			v := wc[t]
			if r != nil {
				v = float64(v * r[t])
			}
			w[t*k+c] += v
		}
		b[c] += bc
	}
}

// diag is the term the loss adds to the diagonal of the dual problem for
// an example of class weight cw at cost c: 1/(2C) for the squared hinge,
// 0 for the hinge.
func diag(hinge bool, c, cw float64) float64 {
	if hinge {
		return 0
	}
	return 1 / (2 * c * cw)
}

// upper bounds an example's dual variable: its cost for the hinge, none
// for the squared hinge.
func upper(hinge bool, c, cw float64) float64 {
	if hinge {
		return float64(c * cw)
	}
	return math.Inf(1)
}

// nbRatios returns, per class, the log-count ratio of each term: the log
// of its smoothed share of the class's feature mass over its share of
// the other classes' (features counted as present or absent).
func nbRatios(xs [][]feature, ys []int, k, n int, alpha float64) [][]float64 {
	if alpha <= 0 {
		alpha = 1
	}
	cnt := make([]float64, n*k)
	for i, x := range xs {
		for _, f := range x {
			cnt[int(f.i)*k+ys[i]]++
		}
	}
	row := make([]float64, n)
	var all float64
	tot := make([]float64, k)
	for t := 0; t < n; t++ {
		for c := 0; c < k; c++ {
			row[t] += cnt[t*k+c]
			tot[c] += cnt[t*k+c]
		}
		all += row[t]
	}
	out := make([][]float64, k)
	for c := 0; c < k; c++ {
		r := make([]float64, n)
		pn := tot[c] + float64(alpha*float64(n))
		qn := all - tot[c] + float64(alpha*float64(n))
		for t := 0; t < n; t++ {
			p := (cnt[t*k+c] + alpha) / pn
			q := (row[t] - cnt[t*k+c] + alpha) / qn
			r[t] = math.Abs(math.Log(p / q))
		}
		out[c] = r
	}
	return out
}
