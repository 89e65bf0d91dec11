package quotes

import (
	"strings"

	"github.com/rasid/rasid"
)

// Session 11, quote recall: verbs of condemnation and criticism with their
// object, and relative clauses set off by commas inside the speaker phrase
// (docs/quotes.md, "Session 11").

// condemnVerbs are the finite forms of the verbs of condemnation,
// criticism and denunciation (استنكر، انتقد، أدان، شجب، استهجن). Their
// object — a noun phrase, definite or not — is what the speaker said (the
// guidelines of the real-copy sets since train12: "criticism, condemnation,
// denunciation and rejection with their object are quotes").
var condemnVerbs = setOf("استنكر", "استنكرت", "استنكروا", "يستنكر", "تستنكر", "يستنكرون",
	"انتقد", "انتقدت", "انتقدوا", "ينتقد", "تنتقد", "ينتقدون",
	"ادان", "ادانت", "ادانوا", "يدين", "تدين", "يدينون", "دان", "دانت", "دانوا",
	"شجب", "شجبت", "شجبوا", "يشجب", "تشجب", "يشجبون",
	"استهجن", "استهجنت", "استهجنوا", "يستهجن", "تستهجن", "يستهجنون")

// condemnPreps are the forms of ندّد (denounced), whose object follows ب
// (ندد بالهجوم، منددا بقرار …): a definite noun after the ب is content too,
// as after the verbs of praise.
var condemnPreps = setOf("ندد", "نددت", "نددوا", "يندد", "تندد", "ينددون", "منددا", "منددة", "منددين")

// courtWords name a court or a verdict: أدانت المحكمة المتهم بتهمة …
// (convicted) is no condemnation.
var courtWords = setOf("المحكمة", "محكمة", "القاضي", "القضاء", "بتهمة", "بتهم", "بالسجن", "بالاعدام", "المتهم", "المتهمين", "المتهمة")

// verdict reports whether the condemnation verb at i is a court's verdict:
// a word of the court or of the charge stands in its clause.
func (f *finder) verdict(i, se int) bool {
	if !strings.Contains(f.keys[i], "دان") && !strings.Contains(f.keys[i], "دين") {
		return false
	}
	for k := i + 1; k < se && k < len(f.toks) && k-i <= maxSlot; k++ {
		if courtWords[f.toks[k].Norm] || courtWords[f.keys[k]] {
			return true
		}
	}
	return false
}

// valueVerbs are the forms of ثمّن (valued, praised), whose object is
// what was said like a condemnation's, definite too (ثمّن الرئيس الجهود
// التي …).
var valueVerbs = setOf("ثمن", "ثمنت", "ثمنوا", "يثمن", "تثمن", "يثمنون")

// condemnObject reports whether token k can open the object of the
// condemnation verb at i when it carries the article (استنكر فلان الهجوم
// الإرهابي): a noun by the morphology layer, not a title, a source, a data
// noun or a name.
func (f *finder) condemnObject(i, k int) bool {
	if !condemnVerbs[f.keys[i]] && !valueVerbs[f.keys[i]] || k >= len(f.toks) {
		return false
	}
	t := f.toks[k]
	if t.Kind != rasid.Arabic || !strings.HasPrefix(t.Norm, "ال") || f.cues[k].class != noCue || f.inName[k] ||
		personTitles[f.keys[k]] || sourceHeads[f.keys[k]] || titleWords[f.keys[k]] || dataNouns[f.keys[k]] ||
		notContent[strings.TrimPrefix(f.keys[k], "ال")] || orgNouns[f.keys[k]] {
		return false
	}
	return len(t.Words) == 1 && t.Words[0].UPOS == "NOUN"
}

