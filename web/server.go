// Package web serves rasid over HTTP: a JSON API and a right-to-left web UI
// for Arabic readers, both over an Archive (the store of analysed articles)
// and an Annotator (the analysis pipeline, for text pasted by the user).
//
// Input → output: HTTP requests → JSON documents (/api/...) or HTML pages
// rendered with html/template from embedded templates; CSS and JavaScript are
// embedded files served under /static/, so the UI works offline and runs
// under a Content-Security-Policy without inline script.
//
// The package is named web, not http, so that its files can import net/http
// under its own name and callers need no import alias (docs/design.md).
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/rasid/rasid"
)

// DefaultMaxBody is the default limit of a request body (1 MiB).
const DefaultMaxBody = 1 << 20

// An Annotator analyses a document in place; *rasid.Pipeline is one. It must
// be safe for concurrent use.
type Annotator interface {
	Annotate(ctx context.Context, d *rasid.Document) error
}

// Config is what a Server serves and how.
type Config struct {
	// Archive is the store searched and shown; nil serves the analysis
	// pages and API only.
	Archive rasid.Searcher
	// Annotator runs the analysis of POST /api/analyze and /analyze; nil
	// turns those off (503).
	Annotator Annotator
	// Logger receives one structured line per request; nil discards.
	Logger *slog.Logger
	// MaxBody is the request body limit in bytes (DefaultMaxBody when 0).
	// Larger bodies get 413.
	MaxBody int64
	// MaxAnalyses bounds the analyses running at once (GOMAXPROCS when 0);
	// requests beyond it wait up to AnalysisWait, then get 503.
	MaxAnalyses int
	// AnalysisWait is how long a request waits for an analysis slot
	// (10 s when 0).
	AnalysisWait time.Duration
}

// Server is an http.Handler serving the API and the UI.
type Server struct {
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	pages   *pages
	slots   chan struct{}
	handler http.Handler
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// New returns a server for c.
func New(c Config) (*Server, error) {
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.MaxAnalyses <= 0 {
		c.MaxAnalyses = runtime.GOMAXPROCS(0)
	}
	if c.AnalysisWait <= 0 {
		c.AnalysisWait = 10 * time.Second
	}
	log := c.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: c, log: log, mux: http.NewServeMux(), pages: p, slots: make(chan struct{}, c.MaxAnalyses)}
	s.routes()
	s.handler = s.logRequests(s.secure(s.recoverPanics(s.mux)))
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	s.mux.HandleFunc("GET /healthz", s.healthz)

	s.mux.HandleFunc("POST /api/analyze", s.apiAnalyze)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("GET /api/articles/{id...}", s.apiArticle)
	s.mux.HandleFunc("GET /api/entities/{name}", s.apiEntity)
	s.mux.HandleFunc("GET /api/quotes", s.apiQuotes)
	s.mux.HandleFunc("GET /api/stats", s.apiStats)
	s.mux.HandleFunc("/api/", s.apiNoRoute)

	s.mux.HandleFunc("GET /{$}", s.pageSearch)
	s.mux.HandleFunc("GET /article/{id...}", s.pageArticle)
	s.mux.HandleFunc("GET /entity/{name}", s.pageEntity)
	s.mux.HandleFunc("GET /quotes", s.pageQuotes)
	s.mux.HandleFunc("GET /analyze", s.pageAnalyzeForm)
	s.mux.HandleFunc("POST /analyze", s.pageAnalyze)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, errNotFound("لا توجد صفحة بهذا العنوان"))
	})
}

// apiNoRoute answers an API request that no route takes: 405 when the path
// exists for another method, 404 otherwise.
func (s *Server) apiNoRoute(w http.ResponseWriter, r *http.Request) {
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := s.mux.Handler(r2); pattern != "/api/" && pattern != "" {
			w.Header().Set("Allow", m)
			s.apiError(w, r, &Error{Code: CodeMethod, Message: fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, m)})
			return
		}
	}
	s.apiError(w, r, errNotFound("no such endpoint: %s %s", r.Method, r.URL.Path))
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "archive": s.cfg.Archive != nil})
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// contentSecurityPolicy allows only the server's own files: no inline
// script or style, no other origin, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func (s *Server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into a logged 500, so that no
// panic reaches a client as a dropped connection.
func (s *Server) recoverPanics(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw, _ := w.(*statusWriter)
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if sw != nil && sw.status != 0 {
				return // headers are out; the client sees a short body
			}
			err := &Error{Code: CodeInternal, Message: "internal error"}
			if isAPI(r) {
				s.apiError(w, r, err)
			} else {
				s.pageError(w, r, err)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", sw.status),
			slog.Int64("bytes", sw.bytes),
			slog.Duration("elapsed", time.Since(start)),
			slog.String("remote", r.RemoteAddr))
	})
}

// acquire takes an analysis slot, waiting at most AnalysisWait; release
// gives it back.
func (s *Server) acquire(ctx context.Context) (release func(), err error) {
	t := time.NewTimer(s.cfg.AnalysisWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	case <-t.C:
		return nil, &Error{Code: CodeBusy, Message: fmt.Sprintf("server busy: %d analyses are running; try again", cap(s.slots))}
	case <-ctx.Done():
		return nil, errors.Join(&Error{Code: CodeBusy, Message: "request cancelled while waiting for an analysis slot"}, ctx.Err())
	}
}
