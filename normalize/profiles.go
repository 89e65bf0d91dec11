package normalize

// Wasla folds alef wasla ٱ (U+0671) to bare alef ا alone, for profiles
// that keep the hamza alefs apart (Alef folds it too). Its bit sits far
// from the others so that new folds can be added after Spaces.
const Wasla Fold = 1 << 24

// Named profiles: one per use, so that every package that folds Arabic
// text folds it the same way, through one table.
const (
	// Marks removes diacritics and tatweel: the bare letters of a word.
	// Used for lemmas (eval, conllu) and the tagger's input.
	Marks = Diacritics | Tatweel
	// Letters is Marks with alef wasla read as alef: the letters the
	// segmenter splits (morph).
	Letters = Marks | Wasla
	// Spelling folds the letters writers vary on (hamza alefs, alef
	// maqsura, digits) and keeps the rest: the tagger's feature forms.
	Spelling = Alef | Yeh | Digits
	// Names is the matching form of names: bare letters with the alef,
	// yeh and teh marbuta variants merged (إلى/إلي, أمريكا/امريكا), digits
	// as ASCII. Used for entity features and gazetteer keys (which also
	// lower-case Latin letters).
	Names = Marks | Alef | Yeh | TehMarbuta | Digits
)

var (
	marksNormalizer    = New(Marks)
	lettersNormalizer  = New(Letters)
	spellingNormalizer = New(Spelling)
	namesNormalizer    = New(Names)
)

// Profile returns the shared Normalizer of a named profile (Default,
// Search, Marks, Letters, Spelling, Names), or a new one for another fold
// set.
func Profile(f Fold) *Normalizer {
	switch f {
	case Default:
		return defaultNormalizer
	case Search:
		return searchNormalizer
	case Marks:
		return marksNormalizer
	case Letters:
		return lettersNormalizer
	case Spelling:
		return spellingNormalizer
	case Names:
		return namesNormalizer
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
