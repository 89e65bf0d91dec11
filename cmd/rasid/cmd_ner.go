package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
	"github.com/rasid/rasid/training"
)

// trainNER implements `rasid train ner`: word clusters from SaudiNewsNet,
// then the averaged perceptron on ANERcorp. With --dev F the last fraction
// F of the sentences is held out and scored; the shipped model uses --dev 0.
func trainNER(args []string) error {
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	data := fs.String("data", "", "shared data folder (default: $RASID_DATA, else ../shared/data beside the repository)")
	out := fs.String("out", "", `model file to write (default: entity/model/ner.bin in the repository; "": do not write)`)
	dev := fs.Float64("dev", 0, "fraction of ANERcorp sentences (the last ones) held out for development scoring")
	devAt := fs.Float64("dev-at", -1, "start of the held-out block, as a fraction of the sentences (default: the end)")
	epochs := fs.Int("epochs", 10, "perceptron epochs")
	noClusters := fs.Bool("no-clusters", false, "train without SaudiNewsNet word clusters")
	dropout := fs.Float64("dropout", 0, "probability of dropping a token's own-word features in training")
	mix := fs.Int("mix", 3, "perceptrons trained with different orders and averaged")
	singlePass := fs.Bool("single-pass", false, "train only the first pass (no document memory)")
	useMorph := fs.Bool("morph", false, "add morphology features (stem part of speech, segment tags, stem)")
	useWords := fs.Bool("words", false, "add features from the words layer (parts of speech of the token's words)")
	clusterTokens := fs.Int("cluster-tokens", 0, "use only the first N raw tokens for clusters (0: all)")
	clusterVocab := fs.Int("cluster-vocab", entity.DefaultClusterOptions.Vocab, "words that get a cluster")
	clusterFine := fs.Int("cluster-fine", entity.DefaultClusterOptions.Fine, "number of fine clusters")
	clusterDims := fs.Int("cluster-dims", entity.DefaultClusterOptions.Dims, "SVD dimensions of the word vectors")
	clusterContexts := fs.Int("cluster-contexts", entity.DefaultClusterOptions.Contexts, "context words")
	contexts := fs.Bool("contexts", false, "add context statistics of words in SaudiNewsNet and ANT (after organisation, place and event heads, given names)")
	ctxExclude := fs.String("contexts-exclude", "", "leave the articles of these evaluation folders (comma-separated, as for eval news) out of the context statistics")
	clustersFrom := fs.String("clusters-from", "", "reuse the word clusters of this model file instead of computing them")
	perSentence := fs.Bool("per-sentence", false, "score the held-out part sentence by sentence (TagBIO) instead of as one stream")
	errorsOut := fs.String("errors", "", "write the held-out sentences with gold and predicted tags to this file")
	news := fs.String("news", "", "also train on the annotated real articles of these folders (comma-separated, as for eval news; relative to the repository root)")
	newsFeatures := fs.Bool("news-features", false, "learn news-copy features on the --news articles, used by the annotator and not by the BIO output")
	bioAnercorp := fs.Bool("bio-anercorp", false, "with --news: the BIO output (--format bio) keeps a model trained on ANERcorp alone, stored in the same file")
	bioFrom := fs.Bool("bio-from-clusters-model", false, "with --bio-anercorp and --clusters-from: take the BIO output's model from that file instead of training it again (the same bytes when the features, gazetteers and clusters are the same)")
	newsWeight := fs.Int("news-weight", 1, "times each annotated article is visited per epoch")
	cvFolds := fs.Int("news-cv", 0, "score the model on the --news articles by article-level cross-validation with this many folds (writes no model)")
	cvExtra := fs.String("news-cv-extra", "", "with --news-cv: also train every fold on the articles of these folders, never scored (does a set help the others?)")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("train ner: unexpected argument %q", fs.Arg(0))
	}
	if err := defaultPaths(fs, map[string]string{"out": "entity/model/ner.bin"}); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", a...)
	}
	need := []string{string(training.ANERcorpTrain)}
	if !*noClusters && *clustersFrom == "" {
		need = append(need, string(training.SaudiNewsNet))
	}
	if err := checkDataDir("train ner", *data, need...); err != nil {
		return err
	}
	d := training.Data{Dir: *data}
	sents, err := d.ANERcorp()
	if err != nil {
		return err
	}
	cut := len(sents) - int(float64(len(sents))**dev)
	train, held := sents[:cut], sents[cut:]
	if *devAt >= 0 {
		a := int(float64(len(sents)) * *devAt)
		b := a + int(float64(len(sents))**dev)
		if b > len(sents) {
			b = len(sents)
		}
		held = sents[a:b]
		train = append(append([]eval.BIOSentence{}, sents[:a]...), sents[b:]...)
	}
	logf("anercorp: %d sentences, training on %d, holding out %d", len(sents), len(train), len(held))
	var cl *entity.Clusters
	var clModel *entity.Model // the model of --clusters-from
	if *clustersFrom != "" {
		if clModel, err = loadNERModel(*clustersFrom); err != nil {
			return err
		}
		cl = clModel.Clusters()
	} else if !*noClusters {
		o := entity.DefaultClusterOptions
		o.MaxTokens = *clusterTokens
		o.Vocab, o.Fine = *clusterVocab, *clusterFine
		o.Dims, o.Contexts = *clusterDims, *clusterContexts
		cl, err = entity.BuildClusters(d.Texts, o, logf)
		if err != nil {
			return err
		}
	}
	if !*contexts && cl != nil {
		cl.ClearContexts()
	}
	docs, err := newsAndContexts(cl, *data, *news, *ctxExclude, *cvExtra, *contexts, *cvFolds > 0, logf)
	if err != nil {
		return err
	}
	opts := entity.TrainOptions{Epochs: *epochs, Seed: 1, Clusters: cl, SinglePass: *singlePass, Morph: *useMorph, Words: *useWords, Dropout: *dropout, Mix: *mix, Logf: logf,
		Command: trainCommand("ner", fs)}
	trainOn := func(docs []newsDoc) (*entity.Model, error) {
		toks, tags := eval.Columns(train)
		o := opts
		toks, tags, o.Weights, o.Docs = withNews(toks, tags, docs, *newsWeight)
		if len(docs) > 0 {
			o.DataNote = newsDataNote(docs)
			if *newsFeatures {
				o.News = make([]bool, len(toks))
				for i := o.Docs[1]; i < len(toks); i++ {
					o.News[i] = true
				}
			}
		}
		return entity.Train(toks, tags, o)
	}
	if *cvFolds > 0 {
		return newsCVExtra(docs, *cvFolds, *newsWeight == 0, *cvExtra, *data, trainOn, logf)
	}
	m, err := trainOn(docs)
	if err != nil {
		return err
	}
	if *bioAnercorp && len(docs) > 0 {
		if err := setBIOModel(m, *bioFrom, clModel, trainOn, logf); err != nil {
			return err
		}
	}
	if len(held) > 0 {
		if err := scoreHeldOut(m, held, *perSentence, *errorsOut); err != nil {
			return err
		}
	}
	if *out != "" {
		if err := writeModel(*out, m.Write); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		logf("wrote %s", *out)
	}
	return nil
}

