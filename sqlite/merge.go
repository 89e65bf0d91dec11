package sqlite

import (
	"context"
	"strconv"

	"github.com/rasid/rasid/search"
)

// Each Put writes the postings of its batch as one segment: one row per
// term. A full ingest of SaudiNewsNet leaves the common words in 120 rows
// each, which a search reads and decodes one by one. MergePostings
// rewrites the rows of such terms as one, dropping the postings of
// replaced (deleted) documents on the way.

// mergeMinRows is from how many rows a term's postings are merged: a
// merged term is rewritten again only after that many more segments, so a
// series of small ingests does not rewrite the long lists each time.
const mergeMinRows = 8

// mergeChunkRows is how many postings rows one merge transaction reads:
// readers are never blocked, a writer waits for one chunk at most.
var mergeChunkRows = 20000

// MergeStats tells what MergePostings did.
type MergeStats struct {
	Terms   int `json:"terms"`    // terms whose rows were merged
	RowsIn  int `json:"rows_in"`  // rows read of those terms
	RowsOut int `json:"rows_out"` // rows they became (one a term)
}

// MergePostings merges the postings rows of every term held in at least
// mergeMinRows segments (all with force: every term in more than one),
// in transactions of about mergeChunkRows rows. Unless forced it returns
// at once when too few segments were written since the last merge for
// any term to qualify.
func (d *DB) MergePostings(ctx context.Context, force bool) (MergeStats, error) {
	var st MergeStats
	if d.readOnly {
		return st, nil
	}
	d.wmu.Lock()
	defer d.wmu.Unlock()
	minRows := mergeMinRows
	if force {
		minRows = 2
	}
	var nextSeg, mergedSeg int64
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT value FROM meta WHERE key = 'next_seg'),
		coalesce((SELECT value FROM meta WHERE key = 'merged_seg'), '0')`).Scan(&nextSeg, &mergedSeg)
	if err != nil {
		return st, err
	}
	// a term is in at most one row per segment written since the last
	// merge, plus its merged row
	if !force && nextSeg-mergedSeg+1 < int64(minRows) {
		return st, nil
	}
	deleted := map[int64]bool{}
	rows, err := d.db.QueryContext(ctx, `SELECT docno FROM deleted`)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var dn int64
		if err := rows.Scan(&dn); err != nil {
			rows.Close()
			return st, err
		}
		deleted[dn] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	from := ""
	for {
		next, done, err := d.mergeChunk(ctx, from, minRows, deleted, &st)
		if err != nil {
			return st, err
		}
		if done {
			break
		}
		from = next
	}
	_, err = d.db.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES ('merged_seg', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.FormatInt(nextSeg, 10))
	d.checkpoint(ctx)
	return st, err
}

type segRow struct {
	seg  int64
	data []byte
}

// mergeChunk merges the terms after from of the next mergeChunkRows rows
// in one transaction. It returns the last term it finished, and done when
// no term is left.
func (d *DB) mergeChunk(ctx context.Context, from string, minRows int, deleted map[int64]bool, st *MergeStats) (string, bool, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return "", false, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT term, seg, data FROM postings WHERE term > ? ORDER BY term, seg LIMIT ?`, from, mergeChunkRows)
	if err != nil {
		return "", false, err
	}
	var terms []string
	var groups [][]segRow
	n := 0
	for rows.Next() {
		var term string
		var r segRow
		if err := rows.Scan(&term, &r.seg, &r.data); err != nil {
			rows.Close()
			return "", false, err
		}
		n++
		if len(terms) == 0 || terms[len(terms)-1] != term {
			terms = append(terms, term)
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", false, err
	}
	if n == 0 {
		return "", true, nil
	}
	done := n < mergeChunkRows
	if !done {
		if len(terms) > 1 {
			// the last term may go on in the next rows: the next chunk
			// takes it whole
			terms, groups = terms[:len(terms)-1], groups[:len(groups)-1]
		} else {
			// one term fills the chunk: read the rest of it
			last := groups[0][len(groups[0])-1].seg
			more, err := tx.QueryContext(ctx, `SELECT seg, data FROM postings WHERE term = ? AND seg > ? ORDER BY seg`, terms[0], last)
			if err != nil {
				return "", false, err
			}
			for more.Next() {
				var r segRow
				if err := more.Scan(&r.seg, &r.data); err != nil {
					more.Close()
					return "", false, err
				}
				groups[0] = append(groups[0], r)
			}
			more.Close()
			if err := more.Err(); err != nil {
				return "", false, err
			}
		}
	}
	w := newWriter(ctx, tx)
	defer w.close()
	var buf []byte
	for i, g := range groups {
		if len(g) < minRows {
			continue
		}
		buf = buf[:0]
		prev := int64(0)
		for _, r := range g {
			err := search.DecodePostings(r.data, func(doc int64, pos []int32) {
				if !deleted[doc] {
					buf = search.AppendPosting(buf, prev, doc, pos)
					prev = doc
				}
			})
			if err != nil {
				return "", false, err
			}
		}
		last := g[len(g)-1].seg
		if len(buf) == 0 {
			_, err = w.exec(`DELETE FROM postings WHERE term = ? AND seg <= ?`, terms[i], last)
		} else if _, err = w.exec(`UPDATE postings SET data = ? WHERE term = ? AND seg = ?`, buf, terms[i], last); err == nil {
			_, err = w.exec(`DELETE FROM postings WHERE term = ? AND seg < ?`, terms[i], last)
		}
		if err != nil {
			return "", false, err
		}
		st.Terms++
		st.RowsIn += len(g)
		if len(buf) > 0 {
			st.RowsOut++
		}
	}
	if err := tx.Commit(); err != nil {
		return "", false, err
	}
	d.checkpoint(ctx)
	return terms[len(terms)-1], done, nil
}
