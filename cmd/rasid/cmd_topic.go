package main

import (
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/tokenize"
	"github.com/rasid/rasid/topic"
)

// topicLicence is the note the topic model carries (docs/aids.md).
const topicLicence = "Trained on the ANT corpus v1.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; " +
	"https://github.com/antcorpus/antcorpus.data), Apache License 2.0 with a citation licence: " +
	"material produced with it cites ANT; stems from rasid's morphology (UD Arabic PADT, CC BY-NC-SA 3.0)."

// articleTerms holds the terms of one article for every term kind.
type articleTerms struct {
	title, text map[string][]string
	label, id   string
}

// extractTerms runs tokenize + morphology over the titles and texts.
func extractTerms(arts []eval.Article, logf func(string, ...any)) ([]articleTerms, error) {
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return nil, err
	}
	kinds := []string{topic.TermLemma, topic.TermStem, topic.TermNorm, topic.TermLemmaNorm, topic.TermStemNorm, topic.TermFunc, topic.TermStemFunc}
	out := make([]articleTerms, len(arts))
	for i, a := range arts {
		at := articleTerms{title: map[string][]string{}, text: map[string][]string{}, label: a.Category, id: a.ID}
		for _, part := range []struct {
			s   string
			dst map[string][]string
		}{{a.Title, at.title}, {a.Text, at.text}} {
			d := &rasid.Document{Text: part.s}
			if err := p.Annotate(context.Background(), d); err != nil {
				return nil, fmt.Errorf("%s: %w", a.ID, err)
			}
			for _, k := range kinds {
				part.dst[k] = topic.Terms(d, k, nil)
			}
		}
		out[i] = at
		if (i+1)%2000 == 0 {
			logf("analysed %d of %d articles", i+1, len(arts))
		}
	}
	return out, nil
}

