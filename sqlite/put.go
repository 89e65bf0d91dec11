package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/normalize"
	"github.com/rasid/rasid/search"
)

// prepared is a record with everything computed that needs no database.
type prepared struct {
	rec      rasid.Record // its Doc holds the text, entities, titles and quotes
	hash     string
	normhash string
	sig      []uint32
	terms    *search.Packed
	spans    []byte
	doc      []byte // the stored form (codec.go)
	aids     aids
	ments    []mention  // the entity mentions with a canonical name
	titles   []titleRow // the titles with a person and a title
	quotes   []quoteRow
	kpKeys   []string // the keyphrases rows' keys
	words    int
	err      error
}

func prepare(r rasid.Record) *prepared {
	p := &prepared{rec: r}
	d := r.Doc
	if d == nil {
		p.err = errors.New("record without a document")
		return p
	}
	sum := sha256.Sum256([]byte(d.Text))
	p.hash = hex.EncodeToString(sum[:])
	nw := search.NormWords(d)
	p.normhash = search.NormHash(nw)
	p.sig = search.MinHash(nw)
	// the index terms with their positions encoded now (Put only adds
	// document numbers), in a few flat slices: a prepared record waits
	// in memory for its batch, two batches of them at a time
	p.terms = search.Pack(d, r.TitleDoc)
	p.spans = search.AppendSpans(nil, p.terms.Spans)
	p.terms.Spans = nil
	p.words = search.Words(d)
	p.aids = docAids(d)
	p.layerRows(d)
	doc, err := encodeDoc(d)
	if err != nil {
		p.err = err
		return p
	}
	p.doc = doc
	// what Put still reads of the document
	p.rec.Doc = &rasid.Document{ID: d.ID, Text: d.Text}
	p.rec.TitleDoc = nil
	return p
}

// mention is an entity mention as the archive keeps it.
type mention struct {
	typ, canonical string
	alias, surface string // the spelling, Norm()alised and as written
	start, end     int
}

type titleRow struct{ person, pnorm, title string }

type quoteRow struct {
	q            rasid.Quote
	snorm, terms string
}

// layerRows computes the rows of the entity, title, quote and keyphrase
// tables but for the document numbers and entity ids, which only the
// writer knows.
func (p *prepared) layerRows(d *rasid.Document) {
	for _, e := range d.Entities {
		if e.Canonical == "" {
			continue
		}
		surface := e.In(d.Text)
		p.ments = append(p.ments, mention{typ: e.Type, canonical: e.Canonical, alias: Norm(surface), surface: surface, start: e.Start, end: e.End})
	}
	for _, t := range d.Titles {
		if t.Person != "" && t.Title != "" {
			p.titles = append(p.titles, titleRow{t.Person, Norm(t.Person), t.Title})
		}
	}
	terms := quoteTerms(d)
	for i, q := range d.Quotes {
		p.quotes = append(p.quotes, quoteRow{q, Norm(q.Speaker.Name), terms[i]})
	}
	p.kpKeys = aidKeys(p.aids)
}

// segTerm is a term's postings in the segment a Put writes.
type segTerm struct {
	last int64 // the last document added
	data []byte
}

// Prepare implements rasid.Preparer.
func (d *DB) Prepare(r *rasid.Record) error {
	p := prepare(*r)
	if p.err != nil {
		return p.err
	}
	p.rec.Prepared = nil
	*r = p.rec
	r.Prepared = p
	return nil
}

