package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"sort"
	"strings"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/search"
)

// Quotes implements rasid.Searcher.
func (d *DB) Quotes(ctx context.Context, qq rasid.QuoteQuery) (*rasid.QuoteResult, error) {
	if strings.TrimSpace(qq.Speaker) == "" {
		return nil, rasid.Errorf(rasid.EInvalid, "quotes: a speaker is needed")
	}
	if qq.Limit <= 0 {
		qq.Limit = 20
	}
	if qq.Offset < 0 {
		qq.Offset = 0
	}
	// the words the quote must contain: each needs one of its terms
	var need [][]string
	if strings.TrimSpace(qq.Query) != "" {
		if d.analyzer == nil {
			return nil, rasid.Errorf(rasid.EInternal, "sqlite: quote search needs Options.Analyzer")
		}
		q, err := search.Parse(qq.Query)
		if err != nil {
			return nil, &rasid.Error{Code: rasid.EInvalid, Message: err.Error()}
		}
		for _, c := range q.Clauses {
			for _, e := range c.Alts {
				slots, err := search.AnalyzeText(ctx, d.analyzer, e.Text, false)
				if err != nil {
					return nil, err
				}
				for _, s := range slots {
					var keys []string
					for _, k := range s.Keys {
						if k[0] == search.FieldLight {
							keys = append(keys, " "+k+" ")
						}
					}
					if len(keys) > 0 {
						need = append(need, keys)
					}
				}
			}
		}
	}
	return d.quotesOf(ctx, d.rdb, qq, need)
}

// quotes lists a speaker's quotes (qq.Query ignored) within tx.
func (d *DB) quotes(ctx context.Context, tx *sql.Tx, qq rasid.QuoteQuery) (*rasid.QuoteResult, error) {
	return d.quotesOf(ctx, tx, qq, nil)
}

