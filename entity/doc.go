// Package entity finds named entities in Arabic news text: people (PER),
// organisations (ORG), places and geo-political entities (LOC) and other
// proper names (MISC), with the canonical name each entity goes by in the
// document and the titles attached to people.
//
// Input → output: a rasid.Document with sentences and surface tokens →
// d.Entities (byte spans of the name only: no title, no attached proclitic)
// and d.Titles. For CoNLL data, TagBIO and TagSentences map surface tokens
// (clitics attached, as in ANERcorp) to IOB2 tags named as in ANERcorp
// (B-PERS, I-LOC, …).
//
// The tagger is two first-order averaged perceptrons decoded with Viterbi
// over word, stem, affix, shape, context, gazetteer and word-cluster
// features; the second also reads what the first found elsewhere in the
// document. Clusters come from SaudiNewsNet, computed by `rasid train ner`
// (randomized SVD of PPMI co-occurrences, then k-means); gazetteers are the
// lists in gazetteer/, written for this package. See docs/ner.md.
package entity
