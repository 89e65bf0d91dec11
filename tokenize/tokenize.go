// Package tokenize splits Arabic news text into tokens and sentences.
//
// Input → output: a text → tokens (byte spans into the text, with a kind and
// a normalised form) → sentences (byte spans covering whole tokens). The text
// is never modified: every non-space character belongs to exactly one token,
// so concatenating the tokens' text and the spaces between them gives the
// text back. Format controls (bidi marks, zero-width spaces and joiners, the
// BOM) between tokens count as spacing; inside a word they stay in the token.
//
// The scanner is table-driven: runes below U+0800 (ASCII, Latin-1, Arabic)
// are classified by a lookup table, the rest by the unicode package.
package tokenize

import (
	"strings"
	"sync"

	"context"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/arabic"
	"github.com/rasid/rasid/normalize"
)

// class is the scanner's class of a rune.
type class uint8

const (
	cOther  class = iota // symbol or anything unclassified
	cSpace               // white space, including format controls
	cArabic              // Arabic letter
	cMark                // combining mark
	cTatweel
	cDigit
	cLatin // letter of any other script
	cPunct
	cEmoji
)

var lowClass = buildLowClass()

func buildLowClass() *[0x800]class {
	var t [0x800]class
	for r := rune(0); r < 0x800; r++ {
		t[r] = slowClass(r)
	}
	return &t
}

func slowClass(r rune) class {
	switch {
	case r == '\u200C' || r == '\u200D':
		// ZWNJ and ZWJ join inside words; between tokens the scanner
		// treats them as spacing (see scanArabic).
		return cSpace
	case unicode.IsSpace(r), r == '\uFEFF', r == '\u061C', r >= 0x200B && r <= 0x200F,
		r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return cSpace
	case r == arabic.Tatweel:
		return cTatweel
	case arabic.IsDigit(r):
		return cDigit
	case arabic.IsLetter(r):
		return cArabic
	case arabic.IsMark(r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
		return cMark
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE:
		// presentation forms of Arabic letters and ligatures
		if unicode.IsLetter(r) {
			return cArabic
		}
	case unicode.IsLetter(r):
		return cLatin
	case isEmoji(r):
		return cEmoji
	case unicode.IsPunct(r):
		return cPunct
	case unicode.IsDigit(r):
		return cDigit
	}
	return cOther
}

func isEmoji(r rune) bool {
	return (r >= 0x1F300 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) ||
		(r >= 0x1F000 && r <= 0x1F2FF) || (r >= 0x2B00 && r <= 0x2BFF) || r == 0x203C || r == 0x2049
}

func classOf(r rune) class {
	if r < 0x800 {
		return lowClass[r]
	}
	return slowClass(r)
}

// decode returns the rune at s[i:] and its class.
func decode(s string, i int) (rune, int, class) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, lowClass[c]
	}
	// fast path for two-byte sequences (Arabic, Latin-1): U+0080–U+07FF
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		return r, 2, lowClass[r]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return r, 1, cOther
	}
	return r, size, classOf(r)
}

// Tokenizer splits text into tokens and sentences.
type Tokenizer struct {
	norm *normalize.Normalizer
	// changes[r] tells whether norm changes the rune r (r < U+0800), so
	// that Arabic words learn whether they need normalising while they are
	// scanned.
	changes *[0x800]bool
}

// New returns a Tokenizer whose tokens carry Norm under the Default profile.
func New() *Tokenizer { return newTokenizer(normalize.DefaultNormalizer()) }

// NewWithFold returns a Tokenizer whose token Norm uses the given folds.
func NewWithFold(f normalize.Fold) *Tokenizer { return newTokenizer(normalize.New(f)) }

func newTokenizer(n *normalize.Normalizer) *Tokenizer {
	t := &Tokenizer{norm: n, changes: new([0x800]bool)}
	for r := rune(0); r < 0x800; r++ {
		t.changes[r] = n.ChangesRune(r)
	}
	return t
}

