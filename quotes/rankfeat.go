package quotes

// Speaker candidates and their features (rank.go scores them): every
// person and organisation the entity layer marks, and every title holder
// the document names, from the start of the sentence before the quote's
// cue to the end of the sentence after its content, outside the content,
// plus the speaker the rules chose. Mentions of one name are one
// candidate; its features are those of all its mentions, and, for a
// model that scores mentions, each mention's own (Candidate.Mentions).

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
)

// Candidate is one speaker candidate of a quote: a name and the features
// the ranker scores it by.
type Candidate struct {
	// Name is the speaker's name as the rules would give it for the
	// mention (the entity's canonical name widened to the document's
	// fullest form, the person holding a title).
	Name string
	// Span is the nearest mention to the cue; zero for the rules' choice
	// carried from an earlier quote.
	Span rasid.Span
	// Rules marks the candidate the rules chose.
	Rules bool
	// Feats are the candidate's features, sorted, without duplicates.
	Feats []string
	// Mentions are the features of each of its mentions on their own
	// (prefixed "m|"), when the candidates were built for a ranker that
	// scores mentions (SpeakerModel.PerMention) or for training.
	Mentions [][]string `json:",omitempty"`
}

// mention is one place a candidate is named.
type mention struct {
	name    string
	kind    string // "PER", "ORG", "TTL"
	tok     int    // first token
	end     int    // token after the last
	span    rasid.Span
	gender  byte
	inOther bool // inside another quote's content
}

// rankCtx is the frame of one quote: its cue token, content tokens and
// sentences.
type rankCtx struct {
	cue       int // the cue's first token (the content's first without a cue)
	qa, qb    int // content tokens [qa, qb)
	sCue      int // sentence of the cue
	sEnd      int // sentence of the content's last token
	lo, hi    int // window in tokens [lo, hi)
	cueClass  string
	cueGender byte
	plural    bool
}

func (r *resolver) rankFrame(c *cand) (rankCtx, bool) {
	f := r.f
	if c.content.End <= c.content.Start {
		return rankCtx{}, false
	}
	qa := f.tokenAt(c.content.Start)
	qb := f.tokenAt(c.content.End)
	if qa >= len(f.toks) {
		return rankCtx{}, false
	}
	if qb <= qa {
		qb = qa + 1
	}
	x := rankCtx{qa: qa, qb: qb, cue: qa}
	x.cueClass = "none"
	if c.hasCue && c.cue.a < len(f.toks) {
		x.cue = c.cue.a
		switch {
		case c.cue.attr:
			x.cueClass = "attr"
		case c.cue.class == verb:
			x.cueClass = "verb"
		case c.cue.class == participle:
			x.cueClass = "part"
		default:
			x.cueClass = "other"
		}
		x.cueGender = f.gender(c.cue.a)
		x.plural = f.plural(c.cue.a)
	} else if c.nameBefore {
		x.cueClass = "head"
	}
	first := min(x.cue, qa)
	x.sCue = int(f.sent[first])
	x.sEnd = int(f.sent[min(qb-1, len(f.toks)-1)])
	x.lo = int(f.sTok[max(0, x.sCue-1)][0])
	x.hi = int(f.sTok[min(len(f.sTok)-1, x.sEnd+1)][1])
	return x, true
}

