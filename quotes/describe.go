package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Descriptions: وصف X بـ Y ("described X as Y") reports the speaker's
// characterisation, Y, as an indirect quote (docs/evaluation-realnews.md:
// after وصف … بـ the span is the description, one word if that is all).
// The verb often carries its object as a pronoun (وصفه بالجاحد، التي
// وصفها أعضاء اللجنة بـ"…") or takes إياه (واصفاً إياه بالفاشل), forms the
// cue lexicon does not hold, so they are read here.

// describeStems are the stems of وصف: past, imperfect and participle.
var describeStems = []string{"وصف", "يصف", "تصف", "واصف"}

// describeEnds are the endings after a stem: person and number, and an
// object pronoun.
var describeEnds = setOf("", "ت", "وا", "ا", "ون", "ة", "ين", "ه", "ها", "هم", "هما", "ته", "تها", "وه", "وها", "ونه", "ونها")

// describeForm reports whether the normalised word w (after و or ف) is a
// form of وصف, whether it is the participle, and whether it carries an
// object pronoun.
func describeForm(w string) (ok, part, pron bool) {
	for _, c := range []string{"", "و", "ف"} {
		r, cut := strings.CutPrefix(w, c)
		if !cut {
			continue
		}
		for _, s := range describeStems {
			end, cut := strings.CutPrefix(r, s)
			if cut && describeEnds[end] && !(s == "واصف" && end == "") {
				return true, s == "واصف", strings.HasPrefix(end, "ه") || strings.HasSuffix(end, "ه") || strings.HasSuffix(end, "ها")
			}
		}
	}
	return false, false, false
}

// notDescription are words with ب that open no description: بشأن، بعد،
// بين، بسبب، بحسب، بدون، بعض، به، بها.
var notDescription = setOf("بشان", "بعد", "بين", "بسبب", "بحسب", "بدون", "بعض", "به", "بها", "بهم", "بهما", "بشكل", "بكل")

// descriptions adds the quotes of وصف … بـ.
func (f *finder) descriptions() {
	for i := range f.toks {
		if f.toks[i].Kind != rasid.Arabic || f.used[i] || f.inDir[i] || f.inQuote[i] {
			continue
		}
		ok, part, pron := describeForm(f.toks[i].Norm)
		if !ok || f.toks[i].Norm == "وصف" && f.nounPrepBefore(i) {
			continue // في وصف مختصر للوضع بقوله: the verbal noun
		}
		k, j := f.descriptionStart(i)
		if k < 0 {
			k, j = f.farDescription(i) // cues18.go
		}
		if k < 0 {
			continue
		}
		_, se := f.sentRange(i)
		end := f.clauseEnd(k, se)
		if end <= f.toks[k].Start {
			continue
		}
		c := cand{content: rasid.Span{Start: f.toks[k].Start, End: end}, kind: Indirect,
			cue: cueRef{a: i, b: i + 1, class: verb}, hasCue: true}
		if part {
			c.cue.class = participle
		}
		c.slotA, c.slotB = i+1, i+1
		if !part && j > i+1 && (pron || f.agentTok[i+1] || personTitles[f.keys[i+1]]) {
			c.slotA, c.slotB = f.speakerPhrase(i+1, j) // التي وصفها أعضاء اللجنة بـ
			if e := f.describeSubjectEnd(i, j); e > c.slotA && e < c.slotB {
				c.slotB = e // cues18.go: the object after the name is not the speaker
			}
		}
		if c.slotA == c.slotB && i > 0 && (f.toks[i-1].Norm == "ما" || relatives[f.toks[i-1].Norm]) {
			// انتقدت الجمعية ما وصفته بتوسيع …: the subject of the clause's
			// verb, as for a participle
			c.cue.class = participle
		}
		f.used[i] = true
		f.add(c)
	}
}

// descriptionStart finds the description after the form of وصف at i:
// the token k where it starts (after بأن, a detached بـ or its quote
// mark) and the token j of the ب, within six words of the same clause;
// k is -1 when there is none.
func (f *finder) descriptionStart(i int) (k, j int) {
	_, se := f.sentRange(i)
	reach := f.describeReach(i, se) // cues18.go
	for j = i + 1; j < se && j-i <= reach; j++ {
		t := f.toks[j]
		if f.isTerminal(j) || f.isComma(j) || f.isColon(j) || f.cues[j].class != noCue || t.Kind != rasid.Arabic && !f.isQuoteMark(j) {
			return -1, -1
		}
		if t.Kind != rasid.Arabic || !strings.HasPrefix(t.Norm, "ب") || notDescription[t.Norm] || f.inName[j] || j-i > 6 && !f.byPreposition(j) {
			continue
		}
		switch {
		case f.isComp(j) || t.Norm == "ب":
			k = j + 1 // بأنه «…», بـ"الإيجابية"
			for k < se && f.isQuoteMark(k) {
				k++
			}
		case len(t.Norm) > len("ب"):
			k = j
		}
		if k < se {
			return k, j
		}
		return -1, -1
	}
	return -1, -1
}
