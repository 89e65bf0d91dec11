package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"strconv"
	"time"

	"github.com/rasid/rasid"
)

// docInfo is what ranking and facets need of an article, kept in memory.
type docInfo struct {
	live   bool
	story  int64
	day    string // YYYY-MM-DD or ""
	dayn   int32  // index of day into docTable.days
	source int32  // index into docTable.sources
	nterms int32
	topic  int32 // index into docTable.topics; 0 is none
}

// docTable caches docInfo for every document number. It is reloaded when
// the archive's generation changes (a writer committed).
type docTable struct {
	gen     int64
	docs    []docInfo // by docno
	sources []string
	topics  []string // topic labels; topics[0] is "" (none)
	days    []string // the days of the documents; days[0] is "" (unknown)
	live    int
	total   int64 // sum of nterms over live documents
	avgdl   float64
}

func (d *DB) generation(ctx context.Context) (int64, error) {
	d.gmu.Lock()
	if d.genStmt == nil {
		st, err := d.rdb.PrepareContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`)
		if err != nil {
			d.gmu.Unlock()
			return 0, err
		}
		d.genStmt = st
	}
	st := d.genStmt
	d.gmu.Unlock()
	var v string
	if err := st.QueryRowContext(ctx).Scan(&v); err != nil {
		return 0, err
	}
	return strconv.ParseInt(v, 10, 64)
}

// table returns the current document table.
func (d *DB) table(ctx context.Context) (*docTable, error) {
	gen, err := d.generation(ctx)
	if err != nil {
		return nil, err
	}
	d.cmu.Lock()
	defer d.cmu.Unlock()
	if d.cache != nil && d.cache.gen == gen {
		return d.cache, nil
	}
	t := &docTable{gen: gen}
	tx, err := d.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	// read the generation again inside the snapshot
	var v string
	if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&v); err != nil {
		return nil, err
	}
	t.gen, _ = strconv.ParseInt(v, 10, 64)
	// documents are never renumbered and only added or deleted, so a
	// table is brought up to date from the previous one: the new document
	// numbers, and the deleted ones (readers of the old table keep theirs)
	srcIdx := map[string]int32{}
	from := int64(0)
	if prev := d.cache; prev != nil && prev.gen < t.gen {
		t.docs = append([]docInfo(nil), prev.docs...)
		t.sources = append([]string(nil), prev.sources...)
		for i, s := range t.sources {
			srcIdx[s] = int32(i)
		}
		t.topics = append([]string(nil), prev.topics...)
		t.days = append([]string(nil), prev.days...)
		t.live, t.total = prev.live, prev.total
		from = int64(len(prev.docs))
	}
	if len(t.days) == 0 {
		t.days = []string{""}
	}
	dayIdx := map[string]int32{}
	for i, d := range t.days {
		dayIdx[d] = int32(i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT docno, story, published, source, nterms FROM articles WHERE docno >= ? ORDER BY docno`, from)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var dn, story int64
		var pub, src string
		var nt int32
		if err := rows.Scan(&dn, &story, &pub, &src, &nt); err != nil {
			return nil, err
		}
		for int64(len(t.docs)) <= dn {
			t.docs = append(t.docs, docInfo{})
		}
		si, ok := srcIdx[src]
		if !ok {
			si = int32(len(t.sources))
			srcIdx[src] = si
			t.sources = append(t.sources, src)
		}
		di, ok := dayIdx[pub]
		if !ok {
			di = int32(len(t.days))
			dayIdx[pub] = di
			t.days = append(t.days, pub)
		}
		t.docs[dn] = docInfo{live: true, story: story, day: pub, dayn: di, source: si, nterms: nt}
		t.live++
		t.total += int64(nt)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := t.loadTopics(ctx, tx, from); err != nil {
		return nil, err
	}
	if from > 0 {
		del, err := tx.QueryContext(ctx, `SELECT docno FROM deleted WHERE docno < ?`, from)
		if err != nil {
			return nil, err
		}
		defer del.Close()
		for del.Next() {
			var dn int64
			if err := del.Scan(&dn); err != nil {
				return nil, err
			}
			if di := &t.docs[dn]; di.live {
				di.live = false
				t.live--
				t.total -= int64(di.nterms)
			}
		}
		if err := del.Err(); err != nil {
			return nil, err
		}
	}
	if t.live > 0 {
		t.avgdl = float64(t.total) / float64(t.live)
	}
	d.cache = t
	return t, nil
}

