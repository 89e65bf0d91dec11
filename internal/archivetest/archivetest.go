// Package archivetest holds what the tests of the archive share (sqlite,
// web, ingest): the analysis pipelines, loaded once per test binary, and
// analysed records of the project's own test articles. Only tests import
// it.
package archivetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/dates"
	"github.com/rasid/rasid/entity"
	"github.com/rasid/rasid/morph"
	"github.com/rasid/rasid/quotes"
	"github.com/rasid/rasid/tokenize"
)

var (
	once      sync.Once
	full, qry *rasid.Pipeline
	errPipe   error
)

func load() {
	m, err := morph.Load()
	if err != nil {
		errPipe = err
		return
	}
	em, err := entity.Load()
	if err != nil {
		errPipe = err
		return
	}
	words := morph.NewAnnotatorWith(m, morph.Options{RestoreForms: true})
	full, errPipe = rasid.NewPipeline(tokenize.NewAnnotator(), words, dates.NewAnnotator(), entity.NewAnnotator(em), quotes.NewAnnotator())
	if errPipe != nil {
		return
	}
	qry, errPipe = rasid.NewPipeline(tokenize.NewAnnotator(), words)
}

// loaded loads the pipelines on first use.
func loaded(tb testing.TB) {
	tb.Helper()
	once.Do(load)
	if errPipe != nil {
		tb.Fatal(errPipe)
	}
}

// Pipeline is the analysis of archived articles: tokens, words, dates,
// entities and quotes.
func Pipeline(tb testing.TB) *rasid.Pipeline { loaded(tb); return full }

// QueryPipeline analyses queries and titles as rasid search, rasid serve
// and rasid ingest do: tokens and words, what index terms are made of.
func QueryPipeline(tb testing.TB) *rasid.Pipeline { loaded(tb); return qry }

// Record analyses text with Pipeline into the record of article a.
func Record(tb testing.TB, a rasid.Article, text string) rasid.Record {
	tb.Helper()
	d := &rasid.Document{ID: a.ID, Text: text, Date: a.Published}
	if err := Pipeline(tb).Annotate(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return rasid.Record{Article: a, Doc: d}
}

// Day parses a YYYY-MM-DD date.
func Day(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
