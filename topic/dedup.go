package topic

import "strings"

// dedupMinTerms is the length from which two texts of the same terms count
// as one story filed twice (shorter ones can agree by chance: a one-line
// flash).
const dedupMinTerms = 20

// Dedup returns the examples with duplicate texts handled as mode says
// (Options.Dedup): "" returns ex; "drop" leaves out every article whose
// text is that of an article of another label; "majority" keeps, of such
// a group, one article of its most frequent label, and none when two labels
// tie; "one" does the same for every group of two or more articles of the
// same text, whatever their labels. The order of the kept examples is
// theirs in ex.
func Dedup(ex []Example, mode string) []Example {
	if mode == "" {
		return ex
	}
	groups := map[string][]int{}
	keys := make([]string, len(ex))
	for i, e := range ex {
		n := 0
		for _, t := range e.Text {
			if t != "" {
				n++
			}
		}
		if n < dedupMinTerms {
			continue
		}
		keys[i] = strings.Join(e.Text, "\x00")
		groups[keys[i]] = append(groups[keys[i]], i)
	}
	keep := make([]bool, len(ex))
	for i := range ex {
		keep[i] = keys[i] == ""
	}
	for _, g := range groups {
		count := map[string]int{}
		for _, i := range g {
			count[ex[i].Label]++
		}
		if len(count) == 1 && (mode != "one" || len(g) == 1) {
			for _, i := range g {
				keep[i] = true
			}
			continue
		}
		if mode == "drop" {
			continue
		}
		best, tie := "", false
		for _, i := range g { // group order: deterministic
			l := ex[i].Label
			switch {
			case best == "" || count[l] > count[best]:
				best, tie = l, false
			case l != best && count[l] == count[best]:
				tie = true
			}
		}
		if tie {
			continue
		}
		for _, i := range g {
			if ex[i].Label == best {
				keep[i] = true
				break
			}
		}
	}
	var out []Example
	for i, e := range ex {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out
}
