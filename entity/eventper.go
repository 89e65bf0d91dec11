package entity

// splitEventPer splits a person off the end of an event's chunk: an event
// head takes one complement in construct — a place (مهرجان قرطاج) — and a
// listed given name right after that complement, with at least one more
// name word, starts a person of its own (مهرجان قرطاج + محمد الزين: the
// director named after his festival). An event named after a person
// (جائزة الملك فيصل، كأس محمد السادس) has the name right after its head
// or title, not after a place, and is left whole. When the chunk ends on
// the given name, the name word after it is the surname.
func (r *ruleCtx) splitEventPer() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "MISC" || c.end-c.start < 3 || !r.headAt(c.start, hMisc) {
			continue
		}
		n, classes := r.gazMatch(c.start + 1)
		j := c.start + 1 + n
		if n == 0 || gazType(classes) != "LOC" || j >= c.end || !r.m.gaz.has("PER.first", r.fw[j]) || !r.nameLike(j) {
			continue
		}
		end := c.end
		if j+1 == end {
			// the chunk ends on the given name: the surname after it
			if end >= len(r.fw) || r.chunkAt(end) >= 0 || !r.nameLike(end) {
				continue
			}
			end++
		} else if !r.nameLike(j + 1) {
			continue
		}
		r.cs[k].end = j
		r.cs = append(r.cs, chunk{j, end, "PERS"})
	}
}
