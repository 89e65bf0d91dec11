package tagger

import (
	"strings"
	"unicode/utf8"
)

// An edit script turns a form into its lemma: cut a prefix and a suffix
// off the form, then add a prefix and a suffix. Scripts are learned from
// (form, lemma) pairs by aligning the longest common substring, so
// المهاجرين (al-muhājirīn) → مهاجر is (cut "ال", cut "ين", add "", add "")
// and تعلن (tuʿlin) → أعلن is (cut "ت", add "أ").
type script struct {
	CutPre, CutSuf, AddPre, AddSuf string
}

func (s script) key() string {
	return s.CutPre + "\x00" + s.CutSuf + "\x00" + s.AddPre + "\x00" + s.AddSuf
}

// applies reports whether the script can be applied to form, leaving at
// least one letter of the form.
func (s script) applies(form string) bool {
	return len(form) > len(s.CutPre)+len(s.CutSuf) &&
		strings.HasPrefix(form, s.CutPre) && strings.HasSuffix(form, s.CutSuf)
}

func (s script) apply(form string) string {
	mid := form[len(s.CutPre) : len(form)-len(s.CutSuf)]
	return s.AddPre + mid + s.AddSuf
}

// learnScript returns the script that turns form into lemma, and false when
// the two share no letter.
func learnScript(form, lemma string) (script, bool) {
	a, b := []rune(form), []rune(lemma)
	// Longest common substring by dynamic programming; the inputs are
	// single words.
	best, endA, endB := 0, 0, 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, endA, endB = cur[j], i, j
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	if best == 0 {
		return script{}, false
	}
	return script{
		CutPre: string(a[:endA-best]),
		CutSuf: string(a[endA:]),
		AddPre: string(b[:endB-best]),
		AddSuf: string(b[endB:]),
	}, true
}

// maxCut is the longest suffix (in runes) a script may cut; longer ones
// are not indexed.
const maxCut = 6

// scriptIndex finds the scripts applicable to a form by their cut suffix.
type scriptIndex struct {
	scripts  []script
	bySuffix map[string][]int32
}

func newScriptIndex(scripts []script) *scriptIndex {
	ix := &scriptIndex{scripts: scripts, bySuffix: map[string][]int32{}}
	for i, s := range scripts {
		ix.bySuffix[s.CutSuf] = append(ix.bySuffix[s.CutSuf], int32(i))
	}
	return ix
}

// candidates appends the numbers of the scripts applicable to form.
func (ix *scriptIndex) candidates(buf []int32, form string) []int32 {
	i := len(form)
	for k := 0; k <= maxCut; k++ {
		for _, c := range ix.bySuffix[form[i:]] {
			if ix.scripts[c].applies(form) {
				buf = append(buf, c)
			}
		}
		if i == 0 {
			break
		}
		_, size := utf8.DecodeLastRuneInString(form[:i])
		i -= size
	}
	return buf
}
