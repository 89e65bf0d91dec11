// Package rasid turns Arabic news text into structured facts.
//
// Input → output: raw article text (UTF-8) → a Document that owns the text
// byte for byte and carries every layer (sentences, tokens, words, entities,
// dates, quotes) as half-open byte spans into it. The annotators that fill the
// layers live in their own packages (tokenize, morph, entity, dates, quotes);
// this package holds the domain types, the Annotator interface and the
// Pipeline that runs them in order.
package rasid

import (
	"time"
)

// SchemaVersion is the version of the JSON document format (docs/json.md).
// It grows when fields are added; fields are never renamed.
const SchemaVersion = 2

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
// Both offsets sit on UTF-8 boundaries.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Document is one article. Text is the input, byte for byte, and is never
// rewritten by any annotator; every layer refers to it by byte spans.
type Document struct {
	// ID is an optional caller-chosen identifier (file name, JSON-lines id).
	ID string
	// Text is the original article text, valid UTF-8.
	Text string
	// Date is the publication date, used to resolve relative dates. The
	// zero time means unknown.
	Date time.Time
	// Title is the headline when the input gives it apart from the text
	// (a JSON-lines "title" beside "text"). It is not part of Text and no
	// span refers to it; the topic classifier reads it.
	Title string

	Sentences []Span
	Tokens    []Token
	Entities  []Entity
	Titles    []Title
	Dates     []DateMention
	Quotes    []Quote

	// Reading aids (issue 14): the topic distribution, best first; the
	// keyphrases, best first; the summary sentences, in text order.
	Topics     []Topic
	Keyphrases []Keyphrase
	Summary    []Span

	// Warnings collects non-fatal problems found while reading or
	// annotating (for example invalid bytes replaced in lenient mode).
	Warnings []string

	// Arena, when set, is the memory the annotators take the tokens'
	// words and segments from (see Arena); it is not part of the
	// document's content.
	Arena *Arena
}

// TokenKind classifies a surface token.
type TokenKind uint8

// Token kinds. The names returned by String are part of the JSON contract.
const (
	Arabic  TokenKind = iota // Arabic-script word
	Latin                    // Latin-script word (or other alphabetic script)
	Number                   // 12, ٣٫٥, 1,000, 45%, 3rd
	DateTok                  // 12/2/2022, 2022-02-12
	Time                     // 10:30
	URL                      // https://example.org/x
	Email                    // name@example.org
	Hashtag                  // #وسم
	Mention                  // @name
	Punct                    // . ، ؛ « » ( )
	Symbol                   // $ + = ©
	Emoji                    // 😀
)

var kindNames = [...]string{
	Arabic:  "arabic",
	Latin:   "latin",
	Number:  "number",
	DateTok: "date",
	Time:    "time",
	URL:     "url",
	Email:   "email",
	Hashtag: "hashtag",
	Mention: "mention",
	Punct:   "punct",
	Symbol:  "symbol",
	Emoji:   "emoji",
}

// String returns the kind's name as used in JSON output.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is a surface token: what the reader sees between spaces and
// punctuation (وبالاتفاق, wa-bi-l-ittifaq, "and by the agreement"). Its Words
// are what grammar sees (و + ب + الاتفاق).
type Token struct {
	Span
	// Norm is the normalised form used for matching (normalize.Default).
	Norm string
	Kind TokenKind
	// Words are the syntactic words inside the token, filled by morph.
	Words []Word
	// Segments is the fine-grained (ATB/Farasa) segmentation of the token,
	// for example ["و", "ب", "ال", "اتفاق"]; filled by morph.
	Segments []string
}

// Word is one syntactic word inside a token. Its Form is the
// dictionary-style form and may differ from the letters it covers: in لل
// (li-l, "for the") the two words are ل and ال, and ة written ت before a
// suffix is restored. Span is the part of the token's text the word covers
// (best effort where letters are restored or elided).
type Word struct {
	Span
	Form     string
	UPOS     string // UD v2 universal part of speech
	Lemma    string // undiacritized lemma
	LemmaVoc string // diacritized lemma where the model knows it
	Stem     string // light stem for search
	Root     string // 3 or 4 consonants, empty for particles and foreign names
	Feats    string // UD FEATS, e.g. "Gender=Fem|Number=Sing"
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Entity is one mention of a named entity. The span covers the name only: no
// title, no attached proclitic.
type Entity struct {
	Span
	Type string // PER, ORG, LOC or MISC
	// Canonical is the entity's full name: the gazetteer's canonical form
	// for a known alias (which need not appear in the text), else the longest
	// mention in the document holding this one's words, else the mention
	// as written (docs/ner.md).
	Canonical string
}

// Title is a title or role attached to a person ("وزير الخارجية الروسي").
type Title struct {
	Span
	// Person is the canonical name of the person holding the title.
	Person string
	// Title is the title's text.
	Title string
}

// DateMention is a temporal expression resolved against Document.Date.
type DateMention struct {
	Span
	// Value is an ISO 8601 value (2022-02-12, 2022-02, 2022-W07, P3D,
	// T10:30, 2022-02-10/2022-02-20) or "UNKNOWN".
	Value string
	// Kind is "date", "time", "duration", "set" or "range".
	Kind string
	// Hijri is the Hijri value (1443-07-11) for dates written in the Hijri
	// calendar, or converted to it; empty otherwise.
	Hijri string
	// Calendar tells how a Hijri date was converted: "umalqura" or
	// "arithmetic"; empty for Gregorian input.
	Calendar string
	// Ref is the TimeML reference of a vague expression whose Value is
	// "UNKNOWN": "PAST_REF" (مؤخراً), "PRESENT_REF" (حالياً) or
	// "FUTURE_REF" (مستقبلاً); empty otherwise.
	Ref string
	// Timex is TimeML's TIMEX3 value where it differs from Value, for the
	// expressions ISO 8601 cannot write: a season ("2015-SU"), a weekend
	// ("2015-W32-WE") or a count not given ("PXM"), whose Value is
	// "UNKNOWN", and a decade or a century ("196", "19"; Value "196X",
	// "19XX"); empty otherwise.
	Timex string
}

// Speaker is the source of a quotation.
type Speaker struct {
	// Name is the speaker's canonical name, or a descriptive source
	// ("مصدر أمني") when no name is given.
	Name string
	// Span is where the speaker is mentioned for this quote (zero when the
	// speaker is carried over from an earlier sentence).
	Span
}

// Quote is a direct or indirect quotation.
type Quote struct {
	// Span is the content: inside the marks for direct quotes, after إن/أن
	// or the colon for indirect ones.
	Span
	Kind string // "direct" or "indirect"
	// Cue is the reporting verb, participle or attribution phrase as written.
	Cue     Span
	Speaker Speaker
}

// Topic is one label of the topic classifier with its probability.
type Topic struct {
	Label string  // one of the model's labels (ANT: culture, economy, sport…)
	Score float64 // calibrated probability; the scores of a document sum to 1
}

// Keyphrase is a phrase that says what the document is about: a multi-word
// noun phrase or a named entity. Span is its first occurrence.
type Keyphrase struct {
	Span
	// Text is the phrase as first written, without attached proclitics.
	Text string
	// Lemma is the phrase's key: the lemmas of its words (for an entity,
	// its canonical name), normalised; phrases are unique by Lemma.
	Lemma string
	// Score ranks the phrases of a document (higher is better); it is not
	// comparable across documents.
	Score float64
}
