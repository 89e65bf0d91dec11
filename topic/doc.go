// Package topic classifies a news article into topics.
//
// Input → output: a rasid.Document with tokens and words (and, when the
// input gave one, its Title) → Document.Topics, every label of the model
// with a calibrated probability, best first.
//
// The classifier is a multinomial logistic regression over the lemmas of
// the title and the text (content words only: particles, pronouns and
// punctuation are left out), with unigram and bigram terms weighted by
// sublinear tf × idf and the vector scaled to unit length. The softmax of
// the scores, divided by a temperature fitted on held-out articles, gives
// the probabilities. `rasid train topic` trains it from the ANT corpus in
// ../shared/data and the model is embedded (model/topic.bin.gz); see
// docs/aids.md for the method, the figures and the licence the model
// carries.
package topic
