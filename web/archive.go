package web

import (
	"context"

	"github.com/rasid/rasid"
)

// Archive is what the server reads from the store of analysed articles.
type Archive interface {
	Search(ctx context.Context, q SearchQuery) (*SearchResults, error)
	// Article returns the stored article with id, or an error whose
	// NotFound method reports true.
	Article(ctx context.Context, id string) (*Article, error)
	Entity(ctx context.Context, name string) (*EntityPage, error)
	Quotes(ctx context.Context, q QuoteQuery) (*QuoteResults, error)
	Stats(ctx context.Context) (*Stats, error)
}

// SearchQuery is one search: Q in the query language of docs/search.md.
type SearchQuery struct {
	Q      string
	Limit  int
	Offset int
	// Sort is "relevance" (default) or "date" (newest first).
	Sort string
	// AllVersions lists every version of a story instead of one hit per
	// story.
	AllVersions bool
}

// SearchResults is a page of hits with the facets of the whole result set.
type SearchResults struct {
	Total   int    `json:"total"`
	Results []Hit  `json:"results"`
	Facets  Facets `json:"facets"`
}

// Hit is one search result.
type Hit struct {
	ID     string  `json:"id"`
	Score  float64 `json:"score"`
	Title  string  `json:"title"`
	Date   string  `json:"date"`
	Source string  `json:"source"`
	URL    string  `json:"url,omitempty"`
	// Snippet is the text around the matches, as plain text.
	Snippet string `json:"snippet"`
	// Highlights are the matched parts of Snippet, as code point offsets.
	Highlights []Range `json:"highlights,omitempty"`
	// Versions is the number of articles of the hit's story (1 when it
	// stands alone).
	Versions int    `json:"versions"`
	Story    string `json:"story,omitempty"`
}

// Range is a half-open range of code point offsets.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Facets counts the whole result set by source, entity and day.
type Facets struct {
	Sources []Count `json:"sources"`
	People  []Count `json:"people"`
	Orgs    []Count `json:"organizations"`
	Places  []Count `json:"places"`
	Days    []Count `json:"days"`
}

// Count is a facet value with its number of articles.
type Count struct {
	Value string `json:"value"`
	N     int    `json:"count"`
}

// ArticleMeta is what the archive knows about an article besides its text.
type ArticleMeta struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Source   string `json:"source"`
	URL      string `json:"url,omitempty"`
	Author   string `json:"author,omitempty"`
	Date     string `json:"date,omitempty"`
	Story    string `json:"story,omitempty"`
	Versions int    `json:"versions,omitempty"`
}

// Article is a stored article: its metadata and analysed document.
type Article struct {
	ArticleMeta
	Doc *rasid.Document `json:"document"`
}

// EntityPage is everything the archive knows about one entity.
type EntityPage struct {
	Name        string     `json:"name"`
	Type        string     `json:"type"`
	Mentions    int        `json:"mentions"`
	Articles    int        `json:"articles"`
	Aliases     []Count    `json:"aliases"`
	Titles      []Count    `json:"titles"`
	Days        []Count    `json:"days"`
	Cooccurring []EntityN  `json:"cooccurring"`
	Quotes      []QuoteHit `json:"quotes"`
}

// EntityN is an entity with a count.
type EntityN struct {
	Name string `json:"name"`
	Type string `json:"type"`
	N    int    `json:"count"`
}

// QuoteQuery filters quotes by speaker and by words of the quote.
type QuoteQuery struct {
	Speaker string
	Q       string
	Limit   int
	Offset  int
}

// QuoteResults is a page of quotes.
type QuoteResults struct {
	Total  int        `json:"total"`
	Quotes []QuoteHit `json:"quotes"`
}

// QuoteHit is a stored quote with the article it is from.
type QuoteHit struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Source    string `json:"source"`
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
}

// Stats sums up the archive.
type Stats struct {
	Articles int     `json:"articles"`
	Words    int     `json:"words"`
	Stories  int     `json:"stories"`
	Entities int     `json:"entities"`
	Quotes   int     `json:"quotes"`
	Sources  []Count `json:"sources"`
	First    string  `json:"first"`
	Last     string  `json:"last"`
	Bytes    int64   `json:"bytes"`
}