// mentions lists the persons, organisations and title holders named in
// the frame's window outside the quote's content, each named as
// candidateName offers it; sp is the rules' speaker.
func (r *resolver) mentions(x rankCtx, pos int, sp rasid.Speaker) []mention {
	f := r.f
	if x.lo >= x.hi {
		return nil
	}
	start, end := f.toks[x.lo].Start, f.toks[x.hi-1].End
	cs, ce := f.toks[x.qa].Start, f.toks[x.qb-1].End
	var ms []mention
	add := func(name, kind string, s, e int) {
		if name == "" || s < start || e > end || s < ce && cs < e {
			return
		}
		k := f.tokenAt(s)
		if k > 0 && f.toks[k-1].End > s {
			k--
		}
		if k >= len(f.toks) {
			return
		}
		ke := f.tokenAt(e)
		if ke <= k {
			ke = k + 1
		}
		// not a name: dropped unless the rules read their speaker there
		own := sp.Span.End > sp.Span.Start && s < sp.Span.End && sp.Span.Start < e
		if !nameShaped(name) && !own || !own && r.addressee(k, s) {
			return
		}
		if kind != "TTL" {
			// an entity's own tokens (a title's holder is named elsewhere)
			if cn := r.candidateName(name, k, ke); cn != "" {
				name = cn
			} else if !own {
				return
			}
		}
		m := mention{name: name, kind: kind, tok: k, end: ke, span: rasid.Span{Start: s, End: e}, inOther: f.inQuote[k]}
		if !own && noNameWords(name) {
			return // a title holder's phrase or a name that opens with a particle (rank18.go)
		}
		if kind == "TTL" {
			m.span.End = max(s, f.toks[k].End)
		}
		if k > 0 && personTitles[f.keys[k-1]] {
			m.gender = f.gender(k - 1)
		}
		if m.gender == 0 && kind == "PER" {
			m.gender = f.gender(k)
		}
		ms = append(ms, m)
	}
	for _, e := range r.ents {
		if e.Type != rasid.PER && e.Type != rasid.ORG {
			continue
		}
		if e.End < start || e.Start > end {
			continue
		}
		add(r.finalName(canonical(f.text, e), pos), string(e.Type), e.Start, e.End)
	}
	for _, t := range r.titles {
		if t.pos < start || t.pos >= end || t.person == "" {
			continue
		}
		add(r.finalName(t.person, pos), "TTL", t.pos, t.pos+1)
	}
	return ms
}

// finalName passes a name through the rules' last steps (resolve), in
// this order: the same chain for the rules' speaker and every ranker
// mention.
func (r *resolver) finalName(name string, pos int) string {
	name = withoutRunOn(name)
	name = withoutEulogy(name)
	name = withoutTextNoun(name)
	name = r.withoutObjectNoun(name)
	name = withoutCueVerb(name)
	name = withoutHonorific(name)
	name = r.withoutGluedWord(name)
	name = withoutHonorific(r.fullestName(name, pos)) // (a fuller form written with a title: البابا فلان)
	name = nameWithout(name)
	name = outsideClassNoun(name)
	name = r.outletName(name)
	name = withoutBodyClass(name)
	return r.namedOutlet(name, pos)
}

// distBucket buckets a token distance.
func distBucket(d int) string {
	switch {
	case d <= 1:
		return "0"
	case d <= 3:
		return "2"
	case d <= 7:
		return "4"
	case d <= 15:
		return "8"
	case d <= 31:
		return "16"
	}
	return "32"
}

func countBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 4:
		return "3"
	}
	return "5"
}

// nameKey folds a name for comparing candidates (eval's sameName).
func nameKey(s string) string {
	return strings.Join(strings.FieldsFunc(normalize.ForSearch(s), func(r rune) bool {
		return !(r >= '0' && r <= '9') && !isLetterRune(r)
	}), " ")
}

func isLetterRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x0621 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3 || r > 0x00BF && r < 0x0600
}

// mentionFeats are the features of one mention in frame x.
func (r *resolver) mentionFeats(c *cand, x rankCtx, m mention, add func(string)) {
	f := r.f
	pc := "win"
	switch {
	case c.slotA < c.slotB && m.tok >= c.slotA && m.tok < c.slotB:
		pc = "slot"
	case m.tok >= x.qb:
		pc = "after"
	case int(f.sent[m.tok]) < x.sCue:
		pc = "prevsent"
	case m.tok < x.cue:
		pc = "before"
	case m.tok > x.cue && m.tok < x.qa:
		pc = "between"
	}
	d := m.tok - x.cue
	if d < 0 {
		d = x.cue - m.end
	}
	if pc == "after" {
		d = m.tok - x.qb
	}
	add("pos=" + pc)
	add("pos=" + pc + "|cue=" + x.cueClass)
	add("pos=" + pc + "|type=" + m.kind)
	add("pos=" + pc + "|d=" + distBucket(d))
	add("pos=" + pc + "|d=" + distBucket(d) + "|cue=" + x.cueClass)
	add("type=" + m.kind + "|cue=" + x.cueClass)
	if int(f.sent[m.tok]) == int(f.sent[x.cue]) {
		add("samesent")
	}
	if m.tok == x.cue+1 {
		add("rightaftercue")
	}
	if m.end == x.cue || m.end+1 == x.cue {
		add("rightbeforecue|cue=" + x.cueClass)
	}
	if m.inOther {
		add("inotherquote")
	}
	r.beforeFeats(m, pc, add)
	if f.toks[m.tok].Start < m.span.Start {
		n := f.toks[m.tok].Norm
		if strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "و"+"ل") || strings.HasPrefix(n, "و"+"ب") {
			add("glued=prep|pos=" + pc)
		} else {
			add("glued=other")
		}
	}
	if s0 := int(f.sTok[f.sent[m.tok]][0]); m.tok == s0 || m.tok == s0+1 && (f.keys[s0] == "و" || f.isPunct(s0)) {
		add("sentstart|pos=" + pc)
	}
	if m.end < len(f.toks) {
		switch {
		case f.cues[m.end].class != noCue:
			add("beforecue|pos=" + pc)
		case f.isVerb(m.end):
			add("beforeverb|pos=" + pc)
		case f.isComma(m.end):
			add("beforecomma|pos=" + pc)
		}
	}
	if x.cueGender != 0 && m.gender != 0 {
		if x.cueGender == m.gender {
			add("gender=agree|type=" + m.kind)
		} else {
			add("gender=disagree|type=" + m.kind)
		}
	}
	if x.plural {
		add("cueplural|type=" + m.kind)
	}
}

