package web

import (
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid/rasid"
)

// The article view cuts the original text at every boundary of an entity,
// date, quote or cue, so that each piece lies wholly inside or outside each
// mark; the template wraps a piece in the elements of its marks. Pieces are
// plain strings: html/template escapes them, and no markup is ever built
// from article text.

// piece is a run of text with the marks covering it.
type piece struct {
	Text  string
	Ent   *entMark
	Date  *dateMark
	Quote *quoteMark
	Cue   bool
}

type entMark struct {
	Type      string // per, org, loc, misc (CSS class)
	TypeName  string // شخص، منظمة…
	Canonical string
	Href      string // entity page, or empty without an archive
	First     bool   // the first piece of the mention: it takes the focus
}

type dateMark struct {
	Value string
	Tip   string
	First bool
}

type quoteMark struct {
	N       int // 1-based number in the quotes list
	Speaker string
	First   bool
}

// articleView is the data of an article page and of the /analyze result.
type articleView struct {
	Meta    rasid.Article
	Pieces  []piece
	People  []personItem
	Orgs    []entItem
	Places  []entItem
	Misc    []entItem
	Dates   []dateItem
	Quotes  []quoteItem
	Linked  bool // entity names link to entity pages
	HasDate bool
	// the aids' layers, when the document has them
	Topics     []topicItem
	Keyphrases []string
	Summary    []string
}

type topicItem struct {
	Label string // the model's label
	Name  string // in Arabic
	Pct   int
}

// topicNames are the Arabic names of the topic labels.
var topicNames = map[string]string{
	"culture": "ثقافة", "diverse": "منوعات", "economy": "اقتصاد", "politics": "سياسة", "sport": "رياضة",
	"society": "مجتمع", "technology": "تقنية", "international": "دولي", "world": "دولي", "national": "محلي",
	"local": "محلي", "regional": "إقليمي", "health": "صحة", "religion": "دين", "science": "علوم",
	// ANT's labels (topic's model)
	"politic": "سياسة", "internationalnews": "دولي", "localnews": "محلي",
}

// topicName is a topic label in Arabic (the label itself when unknown).
func topicName(label string) string {
	if n := topicNames[strings.ToLower(label)]; n != "" {
		return n
	}
	return label
}

// articleViewJSON is the article view of a document in the JSON format of
// docs/json.md.
func (s *Server) articleViewJSON(raw []byte, meta rasid.Article) (*articleView, error) {
	d, w, err := decodeDocument(raw)
	if err != nil {
		return nil, err
	}
	v := s.newArticleView(d, meta)
	for _, t := range w.Topics {
		if t.Score < 0.15 && len(v.Topics) > 0 {
			continue
		}
		v.Topics = append(v.Topics, topicItem{Label: t.Label, Name: topicName(t.Label), Pct: int(t.Score*100 + 0.5)})
		if len(v.Topics) == 3 {
			break
		}
	}
	for _, k := range w.Keyphrases {
		if len(v.Keyphrases) == 10 {
			break
		}
		v.Keyphrases = append(v.Keyphrases, k.Text)
	}
	for _, sum := range w.Summary {
		v.Summary = append(v.Summary, sum.Text)
	}
	return v, nil
}

type personItem struct {
	Name   string
	Href   string
	N      int
	Titles []string
}

type entItem struct {
	Name string
	Href string
	N    int
}

type dateItem struct {
	Text, Value, Hijri string
}

type quoteItem struct {
	N       int
	Speaker string
	Href    string
	Text    string
	Kind    string
}

var typeNames = map[string]string{
	rasid.PER:  "شخص",
	rasid.ORG:  "منظمة",
	rasid.LOC:  "مكان",
	rasid.MISC: "أخرى",
}

// entityHref is the path of an entity's page.
func entityHref(name string) string {
	return "/entity/" + url.PathEscape(name)
}

// articleHref is the path of an article's page.
func articleHref(id string) string {
	return "/article/" + url.PathEscape(id)
}

// validSpan reports whether s is a non-empty span of text on UTF-8
// boundaries; marks that are not are dropped rather than cut a letter.
func validSpan(s rasid.Span, text string) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	return (s.Start == len(text) || utf8.RuneStart(text[s.Start])) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
}

// newArticleView lays out an analysed document for the article page: its
// text cut into pieces at every annotation boundary, each piece painted with
// the entity, date, quote and cue over it, and the side lists.
func (s *Server) newArticleView(d *rasid.Document, meta rasid.Article) *articleView {
	v := &articleView{Meta: meta, Linked: s.cfg.Archive != nil, HasDate: !d.Date.IsZero()}
	b := &viewBuilder{v: v, text: d.Text, counts: map[string]int{}}
	b.cut(d)
	b.entities(d)
	b.dates(d)
	b.quotes(d)
	return v
}

// viewBuilder holds what the steps of newArticleView share.
type viewBuilder struct {
	v    *articleView
	text string
	// cuts are the sorted, distinct byte offsets where pieces start (and
	// the end of the text).
	cuts []int
	// counts are the mentions of each entity name.
	counts map[string]int
}

// href is the link of an entity name, "" when the view has no archive.
func (b *viewBuilder) href(name string) string {
	if !b.v.Linked {
		return ""
	}
	return entityHref(name)
}

