package learn

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestTable(t *testing.T) {
	keys := []uint64{0, 1, 2, 1 << 63, 0xdeadbeef, 17 << 40}
	for i := uint64(0); i < 1000; i++ {
		keys = append(keys, i*0x10000+12345) // low bits alike: probe must spread them
	}
	tab := NewTable(keys)
	for r, k := range keys {
		if got := tab.Find(k); got != int32(r) {
			t.Errorf("Find(%#x) = %d, want %d", k, got, r)
		}
	}
	for _, k := range []uint64{3, 4, 1<<63 + 1, 999} {
		if got := tab.Find(k); got != -1 {
			t.Errorf("Find(%#x) = %d, want -1 (absent)", k, got)
		}
	}
	if got := NewTable(nil).Find(5); got != -1 {
		t.Errorf("empty table: Find = %d, want -1", got)
	}
}

func TestBlocks(t *testing.T) {
	b := NewBlocks(2, []uint64{10, 20}, []float32{1, 2, 30, 40})
	s := []float32{0.5, 0}
	b.Add([]uint64{20, 99, 10, 10}, s)
	if want := []float32{32.5, 44}; s[0] != want[0] || s[1] != want[1] {
		t.Errorf("Add = %v, want %v", s, want)
	}
	sc := Scalar(map[uint64]float32{5: 1.5, 6: 0, 7: -2})
	if len(sc.Keys) != 2 || sc.Get(5) != 1.5 || sc.Get(6) != 0 || sc.Sum([]uint64{5, 7, 8}) != -0.5 {
		t.Errorf("Scalar: keys %v, Get(5) %v, Sum %v", sc.Keys, sc.Get(5), sc.Sum([]uint64{5, 7, 8}))
	}
	// Sum and Get read the weights kept in the index: the same as W's, in
	// the same order.
	rng := rand.New(rand.NewPCG(1, 2))
	w := map[uint64]float32{}
	for range 5000 {
		w[rng.Uint64()>>rng.IntN(64)] = rng.Float32() - 0.5
	}
	sc = Scalar(w)
	var feats []uint64
	var want float32
	for i, k := range sc.Keys {
		if sc.Get(k) != sc.W[i] {
			t.Fatalf("Get(%#x) = %v, want %v", k, sc.Get(k), sc.W[i])
		}
		if i%3 == 0 {
			feats = append(feats, k, k^1)
			want += sc.W[i]
			if r := sc.Find(k ^ 1); r >= 0 {
				want += sc.W[r]
			}
		}
	}
	if got := sc.Sum(feats); got != want {
		t.Errorf("Sum = %v, want %v", got, want)
	}
}

func TestHash(t *testing.T) {
	if Template(1).Field("ab") != Template(1).Str("ab").Sep() {
		t.Error("Field(s) != Str(s).Sep()")
	}
	distinct := map[uint64]string{}
	for name, k := range map[string]uint64{
		"Key2(ab,c)": Key2(1, "ab", "c"), "Key2(a,bc)": Key2(1, "a", "bc"), "Key1(abc)": Key1(1, "abc"),
		"Key1 template 2": Key1(2, "abc"), "Key3": Key3(1, "a", "b", "c"),
		"PairKey 0": PairKey(7, 0), "PairKey 1": PairKey(7, 1), "PairKey -1": PairKey(7, -1),
		"Int 256": uint64(Template(1).Int(256)), "Int 1": uint64(Template(1).Int(1)),
	} {
		if other, ok := distinct[k]; ok {
			t.Errorf("%s and %s hash alike", name, other)
		}
		distinct[k] = name
	}
}

// The summed-update trick gives the mean of the weight over the steps.
func TestAveraged(t *testing.T) {
	a := NewAveraged[float64](1)
	var sum float64
	steps := []float64{1, 0, -2, 0, 0, 3}
	for _, d := range steps {
		a.Add(0, d)
		sum += a.W[0]
		a.Tick()
	}
	// The mean counts the zero start as one more step.
	if got, want := a.Mean(0), sum/float64(len(steps)+1); math.Abs(got-want) > 1e-12 {
		t.Errorf("Mean = %v, want %v", got, want)
	}
	k := NewKeyed[float32]()
	k.Update([]uint64{1, 2}, 1)
	k.Tick()
	k.Add(2, -1)
	k.Tick()
	if k.Get(1) != 1 || k.Get(2) != 0 || k.Sum([]uint64{1, 2, 3}) != 1 {
		t.Errorf("Keyed: Get(1) %v Get(2) %v", k.Get(1), k.Get(2))
	}
	// Means over three points: 1 is (0+1+1)/3, 2 is (0+1+0)/3.
	m := k.Means(1e-3)
	if math.Abs(float64(m[1])-2.0/3) > 1e-6 || math.Abs(float64(m[2])-1.0/3) > 1e-6 || len(m) != 2 {
		t.Errorf("Means = %v, want 1 → 2/3, 2 → 1/3", m)
	}
}

// toy is a linearly separable problem: the class is the feature's key mod
// 3 (class 0 is what an all-zero model predicts).
func toy(rng *rand.Rand) ([]uint64, int) {
	k := rng.Uint64N(30)
	return []uint64{k}, int(k % 3)
}