// beforeFeats are the features of what stands right before mention m,
// whose place is pc.
func (r *resolver) beforeFeats(m mention, pc string, add func(string)) {
	f := r.f
	if m.tok > 0 {
		p := f.keys[m.tok-1]
		switch {
		case personTitles[p]:
			add("aftertitle")
			add("aftertitle|pos=" + pc)
		case p == "من" || p == "عن" || p == "في" || p == "مع" || p == "علي" || p == "الي" || p == "الى" || p == "على" || p == "إلى":
			add("afterprep=" + p + "|pos=" + pc)
		case f.isPunct(m.tok - 1):
			add("afterpunct")
			add("afterpunct|pos=" + pc)
		case f.cues[m.tok-1].class != noCue:
			add("aftercue")
			add("aftercue|pos=" + pc)
			add("aftercue|pos=" + pc + "|type=" + m.kind)
		case f.isVerb(m.tok - 1):
			add("afterverb|pos=" + pc)
		default:
			add("afterword|pos=" + pc)
		}
	}
}

// candidates builds the candidates of quote c whose rules' speaker is sp;
// prev is the speaker of the quote before.
//
// guessesOnly: the caller may change only a guess (see guess), so when the
// rules' speaker was read from a mention and is named in the window, or
// was the previous quote's, candidates returns nil at once (the rules'
// choice stands, as Choose would keep it).
func (r *resolver) candidates(c *cand, sp rasid.Speaker, prev string, perMention, guessesOnly bool) []Candidate {
	x, ok := r.rankFrame(c)
	if !ok {
		return nil
	}
	var ms []mention
	if guessesOnly && sp.Span.End > sp.Span.Start {
		// decided before the window's mentions are named when it can be
		k := nameKey(sp.Name)
		if k == "" || prev != "" && nameKey(prev) == k || holdGroups && r.groupSpeaker(sp.Span.Start, sp.Name) {
			return nil
		}
		ms = r.mentions(x, c.content.Start, sp)
		for _, m := range ms {
			if nameKey(m.name) == k || rulesMention(m, sp) {
				return nil
			}
		}
	} else {
		ms = r.mentions(x, c.content.Start, sp)
	}
	var gs []*candGroup
	byKey := map[string]*candGroup{}
	get := func(name string) *candGroup {
		k := nameKey(name)
		if g, ok := byKey[k]; ok {
			return g
		}
		g := &candGroup{cand: Candidate{Name: name}, feats: map[string]bool{}, near: 1 << 30}
		byKey[k] = g
		gs = append(gs, g)
		return g
	}
	rules := get(sp.Name)
	rules.cand.Rules = true
	rules.cand.Span = sp.Span
	rules.feats["rules"] = true
	if sp.Span.End <= sp.Span.Start {
		rules.feats["rules=carried"] = true
	}
	rules.feats["rules|cue="+x.cueClass] = true
	var mg []*candGroup // each mention's group and index in it, for perMention
	var mi []int
	for _, m := range ms {
		g := get(m.name)
		if rulesMention(m, sp) {
			// the mention the rules read the speaker from, whatever name
			// their last steps gave it (an alias written out in full)
			g = rules
		}
		if perMention {
			var mf []string
			r.mentionFeats(c, x, m, func(s string) {
				g.feats[s] = true
				mf = append(mf, "m|"+s)
			})
			mg = append(mg, g)
			mi = append(mi, len(g.cand.Mentions))
			g.cand.Mentions = append(g.cand.Mentions, mf)
		} else {
			r.mentionFeats(c, x, m, func(s string) { g.feats[s] = true })
		}
		d := m.tok - x.cue
		if d < 0 {
			d = -d
		}
		if d < g.near {
			g.near = d
			if !g.cand.Rules {
				g.cand.Span = m.span
			}
		}
	}
	r.groupFeats(gs, x, prev)
	for _, s := range r.rulesShape(sp) {
		rules.feats[s] = true // after groupFeats, which counts the rules' features for nomention
	}
	near := r.markNearest(ms, byKey, x)
	if perMention {
		for pc, k := range near {
			mg[k].cand.Mentions[mi[k]] = append(mg[k].cand.Mentions[mi[k]], "m|nearest|pos="+pc, "m|nearest|pos="+pc+"|cue="+x.cueClass)
		}
		if sp.Span.End > sp.Span.Start {
			// the rules' own mention: the one whose span holds the rules' speaker
			for k, m := range ms {
				if mg[k] == rules && rulesMention(m, sp) {
					mg[k].cand.Mentions[mi[k]] = append(mg[k].cand.Mentions[mi[k]], "m|rulesmention")
				}
			}
		}
	}
	if first := r.firstAgent(); first != "" {
		if g, ok := byKey[nameKey(first)]; ok {
			g.feats["firstnamed"] = true
		}
	}
	out := make([]Candidate, 0, len(gs))
	for _, g := range gs {
		if nameKey(g.cand.Name) == "" {
			continue
		}
		for s := range g.feats {
			g.cand.Feats = append(g.cand.Feats, s)
		}
		sort.Strings(g.cand.Feats)
		out = append(out, g.cand)
	}
	return out
}

