package ingest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/rasid/rasid"
	"golang.org/x/net/html"
)

// readHTML extracts the main text of a saved page with a readability
// parser: navigation, adverts and other boilerplate are dropped.
func readHTML(where string, r io.Reader, emit func(Item)) {
	b, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		emit(Item{Where: where, Err: err})
		return
	}
	if len(b) > MaxRecordBytes {
		emit(Item{Where: where, Err: fmt.Errorf("page longer than %d bytes", MaxRecordBytes)})
		return
	}
	text, title, byline, pub, err := extractHTML(b)
	if err != nil {
		emit(Item{Where: where, Err: err})
		return
	}
	emit(Item{Where: where, Text: text, Article: rasid.Article{ID: where, Title: title, Author: byline, Published: pub}})
}

func extractHTML(b []byte) (text, title, byline string, pub time.Time, err error) {
	page, _ := url.Parse("file:///")
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(b), page)
	if err != nil {
		return "", "", "", pub, fmt.Errorf("no readable content: %v", err)
	}
	var buf bytes.Buffer
	if err := a.RenderText(&buf); err != nil {
		return "", "", "", pub, err
	}
	text = tidyText(buf.String())
	if text == "" {
		return "", "", "", pub, fmt.Errorf("no readable content")
	}
	if t, err := a.PublishedTime(); err == nil {
		pub = t
	}
	return text, strings.TrimSpace(a.Title()), strings.TrimSpace(a.Byline()), pub, nil
}

// tidyText trims lines and collapses runs of blank lines, so extracted text
// reads as paragraphs.
func tidyText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var out []string
	blank := false
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// htmlText returns the text of an HTML fragment (an RSS description).
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidyText(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return tidyText(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				skip++
			case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr":
				b.WriteString("\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if skip > 0 {
					skip--
				}
			case "p", "div", "li", "h1", "h2", "h3", "h4":
				b.WriteString("\n")
			}
		}
	}
}

// RSS 2.0 and Atom, the fields rasid reads.
type rssDoc struct {
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	Date        string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Author      string `xml:"author"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

type atomDoc struct {
	Title   string      `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type atomEntry struct {
	ID        string `xml:"id"`
	Title     string `xml:"title"`
	Published string `xml:"published"`
	Updated   string `xml:"updated"`
	Links     []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Author struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Summary string `xml:"summary"`
	Content string `xml:"content"`
}

// readFeed reads the items of an RSS 2.0 or Atom feed file; each item with
// text is an article, its source the feed's title.
func readFeed(where string, r io.Reader, emit func(Item)) {
	b, err := io.ReadAll(io.LimitReader(r, 4*MaxRecordBytes+1))
	if err != nil {
		emit(Item{Where: where, Err: err})
		return
	}
	var root struct{ XMLName xml.Name }
	if err := xml.Unmarshal(b, &root); err != nil {
		emit(Item{Where: where, Err: fmt.Errorf("bad XML: %v", err)})
		return
	}
	switch root.XMLName.Local {
	case "rss":
		var doc rssDoc
		if err := xml.Unmarshal(b, &doc); err != nil {
			emit(Item{Where: where, Err: fmt.Errorf("bad RSS: %v", err)})
			return
		}
		for i, it := range doc.Channel.Items {
			w := fmt.Sprintf("%s#%d", where, i+1)
			body := it.Content
			if strings.TrimSpace(body) == "" {
				body = it.Description
			}
			id := firstNonEmpty(it.GUID, it.Link, w)
			emit(feedItem(w, id, it.Title, it.Link, doc.Channel.Title, firstNonEmpty(it.Creator, it.Author), firstNonEmpty(it.PubDate, it.Date), body))
		}
	case "feed":
		var doc atomDoc
		if err := xml.Unmarshal(b, &doc); err != nil {
			emit(Item{Where: where, Err: fmt.Errorf("bad Atom: %v", err)})
			return
		}
		for i, e := range doc.Entries {
			w := fmt.Sprintf("%s#%d", where, i+1)
			link := ""
			for _, l := range e.Links {
				if l.Rel == "" || l.Rel == "alternate" {
					link = l.Href
					break
				}
			}
			body := e.Content
			if strings.TrimSpace(body) == "" {
				body = e.Summary
			}
			id := firstNonEmpty(e.ID, link, w)
			emit(feedItem(w, id, e.Title, link, doc.Title, e.Author.Name, firstNonEmpty(e.Published, e.Updated), body))
		}
	default:
		emit(Item{Where: where, Err: fmt.Errorf("XML root <%s> is neither an RSS nor an Atom feed", root.XMLName.Local)})
	}
}

func feedItem(where, id, title, link, source, author, date, body string) Item {
	it := Item{Where: where}
	text := htmlText(body)
	if text == "" {
		it.Err = fmt.Errorf("item without text")
		return it
	}
	pub, err := ParseDate(date)
	if err != nil {
		it.Err = err
		return it
	}
	it.Text = text
	it.Article = rasid.Article{ID: id, Title: htmlText(title), URL: strings.TrimSpace(link), Source: strings.TrimSpace(source), Author: strings.TrimSpace(author), Published: pub}
	return it
}
