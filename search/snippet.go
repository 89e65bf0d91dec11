package search

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Snippet cuts about n code points of text around the densest cluster of
// matched positions (indexes into spans, the byte spans of the indexed
// tokens) and returns it with the matched words as code point offsets into
// the snippet. With no match it returns the beginning of the text.
func Snippet(text string, spans []rasid.Span, matched []int, n int) (string, []rasid.CharSpan) {
	if n <= 0 {
		n = 200
	}
	sort.Ints(matched)
	var ms []rasid.Span
	for i, p := range matched {
		if p >= 0 && p < len(spans) && (i == 0 || matched[i-1] != p) {
			ms = append(ms, spans[p])
		}
	}
	start := 0
	if len(ms) > 0 {
		// the window of n bytes*2 (Arabic letters take two) holding most matches
		best, bestCount := 0, 0
		for i := range ms {
			c := 0
			for j := i; j < len(ms) && ms[j].End-ms[i].Start < 2*n; j++ {
				c++
			}
			if c > bestCount {
				best, bestCount = i, c
			}
		}
		// start a little before the first match, on a word boundary
		start = ms[best].Start
		back := 0
		for start > 0 && back < n/5 {
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
			back++
		}
		if start > 0 {
			if k := strings.IndexAny(text[start:ms[best].Start], " \n\t"); k >= 0 {
				start += k + 1
			} else {
				start = ms[best].Start
			}
		}
	}
	// take n code points from start, ending on a space when possible
	end, count := start, 0
	for end < len(text) && count < n {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
		count++
	}
	if end < len(text) {
		if k := strings.LastIndexAny(text[start:end], " \n\t"); k > (end-start)/2 {
			end = start + k
		}
	}
	for start < end && strings.ContainsRune(" \n\t\r", rune(text[start])) {
		start++
	}
	for end > start && strings.ContainsRune(" \n\t\r", rune(text[end-1])) {
		end--
	}
	snip := text[start:end]
	var hl []rasid.CharSpan
	for _, m := range ms {
		if m.Start < start || m.End > end {
			continue
		}
		s := utf8.RuneCountInString(text[start:m.Start])
		hl = append(hl, rasid.CharSpan{Start: s, End: s + utf8.RuneCountInString(text[m.Start:m.End])})
	}
	return strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(snip), hl
}