// Conjoin adds to base candidates (rankfeat's) the features that join a
// candidate's place with the kind of choice the rules made: the cue's
// class, whether the rules carried the speaker over and whether the
// rules' speaker is named near the quote. `rasid train speaker` calls it
// on the candidates it stored, Find on the candidates it builds.
func Conjoin(cs []Candidate) {
	rk := ""
	for _, c := range cs {
		if !c.Rules {
			continue
		}
		cue, how, where := "", "span", "mention"
		for _, f := range c.Feats {
			switch {
			case strings.HasPrefix(f, "rules|cue="):
				cue = f[len("rules|"):]
			case f == "rules=carried":
				how = "carried"
			case f == "nomention":
				where = "nomention"
			case f == "pos=slot":
				if where == "mention" {
					where = "slot"
				}
			}
		}
		if where == "slot" && how == "carried" {
			where = "mention"
		}
		rk = cue + "/" + how + "/" + where
	}
	if rk == "" {
		return
	}
	for i := range cs {
		c := &cs[i]
		var add []string
		if c.Rules {
			add = append(add, "rk="+rk)
		}
		for _, f := range c.Feats {
			if strings.HasPrefix(f, "pos=") && strings.Count(f, "|") <= 1 && !strings.Contains(f, "|d=") ||
				strings.HasPrefix(f, "nearrank=") && !strings.Contains(f, "|") || strings.HasPrefix(f, "prevspeaker") && !strings.Contains(f, "|") ||
				strings.HasPrefix(f, "gender=") || f == "inotherquote" || f == "firstnamed" ||
				strings.HasPrefix(f, "nearest|") && strings.Count(f, "|") == 1 || strings.HasPrefix(f, "aftercue|") && strings.Count(f, "|") == 1 ||
				strings.HasPrefix(f, "rshape=") {
				add = append(add, f+"|rk="+rk)
			}
		}
		if len(add) > 0 {
			c.Feats = append(c.Feats, add...)
			sort.Strings(c.Feats)
		}
		for j, ms := range c.Mentions {
			n := len(ms)
			for _, f := range ms[:n] {
				if strings.HasPrefix(f, "m|pos=") && strings.Count(f, "|") <= 2 && !strings.Contains(f, "|d=") ||
					strings.HasPrefix(f, "m|nearest|") && strings.Count(f, "|") == 2 || f == "m|rulesmention" ||
					strings.HasPrefix(f, "m|gender=") || strings.HasPrefix(f, "m|aftercue|") && strings.Count(f, "|") == 2 {
					ms = append(ms, f+"|rk="+rk)
				}
			}
			c.Mentions[j] = ms
		}
	}
}

// rulesMention reports whether m is the mention the rules' speaker sp was
// read from (their spans overlap).
func rulesMention(m mention, sp rasid.Speaker) bool {
	return sp.Span.End > sp.Span.Start && m.span.Start < sp.Span.End && sp.Span.Start < m.span.End
}

