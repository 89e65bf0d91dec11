package morph

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the role of a segment inside a token.
type Kind uint8

// Segment kinds. Proclitics and enclitics are words of their own in the UD
// scheme; the article and inflectional suffixes belong to the stem's word.
const (
	Proclitic Kind = iota // و ف ب ل ك س (wa, fa, bi, li, ka, sa)
	Article               // ال (al-, "the")
	Stem                  // the base
	Suffix                // inflectional suffix: ة ات ين ون ت وا …
	Enclitic              // object or possessive pronoun: ه ها هم ني نا …
)

var kindLetters = [...]byte{Proclitic: 'p', Article: 'a', Stem: 's', Suffix: 'x', Enclitic: 'e'}

// Seg is one segment of the fine-grained (ATB/Farasa) scheme.
type Seg struct {
	// Form is the segment as the scheme writes it: the letters it covers,
	// except the article of لل (li-l, "for the"), written ال but covering
	// one ل of the token.
	Form string
	// Tag is the Farasa part-of-speech tag (NOUN, V, DET, NSUFF, PRON…).
	Tag  string
	Kind Kind
	// Len is the number of letters of the token the segment covers.
	Len int
}

// Analysis is the segmentation of one token's letters (marks removed).
type Analysis struct {
	Letters string
	Segs    []Seg
}

// Forms returns the fine-grained segments' forms.
func (a Analysis) Forms() []string {
	out := make([]string, len(a.Segs))
	for i, s := range a.Segs {
		out[i] = s.Form
	}
	return out
}

// Tags returns the fine-grained segments' Farasa tags.
func (a Analysis) Tags() []string {
	out := make([]string, len(a.Segs))
	for i, s := range a.Segs {
		out[i] = s.Tag
	}
	return out
}

// udMask returns the rune offsets where a UD word starts inside the token
// (offset 0 excluded), as a bit set; offsets past 63 are ignored.
func udMask(segs []Seg) uint64 {
	var m uint64
	off := 0
	for i, s := range segs {
		if i > 0 && (s.Kind == Enclitic || segs[i-1].Kind == Proclitic) && off < 64 {
			m |= 1 << uint(off)
		}
		off += s.Len
	}
	return m
}

// encodeSegs writes segs as a stable string key: form/TAG/kind/len joined by "|".
func encodeSegs(segs []Seg) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(s.Form)
		b.WriteByte('/')
		b.WriteString(s.Tag)
		b.WriteByte('/')
		b.WriteByte(kindLetters[s.Kind])
		b.WriteString(strconv.Itoa(s.Len))
	}
	return b.String()
}

// decodeSegs is the inverse of encodeSegs.
func decodeSegs(s string) []Seg {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := make([]Seg, 0, len(parts))
	for _, p := range parts {
		f := strings.Split(p, "/")
		if len(f) != 3 || len(f[2]) < 2 {
			continue
		}
		var k Kind
		for i, c := range kindLetters {
			if c == f[2][0] {
				k = Kind(i)
			}
		}
		n, _ := strconv.Atoi(f[2][1:])
		out = append(out, Seg{Form: f[0], Tag: f[1], Kind: k, Len: n})
	}
	return out
}

// surface returns the letters covered by a run of segments.
func surface(segs []Seg) string {
	var b strings.Builder
	for _, s := range segs {
		if utf8.RuneCountInString(s.Form) == s.Len {
			b.WriteString(s.Form)
		} else {
			b.WriteString(tailRunes(s.Form, s.Len))
		}
	}
	return b.String()
}

// enclitics is the closed set of pronoun enclitics of the UD scheme.
var enclitics = map[string]bool{
	"ه": true, "ها": true, "هما": true, "هم": true, "هن": true,
	"ك": true, "كما": true, "كم": true, "كن": true,
	"ي": true, "ني": true, "نا": true,
}

// proclitics is the closed set of one-letter proclitics of the UD scheme.
var proclitics = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true, "س": true}