// cachedTerms is extractTerms with the result kept in file (when not
// empty) for the next run.
func cachedTerms(file string, arts []eval.Article, logf func(string, ...any)) ([]articleTerms, error) {
	type rec struct {
		Title, Text map[string][]string
		Label, ID   string
	}
	if file != "" {
		if f, err := os.Open(file); err == nil {
			defer f.Close()
			var rs []rec
			if err := gob.NewDecoder(f).Decode(&rs); err == nil {
				out := make([]articleTerms, len(rs))
				for i, r := range rs {
					out[i] = articleTerms{title: r.Title, text: r.Text, label: r.Label, id: r.ID}
				}
				return out, nil
			}
		}
	}
	ats, err := extractTerms(arts, logf)
	if err != nil || file == "" {
		return ats, err
	}
	rs := make([]rec, len(ats))
	for i, a := range ats {
		rs[i] = rec{a.title, a.text, a.label, a.id}
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ats, gob.NewEncoder(f).Encode(rs)
}

// addPlaceTerms adds to every article the term kinds with TermPlace
// (topic.Terms of "stem+func+place" is the terms of "stem+func", a
// boundary, then topic.PlaceTerms of the normalised tokens).
func addPlaceTerms(ats []articleTerms) {
	for _, a := range ats {
		for _, parts := range []map[string][]string{a.title, a.text} {
			for _, k := range []string{topic.TermStemFunc} {
				t := append(append([]string(nil), parts[k]...), "")
				parts[k+topic.TermPlace] = topic.PlaceTerms(parts[topic.TermNorm], t)
				parts[k+topic.TermAlsoLemma] = topic.LemmaTerms(parts[topic.TermLemma], append(append([]string(nil), parts[k]...), ""))
				parts[k+"+norm"] = normTerms(parts[topic.TermNorm], append(append([]string(nil), parts[k]...), ""))
			}
		}
	}
}

// normTerms appends to dst the normalised tokens, each prefixed "n:" (as
// topic.Terms of a kind ending in "+norm" gives them).
func normTerms(norms, dst []string) []string {
	for _, t := range norms {
		if t != "" {
			t = "n:" + t
		}
		dst = append(dst, t)
	}
	return dst
}

func examples(ats []articleTerms, kind string, keep func(id string) bool) []topic.Example {
	var ex []topic.Example
	for _, a := range ats {
		if keep(a.id) {
			ex = append(ex, topic.Example{Title: a.title[kind], Text: a.text[kind], Label: a.label})
		}
	}
	return ex
}

func scoreTopics(m *topic.Model, ex []topic.Example) *eval.Confusion {
	c := eval.NewConfusion()
	for _, e := range ex {
		c.Add(e.Label, m.Classify(e.Title, e.Text)[0].Label)
	}
	return c
}

// trainTopic implements `rasid train topic`.
func trainTopic(args []string) error {
	fs := flag.NewFlagSet("train topic", flag.ContinueOnError)
	data := fs.String("data", "", "shared data folder (default: $RASID_DATA, else ../shared/data beside the repository)")
	out := fs.String("out", "", `model file to write (default: topic/model/topic.bin.gz in the repository; "": do not write)`)
	dev := fs.Int("dev", 20, "percent of the articles (by hash of the id) held out to score the options and fit the temperature")
	compare := fs.Bool("compare", false, "score a table of feature and model variants on the held-out part, then stop")
	trainOnly := fs.Bool("train-part-only", false, "train the written model without the held-out part (to check eval topic against the held-out figures)")
	folds := fs.Int("folds", 0, "cross-validate: score on every one of this many hash folds, trained on the others, then stop (with --compare: a column of its own)")
	errs := fs.Bool("errors", false, "list the held-out articles classified wrongly (id, gold, first two topics)")
	cache := fs.String("cache", "", "file caching the analysed terms between runs (development)")
	o := topic.DefaultOptions
	fs.StringVar(&o.Term, "term", o.Term, "term kind: lemma, stem or norm")
	fs.BoolVar(&o.Bigrams, "bigrams", o.Bigrams, "add bigram features")
	fs.BoolVar(&o.Trigrams, "trigrams", o.Trigrams, "add trigram features (with --bigrams)")
	fs.Float64Var(&o.TitleWeight, "title-weight", o.TitleWeight, "weight of a title term against a text term")
	fs.IntVar(&o.Epochs, "epochs", o.Epochs, "training epochs")
	fs.BoolVar(&o.Balanced, "balanced", o.Balanced, "weight classes by inverse frequency")
	fs.Float64Var(&o.Rate, "rate", o.Rate, "AdaGrad learning rate")
	fs.Float64Var(&o.L2, "l2", o.L2, "L2 penalty")
	fs.IntVar(&o.Ensemble, "ensemble", o.Ensemble, "average this many regressions with consecutive seeds")
	fs.StringVar(&o.Model, "model", o.Model, "lr, nb, cnb or lr+cnb")
	fs.Float64Var(&o.Alpha, "alpha", o.Alpha, "naive Bayes smoothing")
	fs.Float64Var(&o.Mix, "mix", o.Mix, "weight of the complement naive Bayes in lr+cnb")
	fs.IntVar(&o.MinDF, "min-df", o.MinDF, "minimum document frequency of a term")
	fs.BoolVar(&o.Sublinear, "sublinear", o.Sublinear, "sublinear tf")
	fs.BoolVar(&o.IDF, "idf", o.IDF, "idf weighting")
	norm := fs.Bool("l2norm", true, "scale vectors to unit length")
	fs.BoolVar(&o.TitleOwn, "title-own", o.TitleOwn, "title terms are also features of their own")
	fs.Float64Var(&o.TitleBlock, "title-block", o.TitleBlock, "title terms also as a block of their own of this length (0: none)")
	fs.Float64Var(&o.C, "c", o.C, "SVM cost (svm, nbsvm)")
	fs.Float64Var(&o.Balance, "balance", o.Balance, "power of the inverse-frequency class weights (0: 1)")
	fs.BoolVar(&o.Numbers, "numbers", o.Numbers, "years are features")
	fs.IntVar(&o.CharMin, "char-min", o.CharMin, "shortest character n-gram feature")
	fs.IntVar(&o.CharMax, "char-max", o.CharMax, "longest character n-gram feature (0: none)")
	fs.Float64Var(&o.CharWeight, "char-weight", o.CharWeight, "length of the character n-gram block")
	fs.BoolVar(&o.CharNormOnly, "char-norm-only", o.CharNormOnly, "character n-grams from the normalised tokens only (with --term stem+norm or stem+func+norm)")
	fs.IntVar(&o.CharHash, "char-hash", o.CharHash, "hash the character n-grams into 2^this many buckets (0: keep them as strings)")
	fs.StringVar(&o.Dedup, "dedup", o.Dedup, `training articles of the same text: "" keeps all, "drop" leaves out those filed under different labels, "majority" keeps one of the most frequent label, "one" keeps one of every group`)
	fs.Float64Var(&o.VecWeight, "vec-weight", o.VecWeight, "weight of the document vector (averaged SVD term vectors learnt from ANT's text; 0: none)")
	fs.BoolVar(&o.VecNorm, "vec-norm", o.VecNorm, "scale the document vector to length --vec-weight (not a linear map: measuring only)")
	vecDims := fs.Int("vec-dims", topic.DefaultVectorOptions.Dims, "dimensions of the term vectors")
	only := fs.String("variants", "", "with --compare or --nested: score only the variants whose name holds this text")
	selfN := fs.Int("self-train", 0, "score self-training with this many SaudiNewsNet articles labelled by the model (with --folds: over the folds too), then stop")
	selfStride := fs.Int("self-stride", 10, "with --self-train: take every this-many-th SaudiNewsNet article")
	selfProb := fs.Float64("self-prob", 0.9, "with --self-train: the least probability of a label taken")
	nested := fs.Bool("nested", false, "with --folds: score the class weights, decision rule and cost chosen by cross-validation inside each fold's training part, then stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.Raw = !*norm
	if fs.NArg() > 0 {
		return fmt.Errorf("train topic: unexpected argument %q", fs.Arg(0))
	}
	if err := defaultPaths(fs, map[string]string{"out": "topic/model/topic.bin.gz"}); err != nil {
		return fmt.Errorf("train topic: %w", err)
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", a...)
	}
	arts, err := eval.ReadArticles(filepath.Join(*data, "ant", "ant-train.jsonl.gz"))
	if err != nil {
		return err
	}
	logf("ant: %d articles", len(arts))
	ats, err := cachedTerms(*cache, arts, logf)
	if err != nil {
		return err
	}
	addPlaceTerms(ats)
	vo := topic.DefaultVectorOptions
	vo.Dims = *vecDims
	built := map[string]*topic.WordVectors{}
	vectors = func(term string) (*topic.WordVectors, error) {
		if built[term] == nil {
			wv, err := termVectors(ats, term, vo)
			if err != nil {
				return nil, err
			}
			built[term] = wv
			logf("term vectors: %d terms, %d dimensions", wv.Len(), wv.Dims)
		}
		return built[term], nil
	}
	if o.VecWeight > 0 {
		if o.Vectors, err = vectors(o.Term); err != nil {
			return err
		}
	}
	isDev := func(id string) bool { return eval.DevSplit(id, *dev) }
	isTrain := func(id string) bool { return !isDev(id) }
	all := func(string) bool { return true }
	if *selfN > 0 {
		if *selfStride < 1 {
			return fmt.Errorf("train topic: --self-stride %d: want 1 or more", *selfStride)
		}
		return selfTrain(ats, o, *data, *selfN, *selfStride, *folds, *selfProb, logf, os.Stdout)
	}
	if *nested {
		if *folds < 3 {
			return fmt.Errorf("train topic: --nested needs --folds 3 or more")
		}
		return nestedCompare(ats, o, *folds, *only, os.Stdout)
	}
	if *folds > 1 && !*compare {
		c, err := crossValidate(ats, o, *folds)
		if err != nil {
			return err
		}
		fmt.Printf("%d folds: ", *folds)
		c.Report(os.Stdout)
		return nil
	}
	if *compare {
		return compareTopics(ats, o, isTrain, isDev, *folds, *only, os.Stdout)
	}
	temp := 1.0
	if *dev > 0 {
		tr, held := examples(ats, o.Term, isTrain), examples(ats, o.Term, isDev)
		m, err := topic.Train(tr, o)
		if err != nil {
			return err
		}
		before, after := m.FitTemperature(held)
		temp = m.Temperature
		logf("held out %d articles (train %d); temperature %.2f: log loss %.4f → %.4f", len(held), len(tr), temp, before, after)
		scoreTopics(m, held).Report(os.Stdout)
		if *errs {
			for _, a := range ats {
				if !isDev(a.id) {
					continue
				}
				got := m.Classify(a.title[o.Term], a.text[o.Term])
				if got[0].Label != a.label {
					fmt.Printf("ERR\t%s\t%s\t%s %.2f\t%s %.2f\n", a.id, a.label, got[0].Label, got[0].Score, got[1].Label, got[1].Score)
				}
			}
		}
		if *out == "" {
			return nil
		}
	}
	final := all
	if *trainOnly {
		final = isTrain
	}
	m, err := topic.Train(examples(ats, o.Term, final), o)
	if err != nil {
		return err
	}
	m.Temperature = temp
	m.Licence = topicLicence
	m.Command = topicCommand(fs)
	if *out == "" {
		return nil
	}
	if err := writeModel(*out, m.Write); err != nil {
		return err
	}
	logf("wrote %s", *out)
	return nil
}

// vectors returns the term vectors of the articles of `train topic` for a
// term kind (set by trainTopic).
var vectors func(term string) (*topic.WordVectors, error)

// termVectors learns term vectors from the title and text terms of the
// articles (unlabelled text).
func termVectors(ats []articleTerms, term string, o topic.VectorOptions) (*topic.WordVectors, error) {
	var texts [][]string
	for _, a := range ats {
		texts = append(texts, a.title[term], a.text[term])
	}
	return topic.BuildVectors(texts, o)
}

// topicCommand is the command line recorded in the model file: the flags
// that change the model (not --cache, a development aid).
func topicCommand(fs *flag.FlagSet) string {
	var parts []string
	for _, p := range strings.Split(trainCommand("topic", fs), " ") {
		if !strings.HasPrefix(p, "--cache=") {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// crossValidate trains on all but one of n folds of the articles (by
// hash of the id, fold 0 being the usual held-out part when n = 5) and
// scores the left-out fold, for each fold, pooling the decisions.
func crossValidate(ats []articleTerms, o topic.Options, n int) (*eval.Confusion, error) {
	c := eval.NewConfusion()
	for f := 0; f < n; f++ {
		lo, hi := f*100/n, (f+1)*100/n
		isDev := func(id string) bool { return eval.DevSplit(id, hi) && !eval.DevSplit(id, lo) }
		m, err := topic.Train(examples(ats, o.Term, func(id string) bool { return !isDev(id) }), o)
		if err != nil {
			return nil, err
		}
		for _, e := range examples(ats, o.Term, isDev) {
			c.Add(e.Label, m.Classify(e.Title, e.Text)[0].Label)
		}
	}
	return c, nil
}

// compareTopics prints the held-out scores of feature and model variants
// (and, when folds > 1, their pooled scores over that many folds).
func compareTopics(ats []articleTerms, base topic.Options, isTrain, isDev func(string) bool, folds int, only string, w io.Writer) error {
	type variant struct {
		name string
		from topic.Options // the options edit starts from
		edit func(*topic.Options)
	}
	lr := topic.RegressionOptions
	// svm: the options of the rows of sessions 3–6 (the model shipped
	// until session 7, without the title's block).
	svm := base
	svm.TitleBlock = 0
	same := func(*topic.Options) {}
	vs := []variant{
		{"naive Bayes, raw words, Laplace (the issue's baseline)", lr, func(o *topic.Options) {
			o.Model, o.Alpha, o.Term, o.Bigrams, o.Sublinear, o.IDF, o.Raw, o.TitleWeight, o.MinDF = "nb", 1, topic.TermNorm, false, false, false, true, 1, 1
		}},
		{"LR: lemma unigrams, tf, no idf, no title", lr, func(o *topic.Options) {
			o.Term, o.Bigrams, o.Sublinear, o.IDF, o.TitleWeight = topic.TermLemma, false, false, false, 0
		}},
		{"LR: lemma unigrams, tf-idf, no title", lr, func(o *topic.Options) {
			o.Term, o.Bigrams, o.Sublinear, o.TitleWeight = topic.TermLemma, false, false, 0
		}},
		{"LR: lemma unigrams, sublinear tf-idf, no title", lr, func(o *topic.Options) { o.Term, o.Bigrams, o.TitleWeight = topic.TermLemma, false, 0 }},
		{"LR: + title (weight 2)", lr, func(o *topic.Options) { o.Term, o.Bigrams = topic.TermLemma, false }},
		{"LR: + title also as own features", lr, func(o *topic.Options) { o.Term, o.Bigrams, o.TitleOwn = topic.TermLemma, false, true }},
		{"LR: + bigrams", lr, func(o *topic.Options) { o.Term = topic.TermLemma }},
		{"LR: stems instead of lemmas (shipped before)", lr, same},
		{"LR: normalised tokens instead of stems", lr, func(o *topic.Options) { o.Term = topic.TermNorm }},
		{"LR: stems + normalised tokens", lr, func(o *topic.Options) { o.Term = topic.TermStemNorm }},
		{"LR: title weight 1", lr, func(o *topic.Options) { o.TitleWeight = 1 }},
		{"LR: no class weights", lr, func(o *topic.Options) { o.Balanced = false }},
		{"LR: rate 0.5", lr, func(o *topic.Options) { o.Rate = 0.5 }},
		{"LR: 24 epochs", lr, func(o *topic.Options) { o.Epochs = 24 }},
		{"LR: L2 1e-4", lr, func(o *topic.Options) { o.L2 = 1e-4 }},
		{"LR: 3 regressions averaged (seeds 1–3)", lr, func(o *topic.Options) { o.Ensemble = 3 }},
		{"multinomial naive Bayes (alpha 0.01)", lr, func(o *topic.Options) { o.Model, o.Alpha = "nb", 0.01 }},
		{"complement naive Bayes (alpha 0.1)", lr, func(o *topic.Options) { o.Model, o.Alpha = "cnb", 0.1 }},
		{"LR + 10 × complement NB", lr, func(o *topic.Options) { o.Model, o.Alpha, o.Mix = "lr+cnb", 0.1, 10 }},
		{"LR: + years as features", lr, func(o *topic.Options) { o.Numbers = true }},
		{"LR: + character 3–5-grams of stems", lr, func(o *topic.Options) { o.CharMin, o.CharMax, o.CharWeight, o.MinDF = 3, 5, 1, 3 }},
		{"LR: + function words and punctuation", lr, func(o *topic.Options) { o.Term = topic.TermStemFunc }},
		{"LR: + function words, class weights^0.5", lr, func(o *topic.Options) { o.Term, o.Balance = topic.TermStemFunc, 0.5 }},
		{"SVM C 1, stems, fully balanced", svm, func(o *topic.Options) { o.Term, o.C, o.Balance = topic.TermStem, 1, 1 }},
		{"NB-SVM C 1, stems, fully balanced", svm, func(o *topic.Options) { o.Term, o.C, o.Balance, o.Model = topic.TermStem, 1, 1, "nbsvm" }},
		{"SVM C 1, stems + function words, weights^0.5", svm, func(o *topic.Options) { o.C = 1 }},
		{"SVM C 0.5, stems + function words, weights^0.5 (shipped in sessions 3–6)", svm, same},
		{"SVM, fully balanced", svm, func(o *topic.Options) { o.Balance = 1 }},
		{"SVM, class weights^0.3", svm, func(o *topic.Options) { o.Balance = 0.3 }},
		{"SVM C 0.3", svm, func(o *topic.Options) { o.C = 0.3 }},
		{"SVM, title weight 1", svm, func(o *topic.Options) { o.TitleWeight = 1 }},
		{"SVM, no bigrams", svm, func(o *topic.Options) { o.Bigrams = false }},
		{"SVM + trigrams", svm, func(o *topic.Options) { o.Trigrams = true }},
		{"SVM + title also as own features", svm, func(o *topic.Options) { o.TitleOwn = true }},
		{"SVM + trigrams + title as own features", svm, func(o *topic.Options) { o.Trigrams, o.TitleOwn = true, true }},
		{"NB-SVM", svm, func(o *topic.Options) { o.Model = "nbsvm" }},
		{"SVM + character 3–5-grams of stems", svm, func(o *topic.Options) { o.CharMin, o.CharMax, o.CharWeight, o.MinDF = 3, 5, 1, 3 }},
		{"LR + 3 × SVM margins", svm, func(o *topic.Options) { o.Model, o.Mix, o.Epochs = "lr+svm", 3, 12 }},
		{"SVM + document vectors (SVD 100), block of length 0.5", svm, func(o *topic.Options) { o.VecWeight, o.VecNorm = 0.5, true }},
		{"SVM + document vectors (SVD 100), block of length 1", svm, func(o *topic.Options) { o.VecWeight, o.VecNorm = 1, true }},
		{"SVM + document vectors (SVD 100), linear, weight 0.5", svm, func(o *topic.Options) { o.VecWeight = 0.5 }},
		{"SVM + document vectors (SVD 100), linear, weight 1", svm, func(o *topic.Options) { o.VecWeight = 1 }},
		{"NB-SVM as Wang & Manning: ratios alpha 1 over 1 + log tf, no idf, no unit length, C 1", svm, func(o *topic.Options) {
			o.Model, o.Alpha, o.IDF, o.Raw, o.C = "nbsvm", 1, false, true, 1
		}},
		{"NB-SVM as Wang & Manning, C 0.1", svm, func(o *topic.Options) { o.Model, o.Alpha, o.IDF, o.Raw, o.C = "nbsvm", 1, false, true, 0.1 }},
		{"NB-SVM as before, ratios alpha 1", svm, func(o *topic.Options) { o.Model, o.Alpha = "nbsvm", 1 }},
		{"NB-SVM as before, ratios alpha 1, class weights^0.7", svm, func(o *topic.Options) { o.Model, o.Alpha, o.Balance = "nbsvm", 1, 0.7 }},
		{"NB-SVM as before, ratios alpha 1, fully balanced", svm, func(o *topic.Options) { o.Model, o.Alpha, o.Balance = "nbsvm", 1, 1 }},
		{"SVM, duplicate texts of different labels dropped", svm, func(o *topic.Options) { o.Dedup = "drop" }},
		{"SVM, duplicate texts: one of the majority label", svm, func(o *topic.Options) { o.Dedup = "majority" }},
		{"SVM, duplicate texts: one of each group", svm, func(o *topic.Options) { o.Dedup = "one" }},
		{"**SVM + title as a block of its own, length 0.3 (shipped since session 7)**", base, same},
		{"SVM + title as a block of its own, length 0.5", svm, func(o *topic.Options) { o.TitleBlock = 0.5 }},
		{"SVM + lead (first 12 terms) as a block, length 0.3", svm, func(o *topic.Options) { o.LeadTerms, o.LeadBlock = 12, 0.3 }},
		{"SVM + lead (first 12 terms) as a block, length 0.5", svm, func(o *topic.Options) { o.LeadTerms, o.LeadBlock = 12, 0.5 }},
		{"SVM + lead (first 25 terms) as a block, length 0.5", svm, func(o *topic.Options) { o.LeadTerms, o.LeadBlock = 25, 0.5 }},
		{"SVM + length classes, block 0.1", svm, func(o *topic.Options) { o.LengthBlock = 0.1 }},
		{"SVM + length classes, block 0.3", svm, func(o *topic.Options) { o.LengthBlock = 0.3 }},
		{"SVM + Tunisian places as a class (term g:tn)", svm, func(o *topic.Options) { o.Term = topic.TermStemFunc + topic.TermPlace }},
		{"SVM (shipped, title block) + lemmas as terms of their own (m:)", base, func(o *topic.Options) { o.Term = topic.TermStemFunc + topic.TermAlsoLemma }},
		{"SVM + Tunisian places as a class, title as a block 0.3", svm, func(o *topic.Options) {
			o.Term, o.TitleBlock = topic.TermStemFunc+topic.TermPlace, 0.3
		}},
		{"SVM (shipped) + lemmas (m:) as a block of their own, length 0.5", base, lemmaBlock(0.5)},
		{"SVM (shipped) + lemmas (m:) as a block of their own, length 0.7", base, lemmaBlock(0.7)},
		{"SVM (shipped) + lemmas (m:) as a block of their own, length 1", base, lemmaBlock(1)},
		{"SVM (shipped), hinge loss (L1-loss SVM), C 0.5", base, func(o *topic.Options) { o.Loss = topic.LossHinge }},
		{"SVM (shipped), hinge loss, C 0.1", base, func(o *topic.Options) { o.Loss, o.C = topic.LossHinge, 0.1 }},
		{"SVM (shipped), hinge loss, C 2", base, func(o *topic.Options) { o.Loss, o.C = topic.LossHinge, 2 }},
		{"logistic regression on the shipped features (title block, weights^0.5), 12 epochs", base, func(o *topic.Options) { o.Model, o.Epochs = "lr", 12 }},
		{"logistic regression on the shipped features, 24 epochs, L2 1e-5", base, func(o *topic.Options) { o.Model, o.Epochs, o.L2 = "lr", 24, 1e-5 }},
		{"SVM (shipped) + char 3–5-grams of words, hashed 2^18, block 0.3", base, charWords(18, 0.3)},
		{"SVM (shipped) + char 3–5-grams of words, hashed 2^18, block 0.5", base, charWords(18, 0.5)},
		{"SVM (shipped) + char 3–5-grams of words, hashed 2^18, block 1", base, charWords(18, 1)},
		{"SVM (shipped) + char 3–5-grams of words, hashed 2^16, block 0.5", base, charWords(16, 0.5)},
	}
	fmt.Fprintf(w, "| variant | accuracy | macro-F1 | macro-recall | terms |")
	if folds > 1 {
		fmt.Fprintf(w, " %d-fold accuracy | macro-F1 | macro-recall |", folds)
	}
	fmt.Fprintf(w, "\n|---|---|---|---|---|")
	if folds > 1 {
		fmt.Fprintf(w, "---|---|---|")
	}
	fmt.Fprintln(w)
	for _, v := range vs {
		if !strings.Contains(v.name, only) {
			continue
		}
		o := v.from
		v.edit(&o)
		if o.VecWeight > 0 && o.Vectors == nil {
			var err error
			if o.Vectors, err = vectors(o.Term); err != nil {
				return err
			}
		}
		m, err := topic.Train(examples(ats, o.Term, isTrain), o)
		if err != nil {
			return err
		}
		c := scoreTopics(m, examples(ats, o.Term, isDev))
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f | %d |", v.name, c.Accuracy(), c.MacroF1(), c.MacroRecall(), m.VocabSize())
		if folds > 1 {
			cv, err := crossValidate(ats, o, folds)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, " %.2f | %.2f | %.2f |", cv.Accuracy(), cv.MacroF1(), cv.MacroRecall())
		}
		fmt.Fprintln(w)
	}
	return nil
}

// charWords returns the edit adding the character 3–5-grams of the
// normalised words, hashed into 2^bits buckets, as a block of length wt.
func charWords(bits int, wt float64) func(*topic.Options) {
	return func(o *topic.Options) {
		o.Term = topic.TermStemFunc + "+norm"
		o.CharMin, o.CharMax, o.CharWeight, o.CharNormOnly, o.CharHash = 3, 5, wt, true, bits
	}
}

// lemmaBlock returns the edit adding the lemmas of the content words as a
// block of their own of length wt.
func lemmaBlock(wt float64) func(*topic.Options) {
	return func(o *topic.Options) { o.Term, o.LemmaBlock = topic.TermStemFunc+topic.TermAlsoLemma, wt }
}

// evalTopic implements `rasid eval topic FILE`: the topics layer through
// the analysis pipeline, scored against the records' categories.
func evalTopic(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval topic", flag.ContinueOnError)
	modelFile := fs.String("model", "", "topic model file (default: the embedded model)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	args = fs.Args()
	if len(args) != 1 {
		return fmt.Errorf("eval topic: want one file of JSON lines with title, text and category")
	}
	arts, err := eval.ReadArticles(args[0])
	if err != nil {
		return err
	}
	var p *rasid.Pipeline
	if *modelFile != "" {
		f, err := os.Open(*modelFile)
		if err != nil {
			return err
		}
		m, err := topic.Read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *modelFile, err)
		}
		if p, err = topicPipeline(m); err != nil {
			return err
		}
	} else {
		p, err = buildPipeline(map[string]bool{rasid.LayerTopics: true})
	}
	if err != nil {
		return err
	}
	c := eval.NewConfusion()
	skipped := 0
	for i, a := range arts {
		if a.Category == "" || a.Title == "" && a.Text == "" {
			skipped++
			continue
		}
		d := &rasid.Document{ID: a.ID, Title: a.Title, Text: a.Text}
		if strings.TrimSpace(a.Text) == "" {
			// as analyze --input jsonl does: the title is the text
			d.Title, d.Text = "", a.Title
		}
		if err := p.Annotate(context.Background(), d); err != nil {
			return fmt.Errorf("%s:%d: %w", args[0], i+1, err)
		}
		pred := ""
		if len(d.Topics) > 0 {
			pred = d.Topics[0].Label
		}
		c.Add(a.Category, pred)
	}
	if skipped > 0 {
		fmt.Fprintf(stdout, "skipped %d records without a category or without title and text\n", skipped)
	}
	c.Report(stdout)
	return nil
}

// topicPipeline is the pipeline of --layers topics with the model m.
func topicPipeline(m *topic.Model) (*rasid.Pipeline, error) {
	mm, err := morph.Load()
	if err != nil {
		return nil, err
	}
	words := morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true})
	title, err := rasid.NewPipeline(tokenize.NewAnnotator(), words)
	if err != nil {
		return nil, err
	}
	return rasid.NewPipeline(tokenize.NewAnnotator(), words, topic.NewAnnotator(m, title))
}
