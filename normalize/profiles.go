package normalize

// Named profiles: one per use, so that packages that fold Arabic text for
// the same purpose fold it the same way, through one table.
const (
	// Marks removes diacritics and tatweel: the bare letters of a word.
	// Used for lemmas (eval ud, conllu).
	Marks = Diacritics | Tatweel
	// Lexicon is the matching form of lexicon words scanned in running
	// text: bare letters, invisible controls skipped, every letter variant
	// merged (the date scanner's month and number words; Latin is
	// lower-cased apart).
	Lexicon = Marks | Controls | Alef | Yeh | TehMarbuta | Persian
)

// The learned models' feature folds. A model's features are computed
// through its fold, so a different fold is a different model: these are
// the folds the shipped models were trained with (docs/normalize.md says
// how they differ from the profiles above, and why they were kept).
const (
	// TaggerMarks is the tagger's bare form (tagger.Strip): the marks of
	// the Arabic block and tatweel removed, Quranic marks kept.
	TaggerMarks = ArabicMarks | Tatweel
	// TaggerLetters is the tagger's folded form of a bare word: alef
	// variants, alef maqsura (not Farsi yeh) and digits folded.
	TaggerLetters = Alef | Maksura | Digits
	// Entity is the entity model's matching form of a word (features,
	// gazetteer keys, word clusters): harakat and tatweel removed, alef
	// variants, alef maqsura, teh marbuta and digits folded, ASCII
	// lower-cased.
	Entity = Harakat | Tatweel | Alef | Maksura | TehMarbuta | Digits | Lower
)

var (
	marksNormalizer         = New(Marks)
	lexiconNormalizer       = New(Lexicon)
	taggerMarksNormalizer   = New(TaggerMarks)
	taggerLettersNormalizer = New(TaggerLetters)
	entityNormalizer        = New(Entity)
)

// Profile returns the shared Normalizer of a named profile (Default,
// Search, Marks, Lexicon, TaggerMarks, TaggerLetters, Entity), or a new
// one for another fold set.
func Profile(f Fold) *Normalizer {
	switch f {
	case Default:
		return defaultNormalizer
	case Search:
		return searchNormalizer
	case Marks:
		return marksNormalizer
	case Lexicon:
		return lexiconNormalizer
	case TaggerMarks:
		return taggerMarksNormalizer
	case TaggerLetters:
		return taggerLettersNormalizer
	case Entity:
		return entityNormalizer
	}
	return New(f)
}

// Rune returns what the normalizer makes of r on its own: the rune it
// becomes (r itself when kept) and false when it is dropped. Presentation
// forms, which expand to several runes, are returned unchanged; use String
// for them.
func (n *Normalizer) Rune(r rune) (rune, bool) {
	var a rune
	switch {
	case r < lowLimit:
		a = n.low[r]
	case r >= presFirst && r <= presLast && n.pres != nil && r != bom:
		return r, true
	default:
		a = n.highAction(r)
	}
	switch a {
	case keep:
		return r, true
	case drop:
		return 0, false
	}
	return a, true
}
