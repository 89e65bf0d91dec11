// Package training reads the public data sets that `rasid train` learns
// from, in the shared data folder (../shared/data beside the repository;
// internal/corpus finds it; ../shared/data/README.md lists the sets).
//
// Input → output: a data folder and the name of a set → the set's
// sentences, tokens or texts, read with the format readers of conllu, eval
// and internal/corpus. Where each set lies and which of its files are read
// is said here, once; the annotator packages' training code learns from
// what these readers return and never opens a data file itself. Nothing on
// the analysis path calls it.
package training

import (
	"os"
	"path/filepath"

	"github.com/rasid/rasid/conllu"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/internal/corpus"
)

// Set is a data set (or one file of it): its path inside the data folder.
type Set string

// The sets rasid trains on.
const (
	// WikiNews is Farasa's segmentation gold (WikiNews format).
	WikiNews Set = "farasa-wikinews/WikiNews.pos.ref"
	// PADTDev and PADTTest are UD Arabic PADT v1 with lemmas (CoNLL-U).
	PADTDev  Set = "ud-padt-v1/2016-04-22-c4a942c-lemmas/ar-ud-dev.conllu"
	PADTTest Set = "ud-padt-v1/2016-04-22-c4a942c-lemmas/ar-ud-test.conllu"
	// PUDDev is the development half of UD Arabic PUD (CoNLL-U).
	PUDDev Set = "ud-pud/ar_pud-dev.conllu"
	// ANERcorpTrain is ANERcorp's training part (IOB2 tags).
	ANERcorpTrain Set = "anercorp/anercorp-train.txt"
	// SaudiNewsNet is the raw news archive (a zip of JSON per day).
	SaudiNewsNet Set = "saudinewsnet"
	// ANT is the ANT corpus's training part (JSON lines, gzip).
	ANT Set = "ant/ant-train.jsonl.gz"
)

// PADT are the parts of PADT the models train on.
var PADT = []Set{PADTDev, PADTTest}

// Data is the shared data folder.
type Data struct{ Dir string }

// Path returns where set s lies.
func (d Data) Path(s Set) string { return filepath.Join(d.Dir, string(s)) }

// Has reports whether set s is present.
func (d Data) Has(s Set) bool {
	_, err := os.Stat(d.Path(s))
	return err == nil
}

// Treebank calls fn for each sentence of the CoNLL-U set s, in file order.
func (d Data) Treebank(s Set, fn func(*conllu.Sentence) error) error {
	return conllu.EachInFile(d.Path(s), fn)
}

// WikiNews returns the sections of the WikiNews segmentation gold.
func (d Data) WikiNews() ([][]eval.SegToken, error) {
	return eval.ReadWikiNewsFile(d.Path(WikiNews))
}

// ANERcorp returns the sentences of ANERcorp's training part; a missing
// file is an error that os.IsNotExist recognises.
func (d Data) ANERcorp() ([]eval.BIOSentence, error) {
	return eval.ReadBIOFile(d.Path(ANERcorpTrain))
}

// Articles calls fn for each SaudiNewsNet article in archive order, until
// fn returns false.
func (d Data) Articles(fn func(corpus.Article) bool) error {
	return corpus.EachArticle(d.Path(SaudiNewsNet), fn)
}

// Texts calls fn with the title, then the content, of each SaudiNewsNet
// article in archive order.
func (d Data) Texts(fn func(text string)) error {
	return corpus.EachText(d.Path(SaudiNewsNet), fn)
}

// ANT calls fn for each article of the ANT training part in file order,
// until fn returns false.
func (d Data) ANT(fn func(corpus.ANTArticle) bool) error {
	return corpus.EachJSONL(d.Path(ANT), fn)
}
