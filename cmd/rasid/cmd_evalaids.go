package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/summary"
)

// keyphraseScores runs the keyphrase layer over the annotated articles of
// a gold file (fetched from the shared data folder) and scores it at 10.
func keyphraseScores(goldPath, dataDir string, o keyphrase.Options, show io.Writer) (*eval.KeyphraseScore, error) {
	gold, err := eval.ReadKeyphraseGold(goldPath)
	if err != nil {
		return nil, err
	}
	ant := map[string]eval.Article{}
	for _, g := range gold {
		if g.Article.Corpus == "ant" {
			arts, err := eval.ReadArticles(filepath.Join(dataDir, "ant", "ant-train.jsonl.gz"))
			if err != nil {
				return nil, err
			}
			for _, a := range arts {
				ant[a.ID] = a
			}
			break
		}
	}
	p, err := buildPipeline(map[string]bool{rasid.LayerEntities: true, rasid.LayerWords: true, rasid.LayerDates: true})
	if err != nil {
		return nil, err
	}
	bg, err := keyphrase.LoadBackground()
	if err != nil {
		return nil, err
	}
	sc := &eval.KeyphraseScore{K: 10}
	for i := range gold {
		g := &gold[i]
		title, text, err := g.LoadArticle(dataDir, ant)
		if err != nil {
			return nil, fmt.Errorf("%s: article %d: %w", goldPath, i+1, err)
		}
		d := &rasid.Document{Title: title, Text: text}
		if err := p.Annotate(context.Background(), d); err != nil {
			return nil, err
		}
		var got []string
		for _, k := range keyphrase.Extract(d, bg, o) {
			got = append(got, k.Text)
		}
		before := sc.Hits
		sc.Add(g, got)
		if show != nil {
			var want []string
			for _, k := range g.Keyphrases {
				want = append(want, k.Text)
			}
			fmt.Fprintf(show, "%s%s: %d hits\n  got:  %v\n  gold: %v\n", g.Article.ID, g.Article.URL, sc.Hits-before, got, want)
		}
	}
	return sc, nil
}

