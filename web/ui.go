package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// frag is a run of snippet text, highlighted or not.
type frag struct {
	Text string
	Hit  bool
}

// fragments cuts a snippet at its highlight ranges (code point offsets);
// ranges out of order or out of bounds are skipped.
func fragments(snippet string, hl []rasid.CharSpan) []frag {
	if len(hl) == 0 {
		return []frag{{Text: snippet}}
	}
	// byte offset of every code point
	offs := make([]int, 0, len(snippet)+1)
	for i := range snippet {
		offs = append(offs, i)
	}
	offs = append(offs, len(snippet))
	var out []frag
	pos := 0 // code points
	for _, h := range hl {
		if h.Start < pos || h.End <= h.Start || h.End >= len(offs) {
			continue
		}
		if h.Start > pos {
			out = append(out, frag{Text: snippet[offs[pos]:offs[h.Start]]})
		}
		out = append(out, frag{Text: snippet[offs[h.Start]:offs[h.End]], Hit: true})
		pos = h.End
	}
	if offs[pos] < len(snippet) {
		out = append(out, frag{Text: snippet[offs[pos]:]})
	}
	return out
}

// filterTerm writes a query filter (source:X) in the query language,
// quoting values with spaces.
func filterTerm(field, value string) string {
	if strings.ContainsAny(value, " \t\"") {
		value = `"` + strings.ReplaceAll(value, `"`, "") + `"`
	}
	return field + ":" + value
}

