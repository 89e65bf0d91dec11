// Package morph splits Arabic tokens into words and segments.
//
// Input → output: a rasid.Document with sentences and tokens → each token's
// Words (the UD words: proclitics و ف ب ل ك س, the stem's word, the
// enclitic pronoun; each with its byte span, form, light stem, and the
// UPOS, lemma, features and root given by the tagger of package
// morph/tagger) and Segments (the fine-grained ATB/Farasa scheme, which also
// splits the article ال, ة and inflectional suffixes). Both come from one
// analysis: وبصفته (wa-bi-sifati-hi, "and in his capacity") has the words
// و · ب · صفة · ه and the segments و+ب+صف+ت+ه.
//
// The segmenter ranks the segmentations that closed sets of affixes allow
// with an averaged perceptron over affix, stem and raw-text frequency
// features; `rasid train morph` trains it from ../shared/data and the model
// is embedded (model/segmenter.bin). See docs/morph.md for the method,
// figures and the licences the model carries.
//
// Word forms keep the token's letters (ل + لسلطة, the UD Arabic-PUD
// convention); Options.RestoreForms gives the dictionary spelling (ل +
// السلطة), which the tagger always receives. Odd input (foreign names,
// diacritics, tatweel, digits, Latin, very long tokens) gets a best-effort
// analysis and never an error.
package morph
