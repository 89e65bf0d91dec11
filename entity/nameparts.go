package entity

import (
	"strings"
	"unicode/utf8"
)

// boundNames are the words of an Arabic name that never end it: بن and
// ابن (son of), بنت (daughter of), آل (the family of), أبو and أبا (father
// of), أم (mother of), عبد (servant of, in عبد الله). A person's name that
// the model ended on one of them goes on over the next word.
var boundNames = foldSet("بن", "ابن", "بنت", "آل", "أبو", "أبا", "عبد")

// leadParticles are particles that open a foreign surname (كيفن دي بروين،
// أنخيل دي ماريا) and are no Arabic words: لا and لو are, and so are فان
// and دا, which copy writes for فإن (so indeed) and ذا.
var leadParticles = foldSet("دي", "دو", "ديل", "دير", "فون")

// nameParts completes persons' names over their bound words and the
// particles of foreign surnames: عبداللطيف بن عبدالملك آل + الشيخ, أحمد
// بن + علي العمودي; دي + بروين (a later mention by the surname with its
// particle).
func (r *ruleCtx) nameParts() {
	for k := 0; k < len(r.cs); k++ {
		if r.cs[k].typ != "PERS" {
			continue
		}
		r.particleStart(k)
		r.boundEnd(k)
		r.patronymEnd(k)
		r.leadParticle(k)
	}
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.end > c.start {
			out = append(out, c)
		}
	}
	r.cs = out
}

// boundEnd extends the person's name of chunk k while it ends on a bound
// word: over the name chunk that follows, or one Arabic word.
func (r *ruleCtx) boundEnd(k int) {
	for e := r.cs[k].end; e < len(r.fw) && boundNames[r.fw[e-1]] && r.cs[k].end-r.cs[k].start >= 2; e = r.cs[k].end {
		w := r.fw[e]
		if shape(w)[0] != 'a' || stopWords[w] { // على is also a name (أحمد بن علي)
			return
		}
		if k2 := r.chunkAt(e); k2 >= 0 {
			if r.cs[k2].start != e {
				return
			}
			r.cs[k].end = r.cs[k2].end
			r.cs[k2] = chunk{} // swallowed: removed by nameParts
			continue
		}
		r.cs[k].end = e + 1
	}
}

// patronyms between name words: بن، ابن، بنت (son, daughter of).
var patronymWords = foldSet("بن", "ابن", "بنت")

// patronymEnd continues the person's name of chunk k that ends on a
// patronym and one name word (سالم بن عمار) over the family name after
// it: a definite nisba or a rare definite word (سالم بن عمار الكافي),
// untagged or a person's chunk of its own. A nationality adjective, a
// head, a title, a time word or a frequent word there is no part of the
// name.
func (r *ruleCtx) patronymEnd(k int) {
	c := r.cs[k]
	e := c.end
	if e-c.start < 3 || e >= len(r.fw) || !patronymWords[r.fw[e-2]] || patronymWords[r.fw[e-1]] {
		return
	}
	w := r.fw[e]
	if !r.surnameLike(e) || !r.nameLike(e) || r.m.isPlace(w) {
		return
	}
	// A family name is a nisba (الكافي، القحطاني) or a rare word; a
	// frequent definite word after a name is the verb's object or an
	// adjective of the clause (وأبدى الأمير … الشكر).
	if !strings.HasSuffix(w, "ي") && r.m.clusters.count(w) >= rarePlaceWord {
		return
	}
	if k2 := r.chunkAt(e); k2 >= 0 {
		if c2 := r.cs[k2]; c2.start == e && c2.end == e+1 && c2.typ == "PERS" {
			r.cs[k].end = e + 1
			r.cs[k2] = chunk{} // swallowed: removed by nameParts
		}
		return
	}
	r.cs[k].end = e + 1
}

// leadParticle takes a particle right before the person's name of chunk k
// into it: untagged, or the last word of another chunk, which then ends
// before it (ودافع دي + بروين).
func (r *ruleCtx) leadParticle(k int) {
	s := r.cs[k].start
	if s == 0 || !leadParticles[r.fw[s-1]] || (s >= 2 && leadParticles[r.fw[s-2]]) {
		return
	}
	if k2 := r.chunkAt(s - 1); k2 >= 0 {
		if k2 == k || r.cs[k2].end != s || r.cs[k2].typ == "PERS" {
			return
		}
		r.cs[k2].end = s - 1
		// What the particle leaves of a name, one unknown word, was no
		// name: ودافع (and defended) before دي بروين.
		if n := r.cs[k2].end - r.cs[k2].start; n <= 0 || n == 1 && !r.m.known(r.fw[r.cs[k2].start]) {
			r.cs[k2] = chunk{}
		}
	}
	r.cs[k].start = s - 1
}

// thatWords are إن، أن، فإن، وإن written without hamza (folded), which
// the model may take into a name after them: فان محمد الناصر.
var thatWords = foldSet("ان", "فان", "وان", "بان", "لان")

// particleStart leaves such a word out of the person's name of chunk k when
// a known given name follows it.
func (r *ruleCtx) particleStart(k int) {
	c := r.cs[k]
	if c.end-c.start >= 2 && thatWords[r.fw[c.start]] && r.m.gaz.has("PER.first", r.fw[c.start+1]) {
		r.cs[k].start++
	}
}

// futureVerbs splits a person's chunk at a verb in the future (س + an
// imperfect: سيلتقي، ستعقد) inside it: a name ends before its verb
// (ترامب | سيلتقي | روته). The word is a verb when, without its س, it
// starts with an imperfect's prefix and is more frequent in raw text
// than with it (سيف، ستيفن، سيرغي are no س + a verb).
//
// A name of one word that is such a verb (not سا…: ساندي is Sandy more
// often than س + أندي), and no listed name nor a word alone between marks,
// is no name at all (الطريق الدائري | سينجز typed a place).
func (r *ruleCtx) futureVerbs() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.end-c.start == 1 && r.futureVerb(r.fw[c.start]) && !strings.HasPrefix(r.fw[c.start], "سا") && !r.marked(c.start) {
			if n, _ := r.gazMatch(c.start); n == 0 {
				r.cs = append(r.cs[:k], r.cs[k+1:]...)
				k--
				continue
			}
		}
		if c.typ != "PERS" || c.end-c.start < 3 {
			continue
		}
		for j := c.start + 1; j < c.end-1; j++ {
			if !r.futureVerb(r.fw[j]) {
				continue
			}
			r.cs[k].end = j
			r.cs = append(r.cs, chunk{})
			copy(r.cs[k+2:], r.cs[k+1:])
			r.cs[k+1] = chunk{j + 1, c.end, "PERS"}
			break
		}
	}
}

// marked reports whether the word at j stands alone between quotation
// marks or parentheses («سيلين»: a brand's name, no verb).
func (r *ruleCtx) marked(j int) bool {
	return j > 0 && j+1 < len(r.words) && openMarks[r.words[j-1]] && closeMarks[r.words[j+1]]
}

// futureVerb reports whether the folded word w is س + an imperfect verb.
func (r *ruleCtx) futureVerb(w string) bool {
	rest, ok := strings.CutPrefix(w, "س")
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return false
	}
	switch {
	case strings.HasPrefix(rest, "ي"), strings.HasPrefix(rest, "ت"), strings.HasPrefix(rest, "ن"), strings.HasPrefix(rest, "ا"):
	default:
		return false
	}
	return r.m.clusters.count(rest) > r.m.clusters.count(w)
}