// evalKeyphrase implements `rasid eval keyphrase GOLD.jsonl`.
func evalKeyphrase(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval keyphrase", flag.ContinueOnError)
	data := fs.String("data", "", "shared data folder (default: $RASID_DATA, else ../shared/data beside the repository)")
	verbose := fs.Bool("v", false, "print each article's phrases and the gold ones")
	o := keyphrase.DefaultOptions
	fs.BoolVar(&o.Singles, "singles", o.Singles, "single nouns are candidates (tuning)")
	fs.Float64Var(&o.EntityGain, "entity-gain", o.EntityGain, "score factor of entities (tuning)")
	fs.Float64Var(&o.EarlyGain, "early-gain", o.EarlyGain, "score factor of early phrases (tuning)")
	fs.Float64Var(&o.LenGain, "len-gain", o.LenGain, "score factor per extra word (tuning)")
	fs.Float64Var(&o.SingleGain, "single-gain", o.SingleGain, "score factor of single words (tuning)")
	fs.Float64Var(&o.Common, "common", o.Common, "share of articles above which a word is common (tuning)")
	fs.IntVar(&o.MaxWords, "max-words", o.MaxWords, "longest noun phrase (tuning)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("eval keyphrase: want one annotation file (testdata/keyphrases/*.jsonl)")
	}
	if *data == "" {
		d, err := corpus.Dir()
		if err != nil {
			return fmt.Errorf("eval keyphrase: %w; give --data", err)
		}
		*data = d
	}
	var show io.Writer
	if *verbose {
		show = stdout
	}
	sc, err := keyphraseScores(fs.Arg(0), *data, o, show)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "articles %d  gold phrases %d  predicted %d  hits %d  P@10 %.1f  R@10 %.1f\n",
		sc.Docs, sc.Gold, sc.Predicted, sc.Hits, sc.P(), sc.R())
	return nil
}

// evalSummary implements `rasid eval summary FILE.jsonl[.gz]`: ROUGE-1 and
// ROUGE-2 of the summary layer against the records' abstracts, beside the
// first-sentences baselines on the same articles.
func evalSummary(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval summary", flag.ContinueOnError)
	split := fs.Int("split", 0, "with --part: percent of the articles (by hash of the id, as train topic) in the development part")
	part := fs.String("part", "all", "all, dev (the --split percent the options were tuned on) or rest")
	verbose := fs.Bool("v", false, "print the articles where the layer's ROUGE-1 recall is under 80")
	o := summary.DefaultOptions
	fs.Float64Var(&o.Decay, "decay", o.Decay, "position decay (tuning)")
	fs.Float64Var(&o.Lambda, "lambda", o.Lambda, "MMR relevance weight (tuning)")
	fs.IntVar(&o.Per, "per", o.Per, "kept sentences per summary sentence (tuning)")
	fs.IntVar(&o.Max, "max", o.Max, "summary sentences at most (tuning)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("eval summary: want one file of JSON lines with text and abstract")
	}
	arts, err := eval.ReadArticles(fs.Arg(0))
	if err != nil {
		return err
	}
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return err
	}
	bg, err := keyphrase.LoadBackground()
	if err != nil {
		return err
	}
	type row struct {
		name   string
		r1, r2 eval.RougeMean
	}
	rows := []*row{{name: "summary layer"}, {name: "first sentence"}, {name: "first 2 sentences"}, {name: "first 3 sentences"}, {name: "first N (N = the layer's count)"}}
	var sentences eval.RougeMean
	for _, a := range arts {
		if a.Abstract == "" || a.Text == "" {
			continue
		}
		if *part == "dev" && !eval.DevSplit(a.ID, *split) || *part == "rest" && eval.DevSplit(a.ID, *split) {
			continue
		}
		d := &rasid.Document{ID: a.ID, Title: a.Title, Text: a.Text}
		if err := p.Annotate(context.Background(), d); err != nil {
			return err
		}
		d.Summary = summary.Choose(d, bg, o)
		ref := eval.RougeTokens(a.Abstract)
		spans := func(ss []rasid.Span) []string {
			var ts []string
			for _, s := range ss {
				ts = append(ts, eval.RougeTokens(s.In(d.Text))...)
			}
			return ts
		}
		lead := func(n int) []rasid.Span {
			if n > len(d.Sentences) {
				n = len(d.Sentences)
			}
			return d.Sentences[:n]
		}
		systems := [][]rasid.Span{d.Summary, lead(1), lead(2), lead(3), lead(len(d.Summary))}
		if r := eval.RougeN(ref, spans(d.Summary), 1); *verbose && r.R < 80 {
			fmt.Fprintf(stdout, "%s R1 %.0f\n  abstract: %s\n", a.ID, r.R, oneLine(a.Abstract))
			for _, s := range d.Summary {
				fmt.Fprintf(stdout, "  summary:  %s\n", oneLine(s.In(d.Text)))
			}
			fmt.Fprintf(stdout, "  first:    %s\n", oneLine(d.Sentences[0].In(d.Text)))
		}
		for i, s := range systems {
			sys := spans(s)
			rows[i].r1.Add(eval.RougeN(ref, sys, 1))
			rows[i].r2.Add(eval.RougeN(ref, sys, 2))
		}
		sentences.Add(eval.Rouge{P: float64(len(d.Summary))})
	}
	m, n := sentences.Mean()
	fmt.Fprintf(stdout, "articles with an abstract %d; summary sentences per article %.2f\n\n", n, m.P)
	fmt.Fprintf(stdout, "| system | ROUGE-1 P | R | F1 | ROUGE-2 P | R | F1 |\n|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		a, _ := r.r1.Mean()
		b, _ := r.r2.Mean()
		fmt.Fprintf(stdout, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", r.name, a.P, a.R, a.F, b.P, b.R, b.F)
	}
	return nil
}
