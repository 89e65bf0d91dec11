package entity

import (
	"strings"

	"github.com/rasid/rasid"
)

// canonicalize sets the Canonical name of every mention: the canonical
// form of a known alias (الناتو → حلف شمال الأطلسي; for a person only when
// the document has no longer name containing it); otherwise the longest
// mention of the same type in the document whose words contain the
// mention's words in order (بوتين → فلاديمير بوتين); otherwise the mention
// itself. Forms are compared folded; the canonical text is as written.
func (m *Model) canonicalize(ms []mention) {
	// the working memory of unifyTypes, its names joined the same way
	tv := typeVotesPool.Get().(*typeVotes)
	defer tv.release()
	for i := range ms {
		tv.keys = append(tv.keys, tv.join(ms[i].key))
	}
	text := tv.keys
	// Written form of each folded key: the first one seen.
	written := tv.written
	for i := range ms {
		k := [2]string{ms[i].Type, text[i]}
		if _, ok := written[k]; !ok {
			written[k] = ms[i].orig
		}
	}
	for i := range ms {
		mt := &ms[i]
		// A person's short name is resolved in the document first: بارزاني
		// after نيجيرفان بارزاني is not the famous مسعود بارزاني.
		if c, ok := m.aliasOf(mt.key, mt.Type); ok && (mt.Type != rasid.PER || !m.hasLonger(ms, i)) {
			mt.Canonical = c
			continue
		}
		best := -1
		for j := range ms {
			if j == i || ms[j].Type != mt.Type || len(ms[j].key) <= len(mt.key) {
				continue
			}
			if !containsRun(ms[j].key, mt.key) || (mt.Type == rasid.PER && fatherRun(ms[j].key, mt.key)) {
				continue
			}
			// Longest wins; among equals, the nearest mention before this one.
			if best < 0 || len(ms[j].key) > len(ms[best].key) ||
				(len(ms[j].key) == len(ms[best].key) && nearer(j, best, i)) {
				best = j
			}
		}
		if best >= 0 {
			if c, ok := m.aliasOf(ms[best].key, mt.Type); ok {
				mt.Canonical = c
			} else {
				mt.Canonical = written[[2]string{mt.Type, text[best]}]
			}
			continue
		}
		mt.Canonical = written[[2]string{mt.Type, text[i]}]
	}
}

// nearer reports whether mention a is a better antecedent of i than b:
// before i and closer, or b after i.
func nearer(a, b, i int) bool {
	if a < i && b < i {
		return a > b
	}
	if a < i {
		return true
	}
	if b < i {
		return false
	}
	return a < b
}

// aliasOf looks a name up in the alias table: as it is, and for a
// PER/ORG/LOC also with or without the article on its first word.
func (m *Model) aliasOf(key []string, typ string) (string, bool) {
	j := strings.Join(key, " ")
	if c, ok := m.gaz.lookupAlias(j, typ); ok {
		return c, true
	}
	if typ == rasid.PER {
		return "", false
	}
	if strings.HasPrefix(j, "ال") {
		if c, ok := m.gaz.lookupAlias(strings.TrimPrefix(j, "ال"), typ); ok {
			return c, true
		}
	} else if c, ok := m.gaz.lookupAlias("ال"+j, typ); ok {
		return c, true
	}
	return "", false
}

// hasLonger reports whether another mention of the same type contains
// mention i's words.
func (m *Model) hasLonger(ms []mention, i int) bool {
	for j := range ms {
		if j != i && ms[j].Type == ms[i].Type && len(ms[j].key) > len(ms[i].key) && containsRun(ms[j].key, ms[i].key) &&
			!(ms[i].Type == rasid.PER && fatherRun(ms[j].key, ms[i].key)) {
			return true
		}
	}
	return false
}

// onlyType returns the type of a known name that has exactly one type.
func (m *Model) onlyType(key []string) (string, bool) {
	as := m.gaz.aliases[strings.Join(key, " ")]
	if len(as) != 1 {
		return "", false
	}
	return as[0].typ, true
}

// containsRun reports whether the words of short appear in long in order,
// not necessarily adjacent, so that a first name and surname match a full
// name with a middle name.
func containsRun(long, short []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && w == short[k] {
			k++
		}
	}
	return k == len(short)
}

// fatherRun reports whether the words of short start in long right after
// a patronymic particle (بن، ابن، بنت): in محمد بن علي, علي alone is the
// father, not محمد بن علي (containsRun's first match is the one read).
func fatherRun(long, short []string) bool {
	if len(short) == 0 {
		return false
	}
	for k, w := range long {
		if w == short[0] {
			return k > 0 && patronyms[long[k-1]]
		}
	}
	return false
}

// patronyms are the particles of a name that introduce the father's name.
var patronyms = foldSet("بن", "ابن", "بنت", "bin")