// quotesOf lists the quotes of qq.Speaker whose terms hold one of each
// need's alternatives. The quotes' rows are read without the articles'
// texts; only the page's quotes are cut from theirs.
func (d *DB) quotesOf(ctx context.Context, db querier, qq rasid.QuoteQuery, need [][]string) (*rasid.QuoteResult, error) {
	if qq.Limit <= 0 {
		qq.Limit = 20
	}
	if qq.Offset < 0 {
		qq.Offset = 0
	}
	names, err := speakerNames(ctx, db, qq.Speaker)
	if err != nil {
		return nil, err
	}
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = n
	}
	rows, err := db.QueryContext(ctx, `SELECT q.docno, a.id, a.title, a.published, a.source, q.speaker, q.kind, q.start, q.end, q.cue_start, q.cue_end, q.terms
		FROM quotes q JOIN articles a ON a.docno = q.docno WHERE q.snorm IN (?`+strings.Repeat(",?", len(names)-1)+`)
		ORDER BY a.published DESC, q.docno DESC, q.start`, args...)
	if err != nil {
		return nil, err
	}
	type pending struct {
		h                  rasid.QuoteHit
		doc                int64
		start, end, cs, ce int
	}
	var page []pending
	res := &rasid.QuoteResult{Quotes: []rasid.QuoteHit{}}
	for rows.Next() {
		var x pending
		var terms string
		if err := rows.Scan(&x.doc, &x.h.ArticleID, &x.h.Title, &x.h.Date, &x.h.Source, &x.h.Speaker, &x.h.Kind, &x.start, &x.end, &x.cs, &x.ce, &terms); err != nil {
			rows.Close()
			return nil, err
		}
		ok := true
		for _, alts := range need {
			any := false
			for _, k := range alts {
				if strings.Contains(terms, k) {
					any = true
					break
				}
			}
			if !any {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		res.Total++
		if res.Total <= qq.Offset || len(page) >= qq.Limit {
			continue
		}
		page = append(page, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, x := range page {
		var text string
		if err := db.QueryRowContext(ctx, `SELECT text FROM articles WHERE docno = ?`, x.doc).Scan(&text); err != nil {
			return nil, err
		}
		s, e, cs, ce := x.start, x.end, x.cs, x.ce
		if s < 0 || e > len(text) || s > e {
			continue
		}
		h := x.h
		h.Text = text[s:e]
		if cs >= 0 && ce <= len(text) && cs < ce {
			h.Cue = text[cs:ce]
		}
		co := rasid.NewCharOffsets(text)
		h.Start, h.End = co.Char(s), co.Char(e)
		res.Quotes = append(res.Quotes, h)
	}
	return res, nil
}

// Entity implements rasid.Searcher.
//
// The page is built from the entity's rows of mentions (by the index on
// eid), the in-memory document table (days) and one doc_entities row per
// article (co-occurring entities): no join of mentions with itself or
// with articles, which took seconds for the most mentioned entities.
func (d *DB) Entity(ctx context.Context, name string, opt rasid.EntityQuery) (*rasid.EntityPage, error) {
	if opt.Quotes <= 0 {
		opt.Quotes = 10
	}
	if opt.CoOccurring <= 0 {
		opt.CoOccurring = 20
	}
	n := Norm(name)
	if n == "" {
		return nil, rasid.Errorf(rasid.EInvalid, "entity: a name is needed")
	}
	t, err := d.table(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := d.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p := &rasid.EntityPage{Aliases: []rasid.Count{}, Titles: []rasid.Count{}, MentionsByDay: []rasid.Count{}, CoOccurring: []rasid.EntityCount{}, Quotes: []rasid.QuoteHit{}}
	eid, err := findEntity(ctx, tx, n, p)
	if err != nil {
		return nil, err
	}
	counts := func(dst *[]rasid.Count, q string, args ...any) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c rasid.Count
			if err := rows.Scan(&c.Value, &c.Count); err != nil {
				return err
			}
			*dst = append(*dst, c)
		}
		return rows.Err()
	}
	if err := counts(&p.Aliases, `SELECT surface, sum(n) FROM aliases WHERE eid = ? GROUP BY surface ORDER BY 2 DESC, 1 LIMIT 30`, eid); err != nil {
		return nil, err
	}
	if p.Type == rasid.PER {
		if err := counts(&p.Titles, `SELECT title, count(*) FROM titles WHERE pnorm = ? GROUP BY title ORDER BY 2 DESC, 1 LIMIT 30`, Norm(p.Canonical)); err != nil {
			return nil, err
		}
	}
	// the articles mentioning it, in docno order (the index)
	var docs []int64
	rows, err := tx.QueryContext(ctx, `SELECT docno FROM mentions WHERE eid = ? ORDER BY docno`, eid)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var dn int64
		if err := rows.Scan(&dn); err != nil {
			rows.Close()
			return nil, err
		}
		p.Mentions++
		if len(docs) == 0 || docs[len(docs)-1] != dn {
			docs = append(docs, dn)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	p.Articles = len(docs)
	if err := mentionsByDay(ctx, tx, t, docs, p); err != nil {
		return nil, err
	}
	if err := coOccurring(ctx, tx, eid, docs, opt.CoOccurring, p); err != nil {
		return nil, err
	}
	if p.Type == rasid.PER {
		qr, err := d.quotes(ctx, tx, rasid.QuoteQuery{Speaker: p.Canonical, Limit: opt.Quotes})
		if err != nil {
			return nil, err
		}
		p.Quotes = qr.Quotes
	}
	return p, nil
}

// findEntity finds the entity named n (normalised): its canonical name,
// else an alias, else a part of a canonical name (لافروف for سيرغي
// لافروف); among several, the most mentioned.
func findEntity(ctx context.Context, tx *sql.Tx, n string, p *rasid.EntityPage) (int64, error) {
	var eid int64
	// in this order: the first query that finds one wins
	for _, q := range []string{
		`SELECT e.eid, e.type, e.canonical FROM entities e WHERE e.norm = ?1
			ORDER BY (SELECT count(*) FROM mentions m WHERE m.eid = e.eid) DESC, e.eid LIMIT 1`,
		`SELECT e.eid, e.type, e.canonical FROM entities e WHERE e.eid IN (SELECT eid FROM aliases WHERE alias = ?1)
			ORDER BY (SELECT count(*) FROM mentions m WHERE m.eid = e.eid) DESC, e.eid LIMIT 1`,
		`SELECT e.eid, e.type, e.canonical FROM entities e WHERE e.eid IN (SELECT eid FROM entity_parts WHERE part = ?1)
			ORDER BY (SELECT count(*) FROM mentions m WHERE m.eid = e.eid) DESC, e.eid LIMIT 1`,
	} {
		err := tx.QueryRowContext(ctx, q, n).Scan(&eid, &p.Type, &p.Canonical)
		if err == nil {
			return eid, nil
		}
		if err != sql.ErrNoRows {
			return 0, err
		}
	}
	return 0, rasid.Errorf(rasid.ENotFound, "no entity %q in the archive", n)
}

// mentionsByDay counts the articles of each publication day.
func mentionsByDay(ctx context.Context, tx *sql.Tx, t *docTable, docs []int64, p *rasid.EntityPage) error {
	days := map[string]int{}
	var newer []any // committed after the document table was read
	for _, dn := range docs {
		if dn >= int64(len(t.docs)) {
			newer = append(newer, dn)
			continue
		}
		if day := t.docs[dn].day; day != "" {
			days[day]++
		}
	}
	for len(newer) > 0 {
		chunk := newer[:min(len(newer), 500)]
		newer = newer[len(chunk):]
		rows, err := tx.QueryContext(ctx, `SELECT published FROM articles WHERE published != '' AND docno IN (?`+strings.Repeat(",?", len(chunk)-1)+`)`, chunk...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var day string
			if err := rows.Scan(&day); err != nil {
				rows.Close()
				return err
			}
			days[day]++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for day, n := range days {
		p.MentionsByDay = append(p.MentionsByDay, rasid.Count{Value: day, Count: n})
	}
	sort.Slice(p.MentionsByDay, func(i, j int) bool { return p.MentionsByDay[i].Value < p.MentionsByDay[j].Value })
	return nil
}

// coOccurring counts the other entities of the articles docs (from their
// doc_entities rows) and keeps the limit most frequent, then by name.
func coOccurring(ctx context.Context, tx *sql.Tx, eid int64, docs []int64, limit int, p *rasid.EntityPage) error {
	counts := map[int64]int{}
	for len(docs) > 0 {
		chunk := docs[:min(len(docs), 500)]
		docs = docs[len(chunk):]
		args := make([]any, len(chunk))
		for i, dn := range chunk {
			args[i] = dn
		}
		rows, err := tx.QueryContext(ctx, `SELECT ents FROM doc_entities WHERE docno IN (?`+strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				rows.Close()
				return err
			}
			for len(b) > 0 {
				e, n := binary.Uvarint(b)
				if n <= 0 || n >= len(b) {
					break
				}
				b = b[n+1:] // the type byte follows
				if int64(e) != eid {
					counts[int64(e)]++
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	// the candidates: every entity counted at least as often as the
	// limit-th, so that ties are broken by name as before
	type ec struct {
		eid int64
		n   int
	}
	all := make([]ec, 0, len(counts))
	for e, n := range counts {
		all = append(all, ec{e, n})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].n > all[j].n || all[i].n == all[j].n && all[i].eid < all[j].eid })
	if len(all) > limit {
		cut := all[limit-1].n
		k := limit
		for k < len(all) && all[k].n == cut && k < 5000 {
			k++
		}
		all = all[:k]
	}
	for len(all) > 0 {
		chunk := all[:min(len(all), 500)]
		all = all[len(chunk):]
		args := make([]any, len(chunk))
		for i, c := range chunk {
			args[i] = c.eid
		}
		rows, err := tx.QueryContext(ctx, `SELECT eid, canonical, type FROM entities WHERE eid IN (?`+strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var e int64
			var c rasid.EntityCount
			if err := rows.Scan(&e, &c.Name, &c.Type); err != nil {
				rows.Close()
				return err
			}
			c.Count = counts[e]
			p.CoOccurring = append(p.CoOccurring, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	sort.Slice(p.CoOccurring, func(i, j int) bool {
		a, b := p.CoOccurring[i], p.CoOccurring[j]
		return a.Count > b.Count || a.Count == b.Count && a.Name < b.Name
	})
	if len(p.CoOccurring) > limit {
		p.CoOccurring = p.CoOccurring[:limit]
	}
	return nil
}

// nameParts returns the proper word prefixes and suffixes of a normalised
// name: سيرغي فيكتوروفيتش لافروف gives سيرغي, سيرغي فيكتوروفيتش,
// فيكتوروفيتش لافروف and لافروف.
func nameParts(norm string) []string {
	var out []string
	for i := 0; i < len(norm); i++ {
		if norm[i] == ' ' {
			out = append(out, norm[:i], norm[i+1:])
		}
	}
	return out
}

// putEntityParts indexes the parts of an entity's name.
func (w *writer) putEntityParts(eid int64, norm string) error {
	for _, p := range nameParts(norm) {
		if err := w.add(tabParts, p, eid); err != nil {
			return err
		}
	}
	return nil
}

// fillEntityParts builds entity_parts for the entities of an archive
// written before schema version 3.
func fillEntityParts(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT eid, norm FROM entities`)
	if err != nil {
		return err
	}
	type ent struct {
		eid  int64
		norm string
	}
	var all []ent
	for rows.Next() {
		var e ent
		if err := rows.Scan(&e.eid, &e.norm); err != nil {
			rows.Close()
			return err
		}
		all = append(all, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	w := newWriter(ctx, tx)
	defer w.close()
	for _, e := range all {
		if err := w.putEntityParts(e.eid, e.norm); err != nil {
			return err
		}
	}
	return w.flush()
}
