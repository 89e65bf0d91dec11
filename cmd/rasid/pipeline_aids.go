package main

import (
	"github.com/rasid/rasid"
	"github.com/rasid/rasid/keyphrase"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/summary"
	"github.com/rasid/rasid/tokenize"
	"github.com/rasid/rasid/topic"
)

// loading is a model being decoded in the background.
type loading[T any] struct {
	done chan struct{}
	v    T
	err  error
}

// startLoading starts load on its own goroutine: the models of the
// requested layers decode in parallel (start-up time is mostly model
// decoding, and the models are independent).
func startLoading[T any](load func() (T, error)) *loading[T] {
	l := &loading[T]{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.v, l.err = load()
	}()
	return l
}

// wait returns the loaded model.
func (l *loading[T]) wait() (T, error) {
	<-l.done
	return l.v, l.err
}

// aidModels are the reading aids' models, loading.
type aidModels struct {
	topic      *loading[*topic.Model]
	background *loading[*keyphrase.Background]
}

// loadAidModels starts loading the models the requested layers need.
func loadAidModels(layers map[string]bool) aidModels {
	var m aidModels
	if layers[rasid.LayerTopics] {
		m.topic = startLoading(topic.Load)
	}
	if layers[rasid.LayerKeyphrases] || layers[rasid.LayerSummary] {
		m.background = startLoading(keyphrase.LoadBackground)
	}
	return m
}

// aidAnnotators returns the reading-aid annotators (topics, keyphrases,
// summary) for the requested layers, in that order; words is the
// morphology annotator of the pipeline, reused for document titles.
func aidAnnotators(layers map[string]bool, words rasid.Annotator) ([]rasid.Annotator, error) {
	return aidAnnotatorsFrom(loadAidModels(layers), layers, words)
}

// aidAnnotatorsFrom is aidAnnotators with the models already loading.
func aidAnnotatorsFrom(models aidModels, layers map[string]bool, words rasid.Annotator) ([]rasid.Annotator, error) {
	var as []rasid.Annotator
	if layers[rasid.LayerTopics] {
		m, err := models.topic.wait()
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
		bg, err := models.background.wait()
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