// prepareAll prepares a batch on all cores, but for the records Prepare
// has done.
func prepareAll(batch []rasid.Record) []*prepared {
	out := make([]*prepared, len(batch))
	var todo []int
	for i, r := range batch {
		if p, ok := r.Prepared.(*prepared); ok && p.rec.Doc == r.Doc {
			out[i] = p
		} else {
			todo = append(todo, i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = prepare(batch[i])
			}
		}()
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Hashes implements rasid.Store.
func (d *DB) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		q := "SELECT id, hash FROM articles WHERE id IN (?" + strings.Repeat(",?", len(chunk)-1) + ")"
		rows, err := d.rdb.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = h
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Put implements rasid.Store: the batch is one transaction.
func (d *DB) Put(ctx context.Context, batch []rasid.Record) ([]rasid.PutResult, error) {
	if d.readOnly {
		return nil, errors.New("archive opened read-only")
	}
	for i, r := range batch {
		if r.Doc == nil {
			return nil, fmt.Errorf("record %d (%s) has no document", i, r.Article.ID)
		}
		if r.Article.ID == "" {
			return nil, fmt.Errorf("record %d has no id", i)
		}
	}
	preps := prepareAll(batch)
	for _, p := range preps {
		if p.err != nil {
			return nil, fmt.Errorf("%s: %w", p.rec.Article.ID, p.err)
		}
	}
	d.wmu.Lock()
	defer d.wmu.Unlock()
	res, err := d.put(ctx, preps)
	if err != nil {
		// ids cached during the failed transaction may not exist
		d.eids = map[string]int64{}
		return nil, err
	}
	return res, nil
}

type writer struct {
	tx       *sql.Tx
	ctx      context.Context
	stmts    map[string]*sql.Stmt
	rowStmts map[rowsKey]*sql.Stmt
	rows     map[*table][]any // gathered rows (rows.go)
	seg      map[string]*segTerm
	aliases  map[aliasKey]*aliasCount
	aliasSeq []aliasKey // aliases in the order first seen
}

func newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{tx: tx, ctx: ctx, stmts: map[string]*sql.Stmt{}, rowStmts: map[rowsKey]*sql.Stmt{},
		seg: map[string]*segTerm{}, aliases: map[aliasKey]*aliasCount{}}
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
	for _, s := range w.rowStmts {
		s.Close()
	}
}

type aliasKey struct {
	alias string
	eid   int64
}

type aliasCount struct {
	surface string // as first seen
	n       int
}

func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = s
	return s, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(w.ctx, args...)
}

func (w *writer) queryRow(q string, args ...any) *sql.Row {
	s, err := w.stmt(q)
	if err != nil {
		return w.tx.QueryRowContext(w.ctx, q, args...)
	}
	return s.QueryRowContext(w.ctx, args...)
}

func metaInt(tx *sql.Tx, ctx context.Context, key string) (int64, error) {
	var v string
	if err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v); err != nil {
		return 0, fmt.Errorf("reading %s: %w", key, err)
	}
	return strconv.ParseInt(v, 10, 64)
}

