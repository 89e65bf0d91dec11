package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// Limits of the paging parameters.
const (
	defaultLimit = 10
	maxLimit     = 100
	maxOffset    = 10000
	maxQueryLen  = 1000 // bytes of q, speaker or name
)

func intParam(q url.Values, name string, def, min, max int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min || n > max {
		return 0, errBadRequest("%s=%q: want a whole number from %d to %d", name, s, min, max)
	}
	return n, nil
}

func textParam(q url.Values, name string) (string, error) {
	s := q.Get(name)
	if len(s) > maxQueryLen {
		return "", errBadRequest("%s is longer than %d bytes", name, maxQueryLen)
	}
	if !utf8.ValidString(s) {
		return "", errBadRequest("%s is not valid UTF-8", name)
	}
	return strings.TrimSpace(s), nil
}

func searchParams(r *http.Request) (rasid.SearchQuery, error) {
	q := r.URL.Query()
	sq := rasid.SearchQuery{Facets: true}
	var err error
	if sq.Query, err = textParam(q, "q"); err != nil {
		return sq, err
	}
	if sq.Limit, err = intParam(q, "limit", defaultLimit, 1, maxLimit); err != nil {
		return sq, err
	}
	if sq.Offset, err = intParam(q, "offset", 0, 0, maxOffset); err != nil {
		return sq, err
	}
	switch s := q.Get("sort"); s {
	case "", rasid.SortRelevance:
		sq.Sort = rasid.SortRelevance
	case rasid.SortDate, rasid.SortDateAsc:
		sq.Sort = s
	default:
		return sq, errBadRequest("sort=%q: want relevance, date or date-asc", s)
	}
	switch s := q.Get("versions"); s {
	case "", "story":
	case "all":
		sq.AllVersions = true
	default:
		return sq, errBadRequest("versions=%q: want all or story", s)
	}
	switch s := q.Get("facets"); s {
	case "", "1", "true":
	case "0", "false":
		sq.Facets = false
	default:
		return sq, errBadRequest("facets=%q: want true or false", s)
	}
	return sq, nil
}

func quoteParams(r *http.Request) (rasid.QuoteQuery, error) {
	q := r.URL.Query()
	var qq rasid.QuoteQuery
	var err error
	if qq.Speaker, err = textParam(q, "speaker"); err != nil {
		return qq, err
	}
	if qq.Query, err = textParam(q, "q"); err != nil {
		return qq, err
	}
	if qq.Limit, err = intParam(q, "limit", 20, 1, maxLimit); err != nil {
		return qq, err
	}
	if qq.Offset, err = intParam(q, "offset", 0, 0, maxOffset); err != nil {
		return qq, err
	}
	return qq, nil
}

func entityParams(r *http.Request) (string, rasid.EntityQuery, error) {
	var eq rasid.EntityQuery
	name, err := pathText(r, "name")
	if err != nil {
		return "", eq, err
	}
	q := r.URL.Query()
	if eq.Quotes, err = intParam(q, "quotes", 10, 1, maxLimit); err != nil {
		return "", eq, err
	}
	if eq.CoOccurring, err = intParam(q, "co_occurring", 20, 1, maxLimit); err != nil {
		return "", eq, err
	}
	return name, eq, nil
}

func pathText(r *http.Request, name string) (string, error) {
	v := r.PathValue(name)
	if v == "" || len(v) > maxQueryLen || !utf8.ValidString(v) {
		return "", errBadRequest("bad %s in the path", name)
	}
	return v, nil
}

func (s *Server) archive() (rasid.Searcher, error) {
	if s.cfg.Archive == nil {
		return nil, errNoArchive
	}
	return s.cfg.Archive, nil
}

// search runs a search and makes its lists non-nil, so that JSON has [].
func (s *Server) search(r *http.Request, sq rasid.SearchQuery) (*rasid.SearchResult, error) {
	a, err := s.archive()
	if err != nil {
		return nil, err
	}
	res, err := a.Search(r.Context(), sq)
	if err != nil {
		return nil, err
	}
	if res.Results == nil {
		res.Results = []rasid.Hit{}
	}
	for i := range res.Results {
		if res.Results[i].Highlights == nil {
			res.Results[i].Highlights = []rasid.CharSpan{}
		}
	}
	return res, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	sq, err := searchParams(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := s.search(r, sq)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err == nil {
		var id string
		if id, err = pathText(r, "id"); err == nil {
			var art *rasid.Article
			var doc []byte
			if art, doc, err = a.Article(r.Context(), id); err == nil {
				writeJSON(w, http.StatusOK, articleJSON{Article: art, Document: doc})
				return
			}
		}
	}
	s.apiError(w, r, err)
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err == nil {
		var name string
		var eq rasid.EntityQuery
		if name, eq, err = entityParams(r); err == nil {
			var e *rasid.EntityPage
			if e, err = a.Entity(r.Context(), name, eq); err == nil {
				writeJSON(w, http.StatusOK, e)
				return
			}
		}
	}
	s.apiError(w, r, err)
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err == nil {
		var qq rasid.QuoteQuery
		if qq, err = quoteParams(r); err == nil {
			var res *rasid.QuoteResult
			if res, err = a.Quotes(r.Context(), qq); err == nil {
				if res.Quotes == nil {
					res.Quotes = []rasid.QuoteHit{}
				}
				writeJSON(w, http.StatusOK, res)
				return
			}
		}
	}
	s.apiError(w, r, err)
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err == nil {
		var st *rasid.Stats
		if st, err = a.Stats(r.Context()); err == nil {
			writeJSON(w, http.StatusOK, st)
			return
		}
	}
	s.apiError(w, r, err)
}
