package main

import (
	"github.com/rasid/rasid"
	"github.com/rasid/rasid/tokenize"
)

// defaultLayers is what `rasid analyze` runs when --layers is not given.
const defaultLayers = "all"

// buildPipeline returns the pipeline computing the requested layers, with
// the annotators each of them needs. Tokens and sentences always run.
func buildPipeline(layers map[string]bool) (*rasid.Pipeline, error) {
	return buildPipelineAfter(tokenize.NewAnnotator(), layers)
}

// buildPipelineAfter builds the pipeline with first as the annotator that
// provides tokens and sentences (the tokenizer, or rasid.Given for
// pretokenized input).
func buildPipelineAfter(first rasid.Annotator, layers map[string]bool) (*rasid.Pipeline, error) {
	as := []rasid.Annotator{first}
	return rasid.NewPipeline(as...)
}