func (d *DB) put(ctx context.Context, preps []*prepared) ([]rasid.PutResult, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w := newWriter(ctx, tx)
	defer w.close()
	var m batchMeta
	if err := m.read(tx, ctx); err != nil {
		return nil, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	results := make([]rasid.PutResult, len(preps))
	for i, p := range preps {
		if err := w.putOne(d, p, &m, now, &results[i]); err != nil {
			return nil, err
		}
	}
	if err := w.finish(&m); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	d.checkpoint(ctx)
	return results, nil
}

// batchMeta are the counters of the meta table a Put moves on.
type batchMeta struct {
	nextDoc, seg, gen int64
}

func (m *batchMeta) read(tx *sql.Tx, ctx context.Context) error {
	var err error
	if m.nextDoc, err = metaInt(tx, ctx, "next_docno"); err != nil {
		return err
	}
	if m.seg, err = metaInt(tx, ctx, "next_seg"); err != nil {
		return err
	}
	m.gen, err = metaInt(tx, ctx, "generation")
	return err
}

// putOne writes one article (its layers' rows gathered for later) and
// adds its postings to the batch's segment.
func (w *writer) putOne(d *DB, p *prepared, m *batchMeta, now string, res *rasid.PutResult) error {
	a := p.rec.Article
	res.ID = a.ID
	if done, err := w.previous(p, res); err != nil || done {
		return err
	}
	docno := m.nextDoc
	m.nextDoc++
	dupOf, err := w.story(p, docno, res)
	if err != nil {
		return err
	}
	text := p.rec.Doc.Text
	if _, err := w.exec(`INSERT INTO articles(docno, id, url, source, title, author, published, ingested, hash, normhash,
			dup_of, story, words, bytes, nterms, minhash, spans, text, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		docno, a.ID, a.URL, a.Source, a.Title, a.Author, day(a.Published), now, p.hash, p.normhash,
		dupOf, res.Story, p.words, len(text), p.terms.Length, search.EncodeSig(p.sig), p.spans, text, p.doc); err != nil {
		return fmt.Errorf("%s: %w", a.ID, err)
	}
	if err := w.layers(d, docno, p); err != nil {
		return fmt.Errorf("%s: %w", a.ID, err)
	}
	if err := w.putAids(docno, p.aids, p.kpKeys); err != nil {
		return fmt.Errorf("%s: %w", a.ID, err)
	}
	for i := 0; i < p.terms.Len(); i++ {
		key, enc := p.terms.Term(i)
		st := w.seg[string(key)] // no string is made for the look-up
		if st == nil {
			st = &segTerm{}
			w.seg[string(key)] = st
		}
		st.data = binary.AppendUvarint(st.data, uint64(docno-st.last))
		st.last = docno
		st.data = append(st.data, enc...)
	}
	return nil
}

// previous looks the article's id up: an article archived with the same
// text and metadata is left alone (done); one with another is removed, to
// be replaced.
func (w *writer) previous(p *prepared, res *rasid.PutResult) (done bool, err error) {
	a := p.rec.Article
	var old int64
	var oldHash, oldURL, oldSource, oldTitle, oldAuthor, oldPub string
	var oldStory int64
	err = w.queryRow(`SELECT docno, hash, url, source, title, author, published, story FROM articles WHERE id = ?`, a.ID).
		Scan(&old, &oldHash, &oldURL, &oldSource, &oldTitle, &oldAuthor, &oldPub, &oldStory)
	switch {
	case err == sql.ErrNoRows:
		res.Status = rasid.PutNew
		return false, nil
	case err != nil:
		return false, err
	case oldHash == p.hash && oldURL == a.URL && oldSource == a.Source && oldTitle == a.Title && oldAuthor == a.Author && oldPub == day(a.Published):
		res.Status = rasid.PutUnchanged
		res.Story = oldStory
		return true, nil
	}
	res.Status = rasid.PutUpdated
	return false, w.remove(old)
}

// story finds the story of a new article — an exact duplicate's, else the
// most similar earlier article's, else its own — and files its LSH
// buckets. It returns the document it duplicates (0 for none).
func (w *writer) story(p *prepared, docno int64, res *rasid.PutResult) (int64, error) {
	res.Story = docno
	var dupOf, dstory int64
	// exact duplicate: the same normalised words
	err := w.queryRow(`SELECT docno, story FROM articles WHERE normhash = ? ORDER BY docno LIMIT 1`, p.normhash).Scan(&dupOf, &dstory)
	switch {
	case err == nil:
		res.Story = dstory
		res.Duplicate = true
	case err != sql.ErrNoRows:
		return 0, err
	default:
		if s, ok, err := w.nearStory(p.sig); err != nil {
			return 0, err
		} else if ok {
			res.Story = s
			res.NearDuplicate = true
		}
	}
	buckets := search.Buckets(p.sig)
	args := make([]any, 0, 2*len(buckets))
	for _, b := range buckets {
		args = append(args, b, docno)
	}
	// at once: the next article's nearStory must see them
	return dupOf, w.insert(tabLSH, args)
}

// finish writes what the batch gathered — the layers' rows, the aliases'
// counts, the postings segment — and moves the meta counters on.
func (w *writer) finish(m *batchMeta) error {
	if err := w.flush(); err != nil {
		return err
	}
	args := make([]any, 0, 4*len(w.aliasSeq))
	for _, k := range w.aliasSeq {
		c := w.aliases[k]
		args = append(args, k.alias, k.eid, c.surface, c.n)
	}
	if err := w.insert(tabAliases, args); err != nil {
		return err
	}
	if len(w.seg) > 0 {
		if err := w.putSegment(m.seg); err != nil {
			return err
		}
		m.seg++
	}
	for k, v := range map[string]int64{"next_docno": m.nextDoc, "next_seg": m.seg, "generation": m.gen + 1} {
		if _, err := w.exec(`UPDATE meta SET value = ? WHERE key = ?`, strconv.FormatInt(v, 10), k); err != nil {
			return err
		}
	}
	return nil
}

// putSegment writes the batch's postings as segment seg: one row a term,
// in term order, several rows a statement.
func (w *writer) putSegment(seg int64) error {
	terms := make([]string, 0, len(w.seg))
	for t := range w.seg {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	args := make([]any, 0, 3*len(terms))
	for _, t := range terms {
		args = append(args, t, seg, w.seg[t].data)
	}
	return w.insert(tabPostings, args)
}

// walLimit is the WAL size from which Put checkpoints and truncates it.
const walLimit = 128 << 20

// checkpoint truncates a large WAL. SQLite's automatic checkpoints copy
// pages back but cannot restart the WAL while readers keep using it, so
// an ingest under a busy server would grow it without bound. Readers are
// short: waiting for them (busy_timeout) is brief; failing is harmless.
func (d *DB) checkpoint(ctx context.Context) {
	st, err := os.Stat(d.path + "-wal")
	if err != nil || st.Size() < walLimit {
		return
	}
	d.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
}

// nearStory finds the story of the most similar earlier article through
// the LSH buckets (at most 64 articles a bucket), in one statement.
func (w *writer) nearStory(sig []uint32) (int64, bool, error) {
	buckets := search.Buckets(sig)
	if sig == nil || len(buckets) == 0 {
		return 0, false, nil
	}
	one := `SELECT docno FROM (SELECT docno FROM lsh WHERE bucket = ? LIMIT 64)`
	q := `SELECT story, minhash FROM articles WHERE docno IN (` + one + strings.Repeat(` UNION ALL `+one, len(buckets)-1) + `)`
	s, err := w.stmt(q)
	if err != nil {
		return 0, false, err
	}
	args := make([]any, len(buckets))
	for i, b := range buckets {
		args[i] = b
	}
	rows, err := s.QueryContext(w.ctx, args...)
	if err != nil {
		return 0, false, err
	}
	defer rows.Close()
	best, bestStory := 0.0, int64(0)
	for rows.Next() {
		var story int64
		var blob []byte
		if err := rows.Scan(&story, &blob); err != nil {
			return 0, false, err
		}
		if s := search.Similarity(sig, search.DecodeSig(blob)); s > best || s == best && story < bestStory {
			best, bestStory = s, story
		}
	}
	if err := rows.Err(); err != nil {
		return 0, false, err
	}
	if best >= search.NearJaccard {
		return bestStory, true, nil
	}
	return 0, false, nil
}

// remove deletes an article replaced by an update. Its postings stay and
// are skipped through the deleted table.
func (w *writer) remove(docno int64) error {
	// the rows gathered so far may be the replaced article's
	if err := w.flush(); err != nil {
		return err
	}
	var kps string
	switch err := w.queryRow(`SELECT keyphrases FROM doc_aids WHERE docno = ?`, docno).Scan(&kps); err {
	case nil, sql.ErrNoRows:
	default:
		return err
	}
	var err error
	decodeKeyphrases(kps, func(key, text string) bool {
		for _, k := range []string{key, Norm(text)} {
			if _, err = w.exec(`DELETE FROM keyphrases WHERE key = ? AND docno = ?`, k, docno); err != nil {
				return false
			}
		}
		return true
	})
	if err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM doc_aids WHERE docno = ?`,
		`DELETE FROM articles WHERE docno = ?`,
		`DELETE FROM mentions WHERE docno = ?`,
		`DELETE FROM titles WHERE docno = ?`,
		`DELETE FROM quotes WHERE docno = ?`,
		`DELETE FROM lsh WHERE docno = ?`,
		`DELETE FROM doc_entities WHERE docno = ?`,
		`INSERT OR IGNORE INTO deleted(docno) VALUES (?)`,
	} {
		if _, err := w.exec(q, docno); err != nil {
			return err
		}
	}
	return nil
}

// layers gathers the entity, title and quote rows of a document and
// counts its aliases.
func (w *writer) layers(d *DB, docno int64, p *prepared) error {
	var ents []byte
	seen := map[int64]bool{}
	for _, m := range p.ments {
		eid, err := w.entity(d, m.typ, m.canonical)
		if err != nil {
			return err
		}
		if !seen[eid] {
			seen[eid] = true
			ents = binary.AppendUvarint(ents, uint64(eid))
			ents = append(ents, typeIndex(m.typ))
		}
		if err := w.add(tabMentions, docno, eid, m.start, m.end); err != nil {
			return err
		}
		k := aliasKey{m.alias, eid}
		if c := w.aliases[k]; c != nil {
			c.n++
		} else {
			w.aliases[k] = &aliasCount{surface: m.surface, n: 1}
			w.aliasSeq = append(w.aliasSeq, k)
		}
	}
	if len(ents) > 0 {
		if err := w.add(tabDocEntities, docno, ents); err != nil {
			return err
		}
	}
	for _, t := range p.titles {
		if err := w.add(tabTitles, docno, t.person, t.pnorm, t.title); err != nil {
			return err
		}
	}
	for _, q := range p.quotes {
		if err := w.add(tabQuotes, docno, q.q.Speaker.Name, q.snorm, q.q.Kind, q.q.Start, q.q.End, q.q.Cue.Start, q.q.Cue.End, q.terms); err != nil {
			return err
		}
	}
	return nil
}

// quoteTerms returns the terms column of each quote of d: the distinct
// light-stem terms of its tokens, space-separated and space-framed.
func quoteTerms(d *rasid.Document) []string {
	out := make([]string, len(d.Quotes))
	var buf []string
	var b strings.Builder
	for qi, q := range d.Quotes {
		buf = buf[:0]
		b.Reset()
		b.WriteByte(' ')
		// tokens are in text order and do not overlap: the quote's are
		// those from the first starting in it to the last ending in it
		first, _ := slices.BinarySearchFunc(d.Tokens, q.Start, func(t rasid.Token, start int) int { return t.Start - start })
		for i := first; i < len(d.Tokens) && d.Tokens[i].End <= q.End; i++ {
			t := &d.Tokens[i]
			search.EachLightTerm(d.Text, t, func(term string) {
				if !slices.Contains(buf, term) {
					buf = append(buf, term)
					b.WriteByte(search.FieldLight)
					b.WriteString(term)
					b.WriteByte(' ')
				}
			})
		}
		if len(buf) == 0 {
			b.WriteByte(' ')
		}
		out[qi] = b.String()
	}
	return out
}

func (w *writer) entity(d *DB, typ, canonical string) (int64, error) {
	key := typ + "\x00" + canonical
	if id, ok := d.eids[key]; ok {
		return id, nil
	}
	var id int64
	err := w.queryRow(`SELECT eid FROM entities WHERE type = ? AND canonical = ?`, typ, canonical).Scan(&id)
	if err == sql.ErrNoRows {
		norm := Norm(canonical)
		r, err := w.exec(`INSERT INTO entities(type, canonical, norm) VALUES (?, ?, ?)`, typ, canonical, norm)
		if err != nil {
			return 0, err
		}
		id, err = r.LastInsertId()
		if err != nil {
			return 0, err
		}
		if err := w.putEntityParts(id, norm); err != nil {
			return 0, err
		}
	} else if err != nil {
		return 0, err
	}
	d.eids[key] = id
	return id, nil
}

// entityTypes are the types of doc_entities, by index.
var entityTypes = []string{rasid.PER, rasid.ORG, rasid.LOC, rasid.MISC}

func typeIndex(t string) byte {
	for i, x := range entityTypes {
		if x == t {
			return byte(i)
		}
	}
	return byte(len(entityTypes)) // another type
}

// Norm is how names are compared in the archive (entities, aliases,
// speakers): Search-normalised, spaces collapsed, and a leading ال kept.
func Norm(s string) string {
	return strings.Join(strings.Fields(normalize.ForSearch(s)), " ")
}