func TestDenseAndPairsLearn(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	d, p := NewDense(3), NewPairs()
	for i := 0; i < 2000; i++ {
		f, gold := toy(rng)
		s := make([]float32, 3)
		d.Score(f, s)
		if pred := argmax(s); pred != gold {
			d.Update(f, gold, pred, 1)
		}
		d.Tick()
		best, bs := 0, p.Score(f, 0)
		for c := 1; c < 3; c++ {
			if x := p.Score(f, c); x > bs {
				best, bs = c, x
			}
		}
		if best != gold {
			p.Update(f, gold, best)
			p.Update1(uint64(gold), uint64(best))
		}
		p.Tick()
	}
	d.Average()
	p.Average()
	if d.Blocks == nil || p.Blocks() == nil {
		t.Fatal("Average did not freeze")
	}
	for k := uint64(0); k < 30; k++ {
		s := make([]float32, 3)
		d.Score([]uint64{k}, s)
		if got := argmax(s); got != int(k%3) {
			t.Errorf("Dense: feature %d → class %d, want %d", k, got, k%3)
		}
	}
	// A frozen copy scores the same.
	fd := Frozen(3, d.Keys, d.W)
	s1, s2 := make([]float32, 3), make([]float32, 3)
	d.Score([]uint64{4, 1000}, s1)
	fd.Score([]uint64{4, 1000}, s2)
	if s1[0] != s2[0] || s1[1] != s2[1] || s1[2] != s2[2] {
		t.Errorf("Frozen scores %v, trained %v", s2, s1)
	}
	fp := FrozenPairs(p.Blocks().Keys, p.Blocks().W)
	if fp.Score([]uint64{4, 1000}, 1) != p.Score([]uint64{4, 1000}, 1) {
		t.Error("FrozenPairs scores differ from the trained model")
	}
}

func argmax(s []float32) int {
	best := 0
	for i := range s {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

// Viterbi agrees with trying every allowed sequence.
func TestViterbiBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const k = 3
	// Label 2 may only follow label 1 or 2, never start.
	tr := NewTransitions(k, func(a, b int) bool { return b != 2 || a == 1 || a == 2 })
	for trial := 0; trial < 200; trial++ {
		for i := range tr.Score {
			tr.Score[i] = float32(rng.IntN(7) - 3)
		}
		n := 1 + rng.IntN(4)
		em := make([]float32, n*k)
		for i := range em {
			em[i] = float32(rng.IntN(9) - 4)
		}
		got := tr.Viterbi(n, em)
		best := float32(math.Inf(-1))
		seq := make([]int, n)
		var walk func(i, prev int, s float32)
		walk = func(i, prev int, s float32) {
			if i == n {
				best = max(best, s)
				return
			}
			for b := 0; b < k; b++ {
				row := prev
				if prev < 0 {
					row = k
				}
				if !tr.Allowed[row*k+b] {
					continue
				}
				seq[i] = b
				walk(i+1, b, s+tr.Score[row*k+b]+em[i*k+b])
			}
		}
		walk(0, -1, 0)
		if s := pathScore(&tr, em, got); s != best {
			t.Fatalf("trial %d: Viterbi path %v scores %v, best is %v", trial, got, s, best)
		}
	}
	if tr.Viterbi(0, nil) != nil {
		t.Error("Viterbi of an empty sequence is not nil")
	}
}

func pathScore(t *Transitions, em []float32, path []int) float32 {
	var s float32
	prev := t.K
	for i, b := range path {
		if !t.ok(prev*t.K + b) {
			return float32(math.Inf(-1))
		}
		s += t.Score[prev*t.K+b] + em[i*t.K+b]
		prev = b
	}
	return s
}

// TrainSequences learns a tagging task that needs the transitions: a
// position after feature 1 is label 1 whatever its own feature says.
func TestTrainSequences(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var ex []Sequence
	for i := 0; i < 300; i++ {
		n := 2 + rng.IntN(6)
		s := Sequence{Feats: make([][]int32, n), Gold: make([]int, n)}
		for j := range s.Feats {
			// Label 1 from the first feature 1 on: after it, the
			// transitions must carry label 1 over feature 0.
			f := int32(rng.IntN(4) / 3)
			s.Feats[j] = []int32{f, 2}
			if f == 1 || (j > 0 && s.Gold[j-1] == 1) {
				s.Gold[j] = 1
			}
		}
		ex = append(ex, s)
	}
	train := func(drop float64) ([]float32, Transitions) {
		tr := NewTransitions(2, nil)
		w := TrainSequences(ex, 3, &tr, SequenceOptions{Epochs: 5, Seed: 1, Dropout: drop, Droppable: []int{1}})
		return w, tr
	}
	w, tr := train(0)
	w2, tr2 := train(0)
	for i := range w {
		if w[i] != w2[i] {
			t.Fatal("training twice gives different weights")
		}
	}
	_ = tr2
	errs := 0
	for _, s := range ex {
		em := make([]float32, len(s.Gold)*2)
		for j, fs := range s.Feats {
			for _, f := range fs {
				em[j*2] += w[int(f)*2]
				em[j*2+1] += w[int(f)*2+1]
			}
		}
		for j, l := range tr.Viterbi(len(s.Gold), em) {
			if l != s.Gold[j] {
				errs++
			}
		}
	}
	if errs > 0 {
		t.Errorf("%d training positions wrong after training", errs)
	}
	if wd, _ := train(0.5); len(wd) != len(w) {
		t.Error("dropout changes the model's size")
	}
}