// setBIOModel gives m its BIO output's model (--bio-anercorp): trained on
// ANERcorp alone, or with fromClusters (--bio-from-clusters-model) the one
// the model file of --clusters-from holds, which has the same clusters.
func setBIOModel(m *entity.Model, fromClusters bool, clModel *entity.Model, train func([]newsDoc) (*entity.Model, error), logf func(string, ...any)) error {
	if fromClusters {
		if clModel == nil {
			return fmt.Errorf("train ner: --bio-from-clusters-model needs --clusters-from")
		}
		b, ok := clModel.BIO()
		if !ok {
			return fmt.Errorf("train ner: --bio-from-clusters-model: the --clusters-from model has no BIO model")
		}
		logf("the BIO output's model: the one of the --clusters-from model")
		return m.SetBIO(b)
	}
	logf("the BIO output's model: ANERcorp alone")
	b, err := train(nil)
	if err != nil {
		return err
	}
	return m.SetBIO(b)
}

// newsAndContexts loads the annotated articles of the folders news
// (comma-separated; none when empty) and, with contexts, adds the context
// statistics to cl, leaving out the articles of the folders exclude and,
// with cv (cross-validation on the articles), those of news and cvExtra
// (--news-cv-extra, which needs cv).
func newsAndContexts(cl *entity.Clusters, data, news, exclude, cvExtra string, contexts, cv bool, logf func(string, ...any)) ([]newsDoc, error) {
	if cvExtra != "" && !cv {
		return nil, fmt.Errorf("train ner: --news-cv-extra needs --news-cv")
	}
	var docs []newsDoc
	if news != "" {
		dirs, err := repoDirs(news)
		if err != nil {
			return nil, fmt.Errorf("train ner: %w", err)
		}
		if docs, err = loadNewsDocs(dirs, data); err != nil {
			return nil, fmt.Errorf("train ner: %w", err)
		}
		logf("news: %d annotated articles", len(docs))
		if cv {
			exclude = strings.Trim(exclude+","+dirs+","+cvExtra, ",")
		}
	}
	if contexts && cl != nil {
		if err := addContexts(cl, data, exclude, logf); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// newsCVExtra runs the article-level cross-validation of --news-cv, the
// articles of the folders extra (--news-cv-extra, comma-separated; none
// when empty) in the training part of every fold and never held out: does
// a set help the others?
func newsCVExtra(docs []newsDoc, k int, same bool, extraDirs, data string, train func([]newsDoc) (*entity.Model, error), logf func(string, ...any)) error {
	var extra []newsDoc
	if extraDirs != "" {
		abs, err := repoDirs(extraDirs)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		if extra, err = loadNewsDocs(abs, data); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		logf("news-cv-extra: %d annotated articles in every fold's training", len(extra))
	}
	withExtra := func(in []newsDoc) (*entity.Model, error) { return train(append(in[:len(in):len(in)], extra...)) }
	return newsCV(docs, k, same, withExtra, logf, os.Stdout)
}

// scoreHeldOut tags the held-out ANERcorp sentences with m and prints the
// scores; with errorsOut, the sentences with gold and predicted tags go to
// that file.
func scoreHeldOut(m *entity.Model, held []eval.BIOSentence, perSentence bool, errorsOut string) error {
	sc := eval.NewNERScore()
	var ew *bufio.Writer
	if errorsOut != "" {
		f, err := os.Create(errorsOut)
		if err != nil {
			return err
		}
		defer f.Close()
		ew = bufio.NewWriter(f)
		defer ew.Flush()
	}
	tagged := eval.TagBIO(m, held, perSentence)
	for k, s := range held {
		pred := tagged[k]
		sc.Add(s.Tags, pred)
		if ew != nil {
			for i := range s.Tokens {
				mark := ""
				if s.Tags[i] != pred[i] {
					mark = "\t***"
				}
				fmt.Fprintf(ew, "%s\t%s\t%s%s\n", s.Tokens[i], s.Tags[i], pred[i], mark)
			}
			fmt.Fprintln(ew)
		}
	}
	sc.Report(os.Stdout)
	return nil
}

// addContexts computes the context statistics of the words of cl from the
// SaudiNewsNet and ANT articles of the data folder, leaving out the articles
// of the evaluation folders listed in exclude (comma-separated).
func addContexts(cl *entity.Clusters, data, exclude string, logf func(string, ...any)) error {
	if err := checkDataDir("train ner", data, string(training.SaudiNewsNet), string(training.ANT)); err != nil {
		return err
	}
	skip := map[string]bool{} // article texts as eval.LoadNews rebuilds them
	if exclude != "" {
		for _, d := range strings.Split(exclude, ",") {
			arts, err := eval.LoadNews(d, data)
			if err != nil {
				return err
			}
			for _, a := range arts {
				skip[a.Text] = true
			}
		}
	}
	skipped := 0
	err := cl.AddContexts(func(fn func(string)) error {
		article := func(title, body string) bool {
			if skip[strings.TrimSpace(title)+"\n\n"+strings.TrimSpace(body)] {
				skipped++
			} else {
				fn(title)
				fn(body)
			}
			return true
		}
		d := training.Data{Dir: data}
		err := d.Articles(func(a corpus.Article) bool { return article(a.Title, a.Content) })
		if err != nil {
			return err
		}
		return d.ANT(func(a corpus.ANTArticle) bool { return article(a.Title, a.Text) })
	})
	if err != nil {
		return err
	}
	logf("context statistics computed (%d articles left out)", skipped)
	return nil
}

// evalNER implements `rasid eval ner GOLD`: the embedded model tags the gold
// tokens sentence by sentence (or --system FILE supplies the predicted tags,
// last column, same token order) and the exact-span scores are printed as
// conlleval does.
func evalNER(args []string) error {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	system := fs.String("system", "", "file of predicted tags (token TAG per line, same tokens as GOLD)")
	modelPath := fs.String("model", "", "model file to use instead of the embedded one")
	perSentence := fs.Bool("per-sentence", false, "tag sentence by sentence (TagBIO) instead of the file as one stream")
	typesFlag := fs.String("types", "", "score only these types, comma-separated (PERS,LOC,ORG,MISC; default: all, MISC only when GOLD has it)")
	if err := checkFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("eval ner: usage: rasid eval ner [--system FILE] [--types T,...] GOLD")
	}
	if err := eval.CheckGoldFormat(fs.Arg(0), "ner"); err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	gold, err := eval.ReadBIOFile(fs.Arg(0))
	if err != nil {
		return err
	}
	// Tag names of other corpora (PER, B-PERSON, S-/E-) read as ANERcorp's.
	filter, note := eval.NewTypeFilter(gold, *typesFlag)
	if note != "" {
		fmt.Fprintln(os.Stderr, "eval ner: "+note)
	}
	sc := eval.NewNERScore()
	if *system != "" {
		pred, err := eval.ReadBIOFile(*system)
		if err != nil {
			return err
		}
		if err := sc.AddStream(gold, pred, filter); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	} else {
		m, err := loadNERModel(*modelPath)
		if err != nil {
			return err
		}
		tagged := eval.TagBIO(m, gold, *perSentence)
		for k, s := range gold {
			sc.Add(s.Tags, filter.Apply(tagged[k]))
		}
	}
	w := bufio.NewWriter(os.Stdout)
	sc.Report(w)
	return w.Flush()
}

func loadNERModel(path string) (*entity.Model, error) {
	if path == "" {
		return entity.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.Read(f)
}
