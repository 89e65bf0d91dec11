package main

import (
	"github.com/rasid/rasid"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/summary"
	"github.com/rasid/rasid/tokenize"
	"github.com/rasid/rasid/topic"
)

// aidAnnotators returns the reading-aid annotators (topics, keyphrases,
// summary) for the requested layers, in that order; words is the
// morphology annotator of the pipeline, reused for document titles.
func aidAnnotators(layers map[string]bool, words rasid.Annotator) ([]rasid.Annotator, error) {
	var as []rasid.Annotator
	if layers[rasid.LayerTopics] {
		m, err := topic.Load()
		if err != nil {
			return nil, err
		}
		if words == nil {
			mm, err := morph.Load()
			if err != nil {
				return nil, err
			}
			words = morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true})
		}
		title, err := rasid.NewPipeline(tokenize.NewAnnotator(), words)
		if err != nil {
			return nil, err
		}
		as = append(as, topic.NewAnnotator(m, title))
	}
	if layers[rasid.LayerKeyphrases] || layers[rasid.LayerSummary] {
		bg, err := keyphrase.LoadBackground()
		if err != nil {
			return nil, err
		}
		if layers[rasid.LayerKeyphrases] {
			as = append(as, keyphrase.NewAnnotator(bg, keyphrase.DefaultOptions))
		}
		if layers[rasid.LayerSummary] {
			as = append(as, summary.NewAnnotator(bg, summary.DefaultOptions))
		}
	}
	return as, nil
}
