package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/rasid/rasid"
)

// Error codes of the JSON error body {"error": message, "code": code}. They
// are part of the API contract (docs/api.md); each maps to one HTTP status.
const (
	CodeBadRequest  = "bad_request"        // 400: a parameter or body is malformed
	CodeNotFound    = "not_found"          // 404: no such article, entity, page or endpoint
	CodeMethod      = "method_not_allowed" // 405
	CodeTooLarge    = "too_large"          // 413: the body is over the limit
	CodeUnsupported = "unsupported_media"  // 415: a body type other than text or JSON
	CodeNoArchive   = "no_archive"         // 503: the server runs without an archive
	CodeBusy        = "busy"               // 503: every analysis slot is taken
	CodeInternal    = "internal"           // 500
)

// Error is an error with a code that maps to an HTTP status. Message is
// shown to the client; an Error never carries internal detail such as file
// paths or SQL.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Status returns the HTTP status of the error's code.
func (e *Error) Status() int {
	switch e.Code {
	case CodeBadRequest:
		return http.StatusBadRequest
	case CodeNotFound:
		return http.StatusNotFound
	case CodeMethod:
		return http.StatusMethodNotAllowed
	case CodeTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeUnsupported:
		return http.StatusUnsupportedMediaType
	case CodeNoArchive, CodeBusy:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func errBadRequest(format string, args ...any) error {
	return &Error{Code: CodeBadRequest, Message: fmt.Sprintf(format, args...)}
}

func errNotFound(format string, args ...any) error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

var errNoArchive = &Error{Code: CodeNoArchive, Message: "this server runs without an archive (start it with --db)"}

// asError returns err as an *Error; errors of other types become a 500
// whose message hides the detail.
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var re *rasid.Error
	if errors.As(err, &re) {
		switch re.Code {
		case rasid.EInvalid:
			return &Error{Code: CodeBadRequest, Message: re.Message}
		case rasid.ENotFound:
			return &Error{Code: CodeNotFound, Message: re.Message}
		}
	}
	return &Error{Code: CodeInternal, Message: "internal error"}
}

type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	e := asError(err)
	if e.Code == CodeInternal {
		s.log.Error("api error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, e.Status(), errorBody{Error: e.Message, Code: e.Code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error","code":"internal"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

func isAPI(r *http.Request) bool {
	p := r.URL.Path
	return len(p) >= 5 && p[:5] == "/api/" || p == "/healthz"
}
