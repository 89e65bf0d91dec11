package learn

import (
	"math"
	"sort"
)

// Dense is a multiclass averaged perceptron: one block of N weights per
// feature, trained with lazy averaging (each weight's running sum is
// brought up to date when it changes) and then frozen into Blocks.
type Dense struct {
	*Blocks // set by Average or Frozen; nil while training

	n     int
	index map[uint64]int32 // feature key → block number
	w     []float32
	acc   []float64 // running sums for averaging
	stamp []int32   // clock of each weight's last change
	clock int32
}

// NewDense returns an untrained model over n classes.
func NewDense(n int) *Dense { return &Dense{n: n, index: map[uint64]int32{}} }

// Frozen returns a trained model read from a file.
func Frozen(n int, keys []uint64, w []float32) *Dense {
	return &Dense{Blocks: NewBlocks(n, keys, w), n: n}
}

// Classes returns N.
func (d *Dense) Classes() int { return d.n }

// Score adds the weights of feats to scores (len N), while training or
// once frozen.
func (d *Dense) Score(feats []uint64, scores []float32) {
	if d.Blocks != nil {
		d.Blocks.Add(feats, scores)
		return
	}
	n := d.n
	for _, f := range feats {
		b, ok := d.index[f]
		if !ok {
			continue
		}
		w := d.w[int(b)*n : int(b)*n+n]
		for c := range w {
			scores[c] += w[c]
		}
	}
}

// Tick advances the averaging clock by one training example.
func (d *Dense) Tick() { d.clock++ }

// Update moves the weights of every feature towards class gold and away
// from pred by amount.
func (d *Dense) Update(feats []uint64, gold, pred int, amount float32) {
	for _, f := range feats {
		o := d.block(f)
		d.bump(o+gold, amount)
		d.bump(o+pred, -amount)
	}
}

func (d *Dense) block(f uint64) int {
	b, ok := d.index[f]
	if !ok {
		b = int32(len(d.index))
		d.index[f] = b
		d.w = append(d.w, make([]float32, d.n)...)
		d.acc = append(d.acc, make([]float64, d.n)...)
		d.stamp = append(d.stamp, make([]int32, d.n)...)
	}
	return int(b) * d.n
}

func (d *Dense) bump(i int, v float32) {
	d.acc[i] += float64(d.clock-d.stamp[i]) * float64(d.w[i])
	d.stamp[i] = d.clock
	d.w[i] += v
}

// averaged replaces the weights by their averages over training, drops the
// training state and returns the largest magnitude.
func (d *Dense) averaged() float32 {
	t := float64(d.clock)
	if t == 0 {
		t = 1
	}
	var maxAbs float32
	for i := range d.w {
		avg := float32((d.acc[i] + float64(d.clock-d.stamp[i])*float64(d.w[i])) / t)
		d.w[i] = avg
		if a := float32(math.Abs(float64(avg))); a > maxAbs {
			maxAbs = a
		}
	}
	d.acc, d.stamp = nil, nil
	return maxAbs
}

// Average freezes the averaged weights, dropping the blocks whose weights
// are all within 1/1000 of the largest weight of zero.
func (d *Dense) Average() {
	maxAbs := d.averaged()
	d.freeze(maxAbs * 1e-3)
}

// freeze keeps the blocks with a weight beyond eps, in key order (so the
// layout is deterministic), and builds the lookup table.
func (d *Dense) freeze(eps float32) {
	n := d.n
	keys := make([]uint64, 0, len(d.index))
	for k, b := range d.index {
		for _, x := range d.w[int(b)*n : int(b+1)*n] {
			if x > eps || x < -eps {
				keys = append(keys, k)
				break
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	w := make([]float32, 0, len(keys)*n)
	for _, k := range keys {
		b := d.index[k]
		w = append(w, d.w[int(b)*n:int(b+1)*n]...)
	}
	d.index, d.w = nil, nil
	d.Blocks = NewBlocks(n, keys, w)
}

// Pairs is an averaged perceptron keyed by (feature, class) pairs, for
// classifiers with many classes of which few apply to any one input (the
// tagger's lemma edit scripts). It is a scalar Dense over PairKey keys.
type Pairs struct{ d *Dense }

// NewPairs returns an untrained model.
func NewPairs() *Pairs { return &Pairs{d: NewDense(1)} }

// FrozenPairs returns a trained model read from a file.
func FrozenPairs(keys []uint64, w []float32) *Pairs { return &Pairs{d: Frozen(1, keys, w)} }

// Blocks returns the frozen weights (nil while training).
func (p *Pairs) Blocks() *Blocks { return p.d.Blocks }

func (p *Pairs) get(k uint64) float32 {
	if p.d.Blocks != nil {
		return p.d.Blocks.Get(k)
	}
	if b, ok := p.d.index[k]; ok {
		return p.d.w[b]
	}
	return 0
}

// Score returns the score of class c for feats.
func (p *Pairs) Score(feats []uint64, c int) float32 {
	var sum float32
	for _, f := range feats {
		sum += p.get(PairKey(f, c))
	}
	return sum
}

// Score1 returns the weight of a feature of the output itself, shared by
// all classes.
func (p *Pairs) Score1(f uint64) float32 { return p.get(PairKey(f, -1)) }

// Tick advances the averaging clock by one training example.
func (p *Pairs) Tick() { p.d.Tick() }

// Update moves the weights of feats towards class gold and away from pred.
func (p *Pairs) Update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		p.d.bump(p.d.block(PairKey(f, gold)), 1)
		p.d.bump(p.d.block(PairKey(f, pred)), -1)
	}
}

// Update1 is Update for output features (Score1).
func (p *Pairs) Update1(gold, pred uint64) {
	if gold == pred {
		return
	}
	p.d.bump(p.d.block(PairKey(gold, -1)), 1)
	p.d.bump(p.d.block(PairKey(pred, -1)), -1)
}

// Average freezes the averaged weights, dropping those within 1e-4 of zero.
func (p *Pairs) Average() {
	p.d.averaged()
	p.d.freeze(1e-4)
}
