package eval

import (
	"fmt"
	"io"
	"sort"
)

// Confusion counts gold × predicted labels of a classifier.
type Confusion struct {
	Labels []string // sorted: every gold or predicted label seen
	counts map[[2]string]int
}

// NewConfusion returns an empty confusion matrix.
func NewConfusion() *Confusion { return &Confusion{counts: map[[2]string]int{}} }

// Add counts one decision.
func (c *Confusion) Add(gold, pred string) {
	for _, l := range []string{gold, pred} {
		i := sort.SearchStrings(c.Labels, l)
		if i == len(c.Labels) || c.Labels[i] != l {
			c.Labels = append(c.Labels, "")
			copy(c.Labels[i+1:], c.Labels[i:])
			c.Labels[i] = l
		}
	}
	c.counts[[2]string{gold, pred}]++
}

// Count returns how often gold was predicted as pred.
func (c *Confusion) Count(gold, pred string) int { return c.counts[[2]string{gold, pred}] }

// Total returns the number of decisions.
func (c *Confusion) Total() int {
	n := 0
	for _, v := range c.counts {
		n += v
	}
	return n
}

// Accuracy returns the share of right decisions, in percent.
func (c *Confusion) Accuracy() float64 {
	right := 0
	for _, l := range c.Labels {
		right += c.Count(l, l)
	}
	return pct(right, c.Total())
}

// PRF returns precision, recall and F1 (percent) of one label.
func (c *Confusion) PRF(label string) (p, r, f float64) {
	tp, gold, pred := c.Count(label, label), 0, 0
	for _, l := range c.Labels {
		gold += c.Count(label, l)
		pred += c.Count(l, label)
	}
	p, r = pct(tp, pred), pct(tp, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// MacroF1 returns the mean F1 (percent) over the labels that occur in the
// gold data.
func (c *Confusion) MacroF1() float64 {
	return c.macro(func(_, _, f float64) float64 { return f })
}

// MacroRecall returns the mean recall (percent) over the labels that
// occur in the gold data: the accuracy a class-balanced test set would
// give.
func (c *Confusion) MacroRecall() float64 {
	return c.macro(func(_, r, _ float64) float64 { return r })
}

// macro averages one of PRF's figures over the labels that occur in the
// gold data.
func (c *Confusion) macro(pick func(p, r, f float64) float64) float64 {
	var sum float64
	n := 0
	for _, l := range c.Labels {
		gold := 0
		for _, m := range c.Labels {
			gold += c.Count(l, m)
		}
		if gold == 0 {
			continue
		}
		sum += pick(c.PRF(l))
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Report writes accuracy, macro-F1, per-label scores and the matrix
// (rows gold, columns predicted).
func (c *Confusion) Report(w io.Writer) {
	fmt.Fprintf(w, "articles %d  accuracy %.2f  macro-F1 %.2f  macro-recall %.2f\n\n", c.Total(), c.Accuracy(), c.MacroF1(), c.MacroRecall())
	fmt.Fprintf(w, "%-18s %6s %6s %6s %6s\n", "label", "P", "R", "F1", "gold")
	for _, l := range c.Labels {
		p, r, f := c.PRF(l)
		gold := 0
		for _, m := range c.Labels {
			gold += c.Count(l, m)
		}
		fmt.Fprintf(w, "%-18s %6.2f %6.2f %6.2f %6d\n", l, p, r, f, gold)
	}
	fmt.Fprintf(w, "\nconfusion (rows gold, columns predicted)\n%-18s", "")
	for i := range c.Labels {
		fmt.Fprintf(w, " %5d", i+1)
	}
	fmt.Fprintln(w)
	for i, l := range c.Labels {
		fmt.Fprintf(w, "%2d %-15s", i+1, l)
		for _, m := range c.Labels {
			fmt.Fprintf(w, " %5d", c.Count(l, m))
		}
		fmt.Fprintln(w)
	}
}
