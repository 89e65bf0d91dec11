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

// techNouns name a kind of thing, a technique or a format that a Latin
// acronym right after them spells out (رسالة SMS، بتقنية HDR، مادة TNT،
// بطاقات SIM، نظام ABS): the acronym is a common term there, no
// organisation. جهاز is left out: it also heads a security service (جهاز
// + an agency's acronym).
var techNouns = foldSet("رسالة", "رسائل", "الرسائل", "تقنية", "تقنيات", "التقنية", "مادة", "المادة",
	"بطاقة", "بطاقات", "شريحة", "شرائح", "نوع", "نظام", "أنظمة", "خاصية",
	"ميزة", "صيغة", "بروتوكول", "معيار", "شاشة", "شاشات", "منفذ", "كابل", "ذاكرة", "مظلة", "مظلات")

// acronyms tags a Latin acronym standing alone in Arabic text as an
// organisation (دول OECD، شبكة RBB): a Latin name of several words is left
// to the other rules (a product, a game), and so is an acronym after a noun
// of a kind of thing (techNouns; with و, ب or ل before it).
func (r *ruleCtx) acronyms() {
	for j, w := range r.words {
		if !acronym(w) || j > 0 && latinWord(r.words[j-1]) || j+1 < len(r.words) && latinWord(r.words[j+1]) {
			continue
		}
		if j > 0 {
			if p := r.fw[j-1]; techNouns[p] || techNouns[strings.TrimPrefix(p, "و")] || techNouns[cliticRest(p)] {
				r.drop(j, j+1)
				continue
			}
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

// clubTowns joins a club's short name and the town after it in sports copy
// (a European club named with its city, «X أمستردام»): a listed club
// without a chunk, or a one-word organisation or event chunk of the model
// without the article, right before a town of the city list (no country)
// make one organisation, and so does a rare word before a town with the
// club's nationality after it (rareClubWord). Two clubs meet with و or a preposition between
// them, not side by side.
func (r *ruleCtx) clubTowns() {
	if !r.sports {
		return
	}
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		// a town may be a club already (townClubs: لشبونة البرتغالي)
		if c.typ != "LOC" && c.typ != "ORG" || c.start == 0 {
			continue
		}
		// a one-word town as listed, no proclitic and no article (برشلونة
		// وروما are two clubs, العقبة also "the obstacle")
		if c.end != c.start+1 || strings.HasPrefix(r.fw[c.start], "ال") || !r.m.gaz.has("LOC.city", r.fw[c.start]) || r.m.gaz.has("LOC.country", r.fw[c.start]) {
			continue
		}
		p := c.start - 1
		w := r.fw[p]
		if !arabicOnly(w) || strings.HasPrefix(w, "ال") || r.headAt(p, hAnyHead) || r.m.gaz.has("TTL", w) {
			continue
		}
		if q := r.chunkAt(p); q >= 0 {
			if pc := r.cs[q]; pc.start != p || pc.end != c.start || pc.typ != "ORG" && pc.typ != "MISC" {
				continue
			}
		} else if n, classes := r.gazMatch(p); (n != 1 || !inClasses(classes, "ORG.club") || r.procliticWord(p)) && !r.rareClubWord(p, c.end) {
			continue
		}
		if r.place(chunk{p, c.end, "ORG"}, anyChunk) {
			k = -1 // the chunks were rebuilt
		}
	}
}

// rareClubWord reports whether the untagged word at p, before a town
// that ends at end, reads as a foreign club's first name: a rare word
// (raw count under rarePlaceWord) that no rule knows, not a noun with a
// pronoun suffix (ضيفه، منافسه), and the town followed by a masculine
// nationality adjective or a parenthesis (X لشبونة البرتغالي، X لشبونة
// (البرتغال)).
func (r *ruleCtx) rareClubWord(p, end int) bool {
	if end >= len(r.fw) || !r.nameLike(p) || r.m.gaz.has("NAT", r.fw[p]) {
		return false
	}
	w := r.fw[p]
	if r.m.clusters.count(w) >= rarePlaceWord {
		return false
	}
	for _, suf := range []string{"ه", "ها", "هم"} {
		if base, ok := strings.CutSuffix(w, suf); ok && r.m.clusters.count(base) >= rareNounBase {
			return false
		}
	}
	next := r.fw[end]
	return next == "(" || r.m.gaz.has("NAT", next) && !strings.HasSuffix(next, "ه") && !vagueNat[next]
}

// listedClub reports whether the words start..end are a listed club's name
// (a one-word name also of the ambiguous short names: الأهلي، الوحدة).
func (r *ruleCtx) listedClub(start, end int) bool {
	if end == start+1 {
		w := r.fw[start]
		return r.m.gaz.has("ORG.club", w) || r.m.gaz.has("ORG.club.x", w) || r.m.gaz.has("ORG.ambiguous", w)
	}
	n, classes := r.gazMatch(start)
	return n == end-start && (inClasses(classes, "ORG.club") || inClasses(classes, "ORG.club.x"))
}

// rareNounBase is the raw count from which a word without its pronoun
// suffix is a noun of its own (ضيف 148: ضيفه is "its guest").
const rareNounBase = 20

// clubNationality ends a club's name before a masculine nationality
// adjective in sports copy (the adjective is outside a club's name, as after
// a town: الهلال السعودي، X الأوكراني): an organisation chunk of two words
// or more that ends in one (with the article: it agrees with a name), whose
// other words are a listed club or a name without the article, with no
// head noun, title or state noun among them (الاتحاد السعودي، المنتخب السعودي، النظام السوري keep theirs), and
// not a continent's adjective, which names a club (النادي الإفريقي).
func (r *ruleCtx) clubNationality() {
	if !r.sports {
		return
	}
	for k, c := range r.cs {
		if c.typ != "ORG" || c.end-c.start < 2 {
			continue
		}
		last := r.fw[c.end-1]
		if !strings.HasPrefix(last, "ال") || !r.m.gaz.has("NAT", last) || strings.HasSuffix(last, "ه") || vagueNat[last] || nameMods[last] {
			continue
		}
		// a listed club, or a foreign name (no article): القضاء الأمريكي
		// is the state's judiciary in any copy
		if strings.HasPrefix(r.fw[c.start], "ال") && !r.listedClub(c.start, c.end-1) {
			continue
		}
		ok := true
		for j := c.start; j < c.end-1 && ok; j++ {
			ok = !r.headAt(j, hAnyHead|hTeam|hState|hStateM|hSports) && !r.m.gaz.has("TTL", r.fw[j]) && !r.m.gaz.has("NAT", r.fw[j])
		}
		// a club named by its town keeps the adjective that makes it a
		// club: the town alone would be read back as the place
		if ok && !r.knownTown(chunk{c.start, c.end - 1, "LOC"}) {
			r.cs[k].end--
		}
	}
}
