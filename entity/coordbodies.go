package entity

import "strings"

// coordinatedBodies splits an organisation chunk of the model that runs
// over و and the head of another body (المنظمة العربية للسياحة وجامعة
// …، الجيش الوطني والقوات …): two coordinated bodies are two names, each
// with its own head. A title word after و ends the body's name (جبهة …
// والقيادي فيها): the person's title, not a conjunct. The part before و
// must be a name of two words or more ending on a definite word or a لل
// complement, the part after a head and at least one word.
func (r *ruleCtx) coordinatedBodies() {
	for k := 0; k < len(r.cs); k++ {
		c := r.cs[k]
		if c.typ != "ORG" {
			continue
		}
		for j := c.start + 2; j < c.end; j++ {
			w := r.fw[j]
			rest, ok := strings.CutPrefix(w, "و")
			if !ok || len(rest) < 4 {
				continue
			}
			last := r.fw[j-1]
			if !defWord(last) && !strings.HasPrefix(last, "لل") {
				continue
			}
			if r.m.gaz.has("TTL", rest) {
				r.cs[k].end = j
				break
			}
			if headEntryOf(rest).self&hOrg == 0 || j+1 >= c.end {
				continue
			}
			r.cs[k].end = j
			r.cs = append(r.cs, chunk{})
			copy(r.cs[k+2:], r.cs[k+1:])
			r.cs[k+1] = chunk{j, c.end, "ORG"}
			break
		}
	}
}
