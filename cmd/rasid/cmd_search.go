package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/sqlite"
)

// openSearcher opens an archive for reading, with the query analyzer
// (tokens and words: what index terms are made of).
func openSearcher(path string) (*sqlite.DB, error) {
	p, err := buildPipeline(map[string]bool{rasid.LayerWords: true})
	if err != nil {
		return nil, err
	}
	return sqlite.Open(path, sqlite.Options{ReadOnly: true, Analyzer: p})
}

func searchCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "text", "output: text, json (an array of hits) or full (JSON with total and facets)")
	limit := fs.Int("limit", 10, "hits to show")
	offset := fs.Int("offset", 0, "hits to skip")
	sortBy := fs.String("sort", "relevance", "relevance, date (newest first) or date-asc")
	all := fs.Bool("all", false, "show every version of a story instead of one hit per story")
	facets := fs.Bool("facets", false, "compute facets (sources, entities, days); shown in text and full formats")
	queries := fs.String("queries", "", "run the queries of FILE, one a line, and print one result a line")
	pos, err := parseCommand(fs, args, stderr, "usage: rasid search --db DB [flags] QUERY   (query language: docs/search.md)\n       rasid search --db DB --queries FILE --format json")
	if err != nil {
		return helpIsDone(err)
	}
	switch *format {
	case "text", "json", "full":
	default:
		return fmt.Errorf("search: unknown format %q (text, json, full)", *format)
	}
	if *queries == "" && len(pos) == 0 {
		fs.Usage()
		return errors.New("search: no QUERY given")
	}
	if *queries != "" && len(pos) > 0 {
		return errors.New("search: give either QUERY or --queries FILE, not both")
	}
	s, err := openSearcher(*db)
	if err != nil {
		return fmt.Errorf("search: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	base := rasid.SearchQuery{Limit: *limit, Offset: *offset, Sort: *sortBy, AllVersions: *all, Facets: *facets || *format == "full"}
	if *queries == "" {
		q := base
		q.Query = strings.Join(pos, " ")
		r, err := s.Search(ctx, q)
		if err != nil {
			return fmt.Errorf("search: %v", err)
		}
		return writeResult(out, r, *format, isTerminal(stdout))
	}
	f, err := os.Open(*queries)
	if err != nil {
		return fmt.Errorf("search: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	failed := 0
	for line := 1; sc.Scan(); line++ {
		q := base
		q.Query = strings.TrimSpace(sc.Text())
		r := &rasid.SearchResult{Results: []rasid.Hit{}}
		if q.Query != "" {
			r, err = s.Search(ctx, q)
			if rasid.ErrorCode(err) == rasid.EInvalid {
				// a question with a stray quote: say so, search its words
				fmt.Fprintf(stderr, "rasid: search: %s:%d: %v; searched as plain words\n", *queries, line, err)
				q.Lenient = true
				r, err = s.Search(ctx, q)
			}
			if err != nil {
				// one line of output per query line, always
				fmt.Fprintf(stderr, "rasid: search: %s:%d: %v\n", *queries, line, err)
				failed++
				r = &rasid.SearchResult{Results: []rasid.Hit{}}
			}
		}
		if *format == "text" {
			fmt.Fprintf(out, "# %s\n", q.Query)
		}
		if err := writeResult(out, r, *format, false); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("search: %s: %v", *queries, err)
	}
	if failed > 0 {
		return fmt.Errorf("search: %d queries failed", failed)
	}
	return nil
}

func writeResult(out *bufio.Writer, r *rasid.SearchResult, format string, tty bool) error {
	switch format {
	case "json":
		b, err := json.Marshal(r.Results)
		if err != nil {
			return err
		}
		out.Write(b)
		out.WriteByte('\n')
		return nil
	case "full":
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		out.Write(b)
		out.WriteByte('\n')
		return nil
	}
	fmt.Fprintf(out, "%d hits (%.1f ms)\n", r.Total, r.Took)
	for i, h := range r.Results {
		versions := ""
		if h.Versions > 1 {
			versions = fmt.Sprintf(" (%d versions)", h.Versions)
		}
		fmt.Fprintf(out, "\n%d. %s%s\n   %s · %s · %.3f · %s\n   %s\n", i+1, h.Title, versions, h.Source, h.Date, h.Score, h.ID, highlight(h.Snippet, h.Highlights, tty))
		if h.Topic != "" || len(h.Keyphrases) > 0 {
			fmt.Fprintf(out, "   %s", h.Topic)
			if len(h.Keyphrases) > 0 {
				fmt.Fprintf(out, " · %s", strings.Join(h.Keyphrases, "، "))
			}
			fmt.Fprintln(out)
		}
	}
	if f := r.Facets; f != nil {
		fmt.Fprintln(out, "\nsources:")
		for _, c := range f.Sources {
			fmt.Fprintf(out, "  %s %d\n", c.Value, c.Count)
		}
		fmt.Fprintln(out, "entities:")
		for _, c := range f.Entities {
			fmt.Fprintf(out, "  %s %s %d\n", c.Type, c.Name, c.Count)
		}
		fmt.Fprintln(out, "days:")
		for _, c := range f.Days {
			fmt.Fprintf(out, "  %s %d\n", c.Value, c.Count)
		}
		if len(f.Topics) > 0 {
			fmt.Fprintln(out, "topics:")
			for _, c := range f.Topics {
				fmt.Fprintf(out, "  %s %d\n", c.Value, c.Count)
			}
		}
		if len(f.Keyphrases) > 0 {
			fmt.Fprintln(out, "keyphrases:")
			for _, c := range f.Keyphrases {
				fmt.Fprintf(out, "  %s %d\n", c.Value, c.Count)
			}
		}
	}
	return nil
}

// highlight marks the highlighted spans of a snippet: bold on a
// terminal, [brackets] otherwise.
func highlight(s string, hs []rasid.CharSpan, tty bool) string {
	open, closing := "[", "]"
	if tty {
		open, closing = "\x1b[1m", "\x1b[0m"
	}
	rs := []rune(s)
	var b strings.Builder
	last := 0
	for _, h := range hs {
		if h.Start < last || h.End > len(rs) || h.Start > h.End {
			continue
		}
		b.WriteString(string(rs[last:h.Start]))
		b.WriteString(open)
		b.WriteString(string(rs[h.Start:h.End]))
		b.WriteString(closing)
		last = h.End
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}
