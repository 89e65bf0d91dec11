package sqlite

import (
	"context"
	"database/sql"
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
	names, err := speakerNames(ctx, d.rdb, qq.Speaker)
	if err != nil {
		return nil, err
	}
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = n
	}
	rows, err := d.rdb.QueryContext(ctx, `SELECT a.id, a.title, a.published, a.source, a.text, q.speaker, q.kind, q.start, q.end, q.cue_start, q.cue_end, q.terms
		FROM quotes q JOIN articles a ON a.docno = q.docno WHERE q.snorm IN (?`+strings.Repeat(",?", len(names)-1)+`)
		ORDER BY a.published DESC, q.docno DESC, q.start`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	res := &rasid.QuoteResult{Quotes: []rasid.QuoteHit{}}
	for rows.Next() {
		var h rasid.QuoteHit
		var text, terms string
		var s, e, cs, ce int
		if err := rows.Scan(&h.ArticleID, &h.Title, &h.Date, &h.Source, &text, &h.Speaker, &h.Kind, &s, &e, &cs, &ce, &terms); err != nil {
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
		if res.Total <= qq.Offset || len(res.Quotes) >= qq.Limit {
			continue
		}
		if s < 0 || e > len(text) || s > e {
			continue
		}
		h.Text = text[s:e]
		if cs >= 0 && ce <= len(text) && cs < ce {
			h.Cue = text[cs:ce]
		}
		co := rasid.NewCharOffsets(text)
		h.Start, h.End = co.Char(s), co.Char(e)
		res.Quotes = append(res.Quotes, h)
	}
	return res, rows.Err()
}

// Entity implements rasid.Searcher.
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
	// the entity with this canonical name or alias that is mentioned most
	var eid int64
	p := &rasid.EntityPage{Aliases: []rasid.Count{}, Titles: []rasid.Count{}, MentionsByDay: []rasid.Count{}, CoOccurring: []rasid.EntityCount{}, Quotes: []rasid.QuoteHit{}}
	err := d.rdb.QueryRowContext(ctx, `SELECT e.eid, e.type, e.canonical FROM entities e
		WHERE e.norm = ? OR e.eid IN (SELECT eid FROM aliases WHERE alias = ?) OR e.norm LIKE '% ' || ? OR e.norm LIKE ? || ' %'
		ORDER BY (e.norm = ?) DESC, (SELECT eid FROM aliases WHERE alias = ? AND eid = e.eid) IS NOT NULL DESC,
			(SELECT count(*) FROM mentions m WHERE m.eid = e.eid) DESC LIMIT 1`, n, n, n, n, n, n).Scan(&eid, &p.Type, &p.Canonical)
	if err == sql.ErrNoRows {
		return nil, rasid.Errorf(rasid.ENotFound, "no entity %q in the archive", name)
	}
	if err != nil {
		return nil, err
	}
	counts := func(dst *[]rasid.Count, q string, args ...any) error {
		rows, err := d.rdb.QueryContext(ctx, q, args...)
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
	if err := d.rdb.QueryRowContext(ctx, `SELECT count(DISTINCT docno), count(*) FROM mentions WHERE eid = ?`, eid).Scan(&p.Articles, &p.Mentions); err != nil {
		return nil, err
	}
	if err := counts(&p.MentionsByDay, `SELECT a.published, count(DISTINCT m.docno) FROM mentions m JOIN articles a ON a.docno = m.docno
		WHERE m.eid = ? AND a.published != '' GROUP BY a.published ORDER BY a.published`, eid); err != nil {
		return nil, err
	}
	rows, err := d.rdb.QueryContext(ctx, `SELECT e.canonical, e.type, count(DISTINCT m2.docno) AS n
		FROM mentions m1 JOIN mentions m2 ON m2.docno = m1.docno AND m2.eid != m1.eid JOIN entities e ON e.eid = m2.eid
		WHERE m1.eid = ? GROUP BY m2.eid ORDER BY n DESC, e.canonical LIMIT ?`, eid, opt.CoOccurring)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var ec rasid.EntityCount
		if err := rows.Scan(&ec.Name, &ec.Type, &ec.Count); err != nil {
			rows.Close()
			return nil, err
		}
		p.CoOccurring = append(p.CoOccurring, ec)
	}
	rows.Close()
	if p.Type == rasid.PER {
		qr, err := d.Quotes(ctx, rasid.QuoteQuery{Speaker: p.Canonical, Limit: opt.Quotes})
		if err != nil {
			return nil, err
		}
		p.Quotes = qr.Quotes
	}
	return p, nil
}
