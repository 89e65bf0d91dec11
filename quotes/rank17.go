package quotes

// Session 17: a speaker the rules read as an unnamed group or source is
// kept. When the rules' speaker is a noun phrase the entity layer marks
// nothing in, headed by an indefinite source noun (قال مصدر مسؤول، ذكرت
// مصادر، أفاد شهود), a sound plural of people (قال محللون، يرى المراقبون)
// or a quantifier of people (قال آخرون، يرى البعض، أكد أحد الأطباء), the
// text says the speaker is not named: a person or body named near the
// quote is someone else (whom the source works for, whom the analysts
// talk about). The ranker may replace such a speaker no more (the
// feature hold=group, which Choose reads).

import (
	"slices"
	"strings"

	"github.com/rasid/rasid"
)

// groupHeads are the quantifiers of people that stand for an unnamed
// speaker.
var groupHeads = setOf("اخرون", "اخرين", "البعض", "بعض", "الجميع", "احد", "احدي")

// bareQuantifier are the groupHeads that name nobody alone.
var bareQuantifier = setOf("بعض", "احد", "احدي")

// singularOn are nouns ending in -ون that are no plural of people.
var singularOn = setOf("تلفزيون", "تليفزيون", "تلفيزيون", "قانون", "مليون", "بليون", "تريليون", "كانون", "زيتون",
	"صابون", "فرعون", "هارون", "ليمون", "صالون", "تليفون", "ميكروفون", "كربون", "بالون", "مضمون", "طاعون", "عربون")

// groupSpeaker reports whether the rules' speaker whose span starts at
// byte s and is named name is headed by an unnamed group or source (see
// above) that no entity covers (a person, a body, a place: a woman
// whose given name is a country's, وتقول كولومبيا فلانة, is a person the
// layer may tag as a place). A bare quantifier (أحد، بعض alone: the
// rules' name lost its genitive) is not held: it names nobody.
func (r *resolver) groupSpeaker(s int, name string) bool {
	f := r.f
	k := f.tokenAt(s)
	if k > 0 && f.toks[k-1].End > s {
		k--
	}
	if k >= len(f.toks) || f.toks[k].Kind != rasid.Arabic || f.inName[k] {
		return false
	}
	n := f.keys[k]
	switch {
	case bareQuantifier[n] && len(strings.Fields(name)) < 2:
		return false
	case groupHeads[n], indefiniteSources[n] && n != "مسؤول":
		// an official alone is often a title whose holder the text names
	case singularOn[strings.TrimPrefix(n, "ال")]:
		return false
	case !f.peoplePlural(k):
		return false
	}
	// only a head of the lexicon gets here: the entities are looked at
	// for these few quotes
	for _, e := range f.d.Entities {
		if e.Start < f.toks[k].End && f.toks[k].Start < e.End {
			return false
		}
	}
	return true
}

// holdGroups switches off the hold of hold=group (for measuring it).
var holdGroups = true

// heldGroup reports whether the rules' candidate c is an unnamed group or
// source the ranker keeps (hold=group).
func heldGroup(c Candidate) bool {
	if !holdGroups {
		return false
	}
	return slices.Contains(c.Feats, "hold=group")
}
