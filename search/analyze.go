package search

import (
	"context"

	"github.com/rasid/rasid"
)

// Slot is one query word after analysis: the index terms that match it,
// by field.
type Slot struct {
	Surface string
	Keys    []string // field byte + term, as in the index
	Stop    bool     // a function or question word
}

// AnalyzeText runs the analyzer over query text and returns a slot for each
// indexed token. With exact, only the exact-field term is kept.
func AnalyzeText(ctx context.Context, p *rasid.Pipeline, text string, exact bool) ([]Slot, error) {
	d := &rasid.Document{Text: text}
	if err := p.Annotate(ctx, d); err != nil {
		return nil, err
	}
	var out []Slot
	for i := range d.Tokens {
		t := &d.Tokens[i]
		keys := TokenTerms(nil, text, t)
		if len(keys) == 0 {
			continue
		}
		s := Slot{Surface: t.In(text)}
		if exact {
			s.Keys = keys[:1] // the exact term comes first
		} else {
			s.Keys = keys
		}
		s.Stop = isStop(t)
		out = append(out, s)
	}
	return out, nil
}

// stopwords are function and question words, Search-normalised, that a
// ranked query skips when it has other words.
var stopwords = map[string]bool{}

func init() {
	for _, w := range []string{
		"ما", "ماذا", "من", "متى", "أين", "كيف", "كم", "هل", "لماذا", "لم", "أي", "أية", "ماهي", "ماهو",
		"في", "على", "إلى", "الى", "عن", "مع", "منذ", "حتى", "بين", "عند", "لدى", "خلال", "بعد", "قبل",
		"هو", "هي", "هم", "هما", "هن", "أنا", "نحن", "أنت", "التي", "الذي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي",
		"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هناك", "هنا",
		"و", "أو", "ثم", "أم", "بل", "لا", "لن", "لم", "قد", "لقد", "إن", "أن", "كان", "كانت", "يكون", "تكون",
		"كل", "بعض", "غير", "أكثر", "أول", "عام", "تم", "يتم", "the", "of", "a", "an", "in", "is", "what", "who",
		"وما", "ومن", "وهل", "فما", "اسم", "يسمى", "تسمى", "يطلق", "سمي", "سميت",
	} {
		stopwords[termForm(w)] = true
	}
}

func isStop(t *rasid.Token) bool {
	return stopwords[termForm(t.Norm)]
}
