package rasid

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// The archive: analysed articles kept with their search index. The types
// below are the contract between the storage (package sqlite today, a
// PostgreSQL implementation later), the CLI (rasid ingest, search, quotes,
// entity, stats) and the HTTP API. Their JSON field names are public
// (docs/search.md): add fields, never rename them.

// Article is the metadata of one archived article.
type Article struct {
	// ID is the record's id as ingested (a JSON-lines id, a file path, a
	// zip entry with its index); unique in an archive.
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"`
	Author string `json:"author,omitempty"`
	// Published is the publication date; the zero time means unknown.
	Published time.Time `json:"-"`
	// Date is Published as YYYY-MM-DD, empty when unknown (set by the store).
	Date string `json:"date,omitempty"`
	// Ingested is when the current version was stored.
	Ingested time.Time `json:"ingested"`
	// Hash is the hex SHA-256 of the original text, byte for byte.
	Hash string `json:"hash"`
	// Words is the number of word tokens (Arabic, Latin, numbers).
	Words int `json:"words"`
	// Bytes is the length of the original text in bytes.
	Bytes int `json:"bytes"`
	// Story groups the versions of one story: exact duplicates (same
	// normalised text) and near-duplicates (MinHash). It is the story's
	// first article's internal number; equal values mean the same story.
	Story int64 `json:"story"`
	// DuplicateOf is the id of an earlier article with the same normalised
	// text, empty when the text is new to the archive.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Record is one article to store: its metadata and its analysed document.
// Doc.Text is the original text, stored byte for byte; Doc.ID equals
// Article.ID.
type Record struct {
	Article Article
	Doc     *Document
	// TitleDoc is Article.Title analysed (tokens and words at least); its
	// words are indexed with the text's, so a search finds an article by
	// its title too. Optional.
	TitleDoc *Document
	// Prepared is what a Preparer computed from the record for its Put;
	// nil until then. Only that store reads it.
	Prepared any
}

// Preparer is implemented by a Store that can do the per-article part of
// Put that needs no database (hashes, index terms, the stored form of the
// layers) beforehand, on the caller's goroutines: ingest calls it on the
// analysing workers, so that the one writer only writes. Prepare may
// replace r.Doc and r.TitleDoc with lighter documents that keep only what
// Put still needs (the text and the entity, title and quote layers); the
// record must then go to the same store's Put.
type Preparer interface {
	Prepare(r *Record) error
}

// Put outcomes.
const (
	PutNew       = "new"       // the id was not in the archive
	PutUnchanged = "unchanged" // same id, same text hash and metadata: nothing written
	PutUpdated   = "updated"   // same id, another text or metadata: replaced
)

// PutResult tells what happened to one Record.
type PutResult struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PutNew, PutUnchanged or PutUpdated
	// Duplicate is true when the text equals (after normalisation) an
	// earlier article's; NearDuplicate when it joined an existing story by
	// MinHash similarity.
	Duplicate     bool  `json:"duplicate,omitempty"`
	NearDuplicate bool  `json:"near_duplicate,omitempty"`
	Story         int64 `json:"story"`
}

// Store is the writing side of an archive.
//
// Put stores every record of a batch in one transaction: an article's text,
// metadata, layers and index entries land together or not at all, and a
// reader never sees half an article. Put is not safe for concurrent use:
// one writer per archive (a second one waits or fails with a busy error).
type Store interface {
	Put(ctx context.Context, batch []Record) ([]PutResult, error)
	// Hashes returns, for each id already in the archive, its text hash;
	// ingest uses it to skip unchanged records before analysing them.
	Hashes(ctx context.Context, ids []string) (map[string]string, error)
	Close() error
}

// Searcher is the reading side of an archive. It is safe for concurrent use
// by many goroutines, and keeps answering while a Store writes to the same
// archive (readers see the batches committed before their call began).
//
// Errors: a malformed query or argument is an *Error with Code EInvalid and
// a message naming the problem and its position; an unknown article or
// entity is an *Error with Code ENotFound. Any other error is internal.
type Searcher interface {
	// Search runs a query in the query language of docs/search.md.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)
	// Quotes lists the quotes of a speaker, newest first, optionally only
	// those whose words match q.Query.
	Quotes(ctx context.Context, q QuoteQuery) (*QuoteResult, error)
	// Entity returns the page of an entity given by its canonical name or
	// any alias seen in the archive.
	Entity(ctx context.Context, name string, opt EntityQuery) (*EntityPage, error)
	// Stats describes the whole archive.
	Stats(ctx context.Context) (*Stats, error)
	// Article returns an article's metadata and its stored document in the
	// JSON format of docs/json.md (code point offsets, every layer).
	Article(ctx context.Context, id string) (*Article, json.RawMessage, error)
	Close() error
}

// Sort orders of SearchQuery.Sort.
const (
	SortRelevance = "relevance" // BM25 score, best first (the default)
	SortDate      = "date"      // newest first, then by score
	SortDateAsc   = "date-asc"  // oldest first
)

// SearchQuery is one search request.
type SearchQuery struct {
	Query  string `json:"query"`  // docs/search.md
	Limit  int    `json:"limit"`  // hits to return; 0 means 10; at most 1000
	Offset int    `json:"offset"` // hits to skip
	Sort   string `json:"sort"`   // SortRelevance (empty) or SortDate
	// AllVersions returns every version of a story; by default one hit per
	// story (its best-scoring version) with Hit.Versions counting them.
	AllVersions bool `json:"all_versions"`
	// Facets asks for SearchResult.Facets.
	Facets bool `json:"facets"`
	// Lenient searches a query that does not parse as plain words
	// (operators and quotes dropped) instead of failing: for natural
	// language questions that may hold a stray quote.
	Lenient bool `json:"lenient,omitempty"`
	// SnippetRunes is the approximate length of snippets; 0 means 200.
	SnippetRunes int `json:"snippet_runes,omitempty"`
}

