package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/input"
)

// drainLimit is how much of an oversized body the server reads and throws
// away before answering 413, so that a client that sends its whole body
// before reading the answer (no Expect: 100-continue) sees the 413 instead
// of a reset connection. Beyond it the connection is closed.
const drainLimit = 64 << 20

// readBody reads the request body up to the server's limit. An oversized
// body is an *Error with CodeTooLarge.
func (s *Server) readBody(r *http.Request) ([]byte, error) {
	max := s.cfg.MaxBody
	tooLarge := &Error{Code: CodeTooLarge, Message: fmt.Sprintf("request body is over the limit of %d bytes", max)}
	if r.ContentLength > max {
		if !strings.EqualFold(r.Header.Get("Expect"), "100-continue") && r.ContentLength <= drainLimit {
			io.Copy(io.Discard, io.LimitReader(r.Body, drainLimit))
		}
		return nil, tooLarge
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	if err != nil {
		return nil, errBadRequest("reading the request body: %v", err)
	}
	if int64(len(b)) > max {
		io.Copy(io.Discard, io.LimitReader(r.Body, drainLimit))
		return nil, tooLarge
	}
	return b, nil
}

// analyzeRequest is the JSON body of POST /api/analyze.
type analyzeRequest struct {
	Text string `json:"text"`
	Date string `json:"date"`
	ID   string `json:"id"`
}

// parseDate reads a publication date: YYYY-MM-DD, or an RFC 3339 time.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, errBadRequest("date %q is not YYYY-MM-DD", s)
}

// analyzeInput turns a request body into the document to analyse: a JSON
// object {"text","date","id"} when the content type is JSON, the text itself
// otherwise (the date then comes from the ?date= parameter).
func analyzeInput(r *http.Request, body []byte) (*rasid.Document, error) {
	ct := r.Header.Get("Content-Type")
	mt := "text/plain"
	if ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return nil, errBadRequest("bad Content-Type %q", ct)
		}
	}
	var req analyzeRequest
	switch mt {
	case "application/json":
		dec := json.NewDecoder(strings.NewReader(string(body)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return nil, errBadRequest("JSON body: %v at byte offset %d", err, se.Offset)
			}
			return nil, errBadRequest("JSON body: %v", err)
		}
		if dec.More() {
			return nil, errBadRequest("JSON body: more than one value")
		}
	case "text/plain", "application/octet-stream":
		req.Date = r.URL.Query().Get("date")
		req.Text = string(body)
	case "application/x-www-form-urlencoded":
		// A form with a text field (the /analyze page); anything else is
		// the text itself, as curl --data-binary sends it with this type.
		q, err := url.ParseQuery(string(body))
		if err == nil && q.Has("text") {
			req.Text, req.Date = q.Get("text"), q.Get("date")
		} else {
			req.Text, req.Date = string(body), r.URL.Query().Get("date")
		}
	default:
		return nil, &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Content-Type %s: send text/plain or application/json", mt)}
	}
	text, warnings, err := input.Decode([]byte(req.Text), input.Options{MaxBytes: len(req.Text) + 1})
	if err != nil {
		return nil, errBadRequest("text: %v", err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, errBadRequest("empty text: nothing to analyse")
	}
	date, err := parseDate(req.Date)
	if err != nil {
		return nil, err
	}
	return &rasid.Document{ID: req.ID, Text: text, Date: date, Warnings: warnings}, nil
}

// analyze runs the annotator on d within an analysis slot.
func (s *Server) analyze(ctx context.Context, d *rasid.Document) error {
	if s.cfg.Annotator == nil {
		return &Error{Code: CodeNoArchive, Message: "this server runs without an analyser"}
	}
	release, err := s.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	if err := s.cfg.Annotator.Annotate(ctx, d); err != nil {
		if ctx.Err() != nil {
			return &Error{Code: CodeBusy, Message: "analysis cancelled"}
		}
		return err
	}
	return nil
}

// apiAnalyze is POST /api/analyze: text (or {"text","date"}) → the
// Document JSON of docs/json.md. Nothing is stored.
func (s *Server) apiAnalyze(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	d, err := analyzeInput(r, body)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if err := s.analyze(r.Context(), d); err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// analyzeForm is the data of the /analyze page.
type analyzeForm struct {
	Text, Date string
	Error      string
	Article    *articleView
}

func (s *Server) pageAnalyzeForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "analyze", "تحليل نص", analyzeForm{Date: time.Now().Format("2006-01-02")})
}

// pageAnalyze is POST /analyze: the form's text analysed and shown as an
// article, nothing stored.
func (s *Server) pageAnalyze(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	form := analyzeForm{}
	if q, err := url.ParseQuery(string(body)); err == nil {
		form.Text, form.Date = q.Get("text"), q.Get("date")
	}
	d, err := analyzeInput(r, body)
	if err == nil {
		err = s.analyze(r.Context(), d)
	}
	status := http.StatusOK
	if err != nil {
		e := asError(err)
		form.Error, status = e.Message, e.Status()
	} else if raw, err := json.Marshal(d); err != nil {
		form.Error, status = "internal error", http.StatusInternalServerError
	} else if form.Article, err = s.articleViewJSON(raw, rasid.Article{}); err != nil {
		form.Error, status = "internal error", http.StatusInternalServerError
	}
	s.render(w, r, status, "analyze", "تحليل نص", form)
}
