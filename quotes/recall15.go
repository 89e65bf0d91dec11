package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// clauseAfterSource reports whether the source of an attribution phrase,
// ending before token sb, is followed (past a comma) by فقد, فإن or إن/أن:
// the phrase then heads the clause after that word (وحسب البيان فقد …،
// ووفقاً للخبراء فإن …), not the clause before it. It returns the token
// where that clause starts.
func (f *finder) clauseAfterSource(sb, se int) (int, bool) {
	k := sb
	for k < se && f.isComma(k) {
		k++
	}
	if k >= se || f.toks[k].Kind != rasid.Arabic {
		return 0, false
	}
	switch w := f.toks[k].Norm; {
	case f.isComp(k), w == "فقد", w == "ف" && f.arabicNorm(k+1) == "قد":
		if w == "ف" {
			k++
		}
		k++
	case strings.HasPrefix(w, "فان") && complementizers[w[len("ف"):]]:
		k++ // فان العميري is no name here: the source ends before it
	default:
		return 0, false
	}
	for k < se && f.isComma(k) {
		k++
	}
	return k, k < se
}

// subjectInMarks reports whether the closing mark c is followed, with no
// comma between, by a finite reporting verb: one or two quoted words there
// are the verb's subject, a name in marks (أعلنت «الوكالة» أن … is rare;
// وكالة "يورو ستات" أعلنت أن …، "داعش" يعلن …), not a quote.
func (f *finder) subjectInMarks(c int) bool {
	j := c + 1
	if j >= len(f.toks) || f.toks[j].Kind != rasid.Arabic || f.lineBreakBefore(j) {
		return false
	}
	return f.cues[j].class == verb
}

// afterQad reports whether the past verb at i follows قد (وكان الوزير قد
// أكد …، وقد أكدت …): its subject stands before قد or is implied, so an
// indefinite noun right after the verb is its object, not its subject —
// unless it is a source noun (وقد أكد مسؤولون …).
func (f *finder) afterQad(i int) bool {
	if i == 0 || i+1 >= len(f.toks) || f.toks[i-1].Kind != rasid.Arabic || indefiniteSources[f.keys[i+1]] {
		return false
	}
	switch f.toks[i-1].Norm {
	case "قد", "وقد", "فقد", "لقد":
		return true
	}
	return false
}

// nameInClause reports whether the marks o…c with no cue stand inside a
// clause that runs on: a word right after the closing mark, with no
// punctuation between, continues the clause the quoted words belong to
// (تحوز «…» التايلاندية، يتبعون «…» الذي تقوده، فريق "…" التطوعي), so
// they name something rather than report speech.
func (f *finder) nameInClause(o, c int) bool {
	j := c + 1
	if j >= len(f.toks) || f.toks[j].Kind != rasid.Arabic || f.lineBreakBefore(j) {
		return false
	}
	return o > 0 && f.toks[o-1].Kind == rasid.Arabic && !f.lineBreakBefore(o)
}

// wishParticiples are the participles of تمنّى (wishing someone something).
var wishParticiples = setOf("متمنيا", "متمنية", "متمنين")

// wishBeneficiary reports whether token k, right after the wishing
// participle at i, is the one wished well, named with لـ before the wish
// (متمنياً للمصابين الشفاء العاجل، متمنية لذويه الصبر): a one-word noun
// after the preposition ل, followed by a word of the same clause.
func (f *finder) wishBeneficiary(i, k, se int) bool {
	if !wishParticiples[f.keys[i]] || k+1 >= se || k+1 >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || f.toks[k+1].Kind != rasid.Arabic {
		return false
	}
	ws := f.toks[k].Words
	return len(ws) >= 2 && ws[0].UPOS == "ADP" && ws[0].Form == "ل" && ws[len(ws)-1].UPOS != "VERB"
}

// closedCircumstance reports whether the circumstance [pb, j) before the
// cue's preposition at j opens with في/خلال/أمام/أثناء and is closed by its
// only comma, right before the preposition (وأكد الوزير في اجتماعه
// بالمديرين صباح اليوم، على ضرورة …): the comma ends the circumstance, and
// the preposition is the cue's.
func (f *finder) closedCircumstance(pb, j int) bool {
	if pb >= j-1 || f.toks[pb].Kind != rasid.Arabic || !circumOpeners[f.toks[pb].Norm] || f.toks[pb].Norm == "قد" {
		return false
	}
	for k := pb; k < j-1; k++ {
		if f.isComma(k) {
			return false
		}
	}
	return true
}
