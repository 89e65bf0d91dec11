package entity

import "strings"

// Head classes of the rules, computed once per token: one lookup of each
// form of the token (itself, without each proclitic, with the article's
// alef restored after ل) in one table, instead of a lookup per rule and
// class (stripHead). headBits(w)&bit != 0 exactly when stripHead(w, set)
// != "" for the set of bit; stripHead stays for the rules that need the
// head itself.

const (
	hSector     uint64 = 1 << iota // sectorHeads
	hUnit                          // subunitHeads
	hRegion                        // regionHeads
	hGov                           // govNouns
	hElection                      // electionHeads
	hAirline                       // airlineHead
	hUnitPlural                    // unitPlurals
	hCompany                       // companyHeads
	hUnitHead                      // unitHeads
	hRegional                      // regionalHeads
	hNatural                       // naturalHeads
	hClubPrefix                    // clubPrefix
	hMarkOrg                       // markOrgHeads
	hMarkMisc                      // markMiscHeads
	hInst                          // instHeads
	hFacility                      // facilityHeads
	hBranch                        // branchHeads
	hBranchIn                      // branchInHeads
	hSports                        // sportsWords
	hTeam                          // teamNouns
	hState                         // stateNouns
	hStateM                        // stateNounsM
	hClass                         // classNouns
	hCity                          // cityHeads
	hDays                          // daysHead
	hOuterClass                    // outerClassNouns
	hOuterMonth                    // outerMonthNouns
	hOwnName                       // ownNameHeads
	hOrg                           // orgHeads
	hWeakOrg                       // weakOrgHeads
	hMisc                          // miscHeads
	hLoc                           // locHeads
	hNamedAfter                    // namedAfterPerson
	hMinistry                      // ministryHeads
	hOrgPlace                      // orgPlaceHeads
	hKingdom                       // kingdoms
	hStatute                       // statuteHeads
	hStatuteCue                    // statuteCues
	hMilitia                       // militiaNouns
	hGames                         // gamesNames

	// hAnyHead are the classes of isHeadWord.
	hAnyHead = hOrg | hWeakOrg | hMisc | hLoc
	// hDone marks a token whose bits are computed (ruleCtx.masks).
	hDone uint64 = 1 << 63
)

// headSets gives each class its set; the sets are not changed after
// they are made.
var headSets = []struct {
	set map[string]bool
	bit uint64
}{
	{sectorHeads, hSector}, {subunitHeads, hUnit}, {regionHeads, hRegion}, {govNouns, hGov},
	{electionHeads, hElection}, {airlineHead, hAirline}, {unitPlurals, hUnitPlural},
	{companyHeads, hCompany}, {unitHeads, hUnitHead}, {regionalHeads, hRegional},
	{naturalHeads, hNatural}, {clubPrefix, hClubPrefix}, {markOrgHeads, hMarkOrg},
	{markMiscHeads, hMarkMisc}, {instHeads, hInst}, {facilityHeads, hFacility},
	{branchHeads, hBranch}, {branchInHeads, hBranchIn}, {sportsWords, hSports},
	{teamNouns, hTeam}, {stateNouns, hState}, {stateNounsM, hStateM}, {classNouns, hClass},
	{cityHeads, hCity}, {daysHead, hDays}, {outerClassNouns, hOuterClass},
	{outerMonthNouns, hOuterMonth}, {ownNameHeads, hOwnName}, {orgHeads, hOrg},
	{weakOrgHeads, hWeakOrg}, {miscHeads, hMisc}, {locHeads, hLoc},
	{namedAfterPerson, hNamedAfter}, {ministryHeads, hMinistry}, {orgPlaceHeads, hOrgPlace},
	{kingdoms, hKingdom}, {statuteHeads, hStatute}, {statuteCues, hStatuteCue},
	{militiaNouns, hMilitia}, {gamesNames, hGames},
}

// headEntry holds the classes of a form: those it is a word of (self),
// and those that "ا" + the form is a word of (alef: لل + the rest of an
// article's word, للهيئة → الهيئة).
type headEntry struct{ self, alef uint64 }

// headMasks maps each form of the classes, and each word of theirs that
// starts with ا less that letter, to its bits; headFilter has the bit
// headSlot of each of its keys: most words are no key, and one test of
// the bit spares their map lookup (about 85% of the lookups in news copy).
var headMasks, headFilter = buildHeadMasks()

func buildHeadMasks() (map[string]headEntry, *[1 << 10]uint64) {
	m := map[string]headEntry{}
	for _, s := range headSets {
		for w, in := range s.set {
			if !in {
				continue
			}
			e := m[w]
			e.self |= s.bit
			m[w] = e
			if rest, ok := strings.CutPrefix(w, "ا"); ok {
				e := m[rest]
				e.alef |= s.bit
				m[rest] = e
			}
		}
	}
	var f [1 << 10]uint64
	for w := range m {
		h := headSlot(w)
		f[h>>6] |= 1 << (h & 63)
	}
	return m, &f
}

// headSlot hashes a word's length, second, middle and last bytes to one
// of the 65,536 bits of headFilter.
func headSlot(w string) uint32 {
	n := len(w)
	if n < 2 {
		return uint32(n)
	}
	x := uint32(n) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[1])<<24
	return x * 0x9e3779b1 >> 16
}

// headEntryOf returns the entry of w in headMasks (zero: none).
func headEntryOf(w string) headEntry {
	if h := headSlot(w); headFilter[h>>6]&(1<<(h&63)) == 0 {
		return headEntry{}
	}
	return headMasks[w]
}

// headBits returns the classes the folded word w is a head of, a
// proclitic allowed (as stripHead).
func headBits(w string) uint64 {
	b := headEntryOf(w).self
	for _, p := range proclitics(w) {
		rest := w[len(p):]
		e := headEntryOf(rest)
		b |= e.self
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			b |= e.alef
		}
	}
	return b
}

// maxMasked is the sentence length whose masks live in ruleCtx itself.
const maxMasked = 128

// headAt reports whether the token at j is a head of one of the classes
// bits, a proclitic allowed (as stripHead).
func (r *ruleCtx) headAt(j int, bits uint64) bool { return r.bitsAt(j)&bits != 0 }

// bitsAt returns the head classes of the token at j (headBits).
func (r *ruleCtx) bitsAt(j int) uint64 {
	if j >= maxMasked {
		return headBits(r.fw[j])
	}
	if r.masks[j]&hDone == 0 {
		r.masks[j] = headBits(r.fw[j]) | hDone
	}
	return r.masks[j] &^ hDone
}