// searchHref is the search page for q with the other parameters of sq.
func searchHref(q string, sort string, offset int) string {
	v := url.Values{}
	v.Set("q", q)
	if sort != "" && sort != "relevance" {
		v.Set("sort", sort)
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return "/?" + v.Encode()
}

func refine(q, term string) string {
	if strings.Contains(q, term) {
		return q
	}
	return strings.TrimSpace(q + " " + term)
}

type facetLink struct {
	Value  string
	N      int
	Href   string
	Active bool
}

type hitView struct {
	rasid.Hit
	TopicName string // Hit.Topic in Arabic
	Href      string
	Frags     []frag
}

type pageLink struct {
	N       int
	Href    string
	Current bool
}

type searchView struct {
	Query     rasid.SearchQuery
	Stats     *rasid.Stats
	Empty     bool // the archive holds no article
	Total     int
	From, To  int
	Hits      []hitView
	Sources   []facetLink
	People    []facetLink
	Orgs      []facetLink
	Places    []facetLink
	Topics    []facetLink
	Keyphr    []facetLink
	Chart     *chart
	Pages     []pageLink
	Prev      string
	Next      string
	ByRel     string
	ByDate    string
	Error     string
	ExampleQs []string
}

func facetLink1(q, field, value string, n int) facetLink {
	term := filterTerm(field, value)
	return facetLink{Value: value, N: n, Href: searchHref(refine(q, term), "", 0), Active: strings.Contains(q, term)}
}

func sourceLinks(q string, cs []rasid.Count, max int) []facetLink {
	var out []facetLink
	for _, c := range cs {
		if len(out) == max {
			break
		}
		if c.Value == "" {
			continue
		}
		out = append(out, facetLink1(q, "source", c.Value, c.Count))
	}
	return out
}

func entityLinks(q string, es []rasid.EntityCount, typ string, max int) []facetLink {
	var out []facetLink
	for _, e := range es {
		if e.Type != typ || e.Name == "" || len(out) == max {
			continue
		}
		out = append(out, facetLink1(q, "entity", e.Name, e.Count))
	}
	return out
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	sq, err := searchParams(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := searchView{Query: sq}
	if sq.Query == "" {
		st, err := a.Stats(r.Context())
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Stats, v.Empty = st, st.Articles == 0
		s.render(w, r, http.StatusOK, "search", "بحث", v)
		return
	}
	res, err := s.search(r, sq)
	if err != nil {
		e := asError(err)
		if e.Code != CodeBadRequest {
			s.pageError(w, r, err)
			return
		}
		v.Error = e.Message
		s.render(w, r, http.StatusBadRequest, "search", sq.Query, v)
		return
	}
	v.Total = res.Total
	for _, h := range res.Results {
		v.Hits = append(v.Hits, hitView{Hit: h, TopicName: topicName(h.Topic), Href: articleHref(h.ID), Frags: fragments(h.Snippet, h.Highlights)})
	}
	if len(v.Hits) > 0 {
		v.From, v.To = sq.Offset+1, sq.Offset+len(v.Hits)
	}
	if f := res.Facets; f != nil {
		v.Sources = sourceLinks(sq.Query, f.Sources, 12)
		v.People = entityLinks(sq.Query, f.Entities, rasid.PER, 10)
		v.Orgs = entityLinks(sq.Query, f.Entities, rasid.ORG, 10)
		v.Places = entityLinks(sq.Query, f.Entities, rasid.LOC, 10)
		for _, c := range f.Topics {
			l := facetLink1(sq.Query, "topic", c.Value, c.Count)
			l.Value = topicName(c.Value)
			v.Topics = append(v.Topics, l)
		}
		for _, c := range f.Keyphrases {
			v.Keyphr = append(v.Keyphr, facetLink1(sq.Query, "keyphrase", c.Value, c.Count))
		}
		v.Chart = newChart(f.Days, func(day string) string {
			return searchHref(refine(sq.Query, "from:"+day+" to:"+day), sq.Sort, 0)
		})
	}
	v.ByRel = searchHref(sq.Query, rasid.SortRelevance, 0)
	v.ByDate = searchHref(sq.Query, rasid.SortDate, 0)
	// pagination: up to ten pages around the current one
	pages := (res.Total + sq.Limit - 1) / sq.Limit
	if last := (maxOffset / sq.Limit) + 1; pages > last {
		pages = last
	}
	cur := sq.Offset / sq.Limit
	lo := max(0, cur-5)
	hi := min(pages, lo+10)
	for p := lo; p < hi; p++ {
		v.Pages = append(v.Pages, pageLink{N: p + 1, Href: searchHref(sq.Query, sq.Sort, p*sq.Limit), Current: p == cur})
	}
	if sq.Offset > 0 {
		v.Prev = searchHref(sq.Query, sq.Sort, max(0, sq.Offset-sq.Limit))
	}
	if sq.Offset+sq.Limit < res.Total && sq.Offset+sq.Limit <= maxOffset {
		v.Next = searchHref(sq.Query, sq.Sort, sq.Offset+sq.Limit)
	}
	s.render(w, r, http.StatusOK, "search", sq.Query, v)
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	id, err := pathText(r, "id")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	art, raw, err := a.Article(r.Context(), id)
	if err == nil {
		var v *articleView
		if v, err = s.articleViewJSON(raw, *art); err == nil {
			title := art.Title
			if title == "" {
				title = art.ID
			}
			s.render(w, r, http.StatusOK, "article", title, v)
			return
		}
	}
	s.pageError(w, r, err)
}

type entityView struct {
	*rasid.EntityPage
	TypeClass string
	Chart     *chart
	SearchQ   string
	QuotesQ   string
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	name, eq, err := entityParams(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	e, err := a.Entity(r.Context(), name, eq)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := entityView{EntityPage: e, TypeClass: strings.ToLower(e.Type)}
	v.SearchQ = searchHref(filterTerm("entity", e.Canonical), rasid.SortDate, 0)
	v.QuotesQ = "/quotes?" + url.Values{"speaker": {e.Canonical}}.Encode()
	v.Chart = newChart(e.MentionsByDay, func(day string) string {
		return searchHref(filterTerm("entity", e.Canonical)+" from:"+day+" to:"+day, rasid.SortDate, 0)
	})
	s.render(w, r, http.StatusOK, "entity", e.Canonical, v)
}

type quotesView struct {
	Query  rasid.QuoteQuery
	Total  int
	From   int
	To     int
	Quotes []rasid.QuoteHit
	Prev   string
	Next   string
}

func (s *Server) pageQuotes(w http.ResponseWriter, r *http.Request) {
	a, err := s.archive()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	qq, err := quoteParams(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := quotesView{Query: qq}
	title := "من قال ماذا"
	if qq.Speaker == "" {
		// the form alone: a speaker is needed
		s.render(w, r, http.StatusOK, "quotes", title, v)
		return
	}
	res, err := a.Quotes(r.Context(), qq)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Total, v.Quotes = res.Total, res.Quotes
	if len(v.Quotes) > 0 {
		v.From, v.To = qq.Offset+1, qq.Offset+len(v.Quotes)
	}
	href := func(off int) string {
		u := url.Values{}
		if qq.Speaker != "" {
			u.Set("speaker", qq.Speaker)
		}
		if qq.Query != "" {
			u.Set("q", qq.Query)
		}
		if off > 0 {
			u.Set("offset", strconv.Itoa(off))
		}
		return "/quotes?" + u.Encode()
	}
	if qq.Offset > 0 {
		v.Prev = href(max(0, qq.Offset-qq.Limit))
	}
	if qq.Offset+qq.Limit < res.Total && qq.Offset+qq.Limit <= maxOffset {
		v.Next = href(qq.Offset + qq.Limit)
	}
	s.render(w, r, http.StatusOK, "quotes", qq.Speaker+" — "+title, v)
}

// chart is a bar chart of counts by day, drawn by the server as SVG. Time
// runs right to left, as the page reads.
type chart struct {
	W, H       int
	Bars       []bar
	Max        int
	First      string
	Last       string
	Label      string
	BaseY      int
	LabelY     int
	FirstX     int
	LastX      int
	TotalCount int
}

type bar struct {
	X, Y, W, H float64
	Day        string
	N          int
	Href       string
}

// newChart draws counts by day (YYYY-MM-DD values). Days missing between
// the first and the last are drawn as empty when the span is under a year.
func newChart(days []rasid.Count, href func(day string) string) *chart {
	if len(days) == 0 {
		return nil
	}
	byDay := map[string]int{}
	var valid []string
	for _, d := range days {
		if _, err := time.Parse("2006-01-02", d.Value); err != nil || !utf8.ValidString(d.Value) {
			continue
		}
		if _, ok := byDay[d.Value]; !ok {
			valid = append(valid, d.Value)
		}
		byDay[d.Value] += d.Count
	}
	if len(valid) == 0 {
		return nil
	}
	slices.Sort(valid)
	first, _ := time.Parse("2006-01-02", valid[0])
	last, _ := time.Parse("2006-01-02", valid[len(valid)-1])
	seq := valid
	if last.Sub(first) <= 366*24*time.Hour {
		seq = nil
		for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
			seq = append(seq, t.Format("2006-01-02"))
		}
	}
	c := &chart{W: 320, H: 112, BaseY: 94, LabelY: 108, First: seq[0], Last: seq[len(seq)-1]}
	for _, d := range seq {
		c.Max = max(c.Max, byDay[d])
		c.TotalCount += byDay[d]
	}
	bw := min(float64(c.W)/float64(len(seq)), 40)
	gap := 0.15 * bw
	for i, d := range seq {
		n := byDay[d]
		h := 0.0
		if c.Max > 0 {
			h = float64(n) / float64(c.Max) * float64(c.BaseY-8)
		}
		if n > 0 && h < 2 {
			h = 2
		}
		x := float64(c.W) - float64(i+1)*bw + gap/2
		b := bar{X: round1(x), Y: round1(float64(c.BaseY) - h), W: round1(bw - gap), H: round1(h), Day: d, N: n}
		if n > 0 && href != nil {
			b.Href = href(d)
		}
		c.Bars = append(c.Bars, b)
	}
	c.FirstX, c.LastX = c.W, c.W-int(bw*float64(len(seq)))
	if c.LastX > c.W-120 {
		// too narrow for two labels: one gives the range
		if c.First != c.Last {
			c.First = c.First + " – " + c.Last
		}
		c.Last = ""
	}
	return c
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }
