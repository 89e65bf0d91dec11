// Package learn holds rasid's one implementation of the linear models its
// annotators learn: feature hashing, read-only weight tables for tagging,
// averaged perceptrons for training and first-order Viterbi decoding.
//
// Input → output: hashed features (uint64 keys made with Hash) → class
// scores (Blocks.Add) → a label sequence (Viterbi). Training turns gold
// examples into averaged weights (Averaged, Keyed, Dense, Pairs,
// TrainSequences) deterministically: a model trained twice on the same
// data is the same model, byte for byte once saved.
//
// Users: the segmenter (morph), the tagger (morph/tagger) and the entity
// model (entity). Weights are never keyed by strings on a hot path: a
// feature is a 64-bit hash, looked up in an open-addressing table (Table)
// whose slots hold the key and its row next to each other, so one probe is
// one cache line.
package learn