// asideEnd returns the comma that closes a relative clause set off by
// commas at j (وأشاد المسؤول، الذي زار المدينة أمس، بنجاح …): a comma, a
// relative pronoun, words with no cue, quote mark, إن/أن or sentence end,
// and a comma before se; 0 when j opens no such aside.
func (f *finder) asideEnd(j, se int) int {
	if j+2 >= se || !f.isComma(j) || f.toks[j+1].Kind != rasid.Arabic || !relatives[f.toks[j+1].Norm] {
		return 0
	}
	for k := j + 2; k < se && k-j <= 30; k++ {
		if f.isComma(k) {
			if k == j+2 || k+1 >= se {
				return 0
			}
			return k
		}
		if f.isTerminal(k) || f.isQuoteMark(k) || f.isComp(k) || f.isColon(k) || f.cues[k].class != noCue || f.lineBreakBefore(k) {
			return 0
		}
	}
	return 0
}

// verbOutside reports whether a verb by the morphology layer lies in
// tokens [a, b) outside a name and outside the relative clauses set off by
// commas (asideEnd).
func (f *finder) verbOutside(a, b, se int) bool {
	for k := a; k < b; k++ {
		if e := f.asideEnd(k, se); e > 0 && e < b {
			k = e
			continue
		}
		if f.isVerb(k) && !f.inName[k] {
			return true
		}
	}
	return false
}

// afterAdverbs returns the token after the adverbs that may stand between
// an assertive participle and its verbal noun (مؤكداً كذلك أهمية …، موضحاً
// في الوقت نفسه عدم …): كذلك، أيضاً and في الوقت نفسه/ذاته; k itself when
// none stands there.
func (f *finder) afterAdverbs(k, se int) int {
	if e := f.stockRunEnd(k, se); e > k {
		return e // مؤكداً من ناحية أخرى ضرورة …
	}
	if k < se && k < len(f.toks) && (f.toks[k].Norm == "كذلك" || f.toks[k].Norm == "ايضا") {
		return k + 1
	}
	if k+2 < se && k+2 < len(f.toks) && f.toks[k].Norm == "في" && f.toks[k+1].Norm == "الوقت" &&
		(f.toks[k+2].Norm == "نفسه" || f.toks[k+2].Norm == "ذاته") {
		return k + 3
	}
	return k
}

// contentOpeners are the nouns that end a speaker phrase (stopSlot) but
// open the content of an assertive participle: موضحاً أهمية …، مؤكداً
// ضرورة …، مبيناً عدم …
var contentOpeners = setOf("اهمية", "ضرورة", "عدم")

// quotedNameOpens reports whether the quote mark at o opens a quoted name
// of one to three words that words of the same line follow (فلان: "داعش"
// يجمع …): the headline's content opens with the name, it is no direct
// quote.
func (f *finder) quotedNameOpens(o int) bool {
	for k := o + 2; k < len(f.toks) && k <= o+4; k++ {
		if f.lineBreakBefore(k) {
			return false
		}
		if f.isQuoteMark(k) {
			return k+1 < len(f.toks) && f.isWord(k+1) && !f.lineBreakBefore(k+1)
		}
		if !f.isWord(k) {
			return false
		}
	}
	return false
}

// attributedAfter reports whether an attribution phrase follows the
// content ending at byte end, after a comma, in the sentence ending at
// token se (وأدانت الدولة الهجوم، وفق بيان عن وزارة الخارجية): the
// attribution names who said it.
func (f *finder) attributedAfter(end, se int) bool {
	m := f.tokenAt(end)
	for m < se && m < len(f.toks) && f.toks[m].Start < end {
		m++
	}
	for m < se && m < len(f.toks) && f.isComma(m) {
		m++
	}
	if m >= se || m >= len(f.toks) {
		return false
	}
	_, _, _, _, _, ok := f.attributionAt(m)
	return ok
}

// gluedPrepObject reports whether token a, right after a verb, is a noun
// with a preposition glued to it (وأشاد بجهود الفرق، وندّد بعدم تعيين …):
// the verb's complement, so its subject is not written after it.
func (f *finder) gluedPrepObject(a int) bool {
	ws := f.toks[a].Words
	return f.toks[a].Kind == rasid.Arabic && !f.inName[a] && len(ws) >= 2 && ws[0].UPOS == "ADP" && ws[1].UPOS == "NOUN"
}
