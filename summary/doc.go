// Package summary picks the sentences that best cover an article.
//
// Input → output: a rasid.Document with sentences, tokens and words →
// Document.Summary, one to three sentence spans in text order.
//
// Method: position-aware centrality. Each sentence is a vector of the
// lemmas of its content words weighted by tf × idf (idf from the keyphrase
// package's background frequencies); its centrality is its cosine with the
// whole article's vector. The score multiplies centrality by a weight that
// falls with the sentence's position, because news is written lead first
// (the first sentence alone is a strong summary, and the baseline to beat);
// sentences are then chosen greedily by maximal marginal relevance, so a
// second sentence is taken only if it adds what the first lacks. Datelines
// (موسكو - رويترز -) are cut off the span, and boilerplate (photo credits,
// "read also", copyright lines, links) and very short sentences are
// skipped. See docs/aids.md for the figures against the first-sentences
// baseline.
package summary
