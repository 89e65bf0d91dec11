package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
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

func searchParams(r *http.Request) (SearchQuery, error) {
	q := r.URL.Query()
	var sq SearchQuery
	var err error
	if sq.Q, err = textParam(q, "q"); err != nil {
		return sq, err
	}
	if sq.Limit, err = intParam(q, "limit", defaultLimit, 1, maxLimit); err != nil {
		return sq, err
	}
	if sq.Offset, err = intParam(q, "offset", 0, 0, maxOffset); err != nil {
		return sq, err
	}
	switch s := q.Get("sort"); s {
	case "", "relevance":
		sq.Sort = "relevance"
	case "date":
		sq.Sort = "date"
	default:
		return sq, errBadRequest("sort=%q: want relevance or date", s)
	}
	switch s := q.Get("versions"); s {
	case "", "0", "false", "story":
	case "1", "true", "all":
		sq.AllVersions = true
	default:
		return sq, errBadRequest("versions=%q: want all or story", s)
	}
	return sq, nil
}

func quoteParams(r *http.Request) (QuoteQuery, error) {
	q := r.URL.Query()
	var qq QuoteQuery
	var err error
	if qq.Speaker, err = textParam(q, "speaker"); err != nil {
		return qq, err
	}
	if qq.Q, err = textParam(q, "q"); err != nil {
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

func (s *Server) archive() (Archive, error) {
	if s.cfg.Archive == nil {
		return nil, errNoArchive
	}
	return s.cfg.Archive, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	sq, err := searchParams(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	a, err := s.archive()
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := a.Search(r.Context(), sq)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if res.Results == nil {
		res.Results = []Hit{}
	}
	writeJSON(w, http.StatusOK, res)
}

func pathText(r *http.Request, name string) (string, error) {
	v := r.PathValue(name)
	if v == "" || len(v) > maxQueryLen || !utf8.ValidString(v) {
		return "", errBadRequest("bad %s in the path", name)
	}
	return v, nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err == nil {
		var id string
		if id, err = pathText(r, "id"); err == nil {
			var art *Article
			if art, err = a.Article(r.Context(), id); err == nil {
				writeJSON(w, http.StatusOK, art)
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
		if name, err = pathText(r, "name"); err == nil {
			var e *EntityPage
			if e, err = a.Entity(r.Context(), name); err == nil {
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
		var qq QuoteQuery
		if qq, err = quoteParams(r); err == nil {
			var res *QuoteResults
			if res, err = a.Quotes(r.Context(), qq); err == nil {
				if res.Quotes == nil {
					res.Quotes = []QuoteHit{}
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
		var st *Stats
		if st, err = a.Stats(r.Context()); err == nil {
			writeJSON(w, http.StatusOK, st)
			return
		}
	}
	s.apiError(w, r, err)
}
