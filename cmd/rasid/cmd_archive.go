package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rasid/rasid"
)

func writeJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

func quotesCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	speaker := fs.String("speaker", "", "the speaker: canonical name, alias or a part of the name")
	format := fs.String("format", "text", "text or json")
	limit := fs.Int("limit", 20, "quotes to show")
	offset := fs.Int("offset", 0, "quotes to skip")
	pos, err := parseCommand(fs, args, stderr, "usage: rasid quotes --db DB --speaker NAME [flags] [QUERY]")
	if err != nil {
		return helpIsDone(err)
	}
	if *speaker == "" {
		return errors.New("quotes: --speaker NAME is needed")
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("quotes: unknown format %q (text, json)", *format)
	}
	s, err := openSearcher(*db)
	if err != nil {
		return fmt.Errorf("quotes: %v", err)
	}
	defer s.Close()
	r, err := s.Quotes(context.Background(), rasid.QuoteQuery{Speaker: *speaker, Query: strings.Join(pos, " "), Limit: *limit, Offset: *offset})
	if err != nil {
		return fmt.Errorf("quotes: %v", err)
	}
	if *format == "json" {
		return writeJSON(stdout, r)
	}
	fmt.Fprintf(stdout, "%d quotes\n", r.Total)
	for _, q := range r.Quotes {
		fmt.Fprintf(stdout, "\n%s · %s · %s (%s)\n  %s: «%s»\n", q.Date, q.Source, q.Title, q.ArticleID, q.Speaker, q.Text)
	}
	return nil
}

func entityCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("entity", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "text", "text or json")
	nq := fs.Int("quotes", 10, "latest quotes to show")
	pos, err := parseCommand(fs, args, stderr, "usage: rasid entity --db DB [flags] NAME")
	if err != nil {
		return helpIsDone(err)
	}
	if len(pos) == 0 {
		return errors.New("entity: NAME is needed")
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("entity: unknown format %q (text, json)", *format)
	}
	s, err := openSearcher(*db)
	if err != nil {
		return fmt.Errorf("entity: %v", err)
	}
	defer s.Close()
	p, err := s.Entity(context.Background(), strings.Join(pos, " "), rasid.EntityQuery{Quotes: *nq})
	if err != nil {
		return fmt.Errorf("entity: %v", err)
	}
	if *format == "json" {
		return writeJSON(stdout, p)
	}
	fmt.Fprintf(stdout, "%s (%s): %d articles, %d mentions\n", p.Canonical, p.Type, p.Articles, p.Mentions)
	list := func(name string, cs []rasid.Count) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(stdout, "%s:\n", name)
		for _, c := range cs {
			fmt.Fprintf(stdout, "  %s %d\n", c.Value, c.Count)
		}
	}
	list("aliases", p.Aliases)
	list("titles", p.Titles)
	list("mentions by day", p.MentionsByDay)
	if len(p.CoOccurring) > 0 {
		fmt.Fprintln(stdout, "co-occurring:")
		for _, c := range p.CoOccurring {
			fmt.Fprintf(stdout, "  %s %s %d\n", c.Type, c.Name, c.Count)
		}
	}
	if len(p.Quotes) > 0 {
		fmt.Fprintln(stdout, "latest quotes:")
		for _, q := range p.Quotes {
			fmt.Fprintf(stdout, "  %s %s: «%s»\n", q.Date, q.Source, q.Text)
		}
	}
	return nil
}

func statsCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "text", "text or json")
	if _, err := parseAnywhere(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("stats: unknown format %q (text, json)", *format)
	}
	s, err := openSearcher(*db)
	if err != nil {
		return fmt.Errorf("stats: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return fmt.Errorf("stats: %v", err)
	}
	if *format == "json" {
		return writeJSON(stdout, st)
	}
	fmt.Fprintf(stdout, "articles    %d\nwords       %s\nstories     %d\nduplicates  %d\nentities    %d\nmentions    %d\nquotes      %d\nsources     %d\nfirst       %s\nlast        %s\nbytes       %s (text %s)\nschema      %d\n",
		st.Articles, thousands(st.Words), st.Stories, st.Duplicates, st.Entities, st.Mentions, st.Quotes, st.Sources, st.First, st.Last,
		thousands(st.Bytes), thousands(st.TextBytes), st.Schema)
	return nil
}

// archiveCmd runs the archive commands (the one case of main's switch
// they need).
func archiveCmd(name string, args []string, stdout, stderr io.Writer) error {
	switch name {
	case "ingest":
		return ingestCmd(args, stdout, stderr)
	case "search":
		return searchCmd(args, stdout, stderr)
	case "quotes":
		return quotesCmd(args, stdout, stderr)
	case "entity":
		return entityCmd(args, stdout, stderr)
	case "stats":
		return statsCmd(args, stdout, stderr)
	}
	return fmt.Errorf("unknown archive command %q", name)
}
