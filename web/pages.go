package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
)

// pages holds one template set per page, each the layout plus the page.
type pages struct {
	sets map[string]*template.Template
}

var templateFuncs = template.FuncMap{
	"add":         func(a, b int) int { return a + b },
	"num":         formatInt,
	"num64":       func(n int64) string { return formatInt(int(n)) },
	"typeName":    func(t string) string { return typeNames[strings.ToUpper(t)] },
	"lower":       strings.ToLower,
	"entityHref":  entityHref,
	"articleHref": articleHref,
}

func loadPages() (*pages, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, name := range []string{"search", "article", "entity", "quotes", "analyze", "error"} {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(templateFS, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

// page is what every page template receives.
type page struct {
	Title string
	Nav   string // the current section: search, quotes, analyze
	Q     string // the search box's content
	Data  any
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	s.renderPage(w, r, status, name, page{Title: title, Nav: name, Q: r.URL.Query().Get("q"), Data: data})
}

func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages.sets[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorView struct {
	Status  int
	Message string
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	e := asError(err)
	if e.Code == CodeInternal {
		s.log.Error("page error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	msg := e.Message
	switch e.Code {
	case CodeTooLarge:
		msg = fmt.Sprintf("النص أطول من الحد المسموح (%s بايت).", formatInt(int(s.cfg.MaxBody)))
	case CodeInternal:
		msg = "حدث خطأ داخلي."
	case CodeNoArchive:
		msg = "الخادم يعمل دون أرشيف: شغّله مع \u200e--db\u200e."
	}
	s.render(w, r, e.Status(), "error", "خطأ", errorView{Status: e.Status(), Message: msg})
}

// formatInt writes n with thousands separators (12,345).
func formatInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