// scanArabicFast is scanArabic for the common case: it runs over two-byte
// Arabic letters and marks with table lookups only, and reports whether any
// of them changes under normalisation. At anything else it hands over to
// scanArabic (changed is then only a hint: true means "check").
func (t *Tokenizer) scanArabicFast(s string, i int) (end int, changed bool) {
	j := i
	for j+1 < len(s) {
		c := s[j]
		if c < 0xC2 || c > 0xDF || s[j+1]&0xC0 != 0x80 {
			break
		}
		r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
		cl := lowClass[r]
		if cl != cArabic && cl != cMark {
			break
		}
		changed = changed || t.changes[r]
		j += 2
	}
	if j < len(s) {
		if r, _, cl := decode(s, j); cl == cArabic || cl == cMark || cl == cTatweel || r == '\u200C' || r == '\u200D' {
			// tatweel, joiners or a rare letter: the full scanner decides
			return scanArabic(s, i), true
		}
	}
	return j, changed
}

// Tokens appends the tokens of text to dst and returns it. Every token's
// Norm is a substring of one string allocated per call.
func (t *Tokenizer) Tokens(text string, dst []rasid.Token) []rasid.Token {
	// Changed norms are written into one buffer, turned into one string at
	// the end; refs records which token's norm sits where in it (working
	// memory taken from a pool: it is not kept past the call).
	var buf []byte
	var refs []normRef
	var pooled *[]normRef
	for i := 0; i < len(text); {
		r, size, cl := decode(text, i)
		if cl == cSpace {
			i += size
			continue
		}
		var end int
		var kind rasid.TokenKind
		check := true
		if cl == cArabic {
			end, check = t.scanArabicFast(text, i)
			kind = rasid.Arabic
		} else {
			end, kind = scan(text, i, r, size, cl)
		}
		if end <= i { // never loop forever
			end = i + size
		}
		surf := text[i:end]
		dst = append(dst, rasid.Token{Span: rasid.Span{Start: i, End: end}, Kind: kind, Norm: surf})
		if check && t.norm.Changes(surf) {
			if buf == nil {
				// about a third of the bytes of news text change
				buf = make([]byte, 0, len(text)/3+16)
				pooled = refPool.Get().(*[]normRef)
				refs = (*pooled)[:0]
			}
			s := len(buf)
			buf = t.norm.Append(buf, surf)
			refs = append(refs, normRef{int32(len(dst) - 1), int32(s), int32(len(buf))})
		}
		i = end
	}
	if len(buf) > 0 {
		// buf is never written again: share its bytes instead of copying.
		all := unsafe.String(unsafe.SliceData(buf), len(buf))
		for _, ref := range refs {
			dst[ref.tok].Norm = all[ref.start:ref.end]
		}
	}
	if pooled != nil && cap(refs) <= maxPooledRefs {
		*pooled = refs[:0]
		refPool.Put(pooled)
	}
	return dst
}

// normRef places a token's changed norm in the buffer of Tokens.
type normRef struct{ tok, start, end int32 }

// refPool keeps Tokens' lists of changed norms from one call to the next
// (a very long text's is left to the collector).
var refPool = sync.Pool{New: func() any { return new([]normRef) }}

const maxPooledRefs = 1 << 16

// scan returns the end of the token starting at i with rune r.
func scan(s string, i int, r rune, size int, cl class) (int, rasid.TokenKind) {
	switch cl {
	case cArabic, cTatweel:
		return scanArabic(s, i), rasid.Arabic
	case cMark:
		// a stray mark: keep it with following marks as a symbol
		j := i + size
		for j < len(s) {
			_, sz, c := decode(s, j)
			if c != cMark {
				break
			}
			j += sz
		}
		return j, rasid.Symbol
	case cDigit:
		return scanNumber(s, i)
	case cLatin:
		if end, kind, ok := scanURLOrEmail(s, i); ok {
			return end, kind
		}
		return scanLatin(s, i), rasid.Latin
	case cEmoji:
		return scanEmoji(s, i), rasid.Emoji
	case cPunct, cOther:
		switch r {
		case '#':
			if j := scanTag(s, i+1, true); j > i+1 {
				return j, rasid.Hashtag
			}
		case '@':
			if j := scanTag(s, i+1, false); j > i+1 {
				return j, rasid.Mention
			}
		case '.':
			j := i + 1
			for j < len(s) && s[j] == '.' {
				j++
			}
			return j, rasid.Punct
		}
		if cl == cPunct {
			return i + size, rasid.Punct
		}
		if isEmojiModifier(r) || r == '\uFE0F' {
			return scanEmoji(s, i), rasid.Emoji
		}
		return i + size, rasid.Symbol
	}
	return i + size, rasid.Symbol
}