// SearchResult is the answer to a SearchQuery.
type SearchResult struct {
	// Total is the number of hits before offset and limit (stories, or
	// articles with AllVersions).
	Total   int     `json:"total"`
	Results []Hit   `json:"results"`
	Facets  *Facets `json:"facets,omitempty"`
	// Took is the time the search took, in milliseconds.
	Took float64 `json:"took_ms"`
}

// Hit is one search result.
type Hit struct {
	ID     string  `json:"id"`
	Score  float64 `json:"score"`
	Title  string  `json:"title"`
	Date   string  `json:"date"` // YYYY-MM-DD or empty
	Source string  `json:"source"`
	URL    string  `json:"url,omitempty"`
	// Snippet is cut from the original text around the best match.
	Snippet string `json:"snippet"`
	// Highlights are the matched words in Snippet, as half-open code point
	// offsets into Snippet.
	Highlights []CharSpan `json:"highlights"`
	// Versions is the number of articles of the hit's story that match
	// (1 with AllVersions).
	Versions int   `json:"versions"`
	Story    int64 `json:"story"`
	// Topic is the article's most probable topic label (layer topics),
	// empty when it was archived without one.
	Topic string `json:"topic,omitempty"`
	// Keyphrases are the texts of the article's best keyphrases (layer
	// keyphrases, at most five), best first.
	Keyphrases []string `json:"keyphrases,omitempty"`
}

// CharSpan is a half-open range of code point offsets.
type CharSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Facets summarise all the hits of a search (not only the page returned).
type Facets struct {
	Sources  []Count       `json:"sources"`
	Entities []EntityCount `json:"entities"` // top entities of each type
	Days     []Count       `json:"days"`     // by publication day, in date order
	// Topics count the hits by their most probable topic, most frequent
	// first (articles without a topic are not counted).
	Topics []Count `json:"topics"`
	// Keyphrases are the ten keyphrases most frequent among the best hits
	// (as the entities); Value is the phrase as written, for keyphrase:.
	Keyphrases []Count `json:"keyphrases"`
}

// Count is a value with the number of articles that have it.
type Count struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// EntityCount is an entity with the number of articles that mention it.
type EntityCount struct {
	Name  string `json:"name"` // canonical name
	Type  string `json:"type"` // PER, ORG, LOC, MISC
	Count int    `json:"count"`
}

// QuoteQuery asks for the quotes of a speaker.
type QuoteQuery struct {
	Speaker string `json:"speaker"` // canonical name or an alias
	Query   string `json:"query"`   // optional words the quote must contain
	Limit   int    `json:"limit"`   // 0 means 20
	Offset  int    `json:"offset"`
}

// QuoteResult is the answer to a QuoteQuery.
type QuoteResult struct {
	Total  int        `json:"total"`
	Quotes []QuoteHit `json:"quotes"`
}

// QuoteHit is one quotation found in the archive.
type QuoteHit struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Source    string `json:"source"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"` // direct or indirect
	Text      string `json:"text"`
	Cue       string `json:"cue,omitempty"`
	// Start and End are code point offsets of the quote in the article.
	Start int `json:"start"`
	End   int `json:"end"`
}

// EntityQuery limits the lists of an EntityPage.
type EntityQuery struct {
	Quotes      int `json:"quotes"`       // latest quotes; 0 means 10
	CoOccurring int `json:"co_occurring"` // 0 means 20
}

// EntityPage gathers what the archive knows about one entity.
type EntityPage struct {
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	// Aliases are the spellings seen for it, most frequent first.
	Aliases []Count `json:"aliases"`
	// Titles are the titles seen with a person, most frequent first.
	Titles        []Count       `json:"titles"`
	Articles      int           `json:"articles"`
	Mentions      int           `json:"mentions"`
	MentionsByDay []Count       `json:"mentions_by_day"` // articles a day, in date order
	CoOccurring   []EntityCount `json:"co_occurring"`
	Quotes        []QuoteHit    `json:"quotes"` // newest first
}

// Stats describes an archive.
type Stats struct {
	Articles   int    `json:"articles"`
	Words      int64  `json:"words"`
	Stories    int    `json:"stories"`
	Duplicates int    `json:"duplicates"` // articles whose normalised text was already there
	Entities   int    `json:"entities"`   // distinct canonical entities
	Mentions   int64  `json:"mentions"`
	Quotes     int    `json:"quotes"`
	Sources    int    `json:"sources"`
	First      string `json:"first"` // earliest publication date, YYYY-MM-DD
	Last       string `json:"last"`
	Bytes      int64  `json:"bytes"`      // size of the archive file(s) on disk
	TextBytes  int64  `json:"text_bytes"` // original text stored
	Schema     int    `json:"schema"`     // archive schema version
}

// Error codes of *Error; the HTTP API maps them to statuses.
const (
	EInvalid  = "invalid"   // bad query or argument (400)
	ENotFound = "not_found" // unknown article or entity (404)
	EInternal = "internal"  // anything else (500)
)

// Error is an error with a code for callers that must tell a bad request
// from a missing thing from a failure.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for other errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}
