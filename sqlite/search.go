package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/search"
)

// Ranking parameters (docs/search.md). Field weights multiply each field's
// BM25 score of a query word; they were chosen on ARCD (docs/benchmarks.md).
var (
	bm25K1 = 1.2
	bm25B  = 0.75
	// FieldWeights by field byte.
	fieldWeight = map[byte]float64{
		search.FieldExact: 0.4,
		search.FieldLemma: 1.0,
		search.FieldStem:  0.5,
		search.FieldLight: 0.3,
	}
	phraseWeight = 1.0
	// coordWeight rewards documents matching more of the query's clauses.
	coordWeight = 0.5
)

// plist is the decoded postings of one term, in docno order.
type plist struct {
	docs []int64
	off  []int32 // positions of docs[i] are pos[off[i]:off[i+1]]
	pos  []int32
	df   int
}

func (p *plist) positions(i int) []int32 { return p.pos[p.off[i]:p.off[i+1]] }

// find returns the index of doc in p, or -1.
func (p *plist) find(doc int64) int {
	i := sort.Search(len(p.docs), func(i int) bool { return p.docs[i] >= doc })
	if i < len(p.docs) && p.docs[i] == doc {
		return i
	}
	return -1
}

// run is the state of one search.
type run struct {
	ctx   context.Context
	tx    *sql.Tx
	t     *docTable
	lists map[string]*plist
	stmt  *sql.Stmt
}

