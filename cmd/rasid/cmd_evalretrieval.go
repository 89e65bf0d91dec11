package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/eval"
	"github.com/rasid/rasid/ingest"
	"github.com/rasid/rasid/sqlite"
)

// evalRetrieval builds a temporary archive of a SQuAD file's paragraphs
// (through the same ingest path as rasid ingest, from JSON lines) and runs
// every question as a query (as rasid search does).
func evalRetrieval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval retrieval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "keep the archive in this file (default: a temporary one, removed)")
	misses := fs.Bool("misses", false, "list the questions whose paragraph is not first")
	format := fs.String("format", "text", "text or json")
	titles := fs.Bool("titles", true, "give the paragraphs their article's title (as {id, title, text} records)")
	pos, err := parseCommand(fs, args, stderr, "usage: rasid eval retrieval [flags] ARCD.json   (SQuAD v1.1 format)")
	if err != nil {
		return helpIsDone(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("eval retrieval: one SQuAD file is needed")
	}
	ps, qs, err := eval.ReadSQuAD(pos[0])
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "rasid-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := *db
	if path == "" {
		path = filepath.Join(dir, "eval.db")
	}
	// the paragraphs as JSON lines, as a user would give them to ingest
	in := filepath.Join(dir, "paragraphs.jsonl")
	f, err := os.Create(in)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, p := range ps {
		rec := map[string]string{"id": p.ID, "text": p.Text}
		if *titles {
			rec["title"] = p.Title
		}
		enc.Encode(rec)
	}
	if err := f.Close(); err != nil {
		return err
	}
	all, err := rasid.ParseLayers("all")
	if err != nil {
		return err
	}
	pipe, err := buildPipeline(all)
	if err != nil {
		return err
	}
	st, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return err
	}
	ctx := context.Background()
	fallbacks, tp, err := ingestPipelines()
	if err != nil {
		return err
	}
	sum, err := ingest.Run(ctx, st, []string{in}, ingest.Options{Pipeline: pipe, Fallbacks: fallbacks, TitlePipeline: tp})
	st.Close()
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("eval retrieval: %d paragraphs failed to ingest", sum.Failed)
	}
	s, err := openSearcher(path)
	if err != nil {
		return err
	}
	defer s.Close()
	var r eval.Retrieval
	for _, q := range qs {
		res, err := s.Search(ctx, rasid.SearchQuery{Query: q.Text, Limit: 10, Lenient: true})
		if err != nil {
			return fmt.Errorf("question %s: %v", q.ID, err)
		}
		ids := make([]string, len(res.Results))
		for i, h := range res.Results {
			ids[i] = h.ID
		}
		rank := r.Add(ids, q.Paragraph)
		if *misses && rank != 1 {
			top := ""
			if len(ids) > 0 {
				top = ids[0]
			}
			fmt.Fprintf(stderr, "rank %d\t%s\t%s\ttop %s\n", rank, q.Paragraph, q.Text, top)
		}
	}
	if *format == "json" {
		return writeJSON(stdout, map[string]any{"paragraphs": len(ps), "questions": r.Queries,
			"recall_at_1": r.RecallAt1(), "recall_at_5": r.RecallAt5(), "recall_at_10": r.RecallAt10(), "mrr_at_10": r.MRR10()})
	}
	fmt.Fprintf(stdout, "%d paragraphs, %d questions\nRecall@1  %.3f\nRecall@5  %.3f\nRecall@10 %.3f\nMRR@10    %.3f\n",
		len(ps), r.Queries, r.RecallAt1(), r.RecallAt5(), r.RecallAt10(), r.MRR10())
	return nil
}