// scanArabic scans an Arabic word: letters, marks, tatweel and joiners. A
// tatweel that is followed by something other than an Arabic letter ends
// the token: in الـ12 (al-12, "the 12th") and الـ"ناتو" the article is a
// token of its own.
func scanArabic(s string, i int) int {
	j := i
	for j < len(s) {
		r, size, cl := decode(s, j)
		switch cl {
		case cArabic, cMark:
			j += size
			continue
		case cTatweel:
			j += size
			if j < len(s) {
				_, _, next := decode(s, j)
				if next != cArabic && next != cTatweel && next != cMark {
					return j
				}
			}
			continue
		case cSpace:
			// ZWNJ/ZWJ inside a word belong to it.
			if (r == '\u200C' || r == '\u200D') && j > i && j+size < len(s) {
				_, _, next := decode(s, j+size)
				if next == cArabic {
					j += size
					continue
				}
			}
		}
		return j
	}
	return j
}

func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// digitRun returns the end of the run of digits (any script) at i.
func digitRun(s string, i int) int {
	for i < len(s) {
		if isASCIIDigit(s[i]) {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !arabic.IsDigit(r) {
			return i
		}
		i += size
	}
	return i
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isDigitAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return r >= 0 && arabic.IsDigit(r)
}

// countDigits counts the digits (runes) in s[i:j].
func countDigits(s string, i, j int) int { return utf8.RuneCountInString(s[i:j]) }

// scanNumber scans a number, a date (12/2/2022, 2022-02-12) or a time (10:30).
func scanNumber(s string, i int) (int, rasid.TokenKind) {
	j := digitRun(s, i)
	n1 := countDigits(s, i, j)
	if end, ok := timeEnd(s, j, n1); ok {
		return end, rasid.Time
	}
	if end, ok := dateEnd(s, j, n1); ok {
		return end, rasid.DateTok
	}
	return numberEnd(s, groupsEnd(s, j))
}

// timeEnd ends a time (d{1,2}:dd(:dd)?) whose first group of n1 digits
// ends at j.
func timeEnd(s string, j, n1 int) (int, bool) {
	if n1 > 2 || j >= len(s) || s[j] != ':' || !isDigitAt(s, j+1) {
		return 0, false
	}
	k := digitRun(s, j+1)
	if countDigits(s, j+1, k) != 2 {
		return 0, false
	}
	if k < len(s) && s[k] == ':' && isDigitAt(s, k+1) {
		if m := digitRun(s, k+1); countDigits(s, k+1, m) == 2 {
			return m, true
		}
	}
	return k, true
}

// dateEnd ends a date of three digit groups with the same separator (/, -
// or .), day first (1-2, 1-2, 2 or 4 digits) or year first (4, 1-2, 1-2),
// whose first group of n1 digits ends at j.
func dateEnd(s string, j, n1 int) (int, bool) {
	if j >= len(s) || (s[j] != '/' && s[j] != '-' && s[j] != '.') || !isDigitAt(s, j+1) {
		return 0, false
	}
	sep := s[j]
	k := digitRun(s, j+1)
	n2 := countDigits(s, j+1, k)
	if k >= len(s) || s[k] != sep || !isDigitAt(s, k+1) {
		return 0, false
	}
	m := digitRun(s, k+1)
	n3 := countDigits(s, k+1, m)
	if (n1 <= 2 && n2 <= 2 && (n3 == 4 || n3 == 2)) || (n1 == 4 && n2 <= 2 && n3 <= 2) {
		return m, true
	}
	return 0, false
}

// groupsEnd ends the digit groups of a number with separators (1,000.5
// ٣٫٥ ١٬٠٠٠) whose first group ends at j.
func groupsEnd(s string, j int) int {
	for j < len(s) {
		r, size := runeAt(s, j)
		if (r == '.' || r == ',' || r == arabic.DecimalSeparator || r == arabic.ThousandsSep) && isDigitAt(s, j+size) {
			j = digitRun(s, j+size)
			continue
		}
		break
	}
	return j
}

// numberEnd takes what may follow the digits of a number ending at j: a
// percent sign, a Latin ordinal suffix (1st 2nd 3rd 4th), or up to three
// Latin letters and digits glued on (4G, 3D, 5G: a Latin token; G20 is
// Latin from its start).
func numberEnd(s string, j int) (int, rasid.TokenKind) {
	if r, size := runeAt(s, j); r == '%' || r == arabic.PercentSign {
		return j + size, rasid.Number
	}
	if j+2 <= len(s) {
		suf := s[j : j+2]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if j+2 == len(s) || !isASCIILetter(s[j+2]) {
				return j + 2, rasid.Number
			}
		}
	}
	if j < len(s) && isASCIILetter(s[j]) {
		k := j
		for k < len(s) && (isASCIILetter(s[k]) || isASCIIDigit(s[k])) {
			k++
		}
		if k-j <= 3 {
			return k, rasid.Latin
		}
	}
	return j, rasid.Number
}