func (r *run) list(key string) (*plist, error) {
	if p, ok := r.lists[key]; ok {
		return p, nil
	}
	p := &plist{}
	rows, err := r.stmt.QueryContext(r.ctx, key)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var data []byte
	for rows.Next() {
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		if p.off == nil {
			// about two bytes a position, three a document: sized once
			p.docs = make([]int64, 0, len(data)/6+1)
			p.pos = make([]int32, 0, len(data)/2+1)
			p.off = make([]int32, 1, len(data)/6+2)
		}
		err := search.DecodePostings(data, func(doc int64, pos []int32) {
			if doc >= int64(len(r.t.docs)) || !r.t.docs[doc].live {
				return
			}
			p.docs = append(p.docs, doc)
			p.pos = append(p.pos, pos...)
			p.off = append(p.off, int32(len(p.pos)))
		})
		if err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if p.off == nil {
		p.off = []int32{0}
	}
	p.df = len(p.docs)
	r.lists[key] = p
	return p, nil
}

func (r *run) idf(df int) float64 {
	n := float64(r.t.live)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (r *run) norm(doc int64) float64 {
	dl := float64(r.t.docs[doc].nterms)
	return bm25K1 * (1 - bm25B + bm25B*dl/math.Max(r.t.avgdl, 1))
}

// scores is a sparse score vector.
type scores map[int64]float64

// wordScores scores one query word: the weighted sum of its fields' BM25.
func (r *run) wordScores(s search.Slot) (scores, error) {
	out := scores{}
	err := r.eachWordScore(s, func(doc int64, v float64) { out[doc] += v })
	return out, err
}

// eachWordScore calls add with the BM25 score of each field of a query
// word in each document holding it, field by field.
func (r *run) eachWordScore(s search.Slot, add func(doc int64, v float64)) error {
	for _, k := range s.Keys {
		p, err := r.list(k)
		if err != nil {
			return err
		}
		if p.df == 0 {
			continue
		}
		w := fieldWeight[k[0]] * r.idf(p.df)
		for i, doc := range p.docs {
			tf := float64(p.off[i+1] - p.off[i])
			add(doc, w*tf*(bm25K1+1)/(tf+r.norm(doc)))
		}
	}
	return nil
}

// acc is a dense vector of positive scores by document number with the
// list of the documents set; searches reuse them (accPool), so that
// scoring touches no map.
type acc struct {
	v    []float64
	docs []int64
}

func (a *acc) add(doc int64, x float64) {
	if a.v[doc] == 0 {
		a.docs = append(a.docs, doc)
	}
	a.v[doc] += x
}

func (a *acc) max(doc int64, x float64) {
	if a.v[doc] == 0 {
		a.docs = append(a.docs, doc)
	}
	if x > a.v[doc] {
		a.v[doc] = x
	}
}

func (a *acc) reset() {
	for _, d := range a.docs {
		a.v[d] = 0
	}
	a.docs = a.docs[:0]
}

// searchBufs are the dense vectors of one search.
type searchBufs struct {
	alt, clause acc
	total       []float64
	mask        []uint64
	touched     []int64 // documents with a mask bit
}

var bufPool sync.Pool

func getBufs(n int) *searchBufs {
	b, _ := bufPool.Get().(*searchBufs)
	if b == nil || len(b.total) < n {
		n += n / 8 // room for the documents of the next batches
		return &searchBufs{alt: acc{v: make([]float64, n)}, clause: acc{v: make([]float64, n)},
			total: make([]float64, n), mask: make([]uint64, n)}
	}
	return b
}

func putBufs(b *searchBufs) {
	b.alt.reset()
	b.clause.reset()
	for _, d := range b.touched {
		b.total[d], b.mask[d] = 0, 0
	}
	b.touched = b.touched[:0]
	bufPool.Put(b)
}

// slotPositions returns, for each document holding the slot, the union of
// its keys' positions.
func (r *run) slotPositions(s search.Slot, only map[int64]bool) (map[int64][]int32, error) {
	out := map[int64][]int32{}
	for _, k := range s.Keys {
		p, err := r.list(k)
		if err != nil {
			return nil, err
		}
		for i, doc := range p.docs {
			if only != nil && !only[doc] {
				continue
			}
			out[doc] = append(out[doc], p.positions(i)...)
		}
	}
	for doc, ps := range out {
		sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
		out[doc] = ps
	}
	return out, nil
}

// phraseScores scores a phrase (slop 0: adjacent, in order) or a proximity
// group (all words within len+slop positions, any order).
func (r *run) phraseScores(slots []search.Slot, slop int, exact bool) (scores, error) {
	if len(slots) == 1 && !exact {
		return r.wordScores(slots[0])
	}
	var only map[int64]bool
	var per []map[int64][]int32
	idf := 0.0
	for _, s := range slots {
		m, err := r.slotPositions(s, only)
		if err != nil {
			return nil, err
		}
		only = map[int64]bool{}
		for doc := range m {
			only[doc] = true
		}
		per = append(per, m)
		df := len(m)
		idf += r.idf(df)
	}
	out := scores{}
	for doc := range only {
		lists := make([][]int32, len(per))
		ok := true
		for i, m := range per {
			lists[i] = m[doc]
			if len(lists[i]) == 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		tf := float64(phraseCount(lists, slop))
		if tf == 0 {
			continue
		}
		out[doc] = phraseWeight * idf * tf * (bm25K1 + 1) / (tf + r.norm(doc))
	}
	return out, nil
}

// phraseCount counts the matches of a phrase in a document given each
// word's positions.
func phraseCount(lists [][]int32, slop int) int {
	n := 0
	if slop == 0 {
		for _, p0 := range lists[0] {
			ok := true
			for i := 1; i < len(lists); i++ {
				if !contains(lists[i], p0+int32(i)) {
					ok = false
					break
				}
			}
			if ok {
				n++
			}
		}
		return n
	}
	window := int32(len(lists) - 1 + slop)
	for _, p0 := range lists[0] {
		ok := true
		for i := 1; i < len(lists); i++ {
			found := false
			for _, q := range lists[i] {
				if q >= p0-window && q <= p0+window {
					found = true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

func contains(ps []int32, x int32) bool {
	i := sort.Search(len(ps), func(i int) bool { return ps[i] >= x })
	return i < len(ps) && ps[i] == x
}

// proxDocs is how many of the best hits get the proximity bonus;
// proxWindow the largest distance that counts.
const (
	proxDocs   = 200
	proxWindow = 8
)

var proxWeight = 0.5

// proximity is the bonus of a document whose matched query clauses lie
// close to each other: for each pair of clauses, the smaller of their
// idfs divided by their distance in positions (within proxWindow).
func (r *run) proximity(c *compiled, doc int64) float64 {
	type cpos struct {
		w   float64
		pos []int32
	}
	var cs []cpos
	for _, cc := range c.clauses {
		if cc.occur == search.MustNot {
			continue
		}
		var x cpos
		for _, a := range cc.alts {
			for _, sl := range a.slots {
				for _, k := range sl.Keys {
					p := r.lists[k]
					if p == nil || p.df == 0 {
						continue
					}
					if i := p.find(doc); i >= 0 {
						x.pos = append(x.pos, p.positions(i)...)
						if w := r.idf(p.df); w > x.w {
							x.w = w
						}
					}
				}
			}
		}
		if len(x.pos) > 0 {
			sort.Slice(x.pos, func(i, j int) bool { return x.pos[i] < x.pos[j] })
			cs = append(cs, x)
		}
	}
	bonus := 0.0
	for i := 0; i < len(cs); i++ {
		for j := i + 1; j < len(cs); j++ {
			d := minDistance(cs[i].pos, cs[j].pos)
			if d > 0 && d <= proxWindow {
				bonus += math.Min(cs[i].w, cs[j].w) / float64(d)
			}
		}
	}
	return proxWeight * bonus
}

// minDistance is the smallest |a[i]-b[j]| over two sorted lists, skipping
// equal positions (two terms of one token).
func minDistance(a, b []int32) int32 {
	best := int32(math.MaxInt32)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		d := a[i] - b[j]
		if d < 0 {
			d = -d
		}
		if d > 0 && d < best {
			best = d
		}
		if a[i] < b[j] {
			i++
		} else {
			j++
		}
	}
	return best
}

// compiled is a query after analysis.
type compiled struct {
	q       *search.Query
	clauses []cclause
}

type cclause struct {
	occur search.Occur
	alts  []calt
}

type calt struct {
	slots []search.Slot
	slop  int
	exact bool
	multi bool // a phrase (or a word that analysed into several tokens)
}

func (d *DB) compile(ctx context.Context, q *search.Query) (*compiled, error) {
	if d.analyzer == nil {
		return nil, errors.New("sqlite: search needs Options.Analyzer")
	}
	c := &compiled{q: q}
	for _, cl := range q.Clauses {
		cc := cclause{occur: cl.Occur}
		for _, e := range cl.Alts {
			slots, err := search.AnalyzeText(ctx, d.analyzer, e.Text, e.Exact)
			if err != nil {
				return nil, err
			}
			if len(slots) == 0 {
				continue
			}
			if !e.Phrase && len(slots) > 1 && !e.Exact {
				// a word the tokenizer splits (U.S., 2015-07-21) is a phrase
				cc.alts = append(cc.alts, calt{slots: slots, multi: true})
				continue
			}
			cc.alts = append(cc.alts, calt{slots: slots, slop: e.Slop, exact: e.Exact, multi: e.Phrase || len(slots) > 1})
		}
		if len(cc.alts) > 0 {
			c.clauses = append(c.clauses, cc)
		}
	}
	// a ranked query skips stopwords when it has other words
	var keep []cclause
	for _, cc := range c.clauses {
		if cc.occur == search.Should && len(cc.alts) == 1 && !cc.alts[0].multi && !cc.alts[0].exact && cc.alts[0].slots[0].Stop {
			continue
		}
		keep = append(keep, cc)
	}
	if len(keep) > 0 {
		c.clauses = keep
	}
	if len(c.clauses) > 64 {
		c.clauses = c.clauses[:64]
	}
	return c, nil
}

// Search implements rasid.Searcher: the query is parsed and analysed,
// each clause scored over the postings (scoreClauses), the documents that
// pass the filters ranked (collectHits, rank), then grouped by story and
// the page's hits loaded with their snippets.
func (d *DB) Search(ctx context.Context, sq rasid.SearchQuery) (*rasid.SearchResult, error) {
	began := time.Now()
	q, err := checkRequest(&sq)
	if err != nil {
		return nil, err
	}
	t, err := d.table(ctx)
	if err != nil {
		return nil, err
	}
	c, err := d.compile(ctx, q)
	if err != nil {
		return nil, err
	}
	tx, err := d.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `SELECT data FROM postings WHERE term = ? ORDER BY seg`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	r := &run{ctx: ctx, tx: tx, t: t, lists: map[string]*plist{}, stmt: stmt}

	// filters that need the database
	filter, err := d.docFilter(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	keep := newKeeper(t, q, filter)
	bufs := getBufs(len(t.docs))
	defer putBufs(bufs)
	occ, err := r.scoreClauses(c, bufs)
	if err != nil {
		return nil, err
	}
	hits := collectHits(t, bufs, occ, keep)
	rank(hits, sq.Sort, r, c, t)

	res := &rasid.SearchResult{Results: []rasid.Hit{}}
	if sq.Facets {
		res.Facets = d.facets(ctx, tx, t, hits2docs(hits, func(h hit) int64 { return h.doc }), q)
	}
	groups := byStory(hits, t, sq.AllVersions)
	res.Total = len(groups)
	for _, g := range page(groups, sq.Offset, sq.Limit) {
		h, err := d.hit(ctx, tx, r, c, g.doc, sq.SnippetRunes)
		if err != nil {
			return nil, err
		}
		h.Score = math.Round(g.score*1e4) / 1e4
		h.Versions = g.versions
		h.Story = t.docs[g.doc].story
		res.Results = append(res.Results, h)
	}
	res.Took = float64(time.Since(began).Microseconds()) / 1000
	return res, nil
}

// checkRequest parses the query and brings limit, offset and sort into
// range; a malformed query is searched as plain words when sq.Lenient.
func checkRequest(sq *rasid.SearchQuery) (*search.Query, error) {
	q, err := search.Parse(sq.Query)
	if err != nil {
		if !sq.Lenient {
			return nil, &rasid.Error{Code: rasid.EInvalid, Message: err.Error()}
		}
		q = search.ParsePlain(sq.Query)
	}
	if sq.Limit <= 0 {
		sq.Limit = 10
	}
	if sq.Limit > 1000 {
		sq.Limit = 1000
	}
	if sq.Offset < 0 {
		sq.Offset = 0
	}
	switch sq.Sort {
	case "", rasid.SortRelevance, rasid.SortDate, rasid.SortDateAsc:
	default:
		return nil, rasid.Errorf(rasid.EInvalid, "unknown sort %q (relevance, date, date-asc)", sq.Sort)
	}
	return q, nil
}

// keeper holds the filters of a query that the document table answers
// (dates, sources, topics) and the set of the others (docFilter).
type keeper struct {
	t              *docTable
	from, to       string
	srcOK, topicOK []bool // by source and topic index; nil: any
	filter         map[int64]bool
}

func newKeeper(t *docTable, q *search.Query, filter map[int64]bool) *keeper {
	k := &keeper{t: t, from: q.From, to: q.To, filter: filter}
	// source: and topic: values as indexes of the document table
	if len(q.Sources) > 0 {
		k.srcOK = make([]bool, len(t.sources))
		for i, src := range t.sources {
			for _, s := range q.Sources {
				if strings.EqualFold(Norm(s), Norm(src)) {
					k.srcOK[i] = true
				}
			}
		}
	}
	if len(q.Topics) > 0 {
		k.topicOK = make([]bool, len(t.topics))
		for i, tp := range t.topics[1:] {
			for _, s := range q.Topics {
				if strings.EqualFold(s, tp) {
					k.topicOK[i+1] = true
				}
			}
		}
	}
	return k
}

// keep reports whether a document passes the filters.
func (k *keeper) keep(doc int64) bool {
	di := &k.t.docs[doc]
	switch {
	case !di.live:
		return false
	case k.from != "" && (di.day == "" || di.day < k.from):
		return false
	case k.to != "" && (di.day == "" || di.day > k.to):
		return false
	case k.srcOK != nil && !k.srcOK[di.source]:
		return false
	case k.topicOK != nil && !k.topicOK[di.topic]:
		return false
	case k.filter != nil && !k.filter[doc]:
		return false
	}
	return true
}

// occurs are the clause bits of a query by occurrence: bit i stands for
// clause i.
type occurs struct {
	must, not, should uint64
	nShould           int
}

// scoreClauses scores every clause into bufs: a document's total is the
// sum of its clauses' scores (exclusions apart), and its mask the clauses
// it matches.
func (r *run) scoreClauses(c *compiled, bufs *searchBufs) (occurs, error) {
	var o occurs
	for i, cc := range c.clauses {
		bit := uint64(1) << i
		switch cc.occur {
		case search.Must:
			o.must |= bit
		case search.MustNot:
			o.not |= bit
		default:
			o.should |= bit
			o.nShould++
		}
		cs := &bufs.clause
		if err := r.clauseScores(cc, bufs); err != nil {
			return o, err
		}
		for _, doc := range cs.docs {
			if bufs.mask[doc] == 0 {
				bufs.touched = append(bufs.touched, doc)
			}
			bufs.mask[doc] |= bit
			if cc.occur != search.MustNot {
				bufs.total[doc] += cs.v[doc]
			}
		}
	}
	return o, nil
}

// clauseScores scores one clause into bufs.clause: each document's score
// is its best alternative's.
func (r *run) clauseScores(cc cclause, bufs *searchBufs) error {
	cs := &bufs.clause
	cs.reset()
	for _, a := range cc.alts {
		if a.multi || a.exact {
			s, err := r.phraseScores(a.slots, a.slop, a.exact)
			if err != nil {
				return err
			}
			for doc, v := range s {
				cs.max(doc, v)
			}
			continue
		}
		alt := &bufs.alt
		alt.reset()
		if err := r.eachWordScore(a.slots[0], alt.add); err != nil {
			return err
		}
		for _, doc := range alt.docs {
			cs.max(doc, alt.v[doc])
		}
	}
	return nil
}

// hit is a document that matches, with its score.
type hit struct {
	doc   int64
	score float64
}

// collectHits returns the documents that match the clauses and pass the
// filters, with the coordination bonus in their score. A query of filters
// (and exclusions) only matches every document that passes.
func collectHits(t *docTable, bufs *searchBufs, o occurs, k *keeper) []hit {
	var hits []hit
	if o.must == 0 && o.should == 0 {
		for doc := range t.docs {
			if k.keep(int64(doc)) && bufs.mask[int64(doc)]&o.not == 0 {
				hits = append(hits, hit{doc: int64(doc)})
			}
		}
		return hits
	}
	for _, doc := range bufs.touched {
		m := bufs.mask[doc]
		if m&o.must != o.must || m&o.not != 0 || (o.must == 0 && m&o.should == 0) || !k.keep(doc) {
			continue
		}
		s := bufs.total[doc]
		if o.nShould > 1 {
			s *= 1 + coordWeight*float64(popcount(m&o.should))/float64(o.nShould)
		}
		hits = append(hits, hit{doc: doc, score: s})
	}
	return hits
}

// byScore orders hits best first, then by document number.
func byScore(a, b hit) int {
	switch {
	case a.score > b.score:
		return -1
	case a.score < b.score:
		return 1
	}
	return cmp.Compare(a.doc, b.doc)
}

// rank orders hits: by relevance, the best proxDocs with their proximity
// bonus; by date, newest (or oldest) first, then by score.
func rank(hits []hit, order string, r *run, c *compiled, t *docTable) {
	if order == "" || order == rasid.SortRelevance {
		slices.SortFunc(hits, byScore)
		if proxWeight > 0 {
			// the bonus only raises the best hits: they stay ahead of
			// the others, and only their order changes
			n := min(len(hits), proxDocs)
			for i := 0; i < n; i++ {
				hits[i].score += r.proximity(c, hits[i].doc)
			}
			slices.SortFunc(hits[:n], byScore)
		}
		return
	}
	newest := order == rasid.SortDate
	slices.SortFunc(hits, func(a, b hit) int {
		if da, db := t.docs[a.doc].day, t.docs[b.doc].day; da != db {
			if (da > db) == newest {
				return -1
			}
			return 1
		}
		return byScore(a, b)
	})
}

// group is the best hit of a story with the number of its matching
// versions.
type group struct {
	hit
	versions int
}

// byStory keeps the first (best) hit of each story, counting the others;
// with all, every hit is its own group.
func byStory(hits []hit, t *docTable, all bool) []group {
	var groups []group
	if all {
		for _, h := range hits {
			groups = append(groups, group{h, 1})
		}
		return groups
	}
	idx := map[int64]int{}
	for _, h := range hits {
		st := t.docs[h.doc].story
		if i, ok := idx[st]; ok {
			groups[i].versions++
			continue
		}
		idx[st] = len(groups)
		groups = append(groups, group{h, 1})
	}
	return groups
}

// page returns the limit groups from offset on.
func page(groups []group, offset, limit int) []group {
	if offset >= len(groups) {
		return nil
	}
	groups = groups[offset:]
	if len(groups) > limit {
		groups = groups[:limit]
	}
	return groups
}

func hits2docs[T any](hs []T, f func(T) int64) []int64 {
	out := make([]int64, len(hs))
	for i, h := range hs {
		out[i] = f(h)
	}
	return out
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// hitKeyphrases is how many keyphrases a hit shows.
const hitKeyphrases = 5

// hit loads what a result shows and cuts its snippet.
func (d *DB) hit(ctx context.Context, tx *sql.Tx, r *run, c *compiled, doc int64, runes int) (rasid.Hit, error) {
	var h rasid.Hit
	var text string
	var spansBlob []byte
	var topic, kps sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT a.id, a.title, a.published, a.source, a.url, a.text, a.spans, x.topic, x.keyphrases
		FROM articles a LEFT JOIN doc_aids x ON x.docno = a.docno WHERE a.docno = ?`, doc).
		Scan(&h.ID, &h.Title, &h.Date, &h.Source, &h.URL, &text, &spansBlob, &topic, &kps)
	if err != nil {
		return h, err
	}
	h.Topic = topic.String
	decodeKeyphrases(kps.String, func(_, text string) bool {
		h.Keyphrases = append(h.Keyphrases, text)
		return len(h.Keyphrases) < hitKeyphrases
	})
	spans, err := search.DecodeSpans(spansBlob)
	if err != nil {
		return h, err
	}
	var matched []int
	for _, cc := range c.clauses {
		if cc.occur == search.MustNot {
			continue
		}
		for _, a := range cc.alts {
			for _, s := range a.slots {
				for _, k := range s.Keys {
					p := r.lists[k]
					if p == nil {
						continue
					}
					if i := p.find(doc); i >= 0 {
						for _, x := range p.positions(i) {
							matched = append(matched, int(x))
						}
					}
				}
			}
		}
	}
	h.Snippet, h.Highlights = search.Snippet(text, spans, matched, runes)
	if h.Highlights == nil {
		h.Highlights = []rasid.CharSpan{}
	}
	return h, nil
}

// docFilter returns the documents allowed by entity:, type:, speaker: and
// keyphrase:,
// or nil when the query has none of them.
func (d *DB) docFilter(ctx context.Context, tx *sql.Tx, q *search.Query) (map[int64]bool, error) {
	var sets []map[int64]bool
	collect := func(query string, args ...any) (map[int64]bool, error) {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		m := map[int64]bool{}
		for rows.Next() {
			var doc int64
			if err := rows.Scan(&doc); err != nil {
				return nil, err
			}
			m[doc] = true
		}
		return m, rows.Err()
	}
	typeCond, typeArgs := "", []any{}
	if len(q.Types) > 0 {
		typeCond = " AND e.type IN (?" + strings.Repeat(",?", len(q.Types)-1) + ")"
		for _, t := range q.Types {
			typeArgs = append(typeArgs, t)
		}
	}
	for _, name := range q.Entity {
		n := Norm(name)
		args := append([]any{n, n}, typeArgs...)
		m, err := collect(`SELECT DISTINCT m.docno FROM mentions m JOIN entities e ON e.eid = m.eid
			WHERE (e.norm = ? OR e.eid IN (SELECT eid FROM aliases WHERE alias = ?))`+typeCond, args...)
		if err != nil {
			return nil, err
		}
		sets = append(sets, m)
	}
	if len(q.Entity) == 0 && len(q.Types) > 0 {
		m, err := collect(`SELECT DISTINCT m.docno FROM mentions m JOIN entities e ON e.eid = m.eid WHERE 1`+typeCond, typeArgs...)
		if err != nil {
			return nil, err
		}
		sets = append(sets, m)
	}
	for _, v := range q.Keyphrases {
		m, err := collect(`SELECT docno FROM keyphrases WHERE key = ?`, Norm(v))
		if err != nil {
			return nil, err
		}
		sets = append(sets, m)
	}
	for _, name := range q.Speaker {
		names, err := speakerNames(ctx, tx, name)
		if err != nil {
			return nil, err
		}
		args := make([]any, len(names))
		for i, n := range names {
			args[i] = n
		}
		m, err := collect(`SELECT DISTINCT docno FROM quotes WHERE snorm IN (?`+strings.Repeat(",?", len(names)-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		sets = append(sets, m)
	}
	if len(sets) == 0 {
		return nil, nil
	}
	out := sets[0]
	for _, s := range sets[1:] {
		for doc := range out {
			if !s[doc] {
				delete(out, doc)
			}
		}
	}
	return out, nil
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// speakerNames returns the normalised names a speaker may be stored under:
// the name itself and, when it is an entity's alias, the entity's
// canonical name.
func speakerNames(ctx context.Context, db querier, name string) ([]string, error) {
	n := Norm(name)
	names := []string{n}
	// an alias of a person, or a part of a person's name (لافروف for
	// سيرغي لافروف)
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT e.norm FROM entities e WHERE e.type = 'PER' AND
		(e.eid IN (SELECT eid FROM aliases WHERE alias = ?1) OR e.eid IN (SELECT eid FROM entity_parts WHERE part = ?1))`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		if c != n {
			names = append(names, c)
		}
	}
	return names, rows.Err()
}

// facetEntityDocs is how many of the best hits the entity facet counts.
const facetEntityDocs = 300

// facets counts sources, days and topics over all hits, and entities and
// keyphrases over the best facetEntityDocs hits.
func (d *DB) facets(ctx context.Context, tx *sql.Tx, t *docTable, docs []int64, q *search.Query) *rasid.Facets {
	f := &rasid.Facets{Sources: []rasid.Count{}, Entities: []rasid.EntityCount{}, Days: []rasid.Count{},
		Topics: []rasid.Count{}, Keyphrases: []rasid.Count{}}
	tableFacets(f, t, docs)
	if len(docs) > facetEntityDocs {
		docs = docs[:facetEntityDocs]
	}
	if len(docs) == 0 {
		return f
	}
	args := make([]any, len(docs))
	for i, doc := range docs {
		args[i] = doc
	}
	in := "(?" + strings.Repeat(",?", len(docs)-1) + ")"
	f.Keyphrases = keyphraseFacet(ctx, tx, in, args)
	counts, ok := entityCounts(ctx, tx, docs, in, args)
	if !ok {
		return f
	}
	f.Entities = topEntities(ctx, tx, counts)
	return f
}

// tableFacets counts the hits' sources, days and topics from the document
// table.
func tableFacets(f *rasid.Facets, t *docTable, docs []int64) {
	src := make([]int, len(t.sources))
	days := make([]int, len(t.days))
	topics := make([]int, len(t.topics))
	for _, doc := range docs {
		di := &t.docs[doc]
		src[di.source]++
		days[di.dayn]++
		topics[di.topic]++
	}
	for i, n := range topics {
		if i > 0 && n > 0 {
			f.Topics = append(f.Topics, rasid.Count{Value: t.topics[i], Count: n})
		}
	}
	sortCounts(f.Topics)
	for s, n := range src {
		if n > 0 {
			f.Sources = append(f.Sources, rasid.Count{Value: t.sources[s], Count: n})
		}
	}
	sortCounts(f.Sources)
	for i, n := range days {
		if i > 0 && n > 0 {
			f.Days = append(f.Days, rasid.Count{Value: t.days[i], Count: n})
		}
	}
	sort.Slice(f.Days, func(i, j int) bool { return f.Days[i].Value < f.Days[j].Value })
}

// ecount is the number of hits mentioning an entity, with its type index.
type ecount struct {
	typ byte
	n   int
}

// entityCounts counts the articles of docs (the SQL list in, its args)
// mentioning each entity, from doc_entities; false when it cannot be read.
func entityCounts(ctx context.Context, tx *sql.Tx, docs []int64, in string, args []any) (map[int64]*ecount, bool) {
	counts := map[int64]*ecount{}
	have := map[int64]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT docno, ents FROM doc_entities WHERE docno IN `+in, args...)
	if err != nil {
		return nil, false
	}
	for rows.Next() {
		var doc int64
		var b []byte
		if rows.Scan(&doc, &b) != nil {
			break
		}
		have[doc] = true
		addDocEntities(counts, b)
	}
	rows.Close()
	if len(have) < len(docs) {
		// articles stored before schema version 2 have no doc_entities row
		var old []any
		for _, doc := range docs {
			if !have[doc] {
				old = append(old, doc)
			}
		}
		countMentions(ctx, tx, counts, old)
	}
	return counts, true
}

// addDocEntities counts the entities of one doc_entities row.
func addDocEntities(counts map[int64]*ecount, b []byte) {
	for len(b) > 0 {
		eid, n := binary.Uvarint(b)
		if n <= 0 || n >= len(b) {
			return
		}
		typ := b[n]
		b = b[n+1:]
		c := counts[int64(eid)]
		if c == nil {
			c = &ecount{typ: typ}
			counts[int64(eid)] = c
		}
		c.n++
	}
}

// countMentions counts the entities of articles without a doc_entities
// row from their mentions.
func countMentions(ctx context.Context, tx *sql.Tx, counts map[int64]*ecount, docs []any) {
	rows, err := tx.QueryContext(ctx, `SELECT m.eid, e.type, count(DISTINCT m.docno) FROM mentions m JOIN entities e ON e.eid = m.eid
			WHERE m.docno IN (?`+strings.Repeat(",?", len(docs)-1)+`) GROUP BY m.eid`, docs...)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var eid int64
		var typ string
		var n int
		if rows.Scan(&eid, &typ, &n) != nil {
			break
		}
		c := counts[eid]
		if c == nil {
			c = &ecount{typ: typeIndex(typ)}
			counts[eid] = c
		}
		c.n += n
	}
}

// topEntities returns the ten most frequent entities of each type, by
// type, then most frequent first.
func topEntities(ctx context.Context, tx *sql.Tx, counts map[int64]*ecount) []rasid.EntityCount {
	out := []rasid.EntityCount{}
	type tc struct {
		eid int64
		typ byte
		n   int
	}
	all := make([]tc, 0, len(counts))
	for eid, c := range counts {
		all = append(all, tc{eid, c.typ, c.n})
	}
	slices.SortFunc(all, func(a, b tc) int {
		if a.typ != b.typ {
			return cmp.Compare(a.typ, b.typ)
		}
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return cmp.Compare(a.eid, b.eid)
	})
	var top []any
	for i, c := range all {
		if i < 10 || all[i-10].typ != c.typ {
			top = append(top, c.eid)
		}
	}
	if len(top) == 0 {
		return out
	}
	rows, err := tx.QueryContext(ctx, `SELECT eid, type, canonical FROM entities WHERE eid IN (?`+strings.Repeat(",?", len(top)-1)+`)`, top...)
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var eid int64
		var ec rasid.EntityCount
		if rows.Scan(&eid, &ec.Type, &ec.Name) != nil {
			break
		}
		ec.Count = counts[eid].n
		out = append(out, ec)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Count > b.Count || a.Count == b.Count && a.Name < b.Name
	})
	return out
}

// sortCounts orders counts most frequent first, then by value.
func sortCounts(cs []rasid.Count) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
	})
}
