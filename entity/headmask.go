package entity

import "strings"

// Head classes of the session-6 rules, computed once per token: one lookup
// of each form of the token (itself, without each proclitic, with the
// article's alef restored after ل) in one table, instead of a lookup per
// rule and class (stripHead).

const (
	hSector uint8 = 1 << iota
	hUnit
	hRegion
	hGov
	hElection
	hAirline
	hDone // the token's mask is computed
)

// headMasks maps each form of the classes to its bits.
var headMasks = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, s := range []struct {
		set map[string]bool
		bit uint8
	}{{sectorHeads, hSector}, {subunitHeads, hUnit}, {regionHeads, hRegion}, {govNouns, hGov},
		{electionHeads, hElection}, {airlineHead, hAirline}} {
		for w := range s.set {
			m[w] |= s.bit
		}
	}
	return m
}()

// maxMasked is the sentence length whose masks live in ruleCtx itself.
const maxMasked = 128

// headAt reports whether the token at j is a head of the class bit, a
// proclitic allowed (as stripHead).
func (r *ruleCtx) headAt(j int, bit uint8) bool {
	if j >= maxMasked {
		return r.mask(j)&bit != 0
	}
	if r.masks[j]&hDone == 0 {
		r.masks[j] = r.mask(j) | hDone
	}
	return r.masks[j]&bit != 0
}

// mask computes the class bits of the token at j.
func (r *ruleCtx) mask(j int) uint8 {
	w := r.fw[j]
	b := headMasks[w]
	for _, p := range proclitics(w) {
		rest := w[len(p):]
		b |= headMasks[rest]
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			b |= headMasks["ا"+rest]
		}
	}
	return b
}