// cut cuts the text into pieces at the boundaries of every valid span.
func (b *viewBuilder) cut(d *rasid.Document) {
	text := b.text
	cuts := []int{0, len(text)}
	add := func(sp rasid.Span) {
		if validSpan(sp, text) {
			cuts = append(cuts, sp.Start, sp.End)
		}
	}
	for _, e := range d.Entities {
		add(e.Span)
	}
	for _, m := range d.Dates {
		add(m.Span)
	}
	for _, q := range d.Quotes {
		add(q.Span)
		add(q.Cue)
	}
	sort.Ints(cuts)
	n := 0
	for i, c := range cuts {
		if i == 0 || c != cuts[n-1] {
			cuts[n] = c
			n++
		}
	}
	b.cuts = cuts[:n]
	b.v.Pieces = make([]piece, 0, len(b.cuts))
	for i := 0; i+1 < len(b.cuts); i++ {
		b.v.Pieces = append(b.v.Pieces, piece{Text: text[b.cuts[i]:b.cuts[i+1]]})
	}
}

// paint calls f on each piece inside sp, telling it whether it is the
// first; an invalid span paints nothing.
func (b *viewBuilder) paint(sp rasid.Span, f func(p *piece, first bool)) {
	if !validSpan(sp, b.text) {
		return
	}
	start := sort.SearchInts(b.cuts, sp.Start)
	for i := start; i < len(b.v.Pieces) && b.cuts[i] < sp.End; i++ {
		f(&b.v.Pieces[i], i == start)
	}
}

// entities paints the entities and fills the side lists of people (with
// their titles), organisations, places and others.
func (b *viewBuilder) entities(d *rasid.Document) {
	types := map[string]string{}
	var order []string
	for _, e := range d.Entities {
		if !validSpan(e.Span, b.text) {
			continue
		}
		name := e.Canonical
		if name == "" {
			name = e.In(b.text)
		}
		if _, ok := b.counts[name]; !ok {
			order = append(order, name)
			types[name] = e.Type
		}
		b.counts[name]++
		m := &entMark{Type: strings.ToLower(e.Type), TypeName: typeNames[e.Type], Canonical: name, Href: b.href(name)}
		b.paint(e.Span, func(p *piece, first bool) {
			if p.Ent == nil {
				mm := *m
				mm.First = first
				p.Ent = &mm
			}
		})
	}
	titles := personTitles(d.Titles)
	b.sideLists(order, types, titles)
	// people with titles but no mention of their own
	for person, ts := range titles {
		if _, ok := b.counts[person]; !ok && person != "" {
			b.v.People = append(b.v.People, personItem{Name: person, Href: b.href(person), Titles: ts})
		}
	}
}

// personTitles lists each person's distinct titles in order.
func personTitles(ts []rasid.Title) map[string][]string {
	titles := map[string][]string{}
	for _, t := range ts {
		tt := strings.TrimSpace(t.Title)
		if tt == "" || slices.Contains(titles[t.Person], tt) {
			continue
		}
		titles[t.Person] = append(titles[t.Person], tt)
	}
	return titles
}

// sideLists adds the entity names, in order of first mention, to the list
// of their type.
func (b *viewBuilder) sideLists(order []string, types map[string]string, titles map[string][]string) {
	v := b.v
	for _, name := range order {
		item := entItem{Name: name, Href: b.href(name), N: b.counts[name]}
		switch types[name] {
		case rasid.PER:
			v.People = append(v.People, personItem{Name: name, Href: item.Href, N: item.N, Titles: titles[name]})
		case rasid.ORG:
			v.Orgs = append(v.Orgs, item)
		case rasid.LOC:
			v.Places = append(v.Places, item)
		default:
			v.Misc = append(v.Misc, item)
		}
	}
}

// dates paints the dates and lists them.
func (b *viewBuilder) dates(d *rasid.Document) {
	for _, m := range d.Dates {
		tip := m.Value
		if m.Hijri != "" {
			tip += " (" + m.Hijri + " هـ)"
		}
		dm := &dateMark{Value: m.Value, Tip: tip}
		b.paint(m.Span, func(p *piece, first bool) {
			if p.Date == nil {
				mm := *dm
				mm.First = first
				p.Date = &mm
			}
		})
		if validSpan(m.Span, b.text) {
			b.v.Dates = append(b.v.Dates, dateItem{Text: m.In(b.text), Value: m.Value, Hijri: m.Hijri})
		}
	}
}

// quotes paints the quotes and their cues and lists them, linking a
// speaker who is among the entities.
func (b *viewBuilder) quotes(d *rasid.Document) {
	for i, q := range d.Quotes {
		if !validSpan(q.Span, b.text) {
			continue
		}
		speaker := q.Speaker.Name
		qm := &quoteMark{N: i + 1, Speaker: speaker}
		b.paint(q.Span, func(p *piece, first bool) {
			if p.Quote == nil {
				mm := *qm
				mm.First = first
				p.Quote = &mm
			}
		})
		b.paint(q.Cue, func(p *piece, first bool) { p.Cue = true })
		item := quoteItem{N: i + 1, Speaker: speaker, Text: q.In(b.text), Kind: q.Kind}
		if speaker != "" && b.counts[speaker] > 0 {
			item.Href = b.href(speaker)
		}
		b.v.Quotes = append(b.v.Quotes, item)
	}
}
