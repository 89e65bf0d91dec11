package clusters

import (
	"math"
	"math/rand"
)

// sparse is a sparse matrix in compressed-row form.
type sparse struct {
	rowStart []int
	col      []int32
	val      []float32
	cols     int
}

func (a *sparse) rows() int { return len(a.rowStart) - 1 }

// mul returns A·X for dense X (cols × k, row-major).
func (a *sparse) mul(x []float64, k int) []float64 {
	y := make([]float64, a.rows()*k)
	for r := 0; r < a.rows(); r++ {
		yr := y[r*k : (r+1)*k]
		for p := a.rowStart[r]; p < a.rowStart[r+1]; p++ {
			v := float64(a.val[p])
			xr := x[int(a.col[p])*k : (int(a.col[p])+1)*k]
			for j := range yr {
				yr[j] += v * xr[j]
			}
		}
	}
	return y
}

// mulT returns Aᵀ·Y for dense Y (rows × k).
func (a *sparse) mulT(y []float64, k int) []float64 {
	x := make([]float64, a.cols*k)
	for r := 0; r < a.rows(); r++ {
		yr := y[r*k : (r+1)*k]
		for p := a.rowStart[r]; p < a.rowStart[r+1]; p++ {
			v := float64(a.val[p])
			xr := x[int(a.col[p])*k : (int(a.col[p])+1)*k]
			for j := range yr {
				xr[j] += v * yr[j]
			}
		}
	}
	return x
}

// orthonormalize makes the k columns of y (n × k, row-major) orthonormal
// by modified Gram-Schmidt.
func orthonormalize(y []float64, n, k int) {
	for j := 0; j < k; j++ {
		for i := 0; i < j; i++ {
			var d float64
			for r := 0; r < n; r++ {
				d += y[r*k+i] * y[r*k+j]
			}
			for r := 0; r < n; r++ {
				y[r*k+j] -= d * y[r*k+i]
			}
		}
		var s float64
		for r := 0; r < n; r++ {
			s += y[r*k+j] * y[r*k+j]
		}
		s = math.Sqrt(s)
		if s == 0 {
			continue
		}
		for r := 0; r < n; r++ {
			y[r*k+j] /= s
		}
	}
}

// svdEmbed returns a dims-dimensional embedding of the rows of A by
// randomized SVD (two power iterations): rows of U·Σ^½.
func (a *sparse) svdEmbed(dims int, seed int64) []float32 {
	k := dims + 16
	n := a.rows()
	rng := rand.New(rand.NewSource(seed))
	omega := make([]float64, a.cols*k)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	y := a.mul(omega, k)
	for it := 0; it < 2; it++ {
		orthonormalize(y, n, k)
		y = a.mul(a.mulT(y, k), k)
	}
	orthonormalize(y, n, k) // Q: n × k
	// B = Qᵀ A (k × cols); BBᵀ = Qᵀ A Aᵀ Q.
	bt := a.mulT(y, k) // Aᵀ Q: cols × k = Bᵀ
	bbt := make([]float64, k*k)
	for c := 0; c < a.cols; c++ {
		row := bt[c*k : (c+1)*k]
		for i := 0; i < k; i++ {
			if row[i] == 0 {
				continue
			}
			for j := 0; j < k; j++ {
				bbt[i*k+j] += row[i] * row[j]
			}
		}
	}
	vals, vecs := jacobiEigen(bbt, k)
	// Order eigenpairs by value, largest first.
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	for i := 0; i < k; i++ {
		for j := i + 1; j < k; j++ {
			if vals[order[j]] > vals[order[i]] {
				order[i], order[j] = order[j], order[i]
			}
		}
	}
	// Embedding = Q · U_B · Σ^½ where Σ = sqrt(eigenvalue).
	out := make([]float32, n*dims)
	for d := 0; d < dims; d++ {
		e := order[d]
		scale := math.Pow(math.Max(vals[e], 0), 0.25)
		for r := 0; r < n; r++ {
			var s float64
			for i := 0; i < k; i++ {
				s += y[r*k+i] * vecs[i*k+e]
			}
			out[r*dims+d] = float32(s * scale)
		}
	}
	return out
}

// jacobiEigen diagonalizes the symmetric k × k matrix a (row-major, taken
// over) and returns its eigenvalues and the eigenvectors as columns.
func jacobiEigen(a []float64, k int) ([]float64, []float64) {
	v := make([]float64, k*k)
	for i := 0; i < k; i++ {
		v[i*k+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		var off float64
		for i := 0; i < k; i++ {
			for j := i + 1; j < k; j++ {
				off += a[i*k+j] * a[i*k+j]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := 0; p < k; p++ {
			for q := p + 1; q < k; q++ {
				apq := a[p*k+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*k+q] - a[p*k+p]) / (2 * apq)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for r := 0; r < k; r++ {
					arp, arq := a[r*k+p], a[r*k+q]
					a[r*k+p] = c*arp - s*arq
					a[r*k+q] = s*arp + c*arq
				}
				for r := 0; r < k; r++ {
					apr, aqr := a[p*k+r], a[q*k+r]
					a[p*k+r] = c*apr - s*aqr
					a[q*k+r] = s*apr + c*aqr
				}
				for r := 0; r < k; r++ {
					vrp, vrq := v[r*k+p], v[r*k+q]
					v[r*k+p] = c*vrp - s*vrq
					v[r*k+q] = s*vrp + c*vrq
				}
			}
		}
	}
	vals := make([]float64, k)
	for i := 0; i < k; i++ {
		vals[i] = a[i*k+i]
	}
	return vals, v
}