// scanLatin scans a word in a non-Arabic script: letters, digits, marks and
// an inner apostrophe (O'Brien). Dotted acronyms (U.S.) are one token.
func scanLatin(s string, i int) int {
	j := i
	letters := 0
	for j < len(s) {
		r, size, cl := decode(s, j)
		if cl == cLatin || cl == cMark || (cl == cDigit && r < utf8.RuneSelf) {
			j += size
			letters++
			continue
		}
		if (r == '\'' || r == '’') && j > i {
			if r2, _, c2 := decode2(s, j+size); c2 == cLatin && r2 != 0 {
				j += size
				continue
			}
		}
		break
	}
	// dotted acronym: X.Y. or X.Y.Z
	if letters == 1 && j < len(s) && s[j] == '.' {
		k := j
		for k+2 <= len(s) && s[k] == '.' && k+1 < len(s) && isASCIILetter(s[k+1]) && (k+2 == len(s) || !isASCIILetter(s[k+2])) {
			k += 2
		}
		if k > j {
			if k < len(s) && s[k] == '.' {
				k++
			}
			return k
		}
	}
	return j
}

func decode2(s string, i int) (rune, int, class) {
	if i >= len(s) {
		return 0, 0, cSpace
	}
	return decode(s, i)
}

// scanURLOrEmail recognises URLs (scheme:// or www.) and e-mail addresses
// starting at i.
func scanURLOrEmail(s string, i int) (int, rasid.TokenKind, bool) {
	rest := s[i:]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "ftp://") || hasPrefixFold(rest, "www.") {
		return urlEnd(s, i), rasid.URL, true
	}
	if k, ok := emailEnd(s, i); ok {
		return k, rasid.Email, true
	}
	return 0, 0, false
}

// urlEnd ends a URL starting at i: at a space, a quotation mark, an Arabic
// comma or an angle bracket, without the punctuation that ends a sentence
// or closes a parenthesis after it.
func urlEnd(s string, i int) int {
	j := i
	for j < len(s) {
		_, size, cl := decode(s, j)
		if cl == cSpace {
			break
		}
		r, _ := runeAt(s, j)
		if r == '«' || r == '»' || r == '،' || r == '"' || r == '“' || r == '”' || r == '<' || r == '>' {
			break
		}
		j += size
	}
	for j > i && strings.IndexByte(".,;:!?)'", s[j-1]) >= 0 {
		j--
	}
	return j
}

// emailEnd ends an e-mail address (local@domain.tld, ASCII only) starting
// at i; the domain needs a dot inside it.
func emailEnd(s string, i int) (int, bool) {
	j := i
	for j < len(s) && isEmailLocal(s[j]) {
		j++
	}
	if j >= len(s) || j == i || s[j] != '@' {
		return 0, false
	}
	k := j + 1
	dot := -1
	for k < len(s) && (isASCIILetter(s[k]) || isASCIIDigit(s[k]) || s[k] == '-' || s[k] == '.') {
		if s[k] == '.' {
			dot = k
		}
		k++
	}
	for k > j+1 && s[k-1] == '.' {
		k--
	}
	if dot > j+1 && dot < k-1 {
		return k, true
	}
	return 0, false
}