// rulesShape are features of the rules' speaker itself: how many words
// its name has, whether it starts with the article, and the type of the
// entity its span overlaps (none when the entity layer marks nothing
// there: a common noun the rules took for a speaker).
func (r *resolver) rulesShape(sp rasid.Speaker) []string {
	ws := strings.Fields(sp.Name)
	out := []string{"rshape=w" + strconv.Itoa(min(len(ws), 3))}
	if len(ws) > 0 && strings.HasPrefix(normalize.ForSearch(ws[0]), "ال") {
		out = append(out, "rshape=def")
	}
	if sp.Span.End <= sp.Span.Start {
		return out
	}
	t := "none"
	for _, e := range r.f.d.Entities {
		if e.Start < sp.Span.End && sp.Span.Start < e.End {
			t = string(e.Type)
			break
		}
	}
	out = append(out, "rshape=ent:"+t)
	if r.groupSpeaker(sp.Span.Start, sp.Name) {
		out = append(out, "hold=group")
	}
	if r.noNameSpeaker(sp.Span.Start, sp.Name) {
		out = append(out, "free=noname")
	}
	return out
}

// candGroup is a candidate with its features as a set and the token
// distance of its nearest mention to the cue.
type candGroup struct {
	cand  Candidate
	feats map[string]bool
	near  int
}

// groupFeats adds the features of each candidate as a whole: the previous
// speaker, named nowhere near, how often the document names it, its rank
// by distance to the cue.
func (r *resolver) groupFeats(gs []*candGroup, x rankCtx, prev string) {
	// order among the candidates by distance to the cue, document counts
	for _, g := range gs {
		if prev != "" && nameKey(prev) == nameKey(g.cand.Name) {
			g.feats["prevspeaker"] = true
			g.feats["prevspeaker|cue="+x.cueClass] = true
		}
		if len(g.feats) == 0 || g.feats["rules"] && len(g.feats) <= 3 {
			g.feats["nomention"] = true
		}
		n := r.docCount(g.cand.Name)
		g.feats["doccount="+countBucket(n)] = true
	}
	idx := make([]int, 0, len(gs))
	for i, g := range gs {
		if g.near < 1<<30 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return gs[idx[a]].near < gs[idx[b]].near })
	for rank, i := range idx {
		if rank > 2 {
			rank = 3
		}
		gs[i].feats["nearrank="+strconv.Itoa(rank)] = true
		gs[i].feats["nearrank="+strconv.Itoa(rank)+"|cue="+x.cueClass] = true
	}
}

// markNearest marks the candidate of the nearest mention in each place,
// and returns the index in ms of the nearest mention of each place.
func (r *resolver) markNearest(ms []mention, byKey map[string]*candGroup, x rankCtx) map[string]int {
	// the nearest mention in each place
	nearest := map[string]int{}
	nearK := map[string]int{}
	nearG := map[string]*candGroup{}
	for k, m := range ms {
		pc := "before"
		switch {
		case m.tok >= x.qb:
			pc = "after"
		case int(r.f.sent[m.tok]) < x.sCue:
			pc = "prevsent"
		case m.tok > x.cue:
			pc = "between"
		}
		d := m.tok - x.cue
		if d < 0 {
			d = -d
		}
		if pc == "after" {
			d = m.tok - x.qb
		}
		if v, ok := nearest[pc]; !ok || d < v {
			nearest[pc] = d
			nearK[pc] = k
			nearG[pc] = byKey[nameKey(m.name)]
		}
	}
	for pc, g := range nearG {
		g.feats["nearest|pos="+pc] = true
		g.feats["nearest|pos="+pc+"|cue="+x.cueClass] = true
	}
	return nearK
}

// docCount is how many PER or ORG mentions of the document carry name.
func (r *resolver) docCount(name string) int {
	if r.docCounts == nil {
		// one pass over the entities per document, not one per candidate
		r.docCounts = map[string]int{}
		for _, e := range r.ents {
			if e.Type == rasid.PER || e.Type == rasid.ORG {
				r.docCounts[nameKey(canonical(r.f.text, e))]++
			}
		}
	}
	return r.docCounts[nameKey(name)]
}

// firstAgent is the canonical name of the document's first PER or ORG.
func (r *resolver) firstAgent() string {
	for _, e := range r.ents {
		if e.Type == rasid.PER || e.Type == rasid.ORG {
			return canonical(r.f.text, e)
		}
	}
	return ""
}
