package entity

import "strings"

// Clubs and airlines known by the shape of their names: a town with a
// masculine nationality after it is a club (a town is feminine: نابولي
// الإيطالي is the club, not the city), a Turkish club's name ends in سبور
// (كونيا سبور), and an airline is a name with للطيران (النيل للطيران) or
// طيران with a place (طيران الخليج).

var (
	sporWords   = foldSet("سبور", "سپور")
	airlineOf   = foldSet("للطيران")
	airlineHead = foldSet("طيران")
	// clubPrefix are words before a Turkish club's name that belong to it
	// (بلدية أكهيسار سبور: a municipality's club).
	clubPrefix = foldSet("بلدية")
)

// townClubs retypes a place chunk that is no country as a club when a
// masculine nationality adjective follows it, the adjective outside the
// name (نابولي الإيطالي، بايرن ميونخ الألماني).
func (r *ruleCtx) townClubs() {
	for k, c := range r.cs {
		if c.typ != "LOC" && c.typ != "ORG" || c.end >= len(r.fw) || r.chunkAt(c.end) >= 0 {
			continue
		}
		nat := r.fw[c.end]
		if !r.m.gaz.has("NAT", nat) || strings.HasSuffix(nat, "ه") || vagueNat[nat] || r.country(c) {
			continue
		}
		if c.typ == "LOC" && (c.start == 0 || !r.headAt(c.start-1, hAnyHead)) && !r.headAt(c.start, hLoc) {
			r.cs[k].typ = "ORG"
		}
	}
}

// sporClubs tags a name ending in سبور as a club, with بلدية before it.
func (r *ruleCtx) sporClubs() {
	for j := 1; j < len(r.fw); j++ {
		if !sporWords[r.fw[j]] {
			continue
		}
		start := j - 1
		if k := r.chunkAt(start); k >= 0 {
			if r.cs[k].end != j {
				continue
			}
			start = r.cs[k].start
		} else if !arabicOnly(r.fw[start]) || isPrepOrVerb(r.fw[start]) || stopWords[r.fw[start]] {
			continue
		}
		if start > 0 && r.headAt(start-1, hClubPrefix) && r.chunkAt(start-1) < 0 {
			start--
		}
		r.place(chunk{start, j + 1, "ORG"}, anyChunk)
	}
}

// airlines tags X للطيران (one word or a name chunk before it) and طيران
// with a place after it as one organisation.
func (r *ruleCtx) airlines() {
	for j := 1; j < len(r.fw); j++ {
		if !airlineOf[r.fw[j]] || r.chunkAt(j) >= 0 {
			continue
		}
		start := j - 1
		if k := r.chunkAt(start); k >= 0 {
			if r.cs[k].end != j || r.cs[k].typ == "PERS" {
				continue
			}
			start = r.cs[k].start
		} else if w := r.fw[start]; !arabicOnly(w) || isPrepOrVerb(w) || stopWords[w] || genericMods[w] ||
			adjWords[w] || r.headAt(start, hAnyHead) || r.m.gaz.has("TTL", w) {
			continue
		}
		r.place(chunk{start, j + 1, "ORG"}, anyChunk)
	}
	for i := 0; i+1 < len(r.fw); i++ {
		if !r.headAt(i, hAirline) || r.chunkAt(i) >= 0 {
			continue
		}
		if k := r.chunkAt(i + 1); k >= 0 && r.cs[k].start == i+1 && r.cs[k].typ == "LOC" {
			end := r.cs[k].end
			r.place(chunk{i, end, "ORG"}, anyChunk)
			i = end - 1
		}
	}
}

// acronym reports whether w is an acronym in Latin capitals (OECD، DW): two
// to six letters A–Z.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// latinWord reports whether w starts with a Latin letter.
func latinWord(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 'a' && w[0] <= 'z')
}

// acronyms tags a Latin acronym standing alone in Arabic text as an
// organisation (دول OECD، شبكة RBB): a Latin name of several words is left
// to the other rules (a product, a game).
func (r *ruleCtx) acronyms() {
	for j, w := range r.words {
		if !acronym(w) || j > 0 && latinWord(r.words[j-1]) || j+1 < len(r.words) && latinWord(r.words[j+1]) {
			continue
		}
		if k := r.chunkAt(j); k >= 0 {
			if c := r.cs[k]; c.start == j && c.end == j+1 {
				r.cs[k].typ = "ORG"
			}
			continue
		}
		r.cs = append(r.cs, chunk{j, j + 1, "ORG"})
	}
}
