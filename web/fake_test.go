package web

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/dates"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

var (
	pipeOnce sync.Once
	pipe     *rasid.Pipeline
	pipeErr  error
)

// testPipeline is the full analysis pipeline, loaded once per test binary.
func testPipeline(t testing.TB) *rasid.Pipeline {
	t.Helper()
	pipeOnce.Do(func() {
		mm, err := morph.Load()
		if err != nil {
			pipeErr = err
			return
		}
		em, err := entity.Load()
		if err != nil {
			pipeErr = err
			return
		}
		pipe, pipeErr = rasid.NewPipeline(tokenize.NewAnnotator(),
			morph.NewAnnotatorWith(mm, morph.Options{RestoreForms: true}),
			dates.NewAnnotator(), entity.NewAnnotator(em), quotes.NewAnnotator())
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// notFound is the fake's not-found error.
type notFound string

func (e notFound) Error() string  { return string(e) }
func (e notFound) NotFound() bool { return true }

// fakeArchive is an in-memory Archive over analysed documents: a word
// matches when the text contains it. It stands in for the SQLite archive in
// the tests that are about the server, not the store.
type fakeArchive struct {
	arts  []*Article
	panic bool
}

func (f *fakeArchive) add(t testing.TB, meta ArticleMeta, text string) {
	t.Helper()
	d := &rasid.Document{ID: meta.ID, Text: text}
	if meta.Date != "" {
		d.Date, _ = time.Parse("2006-01-02", meta.Date)
	}
	if err := testPipeline(t).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	f.arts = append(f.arts, &Article{ArticleMeta: meta, Doc: d})
}

// testArchive holds the three test articles plus one whose title, text and
// URL carry HTML and script payloads.
func testArchive(t testing.TB) *fakeArchive {
	f := &fakeArchive{}
	for i, src := range []string{"الرياض", "عكاظ", "الوطن"} {
		name := []string{"article1.txt", "article2.txt", "article3.txt"}[i]
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		f.add(t, ArticleMeta{ID: "a" + string(rune('1'+i)), Title: title, Source: src, Date: "2015-07-2" + string(rune('1'+i)), URL: "https://example.org/" + name}, text)
	}
	f.add(t, ArticleMeta{ID: "evil", Title: `<script>alert("title")</script> الطاقة`, Source: `<b>src</b>`, Date: "2015-07-24",
		URL: "javascript:alert(1)", Author: `"><img src=x onerror=alert(2)>`},
		"قال الوزير إن <img src=x onerror=alert(3)> الطاقة <script>alert(4)</script> مهمة. <a href=\"javascript:alert(5)\">رابط</a>")
	return f
}

func (f *fakeArchive) Search(ctx context.Context, q SearchQuery) (*SearchResults, error) {
	if f.panic {
		panic("fake archive: search panics")
	}
	if strings.HasPrefix(q.Q, "(") {
		return nil, &Error{Code: CodeBadRequest, Message: "unbalanced parenthesis at offset 0"}
	}
	words := strings.Fields(q.Q)
	res := &SearchResults{}
	sources, days := map[string]int{}, map[string]int{}
	ents := map[string]map[string]int{}
	for _, a := range f.arts {
		idx := -1
		var w string
		for _, w = range words {
			if idx = strings.Index(a.Doc.Text, w); idx >= 0 {
				break
			}
		}
		if idx < 0 {
			continue
		}
		res.Total++
		sources[a.Source]++
		days[a.Date]++
		for _, e := range a.Doc.Entities {
			if ents[e.Type] == nil {
				ents[e.Type] = map[string]int{}
			}
			ents[e.Type][e.Canonical]++
		}
		start := max(0, idx-60)
		for start > 0 && !utf8.RuneStart(a.Doc.Text[start]) {
			start--
		}
		end := min(len(a.Doc.Text), idx+len(w)+120)
		for end < len(a.Doc.Text) && !utf8.RuneStart(a.Doc.Text[end]) {
			end++
		}
		snip := a.Doc.Text[start:end]
		hs := utf8.RuneCountInString(a.Doc.Text[start:idx])
		res.Results = append(res.Results, Hit{ID: a.ID, Score: 1, Title: a.Title, Date: a.Date, Source: a.Source, URL: a.URL,
			Snippet: snip, Highlights: []Range{{hs, hs + utf8.RuneCountInString(w)}}, Versions: 1})
	}
	if q.Sort == "date" {
		sort.SliceStable(res.Results, func(i, j int) bool { return res.Results[i].Date > res.Results[j].Date })
	}
	if q.Offset < len(res.Results) {
		res.Results = res.Results[q.Offset:min(len(res.Results), q.Offset+q.Limit)]
	} else {
		res.Results = nil
	}
	res.Facets = Facets{Sources: counts(sources), Days: counts(days), People: counts(ents[rasid.PER]),
		Orgs: counts(ents[rasid.ORG]), Places: counts(ents[rasid.LOC])}
	return res, nil
}

func counts(m map[string]int) []Count {
	var out []Count
	for k, n := range m {
		out = append(out, Count{Value: k, N: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Value < out[j].Value
	})
	return out
}

func (f *fakeArchive) Article(ctx context.Context, id string) (*Article, error) {
	for _, a := range f.arts {
		if a.ID == id {
			return a, nil
		}
	}
	return nil, notFound("no article with id " + id)
}

func (f *fakeArchive) Entity(ctx context.Context, name string) (*EntityPage, error) {
	p := &EntityPage{Name: name}
	days := map[string]int{}
	co := map[string]int{}
	for _, a := range f.arts {
		found := false
		for _, e := range a.Doc.Entities {
			if e.Canonical == name {
				p.Type = e.Type
				p.Mentions++
				days[a.Date]++
				found = true
			}
		}
		if !found {
			continue
		}
		p.Articles++
		for _, e := range a.Doc.Entities {
			if e.Canonical != name {
				co[e.Canonical]++
			}
		}
		for _, t := range a.Doc.Titles {
			if t.Person == name {
				p.Titles = append(p.Titles, Count{Value: t.Title, N: 1})
			}
		}
		for _, q := range a.Doc.Quotes {
			if q.Speaker.Name == name {
				p.Quotes = append(p.Quotes, QuoteHit{ArticleID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, Speaker: name, Text: q.In(a.Doc.Text), Kind: q.Kind})
			}
		}
	}
	if p.Mentions == 0 {
		return nil, notFound("no entity named " + name)
	}
	p.Days = counts(days)
	for _, c := range counts(co) {
		p.Cooccurring = append(p.Cooccurring, EntityN{Name: c.Value, Type: "PER", N: c.N})
	}
	return p, nil
}

func (f *fakeArchive) Quotes(ctx context.Context, q QuoteQuery) (*QuoteResults, error) {
	res := &QuoteResults{}
	for _, a := range f.arts {
		for _, qu := range a.Doc.Quotes {
			text := qu.In(a.Doc.Text)
			if q.Speaker != "" && !strings.Contains(qu.Speaker.Name, q.Speaker) || q.Q != "" && !strings.Contains(text, q.Q) {
				continue
			}
			res.Total++
			res.Quotes = append(res.Quotes, QuoteHit{ArticleID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, Speaker: qu.Speaker.Name, Text: text, Kind: qu.Kind})
		}
	}
	return res, nil
}

func (f *fakeArchive) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{Articles: len(f.arts), Stories: len(f.arts)}
	src := map[string]int{}
	for _, a := range f.arts {
		st.Words += len(a.Doc.Tokens)
		st.Quotes += len(a.Doc.Quotes)
		src[a.Source]++
		if st.First == "" || a.Date < st.First {
			st.First = a.Date
		}
		if a.Date > st.Last {
			st.Last = a.Date
		}
	}
	st.Sources = counts(src)
	return st, nil
}

var errFake = errors.New("fake failure")
