package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/quotes"
)

// speakerReadSets are the annotated sets the speaker ranker learns from:
// the read sets of testdata/realnews (never a held-out or blind set).
var speakerReadSets = []string{"dev", "dev2", "train", "train2", "train3", "train4", "train5", "train6",
	"train7", "train8", "train9", "train10", "train11", "train12", "train13", "train14", "train15", "train16", "train17", "train18", "train19", "train20", "train21", "train22", "train23", "train24", "train25", "train26", "train27", "train28", "train29", "train30", "train31", "train32", "train33", "train34", "train35", "train36", "train37", "train39", "train40"}

// spkQuote is one quote the rules found, with its candidates and whether
// each names a gold speaker of the gold quotes it overlaps.
type spkQuote struct {
	Cands  []quotes.Candidate `json:"cands"`
	Gold   []bool             `json:"gold"`
	RulesR bool               `json:"rules_right"`
	// Want are the gold speakers of the gold quotes it overlaps and Text
	// the article, the rules' speaker and the quote from its cue (for
	// reading the ranker's errors in a dump).
	Want []string `json:"want,omitempty"`
	Text string   `json:"text,omitempty"`
}

// spkGold is one gold quote span: the system quotes overlapping it.
type spkGold struct {
	Found []int `json:"found"`
}

// spkArticle is the ranker's view of one annotated article.
type spkArticle struct {
	Set    string     `json:"set"`
	Name   string     `json:"name"`
	Quotes []spkQuote `json:"quotes"`
	Golds  []spkGold  `json:"golds"`
}

// trainSpeaker implements `rasid train speaker`: the speaker candidates of
// every quote the rules find in the read sets, labelled by the gold
// speakers, a softmax ranker over them, its leave-one-set-out figures, and
// the model file.
func trainSpeaker(args []string) error {
	fs := flag.NewFlagSet("train speaker", flag.ContinueOnError)
	dir := fs.String("realnews", "testdata/realnews", "folder of the annotated sets")
	dump := fs.String("dump", "", "write the candidates to this JSON file")
	from := fs.String("from", "", "read the candidates from this JSON file instead of analysing the sets")
	cv := fs.Bool("cv", false, "print leave-one-set-out figures")
	out := fs.String("out", "", "model file to write")
	epochs := fs.Int("epochs", 8, "passes over the quotes")
	l2 := fs.Float64("l2", 0, "L2 shrinkage per epoch and article")
	lr := fs.Float64("lr", 0.1, "first learning rate")
	decay := fs.Float64("decay", 0.7, "learning rate factor per epoch")
	margin := fs.Float64("margin", 1.0, "score by which the ranker must beat the rules' choice")
	guesses := fs.Bool("guesses-only", false, "let the ranker replace only speakers the rules carried over or found named nowhere near")
	average := fs.Bool("average", false, "average the weights of every epoch")
	sets := fs.String("sets", strings.Join(speakerReadSets, ","), "read sets to learn from (comma-separated)")
	perMention := fs.Bool("per-mention", false, "score each mention of a candidate and add the best one's score")
	slotMargin := fs.Float64("slot-margin", 0, "removed in session 14 (an experiment of sessions 11 and 13): an error when set")
	weights := fs.String("weight", "", "learning-rate factors of sets, SET=W,... (the fresh sets' weight in training)")
	fresh := fs.String("fresh", "train12,train13,train14,train15,train16,train17,train18,train19,train20,train21,train22,train23,train24,train25,train26,train27,train28,train29,train30,train31,train32,train33,train34,train35,train36,train37,train39,train40", "sets no rule writer had read when their features were fixed, pooled apart in --cv")
	relations := fs.Bool("relations", false, "removed in session 14 (the relation features, an experiment of session 13): an error when set")
	picks := fs.String("picks", "", "with --cv, write each quote's leave-one-set-out choice to this file (for reading the errors)")
	drop := fs.String("drop", "", "leave out the features that start with these prefixes (comma-separated; for measuring what they add)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *relations || *slotMargin != 0 {
		return fmt.Errorf("train speaker: --relations and --slot-margin were experiments of sessions 11 and 13, removed in session 14 (docs/quotes.md)")
	}
	var arts []spkArticle
	var err error
	if *from != "" {
		b, err := os.ReadFile(*from)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &arts); err != nil {
			return err
		}
		keep := map[string]bool{}
		for _, s := range strings.Split(*sets, ",") {
			keep[s] = true
		}
		kept := arts[:0]
		for _, a := range arts {
			if keep[a.Set] {
				kept = append(kept, a)
			}
		}
		arts = kept
	} else {
		arts, err = speakerArticles(*dir, strings.Split(*sets, ","))
		if err != nil {
			return err
		}
	}
	if *dump != "" {
		b, err := json.Marshal(arts)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*dump, b, 0o644); err != nil {
			return err
		}
	}
	for _, a := range arts {
		for _, q := range a.Quotes {
			if *drop != "" {
				dropFeats(q.Cands, strings.Split(*drop, ","))
			}
			quotes.Conjoin(q.Cands)
		}
	}
	opt := spkOptions{epochs: *epochs, l2: *l2, lr: *lr, decay: *decay, guesses: *guesses, average: *average,
		perMention: *perMention, weight: map[string]float64{}, fresh: map[string]bool{}}
	for _, s := range strings.Split(*fresh, ",") {
		opt.fresh[s] = true
	}
	if *weights != "" {
		for _, kv := range strings.Split(*weights, ",") {
			k, v, ok := strings.Cut(kv, "=")
			x, err := strconv.ParseFloat(v, 64)
			if !ok || err != nil || x < 0 {
				return fmt.Errorf("train speaker: bad --weight %q", kv)
			}
			opt.weight[k] = x
		}
	}
	oracle(arts)
	if *cv {
		var pw *os.File
		if *picks != "" {
			if pw, err = os.Create(*picks); err != nil {
				return err
			}
			opt.picks = pw
		}
		speakerCV(arts, opt)
		if pw != nil {
			if err := pw.Close(); err != nil {
				return err
			}
		}
	}
	m := trainRanker(arts, opt)
	m.Margin = *margin
	r, n := scoreRanker(arts, m)
	rr, _ := scoreRanker(arts, nil)
	fmt.Printf("trained on all: speakers right %d / %d found: rules %.1f, ranker %.1f (margin %.2f)\n", r, n, pct(rr, n), pct(r, n), *margin)
	if *out != "" {
		return quotes.WriteSpeakerModel(*out, m, "rasid train speaker"+flagsUsed(fs))
	}
	return nil
}

// dropFeats leaves out of cs the features that start with one of the
// prefixes.
func dropFeats(cs []quotes.Candidate, prefixes []string) {
	keep := func(fs []string) []string {
		out := fs[:0]
		for _, f := range fs {
			ok := true
			for _, p := range prefixes {
				ok = ok && !strings.HasPrefix(f, p)
			}
			if ok {
				out = append(out, f)
			}
		}
		return out
	}
	for i := range cs {
		cs[i].Feats = keep(cs[i].Feats)
		for j := range cs[i].Mentions {
			cs[i].Mentions[j] = keep(cs[i].Mentions[j])
		}
	}
}

// flagsUsed lists the flags that change the model.
func flagsUsed(fs *flag.FlagSet) string {
	var b strings.Builder
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "guesses-only", "average", "per-mention":
			if f.Value.String() == "true" {
				fmt.Fprintf(&b, " --%s", f.Name)
			}
		case "epochs", "l2", "lr", "decay", "margin", "weight", "sets":
			fmt.Fprintf(&b, " --%s %s", f.Name, f.Value)
		}
	})
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// speakerArticles analyses the read sets and builds the ranker's view.
func speakerArticles(dir string, sets []string) ([]spkArticle, error) {
	data, err := corpus.Dir()
	if err != nil {
		return nil, err
	}
	quotes.SetSpeakerModel(nil)
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true, rasid.LayerDates: true, rasid.LayerEntities: true})
	if err != nil {
		return nil, err
	}
	var out []spkArticle
	for _, set := range sets {
		arts, err := eval.LoadNews(filepath.Join(dir, set), data)
		if err != nil {
			return nil, err
		}
		res := make([]spkArticle, len(arts))
		var wg sync.WaitGroup
		next := make(chan int)
		var firstErr error
		var mu sync.Mutex
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					a, err := speakerArticle(p, arts[i])
					if err != nil {
						mu.Lock()
						firstErr = err
						mu.Unlock()
						continue
					}
					a.Set = set
					res[i] = a
				}
			}()
		}
		for i := range arts {
			next <- i
		}
		close(next)
		wg.Wait()
		if firstErr != nil {
			return nil, firstErr
		}
		out = append(out, res...)
		fmt.Fprintf(os.Stderr, "%s %s: %d articles\n", time.Now().Format("15:04:05"), set, len(arts))
	}
	return out, nil
}

func speakerArticle(p *rasid.Pipeline, a eval.NewsArticle) (spkArticle, error) {
	d := &rasid.Document{ID: a.Name, Text: a.Text}
	if a.Gold.Date != "" {
		if t, err := time.Parse("2006-01-02", a.Gold.Date); err == nil {
			d.Date = t
		}
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		return spkArticle{}, err
	}
	qs := quotes.Candidates(d)
	co := rasid.NewCharOffsets(d.Text)
	type span struct{ s, e int }
	sa := spkArticle{Name: a.Name}
	sys := make([]span, len(qs))
	for i, q := range qs {
		sys[i] = span{co.Char(q.Quote.Span.Start), co.Char(q.Quote.Span.End)}
	}
	want := make([][]string, len(qs))
	for _, k := range eval.QuoteSpans(a.Gold.Quotes) {
		var g spkGold
		for i, s := range sys {
			if k.Start < s.e && s.s < k.End {
				g.Found = append(g.Found, i)
				want[i] = append(want[i], k.Speakers...)
			}
		}
		sa.Golds = append(sa.Golds, g)
	}
	for i, q := range qs {
		sq := spkQuote{Cands: q.Candidates, Want: want[i], Text: a.Name + ": " + q.Quote.Speaker.Name + " | " + snippet(d.Text, q.Quote)}
		for _, w := range want[i] {
			sq.RulesR = sq.RulesR || eval.SameName(w, q.Quote.Speaker.Name)
		}
		for _, c := range q.Candidates {
			right := false
			for _, w := range want[i] {
				right = right || eval.SameName(w, c.Name)
			}
			sq.Gold = append(sq.Gold, right)
		}
		if len(q.Candidates) == 0 {
			// no candidates (no speaker): the rules' empty answer stands
			sq.Cands = nil
		}
		sa.Quotes = append(sa.Quotes, sq)
	}
	return sa, nil
}

