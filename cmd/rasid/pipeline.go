package main

import (
	"github.com/rasid/rasid"
	"github.com/rasid/rasid/dates"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

// defaultLayers is what `rasid analyze` runs when --layers is not given.
const defaultLayers = "all"

// buildPipeline returns the pipeline computing the requested layers, with
// the annotators each of them needs. Tokens and sentences always run.
func buildPipeline(layers map[string]bool) (*rasid.Pipeline, error) {
	return buildPipelineAfter(tokenize.NewAnnotator(), layers)
}

// withPrerequisites adds to layers the layers they read.
func withPrerequisites(layers map[string]bool) map[string]bool {
	out := map[string]bool{rasid.LayerTokens: true, rasid.LayerSentences: true}
	for l, on := range layers {
		if on {
			out[l] = true
		}
	}
	// speakers are resolved through entities and titles; entity features
	// use the words when present
	if out[rasid.LayerQuotes] {
		out[rasid.LayerEntities] = true
	}
	// the reading aids read lemmas and parts of speech; keyphrases also
	// read the entities
	if out[rasid.LayerTopics] || out[rasid.LayerKeyphrases] || out[rasid.LayerSummary] {
		out[rasid.LayerWords] = true
	}
	if out[rasid.LayerKeyphrases] {
		out[rasid.LayerEntities] = true
	}
	return out
}

// nerOverride, when set, is the entity model the pipelines use instead of
// the embedded one (`rasid eval news --model`, `train ner --news-cv`).
var nerOverride *entity.Model

// entityModel returns the entity model of the pipelines.
func entityModel() (*entity.Model, error) {
	if nerOverride != nil {
		return nerOverride, nil
	}
	return entity.Load()
}

// buildPipelineAfter builds the pipeline with first as the annotator that
// provides tokens and sentences (the tokenizer, or rasid.Given for
// pretokenized input). The order is fixed: words, dates, entities, quotes.
func buildPipelineAfter(first rasid.Annotator, layers map[string]bool) (*rasid.Pipeline, error) {
	layers = withPrerequisites(layers)
	if layers[rasid.LayerEntities] {
		// The entity model loads in the background while the morphology
		// loads below (both are read once and shared): start-up time is
		// mostly model decoding, and the two are independent.
		go entity.Load()
	}
	aidModels := loadAidModels(layers)
	as := []rasid.Annotator{first}
	var words rasid.Annotator
	if layers[rasid.LayerWords] {
		m, err := morph.Load()
		if err != nil {
			return nil, err
		}
		// Word.Form is the dictionary form (ل + السلطة); the CoNLL-U
		// writer prints the letters each word covers.
		words = morph.NewAnnotatorWith(m, morph.Options{RestoreForms: true})
		as = append(as, words)
	}
	if layers[rasid.LayerDates] {
		as = append(as, dates.NewAnnotator())
	}
	if layers[rasid.LayerEntities] {
		m, err := entityModel()
		if err != nil {
			return nil, err
		}
		as = append(as, entity.NewAnnotator(m))
	}
	if layers[rasid.LayerQuotes] {
		as = append(as, quotes.NewAnnotator())
	}
	aids, err := aidAnnotatorsFrom(aidModels, layers, words)
	if err != nil {
		return nil, err
	}
	as = append(as, aids...)
	return rasid.NewPipeline(as...)
}