// udWord is one UD word of an analysis.
type udWord struct {
	start, end int    // rune offsets in the token's letters
	form       string // dictionary-style form
	stem       string // light stem
	segs       []Seg
}

// udWords groups an analysis' segments into UD words and repairs their
// spelling: the article of لل is written ال, ة written ت before an
// enclitic is restored, and ا or ي standing for a final ى before an
// enclitic is restored when the lexicon knows the ى form better.
func (m *Model) udWords(a Analysis) []udWord {
	var out []udWord
	off := 0
	i := 0
	segs := a.Segs
	for i < len(segs) {
		j := i + 1
		if segs[i].Kind != Proclitic && segs[i].Kind != Enclitic {
			for j < len(segs) && segs[j].Kind != Enclitic && segs[j].Kind != Proclitic {
				j++
			}
		}
		n := 0
		var form strings.Builder
		stem := ""
		for _, s := range segs[i:j] {
			n += s.Len
			form.WriteString(s.Form)
			if s.Kind == Stem {
				stem = s.Form
			}
		}
		f := form.String()
		if stem == "" {
			stem = f
		}
		hasEnc := j < len(segs) && segs[j].Kind == Enclitic
		if hasEnc && segs[j-1].Kind != Proclitic {
			f, stem = m.repairFinal(f, stem, segs[j-1])
		}
		out = append(out, udWord{start: off, end: off + n, form: f, stem: stem, segs: segs[i:j]})
		off += n
		i = j
	}
	return out
}

// repairFinal restores the dictionary spelling of a word written before an
// enclitic: حكومت+ه → حكومة, علي+ه → على, مستوا+ه → مستوى.
func (m *Model) repairFinal(f, stem string, last Seg) (string, string) {
	r := lastRune(f)
	switch {
	case r == teh && last.Kind == Suffix && last.Form == "ت" && last.Tag == "NSUFF":
		return f[:len(f)-len("ت")] + "ة", stem
	case m == nil:
	case r == teh && last.Kind == Stem && last.Tag != "V":
		g := f[:len(f)-len("ت")] + "ة"
		if m.freqOf(g) > m.freqOf(f) {
			return g, stem[:len(stem)-len("ت")] + "ة"
		}
	case r == yeh || r == alef:
		g := f[:len(f)-utf8.RuneLen(r)] + "ى"
		if m.freqOf(g) > m.freqOf(f) {
			if strings.HasSuffix(stem, string(r)) {
				stem = stem[:len(stem)-utf8.RuneLen(r)] + "ى"
			}
			return g, stem
		}
	case r == 'ئ' || r == 'ؤ':
		// شركائ+نا: the final hamza of شركاء sits on a seat.
		g := f[:len(f)-utf8.RuneLen(r)] + "ء"
		if m.freqOf(g) > m.freqOf(f) {
			if strings.HasSuffix(stem, string(r)) {
				stem = stem[:len(stem)-utf8.RuneLen(r)] + "ء"
			}
			return g, stem
		}
	case r == 'و':
		// كتبو+ها: the alef of -وا is not written before an enclitic.
		g := f + "ا"
		if m.freqOf(g) > m.freqOf(f) {
			return g, stem
		}
	}
	return f, stem
}

// mergeWords joins the words of a token that the UD split mask does not
// separate (treebank conventions such as لقد, la-qad, kept whole in PUD
// while the fine scheme splits ل+قد). letters are the token's letters.
func mergeWords(letters string, words []udWord, mask uint64) []udWord {
	var out []udWord
	for _, w := range words {
		if len(out) > 0 && (w.start >= 64 || mask&(1<<uint(w.start)) == 0) {
			last := &out[len(out)-1]
			stem := last.stem
			for _, s := range w.segs {
				if s.Kind == Stem {
					stem = w.stem
				}
			}
			last.end = w.end
			last.form = runeSlice(letters, last.start, last.end)
			last.stem = stem
			last.segs = append(last.segs[:len(last.segs):len(last.segs)], w.segs...)
			continue
		}
		out = append(out, w)
	}
	return out
}