// oracle prints how often the right speaker is among the candidates.
func oracle(arts []spkArticle) {
	found, rules, any, none := 0, 0, 0, 0
	for _, a := range arts {
		for _, g := range a.Golds {
			if len(g.Found) == 0 {
				continue
			}
			found++
			r, o := false, false
			for _, i := range g.Found {
				q := a.Quotes[i]
				r = r || q.RulesR
				for _, ok := range q.Gold {
					o = o || ok
				}
				if len(q.Cands) == 0 {
					none++
				}
			}
			rules += b2i(r)
			any += b2i(o || r)
		}
	}
	fmt.Printf("gold quotes found %d: rules right %d (%.1f), a candidate right %d (%.1f); quotes without candidates %d\n",
		found, rules, pct(rules, found), any, pct(any, found), none)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

type spkOptions struct {
	epochs        int
	l2, lr, decay float64
	guesses       bool
	average       bool
	perMention    bool
	weight        map[string]float64 // learning-rate factor by set (1 when absent)
	fresh         map[string]bool    // sets pooled apart in --cv
	picks         io.Writer          // each quote's choice under --cv, when set
}

// trainRanker fits a softmax over each quote's candidates (the
// probability of the right ones), by stochastic gradient in a fixed
// order: the same data give the same weights. The features are numbered
// once (spkCompile) and the weights kept in a slice while training; the
// updates are those of a model scored by name, in the same order.
func trainRanker(arts []spkArticle, opt spkOptions) *quotes.SpeakerModel {
	names, qs := spkCompile(arts, opt)
	w := make([]float64, len(names))
	var sum []float64
	if opt.average {
		sum = make([]float64, len(names))
	}
	score := func(fs []int32) float64 {
		v := 0.0
		for _, f := range fs {
			v += w[f]
		}
		return v
	}
	lr := opt.lr
	var sc []float64
	var best []int
	for ep := 0; ep < opt.epochs; ep++ {
		for _, q := range qs {
			alr := lr * q.lr
			n := len(q.feats)
			sc, best = sc[:0], best[:0]
			mx := math.Inf(-1)
			for i := 0; i < n; i++ {
				s, bi := score(q.feats[i]), -1
				if opt.perMention {
					bv := 0.0
					for j, ms := range q.ments[i] {
						v := score(ms)
						if bi < 0 || v > bv {
							bv, bi = v, j
						}
					}
					s += bv
				}
				sc, best = append(sc, s), append(best, bi)
				mx = math.Max(mx, s)
			}
			z, zp := 0.0, 0.0
			for i := range sc {
				sc[i] = math.Exp(sc[i] - mx)
				z += sc[i]
				if q.gold[i] {
					zp += sc[i]
				}
			}
			// d(-log zp/z)/d s_i = p_i - p_i|pos; a candidate's score
			// is its features' plus its best mention's
			for i := 0; i < n; i++ {
				g := sc[i] / z
				if q.gold[i] {
					g -= sc[i] / zp
				}
				if g == 0 {
					continue
				}
				for _, f := range q.feats[i] {
					w[f] -= alr * g
				}
				if best[i] >= 0 {
					for _, f := range q.ments[i][best[i]] {
						w[f] -= alr * g
					}
				}
			}
		}
		for f, v := range w {
			w[f] = v * (1 - opt.l2*float64(len(arts)))
		}
		lr *= opt.decay
		if opt.average {
			for f, v := range w {
				sum[f] += v
			}
		}
	}
	if opt.average {
		for f, v := range sum {
			w[f] = v / float64(opt.epochs)
		}
	}
	m := &quotes.SpeakerModel{Weights: map[string]float64{}, GuessesOnly: opt.guesses, PerMention: opt.perMention}
	for f, v := range w {
		if v != 0 {
			m.Weights[names[f]] = v
		}
	}
	return m
}

// spkCQuote is a quote the ranker learns from, its features numbered:
// each candidate's own and its mentions', whether it names a gold
// speaker, and the learning-rate factor of its set.
type spkCQuote struct {
	feats [][]int32
	ments [][][]int32
	gold  []bool
	lr    float64
}

// spkCompile numbers the features of the quotes trainRanker learns from
// (two candidates or more, one of them right), in the order training
// meets them.
func spkCompile(arts []spkArticle, opt spkOptions) ([]string, []spkCQuote) {
	ids := map[string]int32{}
	var names []string
	id := func(f string) int32 {
		if k, ok := ids[f]; ok {
			return k
		}
		k := int32(len(names))
		ids[f] = k
		names = append(names, f)
		return k
	}
	list := func(fs []string) []int32 {
		out := make([]int32, 0, len(fs))
		for _, f := range fs {
			if strings.HasPrefix(f, "hold=") || strings.HasPrefix(f, "free=") {
				continue // read by Choose, never weighed (quotes/rank17.go, rank18.go)
			}
			out = append(out, id(f))
		}
		return out
	}
	var qs []spkCQuote
	for _, a := range arts {
		alr := 1.0
		if x, ok := opt.weight[a.Set]; ok {
			alr = x
		}
		for _, q := range a.Quotes {
			if len(q.Cands) < 2 {
				continue
			}
			pos := false
			for _, g := range q.Gold {
				pos = pos || g
			}
			if !pos {
				continue
			}
			cq := spkCQuote{gold: q.Gold, lr: alr}
			for _, c := range q.Cands {
				cq.feats = append(cq.feats, list(c.Feats))
				var ms [][]int32
				if opt.perMention {
					for _, m := range c.Mentions {
						ms = append(ms, list(m))
					}
				}
				cq.ments = append(cq.ments, ms)
			}
			qs = append(qs, cq)
		}
	}
	return names, qs
}

// scoreRanker scores the articles as eval does: a gold quote found is
// right when a quote overlapping it names one of its speakers. m nil: the
// rules alone.
func scoreRanker(arts []spkArticle, m *quotes.SpeakerModel) (right, found int) {
	for _, a := range arts {
		ok := make([]bool, len(a.Quotes))
		for i, q := range a.Quotes {
			if m == nil || len(q.Cands) == 0 {
				ok[i] = q.RulesR
				continue
			}
			k := m.Choose(q.Cands)
			if k < 0 || q.Cands[k].Rules {
				ok[i] = q.RulesR
			} else {
				ok[i] = q.Gold[k]
			}
		}
		for _, g := range a.Golds {
			if len(g.Found) == 0 {
				continue
			}
			found++
			r := false
			for _, i := range g.Found {
				r = r || ok[i]
			}
			right += b2i(r)
		}
	}
	return right, found
}

// speakerCV trains on all sets but one and scores that one, for a few
// margins, and prints each set's and the pooled figures.
func speakerCV(arts []spkArticle, opt spkOptions) {
	margins := []float64{0, 0.5, 1, 1.5, 2, 3}
	bySet := map[string][]spkArticle{}
	for _, a := range arts {
		bySet[a.Set] = append(bySet[a.Set], a)
	}
	var sets []string
	for s := range bySet {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	totR, totN := 0, 0
	tot := make([]int, len(margins))
	frR, frN := 0, 0
	fr := make([]int, len(margins))
	gains := map[string][3]int{}
	for _, s := range sets {
		var tr []spkArticle
		for _, a := range arts {
			if a.Set != s {
				tr = append(tr, a)
			}
		}
		m := trainRanker(tr, opt)
		m.Margin = 0.5
		kindGains(bySet[s], m, gains)
		if opt.picks != nil {
			writePicks(opt.picks, bySet[s], m)
		}
		rr, n := scoreRanker(bySet[s], nil)
		totR += rr
		totN += n
		if opt.fresh[s] {
			frR += rr
			frN += n
		}
		line := fmt.Sprintf("%-8s %4d found  rules %5.1f", s, n, pct(rr, n))
		for j, mg := range margins {
			m.Margin = mg
			r, _ := scoreRanker(bySet[s], m)
			tot[j] += r
			if opt.fresh[s] {
				fr[j] += r
			}
			line += fmt.Sprintf("  m%.1f %5.1f", mg, pct(r, n))
		}
		fmt.Println(line)
	}
	line := fmt.Sprintf("%-8s %4d found  rules %5.1f", "pooled", totN, pct(totR, totN))
	for j, mg := range margins {
		line += fmt.Sprintf("  m%.1f %5.1f", mg, pct(tot[j], totN))
	}
	fmt.Println(line)
	line = fmt.Sprintf("%-8s %4d found  rules %5.1f", "fresh", frN, pct(frR, frN))
	for j, mg := range margins {
		line += fmt.Sprintf("  m%.1f %5.1f", mg, pct(fr[j], frN))
	}
	fmt.Println(line)
	line = fmt.Sprintf("%-8s %4d found  rules %5.1f", "old", totN-frN, pct(totR-frR, totN-frN))
	for j, mg := range margins {
		line += fmt.Sprintf("  m%.1f %5.1f", mg, pct(tot[j]-fr[j], totN-frN))
	}
	fmt.Println(line)
	var ks []string
	for k := range gains {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		g := gains[k]
		fmt.Printf("  %-28s quotes %4d  fixed %3d  broken %3d\n", k, g[0], g[1], g[2])
	}
}

// kindGains counts, by the kind of the rules' choice (its rk feature),
// the quotes the ranker fixes and breaks at m's margin.
func kindGains(arts []spkArticle, m *quotes.SpeakerModel, gains map[string][3]int) {
	for _, a := range arts {
		for _, q := range a.Quotes {
			kind := "none"
			for _, c := range q.Cands {
				for _, f := range c.Feats {
					if c.Rules && strings.HasPrefix(f, "rk=") {
						kind = f[3:]
					}
				}
			}
			g := gains[kind]
			g[0]++
			if len(q.Cands) > 0 {
				if k := m.Choose(q.Cands); k >= 0 && !q.Cands[k].Rules {
					if q.Gold[k] && !q.RulesR {
						g[1]++
					} else if !q.Gold[k] && q.RulesR {
						g[2]++
					}
				}
			}
			gains[kind] = g
		}
	}
}

// snippet is the text from the quote's cue (or content) on, at most 160
// bytes, cut at a rune boundary.
func snippet(text string, q rasid.Quote) string {
	s, e := q.Span.Start, q.Span.End
	if q.Cue.End > q.Cue.Start && q.Cue.Start < s {
		s = q.Cue.Start
	}
	if e > s+160 {
		e = s + 160
	}
	for e > s && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	return text[s:e]
}

// writePicks writes one line per quote with candidates: the set, the
// kind of the rules' choice, whether the rules, the ranker and some
// candidate are right, the ranker's pick, the gold speakers, every
// candidate with its score, and the quote.
func writePicks(w io.Writer, arts []spkArticle, m *quotes.SpeakerModel) {
	for _, a := range arts {
		for _, q := range a.Quotes {
			if len(q.Cands) == 0 || len(q.Want) == 0 {
				continue
			}
			kind, ri := "none", -1
			orc := false
			for i, c := range q.Cands {
				orc = orc || q.Gold[i]
				if c.Rules {
					ri = i
					for _, f := range c.Feats {
						if strings.HasPrefix(f, "rk=") {
							kind = f[3:]
						}
					}
				}
			}
			k := m.Choose(q.Cands)
			right := q.RulesR
			if k >= 0 && !q.Cands[k].Rules {
				right = q.Gold[k]
			}
			pick := ""
			if k >= 0 {
				pick = q.Cands[k].Name
			}
			var cs []string
			for i, c := range q.Cands {
				mark := ""
				if q.Gold[i] {
					mark = "*"
				}
				if i == ri {
					mark += "R"
				}
				cs = append(cs, fmt.Sprintf("%s%s %.2f", mark, c.Name, m.Score(c)))
			}
			fmt.Fprintf(w, "%s\t%s\trules=%v\tranker=%v\toracle=%v\tpick=%s\twant=%s\tcands=%s\t%s\n",
				a.Set, kind, q.RulesR, right, orc || q.RulesR, pick, strings.Join(q.Want, "|"), strings.Join(cs, "; "), strings.ReplaceAll(q.Text, "\n", " "))
		}
	}
}
