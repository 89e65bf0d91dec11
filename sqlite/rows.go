package sqlite

import (
	"database/sql"
	"strings"
)

// Rows that nothing reads before the transaction ends (mentions, aliases,
// titles, quotes, the aids, entity name parts) are not inserted one
// statement each: a writer gathers them per table and writes up to
// rowsPerInsert a statement. An ingest batch so runs a few hundred
// statements a thousand articles instead of about ninety an article.

// rowsPerInsert is how many rows one multi-row INSERT writes.
const rowsPerInsert = 64

// table is an INSERT whose rows are gathered: head is the statement up to
// VALUES, tail what follows the rows (an upsert clause), width the number
// of columns.
type table struct {
	head, tail string
	width      int
}

var (
	tabMentions    = &table{head: `INSERT INTO mentions(docno, eid, start, end) VALUES `, width: 4}
	tabTitles      = &table{head: `INSERT INTO titles(docno, person, pnorm, title) VALUES `, width: 4}
	tabQuotes      = &table{head: `INSERT INTO quotes(docno, speaker, snorm, kind, start, end, cue_start, cue_end, terms) VALUES `, width: 9}
	tabDocEntities = &table{head: `INSERT INTO doc_entities(docno, ents) VALUES `, width: 2}
	tabDocAids     = &table{head: `INSERT INTO doc_aids(docno, topic, score, keyphrases) VALUES `, width: 4}
	tabKeyphrases  = &table{head: `INSERT OR IGNORE INTO keyphrases(key, docno) VALUES `, width: 2}
	tabParts       = &table{head: `INSERT OR IGNORE INTO entity_parts(part, eid) VALUES `, width: 2}
	tabAliases     = &table{head: `INSERT INTO aliases(alias, eid, surface, n) VALUES `, tail: ` ON CONFLICT(alias, eid) DO UPDATE SET n = n + excluded.n`, width: 4}
	tabLSH         = &table{head: `INSERT OR IGNORE INTO lsh(bucket, docno) VALUES `, width: 2}
	tabPostings    = &table{head: `INSERT INTO postings(term, seg, data) VALUES `, width: 3}
)

// gathered is the order in which a writer's gathered rows are written.
var gathered = []*table{tabMentions, tabTitles, tabQuotes, tabDocEntities, tabDocAids, tabKeyphrases, tabParts}

// rowsKey names the statement of n rows of a table.
type rowsKey struct {
	t *table
	n int
}

// statement returns the prepared INSERT of n rows into t.
func (w *writer) rowsStmt(t *table, n int) (*sql.Stmt, error) {
	k := rowsKey{t, n}
	if s, ok := w.rowStmts[k]; ok {
		return s, nil
	}
	var b strings.Builder
	b.WriteString(t.head)
	one := "(?" + strings.Repeat(", ?", t.width-1) + ")"
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	b.WriteString(t.tail)
	s, err := w.tx.PrepareContext(w.ctx, b.String())
	if err != nil {
		return nil, err
	}
	w.rowStmts[k] = s
	return s, nil
}

// insert writes rows (width values each) into t, rowsPerInsert a
// statement.
func (w *writer) insert(t *table, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/t.width, rowsPerInsert)
		s, err := w.rowsStmt(t, n)
		if err != nil {
			return err
		}
		if _, err := s.ExecContext(w.ctx, args[:n*t.width]...); err != nil {
			return err
		}
		args = args[n*t.width:]
	}
	return nil
}

// add gathers one row of t, and writes the rows gathered once there are
// rowsPerInsert.
func (w *writer) add(t *table, row ...any) error {
	if w.rows == nil {
		w.rows = map[*table][]any{}
	}
	rs := append(w.rows[t], row...)
	if len(rs) >= rowsPerInsert*t.width {
		if err := w.insert(t, rs); err != nil {
			return err
		}
		rs = rs[:0]
	}
	w.rows[t] = rs
	return nil
}

// flush writes every gathered row, table by table.
func (w *writer) flush() error {
	for _, t := range gathered {
		if rs := w.rows[t]; len(rs) > 0 {
			if err := w.insert(t, rs); err != nil {
				return err
			}
			w.rows[t] = rs[:0]
		}
	}
	return nil
}
