package main

import (
	"github.com/rasid/rasid"
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
		title, err := rasid.NewPipeline(tokenize.NewAnnotator(), words)
		if err != nil {
			return nil, err
		}
		as = append(as, topic.NewAnnotator(m, title))
	}
	return as, nil
}