// loadTopics sets the topic of the documents from number from on.
func (t *docTable) loadTopics(ctx context.Context, tx *sql.Tx, from int64) error {
	if len(t.topics) == 0 {
		t.topics = []string{""}
	}
	idx := map[string]int32{}
	for i, s := range t.topics {
		idx[s] = int32(i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT docno, topic FROM doc_aids WHERE docno >= ? AND topic != ''`, from)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var dn int64
		var topic string
		if err := rows.Scan(&dn, &topic); err != nil {
			return err
		}
		if dn >= int64(len(t.docs)) {
			continue
		}
		ti, ok := idx[topic]
		if !ok {
			ti = int32(len(t.topics))
			idx[topic] = ti
			t.topics = append(t.topics, topic)
		}
		t.docs[dn].topic = ti
	}
	return rows.Err()
}

// Article implements rasid.Searcher.
func (d *DB) Article(ctx context.Context, id string) (*rasid.Article, json.RawMessage, error) {
	var a rasid.Article
	var ingested string
	var doc []byte
	var text string
	var dupOf int64
	err := d.rdb.QueryRowContext(ctx, `SELECT id, url, source, title, author, published, ingested, hash, words, bytes, story, dup_of, doc, text
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.URL, &a.Source, &a.Title, &a.Author, &a.Date, &ingested, &a.Hash,
		&a.Words, &a.Bytes, &a.Story, &dupOf, &doc, &text)
	if err == sql.ErrNoRows {
		return nil, nil, rasid.Errorf(rasid.ENotFound, "no article %q in the archive", id)
	}
	if err != nil {
		return nil, nil, err
	}
	a.Ingested, _ = time.Parse(time.RFC3339, ingested)
	if a.Date != "" {
		a.Published, _ = time.Parse("2006-01-02", a.Date)
	}
	if dupOf != 0 {
		d.rdb.QueryRowContext(ctx, `SELECT id FROM articles WHERE docno = ?`, dupOf).Scan(&a.DuplicateOf)
	}
	js, err := decodeDoc(doc, text)
	if err != nil {
		return nil, nil, err
	}
	return &a, js, nil
}

// Stats implements rasid.Searcher.
func (d *DB) Stats(ctx context.Context) (*rasid.Stats, error) {
	s := &rasid.Stats{Schema: schemaVersion}
	var first, last sql.NullString
	var words, text sql.NullInt64
	err := d.rdb.QueryRowContext(ctx, `SELECT count(*), sum(words), sum(bytes), count(DISTINCT story), count(DISTINCT source),
		min(NULLIF(published, '')), max(NULLIF(published, '')), sum(dup_of != 0) FROM articles`).
		Scan(&s.Articles, &words, &text, &s.Stories, &s.Sources, &first, &last, new(sql.NullInt64))
	if err != nil {
		return nil, err
	}
	s.Words, s.TextBytes, s.First, s.Last = words.Int64, text.Int64, first.String, last.String
	d.rdb.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE dup_of != 0`).Scan(&s.Duplicates)
	if err := d.rdb.QueryRowContext(ctx, `SELECT count(*) FROM entities WHERE eid IN (SELECT DISTINCT eid FROM mentions)`).Scan(&s.Entities); err != nil {
		return nil, err
	}
	if err := d.rdb.QueryRowContext(ctx, `SELECT count(*) FROM mentions`).Scan(&s.Mentions); err != nil {
		return nil, err
	}
	if err := d.rdb.QueryRowContext(ctx, `SELECT count(*) FROM quotes`).Scan(&s.Quotes); err != nil {
		return nil, err
	}
	for _, suf := range []string{"", "-wal"} {
		if st, err := os.Stat(d.path + suf); err == nil {
			s.Bytes += st.Size()
		}
	}
	return s, nil
}