func isEmailLocal(c byte) bool {
	return isASCIILetter(c) || isASCIIDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// scanTag scans the body of a hashtag (letters of any script, digits,
// marks, tatweel, underscore) or of a mention (ASCII letters, digits,
// underscore, dot inside).
func scanTag(s string, i int, hashtag bool) int {
	j := i
	for j < len(s) {
		r, size, cl := decode(s, j)
		ok := r == '_'
		if hashtag {
			ok = ok || cl == cArabic || cl == cLatin || cl == cDigit || cl == cMark || cl == cTatweel
		} else {
			ok = ok || (r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isASCIIDigit(byte(r))))
		}
		if !ok {
			break
		}
		j += size
	}
	return j
}

func isEmojiModifier(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF }

// scanEmoji scans an emoji with its modifiers, variation selectors and
// ZWJ sequences.
func scanEmoji(s string, i int) int {
	_, size := runeAt(s, i)
	j := i + size
	for j < len(s) {
		r, sz := runeAt(s, j)
		switch {
		case r == '\uFE0F' || r == '\uFE0E' || isEmojiModifier(r) || (r >= 0xE0020 && r <= 0xE007F) || r == 0x20E3:
			j += sz
		case r == '\u200D':
			r2, sz2 := runeAt(s, j+sz)
			if r2 >= 0 && isEmoji(r2) {
				j += sz + sz2
				continue
			}
			return j
		case r >= 0x1F1E6 && r <= 0x1F1FF: // second regional indicator of a flag
			r0, _ := runeAt(s, i)
			if r0 >= 0x1F1E6 && r0 <= 0x1F1FF && j == i+size {
				j += sz
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// Annotator fills the sentences and tokens layers.
type Annotator struct{ t *Tokenizer }

// NewAnnotator returns the tokenizing annotator.
func NewAnnotator() *Annotator { return &Annotator{t: New()} }

// Name implements rasid.Annotator.
func (a *Annotator) Name() string { return "tokenize" }

// Requires implements rasid.Dependent.
func (a *Annotator) Requires() []string { return nil }

// Provides implements rasid.Dependent.
func (a *Annotator) Provides() []string {
	return []string{rasid.LayerTokens, rasid.LayerSentences}
}

// Annotate implements rasid.Annotator.
func (a *Annotator) Annotate(ctx context.Context, d *rasid.Document) error {
	// news text averages six to ten bytes a token: one allocation usually
	// holds them all (a caller may hand in a slice to reuse)
	if want := len(d.Text)/6 + 8; cap(d.Tokens) < want {
		d.Tokens = make([]rasid.Token, 0, want)
	}
	d.Tokens = a.t.Tokens(d.Text, d.Tokens[:0])
	d.Sentences = Sentences(d.Text, d.Tokens, d.Sentences[:0])
	return nil
}

// Classify returns the kind and normalised form of a single given token
// (for pretokenized input): the kind of the first token the scanner finds
// in it.
func (t *Tokenizer) Classify(tok string) (rasid.TokenKind, string) {
	kind := rasid.Symbol
	for i := 0; i < len(tok); {
		r, size, cl := decode(tok, i)
		if cl == cSpace {
			i += size
			continue
		}
		_, kind = scan(tok, i, r, size, cl)
		break
	}
	return kind, t.norm.String(tok)
}

// Given builds a Document from tokens given in sentences (pretokenized
// input such as ANERcorp): the text is the tokens joined by spaces, one
// sentence a line, and each token is classified as the tokenizer would.
func (t *Tokenizer) Given(sents [][]string) *rasid.Document {
	var b strings.Builder
	d := &rasid.Document{}
	for _, s := range sents {
		start := b.Len()
		for j, tok := range s {
			if j > 0 {
				b.WriteByte(' ')
			}
			ts := b.Len()
			b.WriteString(tok)
			d.Tokens = append(d.Tokens, rasid.Token{Span: rasid.Span{Start: ts, End: b.Len()}})
		}
		d.Sentences = append(d.Sentences, rasid.Span{Start: start, End: b.Len()})
		b.WriteByte('\n')
	}
	d.Text = b.String()
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		tk.Kind, tk.Norm = t.Classify(tk.In(d.Text))
	}
	return d
}
